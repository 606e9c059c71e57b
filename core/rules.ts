// Rules R1–R20 of legal-basis.md §2.3 as data. `evaluate` walks RULES in this order (the order of
// evaluator.md "How the outcome is reached", not the numbering): the first rule that decides sets the
// outcome; a later rule may override it (R9, R3) or add flags, rights and safeguards.
import type { SourceId } from './sources';
import type {
  Activity,
  Flag,
  Identifiability,
  LocalizedText,
  Mitigation,
  Outcome,
  Right,
  Role,
  Situation,
} from './types';

export const RULE_IDS = [
  'R1',
  'R2',
  'R3',
  'R4',
  'R5',
  'R6',
  'R7',
  'R8',
  'R9',
  'R10',
  'R11',
  'R12',
  'R13',
  'R14',
  'R15',
  'R16',
  'R17',
  'R18',
  'R19',
  'R20',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** A situation with every default of evaluator.md applied. */
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
  /** legal-basis.md marks the basis this rule rests on [verify]. */
  readonly verify?: true;
  /** Every case whose condition holds applies, in order (a deciding case only while undecided). */
  readonly cases: readonly RuleCase[];
}

// Groups of the vocabulary the rules speak about.

/** The employee's own LinkedIn account. */
export const PERSONAL_ACCOUNT_ACTIVITIES: readonly Activity[] = [
  'profile-employer',
  'profile-photo',
  'profile-broadcast',
  'feed-post',
  'group-post',
  'comment',
  'create-account',
];
/** Channels the employer owns. */
export const EMPLOYER_CHANNEL_ACTIVITIES: readonly Activity[] = [
  'website-name',
  'website-photo',
  'employer-social-photo',
  'intranet-photo',
  'company-page-post',
];
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
/** Photos used outward, for promotion or recruitment. */
export const PROMOTIONAL_PHOTO_ACTIVITIES: readonly Activity[] = ['website-photo', 'employer-social-photo'];
/** Personal-account activities that are never needed for the job (R16: name and title can serve). */
export const NEVER_NECESSARY_ACTIVITIES: readonly Activity[] = ['profile-photo', 'profile-broadcast'];
/** Roles that can be built around an online presence on a personal account (R8, S22). */
export const ONLINE_PRESENCE_ROLES: readonly Role[] = ['sales', 'communications', 'management', 'recruiter'];
/** Roles whose name and title customers or candidates need to find on the website (R8, S29). */
export const NAMED_CONTACT_ROLES: readonly Role[] = [
  'field-service',
  'sales',
  'management',
  'customer-service',
  'recruiter',
];
/** Roles in which being seen outside is a reasonable expectation (R10 balancing, S29). */
export const OUTWARD_FACING_ROLES: readonly Role[] = [
  'field-service',
  'sales',
  'communications',
  'management',
  'customer-service',
  'recruiter',
];
const IDENTIFIABLE: readonly Identifiability[] = ['full', 'first-name'];

// Conditions the rules share.
type Condition = (s: NormalisedSituation) => boolean;
const is =
  (activities: readonly Activity[]): Condition =>
  (s) =>
    activities.includes(s.activity);
const byEmployer: Condition = (s) => s.initiator !== 'own-initiative';
const currentEmployee: Condition = (s) => s.status === 'employee';
const offers = (s: NormalisedSituation, mitigation: Mitigation) => s.mitigations.includes(mitigation);
const refusalCosts: Condition = (s) =>
  s.refusalConsequence === 'pressure' || s.refusalConsequence === 'career';
const identifiablePhoto: Condition = (s) =>
  (EMPLOYER_PHOTO_ACTIVITIES.includes(s.activity) || s.activity === 'profile-photo') &&
  IDENTIFIABLE.includes(s.identifiability);
const lowImpact: Condition = (s) =>
  s.activity === 'website-name' ||
  (EMPLOYER_PHOTO_ACTIVITIES.includes(s.activity) &&
    (!IDENTIFIABLE.includes(s.identifiability) ||
      offers(s, 'not-identifiable-photo') ||
      offers(s, 'no-photo')));
