// The languages of the user interface and of every text in core data: the one list every other
// place derives from. How to add a language: core/README.md ("Adding a language").

/** The supported languages; English first: it is the reference every catalogue is checked against. */
export const LANGUAGES = ['en', 'nl'] as const;

export type Language = (typeof LANGUAGES)[number];

/** A text in every supported language (core data: rules, sources, rights, letters). */
export type LocalizedText = { readonly [L in Language]: string };

/** Each language's name in that language, for the language choices of the options and the letters. */
export const LANGUAGE_NAMES = { en: 'English', nl: 'Nederlands' } as const satisfies LocalizedText;

/** The locale dates and numbers are written in, per language. */
export const LANGUAGE_LOCALES = { en: 'en-GB', nl: 'nl-NL' } as const satisfies LocalizedText;

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((language) => language === value);
}

/** A LocalizedText made by one function of the language (a text worded from other localised parts). */
export function inEveryLanguage(word: (language: Language) => string): LocalizedText {
  const text: Partial<Record<Language, string>> = {};
  for (const language of LANGUAGES) text[language] = word(language);
  return text as LocalizedText;
}
