import { describe, expect, it } from 'vitest';
import { defaultLetterSettings, defaultSettings, type Settings } from '@/core/settings';
import { readStoredSettings } from '@/core/settings/fields';
import {
  applySettingsPatch,
  exportSettings,
  type FieldError,
  importSettings,
  migrateSettings,
  normaliseCompanyPageUrl,
  normaliseHost,
  SettingsCorruptError,
  validateSettingsPatch,
} from '@/core/settings/io';

function errorsOf(patch: unknown): FieldError[] {
  const result = validateSettingsPatch(patch);
  if (result.ok) throw new Error(`expected errors for ${JSON.stringify(patch)}`);
  return result.errors;
}

function cleaned(patch: unknown): Partial<Settings> {
  const result = validateSettingsPatch(patch);
  if (!result.ok) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
  return result.value;
}

const employer = (fields: Partial<Settings['employer']>) => ({
  employer: { name: 'Acme BV', aliases: [], companyPageUrl: null, ...fields },
});

describe('validateSettingsPatch: bad input gets a clear message in both languages', () => {
  const cases: [string, unknown, string, RegExp, RegExp][] = [
    [
      'empty alias',
      employer({ aliases: ['Acme', '  '] }),
      'employer.aliases.1',
      /Other name 2 is empty/,
      /Andere naam 2 is leeg/,
    ],
    [
      'alias repeats the name',
      employer({ aliases: [' acme bv '] }),
      'employer.aliases.0',
      /same as the employer name/,
      /gelijk aan de naam/,
    ],
    [
      'alias repeats the name with other accents and spacing',
      employer({ name: 'Café  Noir', aliases: ['cafe noir'] }),
      'employer.aliases.0',
      /same as the employer name/,
      /gelijk aan de naam/,
    ],
    [
      'alias listed twice',
      employer({ aliases: ['Acme', 'ACME'] }),
      'employer.aliases.1',
      /listed twice/,
      /twee keer/,
    ],
    ['name of only spaces', employer({ name: '   ' }), 'employer.name', /only spaces/, /alleen uit spaties/],
    ['own name of only spaces', { ownName: ' \t ' }, 'ownName', /only spaces/, /alleen uit spaties/],
    [
      'company page elsewhere',
      employer({ companyPageUrl: 'https://example.com/company/acme' }),
      'employer.companyPageUrl',
      /not the address of a LinkedIn company page/,
      /niet het adres van een LinkedIn-bedrijfspagina/,
    ],
    [
      'personal profile instead of company',
      employer({ companyPageUrl: 'https://www.linkedin.com/in/jan/' }),
      'employer.companyPageUrl',
      /LinkedIn company page/,
      /bedrijfspagina/,
    ],
    [
      'company without slug',
      employer({ companyPageUrl: 'linkedin.com/company/' }),
      'employer.companyPageUrl',
      /LinkedIn company page/,
      /bedrijfspagina/,
    ],
    [
      'look-alike host',
      employer({ companyPageUrl: 'https://linkedin.com.evil.example/company/acme' }),
      'employer.companyPageUrl',
      /LinkedIn company page/,
      /bedrijfspagina/,
    ],
    ['unknown role', { role: 'astronaut' }, 'role', /roles in the list/, /functies uit de lijst/],
    [
      'retention zero',
      { logRetentionMonths: 0 },
      'logRetentionMonths',
      /whole number of months/,
      /heel getal van minstens 1/,
    ],
    ['retention fraction', { logRetentionMonths: 1.5 }, 'logRetentionMonths', /whole number/, /heel getal/],
    ['retention negative', { logRetentionMonths: -3 }, 'logRetentionMonths', /whole number/, /heel getal/],
    ['retention text', { logRetentionMonths: 'a year' }, 'logRetentionMonths', /whole number/, /heel getal/],
    [
      'host with a path',
      { websiteHosts: ['example.com/team'] },
      'websiteHosts.0',
      /not a website address/,
      /geen websiteadres/,
    ],
    [
      'host with spaces',
      { websiteHosts: ['my site.nl'] },
      'websiteHosts.0',
      /not a website address/,
      /geen websiteadres/,
    ],
    [
      'single-label host',
      { websiteHosts: ['intranet'] },
      'websiteHosts.0',
      /not a website address/,
      /geen websiteadres/,
    ],
    [
      'IP address',
      { websiteHosts: ['192.168.1.1'] },
      'websiteHosts.0',
      /not a website address/,
      /geen websiteadres/,
    ],
    [
      'host listed twice',
      { websiteHosts: ['Example.com', 'https://example.com/'] },
      'websiteHosts.1',
      /listed twice/,
      /twee keer/,
    ],
    ['unknown language', { language: 'de' }, 'language', /Dutch or English/, /Nederlands of Engels/],
    ['unknown field', { colour: 'blue' }, 'colour', /not a setting/, /geen instelling/],
    ['yes/no field with text', { worksCouncil: 'yes' }, 'worksCouncil', /yes, no/, /ja, nee/],
    [
      'group with a name instead of a number',
      { groups: { 'my group': 'work' } },
      'groups.my group',
      /group/,
      /groep/,
    ],
    [
      'remembered answer for an unknown activity',
      { rememberedInitiator: { dancing: 'own-initiative' } },
      'rememberedInitiator.dancing',
      /activity/,
      /activiteit/,
    ],
    [
      'website marker that is not yes or no',
      { websiteMarker: 'on' },
      'websiteMarker',
      /yes or no/,
      /ja of nee/,
    ],
  ];
  for (const [name, patch, field, en, nl] of cases) {
    it(name, () => {
      const errors = errorsOf(patch);
      const error = errors.find((e) => e.field === field);
      expect(error, JSON.stringify(errors)).toBeDefined();
      expect(error?.message.en).toMatch(en);
      expect(error?.message.nl).toMatch(nl);
    });
  }

  it('refuses anything that is not an object', () => {
    for (const patch of [null, 'settings', 3, ['role']]) expect(errorsOf(patch)[0]?.field).toBe('');
  });

  it('lets nothing through when one field of several is bad', () => {
    const result = validateSettingsPatch({ ownName: 'Ann', role: 'sales', logRetentionMonths: 0 });
    expect(result.ok).toBe(false);
  });
});

