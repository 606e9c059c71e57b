import { describe, expect, it } from 'vitest';
import {
  appendEntry,
  assessmentRules,
  filterEntries,
  normaliseRoute,
  REQUIRED_RECORD_FIELDS,
  SURFACE_IDS,
  validateRecord,
} from '@/core/log';
import { isReportSurface } from '@/core/surfaces';
import { buildEntries, policyRecord, record, sha256, websiteRecord } from './log-fixtures';

describe('validateRecord: the guard on every message from a content script', () => {
  it('returns a clean copy of a valid record', () => {
    const input = record();
    const clean = validateRecord(input);
    expect(clean).toEqual(input);
    expect(clean).not.toBe(input);
    expect(clean.rules).not.toBe(input.rules);
  });

  it('accepts every surface and an unassessed outcome', () => {
    for (const surface of SURFACE_IDS) {
      const input = isReportSurface(surface) ? policyRecord({ surface }) : record({ surface });
      expect(validateRecord(input).surface).toBe(surface);
    }
    expect(validateRecord(record({ outcome: 'unassessed', rules: [] })).outcome).toBe('unassessed');
  });

  const bad: [string, unknown, RegExp][] = [
    ['not an object', 'feed-post', /^record: /],
    ['an array', [], /^record: /],
    [
      'free text in an extra field',
      { ...record(), text: 'My post about the reorganisation' },
      /record\.text: unknown field/,
    ],
    ['a field value', { ...record(), value: 'Sales manager at Acme' }, /record\.value/],
    ['a time that is not ISO 8601', record({ time: 'yesterday' }), /record\.time/],
    ['an impossible date', record({ time: '2026-13-45T10:00:00Z' }), /record\.time/],
    ['an unknown activity', record({ activity: 'dancing' as never }), /record\.activity/],
    ['an unknown surface', record({ surface: 'inbox' as never }), /record\.surface/],
    ['employerLinked as text', record({ employerLinked: 'yes' as never }), /record\.employerLinked/],
    ['an unknown outcome', record({ outcome: 'maybe' as never }), /record\.outcome/],
    ['rules with free text', record({ rules: ['R7', 'because my boss said so'] }), /record\.rules/],
    ['an unknown rule id', record({ rules: ['R7', 'R99'] }), /record\.rules/],
    ['rules not a list', record({ rules: 'R7' as never }), /record\.rules/],
    ['an unknown decision', record({ decision: 'later' as never }), /record\.decision/],
    ['a route with a query', record({ route: '/search/results/all/?keywords=secret' }), /record\.route/],
    ['a route with a fragment', record({ route: '/feed/#post' }), /record\.route/],
    ['a full URL as route', record({ route: 'https://www.linkedin.com/feed/' }), /record\.route/],
    ['a route with spaces', record({ route: '/feed/my post text' }), /record\.route/],
    ['a very long route', record({ route: `/${'a'.repeat(600)}` }), /record\.route/],
    ['a missing field', (({ decision: _d, ...rest }) => rest)(record()), /record\.decision/],
  ];
  for (const [name, input, message] of bad) {
    it(`refuses ${name} with a TypeError naming the field`, () => {
      expect(() => validateRecord(input)).toThrow(TypeError);
      expect(() => validateRecord(input)).toThrow(message);
    });
  }
});

