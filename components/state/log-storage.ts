// Where the decision log lives in browser.storage.local, shared by its writer and its readers.
//
// The log is stored in pieces so that an append costs the same with 10 or 10,000 entries: a small head
// (`decisionLog`: the anchor, the ordered chunk keys, the entry count and the ids of recent decisions),
// the entries in chunks of LOG_CHUNK_SIZE (`decisionLog.chunk.N`) and the notes (`decisionLog.notes`).
// An append rewrites only the last chunk and the head, in one storage call. A log stored whole under
// `decisionLog` (the earlier layout) is still read, and the writer moves it into pieces.
import { type DecisionLog, type DecisionLogEntry, emptyLog, isLogAnchor, type LogAnchor } from '@/core/log';

export const LOG_KEY = 'decisionLog';
export const LOG_NOTES_KEY = 'decisionLog.notes';
export const LOG_CHUNK_PREFIX = 'decisionLog.chunk.';
export const CORRUPT_LOG_PREFIX = 'decisionLog.corrupt.';
export const REPLACED_LOG_PREFIX = 'decisionLog.replaced.';
/** Entries per chunk: an append rewrites at most this many. */
export const LOG_CHUNK_SIZE = 200;
/**
 * The website finding keys already logged (components/website/website-findings.ts). They say what the
 * log holds, so the log writer drops them when the log is cleared or replaced by an import.
 */
export const LOGGED_FINDINGS_KEY = 'websiteFindingKeys';

/** The head of a log stored in pieces. */
export interface LogHead {
  layout: 'chunked';
  anchor: LogAnchor;
  /** Chunk keys in chain order; no chunk is empty. */
  chunks: string[];
  /** The number the next new chunk key gets. */
  nextChunk: number;
  /** How many entries the chunks hold. */
  size: number;
  /** Ids of the latest decisions and the seq each got: a decision sent twice is logged once. */
  recent: [string, number][];
}

/** True for a value stored as a whole log (entries and notes); the chain itself is checked by the core. */
export function isStoredLog(value: unknown): value is DecisionLog {
  if (typeof value !== 'object' || value === null) return false;
  const log = value as Partial<DecisionLog>;
  return (
    Array.isArray(log.entries) &&
    typeof log.notes === 'object' &&
    log.notes !== null &&
    isLogAnchor(log.anchor)
  );
}

export function isLogHead(value: unknown): value is LogHead {
  if (typeof value !== 'object' || value === null) return false;
  const head = value as Partial<LogHead>;
  return (
    head.layout === 'chunked' &&
    isLogAnchor(head.anchor) &&
    Array.isArray(head.chunks) &&
    head.chunks.every((key) => typeof key === 'string' && key.startsWith(LOG_CHUNK_PREFIX)) &&
    Number.isSafeInteger(head.nextChunk) &&
    Number.isSafeInteger(head.size) &&
    Array.isArray(head.recent)
  );
}

export function emptyHead(): LogHead {
  return { layout: 'chunked', anchor: emptyLog().anchor, chunks: [], nextChunk: 1, size: 0, recent: [] };
}

/** Whether a storage key belongs to the stored log (head, notes or a chunk), not to a copy kept aside. */
export function isLogPieceKey(key: string): boolean {
  return key === LOG_KEY || key === LOG_NOTES_KEY || key.startsWith(LOG_CHUNK_PREFIX);
}

/** What reading storage needs: storage.local's get. */
export interface LogArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
}

export type StoredLogRead =
  | { kind: 'none' }
  | { kind: 'log'; log: DecisionLog; head: LogHead | null }
  | { kind: 'unreadable'; value: unknown };

const asNotes = (value: unknown): Record<number, string> =>
  typeof value === 'object' && value !== null ? (value as Record<number, string>) : {};

/**
 * The whole stored log, whichever layout. A head whose chunks are missing (a reader between a writer's
 * two calls) is read again; after three tries it counts as unreadable.
 */
export async function readStoredLog(area: LogArea): Promise<StoredLogRead> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const stored = (await area.get(LOG_KEY))[LOG_KEY];
    if (stored === undefined || stored === null) return { kind: 'none' };
    if (isStoredLog(stored)) return { kind: 'log', log: stored, head: null };
    if (!isLogHead(stored)) return { kind: 'unreadable', value: stored };
    const pieces = await area.get([...stored.chunks, LOG_NOTES_KEY]);
    const chunks = stored.chunks.map((key) => pieces[key]);
    if (chunks.every(Array.isArray)) {
      const entries = (chunks as DecisionLogEntry[][]).flat();
      return {
        kind: 'log',
        log: { entries, notes: asNotes(pieces[LOG_NOTES_KEY]), anchor: stored.anchor },
        head: stored,
      };
    }
  }
  return { kind: 'unreadable', value: null };
}

/** The newest stored entries and how many the log holds in all, read before the whole log. */
export interface NewestEntries {
  entries: DecisionLogEntry[];
  notes: Record<number, string>;
  total: number;
}

/**
 * The entries of the last two chunks (at least LOG_CHUNK_SIZE when the log has that many), the notes and
 * the log's size from its head: two small reads, so a page can show the newest entries while the whole log loads.
 * Null when there is no chunked log or a chunk is missing (a writer between its calls).
 */
export async function readNewestEntries(area: LogArea): Promise<NewestEntries | null> {
  const head = (await area.get(LOG_KEY))[LOG_KEY];
  if (!isLogHead(head) || head.chunks.length === 0) return null;
  const keys = head.chunks.slice(-2);
  const pieces = await area.get([...keys, LOG_NOTES_KEY]);
  const chunks = keys.map((key) => pieces[key]);
  if (!chunks.every(Array.isArray)) return null;
  const entries = (chunks as DecisionLogEntry[][]).flat();
  return { entries, notes: asNotes(pieces[LOG_NOTES_KEY]), total: head.size };
}

/** The items that store `log` whole in pieces, with chunk keys from `head.nextChunk` on. */
export function piecesOf(
  log: DecisionLog,
  previous: LogHead,
  recent: [string, number][] = [],
): { items: Record<string, unknown>; head: LogHead } {
  const items: Record<string, unknown> = {};
  const chunks: string[] = [];
  let next = previous.nextChunk;
  for (let start = 0; start < log.entries.length; start += LOG_CHUNK_SIZE) {
    const key = `${LOG_CHUNK_PREFIX}${next}`;
    next += 1;
    chunks.push(key);
    items[key] = log.entries.slice(start, start + LOG_CHUNK_SIZE);
  }
  const head: LogHead = {
    layout: 'chunked',
    anchor: { ...log.anchor },
    chunks,
    nextChunk: next,
    size: log.entries.length,
    recent,
  };
  items[LOG_KEY] = head;
  items[LOG_NOTES_KEY] = log.notes;
  return { items, head };
}
