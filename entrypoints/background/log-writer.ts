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
  LogCommand,
  LogCommandResult,
  LogCommandType,
  LogDecisionResult,
  LogWriteStatus,
  MessageSender,
} from '@/core/protocol';

export type AppendResult = LogDecisionResult;

/** The log's messages in the background's handler table. */
export type LogMessageHandlers = Pick<BackgroundHandlers, 'log-decision' | LogCommandType>;

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
   * The log's messages: decisions from LinkedIn or the extension's own pages, log commands (clear,
   * import, notes) only from the extension's own pages; a record with decision 'noticed' only through
   * `append` (the background's website findings).
   */
  messageHandlers: LogMessageHandlers;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));
const isQuotaError = (detail: string) => /quota|QUOTA_BYTES|full|no space/i.test(detail);

export function createDecisionLogWriter(options: DecisionLogWriterOptions = {}): DecisionLogWriter {
  const now = options.now ?? (() => new Date());
  const local = browser.storage.local;

  let queue: Promise<unknown> = Promise.resolve();
  let lastError: string | null = null;
  let failedSince: string | null = null;

  const status = (): LogWriteStatus => ({ unsaved: lastError !== null, lastError, failedSince });
  const succeeded = () => {
    lastError = null;
    failedSince = null;
  };
  const failed = (error: unknown) => {
    lastError = describe(error);
    failedSince ??= now().toISOString();
  };

  function enqueue<T>(task: () => Promise<T>): Promise<T> {
    const result = queue.then(task, task);
    queue = result.catch(() => undefined);
    return result;
  }

  /** The stored head; a log in the earlier whole layout is moved into pieces, an unreadable value aside. */
  async function head(): Promise<LogHead> {
    const stored = (await local.get(LOG_KEY))[LOG_KEY];
    if (isLogHead(stored)) return stored;
    if (stored === undefined || stored === null) return emptyHead();
    if (isStoredLog(stored)) return writeWhole(stored, emptyHead());
    // Not a log at all: keep it aside for inspection and start a fresh one.
    await local.set({ [`${CORRUPT_LOG_PREFIX}${now().getTime()}`]: stored });
    return writeWhole(emptyLog(), emptyHead());
  }

  async function whole(): Promise<{ log: DecisionLog; head: LogHead }> {
    const current = await head();
    const read = await readStoredLog(local);
    if (read.kind === 'none') return { log: emptyLog(), head: current };
    if (read.kind !== 'log' || read.head === null) throw new Error('the stored log could not be read');
    return { log: read.log, head: current };
  }

  /** Stores `log` whole under new chunk keys in one call, then drops the chunks it replaced. */
  async function writeWhole(log: DecisionLog, previous: LogHead): Promise<LogHead> {
    const { items, head: next } = piecesOf(log, previous);
    await local.set(items);
    const stale = previous.chunks.filter((key) => !next.chunks.includes(key));
    if (stale.length > 0) await local.remove(stale).catch(() => undefined);
    return next;
  }

  async function retentionMonths(): Promise<number | null> {
    const settings = (await local.get('settings')).settings as { logRetentionMonths?: unknown } | undefined;
    const months = settings?.logRetentionMonths;
    return typeof months === 'number' && Number.isInteger(months) && months > 0 ? months : null;
  }

  async function chunk(key: string | undefined): Promise<DecisionLogEntry[]> {
    if (key === undefined) return [];
    const value = (await local.get(key))[key];
    if (!Array.isArray(value)) throw new Error(`the stored log is missing ${key}`);
    return value as DecisionLogEntry[];
  }

  /** Retention on append looks at the oldest chunk only; the whole log is rewritten only when entries go. */
  async function retained(current: LogHead): Promise<LogHead> {
    const months = await retentionMonths();
    if (months === null || current.size === 0) return current;
    const oldest = await chunk(current.chunks[0]);
    if (applyRetention(oldest, months, now(), current.anchor).removedSeqs.length === 0) return current;
    const { log } = await whole();
    const next = await writeWhole(applyRetention(log, months, now()), current);
    return { ...next, recent: current.recent };
  }

  /** The website findings remembered as logged are no longer in the log: the next visit logs them again. */
  async function forgetLoggedFindings(): Promise<void> {
    await local.remove(LOGGED_FINDINGS_KEY).catch(() => undefined);
  }

  async function appendNow(record: ReturnType<typeof validateRecord>, id?: string): Promise<AppendResult> {
    const before = await head();
    const known = id === undefined ? undefined : before.recent.find(([seen]) => seen === id);
    if (known) return { ok: true, seq: known[1] };
    const current = await retained(before);
    const lastKey = current.chunks[current.chunks.length - 1];
    const last = await chunk(lastKey);
    const entry = await appendEntry(last, record, sha256Hex, current.anchor);
    const fresh = lastKey === undefined || last.length >= LOG_CHUNK_SIZE;
    const key = fresh ? `${LOG_CHUNK_PREFIX}${current.nextChunk}` : lastKey;
    const recent: [string, number][] =
      id === undefined ? current.recent : [...current.recent, [id, entry.seq]];
    const next: LogHead = {
      ...current,
      chunks: fresh ? [...current.chunks, key] : current.chunks,
      nextChunk: fresh ? current.nextChunk + 1 : current.nextChunk,
      size: current.size + 1,
      recent: recent.slice(-RECENT_IDS),
    };
    await local.set({ [key]: fresh ? [entry] : [...last, entry], [LOG_KEY]: next });
    return { ok: true, seq: entry.seq };
  }

  function append(input: unknown, id?: string): Promise<AppendResult> {
    let record: ReturnType<typeof validateRecord>;
    try {
      record = validateRecord(input);
    } catch (error) {
      return Promise.resolve({ ok: false, error: describe(error) });
    }
    return enqueue(async (): Promise<AppendResult> => {
      try {
        const result = await appendNow(record, id);
        succeeded();
        return result;
      } catch (error) {
        failed(error);
        const detail = describe(error);
        return { ok: false, error: detail, retry: true, storageFull: isQuotaError(detail) };
      }
    });
  }

  async function setNote(seq: number, text: unknown): Promise<LogCommandResult | null> {
    const current = await head();
    if (
      !(Number.isSafeInteger(seq) && seq > current.anchor.seq && seq <= current.anchor.seq + current.size)
    ) {
      return { ok: false, error: `no entry ${seq}`, status: status() };
    }
    const stored = (await local.get(LOG_NOTES_KEY))[LOG_NOTES_KEY];
    const notes: Record<number, string> = {
      ...(typeof stored === 'object' && stored !== null ? stored : {}),
    };
    const note = typeof text === 'string' ? text.trim().slice(0, MAX_NOTE_LENGTH) : '';
    if (note) notes[seq] = note;
    else delete notes[seq];
    await local.set({ [LOG_NOTES_KEY]: notes });
    return null;
  }

  async function importJson(json: string): Promise<LogCommandResult | null> {
    const imported = await importLogJson(json, sha256Hex);
    if (!imported.ok) return { ok: false, error: imported.error, status: status() };
    const { log: current, head: currentHead } = await whole();
    // The log being replaced is kept aside: a valid import never loses data either.
    if (current.entries.length > 0) {
      await local.set({ [`${REPLACED_LOG_PREFIX}${now().getTime()}`]: current });
    }
    await writeWhole(imported.log, currentHead);
    await forgetLoggedFindings();
    return null;
  }

  async function run(cmd: LogCommand): Promise<LogCommandResult | null> {
    switch (cmd.type) {
      case 'log-status':
        return { ok: true, status: status() };
      case 'log-set-note':
        return setNote(cmd.seq, cmd.note);
      case 'log-clear':
        await writeWhole(emptyLog(), await head());
        await forgetLoggedFindings();
        return null;
      case 'log-apply-retention': {
        const months = await retentionMonths();
        const { log, head: current } = await whole();
        const kept = months === null ? log : applyRetention(log, months, now());
        if (kept !== log) await writeWhole(kept, current);
        return null;
      }
      case 'log-import':
        return importJson(String(cmd.json));
      default:
        return { ok: false, error: 'unknown command', status: status() };
    }
  }

  function command(cmd: LogCommand): Promise<LogCommandResult> {
    return enqueue(async (): Promise<LogCommandResult> => {
      try {
        const answer = await run(cmd);
        if (answer) return answer;
        succeeded();
        return { ok: true, status: status() };
      } catch (error) {
        failed(error);
        return { ok: false, error: describe(error), status: status() };
      }
    });
  }

  const isOwnPage = (url: string | undefined): boolean => !!url?.startsWith(browser.runtime.getURL('/'));

  function isLinkedInOrOwnPage(url: string | undefined): boolean {
    if (!url) return false;
    if (isOwnPage(url)) return true;
    try {
      return new URL(url).origin === 'https://www.linkedin.com';
    } catch {
      return false;
    }
  }

  function logDecision(record: unknown, id: unknown, sender: MessageSender): Promise<AppendResult> {
    // Decisions come from the LinkedIn guard (or the extension's own pages), never from a script on
    // another site, such as the employer-website script running on hosts the user granted.
    if (!isLinkedInOrOwnPage(sender.url)) {
      return Promise.resolve({ ok: false, error: 'log-decision comes from LinkedIn pages only' });
    }
    // A 'noticed' finding is the background's own record (website findings), never a message's.
    if ((record as { decision?: unknown } | undefined)?.decision === 'noticed') {
      return Promise.resolve({ ok: false, error: 'record.decision: noticed is logged by the background' });
    }
    return append(record, typeof id === 'string' && id.length <= 64 ? id : undefined);
  }

  /** A log command, run only when it comes from one of the extension's own pages. */
  const fromOwnPages =
    <M>(run: (message: M) => LogCommand) =>
    (message: M, sender: MessageSender): Promise<LogCommandResult> =>
      isOwnPage(sender.url)
        ? command(run(message))
        : Promise.resolve({
            ok: false,
            error: 'log commands come from extension pages only',
            status: status(),
          });

  const messageHandlers: LogMessageHandlers = {
    'log-decision': ({ record, id }, sender) => logDecision(record, id, sender),
    'log-set-note': fromOwnPages(({ seq, note }) => ({ type: 'log-set-note', seq, note })),
    'log-clear': fromOwnPages(() => ({ type: 'log-clear' })),
    'log-import': fromOwnPages(({ json }) => ({ type: 'log-import', json })),
    'log-apply-retention': fromOwnPages(() => ({ type: 'log-apply-retention' })),
    'log-status': fromOwnPages(() => ({ type: 'log-status' })),
  };

  return { append, command, status, messageHandlers };
}
