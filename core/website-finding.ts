// What a finding on the employer's website means: which activity it is, the situation the core
// assesses (from the user's role and answers), the letters that fit the answer, and a stable key so
// the log records a page once per change, not on every visit. Pure: no DOM, no extension APIs.

import type { LetterKind } from './letters';
import { normaliseRoute } from './log/record';
import type { WebsiteExposure, WebsiteFinding, WebsitePageReport } from './protocol';
import type { Settings } from './settings';
import type { Assessment, Initiator, Mitigation, Right, Role, Situation, Status } from './types';
import { planWarning, type WarningQuestion } from './warning-plan';

export type WebsiteActivity = WebsiteFinding['activity'];

/** What the scanner saw next to the name. */
export interface NameSurroundings {
  jobTitle: boolean;
  /** An identifiable image of the person in the same card or figure. */
  photo: boolean;
}

/** `website-photo` when an identifiable photo sits with the name, otherwise `website-name`. */
export function classifyFinding(
  surroundings: NameSurroundings,
): Pick<WebsiteFinding, 'activity' | 'exposed'> {
  const exposed: WebsiteExposure[] = ['name'];
  if (surroundings.jobTitle) exposed.push('job-title');
  if (surroundings.photo) exposed.push('photo');
  return { activity: surroundings.photo ? 'website-photo' : 'website-name', exposed };
}

const EXPOSURE_ORDER: readonly WebsiteExposure[] = ['name', 'job-title', 'photo'];

/** Everything a page shows of the user, over all its findings; null when it shows nothing. */
export function pageExposure(
  findings: readonly WebsiteFinding[],
): { activity: WebsiteActivity; exposed: WebsiteExposure[] } | null {
  if (findings.length === 0) return null;
  const seen = new Set(findings.flatMap((f) => f.exposed));
  return {
    activity: findings.some((f) => f.activity === 'website-photo') ? 'website-photo' : 'website-name',
    exposed: EXPOSURE_ORDER.filter((e) => seen.has(e)),
  };
}

/** What the user can tell us about this page in the popup. */
export interface WebsiteAnswers {
  initiator?: Initiator;
  role?: Role;
  status?: Status;
  /** The safeguards the employer offered (opt-out, removal on departure, ...). */
  mitigations?: Mitigation[];
  /** The employer told the purpose, its interest and the right to object beforehand. */
  informed?: boolean;
  objected?: boolean;
}

export interface WebsitePlan {
  activity: WebsiteActivity;
  /** Null until role and initiator are known. */
  situation: Situation | null;
  questions: WarningQuestion[];
}

/**
 * The situation for the core: the page is public, a photo makes the person fully identifiable, a
 * name alone is 'name-only'. Role and initiator come from the answers, then from the settings.
 */
export function websitePlan(
  activity: WebsiteActivity,
  settings: Settings,
  answers: WebsiteAnswers,
): WebsitePlan {
  const plan = planWarning({
    activity,
    employerLinked: true,
    settings,
    answers: { initiator: answers.initiator, role: answers.role },
  });
  if (!plan.situation) return { activity, situation: null, questions: plan.questions };
  const situation: Situation = {
    ...plan.situation,
    audience: 'public',
    identifiability: activity === 'website-photo' ? 'full' : 'name-only',
  };
  if (answers.status) situation.status = answers.status;
  if (answers.mitigations?.length) situation.mitigations = [...answers.mitigations];
  if (answers.informed !== undefined) situation.informed = answers.informed;
  if (answers.objected !== undefined) situation.objected = answers.objected;
  return { activity, situation, questions: plan.questions };
}

const LETTER_OF_RIGHT: Partial<Record<Right, LetterKind>> = {
  erasure: 'erasure', // Art. 17: remove my photo / my name
  object: 'objection', // Art. 21
  'withdraw-consent': 'withdraw-consent', // Art. 7(3)
  refuse: 'refuse-requirement',
  information: 'access', // Art. 13 and 15: on what basis, for what purpose
  access: 'access',
};

/**
 * The letters that fit a website finding, most useful first (in the order of the assessment's
 * rights). Unlike the general suggestion, removal (Art. 17) is offered whenever erasure is a right:
 * on a website, taking the photo or name off is what most people want. Not while the job requires it:
 * the name of a current field technician is still necessary (Art. 17(1)(a) holds only once the person
 * has left, `status` 'ex-employee').
 */
export function websiteLetterKinds(
  assessment: Pick<Assessment, 'outcome' | 'rights'>,
  status: Status = 'employee',
): LetterKind[] {
  const erasureFits = assessment.outcome !== 'required-by-job' || status === 'ex-employee';
  const kinds: LetterKind[] = [];
  for (const right of assessment.rights) {
    const kind = LETTER_OF_RIGHT[right];
    if (kind === 'erasure' && !erasureFits) continue;
    if (kind && !kinds.includes(kind)) kinds.push(kind);
  }
  return kinds;
}

/**
 * The key of what a page shows: host, path, activity and exposed details. The log records a page
 * when this key is new, so a revisit logs nothing and a change (a photo added) logs again.
 */
export function findingKey(report: Pick<WebsitePageReport, 'host' | 'route' | 'findings'>): string | null {
  const exposure = pageExposure(report.findings);
  if (!exposure) return null;
  return `${report.host.toLowerCase()}${report.route}#${exposure.activity}:${exposure.exposed.join('+')}`;
}

/** The page path the log keeps: no query, no fragment, no trailing slash beyond the root. */
export function pageRoute(pathname: string): string {
  const path = normaliseRoute(pathname.split(/[?#]/u)[0] || '/');
  return path.length > 1 ? path.replace(/\/+$/u, '') || '/' : path;
}

/** The match pattern of the host permission and content script registration for a host. */
export function hostOrigin(host: string): string {
  return `https://${host}/*`;
}