describe('validateRecord: employer-website findings (host, exposed, noticed)', () => {
  it('accepts a finding with its host and what was exposed, and copies the list', () => {
    const input = websiteRecord();
    const clean = validateRecord(input);
    expect(clean).toEqual(input);
    expect(clean.exposed).not.toBe(input.exposed);
    expect(validateRecord(websiteRecord({ host: undefined, exposed: undefined }))).not.toHaveProperty('host');
  });

  it('leaves host and exposed out of a record that has none (no undefined keys)', () => {
    expect(Object.keys(validateRecord(record()))).toEqual([...REQUIRED_RECORD_FIELDS]);
  });

  const bad: [string, unknown, RegExp][] = [
    ['a host on a LinkedIn record', record({ host: 'www.acme.nl' }), /record\.host/],
    ['exposed on a LinkedIn record', record({ exposed: ['name'] }), /record\.host/],
    ['a host with a path', websiteRecord({ host: 'www.acme.nl/team' }), /record\.host/],
    ['a URL as host', websiteRecord({ host: 'https://www.acme.nl' }), /record\.host/],
    ['a host in capitals', websiteRecord({ host: 'WWW.ACME.NL' }), /record\.host/],
    ['free text as host', websiteRecord({ host: 'Jan de Vries, servicemonteur' }), /record\.host/],
    ['a host that is not text', websiteRecord({ host: 42 as never }), /record\.host/],
    ['an unknown exposure', websiteRecord({ exposed: ['name', 'salary' as never] }), /record\.exposed/],
    ['a repeated exposure', websiteRecord({ exposed: ['name', 'name'] }), /record\.exposed/],
    ['an empty exposure list', websiteRecord({ exposed: [] }), /record\.exposed/],
    ['exposed as text', websiteRecord({ exposed: 'name' as never }), /record\.exposed/],
  ];
  for (const [name, input, message] of bad) {
    it(`refuses ${name}`, () => {
      expect(() => validateRecord(input)).toThrow(TypeError);
      expect(() => validateRecord(input)).toThrow(message);
    });
  }
});

describe('assessmentRules', () => {
  it('keeps each rule once, in the order of the reasons', () => {
    const reasons = [
      { rule: 'R7', sources: [] },
      { rule: 'R2', sources: ['S1'] },
      { rule: 'R7', sources: ['S3'] },
    ];
    expect(assessmentRules({ reasons })).toEqual(['R7', 'R2']);
  });
});

describe('filterEntries', () => {
  it('filters by activity, outcome and an inclusive period, and combines them', async () => {
    const entries = await buildEntries(8); // one a month from 10 Jan 2025
    expect(filterEntries(entries, {}).length).toBe(8);
    expect(filterEntries(entries, { activity: 'comment' }).map((e) => e.seq)).toEqual([2, 6]);
    expect(filterEntries(entries, { outcome: 'not-allowed' }).map((e) => e.seq)).toEqual([1, 4, 7]);
    const from = new Date(entries[2]?.time ?? '');
    const to = new Date(Date.UTC(2025, 5, 10, 9, 30));
    expect(filterEntries(entries, { from, to }).map((e) => e.seq)).toEqual([3, 4, 5, 6]);
    expect(filterEntries(entries, { from, to, outcome: 'not-allowed' }).map((e) => e.seq)).toEqual([4]);
    expect(filterEntries(entries, { activity: 'monitoring' })).toEqual([]);
  });

  it('finds a saved policy report by any activity and outcome it found', async () => {
    const entries = await buildEntries(2);
    const report = await appendEntry(entries, policyRecord({ time: entries[1]?.time ?? '' }), sha256);
    const all = [...entries, report];
    expect(filterEntries(all, { activity: 'intranet-photo' }).map((e) => e.seq)).toEqual([3]);
    expect(filterEntries(all, { outcome: 'legitimate-interest' }).map((e) => e.seq)).toEqual([3]);
    expect(filterEntries(all, { activity: 'monitoring' })).toEqual([]);
  });
});

describe('normaliseRoute', () => {
  it('percent-encodes what browsers leave raw in a pathname, so every page can be logged', () => {
    const route = normaliseRoute('/groups/[work]|team^2/');
    expect(route).toBe('/groups/%5Bwork%5D%7Cteam%5E2/');
    expect(() => validateRecord({ ...record(), route })).not.toThrow();
    expect(normaliseRoute('/feed/')).toBe('/feed/');
    expect(normaliseRoute('/in/jan-de-vries/edit/forms/position/new/')).toBe(
      '/in/jan-de-vries/edit/forms/position/new/',
    );
  });
});
