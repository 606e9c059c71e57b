// How a clause is grouped for the reader (the page's summary, the letter's problem clauses).
import type { PolicyClause, PolicyVerdict } from './types';

export function policyVerdict(clause: Pick<PolicyClause, 'initiator' | 'assessment'>): PolicyVerdict {
  const { outcome, flags } = clause.assessment;
  if (outcome === 'not-allowed') return 'may-not-require';
  // A demand for what can only be voluntary is a demand the employer may not make.
  if (outcome === 'voluntary-only' && clause.initiator === 'employer-requires') return 'may-not-require';
  if (flags.includes('contested')) return 'contested';
  return 'fine';
}

export type PolicySummary = Record<PolicyVerdict, number>;

/** Counts per verdict, for the one line at the top of a report. */
export function summarisePolicy(
  clauses: readonly Pick<PolicyClause, 'initiator' | 'assessment'>[],
): PolicySummary {
  const summary: PolicySummary = { 'may-not-require': 0, contested: 0, fine: 0 };
  for (const clause of clauses) summary[policyVerdict(clause)] += 1;
  return summary;
}
