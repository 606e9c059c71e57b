// The background's side of the decision log: the ONE writer of the stored log (components/state/log-storage).
// Every change (append, note, clear, import, retention) runs in one queue as read → change → write.
// An append reads and writes only the head and the last chunk, so its cost does not grow with the log.
// Nothing is kept in memory as if it were saved: when storage refuses a write (quota, storage error) the
// change fails, the failure is reported through `status()`, and the tab that sent a decision keeps it and
// sends it again (with the same id, so it is logged once); a sequence number is only ever given by a
// write that storage took, so none is given twice.
import { browser } from 'wxt/browser';
import { sha256Hex } from '@/components/state/digest';
import {
  CORRUPT_LOG_PREFIX,
  emptyHead,
  isLogHead,
  isStoredLog,
  LOG_CHUNK_PREFIX,
  LOG_CHUNK_SIZE,
  LOG_KEY,
  LOG_NOTES_KEY,
  LOGGED_FINDINGS_KEY,
  type LogHead,
  piecesOf,
  REPLACED_LOG_PREFIX,
  readStoredLog,
} from '@/components/state/log-storage';
import {
  appendEntry,
  applyRetention,
  type DecisionLog,
  type DecisionLogEntry,
  emptyLog,
  importLogJson,
  MAX_NOTE_LENGTH,
  validateRecord,
} from '@/core/log';
import type {
  BackgroundHandlers,
  DecisionRecord,
  LogCommand,
  LogCommandResult,
  LogCommandType,
  LogDecisionResult,
  LogWriteStatus,
  MessageSender,
  SurfaceId,
} from '@/core/protocol';
import { isReportSurface } from '@/core/surfaces';
import type { LocalizedText } from '@/core/types';

export type AppendResult = LogDecisionResult;

/** The log's messages in the background's handler table. */
export type LogMessageHandlers = Pick<
  BackgroundHandlers,
  'log-decision' | 'log-policy-report' | LogCommandType
>;

/** How many decision ids the head remembers, so a decision sent again is recognised. */
const RECENT_IDS = 200;

export interface DecisionLogWriterOptions {
  now?: () => Date;
}

export interface DecisionLogWriter {
  /** Appends a record; `id` (from the tab that keeps the decision) makes a second send of it a no-op. */
  append(record: unknown, id?: string): Promise<AppendResult>;
  command(command: LogCommand): Promise<LogCommandResult>;
  status(): LogWriteStatus;
  /**
   * The log's messages: decisions from LinkedIn or the extension's own pages, a saved policy report
   * only from the options page, log commands (clear, import, notes) only from the extension's own
   * pages; a record with decision 'noticed' only through `append` (the background's website findings).
   */
  messageHandlers: LogMessageHandlers;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));
const isQuotaError = (detail: string) => /quota|QUOTA_BYTES|full|no space/i.test(detail);

type LocalStorage = typeof browser.storage.local;

/** What every step of a change needs: the storage area and the clock. */
interface LogPlace {
  local: LocalStorage;
  now: () => Date;
}

/** The stored head; a log in the earlier whole layout is moved into pieces, an unreadable value aside. */
async function readHead(place: LogPlace): Promise<LogHead> {
  const { local, now } = place;
  const stored = (await local.get(LOG_KEY))[LOG_KEY];
  if (isLogHead(stored)) return stored;
  if (stored === undefined || stored === null) return emptyHead();
  if (isStoredLog(stored)) return writeWhole(place, stored, emptyHead());
  // Not a log at all: keep it aside for inspection and start a fresh one.
  await local.set({ [`${CORRUPT_LOG_PREFIX}${now().getTime()}`]: stored });
  return writeWhole(place, emptyLog(), emptyHead());
}

async function readWhole(place: LogPlace): Promise<{ log: DecisionLog; head: LogHead }> {
  const current = await readHead(place);
  const read = await readStoredLog(place.local);
  if (read.kind === 'none') return { log: emptyLog(), head: current };
  if (read.kind !== 'log' || read.head === null) throw new Error('the stored log could not be read');
  return { log: read.log, head: current };
}

/** Stores `log` whole under new chunk keys in one call, then drops the chunks it replaced. */
async function writeWhole(place: LogPlace, log: DecisionLog, previous: LogHead): Promise<LogHead> {
  const { items, head: next } = piecesOf(log, previous);
  await place.local.set(items);
  const stale = previous.chunks.filter((key) => !next.chunks.includes(key));
  if (stale.length > 0) await place.local.remove(stale).catch(() => undefined);
  return next;
}

async function retentionMonths(local: LocalStorage): Promise<number | null> {
  const settings = (await local.get('settings')).settings as { logRetentionMonths?: unknown } | undefined;
  const months = settings?.logRetentionMonths;
  return typeof months === 'number' && Number.isInteger(months) && months > 0 ? months : null;
}

