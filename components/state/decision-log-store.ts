// The pages' view of the decision log (popup, options): reads the stored log (components/state/log-storage),
// follows storage.onChanged, checks the hash chain, and asks the background (the one writer) for every
// change through the log-* messages of core/protocol.ts. After an append only the new entries are checked (the part checked
// before is kept when it is unchanged), so a long log stays cheap to follow.
import { browser } from 'wxt/browser';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { sendToBackground } from '@/components/messaging';
import {
  type ChainVerification,
  type DecisionLog,
  type DecisionLogEntry,
  emptyLog,
  type LogAnchor,
  verifyChain,
} from '@/core/log';
import type { LogCommandResult, LogWriteStatus } from '@/core/protocol';
import { sha256Hex } from './digest';
import {
  isLogHead,
  isLogPieceKey,
  LOG_CHUNK_SIZE,
  LOG_KEY,
  LOG_NOTES_KEY,
  type NewestEntries,
  readNewestEntries,
  readStoredLog,
  type StoredLogRead,
} from './log-storage';

export interface DecisionLogState {
  log: DecisionLog;
  loaded: boolean;
  /** The chain checked against the stored entries; null while checking. */
  verification: ChainVerification | null;
  /** Whether the background's latest write failed; null until asked. */
  writeStatus: LogWriteStatus | null;
  /** A stored value that is not a log at all. */
  unreadable: boolean;
  /** Until the whole log is read (loaded): its newest entries and its size, when read already. */
  newest: NewestEntries | null;
  setNote(seq: number, note: string): Promise<LogCommandResult>;
  clear(): Promise<LogCommandResult>;
  importJson(json: string): Promise<LogCommandResult>;
  applyRetention(): Promise<LogCommandResult>;
  refreshStatus(): Promise<LogCommandResult>;
}

/** What the last check found intact: the anchor it started from and the entries it checked, as JSON. */
interface Checked {
  anchor: LogAnchor;
  texts: string[];
  last: LogAnchor;
}

/**
 * The chain check of the pages: checks only what follows the part found intact before, when that part is
 * unchanged (compared as JSON, which costs far less than hashing it again); otherwise the whole chain.
 */
function createChainChecker(): (log: DecisionLog) => Promise<ChainVerification> {
  let checked: Checked | null = null;

  return async (log: DecisionLog): Promise<ChainVerification> => {
    const { entries, anchor } = log;
    const texts = entries.map((entry) => JSON.stringify(entry));
    const prior = checked;
    const keeps =
      prior !== null &&
      prior.anchor.seq === anchor.seq &&
      prior.anchor.hash === anchor.hash &&
      entries.length >= prior.texts.length &&
      prior.texts.every((text, index) => texts[index] === text);
    const from = keeps && prior ? prior.texts.length : 0;
    const start = keeps && prior ? prior.last : anchor;
    const result = await verifyChain(entries.slice(from), sha256Hex, start);
    const last = entries[entries.length - 1];
    checked = result.intact
      ? { anchor: { ...anchor }, texts, last: last ? { seq: last.seq, hash: last.hash } : anchor }
      : null;
    return result;
  };
}

/** The stored pieces (head, notes, chunks) a read of a chunked log found, to follow later changes by. */
function storedPieces(read: StoredLogRead): Record<string, unknown> | null {
  if (read.kind !== 'log' || !read.head) return null;
  const pieces: Record<string, unknown> = { [LOG_KEY]: read.head, [LOG_NOTES_KEY]: read.log.notes };
  let start = 0;
  for (const key of read.head.chunks) {
    const size = Math.min(LOG_CHUNK_SIZE, read.log.entries.length - start);
    pieces[key] = read.log.entries.slice(start, start + size);
    start += size;
  }
  return pieces;
}

export function createDecisionLogStore(): StoreApi<DecisionLogState> {
  const send = async (command: Promise<LogCommandResult>): Promise<LogCommandResult> => {
    let result: LogCommandResult;
    try {
      result = await command;
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      result = { ok: false, error: detail, status: { unsaved: false, lastError: detail, failedSince: null } };
    }
    if (result?.status) store.setState({ writeStatus: result.status });
    return result;
  };

  const store = createStore<DecisionLogState>()(() => ({
    log: emptyLog(),
    loaded: false,
    verification: null,
    writeStatus: null,
    unreadable: false,
    newest: null,
    setNote: (seq, note) => send(sendToBackground('log-set-note', { seq, note })),
    clear: () => send(sendToBackground('log-clear')),
    importJson: (json) => send(sendToBackground('log-import', { json })),
    applyRetention: () => send(sendToBackground('log-apply-retention')),
    refreshStatus: () => send(sendToBackground('log-status')),
  }));

  let generation = 0;
  const verify = createChainChecker();

  const adopt = async (log: DecisionLog, unreadable: boolean, mine: number) => {
    store.setState({ log, loaded: true, unreadable, verification: null, newest: null });
    const verification = await verify(log);
    if (mine === generation) store.setState({ verification });
  };

  /** The stored pieces as last read or changed: an append changes the head and one chunk only. */
  let pieces: Record<string, unknown> | null = null;

  const reload = async () => {
    const mine = ++generation;
    if (!store.getState().loaded) {
      // The newest entries first (two small reads), so the page shows them while the whole log loads.
      const newest = await readNewestEntries(browser.storage.local).catch(() => null);
      if (mine !== generation) return;
      if (newest) store.setState({ newest });
    }
    const read = await readStoredLog(browser.storage.local).catch(() => ({ kind: 'none' as const }));
    if (mine !== generation) return;
    pieces = storedPieces(read);
    if (read.kind === 'log') await adopt(read.log, false, mine);
    else await adopt(emptyLog(), read.kind === 'unreadable', mine);
  };

  /** Applies a change from the pieces it carries; reads storage again only when a piece is missing. */
  const follow = (changes: Record<string, { newValue?: unknown }>) => {
    const known = pieces;
    if (!known) return void reload();
    for (const [key, change] of Object.entries(changes)) {
      if (!isLogPieceKey(key)) continue;
      if (change.newValue === undefined) delete known[key];
      else known[key] = change.newValue;
    }
    const head = known[LOG_KEY];
    if (!isLogHead(head) || !head.chunks.every((key) => Array.isArray(known[key]))) return void reload();
    const entries = head.chunks.flatMap((key) => known[key] as DecisionLogEntry[]);
    const notes = (known[LOG_NOTES_KEY] ?? {}) as Record<number, string>;
    void adopt({ entries, notes, anchor: head.anchor }, false, ++generation);
  };

  void reload();
  browser.storage.onChanged.addListener((changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && Object.keys(changes).some(isLogPieceKey)) follow(changes);
  });
  return store;
}
