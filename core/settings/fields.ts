// What a valid settings field is (schema version 1), and how older stored versions are upgraded, without
// the texts of the errors: a problem is a key of settingsValidationMessages. core/settings-io.ts words the
// problems for the extension's pages; the LinkedIn content script reads and writes settings through this
// module alone, so it carries no validation texts (the content script's size budget).
import { LANGUAGE_PREFERENCES, type LanguagePreference } from '../i18n';
import type { settingsValidationMessages } from '../i18n/messages/validation';
import { normaliseForMatch } from '../name-match';
import { ACTIVITIES, type Activity, INITIATORS, ROLES, type Role, STATUSES, type Status } from '../types';
import {
  defaultLetterSettings,
  defaultSettings,
  type GroupKind,
  LETTER_ADDRESSEES,
  type LetterAddressee,
  SETTINGS_SCHEMA_VERSION,
  type Settings,
} from './';

type Record_ = Record<string, unknown>;

/** Why a field is refused: a key of settingsValidationMessages (worded by core/settings-io.ts). */
export type SettingsProblem = keyof typeof settingsValidationMessages.en;

/** Where the field readers report problems. */
export interface SettingsProblems {
  /** Problems reported so far. */
  readonly count: number;
  add(field: string, problem: SettingsProblem, params?: Record<string, string | number>): undefined;
}

/** Keeps the first problem only, unworded. */
export class FirstProblem implements SettingsProblems {
  count = 0;
  first: { field: string; problem: SettingsProblem } | null = null;
  add(field: string, problem: SettingsProblem): undefined {
    this.count += 1;
    this.first ??= { field, problem };
    return undefined;
  }
}

export const isObject = (value: unknown): value is Record_ =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Upper bounds of what the user types or collects. Every name and alias is compiled into the matcher
 * that runs on each click on LinkedIn: no real company needs more, and a pasted megabyte must not reach it.
 */
export const SETTINGS_BOUNDS = { nameLength: 200, aliases: 50, aliasLength: 200, groups: 1000 } as const;

const GROUP_KINDS: readonly GroupKind[] = ['work', 'private'];

/** A name field: trimmed; '' means "not set"; a name of only spaces is an error. */
function readName(value: unknown, field: string, errors: SettingsProblems): string | undefined {
  if (typeof value !== 'string') return errors.add(field, 'notText');
  const trimmed = value.trim();
  if (trimmed === '' && value !== '') return errors.add(field, 'onlySpaces');
  if (trimmed.length > SETTINGS_BOUNDS.nameLength)
    return errors.add(field, 'nameTooLong', { length: trimmed.length, max: SETTINGS_BOUNDS.nameLength });
  return trimmed;
}

function readNullableBoolean(
  value: unknown,
  field: string,
  errors: SettingsProblems,
): boolean | null | undefined {
  if (value === null || typeof value === 'boolean') return value;
  return errors.add(field, 'notYesNo');
}

