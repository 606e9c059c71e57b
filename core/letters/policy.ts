// A letter to HR or the works council about an employer's social-media policy: it quotes each clause
// the policy check found a problem with (a demand with most likely no valid basis, a voluntary matter
// presented as a requirement, a contested demand) and asks for each what the core's answer supports:
// withdrawal, a free choice, the safeguard, or a written agreement. Same frame and quality as the
// rights letters: fit to send as it is, sources by their public names.

import type { PolicyClause, PolicyReport } from '../policy/types';
import { policyVerdict } from '../policy/verdict';
import type { Language, LocalizedText, Mitigation, Role, Status } from '../types';
import { composeLetter, formatLetterDate, type Letter, type LetterFrameInput, localize } from './frame';
import {
  ANSWER_REQUEST,
  type ByReader,
  CITE,
  LETTER_TEXT,
  POSITION_TEXT,
  ROLE_PHRASE,
  readerOf,
} from './templates';

export interface PolicyLetterInput extends Omit<LetterFrameInput, 'addressee'> {
  /** HR (or the management, or the data protection officer) or the works council. */
  addressee?: LetterFrameInput['addressee'];
  status?: Status | null;
  role?: Role | null;
}

/** What the letter says and asks for one clause, by how the core answered it. */
export type PolicyConcern =
  | 'no-basis'
  | 'only-voluntary'
  | 'contested-necessity'
  | 'contested-interest'
  | 'contested-incentive'
  | 'contested';

export function policyConcern(
  clause: Pick<PolicyClause, 'initiator' | 'assessment' | 'situation'>,
): PolicyConcern | null {
  const verdict = policyVerdict(clause);
  if (verdict === 'fine') return null;
  const { outcome } = clause.assessment;
  if (verdict === 'may-not-require') return outcome === 'not-allowed' ? 'no-basis' : 'only-voluntary';
  if (outcome === 'required-by-job') return 'contested-necessity';
  if (outcome === 'legitimate-interest') return 'contested-interest';
  if (outcome === 'voluntary-only' && clause.situation.incentive === 'bonus') return 'contested-incentive';
  return 'contested';
}

export const POLICY_CONCERN_TEXT: Record<PolicyConcern, LocalizedText> = {
  'no-basis': {
    en: 'In my view there is most likely no valid legal basis for this (Art. 6(1) GDPR): it goes further than the work needs, and agreement given under pressure is not freely given ({consentFree}). I ask that this demand be withdrawn.',
    nl: 'Naar mijn mening is hiervoor hoogstwaarschijnlijk geen geldige grondslag (art. 6, lid 1, AVG): het gaat verder dan het werk nodig heeft, en instemming onder druk is niet vrij gegeven ({consentFree}). Ik vraag deze eis in te trekken.',
  },
  'only-voluntary': {
    en: 'This can only happen with the free consent of each employee (Art. 6(1)(a) GDPR), so it cannot be required. I ask that it become a request that staff may decline, or later withdraw, without any consequence ({consentFree}).',
    nl: 'Dit kan alleen met de vrije toestemming van iedere medewerker (art. 6, lid 1, onder a, AVG) en kan dus niet worden verplicht. Ik vraag er een verzoek van te maken dat medewerkers zonder enig gevolg kunnen weigeren of later intrekken ({consentFree}).',
  },
  'contested-necessity': {
    en: 'Whether this is necessary for the work is contested: necessity is judged objectively, and a job description does not by itself make something necessary ({necessity}). I ask that a less intrusive way be offered{safeguards}, and that an objection based on an employee’s own situation be weighed seriously.',
    nl: 'Of dit noodzakelijk is voor het werk, is omstreden: noodzaak wordt objectief beoordeeld, en een functieomschrijving maakt iets nog niet noodzakelijk ({necessity}). Ik vraag een minder ingrijpende manier aan te bieden{safeguards}, en een bezwaar vanwege de eigen situatie van een medewerker serieus te wegen.',
  },
  'contested-interest': {
    en: 'This can at most rest on the employer’s legitimate interest (Art. 6(1)(f) GDPR), and even that is contested: for identifiable photos of staff the Autoriteit Persoonsgegevens takes the view that consent is almost always needed. I ask that staff be told beforehand the purpose, the employer’s interest and their right to object (Art. 13(1)(d) and 21(4) GDPR), and that an objection be honoured without consequences{safeguards}.',
    nl: 'Dit kan hooguit berusten op het gerechtvaardigd belang van de werkgever (art. 6, lid 1, onder f, AVG), en ook dat is omstreden: voor herkenbare foto’s van medewerkers is de Autoriteit Persoonsgegevens van oordeel dat vrijwel altijd toestemming nodig is. Ik vraag medewerkers vooraf het doel, het belang van de werkgever en hun recht van bezwaar te melden (art. 13, lid 1, onder d, en art. 21, lid 4, AVG), en een bezwaar zonder gevolgen te honoreren{safeguards}.',
  },
  'contested-incentive': {
    en: 'A bonus or other advantage tied to taking part is contested: it can make consent less free ({consentFree}). I ask that it be made clear that taking part is voluntary and that not taking part costs nothing.',
    nl: 'Een bonus of ander voordeel dat aan meedoen is gekoppeld, is omstreden: het kan toestemming minder vrij maken ({consentFree}). Ik vraag duidelijk te maken dat meedoen vrijwillig is en dat niet meedoen niets kost.',
  },
  contested: {
    en: 'Whether this is allowed is contested. I ask that what is shown, where and for how long be agreed in writing with each employee, with removal when they leave.',
    nl: 'Of dit mag, is omstreden. Ik vraag met iedere medewerker schriftelijk af te spreken wat er wordt getoond, waar, hoe lang, en dat het wordt verwijderd bij vertrek.',
  },
};

