// What the in-page warning shows and asks, from what the content script knows at the moment of
// submission. Pure: the warning component renders this plan and the core evaluates its situation.
import type { GroupKind, Settings } from './settings';
import { type Activity, INITIATORS, type Initiator, ROLES, type Role, type Situation } from './types';

/** Where the moment happens with respect to LinkedIn groups: outside any group when absent. */
export type GroupPlacement = GroupKind | 'unclassified';

export const GROUP_KINDS = ['work', 'private'] as const satisfies readonly GroupKind[];

/** What the user answered in the warning (the settings and remembered answers fill the rest). */
export interface WarningAnswers {
  initiator?: Initiator;
  role?: Role;
  groupKind?: GroupKind;
}

export type WarningQuestion =
  | { id: 'initiator'; options: readonly Initiator[] }
  | { id: 'role'; options: readonly Role[] }
  | { id: 'groupKind'; options: readonly GroupKind[] };
export type WarningQuestionId = WarningQuestion['id'];

export type ExposedDetail = 'name' | 'photo' | 'job-title' | 'employer';
export type ExposureAudience = 'public' | 'network' | 'group-members' | 'colleagues';
export type ExposureItem = { kind: ExposedDetail } | { kind: 'audience'; audience: ExposureAudience };

export interface WarningPlanInput {
  activity: Activity;
  employerLinked: boolean;
  settings: Settings;
  answers: WarningAnswers;
  /** Only for moments in or on a LinkedIn group. A group post is always in a group. */
  groupKind?: GroupPlacement;
}

export interface WarningPlan {
  activity: Activity;
  /** Who initiated it, as answered now or remembered for this activity; null while unknown. */
  initiator: Initiator | null;
  /** Null until the core's required fields (role, initiator) are known. */
  situation: Situation | null;
  /**
   * While only who wanted it is open: the situation for each possible answer, so the warning can show
   * the provisional answer first ("if your employer requires it … / if it is your own idea …").
   */
  provisional: { initiator: Initiator; situation: Situation }[];
  /** The questions still open, most important first; at most MAX_QUESTIONS. */
  questions: WarningQuestion[];
  exposure: ExposureItem[];
}

export const MAX_QUESTIONS = 3;

/** The answers a provisional answer is shown for: the strictest request and the user's own idea. */
export const PROVISIONAL_INITIATORS = [
  'employer-requires',
  'own-initiative',
] as const satisfies readonly Initiator[];

interface ExposureProfile {
  details: readonly ExposedDetail[];
  /** 'when-linked': the employer shows only when the text names or links it. */
  employer: 'always' | 'when-linked' | 'never';
  audience: ExposureAudience | null;
}

const POST: ExposureProfile = {
  details: ['name', 'photo', 'job-title'],
  employer: 'when-linked',
  audience: 'public',
};

/** What becomes visible, and to whom, for each activity. */
const EXPOSURE: Record<Activity, ExposureProfile> = {
  'feed-post': POST,
  comment: POST,
  'group-post': { ...POST, audience: 'group-members' },
  'company-page-post': { details: [], employer: 'always', audience: 'public' },
  'profile-employer': { details: ['name', 'photo', 'job-title'], employer: 'always', audience: 'public' },
  'profile-photo': { details: ['photo'], employer: 'never', audience: 'public' },
  'profile-broadcast': { details: ['name', 'photo', 'job-title'], employer: 'always', audience: 'network' },
  'website-name': { details: ['name', 'job-title'], employer: 'always', audience: 'public' },
  'website-photo': { details: ['name', 'photo'], employer: 'always', audience: 'public' },
  'employer-social-photo': { details: ['photo'], employer: 'always', audience: 'public' },
  'intranet-photo': { details: ['name', 'photo', 'job-title'], employer: 'never', audience: 'colleagues' },
  'create-account': { details: ['name'], employer: 'never', audience: 'public' },
  'account-access': { details: [], employer: 'never', audience: null },
  'private-content': { details: [], employer: 'never', audience: null },
  'correct-work-claim': { details: ['job-title'], employer: 'always', audience: 'public' },
  monitoring: { details: [], employer: 'never', audience: null },
};

function isInGroup(activity: Activity, groupKind: GroupPlacement | undefined): boolean {
  return activity === 'group-post' || groupKind !== undefined;
}

export function exposureOf(
  activity: Activity,
  employerLinked: boolean,
  groupKind?: GroupPlacement,
): ExposureItem[] {
  const profile = EXPOSURE[activity];
  const items: ExposureItem[] = profile.details.map((kind) => ({ kind }));
  if (profile.employer === 'always' || (profile.employer === 'when-linked' && employerLinked)) {
    items.push({ kind: 'employer' });
  }
  const audience =
    activity === 'comment' && isInGroup(activity, groupKind) ? 'group-members' : profile.audience;
  if (audience) items.push({ kind: 'audience', audience });
  return items;
}

/** The initiator the user gave now or asked us to remember for this activity. */
export function knownInitiator(
  activity: Activity,
  settings: Settings,
  answers: WarningAnswers,
): Initiator | undefined {
  return answers.initiator ?? settings.rememberedInitiator[activity];
}

export function planWarning(input: WarningPlanInput): WarningPlan {
  const { activity, settings, answers } = input;
  const initiator = knownInitiator(activity, settings, answers);
  const role = answers.role ?? settings.role ?? undefined;
  const groupUnknown =
    isInGroup(activity, input.groupKind) &&
    (input.groupKind === undefined || input.groupKind === 'unclassified') &&
    answers.groupKind === undefined;

  const questions: WarningQuestion[] = [];
  if (!initiator) questions.push({ id: 'initiator', options: INITIATORS });
  if (!role) questions.push({ id: 'role', options: ROLES });
  if (groupUnknown) questions.push({ id: 'groupKind', options: GROUP_KINDS });

  return {
    activity,
    initiator: initiator ?? null,
    situation: initiator && role ? situationFrom(activity, role, initiator, settings) : null,
    provisional:
      !initiator && role
        ? PROVISIONAL_INITIATORS.map((i) => ({
            initiator: i,
            situation: situationFrom(activity, role, i, settings),
          }))
        : [],
    questions: questions.slice(0, MAX_QUESTIONS),
    exposure: exposureOf(activity, input.employerLinked, input.groupKind),
  };
}

function situationFrom(activity: Activity, role: Role, initiator: Initiator, settings: Settings): Situation {
  const situation: Situation = { activity, role, initiator };
  if (settings.jobDefined !== null) situation.jobDefined = settings.jobDefined;
  if (settings.workTime !== null) situation.workTime = settings.workTime;
  if (settings.worksCouncil !== null) situation.worksCouncil = settings.worksCouncil;
  return situation;
}

/**
 * Whether this moment deserves a warning at all. Unrelated moments stay silent: a feed post or a
 * comment outside a group that does not name the employer, a post or comment in a group the user has
 * already classified (work or private) that does not name the employer — the group was asked about
 * once; what makes a post there about work is naming the employer — and any activity the user asked
 * us to keep quiet about when it is their own initiative.
 */
export function shouldWarn(
  activity: Activity,
  employerLinked: boolean,
  settings: Settings,
  groupKind?: GroupPlacement,
): boolean {
  if (settings.quietOwnInitiative[activity] && settings.rememberedInitiator[activity] === 'own-initiative') {
    return false;
  }
  if (activity !== 'feed-post' && activity !== 'comment' && activity !== 'group-post') return true;
  if (employerLinked) return true;
  if (!isInGroup(activity, groupKind)) return false;
  return groupKind === undefined || groupKind === 'unclassified';
}