describe('validateSettingsPatch: good input is cleaned', () => {
  it('trims names and aliases', () => {
    expect(
      cleaned({ ownName: '  Ann de Vries ', ...employer({ name: ' Acme BV ', aliases: [' Acme '] }) }),
    ).toEqual({
      ownName: 'Ann de Vries',
      employer: { name: 'Acme BV', aliases: ['Acme'], companyPageUrl: null },
    });
  });

  it('normalises LinkedIn company URLs to one form', () => {
    const forms = [
      'https://www.linkedin.com/company/acme-bv/',
      'https://www.linkedin.com/company/acme-bv',
      'http://linkedin.com/company/Acme-BV/about/',
      'www.linkedin.com/company/acme-bv/?trk=foo#x',
      'https://nl.linkedin.com/company/acme-bv/posts/',
      '  linkedin.com/company/acme-bv  ',
    ];
    for (const form of forms) {
      expect(cleaned(employer({ companyPageUrl: form })).employer?.companyPageUrl, form).toBe(
        'https://www.linkedin.com/company/acme-bv/',
      );
    }
    expect(normaliseCompanyPageUrl('https://www.linkedin.com/company/1234567/')).toBe(
      'https://www.linkedin.com/company/1234567/',
    );
    expect(normaliseCompanyPageUrl('https://www.linkedin.com/showcase/acme/')).toBeNull();
    expect(normaliseCompanyPageUrl('https://user:pw@www.linkedin.com/company/acme/')).toBeNull();
  });

  it('an empty company URL means "not set"', () => {
    expect(cleaned(employer({ companyPageUrl: '  ' })).employer?.companyPageUrl).toBeNull();
  });

  it('normalises website hosts', () => {
    expect(
      cleaned({ websiteHosts: [' WWW.Acme.nl ', 'https://shop.acme.nl/team?x=1'] }).websiteHosts,
    ).toEqual(['www.acme.nl', 'shop.acme.nl']);
    expect(normaliseHost('bücher.de')).toBe('xn--bcher-kva.de');
    expect(normaliseHost('-bad.nl')).toBeNull();
  });

  it('accepts a retention from a form field and null for "keep everything"', () => {
    expect(cleaned({ logRetentionMonths: ' 12 ' }).logRetentionMonths).toBe(12);
    expect(cleaned({ logRetentionMonths: null }).logRetentionMonths).toBeNull();
  });

  it('accepts the defaults as a whole', () => {
    expect(cleaned(defaultSettings())).toEqual(defaultSettings());
  });

  it('applySettingsPatch keeps the employer fields a patch leaves out', () => {
    const current = {
      ...defaultSettings(),
      employer: { name: 'Acme BV', aliases: ['Acme'], companyPageUrl: null },
    };
    const result = applySettingsPatch(current, { employer: { companyPageUrl: 'linkedin.com/company/acme' } });
    expect(result).toEqual({
      ok: true,
      settings: {
        ...current,
        employer: {
          name: 'Acme BV',
          aliases: ['Acme'],
          companyPageUrl: 'https://www.linkedin.com/company/acme/',
        },
      },
    });
    expect(applySettingsPatch(current, { employer: { aliases: ['acme bv'] } }).ok).toBe(false);
  });
});

