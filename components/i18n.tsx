// Preact side of the translation layer: the language is provided once per UI root and can change
// at run time (settings); components pick their catalogue with useTranslator.
import { type ComponentChildren, createContext } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import { type Catalogue, createTranslator, type Translate } from '@/core/i18n';
import type { Language, LocalizedText } from '@/core/types';

const LanguageContext = createContext<Language>('en');

export function LanguageProvider(props: { language: Language; children: ComponentChildren }) {
  return <LanguageContext.Provider value={props.language}>{props.children}</LanguageContext.Provider>;
}

export function useLanguage(): Language {
  return useContext(LanguageContext);
}

export function useTranslator<K extends string>(catalogue: Catalogue<K>): Translate<K> {
  const language = useLanguage();
  return useMemo(() => createTranslator(catalogue, language), [catalogue, language]);
}

/** Picks the current language from bilingual core data (rules, sources, rights). */
export function useLocalize(): (text: LocalizedText) => string {
  const language = useLanguage();
  return (text) => text[language];
}
