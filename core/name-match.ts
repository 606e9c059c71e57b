// Matching the employer's name, aliases, hashtags and company page in text and links. Pure: no DOM.
//
// People rarely write a company's legal name: "Trots op Bakker Installatietechniek!" for "Bakker
// Installatietechniek B.V.", "#BakkerInstallatietechniek", "BAKKER INSTALLATIETECHNIEK", "Bakker
// Installatietechniek’s". The matcher derives those forms from what the user entered (see derivedForms)
// and compares whole words: text and names are normalised the same way and cut into word tokens, and the
// forms sit in a trie of tokens. A match costs one map lookup per word of the text plus one per further
// word of a form, whatever the number of aliases, and no regular expression is built from user data.

import type { EmployerSettings } from './settings';

/** How a piece of text or a link ties something to the employer (mirrors the detector contract). */
export type NameSignal = 'name' | 'hashtag';

/** Lower case, diacritics removed (NFD, marks stripped), runs of white space collapsed to one space. */
export function normaliseForMatch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/gu, ' ').trim();
}

// ---------------------------------------------------------------------------------------------------------
// Normalising and cutting text into words

const MARKS = /\p{M}/gu;
// Invisible characters a reader does not see: a name written with them is the same name.
const INVISIBLE = /[\u00ad\u180e\u200b-\u200d\u2060\ufeff]/gu;
const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4]/gu;
// Letters NFKD does not decompose that readers still see as the plain letter.
const FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ħ: 'h',
  ı: 'i',
  æ: 'ae',
  œ: 'oe',
};
const FOLDABLE = /[ßøłđħıæœ]/gu;
const WORD = /[\p{L}\p{N}_]+/gu;
const SPACE = /\s+/gu;

/** Text as the matcher compares it: lower case, compatibility forms and diacritics folded, invisibles gone. */
function normaliseText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(INVISIBLE, '')
    .replace(FOLDABLE, (letter) => FOLDS[letter] ?? letter)
    .replace(APOSTROPHES, "'");
}

interface Token {
  word: string;
  start: number;
  end: number;
}

