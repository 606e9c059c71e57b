// The one translation layer. Every user-facing string lives in a catalogue under ./messages/,
// one file per area, each defined with `defineMessages(en, nl)`: the Dutch catalogue must have
// exactly the English keys (checked by the type system and by tests/core/i18n.test.ts).
import type { Language } from '../types';

export type Messages = Readonly<Record<string, string>>;
export interface Catalogue<K extends string = string> {
  en: Readonly<Record<K, string>>;
  nl: Readonly<Record<K, string>>;
}

export function defineMessages<const T extends Record<string, string>>(
  en: T,
  nl: { readonly [K in keyof T]: string },
): Catalogue<Extract<keyof T, string>> {
  return { en, nl } as Catalogue<Extract<keyof T, string>>;
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

/** The browser's UI language (e.g. 'nl-NL', 'en-GB', 'de') mapped onto a supported language. */
export function resolveLanguage(
  preference: LanguagePreference,
  browserLanguage: string | undefined,
): Language {
  if (preference === 'en' || preference === 'nl') return preference;
  return (browserLanguage ?? '').toLowerCase().startsWith('nl') ? 'nl' : 'en';
}
