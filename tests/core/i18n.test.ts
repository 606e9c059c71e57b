import { describe, expect, it } from 'vitest';
import { type Catalogue, createTranslator, interpolate, resolveLanguage } from '@/core/i18n';

// Every catalogue under core/i18n/messages/, found by file, so a new area cannot be forgotten.
const modules = import.meta.glob<Record<string, unknown>>('../../core/i18n/messages/*.ts', { eager: true });

function cataloguesOf(mod: Record<string, unknown>): [string, Catalogue][] {
  return Object.entries(mod).filter(
    (entry): entry is [string, Catalogue] =>
      typeof entry[1] === 'object' && entry[1] !== null && 'en' in entry[1] && 'nl' in entry[1],
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
    it(`${name}: Dutch and English have the same keys, none empty, same placeholders`, () => {
      expect(Object.keys(cat.nl).sort()).toEqual(Object.keys(cat.en).sort());
      for (const key of Object.keys(cat.en)) {
        const en = cat.en[key] ?? '';
        const nl = cat.nl[key] ?? '';
        expect(en.trim(), `en ${key}`).not.toBe('');
        expect(nl.trim(), `nl ${key}`).not.toBe('');
        expect(placeholders(nl), `placeholders of ${key}`).toEqual(placeholders(en));
      }
    });
  }
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
    expect(resolveLanguage('auto', 'de-DE')).toBe('en');
    expect(resolveLanguage('auto', undefined)).toBe('en');
    expect(resolveLanguage('en', 'nl-NL')).toBe('en');
    expect(resolveLanguage('nl', 'en-US')).toBe('nl');
  });
});
