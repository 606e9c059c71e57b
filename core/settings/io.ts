// Validation, migration, export and import of the user's settings. Pure: the store in components/state/
// calls these and decides what to persist. Nothing invalid passes validateSettingsPatch.
import {
  localizedMessage,
  settingsImportMessages,
  settingsValidationMessages,
} from '../i18n/messages/validation';
import { inEveryLanguage } from '../languages';
import { readVersionedFile, writeVersionedFile } from '../log/versioned-file';
import type { LocalizedText } from '../types';
import { defaultSettings, SETTINGS_SCHEMA_VERSION, type Settings } from './';
import {
  isObject,
  mergeEmployer,
  readSettingsFields,
  type SettingsCorruptReason,
  type SettingsProblem,
  type SettingsProblems,
  upgradeStored,
} from './fields';

export {
  normaliseCompanyPageUrl,
  normaliseHost,
  SETTINGS_MIGRATIONS,
  type SettingsCorruptReason,
} from './fields';

export interface FieldError {
  field: string; // dotted path, e.g. 'employer.aliases.2'
  message: LocalizedText;
}

export type SettingsPatchResult =
  | { ok: true; value: Partial<Settings> }
  | { ok: false; errors: FieldError[] };

/** Collects field errors while the field readers (core/settings-fields.ts) read one field each. */
class FieldErrors implements SettingsProblems {
  readonly list: FieldError[] = [];
  get count(): number {
    return this.list.length;
  }
  add(field: string, key: SettingsProblem, params?: Record<string, string | number>): undefined {
    this.list.push({ field, message: localizedMessage(settingsValidationMessages, key, params) });
    return undefined;
  }
}

/**
 * Checks and cleans a partial settings object (trimmed names, normalised company page URL and hosts).
 * `employer` is validated as a whole: fields it lacks take their empty value ('' / [] / null). To change one
 * employer field keep the others, use applySettingsPatch.
 */
export function validateSettingsPatch(patch: unknown): SettingsPatchResult {
  const errors = new FieldErrors();
  const value = readSettingsFields(patch, errors);
  return errors.list.length === 0 ? { ok: true, value } : { ok: false, errors: errors.list };
}

/** Validates a patch against the current settings (employer fields merge) and returns the new settings. */
export function applySettingsPatch(
  current: Settings,
  patch: unknown,
): { ok: true; settings: Settings } | { ok: false; errors: FieldError[] } {
  const result = validateSettingsPatch(mergeEmployer(current, patch));
  return result.ok ? { ok: true, settings: { ...current, ...result.value } } : result;
}

// ---------------------------------------------------------------------------------------------------------
// Migration

/** Stored data that is not a readable settings object. The store keeps it aside instead of overwriting it. */
export class SettingsCorruptError extends Error {
  override readonly name = 'SettingsCorruptError';
  constructor(
    readonly reason: SettingsCorruptReason,
    readonly errors: FieldError[] = [],
  ) {
    super(
      `Stored settings are not usable (${reason})${errors.length ? `: ${errors.map((e) => e.field).join(', ')}` : ''}`,
    );
  }
}

/**
 * Reads stored settings of any known version and returns current settings. Nothing stored yet (undefined or
 * null) gives the defaults. Fields a version did not have take their default. Throws SettingsCorruptError for
 * anything else that is not a settings object of a known version with valid fields.
 */
export function migrateSettings(stored: unknown): { settings: Settings; migratedFrom: number | null } {
  if (stored === undefined || stored === null) return { settings: defaultSettings(), migratedFrom: null };
  const upgraded = upgradeStored(stored);
  if (!upgraded.ok) throw new SettingsCorruptError(upgraded.reason);
  const { data, from } = upgraded;
  const result = validateSettingsPatch(data);
  if (!result.ok) throw new SettingsCorruptError('invalid-fields', result.errors);
  const settings: Settings = { ...defaultSettings(), ...result.value };
  return { settings, migratedFrom: from === SETTINGS_SCHEMA_VERSION ? null : from };
}

// ---------------------------------------------------------------------------------------------------------
// Export and import (a small JSON file the user moves to another browser)

export const SETTINGS_FILE_FORMAT = 'exposure-guard-settings';
export const SETTINGS_FILE_VERSION = 1;

export function exportSettings(settings: Settings, now: Date = new Date()): string {
  return writeVersionedFile(SETTINGS_FILE_FORMAT, SETTINGS_FILE_VERSION, now, { settings });
}

/** Joins field errors into one message per language. */
function joinErrors(errors: FieldError[]): LocalizedText {
  return inEveryLanguage((language) =>
    errors.map((e) => (e.field ? `${e.field}: ${e.message[language]}` : e.message[language])).join(' '),
  );
}

export function importSettings(
  json: string,
): { ok: true; settings: Settings } | { ok: false; error: LocalizedText } {
  const refuse = (key: keyof typeof settingsImportMessages.en, params?: Record<string, string | number>) => ({
    ok: false as const,
    error: localizedMessage(settingsImportMessages, key, params),
  });
  const read = readVersionedFile(json, SETTINGS_FILE_FORMAT, SETTINGS_FILE_VERSION);
  if (!read.ok)
    return read.problem === 'newer' ? refuse('newer', { version: read.version }) : refuse(read.problem);
  const stored = read.file.settings;
  if (!isObject(stored)) return refuse('corrupt');
  try {
    return { ok: true, settings: migrateSettings(stored).settings };
  } catch (error) {
    if (!(error instanceof SettingsCorruptError)) throw error;
    if (error.reason === 'newer-version') return refuse('newer', { version: String(stored.schemaVersion) });
    if (error.reason === 'invalid-fields') {
      const details = joinErrors(error.errors);
      return {
        ok: false,
        error: {
          en: localizedMessage(settingsImportMessages, 'invalid', { details: details.en }).en,
          nl: localizedMessage(settingsImportMessages, 'invalid', { details: details.nl }).nl,
        },
      };
    }
    return refuse('corrupt');
  }
}
