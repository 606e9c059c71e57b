// Shared by the log tests: a real SHA-256 digest and a small valid log built through appendEntry.
import { createHash } from 'node:crypto';
import { appendEntry, type DecisionLogEntry, type Digest } from '@/core/log';
import type { DecisionRecord } from '@/core/protocol';

export const sha256: Digest = async (text) => createHash('sha256').update(text, 'utf8').digest('hex');

export function record(overrides: Partial<DecisionRecord> = {}): DecisionRecord {
  return {
    time: '2026-01-15T10:00:00.000Z',
    activity: 'feed-post',
    surface: 'feed-composer',
    employerLinked: true,
    outcome: 'voluntary-only',
    rules: ['R7', 'R16'],
    decision: 'cancel',
    route: '/feed/',
    ...overrides,
  };
}

/** A finding on the employer's website, as the background logs it (no user choice: 'noticed'). */
export function websiteRecord(overrides: Partial<DecisionRecord> = {}): DecisionRecord {
  return record({
    activity: 'website-photo',
    surface: 'employer-website',
    outcome: 'unassessed',
    rules: [],
    decision: 'noticed',
    route: '/team',
    host: 'www.acme-installaties.nl',
    exposed: ['name', 'job-title', 'photo'],
    ...overrides,
  });
}

/** A saved policy report, as the options page sends it: ids and counts, never the text. */
export function policyRecord(overrides: Partial<DecisionRecord> = {}): DecisionRecord {
  return record({
    activity: 'profile-photo',
    surface: 'policy-check',
    employerLinked: true,
    outcome: 'voluntary-only',
    rules: ['R3', 'R7'],
    decision: 'saved',
    route: '/options.html',
    policy: {
      language: 'nl',
      role: 'sales',
      findings: [
        { activity: 'profile-photo', outcome: 'voluntary-only', verdict: 'may-not-require', clauses: 2 },
        { activity: 'feed-post', outcome: 'legitimate-interest', verdict: 'contested', clauses: 1 },
        { activity: 'intranet-photo', outcome: 'required-by-job', verdict: 'fine', clauses: 3 },
      ],
    },
    ...overrides,
  });
}

/** `count` chained entries, one a month apart from January 2025. */
export async function buildEntries(count: number): Promise<DecisionLogEntry[]> {
  const entries: DecisionLogEntry[] = [];
  const activities = ['feed-post', 'comment', 'group-post', 'profile-photo'] as const;
  for (let i = 0; i < count; i++) {
    const time = new Date(Date.UTC(2025, i, 10, 9, 30)).toISOString();
    const entry = await appendEntry(
      entries,
      record({
        time,
        activity: activities[i % activities.length],
        outcome: i % 3 === 0 ? 'not-allowed' : 'voluntary-only',
        decision: i % 2 === 0 ? 'cancel' : 'proceed',
        employerLinked: i % 2 === 0,
        rules: [`R${i + 1}`],
        route: `/groups/${1000 + i}/`,
      }),
      sha256,
    );
    entries.push(entry);
  }
  return entries;
}
