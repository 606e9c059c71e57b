// The bounds on what the matcher compiles: the employer's name, its aliases and the remembered groups,
// refused with a message that says the length or count and the maximum, in the form and on import.
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '@/core/settings';
import { SETTINGS_BOUNDS } from '@/core/settings/fields';
import { exportSettings, importSettings, validateSettingsPatch } from '@/core/settings/io';

const employer = (name: string, aliases: string[] = []) => ({
  employer: { name, aliases, companyPageUrl: null },
});
const errorsOf = (patch: unknown) => {
  const result = validateSettingsPatch(patch);
  return result.ok ? [] : result.errors;
};
const groups = (count: number) =>
  Object.fromEntries(Array.from({ length: count }, (_, i) => [String(1000 + i), 'work' as const]));

describe('bounds', () => {
  it('are 200 characters a name, 50 aliases of 200 characters, 1,000 groups', () => {
    expect(SETTINGS_BOUNDS).toEqual({ nameLength: 200, aliases: 50, aliasLength: 200, groups: 1000 });
  });

  it('accept what fits exactly', () => {
    const aliases = Array.from({ length: 50 }, (_, i) => `${'A'.repeat(195)} ${String(i).padStart(4, '0')}`);
    expect(errorsOf({ ...employer('B'.repeat(200), aliases), ownName: 'C'.repeat(200) })).toEqual([]);
    expect(errorsOf({ groups: groups(1000) })).toEqual([]);
  });

  it('refuse a longer employer name or own name, saying how long and how long it may be', () => {
    expect(errorsOf(employer(`Bakker ${'X'.repeat(200)}`))).toEqual([
      {
        field: 'employer.name',
        message: {
          en: 'This name is 207 characters long; at most 200 fit. Type the name as people write it.',
          nl: 'Deze naam is 207 tekens lang; er passen er hoogstens 200. Typ de naam zoals mensen hem schrijven.',
        },
      },
    ]);
    expect(errorsOf({ ownName: 'Y'.repeat(201) }).map((e) => e.field)).toEqual(['ownName']);
  });

  it('refuse a longer alias, naming which one', () => {
    expect(errorsOf(employer('Acme', ['Acme NL', 'Z'.repeat(250)]))).toEqual([
      {
        field: 'employer.aliases.1',
        message: {
          en: 'Other name 2 is 250 characters long; at most 200 fit.',
          nl: 'Andere naam 2 is 250 tekens lang; er passen er hoogstens 200.',
        },
      },
    ]);
  });

  it('refuse more than 50 aliases with one message, not one per alias', () => {
    const aliases = Array.from({ length: 10_000 }, (_, i) => `Acme ${i}`);
    expect(errorsOf(employer('Acme', aliases))).toEqual([
      {
        field: 'employer.aliases',
        message: {
          en: 'There are 10000 other names; at most 50 fit. Keep the names people really use.',
          nl: 'Er staan 10000 andere namen; er passen er hoogstens 50. Houd de namen die mensen echt gebruiken.',
        },
      },
    ]);
  });

  it('refuse more than 1,000 remembered groups', () => {
    expect(errorsOf({ groups: groups(100_000) })).toEqual([
      {
        field: 'groups',
        message: {
          en: 'There are 100000 LinkedIn groups; at most 1000 can be remembered.',
          nl: 'Er staan 100000 LinkedIn-groepen; er kunnen er hoogstens 1000 worden onthouden.',
        },
      },
    ]);
  });
});

describe('importing a settings file beyond the bounds', () => {
  const file = (patch: object) =>
    exportSettings({ ...defaultSettings(), ...patch }, new Date('2026-12-01T10:00:00Z'));

  it('refuses 10,000 aliases, a 1 MB name and 100,000 groups, with the reason', () => {
    const aliases = Array.from({ length: 10_000 }, (_, i) => `Acme ${i}`);
    const many = importSettings(file(employer('Acme', aliases)));
    expect(many).toEqual({
      ok: false,
      error: {
        en: 'The file contains settings that are not valid: employer.aliases: There are 10000 other names; at most 50 fit. Keep the names people really use.',
        nl: 'Het bestand bevat instellingen die niet geldig zijn: employer.aliases: Er staan 10000 andere namen; er passen er hoogstens 50. Houd de namen die mensen echt gebruiken.',
      },
    });
    const huge = importSettings(file(employer('A'.repeat(1_000_000))));
    expect(huge.ok).toBe(false);
    if (!huge.ok) expect(huge.error.en).toContain('This name is 1000000 characters long; at most 200 fit.');
    const crowd = importSettings(file({ groups: groups(100_000) }));
    expect(crowd.ok).toBe(false);
    if (!crowd.ok) expect(crowd.error.nl).toContain('Er staan 100000 LinkedIn-groepen');
  });

  it('imports a file within the bounds', () => {
    const imported = importSettings(file(employer('Bakker Installatietechniek B.V.', ['BIT'])));
    expect(imported.ok && imported.settings.employer.name).toBe('Bakker Installatietechniek B.V.');
  });
});