function readAliases(value: unknown, name: string, errors: SettingsProblems): string[] | undefined {
  if (!Array.isArray(value)) return errors.add('employer.aliases', 'aliasesNotList');
  if (value.length > SETTINGS_BOUNDS.aliases)
    return errors.add('employer.aliases', 'tooManyAliases', {
      count: value.length,
      max: SETTINGS_BOUNDS.aliases,
    });
  const seen = new Set<string>();
  const aliases: string[] = [];
  const before = errors.count;
  for (const [index, alias] of value.entries()) {
    const field = `employer.aliases.${index}`;
    const number = index + 1;
    const trimmed = typeof alias === 'string' ? alias.trim() : undefined;
    const key = normaliseForMatch(trimmed ?? '');
    if (trimmed === undefined) errors.add(field, 'notText');
    else if (trimmed === '') errors.add(field, 'aliasEmpty', { number });
    else if (trimmed.length > SETTINGS_BOUNDS.aliasLength)
      errors.add(field, 'aliasTooLong', { number, length: trimmed.length, max: SETTINGS_BOUNDS.aliasLength });
    else if (name !== '' && key === normaliseForMatch(name))
      errors.add(field, 'aliasRepeatsName', { number });
    else if (seen.has(key)) errors.add(field, 'aliasDuplicate', { number });
    else {
      seen.add(key);
      aliases.push(trimmed);
    }
  }
  return errors.count === before ? aliases : undefined;
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

function readHosts(value: unknown, errors: SettingsProblems): string[] | undefined {
  if (!Array.isArray(value)) return errors.add('websiteHosts', 'hostsNotList');
  const hosts: string[] = [];
  const before = errors.count;
  for (const [index, entry] of value.entries()) {
    const field = `websiteHosts.${index}`;
    const host = typeof entry === 'string' ? normaliseHost(entry) : null;
    if (host === null) errors.add(field, 'hostInvalid', { value: String(entry).trim() });
    else if (hosts.includes(host)) errors.add(field, 'hostDuplicate', { value: host });
    else hosts.push(host);
  }
  return errors.count === before ? hosts : undefined;
}

/** Months to keep log entries: a positive whole number (a string of digits from a form is accepted) or null. */
function readRetention(value: unknown, errors: SettingsProblems): number | null | undefined {
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

function readGroups(value: unknown, errors: SettingsProblems): Record<string, GroupKind> | undefined {
  if (!isObject(value)) return errors.add('groups', 'groupsInvalid');
  const count = Object.keys(value).length;
  if (count > SETTINGS_BOUNDS.groups)
    return errors.add('groups', 'tooManyGroups', { count, max: SETTINGS_BOUNDS.groups });
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
  errors: SettingsProblems,
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

function readEmployer(value: unknown, errors: SettingsProblems): Settings['employer'] | undefined {
  if (!isObject(value)) return errors.add('employer', 'notAnObject');
  const before = errors.count;
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
  if (errors.count !== before || name === undefined || aliases === undefined) return undefined;
  return { name, aliases, companyPageUrl };
}

/** Longest value of each letter field; the address and e-mail are single lines. */
const LETTER_TEXT_FIELDS = {
  address: 200,
  email: 254,
  personnelNumber: 40,
  place: 80,
  employerAddress: 200,
} as const;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A single line of text for a letter: trimmed, '' when not given, without control characters. */
function readLetterText(value: unknown, field: string, max: number, errors: SettingsProblems) {
  if (typeof value !== 'string') return errors.add(field, 'notText');
  const trimmed = value.trim();
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) return errors.add(field, 'oneLine');
  if (trimmed.length > max) return errors.add(field, 'tooLong', { max });
  return trimmed;
}

function readLetter(value: unknown, errors: SettingsProblems): Settings['letter'] | undefined {
  if (!isObject(value)) return errors.add('letter', 'notAnObject');
  const before = errors.count;
  const letter = defaultLetterSettings();
  for (const [key, raw] of Object.entries(value)) {
    const field = `letter.${key}`;
    if (key === 'addressee') {
      if (raw === null || LETTER_ADDRESSEES.includes(raw as LetterAddressee))
        letter.addressee = raw as LetterAddressee | null;
      else errors.add(field, 'unknownAddressee');
    } else if (Object.hasOwn(LETTER_TEXT_FIELDS, key)) {
      const name = key as keyof typeof LETTER_TEXT_FIELDS;
      const text = readLetterText(raw, field, LETTER_TEXT_FIELDS[name], errors);
      if (text !== undefined) letter[name] = text;
    } else errors.add(field, 'unknownField', { field: key });
  }
  if (letter.email !== '' && !EMAIL.test(letter.email)) errors.add('letter.email', 'emailInvalid');
  return errors.count === before ? letter : undefined;
}

type FieldReader = (value: unknown, errors: SettingsProblems) => unknown;

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
  status: (value, errors) =>
    value === null || STATUSES.includes(value as Status) ? value : errors.add('status', 'unknownStatus'),
  jobDefined: (value, errors) => readNullableBoolean(value, 'jobDefined', errors),
  workTime: (value, errors) => readNullableBoolean(value, 'workTime', errors),
  worksCouncil: (value, errors) => readNullableBoolean(value, 'worksCouncil', errors),
  groups: readGroups,
  rememberedInitiator: (value, errors) => readPerActivity(value, 'rememberedInitiator', isInitiator, errors),
  quietOwnInitiative: (value, errors) => readPerActivity(value, 'quietOwnInitiative', isBoolean, errors),
  websiteHosts: readHosts,
  websiteMarker: (value, errors) => (isBoolean(value) ? value : errors.add('websiteMarker', 'notBoolean')),
  logRetentionMonths: readRetention,
  letter: readLetter,
};

/** Reads every field of a settings object (a patch or whole settings); the valid ones, cleaned. */
export function readSettingsFields(patch: unknown, errors: SettingsProblems): Partial<Settings> {
  if (!isObject(patch)) {
    errors.add('', 'notAnObject');
    return {};
  }
  const value: Record_ = {};
  for (const [field, raw] of Object.entries(patch)) {
    const reader = Object.hasOwn(FIELD_READERS, field) ? FIELD_READERS[field as keyof Settings] : undefined;
    if (reader === undefined) {
      errors.add(field, 'unknownField', { field });
      continue;
    }
    const before = errors.count;
    const read = reader(raw, errors);
    if (errors.count === before) value[field] = read;
  }
  return value as Partial<Settings>;
}

/** A patch merged for validation: employer fields merge with the current ones. */
export function mergeEmployer(current: Settings, patch: unknown): unknown {
  return isObject(patch) && isObject(patch.employer)
    ? { ...patch, employer: { ...current.employer, ...patch.employer } }
    : patch;
}

// ---------------------------------------------------------------------------------------------------------
// Stored versions

export type SettingsCorruptReason = 'not-an-object' | 'unknown-version' | 'newer-version' | 'invalid-fields';

type Migration = (from: Record_) => Record_;

/**
 * Migrations keyed by the version they migrate FROM; each returns the shape of the next version.
 * Version 1 is the first release. Version 0 is the pre-release shape (no `employer` object; the employer's
 * name and aliases were top-level `employerName` / `employerAliases`): it documents the mechanism and is
 * tested. Version 2 adds the user's position (`status`) and the details letters need (`letter`), both
 * empty. A future schema change adds one row here and bumps SETTINGS_SCHEMA_VERSION.
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
  1: ({ schemaVersion: _from, ...rest }) => ({
    status: null,
    letter: defaultLetterSettings(),
    ...rest,
    schemaVersion: 2,
  }),
};

function storedVersion(stored: Record_): number | null {
  if (stored.schemaVersion === undefined && typeof stored.employerName === 'string') return 0;
  const version = stored.schemaVersion;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) {
    return null;
  }
  return version;
}

/**
 * Upgrades stored data of any known version to the current schema's shape (fields not yet checked), or
 * says why it cannot.
 */
export function upgradeStored(
  stored: unknown,
): { ok: true; data: Record_; from: number } | { ok: false; reason: SettingsCorruptReason } {
  if (!isObject(stored)) return { ok: false, reason: 'not-an-object' };
  const from = storedVersion(stored);
  if (from === null) return { ok: false, reason: 'unknown-version' };
  if (from > SETTINGS_SCHEMA_VERSION) return { ok: false, reason: 'newer-version' };
  let data: Record_ = stored;
  for (let version = from; version < SETTINGS_SCHEMA_VERSION; version++) {
    const migration = SETTINGS_MIGRATIONS[version];
    if (migration === undefined) return { ok: false, reason: 'unknown-version' };
    data = migration(data);
  }
  return { ok: true, data, from };
}

/** Stored settings of any known version with valid fields, upgraded and completed; null for anything else. */
export function readStoredSettings(stored: unknown): Settings | null {
  const upgraded = upgradeStored(stored);
  if (!upgraded.ok) return null;
  const problems = new FirstProblem();
  const value = readSettingsFields(upgraded.data, problems);
  return problems.count === 0 ? { ...defaultSettings(), ...value } : null;
}
