// Rules R1–R20 as data. `evaluate` walks RULES in this order (the order in which the outcome is
// reached, not the numbering): the first rule that decides sets the outcome; a later rule may
// override it (R9, R3, R11) or add flags, rights and safeguards.

import { RULE_IDS, type RuleId } from './rule-ids';
import type { SourceId } from './sources';
import {
  ACTIVITIES,
  ACTIVITY_CHANNEL,
  type Activity,
  type ActivityChannel,
  type Flag,
  type LocalizedText,
  type Mitigation,
  type Outcome,
  type Right,
  type Role,
  type Situation,
} from './types';

export { RULE_IDS, type RuleId };

/** A situation with every default applied. */
export type NormalisedSituation = Readonly<Required<Omit<Situation, 'mitigations'>>> & {
  readonly mitigations: readonly Mitigation[];
};

/** What the walk has reached when a rule is looked at. */
export interface RuleContext {
  readonly situation: NormalisedSituation;
  readonly outcome: Outcome | undefined;
}

export interface RuleEffect {
  /** Sets the outcome when no earlier rule has decided. */
  readonly decide?: Outcome;
  /** Replaces the outcome reached so far. */
  readonly override?: Outcome;
  readonly flags?: readonly Flag[];
  /** Rights this rule brings forward; they are listed before the outcome's own rights. */
  readonly rights?: readonly Right[];
  /** Safeguards worth asking for. */
  readonly mitigations?: readonly Mitigation[];
}

export interface RuleCase {
  readonly when: (context: RuleContext) => boolean;
  readonly then: RuleEffect;
}

export type RuleDecision = Outcome | 'flag' | 'rights' | 'mitigations';

export interface Rule {
  readonly id: RuleId;
  /** What the rule decides: an outcome, or only flags, rights or safeguards. */
  readonly decides: RuleDecision;
  readonly sources: readonly SourceId[];
  readonly title: LocalizedText;
  readonly explanation: LocalizedText;
  /** The basis this rule rests on is not yet checked against the primary text. */
  readonly verify?: true;
  /** Every case whose condition holds applies, in order (a deciding case only while undecided). */
  readonly cases: readonly RuleCase[];
}

// Groups of the vocabulary the rules speak about.

const onChannel = (channel: ActivityChannel): readonly Activity[] =>
  ACTIVITIES.filter((activity) => ACTIVITY_CHANNEL[activity] === channel);
/** The employee's own LinkedIn account. */
export const PERSONAL_ACCOUNT_ACTIVITIES = onChannel('personal-account');
/** Channels the employer owns. */
export const EMPLOYER_CHANNEL_ACTIVITIES = onChannel('employer');
/** The employer shows the employee's name or image on its own channels. */
export const EMPLOYER_SHOWS_PERSON_ACTIVITIES: readonly Activity[] = [
  'website-name',
  'website-photo',
  'employer-social-photo',
  'intranet-photo',
];
/** The employer publishes a photo of the employee. */
export const EMPLOYER_PHOTO_ACTIVITIES: readonly Activity[] = [
  'website-photo',
  'employer-social-photo',
  'intranet-photo',
];
/** Every activity that shows the employee's photo, on the employer's channels or the profile. */
export const PHOTO_ACTIVITIES: readonly Activity[] = [...EMPLOYER_PHOTO_ACTIVITIES, 'profile-photo'];
/** Photos used outward, for promotion or recruitment. */
export const PROMOTIONAL_PHOTO_ACTIVITIES: readonly Activity[] = ['website-photo', 'employer-social-photo'];
/** Personal-account activities that are never needed for the job (R16: name and title can serve). */
export const NEVER_NECESSARY_ACTIVITIES: readonly Activity[] = ['profile-photo', 'profile-broadcast'];
/** Roles built around an online presence: a personal-account task agreed as work is plainly the job (R8, S22). */
export const ONLINE_PRESENCE_ROLES: readonly Role[] = [
  'sales',
  'communications',
  'management',
  'recruiter',
  'customer-service',
];
/** Roles whose name on the website the job itself needs: the visitor at the door, the management (R8, S22). */
export const NAMED_CONTACT_ROLES: readonly Role[] = ['field-service', 'management'];
/** The one role whose photo on the website can be part of the job, and then only contested (R8, S22 v. S20, S23). */
export const PHOTO_CONTACT_ROLES: readonly Role[] = ['field-service'];
/** Roles in which being seen outside is a reasonable expectation (R10 balancing, S29). */
export const OUTWARD_FACING_ROLES: readonly Role[] = [
  'field-service',
  'sales',
  'communications',
  'management',
  'customer-service',
  'recruiter',
];