function tokenize(normalised: string): Token[] {
  const tokens: Token[] = [];
  for (const match of normalised.matchAll(WORD)) {
    tokens.push({ word: match[0], start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** What separates two words, white space ignored: "" between "Acme Installaties", "-" in "Coca-Cola". */
function separatorKey(between: string): string {
  return between.replace(SPACE, '');
}

/** Letters and digits only, for comparing hashtags with names ("Acme Installaties" → "acmeinstallaties"). */
function compact(words: readonly string[]): string {
  return words.join('').replaceAll('_', '');
}

// ---------------------------------------------------------------------------------------------------------
// The forms derived from a name

/** Legal forms, as the words they become ("B.V." and "B.V" → b v). Spellings on one line are the same form. */
const LEGAL_FORMS: readonly (readonly string[])[][] = [
  [['b', 'v'], ['bv']],
  [['n', 'v'], ['nv']],
  [['v', 'o', 'f'], ['vof']],
  [['c', 'v'], ['cv']],
  [['u', 'a'], ['ua']],
  [['b', 'v', 'b', 'a'], ['bvba']],
  [['e', 'v']],
  [['gmbh']],
  [['ag']],
  [['kg']],
  [['ohg']],
  [['ltd'], ['limited']],
  [['inc'], ['incorporated']],
  [['corp'], ['corporation']],
  [['co']],
  [['llc']],
  [['llp']],
  [['plc']],
  [['pty']],
  [['s', 'a'], ['sa']],
  [['s', 'a', 's'], ['sas']],
  [['s', 'a', 'r', 'l'], ['sarl']],
  [['s', 'r', 'l'], ['srl']],
  [['s', 'p', 'a']],
  [['s', 'l']],
  [['se']],
  [['ab']],
  [['a', 's']],
  [['asa']],
  [['oy'], ['oyj']],
];
/** Legal forms that also stand before the name ("N.V. Nederlandsche Spoorwegen"). */
const LEADING_LEGAL_FORMS: readonly (readonly string[])[] = [['n', 'v'], ['nv'], ['b', 'v'], ['bv']];
/** Words for a group of companies: dropped only when at least two words remain ("Bakker Groep" ≠ "Bakker"). */
const GROUP_WORDS = new Set(['holding', 'holdings', 'groep', 'group', 'groupe', 'gruppe', 'beheer']);
/** Small words that make no name on their own ("De Groep", "The Group"). */
const COMMON_WORDS = new Set(
  'de het een en van der den ter ten te op in bij voor met aan the a an and of for at to on by'.split(' '),
);
/** Dutch surname particles: "De Vries" or "van Dijk" left after stripping is a person's name. */
const PARTICLES = new Set([
  'de',
  'van',
  'der',
  'den',
  'ter',
  'ten',
  'te',
  'het',
  't',
  'in',
  'op',
  'la',
  'le',
]);
const LEGAL_WORDS = new Set(LEGAL_FORMS.flat(2));

/** A name cut into words, with the separator before each word and the words as the user wrote them. */
interface Words {
  words: string[];
  /** separators[i] is what stands before words[i] (white space removed); separators[0] is ''. */
  separators: string[];
  /** The words and separators as typed, for showing the form; null when they do not line up. */
  shown: { words: string[]; separators: string[] } | null;
}

function wordsOf(name: string): Words {
  const normalised = normaliseText(name);
  const tokens = tokenize(normalised);
  const words = tokens.map((t) => t.word);
  const separators = tokens.map((t, i) =>
    i === 0 ? '' : separatorKey(normalised.slice(tokens[i - 1]?.end, t.start)),
  );
  const typed = name.normalize('NFC');
  const typedTokens = [...typed.matchAll(/[\p{L}\p{M}\p{N}_]+/gu)];
  const shown =
    typedTokens.length === tokens.length
      ? {
          words: typedTokens.map((m) => m[0]),
          separators: typedTokens.map((m, i) => {
            const previous = typedTokens[i - 1];
            return previous ? typed.slice((previous.index ?? 0) + previous[0].length, m.index) : '';
          }),
        }
      : null;
  return { words, separators, shown };
}

function slice(words: Words, from: number, to: number): Words {
  const cut = <T>(list: T[]) => list.slice(from, to);
  const separators = cut(words.separators);
  if (separators.length > 0) separators[0] = '';
  const shown = words.shown && { words: cut(words.shown.words), separators: cut(words.shown.separators) };
  if (shown && shown.separators.length > 0) shown.separators[0] = '';
  return { words: cut(words.words), separators, shown };
}

function endsWith(words: readonly string[], suffix: readonly string[], at = words.length): boolean {
  if (suffix.length > at) return false;
  return suffix.every((word, i) => words[at - suffix.length + i] === word);
}

/** The legal form a name ends with (longest spelling first), as its line in LEGAL_FORMS. */
function trailingLegalForm(
  words: readonly string[],
): { length: number; spellings: readonly (readonly string[])[] } | null {
  let best: { length: number; spellings: readonly (readonly string[])[] } | null = null;
  if (!LEGAL_WORDS.has(words[words.length - 1] ?? '')) return best;
  for (const spellings of LEGAL_FORMS) {
    for (const spelling of spellings) {
      if (endsWith(words, spelling) && spelling.length > (best?.length ?? 0))
        best = { length: spelling.length, spellings };
    }
  }
  return best;
}

function isDistinctive(word: string): boolean {
  return !LEGAL_WORDS.has(word) && !GROUP_WORDS.has(word) && !COMMON_WORDS.has(word);
}

/** A form left after stripping that is a person's surname ("de Vries") or a common word ("Groep"). */
function tooGeneralWhenDerived(words: readonly string[]): boolean {
  const distinctive = words.filter(isDistinctive);
  if (distinctive.length === 0) return true;
  if (words.length === 1) return (words[0]?.length ?? 0) < 2;
  const firstOther = words.findIndex((word) => !PARTICLES.has(word));
  return firstOther > 0 && firstOther === words.length - 1;
}

/** Why a name or alias the user entered is not looked for. */
export type SkippedReason = 'tooShort' | 'onlyLegalForm' | 'tooGeneral';

function whyNotLookedFor(words: Words): SkippedReason | null {
  if (compact(words.words).length < 2) return 'tooShort';
  if (words.words.every((word) => LEGAL_WORDS.has(word))) return 'onlyLegalForm';
  if (!words.words.some(isDistinctive)) return 'tooGeneral';
  return null;
}

/**
 * The shorter forms people use: legal forms dropped from the end (and "N.V." or "B.V." from the start),
 * then group words ("Holding", "Groep") while at least two words remain. A form that is then only common
 * words or a surname with its particles is left out.
 */
function derivedForms(words: Words): Words[] {
  let from = 0;
  let to = words.words.length;
  const leading = LEADING_LEGAL_FORMS.find((form) => form.every((word, i) => words.words[i] === word));
  if (leading && leading.length < to) from = leading.length;
  const forms: Words[] = [];
  const keep = () => {
    const form = slice(words, from, to);
    if (!tooGeneralWhenDerived(form.words)) forms.push(form);
  };
  if (from > 0) keep();
  for (;;) {
    const current = words.words.slice(from, to);
    const legal = trailingLegalForm(current);
    if (legal && legal.length < current.length) to -= legal.length;
    else if (current.length > 2 && GROUP_WORDS.has(current[current.length - 1] ?? '')) to -= 1;
    else break;
    keep();
  }
  return forms;
}

/** The same name with every other spelling of its legal form ("De Vries B.V." → "De Vries BV"). */
function legalFormSpellings(words: Words): Words[] {
  const legal = trailingLegalForm(words.words);
  if (!legal || legal.length >= words.words.length) return [];
  const base = slice(words, 0, words.words.length - legal.length);
  const before = words.separators[words.words.length - legal.length] ?? '';
  const shownBefore = words.shown?.separators[words.words.length - legal.length] ?? ' ';
  // "B.V." and "BV" are written in capitals, "Ltd" and "Limited" are not.
  const abbreviated = legal.spellings.some((spelling) => spelling.length > 1);
  return legal.spellings
    .filter((spelling) => spelling.length !== legal.length || !endsWith(words.words, spelling))
    .map((spelling) => {
      const separators = spelling.map((_, i) => (i === 0 ? before : '.'));
      const shownWords = spelling.map((word) => (abbreviated ? word.toUpperCase() : capitalize(word)));
      return {
        words: [...base.words, ...spelling],
        separators: [...base.separators, ...separators],
        shown: base.shown && {
          words: [...base.shown.words, ...shownWords],
          separators: [...base.shown.separators, ...spelling.map((_, i) => (i === 0 ? shownBefore : '.'))],
        },
      };
    });
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function shownText(words: Words): string {
  if (!words.shown) return words.words.join(' ');
  const shown = words.shown;
  return shown.words.map((word, i) => `${i === 0 ? '' : shown.separators[i]}${word}`).join('');
}

function shownHashtag(words: Words): string {
  const source = words.shown?.words ?? words.words;
  return `#${source.map(capitalize).join('')}`;
}

// ---------------------------------------------------------------------------------------------------------
// The compiled forms

/** One form the matcher looks for, as shown to the user. */
export interface EmployerForm {
  text: string;
  signal: NameSignal;
}

/** A name or alias the user entered that the matcher does not look for, and why. */
export interface SkippedName {
  text: string;
  reason: SkippedReason;
}

/** Where a form was found in a text. */
export interface EmployerFinding {
  signal: NameSignal;
  /** The form as shown in "We look for" ("Bakker Installatietechniek", "#BakkerInstallatietechniek"). */
  form: string;
}

interface TrieNode {
  /** First word: the word; further words: the separator key, "\u0001", the word. */
  children: Map<string, TrieNode> | null; // null until a longer form passes through (most nodes are leaves)
  form: string | null;
}

const newNode = (): TrieNode => ({ children: null, form: null });
const edgeKey = (separator: string, word: string) => `${separator}\u0001${word}`;

class FormSet {
  readonly root = newNode();
  readonly hashtags = new Map<string, string>();
  private readonly shownNames: EmployerForm[] = [];
  private readonly shownHashtags: EmployerForm[] = [];

  /** What is looked for, names before hashtags. */
  get shown(): EmployerForm[] {
    return [...this.shownNames, ...this.shownHashtags];
  }

  /**
   * Adds a name form and its hashtag. `show` lists the name in "We look for", `showHashtag` its hashtag;
   * `typed` is the name exactly as the user entered it.
   */
  addName(words: Words, show: { name: boolean; hashtag: boolean; typed?: string }): void {
    let node = this.root;
    for (const [i, word] of words.words.entries()) {
      const key = i === 0 ? word : edgeKey(words.separators[i] ?? '', word);
      node.children ??= new Map();
      let next = node.children.get(key);
      if (!next) {
        next = newNode();
        node.children.set(key, next);
      }
      node = next;
    }
    if (node.form !== null) return;
    node.form = show.typed ?? shownText(words);
    if (show.name) this.shownNames.push({ text: node.form, signal: 'name' });
    this.addHashtag(words, show.hashtag);
  }

  private addHashtag(words: Words, show: boolean): void {
    const key = compact(words.words);
    if (this.hashtags.has(key)) return;
    const text = shownHashtag(words);
    this.hashtags.set(key, text);
    if (show) this.shownHashtags.push({ text, signal: 'hashtag' });
  }
}

function compileForms(names: readonly string[]): { forms: FormSet; skipped: SkippedName[] } {
  const forms = new FormSet();
  const skipped: SkippedName[] = [];
  for (const name of names) {
    if (name.trim() === '') continue;
    const words = wordsOf(name);
    const reason = whyNotLookedFor(words);
    if (reason !== null) {
      skipped.push({ text: name.trim(), reason });
      continue;
    }
    const derived = derivedForms(words);
    // A shorter form covers the name with every spelling of its legal form, and is the hashtag people use.
    const covered = derived.length > 0;
    forms.addName(words, { name: true, hashtag: !covered, typed: name.trim() });
    for (const form of derived) forms.addName(form, { name: true, hashtag: true });
    for (const spelling of legalFormSpellings(words)) {
      forms.addName(spelling, { name: !covered, hashtag: false });
    }
  }
  return { forms, skipped };
}

/** Finds the first name form and the first hashtag form in a text. */
function findForms(forms: FormSet, text: string): EmployerFinding[] {
  const normalised = normaliseText(text);
  const tokens = tokenize(normalised);
  let name: string | null = null;
  let hashtag: string | null = null;
  for (const [i, token] of tokens.entries()) {
    const isHashtag = normalised[token.start - 1] === '#';
    if (isHashtag && hashtag === null) hashtag = forms.hashtags.get(compact([token.word])) ?? null;
    if (name === null) name = longestFormAt(forms.root, normalised, tokens, i, isHashtag);
    if (name !== null && hashtag !== null) break;
  }
  const findings: EmployerFinding[] = [];
  if (name !== null) findings.push({ signal: 'name', form: name });
  if (hashtag !== null) findings.push({ signal: 'hashtag', form: hashtag });
  return findings;
}

/** The longest form starting at tokens[start]; after "#" only a form of two words or more. */
function longestFormAt(
  root: TrieNode,
  normalised: string,
  tokens: readonly Token[],
  start: number,
  afterHash: boolean,
): string | null {
  let node = root.children?.get(tokens[start]?.word ?? '');
  let found: string | null = null;
  let i = start;
  while (node) {
    if (node.form !== null && (i > start || !afterHash)) found = node.form;
    const previous = tokens[i];
    const next = tokens[i + 1];
    if (!previous || !next || node.children === null) break;
    node = node.children.get(edgeKey(separatorKey(normalised.slice(previous.end, next.start)), next.word));
    i += 1;
  }
  return found;
}

/** True when `phrase` occurs in `text` as whole words (same rules as names; for UI labels). */
export function containsPhrase(text: string, phrase: string): boolean {
  const forms = new FormSet();
  const words = wordsOf(phrase);
  if (words.words.length === 0) return false;
  forms.addName(words, { name: false, hashtag: false });
  return findForms(forms, text).some((finding) => finding.signal === 'name');
}

// ---------------------------------------------------------------------------------------------------------
// Company pages

interface CompanyPageId {
  slugOrId: string; // lower case
  numericId: string | null;
}

const LINKEDIN_HOST = /(^|\.)linkedin\.com$/i;
const COMPANY_PATH = /^\/company\/([^/?#]+)/i;
const COMPANY_URN =
  /^urn:li:(?:fsd_company|fs_company|fs_minicompany|company|organization|fsd_organization):(\d+)$/i;

function companyPathId(url: URL): string | null {
  if (!LINKEDIN_HOST.test(url.hostname)) return null;
  const match = COMPANY_PATH.exec(url.pathname);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]).toLowerCase();
  } catch {
    return match[1].toLowerCase();
  }
}

function parseCompanyPage(companyPageUrl: string | null): CompanyPageId | null {
  if (!companyPageUrl) return null;
  const url = toUrl(companyPageUrl.trim());
  const slugOrId = url ? companyPathId(url) : null;
  if (!slugOrId) return null;
  return { slugOrId, numericId: /^\d+$/.test(slugOrId) ? slugOrId : null };
}

function toUrl(text: string): URL | null {
  try {
    const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) || text.startsWith('/') ? text : `https://${text}`;
    return new URL(withScheme, 'https://www.linkedin.com');
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------------------
// The matcher

export interface EmployerMatcher {
  /** Signals found in plain text: the name or an alias as whole words, or a company hashtag. */
  signalsInText(text: string): NameSignal[];
  /** The forms found in a text (the first name form and the first hashtag), for showing the user. */
  findInText(text: string): EmployerFinding[];
  /** True when a LinkedIn URL (absolute or relative) or an entity URN points at the employer's page. */
  isCompanyRef(hrefOrUrn: string): boolean;
  /** What the matcher looks for, names first within each entered name, for "We look for: …". */
  readonly forms: readonly EmployerForm[];
  /** Names or aliases entered that are not looked for (only a legal form, too short, too general). */
  readonly skipped: readonly SkippedName[];
}

export function createEmployerMatcher(
  employer: Pick<EmployerSettings, 'name' | 'aliases' | 'companyPageUrl'>,
): EmployerMatcher {
  const { forms, skipped } = compileForms([employer.name, ...employer.aliases]);
  const page = parseCompanyPage(employer.companyPageUrl);
  return {
    forms: forms.shown,
    skipped,
    findInText: (text) => findForms(forms, text),
    signalsInText: (text) => findForms(forms, text).map((finding) => finding.signal),
    isCompanyRef(hrefOrUrn) {
      if (!page) return false;
      const ref = hrefOrUrn.trim();
      const urn = COMPANY_URN.exec(ref);
      if (urn) return page.numericId !== null && urn[1] === page.numericId;
      if (ref.toLowerCase().startsWith('urn:')) return false;
      const url = toUrl(ref);
      return url !== null && companyPathId(url) === page.slugOrId;
    },
  };
}
