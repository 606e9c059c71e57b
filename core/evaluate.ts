// The evaluator: validates the situation, walks the rule table in order and lists
// the rights that go with the outcome. All legal knowledge is in ./rules; this file only walks it.
import { RULES, type Rule } from './rules';
import {
  type Assessment,
  FLAGS,
  type Flag,
  type Mitigation,
  type Outcome,
  type Reason,
  type Right,
  type Situation,
} from './types';
import { normaliseSituation } from './validate';

/**
 * When no rule in the table establishes a basis, there is none: processing is lawful only on one of
 * the grounds of Art. 6(1) GDPR. With the full table every situation is decided by a rule (tested);
 * this only matters for `evaluateWith` on a reduced table.
 */
export const NO_BASIS_OUTCOME: Outcome = 'not-allowed';

/** The rights each outcome lists at least, most useful first (the "rights by outcome" table). */
export function rightsForOutcome(outcome: Outcome, askedByEmployer: boolean, contested = false): Right[] {
  switch (outcome) {
    case 'required-by-job':
      // Art. 21 does not apply to Art. 6(1)(b). When necessity is contested, the interest route and
      // its objection may apply after all, so objection and restriction are listed then.
      return contested
        ? ['information', 'object', 'restriction', 'access', 'rectification', 'erasure', 'complain']
        : ['information', 'access', 'rectification', 'erasure', 'complain'];
    case 'legitimate-interest':
      return ['object', 'information', 'access', 'erasure', 'restriction', 'complain'];
    case 'voluntary-only':
      return askedByEmployer
        ? ['refuse', 'withdraw-consent', 'information', 'erasure', 'complain']
        : ['refuse', 'information', 'erasure', 'complain'];
    case 'not-allowed':
      return ['refuse', 'access', 'erasure', 'complain'];
  }
}

/** Safeguards from least to most intrusive for the employee: showing nothing comes first. */
export const MITIGATION_ORDER: readonly Mitigation[] = [
  'no-photo',
  'not-identifiable-photo',
  'first-name-only',
  'internal-only',
  'broadcast-off',
  'no-tagging',
  'opt-out-without-consequences',
  'preview-and-approval',
  'remove-on-departure',
  'work-time-and-equipment',
];

export function evaluate(situation: Situation): Assessment {
  return evaluateWith(RULES, situation);
}

/** Evaluates against any rule table (the tests remove rules to see what each one does). */
export function evaluateWith(rules: readonly Rule[], input: Situation): Assessment {
  const situation = normaliseSituation(input);
  let outcome: Outcome | undefined;
  const flags = new Set<Flag>();
  const mitigations = new Set<Mitigation>();
  let broughtForward: Right[] = [];
  const reasons: Reason[] = [];

  for (const rule of rules) {
    let applied = false;
    for (const { when, then } of rule.cases) {
      if (then.decide !== undefined && outcome !== undefined) continue;
      if (!when({ situation, outcome })) continue;
      applied = true;
      outcome = then.decide ?? then.override ?? outcome;
      for (const flag of then.flags ?? []) flags.add(flag);
      for (const mitigation of then.mitigations ?? []) mitigations.add(mitigation);
      // A later rule's rights come first: the cross-cutting ones (R17: information) lead.
      if (then.rights) broughtForward = [...then.rights, ...broughtForward];
    }
    if (applied) reasons.push({ rule: rule.id, sources: [...rule.sources] });
  }

  const finalOutcome = outcome ?? NO_BASIS_OUTCOME;
  const askedByEmployer = situation.initiator !== 'own-initiative';
  const outcomeRights = rightsForOutcome(finalOutcome, askedByEmployer, flags.has('contested'));
  return {
    outcome: finalOutcome,
    employerMayRequire: finalOutcome === 'required-by-job',
    flags: FLAGS.filter((flag) => flags.has(flag)),
    rights: [...new Set([...broughtForward, ...outcomeRights])],
    // Safeguards are for what may happen: a not-allowed answer has nothing to negotiate. Those the
    // employer already offers are not suggested again.
    mitigations:
      finalOutcome === 'not-allowed'
        ? []
        : MITIGATION_ORDER.filter((m) => mitigations.has(m) && !situation.mitigations.includes(m)),
    reasons,
  };
}