async function readChunk(local: LocalStorage, key: string | undefined): Promise<DecisionLogEntry[]> {
  if (key === undefined) return [];
  const value = (await local.get(key))[key];
  if (!Array.isArray(value)) throw new Error(`the stored log is missing ${key}`);
  return value as DecisionLogEntry[];
}

/** Retention on append looks at the oldest chunk only; the whole log is rewritten only when entries go. */
async function retained(place: LogPlace, current: LogHead): Promise<LogHead> {
  const months = await retentionMonths(place.local);
  if (months === null || current.size === 0) return current;
  const oldest = await readChunk(place.local, current.chunks[0]);
  if (applyRetention(oldest, months, place.now(), current.anchor).removedSeqs.length === 0) return current;
  const { log } = await readWhole(place);
  const next = await writeWhole(place, applyRetention(log, months, place.now()), current);
  return { ...next, recent: current.recent };
}

/** The website findings remembered as logged are no longer in the log: the next visit logs them again. */
async function forgetLoggedFindings(local: LocalStorage): Promise<void> {
  await local.remove(LOGGED_FINDINGS_KEY).catch(() => undefined);
}

/**
 * Appends in one storage write of the head and the last chunk. A sequence number exists only once that
 * write is taken; an id already in the head's recent ids answers its seq and writes nothing.
 */
async function appendNow(place: LogPlace, record: DecisionRecord, id?: string): Promise<AppendResult> {
  const before = await readHead(place);
  const known = id === undefined ? undefined : before.recent.find(([seen]) => seen === id);
  if (known) return { ok: true, seq: known[1] };
  const current = await retained(place, before);
  const lastKey = current.chunks[current.chunks.length - 1];
  const last = await readChunk(place.local, lastKey);
  const entry = await appendEntry(last, record, sha256Hex, current.anchor);
  const fresh = lastKey === undefined || last.length >= LOG_CHUNK_SIZE;
  const key = fresh ? `${LOG_CHUNK_PREFIX}${current.nextChunk}` : lastKey;
  const recent: [string, number][] = id === undefined ? current.recent : [...current.recent, [id, entry.seq]];
  const next: LogHead = {
    ...current,
    chunks: fresh ? [...current.chunks, key] : current.chunks,
    nextChunk: fresh ? current.nextChunk + 1 : current.nextChunk,
    size: current.size + 1,
    recent: recent.slice(-RECENT_IDS),
  };
  await place.local.set({ [key]: fresh ? [entry] : [...last, entry], [LOG_KEY]: next });
  return { ok: true, seq: entry.seq };
}

/** A refusal a command answers instead of changing anything; null when the change was made. */
type Refusal = { ok: false; error: LocalizedText | string } | null;

async function setNote(place: LogPlace, seq: number, text: unknown): Promise<Refusal> {
  const current = await readHead(place);
  if (!(Number.isSafeInteger(seq) && seq > current.anchor.seq && seq <= current.anchor.seq + current.size)) {
    return { ok: false, error: `no entry ${seq}` };
  }
  const stored = (await place.local.get(LOG_NOTES_KEY))[LOG_NOTES_KEY];
  const notes: Record<number, string> = { ...(typeof stored === 'object' && stored !== null ? stored : {}) };
  const note = typeof text === 'string' ? text.trim().slice(0, MAX_NOTE_LENGTH) : '';
  if (note) notes[seq] = note;
  else delete notes[seq];
  await place.local.set({ [LOG_NOTES_KEY]: notes });
  return null;
}

async function importJson(place: LogPlace, json: string): Promise<Refusal> {
  const imported = await importLogJson(json, sha256Hex);
  if (!imported.ok) return { ok: false, error: imported.error };
  const { log: current, head: currentHead } = await readWhole(place);
  // The log being replaced is kept aside: a valid import never loses data either.
  if (current.entries.length > 0) {
    await place.local.set({ [`${REPLACED_LOG_PREFIX}${place.now().getTime()}`]: current });
  }
  await writeWhole(place, imported.log, currentHead);
  await forgetLoggedFindings(place.local);
  return null;
}

/** Runs one log command; a refusal when it changed nothing for a reason the page should show. */
async function runCommand(place: LogPlace, cmd: LogCommand): Promise<Refusal> {
  switch (cmd.type) {
    case 'log-status':
      return null;
    case 'log-set-note':
      return setNote(place, cmd.seq, cmd.note);
    case 'log-clear':
      await writeWhole(place, emptyLog(), await readHead(place));
      await forgetLoggedFindings(place.local);
      return null;
    case 'log-apply-retention': {
      const months = await retentionMonths(place.local);
      const { log, head: current } = await readWhole(place);
      const kept = months === null ? log : applyRetention(log, months, place.now());
      if (kept !== log) await writeWhole(place, kept, current);
      return null;
    }
    case 'log-import':
      return importJson(place, String(cmd.json));
    default:
      return { ok: false, error: 'unknown command' };
  }
}

