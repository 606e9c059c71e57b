// What the decision log keeps of a checked policy when the user saves the report: the activities found,
// their outcomes and how the page grouped them, with counts, the language and the role it was read for,
// and whether an employer was named. Never the text, a clause, a cue or where the text came from.
import { assessmentRules } from '../log/record';
import type { DecisionRecord, PolicyFinding } from '../protocol';
import type { Role } from '../types';
import { OUTCOMES } from '../types';
import type { PolicyClause, PolicyReport } from './types';
import { POLICY_VERDICTS } from './types';
import { policyVerdict } from './verdict';

/** The page path the entry names: the options page, where the policy was checked. */
export const POLICY_REPORT_ROUTE = '/options.html';

export interface PolicyReportContext {
  /** The role the report was read for. */
  role: Role;
  /** Whether the reader named an employer for this check (the name itself is not kept). */
  employerNamed: boolean;
  /** ISO 8601. */
  time: string;
}

// Most serious first: a demand the employer may not make, then a contested one; within each, the
// outcome that leaves the employer least room.
const SEVERITY_OF_OUTCOME = [...OUTCOMES].reverse();
const severity = (finding: PolicyFinding) =>
  POLICY_VERDICTS.indexOf(finding.verdict) * OUTCOMES.length + SEVERITY_OF_OUTCOME.indexOf(finding.outcome);

/** Each activity with its outcome and grouping once, counted over the clauses; most serious first. */
export function policyFindings(clauses: readonly PolicyClause[]): PolicyFinding[] {
  const found = new Map<string, PolicyFinding>();
  for (const clause of clauses) {
    const verdict = policyVerdict(clause);
    const { outcome } = clause.assessment;
    const key = `${clause.activity} ${outcome} ${verdict}`;
    const known = found.get(key);
    if (known) known.clauses += 1;
    else found.set(key, { activity: clause.activity, outcome, verdict, clauses: 1 });
  }
  // Array.prototype.sort is stable: equally serious findings keep the order of the text.
  return [...found.values()].sort((a, b) => severity(a) - severity(b));
}

/**
 * The log record of a checked policy, or null when the report found no clause (nothing to save). Its
 * activity and outcome are the most serious finding's, so the log's filters and charts count it there.
 */
export function policyReportRecord(
  report: PolicyReport,
  context: PolicyReportContext,
): DecisionRecord | null {
  const findings = policyFindings(report.clauses);
  const first = findings[0];
  if (!first) return null;
  const rules = [...new Set(report.clauses.flatMap((clause) => assessmentRules(clause.assessment)))];
  return {
    time: context.time,
    activity: first.activity,
    surface: 'policy-check',
    employerLinked: context.employerNamed,
    outcome: first.outcome,
    rules,
    decision: 'saved',
    route: POLICY_REPORT_ROUTE,
    policy: { language: report.language, role: context.role, findings },
  };
}
