// Drafts a letter to the employer to exercise a right. Plain text, nothing is sent: the UI copies it,
// offers it as a text file or prints it. The letter is written from the writer's real position
// (employee, intern, agency worker, former employee), frames the employer's wish as a requirement or a
// request only as the user said, and asks for what fits the situation.
import type { Activity, Flag, Initiator, Language, Outcome, Role, Status } from '../types';
import {
  answerDeadline,
  composeLetter,
  filled,
  formatLetterDate,
  type Letter,
  type LetterFrameInput,
  localize,
  type SenderDetails,
} from './frame';
import {
  CITE,
  ERASURE_GROUND,
  ERASURE_OBJECT,
  ERASURE_OBJECT_DEFAULT,
  FRAMED,
  type Framing,
  LETTER_KIND_TEXT,
  LETTER_TEXT,
  type LetterKind,
  MONITORING_SUBJECT,
  POSITION_TEXT,
  PROCESSING,
  REFUSAL_GROUND,
  REFUSAL_OPENING,
  REFUSAL_SUBJECT,
  RELATIONSHIP,
  REQUEST_TEXT,
  ROLE_PHRASE,
} from './templates';

/** What the letter is about: the activity and, where known, how it came about and what the core said. */
export interface LetterSituation {
  activity: Activity;
  initiator?: Initiator | null;
  status?: Status | null;
  assessment?: { outcome: Outcome; flags?: readonly Flag[] };
}

export interface LetterInput extends LetterSituation, Omit<LetterFrameInput, 'sender'> {
  kind: LetterKind;
  language: Language;
  sender?: SenderDetails;
  /** Shorthand for sender.name. */
  ownName?: string;
  role?: Role | null;
  /** The user's own words: the grounds of an objection, or further details for other letters. */
  details?: string;
}

/** Activities whose data the employer itself publishes or keeps (its website, posts, intranet, page). */
const EMPLOYER_CHANNEL: ReadonlySet<Activity> = new Set([
  'website-name',
  'website-photo',
  'employer-social-photo',
  'intranet-photo',
  'company-page-post',
]);

const PHOTO: ReadonlySet<Activity> = new Set([
  'website-photo',
  'employer-social-photo',
  'intranet-photo',
  'profile-photo',
]);

export function framingOf(initiator: Initiator | null | undefined): Framing {
  if (initiator === 'employer-requires') return 'requires';
  if (initiator === 'employer-asks') return 'asks';
  return 'neutral';
}

/** "the publication of my photo on your website" / "your request that I post …", as the user said. */
export function processingPhrase(situation: LetterSituation, language: Language): string {
  const t = localize(language);
  const text = PROCESSING[situation.activity];
  const framing = framingOf(situation.initiator);
  if (framing === 'neutral' || !text.act) return t(text.noun);
  return t(FRAMED[framing], { act: t(text.act) });
}

const erasureObject = (activity: Activity) => ERASURE_OBJECT[activity] ?? ERASURE_OBJECT_DEFAULT;

export function letterSubject(kind: LetterKind, situation: LetterSituation, language: Language): string {
  const t = localize(language);
  if (kind === 'objection' && situation.activity === 'monitoring') return t(MONITORING_SUBJECT);
  const what =
    kind === 'refuse-requirement'
      ? t(PROCESSING[situation.activity].noun)
      : t(erasureObject(situation.activity));
  return t(LETTER_KIND_TEXT[kind].subject, {
    what,
    framing: t(REFUSAL_SUBJECT[framingOf(situation.initiator)]),
  });
}

function positionSentence(input: LetterInput, t: ReturnType<typeof localize>): string {
  const text = POSITION_TEXT[input.status ?? 'employee'];
  const employer = filled(input.employerName);
  // Without the employer's name (the page asks for it) the sentence says "you".
  const params = { employer: employer ?? t({ en: 'you', nl: 'u' }) };
  return input.role ? t(text.inRole, { ...params, role: t(ROLE_PHRASE[input.role]) }) : t(text.plain, params);
}

