// Every rule earns its place: for each of R1–R20 there is a situation whose assessment changes when
// that rule is taken out of the table, and the change is the one the rule is about.
import { describe, expect, it } from 'vitest';
import { evaluate, evaluateWith } from '@/core/evaluate';
import { RULE_IDS, RULES, type RuleId } from '@/core/rules';
import type { Assessment, Situation } from '@/core/types';

interface Ablation {
  situation: Situation;
  /** What is different without the rule. */
  without: (full: Assessment, reduced: Assessment) => void;
}

const outcomeChanges =
  (from: Assessment['outcome'], to: Assessment['outcome']) => (f: Assessment, r: Assessment) => {
    expect(f.outcome).toBe(from);
    expect(r.outcome).toBe(to);
  };

const flagGoes = (flag: Assessment['flags'][number]) => (f: Assessment, r: Assessment) => {
  expect(f.flags).toContain(flag);
  expect(r.flags).not.toContain(flag);
};

const CASES: Record<RuleId, Ablation> = {
  R1: {
    situation: { activity: 'account-access', role: 'sales', initiator: 'own-initiative' },
    without: outcomeChanges('not-allowed', 'voluntary-only'),
  },
  R2: {
    situation: { activity: 'private-content', role: 'sales', initiator: 'own-initiative' },
    without: outcomeChanges('not-allowed', 'voluntary-only'),
  },
  R3: {
    situation: {
      activity: 'feed-post',
      role: 'back-office',
      initiator: 'employer-requires',
      refusalConsequence: 'career',
    },
    without: outcomeChanges('not-allowed', 'voluntary-only'),
  },
  R4: {
    situation: {
      activity: 'website-name',
      role: 'back-office',
      initiator: 'employer-requires',
      purposeChange: true,
    },
    without: outcomeChanges('not-allowed', 'legitimate-interest'),
  },
  R5: {
    situation: {
      activity: 'website-photo',
      role: 'back-office',
      initiator: 'employer-requires',
      status: 'ex-employee',
    },
    without: outcomeChanges('not-allowed', 'voluntary-only'),
  },
  R6: {
    // Without R6 nothing gives monitoring a basis: still not allowed (every not-allowed answer lists
    // access), but the right to object to the watching is gone.
    situation: { activity: 'monitoring', role: 'back-office', initiator: 'employer-requires' },
    without: (f, r) => {
      expect(f.rights).toEqual(expect.arrayContaining(['access', 'object']));
      expect(r.outcome).toBe('not-allowed');
      expect(r.rights).not.toContain('object');
    },
  },
  R7: {
    situation: { activity: 'feed-post', role: 'back-office', initiator: 'employer-asks' },
    without: outcomeChanges('voluntary-only', 'not-allowed'),
  },
  R8: {
    situation: {
      activity: 'group-post',
      role: 'sales',
      initiator: 'employer-requires',
      jobDefined: true,
      workTime: true,
    },
    without: outcomeChanges('required-by-job', 'voluntary-only'),
  },
  R9: {
    situation: { activity: 'group-post', role: 'sales', initiator: 'employer-requires', jobDefined: true },
    without: outcomeChanges('voluntary-only', 'required-by-job'),
  },
  R10: {
    situation: { activity: 'website-name', role: 'back-office', initiator: 'employer-requires' },
    without: outcomeChanges('legitimate-interest', 'voluntary-only'),
  },
  R11: {
    situation: {
      activity: 'website-name',
      role: 'back-office',
      initiator: 'employer-requires',
      objected: true,
    },
    without: outcomeChanges('not-allowed', 'legitimate-interest'),
  },
  R12: {
    situation: { activity: 'correct-work-claim', role: 'back-office', initiator: 'employer-requires' },
    without: outcomeChanges('required-by-job', 'not-allowed'),
  },
  R13: {
    situation: {
      activity: 'intranet-photo',
      role: 'back-office',
      initiator: 'employer-requires',
      audience: 'internal',
      identifiability: 'not-identifiable',
    },
    without: outcomeChanges('legitimate-interest', 'voluntary-only'),
  },
  R14: {
    situation: { activity: 'feed-post', role: 'back-office', initiator: 'own-initiative' },
    without: outcomeChanges('voluntary-only', 'not-allowed'),
  },
  R15: {
    situation: { activity: 'website-photo', role: 'back-office', initiator: 'employer-asks' },
    without: outcomeChanges('voluntary-only', 'not-allowed'),
  },
  R16: {
    situation: { activity: 'profile-photo', role: 'sales', initiator: 'employer-asks' },
    without: (f, r) => {
      expect(f.mitigations).toContain('no-photo');
      expect(r.mitigations).not.toContain('no-photo');
    },
  },
  R17: {
    situation: { activity: 'website-name', role: 'back-office', initiator: 'employer-requires' },
    without: (f, r) => {
      expect(f.rights[0]).toBe('information');
      expect(r.rights[0]).toBe('object');
    },
  },
  R18: {
    situation: { activity: 'company-page-post', role: 'communications', initiator: 'employer-requires' },
    without: flagGoes('joint-controller'),
  },
  R19: {
    situation: {
      activity: 'website-name',
      role: 'sales',
      initiator: 'employer-requires',
      worksCouncil: true,
    },
    without: flagGoes('works-council'),
  },
  R20: {
    situation: { activity: 'website-photo', role: 'field-service', initiator: 'employer-requires' },
    without: flagGoes('portrait-right'),
  },
};

