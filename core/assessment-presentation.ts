// The core's assessment with every text resolved in one language: a plain, serialisable object that
// crosses the message channel. The content script renders it without bundling the legal texts (rules,
// sources, rights, explanations): the background, or the popup itself, computes it (issue 7).
import { evaluate } from './evaluate';
import { FLAG_TEXT, MITIGATION_TEXT, OUTCOME_MAY_REQUIRE_TEXT, OUTCOME_TEXT } from './explanations';
import { RIGHTS_CATALOGUE } from './rights';
import { findRule } from './rules';
import { findSource } from './sources';
import type { Assessment, Flag, Language, Mitigation, Outcome, Reason, Right, Situation } from './types';

export interface SourcePresentation {
  id: string;
  citation: string;
  /** A public link where one exists. */
  url?: string;
  /** Not yet checked against the primary source. */
  verify: boolean;
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

export interface AssessmentPresentation {
  language: Language;
  outcome: Outcome;
  employerMayRequire: boolean;
  /** One sentence: what the outcome is. */
  outcomeText: string;
  /** The answer to "may my employer require this?". */
  mayRequireText: string;
  reasons: ReasonPresentation[];
  flags: { flag: Flag; text: string }[];
  /** Most useful first. */
  rights: RightPresentation[];
  /** Safeguards to ask for, least intrusive first. */
  safeguards: { mitigation: Mitigation; text: string }[];
}

function presentSource(id: string): SourcePresentation {
  const source = findSource(id);
  if (!source) return { id, citation: id, verify: false };
  return source.url
    ? { id, citation: source.citation, url: source.url, verify: source.verify }
    : { id, citation: source.citation, verify: source.verify };
}

function presentReason(reason: Reason, language: Language): ReasonPresentation {
  const sources = reason.sources.map(presentSource);
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
  return {
    language,
    outcome: assessment.outcome,
    employerMayRequire: assessment.employerMayRequire,
    outcomeText: OUTCOME_TEXT[assessment.outcome][language],
    mayRequireText: OUTCOME_MAY_REQUIRE_TEXT[assessment.outcome][language],
    reasons: assessment.reasons.map((reason) => presentReason(reason, language)),
    flags: assessment.flags.map((flag) => ({ flag, text: FLAG_TEXT[flag][language] })),
    rights: assessment.rights.map((right) => {
      const info = RIGHTS_CATALOGUE[right];
      return { right, name: info.name[language], article: info.article, whatToAsk: info.whatToAsk[language] };
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
