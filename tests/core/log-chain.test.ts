import { describe, expect, it } from 'vitest';
import {
  appendEntry,
  canonicalJson,
  type DecisionLogEntry,
  entryHash,
  verifyChain,
  ZERO_HASH,
} from '@/core/log';
import { buildEntries, policyRecord, record, sha256, websiteRecord } from './log-fixtures';

const clone = (entries: DecisionLogEntry[]) => structuredClone(entries);

/** A different but still well-formed value for each field, so the hash (not the shape check) must catch it. */
const ALTERATIONS: Record<keyof DecisionLogEntry, (entry: DecisionLogEntry) => unknown> = {
  time: (e) => new Date(Date.parse(e.time) + 1000).toISOString(),
  activity: (e) => (e.activity === 'comment' ? 'feed-post' : 'comment'),
  surface: (e) => (e.surface === 'comment' ? 'feed-composer' : 'comment'),
  employerLinked: (e) => !e.employerLinked,
  outcome: (e) => (e.outcome === 'not-allowed' ? 'required-by-job' : 'not-allowed'),
  rules: (e) => [...e.rules, 'R20'],
  decision: (e) => (e.decision === 'cancel' ? 'proceed' : 'cancel'),
  route: (e) => `${e.route}x/`,
  host: (e) => (e.host === 'www.acme.nl' ? 'www.acme-installaties.nl' : 'www.acme.nl'),
  exposed: (e) => (e.exposed?.includes('photo') ? ['name'] : ['name', 'photo']),
  changedFields: (e) => (e.changedFields?.includes('company') ? ['title'] : ['company']),
  policy: (e) =>
    e.policy
      ? { ...e.policy, findings: e.policy.findings.map((f) => ({ ...f, clauses: f.clauses + 1 })) }
      : policyRecord().policy,
  seq: (e) => e.seq + 10,
  prevHash: (e) => e.prevHash.replace(/^./, (c) => (c === 'a' ? 'b' : 'a')),
  hash: (e) => e.hash.replace(/^./, (c) => (c === 'a' ? 'b' : 'a')),
};

/** `entries` followed by two employer-website findings (with host and exposed) and a saved policy report. */
async function withWebsiteFindings(entries: DecisionLogEntry[]): Promise<DecisionLogEntry[]> {
  const all = [...entries];
  all.push(await appendEntry(all, websiteRecord(), sha256));
  all.push(await appendEntry(all, websiteRecord({ activity: 'website-name', exposed: ['name'] }), sha256));
  all.push(await appendEntry(all, policyRecord(), sha256));
  return all;
}