// Conditions the rules share.
type Condition = (s: NormalisedSituation) => boolean;
const is =
  (activities: readonly Activity[]): Condition =>
  (s) =>
    activities.includes(s.activity);
const offers = (s: NormalisedSituation, mitigation: Mitigation) => s.mitigations.includes(mitigation);
const byEmployer: Condition = (s) => s.initiator !== 'own-initiative';
/** Only the contract party has a contract basis: interns and agency workers do not. */
const employee: Condition = (s) => s.status === 'employee';
/** Staff still working there, whatever their contract. */
const currentStaff: Condition = (s) => s.status !== 'ex-employee';
const refusalCosts: Condition = (s) =>
  s.refusalConsequence === 'pressure' || s.refusalConsequence === 'career';
/** Reading notes: a photo activity, identifiable, and not replaced by a safeguard that hides the face. */
export const identifiablePhoto: Condition = (s) =>
  is(PHOTO_ACTIVITIES)(s) &&
  s.identifiability !== 'not-identifiable' &&
  !offers(s, 'not-identifiable-photo') &&
  !offers(s, 'no-photo');
/** Reading notes: low impact on the employer's channels. */
const lowImpact: Condition = (s) =>
  s.activity === 'website-name' ||
  (s.activity === 'intranet-photo' && offers(s, 'opt-out-without-consequences')) ||
  (is(EMPLOYER_PHOTO_ACTIVITIES)(s) && !identifiablePhoto(s)) ||
  offers(s, 'first-name-only') ||
  s.identifiability === 'first-name';
/** What the step-8 pressure adjustment covers: an identifiable photo or the name. */
const photoOrName: Condition = (s) => identifiablePhoto(s) || s.activity === 'website-name';
/** Step 6: the employer asks or requires it on its own channels, of staff still there. */
const onEmployerChannel: Condition = (s) =>
  is(EMPLOYER_CHANNEL_ACTIVITIES)(s) && byEmployer(s) && currentStaff(s);
const onPublicChannel: Condition = (s) => onEmployerChannel(s) && s.activity !== 'intranet-photo';
/** Step 5: the employer asks or requires it on the personal account. */
const onPersonalAccount: Condition = (s) => is(PERSONAL_ACCOUNT_ACTIVITIES)(s) && byEmployer(s);
/** Step 5's required route: agreed as this job, nothing less would do, and something a job can need. */
const personalTaskAgreed: Condition = (s) =>
  onPersonalAccount(s) &&
  employee(s) &&
  s.jobDefined &&
  !s.lessIntrusiveAlternative &&
  !NEVER_NECESSARY_ACTIVITIES.includes(s.activity);
/** Step 7 covers the answers of steps 2, 5 and 6: never a correction or the employee's own act. */
const objectionCounts: Condition = (s) => s.objected && byEmployer(s) && s.activity !== 'correct-work-claim';

/** A case that looks only at the situation. */
const on = (when: Condition, then: RuleEffect): RuleCase => ({
  when: ({ situation }) => when(situation),
  then,
});
/** A case that also looks at the outcome reached so far. */
const after = (outcome: Outcome | 'any-but-not-allowed', when: Condition, then: RuleEffect): RuleCase => ({
  when: (context) =>
    (outcome === 'any-but-not-allowed'
      ? context.outcome !== undefined && context.outcome !== 'not-allowed'
      : context.outcome === outcome) && when(context.situation),
  then,
});

