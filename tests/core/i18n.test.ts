import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type Catalogue,
  createTranslator,
  interpolate,
  LANGUAGE_PREFERENCES,
  resolveLanguage,
} from '@/core/i18n';
import { isLanguage, LANGUAGE_LOCALES, LANGUAGE_NAMES, LANGUAGES } from '@/core/languages';

// Every catalogue under core/i18n/messages/, found by file, so a new area cannot be forgotten.
const modules = import.meta.glob<Record<string, unknown>>('../../core/i18n/messages/*.ts', { eager: true });

function cataloguesOf(mod: Record<string, unknown>): [string, Catalogue][] {
  return Object.entries(mod).filter(
    (entry): entry is [string, Catalogue] =>
      typeof entry[1] === 'object' && entry[1] !== null && 'en' in entry[1] && !Array.isArray(entry[1]),
  );
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('translation catalogues', () => {
  const all = Object.entries(modules).flatMap(([file, mod]) =>
    cataloguesOf(mod).map(([name, cat]) => [`${file}#${name}`, cat] as const),
  );

  it('finds the catalogues', () => {
    expect(all.length).toBeGreaterThan(0);
  });

  for (const [name, cat] of all) {
    it(`${name}: every language has the English keys, none empty, same placeholders`, () => {
      expect(Object.keys(cat).sort()).toEqual([...LANGUAGES].sort());
      for (const language of LANGUAGES) {
        expect(Object.keys(cat[language]).sort(), language).toEqual(Object.keys(cat.en).sort());
        for (const key of Object.keys(cat.en)) {
          const text = cat[language][key] ?? '';
          expect(text.trim(), `${language} ${key}`).not.toBe('');
          expect(placeholders(text), `placeholders of ${language} ${key}`).toEqual(
            placeholders(cat.en[key] ?? ''),
          );
        }
      }
    });
  }
});

describe('the language list (core/languages.ts) and what the compiler cannot check', () => {
  it('has a name, a locale and a choice in the options for every language', () => {
    for (const language of LANGUAGES) {
      expect(LANGUAGE_NAMES[language]).not.toBe('');
      expect(Intl.DateTimeFormat.supportedLocalesOf([LANGUAGE_LOCALES[language]])).toHaveLength(1);
      expect(LANGUAGE_PREFERENCES).toContain(language);
      expect(isLanguage(language)).toBe(true);
    }
    expect(isLanguage('xx')).toBe(false);
  });

  it("has the manifest's name and description in every language (public/_locales)", () => {
    const english = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8'));
    for (const language of LANGUAGES) {
      const file = `public/_locales/${language}/messages.json`;
      expect(existsSync(file), file).toBe(true);
      expect(Object.keys(JSON.parse(readFileSync(file, 'utf8'))).sort()).toEqual(Object.keys(english).sort());
    }
  });
});

describe('translator', () => {
  const cat = { en: { hi: 'Hello {name}' }, nl: { hi: 'Hallo {name}' } } as const satisfies Catalogue<'hi'>;

  it('switches language at run time', () => {
    expect(createTranslator(cat, 'en')('hi', { name: 'Ann' })).toBe('Hello Ann');
    expect(createTranslator(cat, 'nl')('hi', { name: 'Ann' })).toBe('Hallo Ann');
  });

  it('leaves unknown placeholders visible and does not interpret values', () => {
    expect(interpolate('{a} {b}', { a: '<b>x</b>' })).toBe('<b>x</b> {b}');
  });

  it('follows the browser unless the user chose', () => {
    expect(resolveLanguage('auto', 'nl-BE')).toBe('nl');
    expect(resolveLanguage('auto', 'NL')).toBe('nl');
    expect(resolveLanguage('auto', 'en-US')).toBe('en');
    expect(resolveLanguage('auto', 'de-DE')).toBe('en');
    expect(resolveLanguage('auto', undefined)).toBe('en');
    expect(resolveLanguage('en', 'nl-NL')).toBe('en');
    expect(resolveLanguage('nl', 'en-US')).toBe('nl');
  });
});