type Context = {
  input: LetterInput;
  t: ReturnType<typeof localize>;
  grounds: string | undefined;
  relationship: string;
  consentFree: string;
};

function objection({ input, t, grounds }: Context): string[] {
  const { activity, assessment } = input;
  const employerHeld = EMPLOYER_CHANNEL.has(activity);
  const what = t(erasureObject(activity));
  const reasons = grounds ?? '';
  if (activity === 'monitoring') {
    const paragraphs = [
      t(REQUEST_TEXT.monitoringObjection, { monitoring: t(CITE.monitoringWp) }),
      ...(grounds ? [t(LETTER_TEXT.details, { details: grounds })] : []),
      t(REQUEST_TEXT.monitoringStop),
      t(REQUEST_TEXT.monitoringAccess),
    ];
    if (assessment?.flags?.includes('works-council')) paragraphs.push(t(REQUEST_TEXT.monitoringCouncil));
    return paragraphs;
  }
  const after = employerHeld ? t(REQUEST_TEXT.objectionErase, { what }) : t(REQUEST_TEXT.objectionStopAsking);
  if (assessment?.outcome === 'required-by-job') {
    return [
      t(REQUEST_TEXT.contestNecessity, { necessity: t(CITE.necessity) }),
      t(REQUEST_TEXT.contestObjection, { grounds: reasons }),
      `${t(REQUEST_TEXT.contestRestrict)} ${after}`,
      t(LETTER_TEXT.agreements),
    ];
  }
  const paragraphs = [
    t(REQUEST_TEXT.objection, { grounds: reasons }),
    `${t(REQUEST_TEXT.objectionStop)} ${after}`,
  ];
  if (PHOTO.has(activity)) paragraphs.push(t(CITE.photosAp));
  return paragraphs;
}

function withdrawal({ input, t, consentFree }: Context): string[] {
  const { activity } = input;
  const act = PROCESSING[activity].act;
  const first = t(input.initiator === 'employer-asks' ? REQUEST_TEXT.withdraw : REQUEST_TEXT.withdrawInsofar);
  const second =
    EMPLOYER_CHANNEL.has(activity) || !act
      ? t(REQUEST_TEXT.withdrawErase, { what: t(erasureObject(activity)) })
      : t(REQUEST_TEXT.withdrawOwnAccount, { act: t(act) });
  return [first, second, t(REQUEST_TEXT.noConsequences, { consentFree })];
}

function access({ input, t, relationship }: Context): string[] {
  const copy = EMPLOYER_CHANNEL.has(input.activity)
    ? REQUEST_TEXT.accessCopyPublished
    : REQUEST_TEXT.accessCopyKept;
  return [`${t(REQUEST_TEXT.accessIntro)}\n${t(REQUEST_TEXT.accessList, { relationship })}`, t(copy)];
}

function erasure({ input, t }: Context): string[] {
  const ground =
    input.status === 'ex-employee'
      ? ERASURE_GROUND.ended
      : ERASURE_GROUND[input.assessment?.outcome ?? 'unknown'];
  return [
    t(REQUEST_TEXT.erasure, { what: t(erasureObject(input.activity)), ground: t(ground) }),
    t(REQUEST_TEXT.erasurePublic),
  ];
}

function refusal({ input, t, relationship, consentFree }: Context): string[] {
  const outcome = input.assessment?.outcome;
  const ground =
    outcome === 'not-allowed' || outcome === 'voluntary-only'
      ? REFUSAL_GROUND[outcome]
      : REFUSAL_GROUND.unknown;
  const paragraphs = [
    `${t(REFUSAL_OPENING[framingOf(input.initiator)])} ${t(ground, {
      relationship,
      consentFree,
      consentDefinition: t(CITE.consentDefinition),
      instructions: t(CITE.instructions),
    })}`,
  ];
  if (PHOTO.has(input.activity) && EMPLOYER_CHANNEL.has(input.activity)) paragraphs.push(t(CITE.photosAp));
  // The no-detriment grounds are cited once: in the voluntary-only ground, or here.
  const cited = ground !== REFUSAL_GROUND['not-allowed'];
  paragraphs.push(t(cited ? REQUEST_TEXT.refuseConfirm : REQUEST_TEXT.refuseConfirmCited, { consentFree }));
  return paragraphs;
}