/** Whether the latest change failed, since when and why: what the pages show as "not saved". */
function createWriteStatus(now: () => Date) {
  let lastError: string | null = null;
  let failedSince: string | null = null;
  return {
    status: (): LogWriteStatus => ({ unsaved: lastError !== null, lastError, failedSince }),
    succeeded() {
      lastError = null;
      failedSince = null;
    },
    failed(error: unknown) {
      lastError = describe(error);
      failedSince ??= now().toISOString();
    },
  };
}

/** One change after another: each runs when the one before it has finished, failed or not. */
function createQueue() {
  let queue: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const result = queue.then(task, task);
    queue = result.catch(() => undefined);
    return result;
  };
}

export function createDecisionLogWriter(options: DecisionLogWriterOptions = {}): DecisionLogWriter {
  const now = options.now ?? (() => new Date());
  const place: LogPlace = { local: browser.storage.local, now };
  const enqueue = createQueue();
  const { status, succeeded, failed } = createWriteStatus(now);

  function append(input: unknown, id?: string): Promise<AppendResult> {
    let record: DecisionRecord;
    try {
      record = validateRecord(input);
    } catch (error) {
      return Promise.resolve({ ok: false, error: describe(error) });
    }
    return enqueue(async (): Promise<AppendResult> => {
      try {
        const result = await appendNow(place, record, id);
        succeeded();
        return result;
      } catch (error) {
        failed(error);
        const detail = describe(error);
        return { ok: false, error: detail, retry: true, storageFull: isQuotaError(detail) };
      }
    });
  }

  function command(cmd: LogCommand): Promise<LogCommandResult> {
    return enqueue(async (): Promise<LogCommandResult> => {
      try {
        const refusal = await runCommand(place, cmd);
        if (refusal) return { ...refusal, status: status() };
        succeeded();
        return { ok: true, status: status() };
      } catch (error) {
        failed(error);
        return { ok: false, error: describe(error), status: status() };
      }
    });
  }

  const writer = { append, command, status };
  return { ...writer, messageHandlers: logMessageHandlers(writer, browser.runtime.getURL('/')) };
}

/**
 * Who may send what. Decisions come from the LinkedIn guard (or the extension's own pages), never from a
 * script on another site, such as the employer-website script running on hosts the user granted; a
 * 'noticed' finding is the background's own record, and a report only the options page saves. Log
 * commands come from the extension's own pages only.
 */
function logMessageHandlers(
  writer: Omit<DecisionLogWriter, 'messageHandlers'>,
  extensionBase: string,
): LogMessageHandlers {
  const isOwnPage = (url: string | undefined): boolean => !!url?.startsWith(extensionBase);
  const isOptionsPage = (url: string | undefined): boolean =>
    isOwnPage(url) && new URL(url as string).pathname === '/options.html';
  const isLinkedInOrOwnPage = (url: string | undefined): boolean => {
    if (!url) return false;
    if (isOwnPage(url)) return true;
    try {
      return new URL(url).origin === 'https://www.linkedin.com';
    } catch {
      return false;
    }
  };
  const refuse = (error: string): Promise<AppendResult> => Promise.resolve({ ok: false, error });

  /** A log command, run only when it comes from one of the extension's own pages. */
  const fromOwnPages =
    <M>(run: (message: M) => LogCommand) =>
    (message: M, sender: MessageSender): Promise<LogCommandResult> =>
      isOwnPage(sender.url)
        ? writer.command(run(message))
        : Promise.resolve({
            ok: false,
            error: 'log commands come from extension pages only',
            status: writer.status(),
          });

  return {
    'log-decision': ({ record, id }, sender) => {
      if (!isLinkedInOrOwnPage(sender.url)) return refuse('log-decision comes from LinkedIn pages only');
      const { decision, surface } = (record ?? {}) as Partial<DecisionRecord>;
      if (decision === 'noticed') return refuse('record.decision: noticed is logged by the background');
      if (decision === 'saved' || (typeof surface === 'string' && isReportSurface(surface as SurfaceId))) {
        return refuse('record.surface: a report is saved with log-policy-report');
      }
      return writer.append(record, typeof id === 'string' && id.length <= 64 ? id : undefined);
    },
    'log-policy-report': ({ record }, sender) => {
      if (!isOptionsPage(sender.url)) return refuse('log-policy-report comes from the options page only');
      if (!isReportSurface(((record ?? {}) as Partial<DecisionRecord>).surface as SurfaceId)) {
        return refuse('record.surface: expected a report');
      }
      return writer.append(record);
    },
    'log-set-note': fromOwnPages(({ seq, note }) => ({ type: 'log-set-note', seq, note })),
    'log-clear': fromOwnPages(() => ({ type: 'log-clear' })),
    'log-import': fromOwnPages(({ json }) => ({ type: 'log-import', json })),
    'log-apply-retention': fromOwnPages(() => ({ type: 'log-apply-retention' })),
    'log-status': fromOwnPages(() => ({ type: 'log-status' })),
  };
}
