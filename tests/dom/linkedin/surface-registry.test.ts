// The surface registry (core/surfaces.ts) is the one place a surface is declared. This test fails when a
// surface lacks any of the other places it needs: a detector, its selector table, a log label in every
// language, a fixture, and the right record fields.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { surfaceLabels } from '@/core/i18n/messages/log';
import { SURFACE_IDS as LOG_SURFACE_IDS, validateRecord } from '@/core/log';
import {
  activityOf,
  isProfileSurface,
  isReportSurface,
  LINKEDIN_SURFACE_IDS,
  type MomentSurfaceId,
  PROFILE_FORM_SURFACES,
  SURFACE_IDS,
  SURFACES,
} from '@/core/surfaces';
import { ACTIVITIES } from '@/core/types';
import { LINKEDIN_DETECTORS } from '@/entrypoints/linkedin.content/detectors';
import { SELECTORS_OF_SURFACE } from '@/entrypoints/linkedin.content/surfaces';
import { LINKEDIN_FIXTURES } from '../../fixtures/linkedin';
import { PROFILE_FIXTURE_SURFACES } from '../../fixtures/linkedin/profile';

const WEBSITE_FIXTURES = 'tests/fixtures/websites';

describe('surface registry', () => {
  it('is the id list the log validates against', () => {
    expect(LOG_SURFACE_IDS).toBe(SURFACE_IDS);
    expect(new Set(SURFACE_IDS).size).toBe(SURFACE_IDS.length);
  });

  it.each(SURFACE_IDS)(
    '%s has a known activity (or is a report) and a log label in English and Dutch',
    (id) => {
      const entry = SURFACES[id];
      if (entry.kind === 'report') expect(isReportSurface(id)).toBe(true);
      else expect(ACTIVITIES).toContain(activityOf(id as MomentSurfaceId));
      const key: keyof typeof surfaceLabels.en = id;
      expect(surfaceLabels.en[key]?.trim()).toBeTruthy();
      expect(surfaceLabels.nl[key]?.trim()).toBeTruthy();
    },
  );

  it.each(LINKEDIN_SURFACE_IDS)('%s has exactly one detector, a selector table and a fixture', (id) => {
    expect(LINKEDIN_DETECTORS.filter((d) => d.surfaces.includes(id))).toHaveLength(1);
    expect(Object.keys(SELECTORS_OF_SURFACE[id] ?? {}).length).toBeGreaterThan(0);
    const fixtures = [...LINKEDIN_FIXTURES.flatMap((f) => f.surfaces), ...PROFILE_FIXTURE_SURFACES];
    expect(fixtures).toContain(id);
  });

  it('gives no LinkedIn detector a surface outside LinkedIn, and the website its own fixtures', () => {
    const claimed = LINKEDIN_DETECTORS.flatMap((d) => d.surfaces);
    expect(new Set(claimed)).toEqual(new Set(LINKEDIN_SURFACE_IDS));
    const website = SURFACE_IDS.filter((id) => SURFACES[id].kind === 'website');
    expect(website.length).toBeGreaterThan(0);
    expect(readdirSync(WEBSITE_FIXTURES).length).toBeGreaterThan(0);
  });

  it('lets only profile surfaces carry changed fields, whatever their id looks like', () => {
    const record = (surface: (typeof SURFACE_IDS)[number]) => ({
      time: '2026-12-01T10:00:00Z',
      activity: isReportSurface(surface) ? 'feed-post' : activityOf(surface),
      surface,
      employerLinked: true,
      outcome: 'unassessed',
      rules: [],
      decision: 'cancel',
      route: '/feed/',
      changedFields: ['company'],
    });
    for (const id of SURFACE_IDS) {
      if (isProfileSurface(id)) expect(validateRecord(record(id)).changedFields).toEqual(['company']);
      else expect(() => validateRecord(record(id))).toThrow(/changedFields/);
    }
    expect(PROFILE_FORM_SURFACES).toContain('notify-network-setting');
    expect(PROFILE_FORM_SURFACES).not.toContain('comment');
  });

  it('gives a report surface no detector, and logs it only as a saved report with its summary', () => {
    const reports = SURFACE_IDS.filter(isReportSurface);
    expect(reports).toEqual(['policy-check']);
    expect(LINKEDIN_DETECTORS.flatMap((d) => d.surfaces as readonly string[])).not.toContain('policy-check');
    const policy = {
      language: 'en',
      role: 'sales',
      findings: [
        { activity: 'feed-post', outcome: 'voluntary-only', verdict: 'may-not-require', clauses: 1 },
      ],
    };
    const base = {
      time: '2026-12-01T10:00:00Z',
      activity: 'feed-post',
      employerLinked: false,
      outcome: 'voluntary-only',
      rules: [],
      route: '/options.html',
    };
    for (const id of SURFACE_IDS) {
      const saved = { ...base, surface: id, decision: 'saved', policy };
      const warned = { ...base, surface: id, decision: 'cancel' };
      if (isReportSurface(id)) {
        expect(validateRecord(saved).policy).toEqual(policy);
        expect(() => validateRecord(warned)).toThrow(/policy/);
      } else {
        expect(() => validateRecord(saved)).toThrow(/policy/);
      }
    }
  });
});
