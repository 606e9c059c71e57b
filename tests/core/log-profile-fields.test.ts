// A profile decision names which kinds of field the save carried (`changedFields`): known ids only,
// never a value, only on profile records, and covered by the hash chain when present.
import { describe, expect, it } from 'vitest';
import { appendEntry, exportLogCsv, PROFILE_FIELD_KINDS, validateRecord, verifyChain } from '@/core/log';
import type { DecisionRecord } from '@/core/protocol';
import { record, sha256 } from './log-fixtures';

const profileRecord = (overrides: Partial<DecisionRecord> = {}): DecisionRecord =>
  record({
    activity: 'profile-employer',
    surface: 'profile-position',
    route: '/in/jane-doe/add-edit/POSITION/',
    changedFields: ['company', 'current-role', 'notify-network'],
    ...overrides,
  });

describe('changedFields on profile records', () => {
  it('keeps a list of known field kinds on a profile record, as a copy', () => {
    const input = profileRecord();
    const clean = validateRecord(input);
    expect(clean.changedFields).toEqual(['company', 'current-role', 'notify-network']);
    expect(clean.changedFields).not.toBe(input.changedFields);
    expect(
      validateRecord(profileRecord({ changedFields: [...PROFILE_FIELD_KINDS] })).changedFields,
    ).toHaveLength(11);
    expect(validateRecord(record()).changedFields).toBeUndefined();
    expect('changedFields' in validateRecord(record())).toBe(false);
  });

  const bad: [string, unknown][] = [
    ['a field value', ['Acme Installaties']],
    ['an unknown kind', ['company', 'salary']],
    ['a repeated kind', ['company', 'company']],
    ['a string instead of a list', 'company'],
  ];
  for (const [name, changedFields] of bad) {
    it(`refuses ${name}`, () => {
      expect(() => validateRecord({ ...profileRecord(), changedFields })).toThrow(/record\.changedFields/);
    });
  }

  it('refuses changedFields on a record that is not a profile edit', () => {
    expect(() => validateRecord(record({ changedFields: ['company'] }))).toThrow(/record\.changedFields/);
  });

  it('is hashed when present: altering it breaks the chain', async () => {
    const first = await appendEntry([], profileRecord(), sha256);
    const second = await appendEntry([first], record(), sha256);
    expect(await verifyChain([first, second], sha256)).toEqual({ intact: true });
    const tampered = [{ ...first, changedFields: ['title' as const] }, second];
    expect(await verifyChain(tampered, sha256)).toMatchObject({ intact: false, alteredAt: 1 });
    const csv = exportLogCsv([first, second], {}, 'en').split('\r\n');
    expect(csv[0]).toContain(',Fields changed,');
    expect(csv[1]).toContain(',company current-role notify-network,');
  });
});
