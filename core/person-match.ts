// Matching the user's own name in page text: the forms a team or contact page writes a person's
// name in. Pure: no DOM. Dutch surname prefixes (tussenvoegsels) belong to the surname.

import { normaliseForMatch } from './name-match';

/** How the page writes the name. */
export type NameVariantKind =
  | 'full' // "Jan Pieter de Vries"
  | 'first-and-surname' // "Jan de Vries" (calling name plus surname)
  | 'first-and-initial' // "Jan de V."
  | 'initials-and-surname'; // "J. de Vries", "J.P. de Vries"

export interface NameVariant {
  kind: NameVariantKind;
  /** The variant written out from the user's own name (never page text). */
  text: string;
}

export interface PersonName {
  givenNames: string[];
  /** Surname prefix words ("de", "van der"), possibly empty. */
  prefix: string[];
  surname: string;
}

/** Surname prefixes: Dutch tussenvoegsels and their neighbours' ("von", "da"). */
const SURNAME_PREFIXES = new Set([
  'van',
  'de',
  'der',
  'den',
  'het',
  "'t",
  'ter',
  'ten',
  'te',
  'op',
  'in',
  'aan',
  'uit',
  'bij',
  "'s",
  'von',
  'vom',
  'zu',
  'la',
  'le',
  'du',
  'da',
  'di',
  'del',
  'della',
  'dos',
  'das',
]);

/** Characters a reader does not see (soft hyphen, zero-width spaces and joiners, word joiner, BOM). */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200d\u2060\ufeff]/gu;
/** Cyrillic and Greek letters that look like Latin ones: a reader reads "Jаn" with a Cyrillic а as Jan. */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  а: 'a',
  в: 'b',
  е: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ѵ: 'v',
  α: 'a',
  β: 'b',
  ε: 'e',
  ζ: 'z',
  η: 'n',
  ι: 'i',
  κ: 'k',
  μ: 'm',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
};
const LOOK_ALIKE = new RegExp(`[${Object.keys(LOOK_ALIKES).join('')}]`, 'gu');

/**
 * The name as a reader reads it: compatibility forms (full-width letters) as plain ones, invisible
 * characters dropped, look-alike Cyrillic and Greek letters as Latin, apostrophes folded to one, then
 * the shared normal form (lower case, no diacritics, single spaces).
 */
export function normaliseName(text: string): string {
  const read = text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .toLowerCase()
    .replace(LOOK_ALIKE, (letter) => LOOK_ALIKES[letter] ?? letter);
  return normaliseForMatch(read.replace(/[\u2018\u2019\u02bc`´]/gu, "'"));
}

/**
 * Splits a full name into given names, prefix and surname. The surname is the last word; the
 * prefix is the run of prefix words before it (but never the first word: "Van" can be a given name).
 * Null when the name has fewer than two words: a single word would match strangers.
 */
export function parsePersonName(fullName: string): PersonName | null {
  const words = fullName.trim().split(/\s+/u).filter(Boolean);
  if (words.length < 2) return null;
  const surname = words[words.length - 1] as string;
  let start = words.length - 1;
  while (start > 1 && SURNAME_PREFIXES.has(normaliseName(words[start - 1] as string))) start -= 1;
  return { givenNames: words.slice(0, start), prefix: words.slice(start, words.length - 1), surname };
}

function initialOf(word: string): string {
  return `${Array.from(word)[0] ?? ''}.`;
}

/** Every variant of the user's name we look for, longest first. Empty when the name is too short. */
export function nameVariants(fullName: string): NameVariant[] {
  const name = parsePersonName(fullName);
  if (!name) return [];
  const [first, ...rest] = name.givenNames as [string, ...string[]];
  const surname = [...name.prefix, name.surname].join(' ');
  const surnameInitial = [...name.prefix, initialOf(name.surname)].join(' ');
  const variants: NameVariant[] = [{ kind: 'full', text: `${name.givenNames.join(' ')} ${surname}` }];
  if (rest.length > 0) variants.push({ kind: 'first-and-surname', text: `${first} ${surname}` });
  variants.push({ kind: 'first-and-initial', text: `${first} ${surnameInitial}` });
  if (rest.length > 0) {
    variants.push({
      kind: 'initials-and-surname',
      text: `${name.givenNames.map(initialOf).join('')} ${surname}`,
    });
  }
  variants.push({ kind: 'initials-and-surname', text: `${initialOf(first)} ${surname}` });
  return variants;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

const WORD_CHAR = '\\p{L}\\p{N}_';
// A name touches no letter or digit on either side; a hyphen followed by a letter continues a
// surname ("de Vries-Bakker" is someone else's name, or at least another form of it).
const BEFORE_NAME = `(?<![${WORD_CHAR}]|\\p{L}-)`;
const AFTER_NAME = `(?![${WORD_CHAR}]|-\\p{L})`;

/**
 * The pattern of one variant in normalised text: words separated by any white space, initials
 * ("j.p.") with or without spaces between them ("j. p."), a surname initial ending on its dot.
 */
function variantPattern(variant: NameVariant): string {
  const words = normaliseName(variant.text).split(' ');
  const parts = words.map((word) => {
    if (!word.endsWith('.')) return escapeRegExp(word);
    const letters = word.slice(0, -1).split('.');
    return letters.map((letter) => `${escapeRegExp(letter)}\\.`).join('\\s?');
  });
  return parts.join('\\s+');
}

const PLAIN_ASCII = /^[\x20-\x7e\t\n\r]*$/;

export interface PersonMatch {
  variant: NameVariant;
  /** Where the name starts in the normalised text. */
  index: number;
  /** The normalised text right after the name (up to 80 characters), to recognise "Name, job title". */
  followedBy: string;
}

export interface PersonMatcher {
  readonly variants: readonly NameVariant[];
  /** The first occurrence of any variant in `text`, on word boundaries, or null. */
  find(text: string): PersonMatch | null;
}

/** A matcher for the user's own name; null when the name cannot be matched safely (one word, empty). */
export function createPersonMatcher(fullName: string): PersonMatcher | null {
  const variants = nameVariants(fullName);
  if (variants.length === 0) return null;
  const alternatives = variants.map((variant, i) => `(?<v${i}>${variantPattern(variant)})`);
  const pattern = new RegExp(`${BEFORE_NAME}(?:${alternatives.join('|')})${AFTER_NAME}`, 'u');
  // Every variant holds the first name or the surname: text with neither needs no regular expression.
  const name = parsePersonName(fullName) as PersonName;
  const needles = [normaliseName(name.givenNames[0] ?? ''), normaliseName(name.surname)];
  return {
    variants,
    find(text) {
      // Plain ASCII text has no diacritics or curly apostrophes to fold: lower case is its normal form
      // for matching (the patterns allow any run of white space). Most page text takes this fast path.
      const normalised = PLAIN_ASCII.test(text) ? text.toLowerCase() : normaliseName(text);
      if (!needles.some((needle) => normalised.includes(needle))) return null;
      const match = pattern.exec(normalised);
      if (!match?.groups) return null;
      const i = variants.findIndex((_, k) => match.groups?.[`v${k}`] !== undefined);
      const variant = variants[i];
      if (!variant) return null;
      const end = match.index + match[0].length;
      return { variant, index: match.index, followedBy: normalised.slice(end, end + 80) };
    },
  };
}
