// The guard on what enters the decision log. The background calls validateRecord on every message from a
// content script: a record carries only known fields with known values, never free text (no post text, no
// field value, no query string).
import { POLICY_LANGUAGES, POLICY_VERDICTS } from '../policy/types';
import type {
  DecisionRecord,
  PolicyFinding,
  PolicyReportSummary,
  ProfileFieldKind,
  SurfaceId,
  UserDecision,
  WebsiteExposure,
} from '../protocol';
import { RULE_IDS } from '../rule-ids';
import { normaliseHost } from '../settings/io';
import { isProfileSurface, isReportSurface, SURFACE_IDS } from '../surfaces';
import { ACTIVITIES, type Activity, type Assessment, OUTCOMES, type Outcome, ROLES } from '../types';

export { SURFACE_IDS } from '../surfaces';

export const RECORD_OUTCOMES = [
  ...OUTCOMES,
  'unassessed',
] as const satisfies readonly DecisionRecord['outcome'][];
export const USER_DECISIONS = [
  'cancel',
  'proceed',
  'noticed',
  'saved',
] as const satisfies readonly UserDecision[];

/** What an employer's page can show of the user, in the order the log shows it. */
export const WEBSITE_EXPOSURES = ['name', 'job-title', 'photo'] as const satisfies readonly WebsiteExposure[];

/** Kinds of profile field a profile record may name in `changedFields` (ids only, never values). */
export const PROFILE_FIELD_KINDS = [
  'headline',
  'current-position',
  'company',
  'title',
  'current-role',
  'end-current-position',
  'about',
  'photo',
  'photo-visibility',
  'open-to-work-visibility',
  'notify-network',
] as const satisfies readonly ProfileFieldKind[];

/** The fields every record has, in the order exports show them. */
export const REQUIRED_RECORD_FIELDS = [
  'time',
  'activity',
  'surface',
  'employerLinked',
  'outcome',
  'rules',
  'decision',
  'route',
] as const satisfies readonly (keyof DecisionRecord)[];

/**
 * Fields only some records have (employer-website findings: host and what was exposed; profile edits:
 * the kinds of field; a saved policy report: its summary). A record without them has no such key at
 * all, so entries logged before they existed hash as they did.
 */
export const OPTIONAL_RECORD_FIELDS = [
  'host',
  'exposed',
  'changedFields',
  'policy',
] as const satisfies readonly (keyof DecisionRecord)[];

/** Every field of a record, in the order exports show them. */
export const RECORD_FIELDS = [
  ...REQUIRED_RECORD_FIELDS,
  ...OPTIONAL_RECORD_FIELDS,
] as const satisfies readonly (keyof DecisionRecord)[];

/** `true` when `Listed` names every member of `All`, otherwise the members it lacks. */
type AllListed<All, Listed extends readonly unknown[]> =
  Exclude<All, Listed[number]> extends never ? true : Exclude<All, Listed[number]>;
