// What the decision log keeps of a checked policy: ids and counts only. The record is built from real
// corpus texts and checked for any piece of their text, and against the log's own validation.
import { describe, expect, it } from 'vitest';
import { validateRecord } from '@/core/log';
import {
  analysePolicy,
  POLICY_REPORT_ROUTE,
  policyFindings,
  policyReportRecord,
  summarisePolicy,
} from '@/core/policy';
import en01 from '../policy/corpus/en-01-linkedin-guidelines';
import nl01 from '../policy/corpus/nl-01-socialmediabeleid';

const TIME = '2026-12-04T20:00:00.000Z';

/** Every run of three words of `text` (letters only), lower-cased: what "a piece of the text" means here. */
function wordTriples(text: string): string[] {
  const words = text.toLowerCase().match(/\p{L}{3,}/gu) ?? [];
  return words.slice(2).map((_, i) => `${words[i]} ${words[i + 1]} ${words[i + 2]}`);
}

describe.each([
  ['English', en01.text],
  ['Dutch', nl01.text],
])('the saved report of a %s policy', (_, text) => {
  const report = analysePolicy(text, { role: 'sales' });
  const record = policyReportRecord(report, { role: 'sales', employerNamed: true, time: TIME });

  it('is a valid log record on the policy-check surface, decision saved, with exactly the summary fields', () => {
    expect(record).not.toBeNull();
    expect(validateRecord(record)).toEqual(record);
    expect(record).toMatchObject({
      surface: 'policy-check',
      decision: 'saved',
      route: POLICY_REPORT_ROUTE,
      employerLinked: true,
    });
    expect(Object.keys(record?.policy ?? {}).sort()).toEqual(['findings', 'language', 'role']);
    for (const finding of record?.policy?.findings ?? []) {
      expect(Object.keys(finding).sort()).toEqual(['activity', 'clauses', 'outcome', 'verdict']);
    }
    expect(record?.policy?.language).toBe(report.language);
  });

  it('counts every clause once, by verdict as the page sums them up, most serious first', () => {
    const findings = record?.policy?.findings ?? [];
    const byVerdict = { 'may-not-require': 0, contested: 0, fine: 0 };
    for (const finding of findings) byVerdict[finding.verdict] += finding.clauses;
    expect(byVerdict).toEqual(summarisePolicy(report.clauses));
    const order = findings.map((f) => ['may-not-require', 'contested', 'fine'].indexOf(f.verdict));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(record?.activity).toBe(findings[0]?.activity);
    expect(record?.outcome).toBe(findings[0]?.outcome);
  });

  it('holds no piece of the text: no three words of it, no clause, no cue, no offsets', () => {
    const json = JSON.stringify(record).toLowerCase();
    const kept = wordTriples(json.replace(/[-_]/g, ' '));
    const fromText = new Set(wordTriples(text));
    expect(kept.filter((triple) => fromText.has(triple))).toEqual([]);
    for (const clause of report.clauses) {
      expect(json).not.toContain(text.slice(clause.start, clause.end).toLowerCase().slice(0, 40));
    }
    expect(json).not.toMatch(/"(start|end|cues|text|situation|assessment)"/);
  });
});

describe('policyReportRecord', () => {
  it('gives nothing to save for a text without clauses', () => {
    const report = analysePolicy('Use our brand colours in every presentation.', { role: 'sales' });
    expect(policyReportRecord(report, { role: 'sales', employerNamed: false, time: TIME })).toBeNull();
    expect(policyFindings([])).toEqual([]);
  });

  it('says whether an employer was named, never which', () => {
    const report = analysePolicy(en01.text, { role: 'back-office' });
    const record = policyReportRecord(report, { role: 'back-office', employerNamed: false, time: TIME });
    expect(record?.employerLinked).toBe(false);
    expect(record?.policy?.role).toBe('back-office');
  });
});

describe('a saved report in the log refuses', () => {
  const report = analysePolicy(en01.text, { role: 'sales' });
  const record = policyReportRecord(report, { role: 'sales', employerNamed: true, time: TIME });
  if (!record?.policy) throw new Error('no record');
  const policy = record.policy;
  const first = policy.findings[0];
  if (!first) throw new Error('no finding');
  const cases: [string, unknown][] = [
    ['the text beside the summary', { ...record, policy: { ...policy, text: en01.text } }],
    ['a clause in a finding', { ...record, policy: { ...policy, findings: [{ ...first, clause: 'x' }] } }],
    ['a file name', { ...record, fileName: 'beleid-jan-de-vries.txt' }],
    ['a summary on a warning record', { ...record, surface: 'feed-composer', decision: 'cancel' }],
    ['a report without its summary', { ...record, policy: undefined }],
    ['a report as a warning decision', { ...record, decision: 'proceed' }],
    ['no findings', { ...record, policy: { ...policy, findings: [] } }],
    ['a repeated finding', { ...record, policy: { ...policy, findings: [first, first] } }],
    ['zero clauses', { ...record, policy: { ...policy, findings: [{ ...first, clauses: 0 }] } }],
    ['an unknown language', { ...record, policy: { ...policy, language: 'de' } }],
    ['an unknown role', { ...record, policy: { ...policy, role: 'ceo' } }],
    [
      'a head that is not the first finding',
      { ...record, activity: first.activity === 'comment' ? 'monitoring' : 'comment' },
    ],
    [
      'a verdict its outcome does not allow',
      {
        ...record,
        outcome: 'not-allowed',
        policy: { ...policy, findings: [{ ...first, outcome: 'not-allowed', verdict: 'fine' }] },
      },
    ],
  ];
  it.each(cases)('%s', (_, value) => {
    expect(() => validateRecord(value)).toThrow(TypeError);
  });
});
