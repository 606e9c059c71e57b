import { describe, expect, it } from 'vitest';
import { evaluate } from '@/core/evaluate';
import { assessmentRules } from '@/core/log';
import { type WebsiteFindingFacts, websiteFindingRecord } from '@/core/log/website-record';
import { defaultSettings, type Settings } from '@/core/settings';
import { websitePlan } from '@/core/website-finding';
import { websiteRecord } from './log-fixtures';

const facts: WebsiteFindingFacts = {
  time: '2026-01-15T10:00:00.000Z',
  host: 'www.acme-installaties.nl',
  route: '/team',
  activity: 'website-photo',
  exposed: ['name', 'job-title', 'photo'],
};

const settings = (overrides: Partial<Settings> = {}): Settings => ({ ...defaultSettings(), ...overrides });

describe('websiteFindingRecord: the log record of a page that shows the user', () => {
  it('records where and what, as noticed on the employer website, unassessed without an initiator', () => {
    // The fixture is the record the background writes for this page: see log-fixtures.ts.
    expect(websiteFindingRecord(facts, settings({ role: 'back-office' }))).toEqual(websiteRecord());
  });

  it('stays unassessed when an initiator is remembered but the role is unknown', () => {
    const record = websiteFindingRecord(
      facts,
      settings({ rememberedInitiator: { 'website-photo': 'employer-requires' } }),
    );
    expect(record.outcome).toBe('unassessed');
    expect(record.rules).toEqual([]);
  });

  it('assesses with the core when the settings know the role and a remembered initiator', () => {
    const known = settings({
      role: 'back-office',
      jobDefined: false,
      rememberedInitiator: { 'website-photo': 'employer-requires' },
    });
    const record = websiteFindingRecord(facts, known);
    const situation = websitePlan('website-photo', known, {}).situation;
    if (!situation) throw new Error('expected a situation');
    const assessment = evaluate(situation);
    expect(record.outcome).toBe(assessment.outcome);
    expect(record.outcome).not.toBe('unassessed');
    expect(record.rules).toEqual(assessmentRules(assessment));
    expect(record.rules.length).toBeGreaterThan(0);
  });

  it('refuses what is not a clean host, path or exposure (nothing from the page gets in)', () => {
    expect(() => websiteFindingRecord({ ...facts, host: 'Jan de Vries' }, settings())).toThrow(
      /record\.host/,
    );
    expect(() => websiteFindingRecord({ ...facts, route: '/team?name=jan' }, settings())).toThrow(
      /record\.route/,
    );
    expect(() => websiteFindingRecord({ ...facts, exposed: [] }, settings())).toThrow(/record\.exposed/);
  });
});
