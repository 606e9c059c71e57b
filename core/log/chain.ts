// The tamper-evident decision log: a hash chain over the entries.
//
// Each entry's hash is SHA-256 (hex) over a canonical serialisation (keys in sorted order) of its content
// fields, its seq and the previous entry's hash (prevHash). Changing, reordering or inserting an entry, or
// removing one in the middle, therefore breaks the chain at that entry. What verification does NOT see:
// entries removed from the END (the shorter chain is still whole), and entries removed from the START with
// the anchor set to the last removed one (exactly what retention does). The chain is tamper-EVIDENT, not
// tamper-proof: there is no secret, so someone who rewrites the entries and recomputes every hash after
// them is not detected either. An exported copy, or the last seal (hash) noted down elsewhere, shows all of
// these; the log view therefore shows the first and last seq and the last seal.
//
// Notes: the user's optional note on an entry lives BESIDE the chain, in `notes` keyed by seq. Notes are
// exported with the log but are outside every hash, so adding or editing a note never breaks the chain.
//
// Retention: deleting old entries removes the predecessor of the first kept entry. The log keeps an
// `anchor` = { seq, hash } of the last deleted entry; verification starts from the anchor (the first kept
// entry must have seq anchor.seq + 1 and prevHash anchor.hash). A new log's anchor is GENESIS_ANCHOR
// (seq 0, 64 zeros): its first entry is seq 1 with 64 zeros as prevHash.
import type { DecisionRecord } from '../protocol';
import { isPlainObject, OPTIONAL_RECORD_FIELDS, REQUIRED_RECORD_FIELDS, validateRecord } from './record';

/** SHA-256 as lower-case hex (Web Crypto in the browser, node:crypto in tests). */
export type Digest = (text: string) => Promise<string>;

export type DecisionLogEntry = DecisionRecord & { seq: number; prevHash: string; hash: string };

export interface LogAnchor {
  seq: number; // seq of the last entry removed by retention; 0 when nothing was removed
  hash: string; // that entry's hash; 64 zeros when nothing was removed
}

export interface DecisionLog {
  entries: DecisionLogEntry[];
  /** User notes by seq, beside the chain: not hashed. */
  notes: Record<number, string>;
  anchor: LogAnchor;
}

export const ZERO_HASH = '0'.repeat(64);
export const GENESIS_ANCHOR: Readonly<LogAnchor> = Object.freeze({ seq: 0, hash: ZERO_HASH });

export function emptyLog(): DecisionLog {
  return { entries: [], notes: {}, anchor: { ...GENESIS_ANCHOR } };
}

const HASH = /^[0-9a-f]{64}$/;
const CHAIN_FIELDS = ['seq', 'prevHash', 'hash'] as const;

/** JSON with object keys in sorted order at every level, so equal content always gives equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isPlainObject(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The hash of an entry: its record fields, seq and prevHash (never its own hash, never notes). An
 * optional field (host, exposed) is hashed when the entry has it and left out when it has not, so
 * entries written before those fields existed keep their hash, and adding or removing one shows.
 */
export function entryHash(entry: Omit<DecisionLogEntry, 'hash'>, digest: Digest): Promise<string> {
  const content: Record<string, unknown> = { seq: entry.seq, prevHash: entry.prevHash };
  for (const field of REQUIRED_RECORD_FIELDS) content[field] = entry[field];
  for (const field of OPTIONAL_RECORD_FIELDS) if (entry[field] !== undefined) content[field] = entry[field];
  return digest(canonicalJson(content));
}

/**
 * The next entry for `record` (validated first), linked to the last entry, or to `anchor` when there is
 * none. Pure: returns the entry; the caller appends it.
 */
export async function appendEntry(
  entries: readonly DecisionLogEntry[],
  record: DecisionRecord,
  digest: Digest,
  anchor: LogAnchor = GENESIS_ANCHOR,
): Promise<DecisionLogEntry> {
  const clean = validateRecord(record);
  const last = entries[entries.length - 1];
  const seq = last ? last.seq + 1 : anchor.seq + 1;
  const prevHash = last ? last.hash : anchor.hash;
  const hash = await entryHash({ ...clean, seq, prevHash }, digest);
  return { ...clean, seq, prevHash, hash };
}

/** Checks one stored entry's shape; throws a TypeError naming the field. Returns a clean copy. */
export function validateEntry(value: unknown): DecisionLogEntry {
  const record = validateRecord(value, CHAIN_FIELDS);
  const { seq, prevHash, hash } = value as Record<string, unknown>;
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 1) {
    throw new TypeError('entry.seq: expected a whole number from 1');
  }
  if (typeof prevHash !== 'string' || !HASH.test(prevHash))
    throw new TypeError('entry.prevHash: expected a hash');
  if (typeof hash !== 'string' || !HASH.test(hash)) throw new TypeError('entry.hash: expected a hash');
  return { ...record, seq, prevHash, hash };
}

export function isLogAnchor(value: unknown): value is LogAnchor {
  return (
    isPlainObject(value) &&
    typeof value.seq === 'number' &&
    Number.isSafeInteger(value.seq) &&
    value.seq >= 0 &&
    typeof value.hash === 'string' &&
    HASH.test(value.hash) &&
    (value.seq > 0 || value.hash === ZERO_HASH)
  );
}

export type ChainBreak = 'hash' | 'link' | 'sequence' | 'shape';
export type ChainVerification = { intact: true } | { intact: false; alteredAt: number; reason: ChainBreak };

/**
 * Walks the chain from the anchor. `alteredAt` is the seq the entry at the break should have (its position
 * in the chain), so "log altered at entry N" is meaningful even when the seq itself was altered.
 */
export async function verifyChain(
  entries: readonly unknown[],
  digest: Digest,
  anchor: LogAnchor = GENESIS_ANCHOR,
): Promise<ChainVerification> {
  if (!isLogAnchor(anchor)) return { intact: false, alteredAt: 1, reason: 'shape' };
  let previous: LogAnchor = anchor;
  for (const value of entries) {
    const expectedSeq = previous.seq + 1;
    let entry: DecisionLogEntry;
    try {
      entry = validateEntry(value);
    } catch {
      return { intact: false, alteredAt: expectedSeq, reason: 'shape' };
    }
    if (entry.seq !== expectedSeq) return { intact: false, alteredAt: expectedSeq, reason: 'sequence' };
    if (entry.prevHash !== previous.hash) return { intact: false, alteredAt: expectedSeq, reason: 'link' };
    if ((await entryHash(entry, digest)) !== entry.hash) {
      return { intact: false, alteredAt: expectedSeq, reason: 'hash' };
    }
    previous = { seq: entry.seq, hash: entry.hash };
  }
  return { intact: true };
}
