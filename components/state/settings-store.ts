// The settings store of the extension's pages (options, popup) and the employer-website content script:
// the core's full validation, migration and repair (core/settings-io.ts), with worded field errors.
// The persistence itself is in ./settings-persistence; the LinkedIn content script uses ./page-settings-store.
import type { StoreApi } from 'zustand/vanilla';
import { optionsMessages } from '@/core/i18n/messages/options';
import { localizedMessage } from '@/core/i18n/messages/validation';
import { applySettingsPatch, migrateSettings, SettingsCorruptError } from '@/core/settings/io';
import { createSettingsStoreWith, type SettingsRules, type SettingsState } from './settings-persistence';

export {
  CORRUPT_SETTINGS_PREFIX,
  SETTINGS_KEY,
  type SettingsState,
  type SettingsUpdateResult,
  STORAGE_FIELD,
  whenLoaded,
} from './settings-persistence';

export const FULL_SETTINGS_RULES: SettingsRules = {
  read: migrateSettings,
  isUnusable: (error) => error instanceof SettingsCorruptError,
  apply: applySettingsPatch,
  storageWriteFailed: (detail) => localizedMessage(optionsMessages, 'storageWriteFailed', { detail }),
  repairs: true,
};

export function createSettingsStore(): StoreApi<SettingsState> {
  return createSettingsStoreWith(FULL_SETTINGS_RULES);
}
