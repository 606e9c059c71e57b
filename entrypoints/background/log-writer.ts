// The background's side of the decision log: the ONE writer of storage key `decisionLog`.
// Every change (append, note, clear, import, retention) runs in one queue as read → change → write.
// When a write fails (quota, storage error) the changed log is kept in memory as the truth, the
// failure is reported through `status()` (the options page shows it) and the write is retried.
import { browser } from 'wxt/browser';
import { sha256Hex } from '@/components/state/digest';
import {
  CORRUPT_LOG_PREFIX,
  isStoredLog,
  LOG_KEY,
  LOGGED_FINDINGS_KEY,
  REPLACED_LOG_PREFIX,
} from '@/components/state/log-storage';
import {
  appendEntry,
  applyRetention,
  type DecisionLog,
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

/**
 * The answer to an append, with `unsaved: true` when storage did not take the write (the entry is
 * kept in memory and the write is retried; it is lost if the browser closes first).
 */
export type AppendResult = LogDecisionResult;

/** The log's messages in the background's handler table. */
export type LogMessageHandlers = Pick<BackgroundHandlers, 'log-decision' | LogCommandType>;

export interface DecisionLogWriterOptions {
  now?: () => Date;
  /** First retry delay after a failed write; doubles up to a minute. */
  retryDelayMs?: number;
}

export interface DecisionLogWriter {
  append(record: unknown): Promise<AppendResult>;
  command(command: LogCommand): Promise<LogCommandResult>;
  status(): LogWriteStatus;
  /**
   * The log's messages: decisions from LinkedIn or the extension's own pages, log commands (clear,
   * import, notes) only from the extension's own pages; a record with decision 'noticed' only through
   * `append` (the background's website findings).
   */
  messageHandlers: LogMessageHandlers;
}

export function createDecisionLogWriter(options: DecisionLogWriterOptions = {}): DecisionLogWriter {
  const now = options.now ?? (() => new Date());
  const firstDelay = options.retryDelayMs ?? 1000;
  const local = browser.storage.local;

  let queue: Promise<unknown> = Promise.resolve();
  /** The log as it should be stored, while storage has not taken it yet. */
  let unsaved: DecisionLog | null = null;
  let lastError: string | null = null;
  let failedSince: string | null = null;
  let retryDelay = firstDelay;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;

  const status = (): LogWriteStatus => ({ unsaved: unsaved !== null, lastError, failedSince });

  async function read(): Promise<DecisionLog> {
    if (unsaved) return unsaved;
    const stored = (await local.get(LOG_KEY))[LOG_KEY];
    if (stored === undefined || stored === null) return emptyLog();
    if (isStoredLog(stored)) return stored;
    // Not a log at all: keep it aside for inspection and start a fresh one.
    await local.set({ [`${CORRUPT_LOG_PREFIX}${now().getTime()}`]: stored });
    return emptyLog();
  }

  async function retentionMonths(): Promise<number | null> {
    const settings = (await local.get('settings')).settings as { logRetentionMonths?: unknown } | undefined;
    const months = settings?.logRetentionMonths;
    return typeof months === 'number' && Number.isInteger(months) && months > 0 ? months : null;
  }

  async function write(log: DecisionLog): Promise<void> {
    try {
      await local.set({ [LOG_KEY]: log });
      unsaved = null;
      lastError = null;
      failedSince = null;
      retryDelay = firstDelay;
    } catch (error) {
      unsaved = log;
      lastError = error instanceof Error ? error.message : String(error);
      failedSince ??= now().toISOString();
      scheduleRetry();
    }
  }

  function scheduleRetry() {
    if (retryTimer) return;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      retryDelay = Math.min(retryDelay * 2, 60_000);
      void enqueue(async () => {
        if (unsaved) await write(unsaved);
      });
    }, retryDelay);
  }

  function enqueue<T>(task: () => Promise<T>): Promise<T> {
    const result = queue.then(task, task);
    queue = result.catch(() => undefined);
    return result;
  }

  async function withRetention(log: DecisionLog): Promise<DecisionLog> {
    const months = await retentionMonths();
    return months === null ? log : applyRetention(log, months, now());
  }

  /** The website findings remembered as logged are no longer in the log: the next visit logs them again. */
  async function forgetLoggedFindings(): Promise<void> {
    await local.remove(LOGGED_FINDINGS_KEY).catch(() => undefined);
  }

  function append(input: unknown): Promise<AppendResult> {
    let record: ReturnType<typeof validateRecord>;
    try {
      record = validateRecord(input);
    } catch (error) {
      return Promise.resolve({ ok: false, error: error instanceof Error ? error.message : String(error) });
    }
    return enqueue(async () => {
      const log = await read();
      const entry = await appendEntry(log.entries, record, sha256Hex, log.anchor);
      await write(await withRetention({ ...log, entries: [...log.entries, entry] }));
      return unsaved
        ? { ok: true as const, seq: entry.seq, unsaved: true as const }
        : { ok: true as const, seq: entry.seq };
    });
  }

  function command(cmd: LogCommand): Promise<LogCommandResult> {
    return enqueue(async (): Promise<LogCommandResult> => {
      switch (cmd.type) {
        case 'log-status':
          return { ok: true, status: status() };
        case 'log-set-note': {
          const log = await read();
          if (!log.entries.some((entry) => entry.seq === cmd.seq)) {
            return { ok: false, error: `no entry ${cmd.seq}`, status: status() };
          }
          const notes = { ...log.notes };
          const note = typeof cmd.note === 'string' ? cmd.note.trim().slice(0, MAX_NOTE_LENGTH) : '';
          if (note) notes[cmd.seq] = note;
          else delete notes[cmd.seq];
          await write({ ...log, notes });
          break;
        }
        case 'log-clear':
          await write(emptyLog());
          await forgetLoggedFindings();
          break;
        case 'log-apply-retention':
          await write(await withRetention(await read()));
          break;
        case 'log-import': {
          const imported = await importLogJson(String(cmd.json), sha256Hex);
          if (!imported.ok) return { ok: false, error: imported.error, status: status() };
          const current = await read();
          // The log being replaced is kept aside: a valid import never loses data either.
          if (current.entries.length > 0) {
            await local.set({ [`${REPLACED_LOG_PREFIX}${now().getTime()}`]: current });
          }
          await write(imported.log);
          await forgetLoggedFindings();
          break;
        }
        default:
          return { ok: false, error: 'unknown command', status: status() };
      }
      return unsaved
        ? { ok: false, error: lastError ?? 'not saved', status: status() }
        : { ok: true, status: status() };
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

  function logDecision(record: unknown, sender: MessageSender): Promise<AppendResult> {
    // Decisions come from the LinkedIn guard (or the extension's own pages), never from a script on
    // another site, such as the employer-website script running on hosts the user granted.
    if (!isLinkedInOrOwnPage(sender.url)) {
      return Promise.resolve({ ok: false, error: 'log-decision comes from LinkedIn pages only' });
    }
    // A 'noticed' finding is the background's own record (website findings), never a message's.
    if ((record as { decision?: unknown } | undefined)?.decision === 'noticed') {
      return Promise.resolve({ ok: false, error: 'record.decision: noticed is logged by the background' });
    }
    return append(record);
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
    'log-decision': ({ record }, sender) => logDecision(record, sender),
    'log-set-note': fromOwnPages(({ seq, note }) => ({ type: 'log-set-note', seq, note })),
    'log-clear': fromOwnPages(() => ({ type: 'log-clear' })),
    'log-import': fromOwnPages(({ json }) => ({ type: 'log-import', json })),
    'log-apply-retention': fromOwnPages(() => ({ type: 'log-apply-retention' })),
    'log-status': fromOwnPages(() => ({ type: 'log-status' })),
  };

  return { append, command, status, messageHandlers };
}