describe('hash chain', () => {
  it('starts at seq 1 with 64 zeros and links each entry to the previous hash', async () => {
    const entries = await buildEntries(3);
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(entries[0]?.prevHash).toBe(ZERO_HASH);
    expect(entries[1]?.prevHash).toBe(entries[0]?.hash);
    expect(entries[2]?.prevHash).toBe(entries[1]?.hash);
    expect(entries[0]?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await verifyChain(entries, sha256)).toEqual({ intact: true });
  });

  it('hashes a canonical serialisation: key order does not matter, content does', async () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
    const [entry] = await buildEntries(1);
    if (!entry) throw new Error('no entry');
    const reversed = Object.fromEntries(Object.entries(entry).reverse()) as DecisionLogEntry;
    expect(await entryHash(reversed, sha256)).toBe(entry.hash);
  });

  it('an empty log is intact', async () => {
    expect(await verifyChain([], sha256)).toEqual({ intact: true });
  });

  it('appendEntry validates the record and does not change the entries it is given', async () => {
    const entries = await buildEntries(2);
    const before = clone(entries);
    const next = await appendEntry(entries, record(), sha256);
    expect(next.seq).toBe(3);
    expect(entries).toEqual(before);
    await expect(appendEntry(entries, { ...record(), route: '/feed/?q=secret' }, sha256)).rejects.toThrow(
      /record\.route/,
    );
  });

  it('detects any change to any field of any entry', async () => {
    const entries = await withWebsiteFindings(await buildEntries(3));
    for (let index = 0; index < entries.length; index++) {
      for (const [field, alter] of Object.entries(ALTERATIONS)) {
        const tampered = clone(entries);
        const target = tampered[index] as unknown as Record<string, unknown>;
        target[field] = alter(entries[index] as DecisionLogEntry);
        const result = await verifyChain(tampered, sha256);
        expect(result, `entry ${index + 1}, field ${field}`).toMatchObject({
          intact: false,
          alteredAt: index + 1,
        });
      }
    }
  });

  it('says why: content → hash, prevHash → link, seq → sequence, malformed → shape', async () => {
    const entries = await buildEntries(3);
    const at = (field: string, value: unknown) => {
      const tampered = clone(entries) as unknown as Record<string, unknown>[];
      (tampered[1] as Record<string, unknown>)[field] = value;
      return verifyChain(tampered, sha256);
    };
    expect(await at('decision', 'proceed' === entries[1]?.decision ? 'cancel' : 'proceed')).toEqual({
      intact: false,
      alteredAt: 2,
      reason: 'hash',
    });
    expect(await at('prevHash', ZERO_HASH)).toMatchObject({ alteredAt: 2, reason: 'link' });
    expect(await at('seq', 7)).toMatchObject({ alteredAt: 2, reason: 'sequence' });
    expect(await at('activity', 'knitting')).toMatchObject({ alteredAt: 2, reason: 'shape' });
    expect(await at('postText', 'hello')).toMatchObject({ alteredAt: 2, reason: 'shape' });
  });

  it('detects reordering', async () => {
    const entries = await buildEntries(4);
    const swapped = [entries[0], entries[2], entries[1], entries[3]];
    expect(await verifyChain(swapped, sha256)).toMatchObject({ intact: false, alteredAt: 2 });
  });

  it('detects deletion in the middle and at the start', async () => {
    const entries = await buildEntries(4);
    expect(await verifyChain([entries[0], entries[1], entries[3]], sha256)).toMatchObject({
      intact: false,
      alteredAt: 3,
      reason: 'sequence',
    });
    expect(await verifyChain(entries.slice(1), sha256)).toMatchObject({ intact: false, alteredAt: 1 });
  });

  it('detects deletion in the middle even when the seqs are renumbered', async () => {
    const entries = await buildEntries(4);
    const renumbered = clone([entries[0], entries[1], entries[3]] as DecisionLogEntry[]);
    (renumbered[2] as DecisionLogEntry).seq = 3;
    expect(await verifyChain(renumbered, sha256)).toMatchObject({
      intact: false,
      alteredAt: 3,
      reason: 'link',
    });
  });

  it('detects an appended forged entry', async () => {
    const entries = await buildEntries(3);
    const last = entries[2] as DecisionLogEntry;
    const forgedCopy = { ...last, seq: 4, prevHash: last.hash }; // reuses a hash instead of computing one
    expect(await verifyChain([...entries, forgedCopy], sha256)).toEqual({
      intact: false,
      alteredAt: 4,
      reason: 'hash',
    });
    const hashed = await appendEntry(entries, record({ decision: 'proceed' }), sha256);
    const unlinked = { ...hashed, prevHash: (entries[0] as DecisionLogEntry).hash };
    expect(await verifyChain([...entries, unlinked], sha256)).toMatchObject({ intact: false, alteredAt: 4 });
    const duplicated = [...entries, last];
    expect(await verifyChain(duplicated, sha256)).toMatchObject({
      intact: false,
      alteredAt: 4,
      reason: 'sequence',
    });
  });

  it('detects an entry inserted in the middle', async () => {
    const entries = await buildEntries(3);
    const inserted = await appendEntry(entries.slice(0, 1), record(), sha256);
    expect(await verifyChain([entries[0], inserted, entries[1], entries[2]], sha256)).toMatchObject({
      intact: false,
      alteredAt: 3,
    });
  });

  it('a wrong anchor is reported, a right one verifies', async () => {
    const entries = await buildEntries(3);
    const first = entries[0] as DecisionLogEntry;
    expect(await verifyChain(entries.slice(1), sha256, { seq: 1, hash: first.hash })).toEqual({
      intact: true,
    });
    expect(
      await verifyChain(entries.slice(1), sha256, { seq: 1, hash: ZERO_HASH.replace(/0$/, '1') }),
    ).toMatchObject({
      intact: false,
      alteredAt: 2,
      reason: 'link',
    });
    expect(await verifyChain(entries, sha256, { seq: 0, hash: 'nope' })).toMatchObject({ reason: 'shape' });
  });

  it('hashes host and exposed of website findings; removing either breaks the chain', async () => {
    const entries = await withWebsiteFindings(await buildEntries(1));
    expect(await verifyChain(entries, sha256)).toEqual({ intact: true });
    for (const field of ['host', 'exposed'] as const) {
      const tampered = clone(entries);
      delete (tampered[1] as DecisionLogEntry)[field];
      expect(await verifyChain(tampered, sha256), field).toEqual({
        intact: false,
        alteredAt: 2,
        reason: 'hash',
      });
    }
  });

  it('entries written before host and exposed existed keep their hash', async () => {
    // The hash as the first release computed it: the eight record fields, seq and prevHash.
    const [entry] = await buildEntries(1);
    if (!entry) throw new Error('no entry');
    const { hash: _hash, ...content } = entry;
    expect(entry.hash).toBe(await sha256(canonicalJson(content)));
    expect(Object.keys(entry)).not.toContain('host');
    expect(await verifyChain([entry], sha256)).toEqual({ intact: true });
  });
});
