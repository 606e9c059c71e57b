import { describe, expect, it } from 'vitest';
import { evaluate } from '@/core/evaluate';
import type { WebsiteFinding } from '@/core/protocol';
import { defaultSettings, type Settings } from '@/core/settings';
import type { Assessment } from '@/core/types';
import {
  classifyFinding,
  findingKey,
  hostOrigin,
  pageExposure,
  pageRoute,
  websiteLetterKinds,
  websitePlan,
} from '@/core/website-finding';

function finding(overrides: Partial<WebsiteFinding> = {}): WebsiteFinding {
  return { activity: 'website-name', exposed: ['name'], source: 'text', nameForm: 'full', ...overrides };
}

function settings(overrides: Partial<Settings> = {}): Settings {
  return { ...defaultSettings(), ownName: 'Jan de Vries', ...overrides };
}

function assessment(overrides: Partial<Assessment>): Assessment {
  return {
    outcome: 'legitimate-interest',
    employerMayRequire: false,
    flags: [],
    rights: [],
    mitigations: [],
    reasons: [],
    ...overrides,
  };
}

describe('classifyFinding', () => {
  it('is website-name for a name with or without job title', () => {
    expect(classifyFinding({ jobTitle: false, photo: false })).toEqual({
      activity: 'website-name',
      exposed: ['name'],
    });
    expect(classifyFinding({ jobTitle: true, photo: false })).toEqual({
      activity: 'website-name',
      exposed: ['name', 'job-title'],
    });
  });

  it('is website-photo when an identifiable photo sits with the name', () => {
    expect(classifyFinding({ jobTitle: true, photo: true })).toEqual({
      activity: 'website-photo',
      exposed: ['name', 'job-title', 'photo'],
    });
  });
});

describe('pageExposure', () => {
  it('is null for a page without findings', () => {
    expect(pageExposure([])).toBeNull();
  });

  it('joins what all findings show, the photo deciding the activity', () => {
    expect(
      pageExposure([
        finding({ exposed: ['name', 'job-title'] }),
        finding({ activity: 'website-photo', exposed: ['photo', 'name'], source: 'alt' }),
      ]),
    ).toEqual({ activity: 'website-photo', exposed: ['name', 'job-title', 'photo'] });
  });
});

describe('websitePlan', () => {
  it('asks initiator and role while they are unknown and gives no situation yet', () => {
    const plan = websitePlan('website-photo', settings(), {});
    expect(plan.situation).toBeNull();
    expect(plan.questions.map((q) => q.id)).toEqual(['initiator', 'role']);
  });

  it('takes the role from the settings and the initiator from the answers', () => {
    const plan = websitePlan('website-photo', settings({ role: 'field-service', worksCouncil: true }), {
      initiator: 'employer-requires',
    });
    expect(plan.questions).toEqual([]);
    expect(plan.situation).toEqual({
      activity: 'website-photo',
      role: 'field-service',
      initiator: 'employer-requires',
      worksCouncil: true,
      audience: 'public',
      identifiability: 'full',
    });
  });

  it('marks a name-only finding as name-only and carries the safeguards and status the user gave', () => {
    const plan = websitePlan('website-name', settings({ role: 'sales' }), {
      initiator: 'employer-asks',
      role: 'back-office',
      status: 'ex-employee',
      mitigations: ['opt-out-without-consequences'],
      informed: false,
    });
    expect(plan.situation).toEqual({
      activity: 'website-name',
      role: 'back-office',
      initiator: 'employer-asks',
      audience: 'public',
      identifiability: 'name-only',
      status: 'ex-employee',
      mitigations: ['opt-out-without-consequences'],
      informed: false,
    });
  });
});

describe('websiteLetterKinds', () => {
  it('offers objection (Art. 21) and removal (Art. 17) for a photo under legitimate interest', () => {
    const kinds = websiteLetterKinds(
      assessment({ rights: ['object', 'information', 'access', 'erasure', 'restriction', 'complain'] }),
    );
    expect(kinds).toEqual(['objection', 'access', 'erasure']);
  });

  it('offers withdrawal of consent and removal when it is voluntary only', () => {
    const kinds = websiteLetterKinds(
      assessment({
        outcome: 'voluntary-only',
        rights: ['refuse', 'withdraw-consent', 'erasure', 'complain'],
      }),
    );
    expect(kinds).toEqual(['refuse-requirement', 'withdraw-consent', 'erasure']);
  });

  it('offers no objection and no erasure letter while the job requires it (Art. 21 does not apply)', () => {
    const kinds = websiteLetterKinds(
      assessment({
        outcome: 'required-by-job',
        employerMayRequire: true,
        rights: ['information', 'access', 'rectification', 'erasure'],
      }),
    );
    expect(kinds).toEqual(['access']);
  });

  it('follows the real core for the blog case with a photo that is not required', () => {
    const situation = websitePlan('website-photo', settings({ role: 'back-office' }), {
      initiator: 'employer-requires',
    }).situation;
    expect(situation).not.toBeNull();
    const result = evaluate(situation as NonNullable<typeof situation>);
    expect(result.employerMayRequire).toBe(false);
    expect(websiteLetterKinds(result)).toContain('erasure');
  });
});

describe('findingKey: once per page per change', () => {
  const page = { host: 'www.acme-installaties.nl', route: '/team' };

  it('is null when the page shows nothing', () => {
    expect(findingKey({ ...page, findings: [] })).toBeNull();
  });

  it('is the same on a revisit, whatever the order or number of findings', () => {
    const first = findingKey({ ...page, findings: [finding({ exposed: ['name', 'job-title'] })] });
    const again = findingKey({
      host: 'WWW.ACME-INSTALLATIES.NL',
      route: '/team',
      findings: [finding({ exposed: ['job-title', 'name'] }), finding({ source: 'title' })],
    });
    expect(first).toBe('www.acme-installaties.nl/team#website-name:name+job-title');
    expect(again).toBe(first);
  });

  it('changes when the page changes what it shows or is another page', () => {
    const nameOnly = findingKey({ ...page, findings: [finding()] });
    const withPhoto = findingKey({
      ...page,
      findings: [finding({ activity: 'website-photo', exposed: ['name', 'photo'] })],
    });
    const otherPage = findingKey({ ...page, route: '/contact', findings: [finding()] });
    expect(new Set([nameOnly, withPhoto, otherPage]).size).toBe(3);
  });
});

describe('pageRoute and hostOrigin', () => {
  it('keeps the path only, without trailing slash', () => {
    expect(pageRoute('/over-ons/team/')).toBe('/over-ons/team');
    expect(pageRoute('/team?ref=mail#jan')).toBe('/team');
    expect(pageRoute('/')).toBe('/');
    expect(pageRoute('')).toBe('/');
  });

  it('asks for https on exactly that host', () => {
    expect(hostOrigin('www.acme-installaties.nl')).toBe('https://www.acme-installaties.nl/*');
  });
});
