// The guard on what enters the decision log. The background calls validateRecord on every message from a
// content script: a record carries only known fields with known values, never free text (no post text, no
// field value, no query string).
import type { DecisionRecord, SurfaceId, UserDecision } from '../protocol';
import { RULE_IDS } from '../rules';
import { ACTIVITIES, type Activity, OUTCOMES, type Outcome } from '../types';

/** Every SurfaceId, at run time. The type check below fails when protocol.ts adds one that is missing here. */
export const SURFACE_IDS = [
  'feed-composer',
  'group-composer',
  'company-page-composer',
  'comment',
  'profile-intro',
  'profile-position',
  'profile-photo',
  'profile-about',
  'profile-open-to-work',
  'notify-network-setting',
  'employer-website',
] as const satisfies readonly SurfaceId[];
type MissingSurface = Exclude<SurfaceId, (typeof SURFACE_IDS)[number]>;
const allSurfacesListed: MissingSurface extends never ? true : MissingSurface = true;
void allSurfacesListed;

export const RECORD_OUTCOMES = [
  ...OUTCOMES,
  'unassessed',
] as const satisfies readonly DecisionRecord['outcome'][];
export const USER_DECISIONS = ['cancel', 'proceed'] as const satisfies readonly UserDecision[];

/** The fields of a record, in the order exports show them. */
export const RECORD_FIELDS = [
  'time',
  'activity',
  'surface',
  'employerLinked',
  'outcome',
  'rules',
  'decision',
  'route',
] as const satisfies readonly (keyof DecisionRecord)[];

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;
/** Path characters of RFC 3986 only: no query, no fragment, no spaces. */
const ROUTE = /^\/[A-Za-z0-9\-._~%!$&'()*+,;=:@/]*$/;
const MAX_ROUTE_LENGTH = 512;
const MAX_RULES = 40;

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function oneOf<T extends string>(list: readonly T[], value: unknown, field: string): T {
  if (typeof value !== 'string' || !list.includes(value as T)) {
    throw new TypeError(`record.${field}: expected one of ${list.join(', ')}`);
  }
  return value as T;
}

/**
 * Checks a record from a content script and returns a clean copy with exactly the record's fields.
 * Throws a TypeError that names the field otherwise. `extraFields` are allowed besides (used for log entries).
 */
export function validateRecord(record: unknown, extraFields: readonly string[] = []): DecisionRecord {
  if (!isPlainObject(record)) throw new TypeError('record: expected an object');
  for (const key of Object.keys(record)) {
    if (!(RECORD_FIELDS as readonly string[]).includes(key) && !extraFields.includes(key)) {
      throw new TypeError(`record.${key}: unknown field (a record carries no free text)`);
    }
  }
  const { time, employerLinked, rules, route } = record;
  if (typeof time !== 'string' || !ISO_TIME.test(time) || Number.isNaN(Date.parse(time))) {
    throw new TypeError('record.time: expected an ISO 8601 date and time');
  }
  if (typeof employerLinked !== 'boolean')
    throw new TypeError('record.employerLinked: expected true or false');
  if (
    !Array.isArray(rules) ||
    rules.length > MAX_RULES ||
    !rules.every((rule) => (RULE_IDS as readonly unknown[]).includes(rule))
  ) {
    throw new TypeError('record.rules: expected a list of known rule ids (R1–R20)');
  }
  if (typeof route !== 'string' || route.length > MAX_ROUTE_LENGTH || !ROUTE.test(route)) {
    throw new TypeError('record.route: expected a page path without query or fragment');
  }
  return {
    time,
    activity: oneOf<Activity>(ACTIVITIES, record.activity, 'activity'),
    surface: oneOf<SurfaceId>(SURFACE_IDS, record.surface, 'surface'),
    employerLinked,
    outcome: oneOf<Outcome | 'unassessed'>(RECORD_OUTCOMES, record.outcome, 'outcome'),
    rules: [...rules],
    decision: oneOf<UserDecision>(USER_DECISIONS, record.decision, 'decision'),
    route,
  };
}