const realOptOut: Condition = (s) => offers(s, 'opt-out-without-consequences') && !refusalCosts(s);
/** The employer asks or requires the use of the employee's name or image on its channels. */
const employerUsesPerson: Condition = (s) => is(EMPLOYER_SHOWS_PERSON_ACTIVITIES)(s) && byEmployer(s);
const employerChannelByEmployer: Condition = (s) =>
  is(EMPLOYER_CHANNEL_ACTIVITIES)(s) && byEmployer(s) && currentEmployee(s);
const internalUse: Condition = (s) =>
  employerChannelByEmployer(s) &&
  is(EMPLOYER_SHOWS_PERSON_ACTIVITIES)(s) &&
  (s.activity === 'intranet-photo' || s.audience === 'internal');
const personalAccountByEmployer: Condition = (s) => is(PERSONAL_ACCOUNT_ACTIVITIES)(s) && byEmployer(s);

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
      en: 'No law lets an employer demand your password, admin rights, posting in your name or a connection to watch you. Your LinkedIn account is yours.',
      nl: 'Geen enkele regel geeft je werkgever recht op je wachtwoord, beheerrechten, posten op jouw naam of een connectie om je te volgen. Je LinkedIn-account is van jou.',
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
    // The one exception (a former employee's non-compete, limited and disclosed) is the WP249
    // example legal-basis.md marks [verify].
    verify: true,
    title: { en: 'No watching your profile', nl: 'Geen meekijken op je profiel' },
    explanation: {
      en: 'Systematically watching employees’ profiles or status, such as “open to work”, has no lawful basis: it is not necessary and it is out of proportion.',
      nl: 'Stelselmatig meekijken op profielen of status van werknemers, zoals “open to work”, heeft geen grondslag: het is niet noodzakelijk en niet in verhouding.',
    },
    cases: [
      on(
        (s) =>
          s.activity === 'monitoring' && s.status === 'ex-employee' && s.postEmploymentClause && s.informed,
        {
          decide: 'legitimate-interest',
        },
      ),
      on(is(['monitoring']), { decide: 'not-allowed', rights: ['access', 'object'] }),
    ],
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
      en: 'When you leave, the job no longer needs your name or photo. Without a clear agreement about use after departure, the employer must remove it; with one, you can still object.',
      nl: 'Als je vertrekt, heeft de functie je naam of foto niet meer nodig. Zonder duidelijke afspraak over gebruik na vertrek moet de werkgever die verwijderen; met zo’n afspraak kun je nog steeds bezwaar maken.',
    },
    cases: [
      on(
        (s) => s.status === 'ex-employee' && employerUsesPerson(s) && s.postEmploymentClause && !s.objected,
        {
          decide: 'legitimate-interest',
          flags: ['contested'],
          rights: ['object', 'withdraw-consent'],
        },
      ),
      on(
        (s) =>
          s.status === 'ex-employee' && is(EMPLOYER_SHOWS_PERSON_ACTIVITIES)(s) && !s.postEmploymentClause,
        {
          decide: 'not-allowed',
          rights: ['erasure', 'object', 'compensation'],
        },
      ),
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
      on((s) => s.purposeChange && is(EMPLOYER_PHOTO_ACTIVITIES)(s), {
        decide: 'not-allowed',
        flags: ['portrait-right'],
        rights: ['erasure', 'compensation'],
      }),
      on((s) => s.purposeChange && is(EMPLOYER_SHOWS_PERSON_ACTIVITIES)(s), {
        decide: 'not-allowed',
        rights: ['erasure', 'compensation'],
      }),
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
  // Step 5: an objection decides for this person.
  {
    id: 'R11',
    decides: 'not-allowed',
    sources: ['S1', 'S2', 'S23'],
    title: { en: 'Your objection counts', nl: 'Je bezwaar telt' },
    explanation: {
      en: 'You objected for reasons of your own situation. The employer must stop unless it shows compelling grounds, which promotion rarely gives.',
      nl: 'Je hebt bezwaar gemaakt om redenen die met jouw situatie te maken hebben. De werkgever moet stoppen, tenzij hij dwingende redenen aantoont, en promotie is dat zelden.',
    },
    cases: [
      // Every employer channel, the company page included (evaluator.md step 5).
      on((s) => s.objected && is(EMPLOYER_CHANNEL_ACTIVITIES)(s) && byEmployer(s), {
        decide: 'not-allowed',
        rights: ['object', 'restriction'],
      }),
    ],
  },
  // Steps 6 and 7: the strongest basis available.
  {
    id: 'R8',
    decides: 'required-by-job',
    sources: ['S13', 'S6', 'S22', 'S29'],
    title: { en: 'Part of the job', nl: 'Hoort bij de functie' },
    explanation: {
      en: 'Your employer may require it only when the job cannot realistically be done without it and nothing less intrusive will do. Useful is not enough.',
      nl: 'Je werkgever mag dit alleen verplichten als de functie zonder dit redelijkerwijs niet uit te voeren is en niets minder ingrijpends volstaat. Nuttig is niet genoeg.',
    },
    cases: [
      on(
        (s) =>
          employerChannelByEmployer(s) &&
          s.activity === 'company-page-post' &&
          (s.role === 'communications' || s.jobDefined),
        { decide: 'required-by-job' },
      ),
      on(
        (s) =>
          employerChannelByEmployer(s) &&
          s.activity === 'website-name' &&
          NAMED_CONTACT_ROLES.includes(s.role) &&
          !s.lessIntrusiveAlternative,
        { decide: 'required-by-job', mitigations: ['remove-on-departure'] },
      ),
      on(
        (s) =>
          employerChannelByEmployer(s) &&
          s.activity === 'website-photo' &&
          s.role === 'field-service' &&
          !s.lessIntrusiveAlternative,
        { decide: 'required-by-job', flags: ['contested'], mitigations: ['remove-on-departure'] },
      ),
      on(
        (s) =>
          personalAccountByEmployer(s) &&
          currentEmployee(s) &&
          !NEVER_NECESSARY_ACTIVITIES.includes(s.activity) &&
          ONLINE_PRESENCE_ROLES.includes(s.role) &&
          s.jobDefined,
        { decide: 'required-by-job' },
      ),
    ],
  },
  {
    id: 'R9',
    decides: 'voluntary-only',
    sources: ['S22', 'S26'],
    title: { en: 'Work is done as work', nl: 'Werk doe je als werk' },
    explanation: {
      en: 'If your employer needs this from your personal account, it must be done as work: in work time, with its equipment, and without rights over your account afterwards.',
      nl: 'Heeft je werkgever dit van je persoonlijke account nodig, dan gebeurt het als werk: in werktijd, met zijn middelen, en zonder rechten op je account achteraf.',
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
      en: 'Your employer cannot oblige you to create, fill or post on a personal account unless your role was built around it and agreed. It can only ask, and you may say no.',
      nl: 'Je werkgever kan je niet verplichten een persoonlijk account aan te maken, in te vullen of erop te posten, tenzij je functie daarop is ingericht en dat is afgesproken. Hij mag het alleen vragen, en je mag nee zeggen.',
    },
    cases: [
      on(personalAccountByEmployer, {
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
      en: 'An internal face book or org chart has less impact, so the employer’s interest can carry it, with a way to opt out. The Dutch regulator prefers consent, so this is contested.',
      nl: 'Een intern smoelenboek of organogram heeft minder impact, dus het belang van de werkgever kan het dragen, met een mogelijkheid om je af te melden. De AP geeft de voorkeur aan toestemming, dus dit is omstreden.',
    },
    cases: [
      on((s) => internalUse(s) && identifiablePhoto(s), {
        decide: 'legitimate-interest',
        flags: ['contested'],
        mitigations: ['opt-out-without-consequences', 'remove-on-departure'],
      }),
      on(internalUse, {
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
      en: 'Promotion or customer contact can be a legitimate interest, but only if it is stated, nothing less will do, and your interests do not weigh heavier. You can object.',
      nl: 'Promotie of klantcontact kan een gerechtvaardigd belang zijn, maar alleen als het vooraf is genoemd, niets minder volstaat en jouw belangen niet zwaarder wegen. Je kunt bezwaar maken.',
    },
    cases: [
      on((s) => employerChannelByEmployer(s) && (lowImpact(s) || realOptOut(s)), {
        decide: 'legitimate-interest',
        mitigations: ['opt-out-without-consequences', 'preview-and-approval'],
      }),
      // Being seen is part of what outward-facing staff can expect; the AP still says consent (S20, S21).
      on(
        (s) =>
          employerChannelByEmployer(s) &&
          is(PROMOTIONAL_PHOTO_ACTIVITIES)(s) &&
          OUTWARD_FACING_ROLES.includes(s.role),
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
    // The film-crew example in EDPB 05/2020 is marked [verify numbering].
    verify: true,
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
      // A bonus tied to taking part: EDPB wants proof it stayed free, German law sees a sign of freedom (§5.3).
      after('voluntary-only', (s) => byEmployer(s) && s.incentive === 'bonus', { flags: ['contested'] }),
    ],
  },
  {
    id: 'R3',
    decides: 'not-allowed',
    sources: ['S2', 'S3', 'S1'],
    title: { en: 'Consent under pressure is no consent', nl: 'Toestemming onder druk is geen toestemming' },
    explanation: {
      en: 'If saying no affects your appraisal, pay or career, or you are pressed, your “yes” is not free, and without another basis the employer may not do it.',
      nl: 'Als nee zeggen gevolgen heeft voor je beoordeling, salaris of loopbaan, of je wordt onder druk gezet, dan is je “ja” niet vrij, en zonder andere grondslag mag de werkgever het niet.',
    },
    cases: [
      after('voluntary-only', (s) => byEmployer(s) && refusalCosts(s), {
        override: 'not-allowed',
        rights: ['refuse'],
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
      en: 'Before it starts, your employer must tell you the purpose, its interest and your right to object, clearly and separately. Without that, this basis is defective.',
      nl: 'Voordat het begint, moet je werkgever je het doel, zijn belang en je recht van bezwaar duidelijk en apart meedelen. Zonder dat schiet deze grondslag tekort.',
    },
    cases: [after('legitimate-interest', (s) => !s.informed, { rights: ['information'] })],
  },
  {
    id: 'R18',
    decides: 'flag',
    sources: ['S11', 'S12', 'S8', 'S9'],
    title: { en: 'Shared responsibility with LinkedIn', nl: 'Gedeelde verantwoordelijkheid met LinkedIn' },
    explanation: {
      en: 'For its company page and page statistics the employer shares responsibility with LinkedIn; you can use your rights against either. Your own profile is LinkedIn’s responsibility.',
      nl: 'Voor de bedrijfspagina en de paginastatistieken deelt de werkgever de verantwoordelijkheid met LinkedIn; je kunt je rechten bij elk van beide uitoefenen. Je eigen profiel valt onder LinkedIn.',
    },
    cases: [on(is(['company-page-post']), { flags: ['joint-controller'] })],
  },
  {
    id: 'R19',
    decides: 'flag',
    sources: ['S22', 'S18'],
    // Rests on Art. 27(1)(k) WOR, whose wording legal-basis.md marks [verify].
    verify: true,
    title: { en: 'The works council has a say', nl: 'De ondernemingsraad heeft instemmingsrecht' },
    explanation: {
      en: 'A rule that obliges staff to appear online is a rule on processing staff data. Where there is a works council, it needs the council’s consent.',
      nl: 'Een regel die personeel verplicht online zichtbaar te zijn, is een regel over het verwerken van personeelsgegevens. Heeft het bedrijf een ondernemingsraad, dan is diens instemming nodig.',
    },
    cases: [on((s) => s.worksCouncil && s.initiator === 'employer-requires', { flags: ['works-council'] })],
  },
  {
    id: 'R20',
    decides: 'flag',
    sources: ['S24', 'S25', 'S27', 'S28'],
    title: { en: 'Your portrait right', nl: 'Je portretrecht' },
    explanation: {
      en: 'Dutch portrait right applies on top: for promotion or recruitment you may have a reasonable interest in refusing publication of your photo, and courts award damages.',
      nl: 'Daarnaast geldt het portretrecht: bij promotie of werving kun je een redelijk belang hebben om publicatie van je foto te weigeren, en rechters kennen schadevergoeding toe.',
    },
    cases: [
      on((s) => is(PROMOTIONAL_PHOTO_ACTIVITIES)(s) && identifiablePhoto(s), {
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
