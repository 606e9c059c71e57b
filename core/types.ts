// The evaluator's public vocabulary (core/README.md). Stored logs and letters use these values: add, never rename or drop.

export const ACTIVITIES = [
  'website-name',
  'website-photo',
  'employer-social-photo',
  'intranet-photo',
  'profile-employer',
  'profile-photo',
  'profile-broadcast',
  'feed-post',
  'group-post',
  'comment',
  'company-page-post',
  'create-account',
  'account-access',
  'private-content',
  'correct-work-claim',
  'monitoring',
] as const;
export type Activity = (typeof ACTIVITIES)[number];

/** Where an activity happens: on the employee's own account, on a channel the employer owns, or elsewhere. */
export type ActivityChannel = 'personal-account' | 'employer' | 'other';
export const ACTIVITY_CHANNEL = {
  'website-name': 'employer',
  'website-photo': 'employer',
  'employer-social-photo': 'employer',
  'intranet-photo': 'employer',
  'profile-employer': 'personal-account',
  'profile-photo': 'personal-account',
  'profile-broadcast': 'personal-account',
  'feed-post': 'personal-account',
  'group-post': 'personal-account',
  comment: 'personal-account',
  'company-page-post': 'employer',
  'create-account': 'personal-account',
  'account-access': 'other',
  'private-content': 'other',
  'correct-work-claim': 'other',
  monitoring: 'other',
} as const satisfies Record<Activity, ActivityChannel>;

export const ROLES = [
  'field-service',
  'sales',
  'communications',
  'management',
  'customer-service',
  'recruiter',
  'back-office',
] as const;
export type Role = (typeof ROLES)[number];

export const MITIGATIONS = [
  'opt-out-without-consequences',
  'not-identifiable-photo',
  'no-photo',
  'first-name-only',
  'internal-only',
  'remove-on-departure',
  'preview-and-approval',
  'no-tagging',
  'broadcast-off',
  'work-time-and-equipment',
] as const;
export type Mitigation = (typeof MITIGATIONS)[number];

export const INITIATORS = ['employer-requires', 'employer-asks', 'own-initiative'] as const;
export type Initiator = (typeof INITIATORS)[number];

export const STATUSES = ['employee', 'intern', 'agency-worker', 'ex-employee'] as const;
export type Status = (typeof STATUSES)[number];

export const IDENTIFIABILITIES = ['full', 'name-only', 'first-name', 'not-identifiable'] as const;
export type Identifiability = (typeof IDENTIFIABILITIES)[number];

export const AUDIENCES = ['internal', 'customers', 'public'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const REFUSAL_CONSEQUENCES = ['none', 'unknown', 'pressure', 'career'] as const;
export type RefusalConsequence = (typeof REFUSAL_CONSEQUENCES)[number];

export const INCENTIVES = ['none', 'small-gift', 'bonus'] as const;
export type Incentive = (typeof INCENTIVES)[number];

export interface Situation {
  activity: Activity;
  role: Role;
  initiator: Initiator;
  status?: Status; // default 'employee'
  jobDefined?: boolean; // online representation agreed as part of this job; default false
  workTime?: boolean; // done in work time with the employer's equipment; default false
  lessIntrusiveAlternative?: boolean; // the purpose can be met with less; default false
  identifiability?: Identifiability; // default 'full'
  audience?: Audience; // default 'public'
  mitigations?: Mitigation[]; // what the employer offers; default []
  refusalConsequence?: RefusalConsequence; // default 'unknown'
  incentive?: Incentive; // default 'none'
  purposeChange?: boolean; // material made for one purpose now used for another; default false
  postEmploymentClause?: boolean; // explicit agreement on use after leaving; default false
  informed?: boolean; // employer stated purpose, interest and objection right beforehand; default false
  objected?: boolean; // the employee objected on grounds of their own situation; default false
  worksCouncil?: boolean; // the company has a works council (ondernemingsraad); default false
}

export const OUTCOMES = ['required-by-job', 'legitimate-interest', 'voluntary-only', 'not-allowed'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const FLAGS = ['contested', 'portrait-right', 'works-council', 'joint-controller'] as const;
export type Flag = (typeof FLAGS)[number];

export const RIGHTS = [
  'information',
  'access',
  'rectification',
  'erasure',
  'restriction',
  'object',
  'withdraw-consent',
  'refuse',
  'complain',
  'compensation',
] as const;
export type Right = (typeof RIGHTS)[number];

export interface Reason {
  rule: string; // 'R1'..'R20' of ./rules
  sources: string[]; // 'S1'..'S34'
}

export interface Assessment {
  outcome: Outcome;
  employerMayRequire: boolean; // true exactly when outcome is 'required-by-job'
  flags: Flag[];
  rights: Right[]; // most useful first
  mitigations: Mitigation[]; // suggested safeguards, least intrusive first
  reasons: Reason[];
}

/** Every user-facing string in core data carries every language (the list is in ./languages). */
export { LANGUAGES, type Language, type LocalizedText } from './languages';
