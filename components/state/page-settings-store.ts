// The settings store of the LinkedIn content script: the same store and API as ./settings-store, checked
// by the core's field readers (core/settings-fields.ts) without the worded validation messages, which
// belong to the options page (the content script's size budget). It reads every known stored
// version; it never repairs storage (the extension's pages migrate and keep unusable values aside), and
// a refused write names the field and the problem key (the warning never shows it).
import type { StoreApi } from 'zustand/vanilla';
import type { Settings } from '@/core/settings';
import { FirstProblem, mergeEmployer, readSettingsFields, readStoredSettings } from '@/core/settings/fields';
import { createSettingsStoreWith, type SettingsRules, type SettingsState } from './settings-persistence';

export {
  SETTINGS_KEY,
  type SettingsState,
  type SettingsUpdateResult,
  whenLoaded,
} from './settings-persistence';

const unworded = (text: string) => ({ en: text, nl: text });

/** Stored settings this store cannot read: it uses the defaults until an extension page repairs them. */
class UnusableStoredSettings extends Error {}

export const PAGE_SETTINGS_RULES: SettingsRules = {
  read(stored) {
    const settings = readStoredSettings(stored);
    if (settings === null)
      throw new UnusableStoredSettings('stored settings are not usable here; the options page repairs them');
    return { settings, migratedFrom: null };
  },
  isUnusable: (error) => error instanceof UnusableStoredSettings,
  apply(current: Settings, patch) {
    const problems = new FirstProblem();
    const value = readSettingsFields(mergeEmployer(current, patch), problems);
    if (problems.first === null) return { ok: true, settings: { ...current, ...value } };
    return {
      ok: false,
      errors: [{ field: problems.first.field, message: unworded(problems.first.problem) }],
    };
  },
  storageWriteFailed: unworded,
  repairs: false,
};

export function createSettingsStore(): StoreApi<SettingsState> {
  return createSettingsStoreWith(PAGE_SETTINGS_RULES);
}