describe('migrateSettings', () => {
  it('gives the defaults when nothing is stored', () => {
    expect(migrateSettings(undefined)).toEqual({ settings: defaultSettings(), migratedFrom: null });
  });

  it('reads the current version unchanged', () => {
    const stored: Settings = { ...defaultSettings(), ownName: 'Ann', role: 'sales', logRetentionMonths: 6 };
    expect(migrateSettings(structuredClone(stored))).toEqual({ settings: stored, migratedFrom: null });
  });

  it('fills fields a stored object lacks with their defaults', () => {
    expect(migrateSettings({ schemaVersion: 2, ownName: 'Ann' })).toEqual({
      settings: { ...defaultSettings(), ownName: 'Ann' },
      migratedFrom: null,
    });
  });

  it('migrates v1 settings to v2: no position, empty letter details, everything else kept', () => {
    const {
      status: _s,
      letter: _l,
      ...v1
    } = {
      ...defaultSettings(),
      schemaVersion: 1,
      onboardingDone: true,
      ownName: 'Ann de Vries',
      role: 'sales' as const,
      websiteHosts: ['www.acme.nl'],
    };
    const { settings, migratedFrom } = migrateSettings(structuredClone(v1));
    expect(migratedFrom).toBe(1);
    expect(settings).toEqual({ ...v1, schemaVersion: 2, status: null, letter: defaultLetterSettings() });
    expect(readStoredSettings(structuredClone(v1))).toEqual(settings);
  });

  it('validates the letter details: one line each, an e-mail that looks like one, a known addressee', () => {
    const ok = validateSettingsPatch({
      status: 'agency-worker',
      letter: { address: ' Kerkstraat 1, 1234 AB Utrecht ', email: 'ann@example.nl', addressee: 'dpo' },
    });
    expect(ok).toEqual({
      ok: true,
      value: {
        status: 'agency-worker',
        letter: {
          ...defaultLetterSettings(),
          address: 'Kerkstraat 1, 1234 AB Utrecht',
          email: 'ann@example.nl',
          addressee: 'dpo',
        },
      },
    });
    const bad = validateSettingsPatch({
      status: 'boss',
      letter: { address: 'a\nb', email: 'ann', personnelNumber: 'x'.repeat(41), addressee: 'ceo', fax: '1' },
    });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors.map((e) => e.field).sort()).toEqual([
      'letter.address',
      'letter.addressee',
      'letter.email',
      'letter.fax',
      'letter.personnelNumber',
      'status',
    ]);
    expect(bad.errors.find((e) => e.field === 'letter.email')?.message.nl).toMatch(/e-mailadres/);
  });

  it('loads a v1 object stored before the website marker setting existed, with the marker off', () => {
    const { websiteMarker: _absent, ...before } = {
      ...defaultSettings(),
      onboardingDone: true,
      ownName: 'Ann de Vries',
      websiteHosts: ['www.acme.nl'],
    };
    expect(Object.hasOwn(before, 'websiteMarker')).toBe(false);
    const { settings, migratedFrom } = migrateSettings(structuredClone(before));
    expect(migratedFrom).toBeNull();
    expect(settings.websiteMarker).toBe(false);
    expect(settings).toEqual({ ...before, websiteMarker: false });
    // The content scripts' reader (no repair) takes the same default.
    expect(readStoredSettings(structuredClone(before))?.websiteMarker).toBe(false);
    // Switched on, it is kept.
    expect(migrateSettings({ ...before, websiteMarker: true }).settings.websiteMarker).toBe(true);
  });

  it('migrates the v0 shape (employerName) to v1', () => {
    const v0 = {
      schemaVersion: 0,
      employerName: ' Acme BV ',
      employerAliases: ['Acme'],
      ownName: 'Ann',
      role: 'sales',
    };
    const { settings, migratedFrom } = migrateSettings(v0);
    expect(migratedFrom).toBe(0);
    expect(settings).toEqual({
      ...defaultSettings(),
      employer: { name: 'Acme BV', aliases: ['Acme'], companyPageUrl: null },
      ownName: 'Ann',
      role: 'sales',
    });
    expect(v0.employerName).toBe(' Acme BV '); // the input is not changed
  });

  it('recognises v0 without a version field by its employerName', () => {
    expect(migrateSettings({ employerName: 'Acme' }).settings.employer.name).toBe('Acme');
  });

  it('detects data that is not settings at all', () => {
    const corrupt: [unknown, string][] = [
      ['hello', 'not-an-object'],
      [[1, 2], 'not-an-object'],
      [42, 'not-an-object'],
      [{ foo: 'bar' }, 'unknown-version'],
      [{ schemaVersion: 'one' }, 'unknown-version'],
      [{ schemaVersion: 3 }, 'newer-version'],
      [{ schemaVersion: 1, role: 'astronaut' }, 'invalid-fields'],
      [{ schemaVersion: 1, employer: 'Acme' }, 'invalid-fields'],
    ];
    for (const [stored, reason] of corrupt) {
      let caught: unknown;
      try {
        migrateSettings(stored);
      } catch (error) {
        caught = error;
      }
      expect(caught, JSON.stringify(stored)).toBeInstanceOf(SettingsCorruptError);
      expect((caught as SettingsCorruptError).reason).toBe(reason);
    }
  });
});

