// The core's assessment with every text resolved in one language: a plain, serialisable object that
// crosses the message channel. The content script renders it without bundling the legal texts (rules,
// sources, rights, explanations): the background, or the popup itself, computes it. The verdict lines
// are chosen here, once, so every surface (warning, popup, letters) says equally how sure it is.
import { evaluate } from './evaluate';
import { FLAG_TEXT, MITIGATION_TEXT } from './explanations';
import { assessmentMessages } from './i18n/messages/assessment';
import { RIGHTS_CATALOGUE } from './rights';
import { findRule } from './rules';
import { citeSource, findSource } from './sources';
import type {
  Assessment,
  Flag,
  Language,
  LocalizedText,
  Mitigation,
  Outcome,
  Reason,
  Right,
  Situation,
} from './types';

export interface SourcePresentation {
  id: string;
  /** The citation in the reader's language; foreign law is labelled as comparison. */
  citation: string;
  /** The source's public name in the reader's language (absent for an unknown id). */
  title?: string;
  /** A public link where one exists. */
  url?: string;
  /** Not yet checked against the primary source. */
  verify: boolean;
  /** Foreign law or guidance, shown for comparison only. */
  comparison?: true;
}

export interface ReasonPresentation {
  rule: string;
  /** Absent for a rule id the table does not know (then only the id is shown). */
  title?: string;
  explanation?: string;
  verify: boolean;
  sources: SourcePresentation[];
}

export interface RightPresentation {
  right: Right;
  name: string;
  article: string;
  whatToAsk: string;
}

/**
 * How sure the answer is: `firm` for an uncontested required-by-job or voluntary-only answer,
 * `contested` where sources disagree, `likely` for not-allowed ("most likely no valid basis"), and
 * `not-yet` for the interest route before the employee has been told (it is not available yet).
 */
export type Certainty = 'firm' | 'contested' | 'likely' | 'not-yet';

export interface AssessmentPresentation {
  language: Language;
  outcome: Outcome;
  employerMayRequire: boolean;
  certainty: Certainty;
  contested: boolean;
  /** One sentence: what the outcome is, and how sure. */
  outcomeText: string;
  /** The answer to "may my employer require this?", and how sure. */
  mayRequireText: string;
  reasons: ReasonPresentation[];
  flags: { flag: Flag; text: string }[];
  /** Most useful first. */
  rights: RightPresentation[];
  /** Safeguards to ask for, least intrusive first. */
  safeguards: { mitigation: Mitigation; text: string }[];
}

type VerdictKey = keyof (typeof assessmentMessages)['en'];
type VerdictInput = Pick<Assessment, 'outcome' | 'flags' | 'reasons'>;

/** The rule that records an interest answer given before the employee was told (R17). */
const NOT_TOLD_RULE = 'R17';

interface Verdict {
  certainty: Certainty;
  outcome: VerdictKey;
  mayRequire: VerdictKey;
}

function verdictOf({ outcome, flags, reasons }: VerdictInput): Verdict {
  const contested = flags.includes('contested');
  switch (outcome) {
    case 'required-by-job':
      return contested
        ? {
            certainty: 'contested',
            outcome: 'outcomeRequiredContested',
            mayRequire: 'mayRequireRequiredContested',
          }
        : { certainty: 'firm', outcome: 'outcomeRequired', mayRequire: 'mayRequireRequired' };
    case 'legitimate-interest': {
      const notTold = reasons.some((reason) => reason.rule === NOT_TOLD_RULE);
      if (notTold) {
        return {
          certainty: 'not-yet',
          outcome: contested ? 'outcomeInterestContestedNotTold' : 'outcomeInterestNotTold',
          mayRequire: 'mayRequireInterestNotTold',
        };
      }
      return {
        certainty: contested ? 'contested' : 'firm',
        outcome: contested ? 'outcomeInterestContested' : 'outcomeInterest',
        mayRequire: 'mayRequireInterest',
      };
    }
    case 'voluntary-only':
      return {
        certainty: contested ? 'contested' : 'firm',
        outcome: contested ? 'outcomeVoluntaryContested' : 'outcomeVoluntary',
        mayRequire: 'mayRequireVoluntary',
      };
    case 'not-allowed':
      return { certainty: 'likely', outcome: 'outcomeNotAllowed', mayRequire: 'mayRequireNotAllowed' };
  }
}

const both = (key: VerdictKey): LocalizedText => ({
  en: assessmentMessages.en[key],
  nl: assessmentMessages.nl[key],
});

/**
 * The two verdict lines in both languages: the one-line outcome and the answer to "may my employer
 * require this?". Every surface that states the outcome in words uses these, never the bare outcome.
 */
export function verdictText(assessment: VerdictInput): {
  certainty: Certainty;
  outcome: LocalizedText;
  mayRequire: LocalizedText;
} {
  const verdict = verdictOf(assessment);
  return {
    certainty: verdict.certainty,
    outcome: both(verdict.outcome),
    mayRequire: both(verdict.mayRequire),
  };
}

export function presentSource(id: string, language: Language): SourcePresentation {
  const source = findSource(id);
  if (!source) return { id, citation: id, verify: false };
  return {
    id,
    citation: citeSource(source, language),
    title: source.title[language],
    ...(source.url ? { url: source.url } : {}),
    verify: source.verify,
    ...(source.comparison ? { comparison: true as const } : {}),
  };
}

function presentReason(reason: Reason, language: Language): ReasonPresentation {
  const sources = reason.sources.map((id) => presentSource(id, language));
  const rule = findRule(reason.rule);
  if (!rule) return { rule: reason.rule, verify: false, sources };
  return {
    rule: reason.rule,
    title: rule.title[language],
    explanation: rule.explanation[language],
    verify: rule.verify === true,
    sources,
  };
}

export function presentAssessment(assessment: Assessment, language: Language): AssessmentPresentation {
  const verdict = verdictText(assessment);
  return {
    language,
    outcome: assessment.outcome,
    employerMayRequire: assessment.employerMayRequire,
    certainty: verdict.certainty,
    contested: assessment.flags.includes('contested'),
    outcomeText: verdict.outcome[language],
    mayRequireText: verdict.mayRequire[language],
    reasons: assessment.reasons.map((reason) => presentReason(reason, language)),
    flags: assessment.flags.map((flag) => ({ flag, text: FLAG_TEXT[flag][language] })),
    rights: assessment.rights.map((right) => {
      const info = RIGHTS_CATALOGUE[right];
      return {
        right,
        name: info.name[language],
        article: info.article[language],
        whatToAsk: info.whatToAsk[language],
      };
    }),
    safeguards: assessment.mitigations.map((mitigation) => ({
      mitigation,
      text: MITIGATION_TEXT[mitigation][language],
    })),
  };
}

export interface WarningAssessment {
  assessment: Assessment;
  presentation: AssessmentPresentation;
}

/** The warning's question/answer cycle: evaluates (throws TypeError on an invalid situation) and presents. */
export function assessForWarning(input: { situation: Situation; language: Language }): WarningAssessment {
  const assessment = evaluate(input.situation);
  return { assessment, presentation: presentAssessment(assessment, input.language) };
}
