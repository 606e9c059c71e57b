// The UI language of an extension page: the user's choice in settings, else the browser's language.
// Also marks the document with it, so assistive technology reads the page in the right language.
import { useEffect } from 'preact/hooks';
import type { StoreApi } from 'zustand/vanilla';
import { resolveLanguage } from '@/core/i18n';
import type { Language } from '@/core/types';
import type { SettingsState } from './settings-store';
import { useStoreState } from './use-store';

export function useSettingsLanguage(store: StoreApi<SettingsState>, browserLanguage?: string): Language {
  const { settings } = useStoreState(store);
  const language = resolveLanguage(settings.language, browserLanguage ?? navigator.language);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return language;
}