export const RULES: readonly Rule[] = [
  // Step 1: the employer's authority stops at the personal account and at private life.
  {
    id: 'R1',
    decides: 'not-allowed',
    sources: ['S4', 'S26'],
    title: { en: 'No access to your personal account', nl: 'Geen toegang tot je persoonlijke account' },
    explanation: {
      en: 'No rule lets an employer demand your password, admin rights, posting in your name or a connection to watch you. Your LinkedIn account is yours, and so are its connections.',
      nl: 'Geen enkele regel geeft je werkgever recht op je wachtwoord, beheerrechten, posten op jouw naam of een connectie om je te volgen. Je LinkedIn-account is van jou, en de connecties ook.',
    },
    cases: [on(is(['account-access']), { decide: 'not-allowed' })],
  },
  {
    id: 'R2',
    decides: 'not-allowed',
    sources: ['S4'],
    title: { en: 'Private content is yours', nl: 'Privé-inhoud is van jou' },
    explanation: {
      en: 'Your employer can give instructions about the work, not about private content unrelated to work (hobbies, views, private photos, personal connections).',
      nl: 'Je werkgever mag aanwijzingen geven over het werk, niet over privé-inhoud die niets met het werk te maken heeft (hobby’s, opvattingen, privéfoto’s, persoonlijke connecties).',
    },
    cases: [on(is(['private-content']), { decide: 'not-allowed' })],
  },
  {
    id: 'R6',
    decides: 'not-allowed',
    sources: ['S4', 'S1', 'S22'],
    title: { en: 'No watching your profile', nl: 'Geen meekijken op je profiel' },
    explanation: {
      en: 'Systematically watching employees’ profiles or status, such as “open to work”, has no valid basis: it is not necessary and out of proportion. Checking a former employee’s public profile during a non-compete is a narrow case this tool does not assess.',
      nl: 'Stelselmatig meekijken op profielen of status van werknemers, zoals “open to work”, heeft geen geldige grondslag: het is niet noodzakelijk en niet in verhouding. Het controleren van het openbare profiel van een oud-werknemer tijdens een concurrentiebeding is een smalle uitzondering die deze tool niet beoordeelt.',
    },
    cases: [on(is(['monitoring']), { decide: 'not-allowed', rights: ['access', 'object'] })],
  },
  {
    id: 'R12',
    decides: 'required-by-job',
    sources: ['S22'],
    title: { en: 'Correcting an untrue work claim', nl: 'Een onjuiste bewering over je werk rechtzetten' },
    explanation: {
      en: 'If your profile says something untrue about your job at this employer, such as a title you do not have, your employer may require you to correct that statement, and only that.',
      nl: 'Staat er op je profiel iets onjuists over je functie bij deze werkgever, zoals een titel die je niet hebt, dan mag je werkgever eisen dat je dat rechtzet, en alleen dat.',
    },
    cases: [on(is(['correct-work-claim']), { decide: 'required-by-job' })],
  },
  // Step 2: after departure.
  {
    id: 'R5',
    decides: 'not-allowed',
    sources: ['S23', 'S25', 'S27'],
    title: { en: 'After you leave', nl: 'Na je vertrek' },
    explanation: {
      en: 'When you leave, the job no longer needs your name or photo. Without a clear agreement about use after departure, the employer must remove it. With one, it may rest on its interest, but that is contested and you can still object.',
      nl: 'Als je vertrekt, heeft de functie je naam of foto niet meer nodig. Zonder duidelijke afspraak over gebruik na vertrek moet de werkgever die verwijderen. Met zo’n afspraak kan hij zich op zijn belang beroepen, maar dat is omstreden en je kunt nog steeds bezwaar maken.',
    },
    cases: [
      on(
        (s) =>
          s.status === 'ex-employee' &&
          is(EMPLOYER_SHOWS_PERSON_ACTIVITIES)(s) &&
          byEmployer(s) &&
          s.postEmploymentClause,
        { decide: 'legitimate-interest', flags: ['contested'], rights: ['object', 'withdraw-consent'] },
      ),
      on((s) => s.status === 'ex-employee' && is(EMPLOYER_SHOWS_PERSON_ACTIVITIES)(s), {
        decide: 'not-allowed',
        rights: ['erasure', 'object', 'compensation'],
      }),
    ],
  },
  // Step 3: purpose creep.
  {
    id: 'R4',
    decides: 'not-allowed',
    sources: ['S1', 'S24', 'S25', 'S28'],
    title: { en: 'Used for something new', nl: 'Gebruikt voor iets nieuws' },
    explanation: {
      en: 'Material made for one purpose may not simply be reused for another or larger one, such as an internal photo on delivery vans. The new use needs its own basis.',
      nl: 'Materiaal dat voor één doel is gemaakt, mag niet zomaar voor een ander of groter doel worden gebruikt, zoals een interne foto op bestelbussen. Het nieuwe gebruik heeft een eigen grondslag nodig.',
    },
    cases: [
      on((s) => s.purposeChange && is(PHOTO_ACTIVITIES)(s), {
        decide: 'not-allowed',
        flags: ['portrait-right'],
        rights: ['erasure', 'compensation'],
      }),
      on((s) => s.purposeChange && s.activity === 'website-name', {
        decide: 'not-allowed',
        rights: ['erasure', 'compensation'],
      }),
      on((s) => s.purposeChange, { decide: 'not-allowed', rights: ['erasure'] }),
    ],
  },
  // Step 4: the employee's own act.
  {
    id: 'R14',
    decides: 'voluntary-only',
    sources: ['S22', 'S26'],
    title: { en: 'Your own choice', nl: 'Je eigen keuze' },
    explanation: {
      en: 'What you post on your own initiative is your own act: you decide. Your employer can only set reasonable conduct rules, such as confidentiality.',
      nl: 'Wat je uit eigen beweging plaatst, is jouw eigen keuze: jij beslist. Je werkgever kan alleen redelijke gedragsregels stellen, zoals geheimhouding.',
    },
    cases: [on((s) => s.initiator === 'own-initiative', { decide: 'voluntary-only' })],
  },
  // Steps 5 and 6: the strongest basis available, on the personal account and on the employer's channels.
  {
    id: 'R8',
    decides: 'required-by-job',
    sources: ['S13', 'S6', 'S22', 'S29'],
    title: { en: 'Part of the job', nl: 'Hoort bij de functie' },
    explanation: {
      en: 'Your employer may require it only when the job cannot realistically be done without it and nothing less intrusive will do. Useful is not enough, and writing it into a job description does not by itself make it necessary.',
      nl: 'Je werkgever mag dit alleen verplichten als de functie zonder dit redelijkerwijs niet uit te voeren is en niets minder ingrijpends volstaat. Nuttig is niet genoeg, en het in een functieomschrijving zetten maakt het nog niet noodzakelijk.',
    },
    cases: [
      on(
        (s) =>
          onEmployerChannel(s) &&
          employee(s) &&
          s.activity === 'company-page-post' &&
          (s.role === 'communications' || s.jobDefined),
        { decide: 'required-by-job' },
      ),
      on(
        (s) =>
          onEmployerChannel(s) &&
          employee(s) &&
          s.activity === 'website-name' &&
          NAMED_CONTACT_ROLES.includes(s.role) &&
          !s.lessIntrusiveAlternative,
        { decide: 'required-by-job', mitigations: ['remove-on-departure'] },
      ),
      // The blog (S22) says yes; the Dutch and Belgian regulators say a photo is not necessary.
      on(
        (s) =>
          onEmployerChannel(s) &&
          employee(s) &&
          s.activity === 'website-photo' &&
          PHOTO_CONTACT_ROLES.includes(s.role) &&
          !s.lessIntrusiveAlternative,
        { decide: 'required-by-job', flags: ['contested'], mitigations: ['remove-on-departure'] },
      ),
      on((s) => personalTaskAgreed(s) && ONLINE_PRESENCE_ROLES.includes(s.role), {
        decide: 'required-by-job',
      }),
      // A job description cannot be stretched to make something necessary (EDPB 2/2019): contested,
      // and only once it is done as work (R9), so the flag never outlives the answer.
      on((s) => personalTaskAgreed(s) && s.workTime, { decide: 'required-by-job', flags: ['contested'] }),
      on(personalTaskAgreed, { decide: 'required-by-job' }),
    ],
  },
  {
    id: 'R9',
    decides: 'voluntary-only',
    sources: ['S22', 'S26'],
    title: { en: 'Work is done as work', nl: 'Werk doe je als werk' },
    explanation: {
      en: 'If your employer needs this from your personal account, it must be done as work: in work time, with its equipment. It gets no rights over your account or its connections afterwards unless you agreed that in writing beforehand.',
      nl: 'Heeft je werkgever dit van je persoonlijke account nodig, dan gebeurt het als werk: in werktijd, met zijn middelen. Hij krijgt achteraf geen rechten op je account of je connecties, tenzij je dat vooraf schriftelijk hebt afgesproken.',
    },
    cases: [
      after('required-by-job', (s) => is(PERSONAL_ACCOUNT_ACTIVITIES)(s) && !s.workTime, {
        override: 'voluntary-only',
        mitigations: ['work-time-and-equipment'],
      }),
      after('required-by-job', (s) => is(PERSONAL_ACCOUNT_ACTIVITIES)(s) && s.workTime, {}),
    ],
  },
  {
    id: 'R7',
    decides: 'voluntary-only',
    sources: ['S22', 'S26'],
    title: { en: 'Your personal account', nl: 'Je persoonlijke account' },
    explanation: {
      en: 'Your employer cannot oblige you to create, fill or post on a personal account unless your role was built around it, it was agreed and you do it in work time. Otherwise it can only ask, and you may say no.',
      nl: 'Je werkgever kan je niet verplichten een persoonlijk account aan te maken, in te vullen of erop te posten, tenzij je functie daarop is ingericht, het is afgesproken en je het in werktijd doet. Anders mag hij het alleen vragen, en je mag nee zeggen.',
    },
    cases: [
      on(onPersonalAccount, {
        decide: 'voluntary-only',
        mitigations: ['opt-out-without-consequences'],
      }),
    ],
  },
  {
    id: 'R13',
    decides: 'legitimate-interest',
    sources: ['S29', 'S20', 'S22'],
    title: { en: 'Internal use', nl: 'Intern gebruik' },
    explanation: {
      en: 'An internal face book or org chart has less impact, so the employer’s interest can carry it if you can opt out without consequences. The Dutch regulator (AP) prefers consent, so for a recognisable photo this is contested.',
      nl: 'Een intern smoelenboek of organogram heeft minder impact, dus het belang van de werkgever kan het dragen als je je zonder gevolgen kunt afmelden. De Autoriteit Persoonsgegevens geeft de voorkeur aan toestemming, dus voor een herkenbare foto is dit omstreden.',
    },
    cases: [
      // A recognisable photo on the interest route is contested: the blog (S22) accepts an
      // opt-out as the safeguard, the AP says consent.
      on(
        (s) =>
          onEmployerChannel(s) && s.activity === 'intranet-photo' && lowImpact(s) && identifiablePhoto(s),
        {
          decide: 'legitimate-interest',
          flags: ['contested'],
          mitigations: ['opt-out-without-consequences', 'remove-on-departure'],
        },
      ),
      on((s) => onEmployerChannel(s) && s.activity === 'intranet-photo' && lowImpact(s), {
        decide: 'legitimate-interest',
        mitigations: ['opt-out-without-consequences', 'remove-on-departure'],
      }),
    ],
  },
  {
    id: 'R10',
    decides: 'legitimate-interest',
    sources: ['S7', 'S13', 'S15', 'S16', 'S30'],
    title: { en: 'The employer’s interest, weighed', nl: 'Het belang van de werkgever, afgewogen' },
    explanation: {
      en: 'Promotion or customer contact can be a legitimate interest, but only if you were told beforehand, nothing less intrusive will do and your interests do not weigh heavier. You can object. For a recognisable photo this is contested: the Dutch regulator (AP) says consent.',
      nl: 'Promotie of klantcontact kan een gerechtvaardigd belang zijn, maar alleen als je het vooraf hebt gehoord, niets minder ingrijpends volstaat en jouw belangen niet zwaarder wegen. Je kunt bezwaar maken. Voor een herkenbare foto is dit omstreden: de Autoriteit Persoonsgegevens zegt toestemming.',
    },
    cases: [
      // The company page shows the company, not the employee.
      // Internal use with low impact is R13's; here the public channels.
      on((s) => onPublicChannel(s) && lowImpact(s) && identifiablePhoto(s), {
        decide: 'legitimate-interest',
        flags: ['contested'],
        mitigations: ['opt-out-without-consequences', 'preview-and-approval'],
      }),
      on((s) => onPublicChannel(s) && (lowImpact(s) || s.activity === 'company-page-post'), {
        decide: 'legitimate-interest',
        mitigations: ['opt-out-without-consequences', 'preview-and-approval'],
      }),
      // An opt-out is a balancing safeguard; being seen is part of what outward-facing staff can expect.
      on(
        (s) =>
          onEmployerChannel(s) &&
          employee(s) &&
          identifiablePhoto(s) &&
          (offers(s, 'opt-out-without-consequences') || OUTWARD_FACING_ROLES.includes(s.role)),
        {
          decide: 'legitimate-interest',
          flags: ['contested'],
          mitigations: ['opt-out-without-consequences', 'preview-and-approval'],
        },
      ),
    ],
  },
  {
    id: 'R15',
    decides: 'voluntary-only',
    sources: ['S3', 'S20', 'S32'],
    title: { en: 'Only with your free consent', nl: 'Alleen met je vrije toestemming' },
    explanation: {
      en: 'Your employer may only ask. Your consent counts only if saying no costs you nothing and you can withdraw it at any time, after which the material is removed.',
      nl: 'Je werkgever mag het alleen vragen. Je toestemming telt alleen als nee zeggen je niets kost en je haar altijd kunt intrekken, waarna het materiaal wordt verwijderd.',
    },
    cases: [
      on((s) => is(EMPLOYER_CHANNEL_ACTIVITIES)(s) && byEmployer(s), {
        decide: 'voluntary-only',
        mitigations: ['opt-out-without-consequences', 'preview-and-approval', 'remove-on-departure'],
      }),
      // A bonus tied to taking part: the EDPB wants proof it stayed free, German law sees a sign of
      // freedom (S32), so this is flagged, not decided.
      after('voluntary-only', (s) => byEmployer(s) && s.incentive === 'bonus', { flags: ['contested'] }),
    ],
  },
  {
    id: 'R3',
    decides: 'not-allowed',
    sources: ['S2', 'S3', 'S1'],
    title: {
      en: 'A “no” that costs you is no free choice',
      nl: 'Een “nee” die je iets kost, is geen vrije keuze',
    },
    explanation: {
      en: 'If saying no affects your appraisal, pay or career, or you are pressed, your “yes” is not free, and an employer that punishes a “no” is not weighing your interests. Without another basis it may not do this.',
      nl: 'Als nee zeggen gevolgen heeft voor je beoordeling, salaris of loopbaan, of je wordt onder druk gezet, dan is je “ja” niet vrij, en een werkgever die een “nee” bestraft, weegt jouw belangen niet af. Zonder andere grondslag mag hij dit niet.',
    },
    cases: [
      after('voluntary-only', (s) => byEmployer(s) && refusalCosts(s), {
        override: 'not-allowed',
        rights: ['refuse'],
      }),
      // Step 8: pressure on a balance. A photo in which you cannot be recognised stays weighed.
      after('legitimate-interest', (s) => byEmployer(s) && refusalCosts(s) && photoOrName(s), {
        override: 'not-allowed',
        rights: ['refuse'],
      }),
    ],
  },
  // Step 7: an objection for reasons of the employee's own situation.
  {
    id: 'R11',
    decides: 'not-allowed',
    sources: ['S1', 'S2', 'S23'],
    title: { en: 'Your objection counts', nl: 'Je bezwaar telt' },
    explanation: {
      en: 'You objected for reasons of your own situation. Where your employer relies on its interest, it must stop unless it shows compelling legitimate grounds, which promotion rarely gives. Where it says the job needs this, the objection does not end that, but your situation can show it is not necessary for you.',
      nl: 'Je hebt bezwaar gemaakt om redenen die met jouw situatie te maken hebben. Beroept je werkgever zich op zijn belang, dan moet hij stoppen, tenzij hij dwingende gerechtvaardigde gronden aantoont, en promotie is dat zelden. Zegt hij dat je functie dit nodig heeft, dan maakt je bezwaar daar geen einde aan, maar je situatie kan laten zien dat het voor jou niet noodzakelijk is.',
    },
    cases: [
      after('legitimate-interest', objectionCounts, {
        override: 'not-allowed',
        rights: ['object', 'restriction', 'erasure'],
      }),
      // Art. 21 covers Art. 6(1)(e) and (f) only: necessity is contested, not ended.
      after('required-by-job', objectionCounts, {
        flags: ['contested'],
        rights: ['object', 'restriction'],
      }),
    ],
  },
  // Step 8: always.
  {
    id: 'R16',
    decides: 'mitigations',
    sources: ['S1', 'S6', 'S13'],
    title: { en: 'No more than needed', nl: 'Niet meer dan nodig' },
    explanation: {
      en: 'Whatever the basis, only what is needed may be shown: name and title without a photo, a first name for chat agents, a photo in which you cannot be recognised.',
      nl: 'Wat de grondslag ook is, alleen wat nodig is mag zichtbaar zijn: naam en functie zonder foto, een voornaam voor chatmedewerkers, een foto waarop je niet herkenbaar bent.',
    },
    cases: [
      after('any-but-not-allowed', identifiablePhoto, {
        mitigations: ['no-photo', 'not-identifiable-photo'],
      }),
      after('any-but-not-allowed', (s) => is(PROMOTIONAL_PHOTO_ACTIVITIES)(s) && s.audience === 'public', {
        mitigations: ['internal-only'],
      }),
      after(
        'any-but-not-allowed',
        (s) => s.activity === 'website-name' && s.identifiability !== 'first-name',
        {
          mitigations: ['first-name-only'],
        },
      ),
      after('any-but-not-allowed', is(['profile-broadcast']), { mitigations: ['broadcast-off'] }),
      after('any-but-not-allowed', is(['employer-social-photo']), { mitigations: ['no-tagging'] }),
    ],
  },
  {
    id: 'R17',
    decides: 'rights',
    sources: ['S1', 'S16'],
    title: { en: 'You must be told first', nl: 'Je moet het vooraf horen' },
    explanation: {
      en: 'Before it starts, your employer must tell you the purpose, its interest and your right to object, clearly and separately. Until it has done so, it cannot rely on its interest.',
      nl: 'Voordat het begint, moet je werkgever je het doel, zijn belang en je recht van bezwaar duidelijk en apart meedelen. Zolang hij dat niet heeft gedaan, kan hij zich niet op zijn belang beroepen.',
    },
    cases: [after('legitimate-interest', (s) => !s.informed, { rights: ['information'] })],
  },
  {
    id: 'R18',
    decides: 'flag',
    sources: ['S11', 'S12', 'S8', 'S9'],
    title: { en: 'The company page and its visitors', nl: 'De bedrijfspagina en haar bezoekers' },
    explanation: {
      en: 'For the data of the company page’s visitors, such as the page statistics, your employer and LinkedIn are joint controllers. That concerns the visitors, not you as the one who posts; what is posted on the page is your employer’s own responsibility.',
      nl: 'Voor de gegevens van bezoekers van de bedrijfspagina, zoals de paginastatistieken, zijn je werkgever en LinkedIn gezamenlijk verwerkingsverantwoordelijk. Dat gaat over de bezoekers, niet over jou als degene die post; wat er op de pagina verschijnt, is de eigen verantwoordelijkheid van je werkgever.',
    },
    cases: [on(is(['company-page-post']), { flags: ['joint-controller'] })],
  },
  {
    id: 'R19',
    decides: 'flag',
    sources: ['S22', 'S18'],
    title: {
      en: 'The works council likely has a say',
      nl: 'De ondernemingsraad heeft waarschijnlijk instemmingsrecht',
    },
    explanation: {
      en: 'A scheme for staff photos or online presence is likely a scheme for processing staff data, which needs the works council’s consent (Art. 27(1)(k) WOR; (l) for monitoring), also when the employer only asks everyone. A works council is mandatory from 50 staff; a staff representation of 10–49 has no such right by default.',
      nl: 'Een regeling over foto’s of online zichtbaarheid van personeel is waarschijnlijk een regeling over personeelsgegevens, waarvoor instemming van de ondernemingsraad nodig is (art. 27 lid 1 onder k WOR; onder l bij controle), ook als de werkgever het iedereen alleen vraagt. Een ondernemingsraad is verplicht vanaf 50 werknemers; een personeelsvertegenwoordiging (10–49 werknemers) heeft dat recht niet zonder meer.',
    },
    cases: [
      on((s) => s.worksCouncil && byEmployer(s) && currentStaff(s) && s.activity !== 'correct-work-claim', {
        flags: ['works-council'],
      }),
    ],
  },
  {
    id: 'R20',
    decides: 'flag',
    sources: ['S24', 'S25', 'S27', 'S28'],
    title: { en: 'Your portrait right', nl: 'Je portretrecht' },
    explanation: {
      en: 'Dutch portrait right applies on top: for promotion or recruitment you may have a reasonable interest in refusing publication of your photo (Art. 21 Auteurswet). Courts have found infringements, but whether damages follow differs from case to case.',
      nl: 'Daarnaast geldt het portretrecht: bij promotie of werving kun je een redelijk belang hebben om publicatie van je foto te weigeren (art. 21 Auteurswet). Rechters hebben inbreuken vastgesteld, maar of er schadevergoeding volgt, verschilt per zaak.',
    },
    cases: [
      on((s) => is(PROMOTIONAL_PHOTO_ACTIVITIES)(s) && identifiablePhoto(s) && s.audience !== 'internal', {
        flags: ['portrait-right'],
        mitigations: ['preview-and-approval', 'remove-on-departure'],
      }),
    ],
  },
];

/** The rule with this id, if the table has one (reasons carry plain strings). */
export function findRule(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