describe('settings export and import', () => {
  const settings: Settings = {
    ...defaultSettings(),
    onboardingDone: true,
    language: 'nl',
    employer: {
      name: 'Acme BV',
      aliases: ['Acme'],
      companyPageUrl: 'https://www.linkedin.com/company/acme/',
    },
    ownName: 'Ann de Vries',
    role: 'field-service',
    jobDefined: false,
    workTime: true,
    worksCouncil: true,
    groups: { '12345': 'work' },
    rememberedInitiator: { 'feed-post': 'own-initiative' },
    quietOwnInitiative: { comment: true },
    websiteHosts: ['www.acme.nl'],
    websiteMarker: true,
    logRetentionMonths: 24,
  };

  it('round trips', () => {
    const json = exportSettings(settings, new Date('2026-01-02T03:04:05Z'));
    const file = JSON.parse(json);
    expect(file).toMatchObject({
      format: 'exposure-guard-settings',
      version: 1,
      exportedAt: '2026-01-02T03:04:05.000Z',
    });
    expect(json).toContain('\n  "version": 1'); // pretty printed
    expect(importSettings(json)).toEqual({ ok: true, settings });
  });

  const refusals: [string, string, RegExp, RegExp][] = [
    ['malformed JSON', '{"format": ', /not readable JSON/, /geen leesbare JSON/],
    [
      'a foreign format',
      JSON.stringify({ format: 'other-app', version: 1, settings }),
      /not an Exposure Guard settings file/,
      /geen instellingenbestand/,
    ],
    ['a JSON array', '[]', /not an Exposure Guard settings file/, /geen instellingenbestand/],
    [
      'a newer file version',
      JSON.stringify({ format: 'exposure-guard-settings', version: 2, settings }),
      /newer version.*2/,
      /nieuwere versie.*2/,
    ],
    [
      'newer settings inside',
      JSON.stringify({
        format: 'exposure-guard-settings',
        version: 1,
        settings: { ...settings, schemaVersion: 3 },
      }),
      /newer version.*3/,
      /nieuwere versie.*3/,
    ],
    [
      'invalid fields',
      JSON.stringify({
        format: 'exposure-guard-settings',
        version: 1,
        settings: { ...settings, logRetentionMonths: -1 },
      }),
      /not valid: logRetentionMonths: Keep entries/,
      /niet geldig zijn: logRetentionMonths: Bewaar/,
    ],
    [
      'no settings',
      JSON.stringify({ format: 'exposure-guard-settings', version: 1 }),
      /damaged/,
      /beschadigd/,
    ],
  ];
  for (const [name, json, en, nl] of refusals) {
    it(`refuses ${name}`, () => {
      const result = importSettings(json);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.en).toMatch(en);
      expect(result.error.nl).toMatch(nl);
    });
  }
});