/** The safeguards as the letter names them, after "for example". */
export const LETTER_SAFEGUARD: Record<Mitigation, LocalizedText> = {
  'opt-out-without-consequences': {
    en: 'an opt-out at any time without consequences',
    nl: 'op elk moment afmelden zonder gevolgen',
  },
  'not-identifiable-photo': {
    en: 'a photo in which one cannot be recognised',
    nl: 'een foto waarop je niet herkenbaar bent',
  },
  'no-photo': { en: 'no photo at all', nl: 'helemaal geen foto' },
  'first-name-only': { en: 'the first name only', nl: 'alleen de voornaam' },
  'internal-only': { en: 'internal use only', nl: 'alleen intern gebruik' },
  'remove-on-departure': { en: 'removal when someone leaves', nl: 'verwijdering bij vertrek' },
  'preview-and-approval': {
    en: 'a preview and approval before publication',
    nl: 'vooraf inzien en goedkeuren',
  },
  'no-tagging': { en: 'no tagging', nl: 'niet taggen' },
  'broadcast-off': {
    en: 'profile updates not shared with the network',
    nl: 'profielwijzigingen niet met het netwerk delen',
  },
  'work-time-and-equipment': {
    en: 'work time and the employer’s equipment',
    nl: 'werktijd en apparatuur van de werkgever',
  },
};

