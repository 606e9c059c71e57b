// A valid decision record, as a content script sends it, for the log tests.
import type { DecisionRecord } from '@/core/protocol';

export function record(overrides: Partial<DecisionRecord> = {}): DecisionRecord {
  return {
    time: '2026-11-20T10:00:00.000Z',
    activity: 'feed-post',
    surface: 'feed-composer',
    employerLinked: true,
    outcome: 'voluntary-only',
    rules: ['R14'],
    decision: 'cancel',
    route: '/feed/',
    ...overrides,
  };
}