// Fails to compile when protocol.ts adds a decision, field kind or record field missing above.
const everyIdListed: [
  AllListed<UserDecision, typeof USER_DECISIONS>,
  AllListed<ProfileFieldKind, typeof PROFILE_FIELD_KINDS>,
  AllListed<keyof DecisionRecord, typeof RECORD_FIELDS>,
] = [true, true, true];
void everyIdListed;

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;
/** Path characters of RFC 3986 only: no query, no fragment, no spaces. */
const ROUTE = /^\/[A-Za-z0-9\-._~%!$&'()*+,;=:@/]*$/;

/**
 * A page path as the log keeps it: browsers leave some characters unencoded in `pathname` (| [ ] ^ and
 * the like); they are percent-encoded here so every real path can be logged, still without any free text.
 */
export function normaliseRoute(pathname: string): string {
  const path = pathname.startsWith('/') ? pathname : `/${pathname}`;
  return path.replace(/[^A-Za-z0-9\-._~%!$&'()*+,;=:@/]/g, (c) => encodeURIComponent(c));
}
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
  const clean: DecisionRecord = {
    time,
    activity: oneOf<Activity>(ACTIVITIES, record.activity, 'activity'),
    surface: oneOf<SurfaceId>(SURFACE_IDS, record.surface, 'surface'),
    employerLinked,
    outcome: oneOf<Outcome | 'unassessed'>(RECORD_OUTCOMES, record.outcome, 'outcome'),
    rules: [...rules],
    decision: oneOf<UserDecision>(USER_DECISIONS, record.decision, 'decision'),
    route,
  };
  const website = websiteFields(record, clean.surface);
  if (website.host !== undefined) clean.host = website.host;
  if (website.exposed !== undefined) clean.exposed = website.exposed;
  if (record.changedFields !== undefined)
    clean.changedFields = profileFields(record.changedFields, clean.surface);
  const policy = reportFields(record.policy, clean);
  if (policy !== undefined) clean.policy = policy;
  return clean;
}

/** changedFields: only on profile records, distinct known field kinds, never a value. */
function profileFields(value: unknown, surface: SurfaceId): ProfileFieldKind[] {
  if (
    !isProfileSurface(surface) ||
    !Array.isArray(value) ||
    new Set(value).size !== value.length ||
    !value.every((kind) => (PROFILE_FIELD_KINDS as readonly unknown[]).includes(kind))
  ) {
    throw new TypeError('record.changedFields: expected distinct known field kinds on a profile record');
  }
  return [...(value as ProfileFieldKind[])];
}

/**
 * Host and exposed: only on employer-website records, each a known value (a host name as
 * normaliseHost writes it, exposures from WEBSITE_EXPOSURES without repeats), never free text.
 */
function websiteFields(
  record: Record<string, unknown>,
  surface: SurfaceId,
): Pick<DecisionRecord, 'host' | 'exposed'> {
  const { host, exposed } = record;
  if ((host !== undefined || exposed !== undefined) && surface !== 'employer-website') {
    throw new TypeError('record.host: only an employer-website record has a host and what was exposed');
  }
  if (host !== undefined && (typeof host !== 'string' || normaliseHost(host) !== host)) {
    throw new TypeError('record.host: expected a host name such as www.example.nl');
  }
  if (
    exposed !== undefined &&
    (!Array.isArray(exposed) ||
      exposed.length === 0 ||
      new Set(exposed).size !== exposed.length ||
      !exposed.every((item) => (WEBSITE_EXPOSURES as readonly unknown[]).includes(item)))
  ) {
    throw new TypeError(`record.exposed: expected a list of ${WEBSITE_EXPOSURES.join(', ')}`);
  }
  return {
    host: host as string | undefined,
    exposed: exposed === undefined ? undefined : [...(exposed as WebsiteExposure[])],
  };
}

/** The most findings a report can have: each activity with each outcome and each grouping once. */
const MAX_POLICY_FINDINGS = ACTIVITIES.length * OUTCOMES.length * POLICY_VERDICTS.length;
/** More clauses than any policy has (a 1 MB text has a few thousand sentences). */
const MAX_POLICY_CLAUSES = 100_000;

/** `true` when `value` is an object with exactly these keys. */
const hasExactly = (value: unknown, keys: readonly string[]): value is Record<string, unknown> =>
  isPlainObject(value) &&
  Object.keys(value).length === keys.length &&
  keys.every((key) => Object.hasOwn(value, key));

/**
 * A report surface, the decision 'saved' and the policy summary go together: a report is never a
 * user's choice at a warning, and a warning's record never carries a report. The record's activity and
 * outcome are those of the report's first (most serious) finding, so filters and charts count it there.
 */
function reportFields(value: unknown, record: DecisionRecord): PolicyReportSummary | undefined {
  const report = isReportSurface(record.surface);
  if (report !== (record.decision === 'saved') || report !== (value !== undefined)) {
    throw new TypeError(
      'record.policy: a report surface, the decision saved and a policy summary go together',
    );
  }
  if (value === undefined) return undefined;
  if (!hasExactly(value, ['language', 'role', 'findings']) || !Array.isArray(value.findings)) {
    throw new TypeError('record.policy: expected language, role and findings');
  }
  const findings = value.findings.map(policyFinding);
  const distinct = new Set(findings.map((f) => `${f.activity} ${f.outcome} ${f.verdict}`));
  if (findings.length === 0 || findings.length > MAX_POLICY_FINDINGS || distinct.size !== findings.length) {
    throw new TypeError('record.policy.findings: expected distinct findings, at least one');
  }
  const first = findings[0] as PolicyFinding;
  if (first.activity !== record.activity || first.outcome !== record.outcome) {
    throw new TypeError('record.policy.findings: the record names its first finding');
  }
  return {
    language: oneOf(POLICY_LANGUAGES, value.language, 'policy.language'),
    role: oneOf(ROLES, value.role, 'policy.role'),
    findings,
  };
}

/** One finding: known ids, a grouping its outcome allows, a whole number of clauses. */
function policyFinding(value: unknown): PolicyFinding {
  if (!hasExactly(value, ['activity', 'outcome', 'verdict', 'clauses'])) {
    throw new TypeError('record.policy.findings: expected activity, outcome, verdict and clauses');
  }
  const finding: PolicyFinding = {
    activity: oneOf(ACTIVITIES, value.activity, 'policy.findings.activity'),
    outcome: oneOf(OUTCOMES, value.outcome, 'policy.findings.outcome'),
    verdict: oneOf(POLICY_VERDICTS, value.verdict, 'policy.findings.verdict'),
    clauses: value.clauses as number,
  };
  const { clauses, outcome, verdict } = finding;
  if (!Number.isSafeInteger(clauses) || clauses < 1 || clauses > MAX_POLICY_CLAUSES) {
    throw new TypeError('record.policy.findings.clauses: expected a whole number from 1');
  }
  // What is not allowed may never be required; a demand the employer may not make is one for what is
  // not allowed or can only be voluntary (the page's grouping, core/policy/verdict.ts).
  const mayNot = outcome === 'not-allowed' || outcome === 'voluntary-only';
  if (
    (outcome === 'not-allowed' && verdict !== 'may-not-require') ||
    (verdict === 'may-not-require' && !mayNot)
  ) {
    throw new TypeError('record.policy.findings.verdict: does not fit the outcome');
  }
  return finding;
}

/** The rule ids a record keeps of an assessment: each rule once, in the order of its reasons. */
export function assessmentRules(assessment: Pick<Assessment, 'reasons'>): string[] {
  return [...new Set(assessment.reasons.map((reason) => reason.rule))];
}
