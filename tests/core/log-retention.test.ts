import { describe, expect, it } from 'vitest';
import {
  addMonths,
  appendEntry,
  applyRetention,
  type DecisionLog,
  emptyLog,
  GENESIS_ANCHOR,
  verifyChain,
} from '@/core/log';
import { buildEntries, record, sha256 } from './log-fixtures';

describe('addMonths', () => {
  it('moves by calendar months and clamps to the end of a shorter month', () => {
    const day = (d: Date) => [d.getFullYear(), d.getMonth() + 1, d.getDate()];
    expect(day(addMonths(new Date(2025, 0, 31), 1))).toEqual([2025, 2, 28]);
    expect(day(addMonths(new Date(2024, 0, 31), 1))).toEqual([2024, 2, 29]);
    expect(day(addMonths(new Date(2025, 2, 15), 1))).toEqual([2025, 4, 15]);
    expect(day(addMonths(new Date(2025, 11, 3), 1))).toEqual([2026, 1, 3]);
    expect(day(addMonths(new Date(2025, 2, 31), -1))).toEqual([2025, 2, 28]);
    expect(day(addMonths(new Date(2025, 0, 10), -12))).toEqual([2024, 1, 10]);
  });
});

describe('applyRetention', () => {
  it('keeps everything when retention is null', async () => {
    const entries = await buildEntries(4);
    expect(applyRetention(entries, null, new Date()).entries).toEqual(entries);
  });

  it('removes entries older than N months and verification still works from the anchor', async () => {
    const entries = await buildEntries(10); // 10 Jan 2025 .. 10 Oct 2025
    const now = new Date(Date.UTC(2025, 9, 20)); // 20 Oct 2025
    const result = applyRetention(entries, 6, now); // cutoff 20 Apr 2025
    expect(result.removedSeqs).toEqual([1, 2, 3, 4]);
    expect(result.entries.map((e) => e.seq)).toEqual([5, 6, 7, 8, 9, 10]);
    expect(result.anchor).toEqual({ seq: 4, hash: entries[3]?.hash });
    expect(await verifyChain(result.entries, sha256, result.anchor)).toEqual({ intact: true });
    // Without the anchor the shortened chain does not verify: the anchor is what makes it work.
    expect(await verifyChain(result.entries, sha256)).toMatchObject({ intact: false, alteredAt: 1 });
  });

  it('keeps the chain verifying across repeated retention and new entries', async () => {
    let log: DecisionLog = {
      ...emptyLog(),
      entries: await buildEntries(6),
      notes: { 2: 'asked HR', 5: 'ok' },
    };
    log = applyRetention(log, 3, new Date(Date.UTC(2025, 6, 1))); // cutoff 1 Apr 2025
    expect(log.entries.map((e) => e.seq)).toEqual([4, 5, 6]);
    expect(log.notes).toEqual({ 5: 'ok' }); // the note of a removed entry goes with it
    const next = await appendEntry(
      log.entries,
      record({ time: '2025-07-02T08:00:00.000Z' }),
      sha256,
      log.anchor,
    );
    log = { ...log, entries: [...log.entries, next] };
    expect(next.seq).toBe(7);
    log = applyRetention(log, 3, new Date(Date.UTC(2025, 8, 1))); // cutoff 1 Jun 2025
    expect(log.entries.map((e) => e.seq)).toEqual([6, 7]);
    expect(await verifyChain(log.entries, sha256, log.anchor)).toEqual({ intact: true });
  });

  it('does not change the log it is given', async () => {
    const log: DecisionLog = { ...emptyLog(), entries: await buildEntries(4), notes: { 1: 'x' } };
    const before = structuredClone(log);
    applyRetention(log, 1, new Date(Date.UTC(2026, 0, 1)));
    expect(log).toEqual(before);
  });

  it('starts over from the genesis anchor when every entry is removed', async () => {
    const log: DecisionLog = { ...emptyLog(), entries: await buildEntries(3), notes: { 1: 'x' } };
    const cleared = applyRetention(log, 1, new Date(Date.UTC(2030, 0, 1)));
    expect(cleared).toEqual({ entries: [], notes: {}, anchor: GENESIS_ANCHOR });
    const first = await appendEntry(cleared.entries, record(), sha256);
    expect(await verifyChain([first], sha256, cleared.anchor)).toEqual({ intact: true });
  });

  it('removes only a leading run, so a kept entry never loses its predecessor', async () => {
    const entries = await buildEntries(4);
    // entry 2 has a clock that was far behind: it is old, but entry 1 before it is recent
    const skewed = [entries[0], { ...entries[1], time: '2000-01-01T00:00:00.000Z' }, entries[2], entries[3]];
    const result = applyRetention(skewed as typeof entries, 12, new Date(Date.UTC(2025, 5, 1)));
    expect(result.entries.length).toBe(4);
  });

  it('refuses a retention that is not a positive whole number', async () => {
    const entries = await buildEntries(1);
    for (const months of [0, -1, 1.5, Number.NaN]) {
      expect(() => applyRetention(entries, months, new Date())).toThrow(RangeError);
    }
  });
});
