// Validation, migration, export and import of the user's settings. Pure: the store in components/state/
// calls these and decides what to persist. Nothing invalid passes validateSettingsPatch.
import type { LanguagePreference } from './i18n';
import {
  localizedMessage,
  settingsImportMessages,
  settingsValidationMessages,
} from './i18n/messages/validation';
import { readVersionedFile, writeVersionedFile } from './log/versioned-file';
import { normalizeForMatch } from './name-match';
import { defaultSettings, type GroupKind, SETTINGS_SCHEMA_VERSION, type Settings } from './settings';
import { ACTIVITIES, type Activity, INITIATORS, type LocalizedText, ROLES, type Role } from './types';

export interface FieldError {
  field: string; // dotted path, e.g. 'employer.aliases.2'
  message: LocalizedText;
}

export type SettingsPatchResult =
  | { ok: true; value: Partial<Settings> }
  | { ok: false; errors: FieldError[] };

type Record_ = Record<string, unknown>;
type ValidationMessage = keyof typeof settingsValidationMessages.en;

const isObject = (value: unknown): value is Record_ =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const LANGUAGE_PREFERENCES: readonly LanguagePreference[] = ['auto', 'en', 'nl'];
const GROUP_KINDS: readonly GroupKind[] = ['work', 'private'];

/** Collects field errors while the validators below read one field each. */
class FieldErrors {
  readonly list: FieldError[] = [];
  add(field: string, key: ValidationMessage, params?: Record<string, string | number>): undefined {
    this.list.push({ field, message: localizedMessage(settingsValidationMessages, key, params) });
    return undefined;
  }
}

/** A name field: trimmed; '' means "not set"; a name of only spaces is an error. */
function readName(value: unknown, field: string, errors: FieldErrors): string | undefined {
  if (typeof value !== 'string') return errors.add(field, 'notText');
  const trimmed = value.trim();
  if (trimmed === '' && value !== '') return errors.add(field, 'onlySpaces');
  return trimmed;
}

function readNullableBoolean(value: unknown, field: string, errors: FieldErrors): boolean | null | undefined {
  if (value === null || typeof value === 'boolean') return value;
  return errors.add(field, 'notYesNo');
}

function readAliases(value: unknown, name: string, errors: FieldErrors): string[] | undefined {
  if (!Array.isArray(value)) return errors.add('employer.aliases', 'aliasesNotList');
  const seen = new Set<string>();
  const aliases: string[] = [];
  const before = errors.list.length;
  for (const [index, alias] of value.entries()) {
    const field = `employer.aliases.${index}`;
    const number = index + 1;
    const trimmed = typeof alias === 'string' ? alias.trim() : undefined;
    const key = normalizeForMatch(trimmed ?? '');
    if (trimmed === undefined) errors.add(field, 'notText');
    else if (trimmed === '') errors.add(field, 'aliasEmpty', { number });
    else if (name !== '' && key === normalizeForMatch(name))
      errors.add(field, 'aliasRepeatsName', { number });
    else if (seen.has(key)) errors.add(field, 'aliasDuplicate', { number });
    else {
      seen.add(key);
      aliases.push(trimmed);
    }
  }
  return errors.list.length === before ? aliases : undefined;
}

const LINKEDIN_HOST = /^(?:www\.|[a-z]{2}\.)?linkedin\.com$/;
const COMPANY_ID = /^[\p{L}\p{N}][\p{L}\p{N}_.&-]*$/u;

/**
 * Normalises a LinkedIn company page address to `https://www.linkedin.com/company/<slug-or-id>/`.
 * Accepts the address with or without scheme, `www.` or a country subdomain, sub-pages (`/about/`),
 * a query or a fragment. Returns null when it is not a company page.
 */
export function normaliseCompanyPageUrl(input: string): string | null {
  const trimmed = input.trim();
  const withScheme = /^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.username || url.password || url.port) return null;
  if (!LINKEDIN_HOST.test(url.hostname)) return null;
  const [first, slug] = url.pathname.split('/').filter((part) => part !== '');
  if (first !== 'company' || slug === undefined) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(slug);
  } catch {
    return null;
  }
  if (!COMPANY_ID.test(decoded)) return null;
  return `https://www.linkedin.com/company/${encodeURIComponent(decoded.toLowerCase())}/`;
}

const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const TOP_LEVEL_LABEL = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/**
 * A website host name in lower case (punycode for international names), from a bare host or an address
 * that starts with http(s)://. Null for IP addresses, single labels, paths without a host, or other text.
 */