const REQUEST: Record<LetterKind, (context: Context) => string[]> = {
  objection,
  'withdraw-consent': withdrawal,
  access,
  erasure,
  'refuse-requirement': refusal,
};

export function draftLetter(input: LetterInput): Letter {
  const { kind, language } = input;
  const t = localize(language);
  const grounds = filled(input.details);
  const context: Context = {
    input,
    t,
    grounds,
    relationship: t(RELATIONSHIP[input.status ?? 'employee']),
    consentFree: t(CITE.consentFree),
  };
  const paragraphs = [
    `${positionSentence(input, t)} ${t(LETTER_TEXT.concerns, { processing: processingPhrase(input, language) })}`,
    ...REQUEST[kind](context),
  ];
  // An objection carries the writer's grounds itself; other letters add them as details.
  if (grounds && kind !== 'objection') paragraphs.push(t(LETTER_TEXT.details, { details: grounds }));
  const deadline = formatLetterDate(answerDeadline(input.date), language);
  paragraphs.push(t(LETTER_KIND_TEXT[kind].answer, { deadline }));
  paragraphs.push(t(kind === 'refuse-requirement' ? LETTER_TEXT.agreements : LETTER_TEXT.nextSteps));
  // Art. 21(1) needs grounds relating to the writer's situation; monitoring has no basis to weigh them against.
  const needsGrounds = kind === 'objection' && input.activity !== 'monitoring';
  return composeLetter(
    { ...input, sender: { ...input.sender, name: input.sender?.name ?? input.ownName } },
    letterSubject(kind, input, language),
    paragraphs,
    needsGrounds && !grounds ? ['grounds'] : [],
  );
}

/**
 * The letters that fit a situation, most useful first. A refusal only while the writer still works
 * there and the employer wanted it; no withdrawal of consent to a requirement; an erasure only of what
 * the employer itself publishes or keeps (a post on the writer's own account is theirs to delete);
 * monitoring gets an objection that also asks for access; an objection only where Art. 21 can apply
 * (an interest route, a contested necessity, or no assessment).
 */
export function availableLetters(situation: LetterSituation): LetterKind[] {
  const { activity, initiator, status, assessment } = situation;
  if (activity === 'monitoring') return ['objection', 'access'];
  const outcome = assessment?.outcome;
  const contested = assessment?.flags?.includes('contested') ?? false;
  const left = status === 'ex-employee';
  const employerWanted = initiator !== 'own-initiative';
  const employerHeld = EMPLOYER_CHANNEL.has(activity);
  const kinds: LetterKind[] = [];
  const add = (kind: LetterKind, fits: boolean) => {
    if (fits && !kinds.includes(kind)) kinds.push(kind);
  };
  const refusable = !left && employerWanted && outcome !== 'required-by-job';
  if (outcome === 'legitimate-interest' || (outcome === 'required-by-job' && contested)) {
    add('objection', true);
  }
  add('refuse-requirement', refusable && outcome !== 'legitimate-interest');
  add('withdraw-consent', initiator !== 'employer-requires' && outcome === 'voluntary-only');
  add('erasure', employerHeld && (left || outcome !== 'required-by-job'));
  add('objection', outcome === undefined);
  add('withdraw-consent', outcome === undefined && initiator !== 'employer-requires' && employerWanted);
  add('access', true);
  return kinds;
}

/** The letters to suggest first: the first two that fit. */
export function suggestLetters(situation: LetterSituation): LetterKind[] {
  return availableLetters(situation).slice(0, 2);
}
