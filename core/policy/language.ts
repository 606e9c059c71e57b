// Which language a policy is written in, from its function words: English and Dutch are read;
// German and French are recognised so the reader is told the text is not one we can read.
import type { PolicyLanguage } from './types';

const FUNCTION_WORDS = {
  en: 'the and of to you your are we our with for this that will be is not from have who what which their',
  nl: 'de het een en van je jouw uw wij ons onze met voor dat deze niet wordt worden zijn bij ook naar hij zij kunt',
  de: 'der die das und nicht mit ist ein eine für auf wir sie zu den dem des werden ihre sich auch nach',
  fr: 'le la les et des du un une vous nous est pour sur avec dans pas que qui votre leur sont aux ce',
} as const;
type Detected = keyof typeof FUNCTION_WORDS;

const LOOKUP = new Map<string, Detected[]>();
for (const [language, words] of Object.entries(FUNCTION_WORDS) as [Detected, string][]) {
  for (const word of words.split(' ')) LOOKUP.set(word, [...(LOOKUP.get(word) ?? []), language]);
}

/** Enough of the text to tell: the language of a policy does not change after its first pages. */
const SAMPLE = 100_000;
const WORD = /[a-zA-ZÀ-ÿ]+/g;

export interface LanguageReading {
  /** The language to read the text as. */
  language: PolicyLanguage;
  /** The best match among the four, or null when the text has (almost) no function words. */
  detected: Detected | null;
}

export function detectLanguage(text: string): LanguageReading {
  const counts: Record<Detected, number> = { en: 0, nl: 0, de: 0, fr: 0 };
  const sample = text.slice(0, SAMPLE);
  WORD.lastIndex = 0;
  for (let match = WORD.exec(sample); match; match = WORD.exec(sample)) {
    for (const language of LOOKUP.get(match[0].toLowerCase()) ?? []) counts[language] += 1;
  }
  const ranked = (Object.keys(counts) as Detected[]).sort((a, b) => counts[b] - counts[a]);
  const best = ranked[0] as Detected;
  const detected = counts[best] >= 3 ? best : null;
  const language: PolicyLanguage = counts.nl > counts.en ? 'nl' : 'en';
  return { language, detected };
}
