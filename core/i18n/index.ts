// The one translation layer. Every user-facing string lives in a catalogue under ./messages/,
// one file per area, each defined with `defineMessages({ en: {…}, nl: {…} })`: one block per language
// of core/languages.ts, each with exactly the English keys (checked by the type system, so a new
// language is a compile error in every catalogue until it is filled, and by tests/core/i18n.test.ts).
import { isLanguage, LANGUAGES, type Language } from '../languages';

export type Messages = Readonly<Record<string, string>>;
export type Catalogue<K extends string = string> = { readonly [L in Language]: Readonly<Record<K, string>> };

/** The blocks of a catalogue: English, and every other language with exactly the English keys. */
type CatalogueBlocks<T> = { readonly en: T } & {
  readonly [L in Exclude<Language, 'en'>]: { readonly [K in keyof T]: string };
};

export function defineMessages<const T extends Record<string, string>>(
  blocks: CatalogueBlocks<T>,
): Catalogue<Extract<keyof T, string>> {
  return blocks;
}

export type Params = Readonly<Record<string, string | number>>;

/** Replaces `{name}` placeholders. Values are plain text; callers render them as text, never as HTML. */
export function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

export type Translate<K extends string> = (key: K, params?: Params) => string;

export function createTranslator<K extends string>(
  catalogue: Catalogue<K>,
  language: Language,
): Translate<K> {
  const messages = catalogue[language];
  return (key, params) => interpolate(messages[key] ?? catalogue.en[key] ?? key, params);
}

export type LanguagePreference = 'auto' | Language;

/** The user's choice, or the browser's UI language (e.g. 'nl-NL', 'en-GB', 'de') when it is one we speak; else English. */
export function resolveLanguage(
  preference: LanguagePreference,
  browserLanguage: string | undefined,
): Language {
  if (isLanguage(preference)) return preference;
  const primary = (browserLanguage ?? '').toLowerCase().split(/[-_]/)[0];
  return isLanguage(primary) ? primary : 'en';
}

/** The language preferences a user can choose: the browser's language, or one of ours. */
export const LANGUAGE_PREFERENCES: readonly LanguagePreference[] = ['auto', ...LANGUAGES];