export function normaliseHost(input: string): string | null {
  const trimmed = input.trim().toLowerCase();
  if (trimmed === '' || /\s/.test(trimmed)) return null;
  const hasScheme = /^https?:\/\//.test(trimmed);
  if (!hasScheme && /[/?#@:]/.test(trimmed.replace(/\/$/, ''))) return null;
  let url: URL;
  try {
    url = new URL(hasScheme ? trimmed : `https://${trimmed}`);
  } catch {
    return null;
  }
  if (url.username || url.password || url.port) return null;
  const host = url.hostname.replace(/\.$/, '');
  const labels = host.split('.');
  if (host.length > 253 || labels.length < 2) return null;
  if (!labels.every((label) => HOST_LABEL.test(label))) return null;
  return TOP_LEVEL_LABEL.test(labels[labels.length - 1] ?? '') ? host : null;
}

function readHosts(value: unknown, errors: FieldErrors): string[] | undefined {
  if (!Array.isArray(value)) return errors.add('websiteHosts', 'hostsNotList');
  const hosts: string[] = [];
  const before = errors.list.length;
  for (const [index, entry] of value.entries()) {
    const field = `websiteHosts.${index}`;
    const host = typeof entry === 'string' ? normaliseHost(entry) : null;
    if (host === null) errors.add(field, 'hostInvalid', { value: String(entry).trim() });
    else if (hosts.includes(host)) errors.add(field, 'hostDuplicate', { value: host });
    else hosts.push(host);
  }
  return errors.list.length === before ? hosts : undefined;
}

/** Months to keep log entries: a positive whole number (a string of digits from a form is accepted) or null. */
function readRetention(value: unknown, errors: FieldErrors): number | null | undefined {
  if (value === null) return null;
  const months =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\d+$/.test(value.trim())
        ? Number(value)
        : NaN;
  if (!Number.isSafeInteger(months) || months < 1)
    return errors.add('logRetentionMonths', 'retentionNotPositive');
  return months;
}

function readGroups(value: unknown, errors: FieldErrors): Record<string, GroupKind> | undefined {
  if (!isObject(value)) return errors.add('groups', 'groupsInvalid');
  const groups: Record<string, GroupKind> = {};
  for (const [id, kind] of Object.entries(value)) {
    if (!/^\d{1,20}$/.test(id) || !GROUP_KINDS.includes(kind as GroupKind)) {
      return errors.add(`groups.${id}`, 'groupsInvalid');
    }
    groups[id] = kind as GroupKind;
  }
  return groups;
}

/** A map from activity to one of the allowed values (remembered initiator, quiet own initiative). */
function readPerActivity<V>(
  value: unknown,
  field: string,
  isValue: (v: unknown) => v is V,
  errors: FieldErrors,
): Partial<Record<Activity, V>> | undefined {
  if (!isObject(value)) return errors.add(field, 'perActivityInvalid');
  const map: Partial<Record<Activity, V>> = {};
  for (const [activity, v] of Object.entries(value)) {
    if (!ACTIVITIES.includes(activity as Activity) || !isValue(v)) {
      return errors.add(`${field}.${activity}`, 'perActivityInvalid');
    }
    map[activity as Activity] = v;
  }
  return map;
}

const isInitiator = (v: unknown): v is (typeof INITIATORS)[number] => INITIATORS.includes(v as never);
const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';

function readEmployer(value: unknown, errors: FieldErrors): Settings['employer'] | undefined {
  if (!isObject(value)) return errors.add('employer', 'notAnObject');
  const before = errors.list.length;
  for (const key of Object.keys(value)) {
    if (!['name', 'aliases', 'companyPageUrl'].includes(key))
      errors.add(`employer.${key}`, 'unknownField', { field: key });
  }
  const name = readName(value.name ?? '', 'employer.name', errors);
  const aliases = readAliases(value.aliases ?? [], name ?? '', errors);
  const rawUrl = value.companyPageUrl ?? null;
  let companyPageUrl: string | null = null;
  if (typeof rawUrl === 'string' && rawUrl.trim() !== '') {
    companyPageUrl = normaliseCompanyPageUrl(rawUrl);
    if (companyPageUrl === null) errors.add('employer.companyPageUrl', 'companyPageNotLinkedIn');
  } else if (rawUrl !== null && rawUrl !== '' && typeof rawUrl !== 'string') {
    errors.add('employer.companyPageUrl', 'companyPageNotLinkedIn');
  }
  if (errors.list.length !== before || name === undefined || aliases === undefined) return undefined;
  return { name, aliases, companyPageUrl };
}

type FieldReader = (value: unknown, errors: FieldErrors) => unknown;

/** One reader per settings field: the single place that says what a valid value is. */
const FIELD_READERS: { readonly [K in keyof Settings]-?: FieldReader } = {
  schemaVersion: (value, errors) =>
    value === SETTINGS_SCHEMA_VERSION
      ? value
      : errors.add('schemaVersion', 'schemaVersion', {
          version: String(value),
          current: SETTINGS_SCHEMA_VERSION,
        }),
  onboardingDone: (value, errors) => (isBoolean(value) ? value : errors.add('onboardingDone', 'notBoolean')),
  language: (value, errors) =>
    LANGUAGE_PREFERENCES.includes(value as LanguagePreference)
      ? value
      : errors.add('language', 'unknownLanguage'),
  employer: readEmployer,
  ownName: (value, errors) => readName(value, 'ownName', errors),
  role: (value, errors) =>
    value === null || ROLES.includes(value as Role) ? value : errors.add('role', 'unknownRole'),
  jobDefined: (value, errors) => readNullableBoolean(value, 'jobDefined', errors),
  workTime: (value, errors) => readNullableBoolean(value, 'workTime', errors),
  worksCouncil: (value, errors) => readNullableBoolean(value, 'worksCouncil', errors),
  groups: readGroups,
  rememberedInitiator: (value, errors) => readPerActivity(value, 'rememberedInitiator', isInitiator, errors),
  quietOwnInitiative: (value, errors) => readPerActivity(value, 'quietOwnInitiative', isBoolean, errors),
  websiteHosts: readHosts,
  logRetentionMonths: readRetention,
};

/**
 * Checks and cleans a partial settings object (trimmed names, normalised company page URL and hosts).
 * `employer` is validated as a whole: fields it lacks take their empty value ('' / [] / null). To change one
 * employer field keep the others, use applySettingsPatch.
 */
export function validateSettingsPatch(patch: unknown): SettingsPatchResult {
  const errors = new FieldErrors();
  if (!isObject(patch)) {
    errors.add('', 'notAnObject');
    return { ok: false, errors: errors.list };
  }
  const value: Record_ = {};
  for (const [field, raw] of Object.entries(patch)) {
    const reader = Object.hasOwn(FIELD_READERS, field) ? FIELD_READERS[field as keyof Settings] : undefined;
    if (reader === undefined) {
      errors.add(field, 'unknownField', { field });
      continue;
    }
    const before = errors.list.length;
    const read = reader(raw, errors);
    if (errors.list.length === before) value[field] = read;
  }
  return errors.list.length === 0
    ? { ok: true, value: value as Partial<Settings> }
    : { ok: false, errors: errors.list };
}

/** Validates a patch against the current settings (employer fields merge) and returns the new settings. */
export function applySettingsPatch(
  current: Settings,
  patch: unknown,
): { ok: true; settings: Settings } | { ok: false; errors: FieldError[] } {
  const merged =
    isObject(patch) && isObject(patch.employer)
      ? { ...patch, employer: { ...current.employer, ...patch.employer } }
      : patch;
  const result = validateSettingsPatch(merged);
  return result.ok ? { ok: true, settings: { ...current, ...result.value } } : result;
}

// ---------------------------------------------------------------------------------------------------------
// Migration

export type SettingsCorruptReason = 'not-an-object' | 'unknown-version' | 'newer-version' | 'invalid-fields';

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

type Migration = (from: Record_) => Record_;

/**
 * Migrations keyed by the version they migrate FROM; each returns the shape of the next version.
 * Version 1 is the first release. Version 0 is the pre-release shape (no `employer` object; the employer's
 * name and aliases were top-level `employerName` / `employerAliases`): it documents the mechanism and is
 * tested. A future schema change adds one row here and bumps SETTINGS_SCHEMA_VERSION.
 */
export const SETTINGS_MIGRATIONS: Readonly<Record<number, Migration>> = {
  0: ({ employerName, employerAliases, employerPage, schemaVersion: _from, ...rest }) => ({
    ...rest,
    schemaVersion: 1,
    employer: {
      name: employerName ?? '',
      aliases: employerAliases ?? [],
      companyPageUrl: employerPage ?? null,
    },
  }),
};

function storedVersion(stored: Record_): number {
  if (stored.schemaVersion === undefined && typeof stored.employerName === 'string') return 0;
  const version = stored.schemaVersion;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) {
    throw new SettingsCorruptError('unknown-version');
  }
  return version;
}

/**
 * Reads stored settings of any known version and returns current settings. Nothing stored yet (undefined or
 * null) gives the defaults. Fields a version did not have take their default. Throws SettingsCorruptError for
 * anything else that is not a settings object of a known version with valid fields.
 */
export function migrateSettings(stored: unknown): { settings: Settings; migratedFrom: number | null } {
  if (stored === undefined || stored === null) return { settings: defaultSettings(), migratedFrom: null };
  if (!isObject(stored)) throw new SettingsCorruptError('not-an-object');
  const from = storedVersion(stored);
  if (from > SETTINGS_SCHEMA_VERSION) throw new SettingsCorruptError('newer-version');
  let data: Record_ = stored;
  for (let version = from; version < SETTINGS_SCHEMA_VERSION; version++) {
    const migration = SETTINGS_MIGRATIONS[version];
    if (migration === undefined) throw new SettingsCorruptError('unknown-version');
    data = migration(data);
  }
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
  const join = (language: keyof LocalizedText) =>
    errors.map((e) => (e.field ? `${e.field}: ${e.message[language]}` : e.message[language])).join(' ');
  return { en: join('en'), nl: join('nl') };
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