/** Rules with more than one job in the second version: each job has its own ablation. */
const MORE_CASES: readonly [RuleId, string, Ablation][] = [
  [
    'R11',
    'an objection to a job necessity leaves it in place but contested',
    {
      situation: {
        activity: 'website-name',
        role: 'management',
        initiator: 'employer-requires',
        objected: true,
      },
      without: (f, r) => {
        expect(f.outcome).toBe('required-by-job');
        expect(r.outcome).toBe('required-by-job');
        flagGoes('contested')(f, r);
        expect(f.rights).toContain('object');
        expect(r.rights).not.toContain('object');
      },
    },
  ],
  [
    'R3',
    'a “no” that costs you ends the balance for an identifiable photo',
    {
      situation: {
        activity: 'website-photo',
        role: 'sales',
        initiator: 'employer-requires',
        refusalConsequence: 'pressure',
      },
      without: outcomeChanges('not-allowed', 'legitimate-interest'),
    },
  ],
  [
    'R8',
    'a personal-account task agreed as the job of a back-office role is required, but contested',
    {
      situation: {
        activity: 'feed-post',
        role: 'back-office',
        initiator: 'employer-requires',
        jobDefined: true,
        workTime: true,
      },
      without: (f, r) => {
        outcomeChanges('required-by-job', 'voluntary-only')(f, r);
        flagGoes('contested')(f, r);
      },
    },
  ],
  [
    'R10',
    'an identifiable photo resting on an opt-out is weighed, and contested',
    {
      situation: {
        activity: 'employer-social-photo',
        role: 'back-office',
        initiator: 'employer-asks',
        mitigations: ['opt-out-without-consequences'],
      },
      without: (f, r) => {
        outcomeChanges('legitimate-interest', 'voluntary-only')(f, r);
        flagGoes('contested')(f, r);
      },
    },
  ],
];

describe('ablation: removing a rule changes the answer', () => {
  it.each(MORE_CASES)('without %s: %s', (id, _, { situation, without }) => {
    const full = evaluate(situation);
    const reduced = evaluateWith(
      RULES.filter((rule) => rule.id !== id),
      situation,
    );
    expect(full.reasons.map((r) => r.rule)).toContain(id);
    without(full, reduced);
  });

  it('has a case for every rule of the table', () => {
    expect(Object.keys(CASES).sort()).toEqual([...RULE_IDS].sort());
  });

  it.each(RULE_IDS.map((id) => [id, CASES[id]] as const))('without %s', (id, { situation, without }) => {
    const full = evaluate(situation);
    const reduced = evaluateWith(
      RULES.filter((rule) => rule.id !== id),
      situation,
    );
    expect(full.reasons.map((r) => r.rule)).toContain(id);
    expect(reduced.reasons.map((r) => r.rule)).not.toContain(id);
    expect(reduced).not.toEqual(full);
    without(full, reduced);
  });

  it('the full table is what evaluate uses', () => {
    const situation: Situation = { activity: 'website-photo', role: 'sales', initiator: 'employer-asks' };
    expect(evaluateWith(RULES, situation)).toEqual(evaluate(situation));
    expect(evaluateWith([], situation)).toMatchObject({ outcome: 'not-allowed', reasons: [] });
  });
});