/** The parts of the policy letter that speak to the employer or to the works council. */
export const POLICY_LETTER_BY_READER = {
  subject: {
    employer: {
      en: 'Your policy on employees’ online visibility',
      nl: 'Uw beleid over de online zichtbaarheid van medewerkers',
    },
    council: {
      en: 'The employer’s policy on employees’ online visibility',
      nl: 'Het beleid van de werkgever over de online zichtbaarheid van medewerkers',
    },
  },
  intro: {
    employer: {
      en: 'I have read your policy on the use of social media and the online visibility of staff carefully. In my view, some of its parts go further than the GDPR allows, or are at least contested. Below I quote them and say for each what I ask of you.',
      nl: 'Ik heb uw beleid over het gebruik van sociale media en de online zichtbaarheid van medewerkers zorgvuldig gelezen. Naar mijn mening gaan enkele onderdelen verder dan de AVG toestaat, of zijn ze op zijn minst omstreden. Hieronder citeer ik ze en geef ik per onderdeel aan wat ik van u vraag.',
    },
    council: {
      en: 'I ask the works council to look at the employer’s policy on the use of social media and the online visibility of staff. In my view, some of its parts go further than the GDPR allows, or are at least contested. Below I quote them and say for each what I would like the employer to do.',
      nl: 'Ik vraag de ondernemingsraad te kijken naar het beleid van de werkgever over het gebruik van sociale media en de online zichtbaarheid van medewerkers. Naar mijn mening gaan enkele onderdelen verder dan de AVG toestaat, of zijn ze op zijn minst omstreden. Hieronder citeer ik ze en geef ik per onderdeel aan wat de werkgever volgens mij zou moeten doen.',
    },
  },
  /** The employer is asked to answer in writing; the council whether it consented. */
  answer: {
    employer: ANSWER_REQUEST.writtenAnswer,
    council: {
      en: 'A scheme like this is likely subject to the works council’s consent (art. 27(1)(k) Works Councils Act). I would like to know whether the council gave its consent to this policy, and whether it will take up these points with the employer.',
      nl: 'Een regeling als deze valt waarschijnlijk onder het instemmingsrecht van de ondernemingsraad (art. 27, lid 1, onder k, WOR). Ik hoor graag of de ondernemingsraad met dit beleid heeft ingestemd, en of hij deze punten met de werkgever wil bespreken.',
    },
  },
} as const satisfies Record<string, ByReader>;

export const POLICY_LETTER_TEXT = {
  forExample: { en: ', for example {list}', nl: ', bijvoorbeeld {list}' },
  or: { en: ' or ', nl: ' of ' },
} as const satisfies Record<string, LocalizedText>;

/** The clause as quoted: its own words, on one line. */
export function quoteClause(text: string, clause: Pick<PolicyClause, 'start' | 'end'>): string {
  return text
    .slice(clause.start, clause.end)
    .replace(/\s+/g, ' ')
    .replace(/^[\s•·*–-]+/, '')
    .trim();
}

function concernParagraph(clause: PolicyClause, concern: PolicyConcern, language: Language): string {
  const t = localize(language);
  const safeguards = clause.assessment.mitigations.slice(0, 3).map((m) => t(LETTER_SAFEGUARD[m]));
  return t(POLICY_CONCERN_TEXT[concern], {
    consentFree: t(CITE.consentFree),
    necessity: t(CITE.necessity),
    safeguards: safeguards.length
      ? t(POLICY_LETTER_TEXT.forExample, { list: safeguards.join(t(POLICY_LETTER_TEXT.or)) })
      : '',
  });
}

/** The clauses the letter takes up: those the policy check did not find fine, in text order. */
export function problemClauses(report: PolicyReport): PolicyClause[] {
  return report.clauses.filter((clause) => policyConcern(clause) !== null);
}

/**
 * Drafts the letter about a policy, or null when the report has no clause to take up. `text` is the
 * policy text the report was made from (the letter quotes it).
 */
export function draftPolicyLetter(
  report: PolicyReport,
  text: string,
  input: PolicyLetterInput,
): Letter | null {
  const clauses = problemClauses(report);
  if (clauses.length === 0) return null;
  const { language } = input;
  const t = localize(language);
  const reader = readerOf(input.addressee);
  const position = POSITION_TEXT[input.status ?? 'employee'];
  const employer = input.employerName?.trim() || t({ en: 'you', nl: 'u' });
  const opening = input.role
    ? t(position.inRole, { employer, role: t(ROLE_PHRASE[input.role]) })
    : t(position.plain, { employer });
  const items = clauses.map((clause, index) => {
    const concern = policyConcern(clause) ?? 'contested';
    return `${index + 1}. “${quoteClause(text, clause)}”\n${concernParagraph(clause, concern, language)}`;
  });
  const deadline = formatLetterDate(
    new Date(input.date.getFullYear(), input.date.getMonth(), input.date.getDate() + 14),
    language,
  );
  const paragraphs = [
    `${opening} ${t(POLICY_LETTER_BY_READER.intro[reader])}`,
    ...items,
    t(POLICY_LETTER_BY_READER.answer[reader], { deadline }),
    ...(reader === 'employer' ? [t(LETTER_TEXT.agreements)] : []),
  ];
  return composeLetter(input, t(POLICY_LETTER_BY_READER.subject[reader]), paragraphs);
}
