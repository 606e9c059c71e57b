// The pages' view of the decision log (popup, options): reads storage key `decisionLog`, follows
// storage.onChanged, checks the hash chain on every change, and asks the background (the one writer)
// for every change through the log-* messages of core/protocol.ts.
import { browser } from 'wxt/browser';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { sendToBackground } from '@/components/messaging';
import { type ChainVerification, type DecisionLog, emptyLog, verifyChain } from '@/core/log';
import type { LogCommandResult, LogWriteStatus } from '@/core/protocol';
import { sha256Hex } from './digest';
import { isStoredLog, LOG_KEY } from './log-storage';
import { onStorageKeyChange } from './storage-change';

export interface DecisionLogState {
  log: DecisionLog;
  loaded: boolean;
  /** The chain checked against the stored entries; null while checking. */
  verification: ChainVerification | null;
  /** Writes the background has not saved yet (storage failures); null until asked. */
  writeStatus: LogWriteStatus | null;
  /** A stored value that is not a log at all. */
  unreadable: boolean;
  setNote(seq: number, note: string): Promise<LogCommandResult>;
  clear(): Promise<LogCommandResult>;
  importJson(json: string): Promise<LogCommandResult>;
  applyRetention(): Promise<LogCommandResult>;
  refreshStatus(): Promise<LogCommandResult>;
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
    setNote: (seq, note) => send(sendToBackground('log-set-note', { seq, note })),
    clear: () => send(sendToBackground('log-clear')),
    importJson: (json) => send(sendToBackground('log-import', { json })),
    applyRetention: () => send(sendToBackground('log-apply-retention')),
    refreshStatus: () => send(sendToBackground('log-status')),
  }));

  let generation = 0;
  const adopt = async (stored: unknown) => {
    const mine = ++generation;
    const present = stored !== undefined && stored !== null;
    const log = present && isStoredLog(stored) ? stored : emptyLog();
    const unreadable = present && !isStoredLog(stored);
    store.setState({ log, loaded: true, unreadable, verification: null });
    const verification = await verifyChain(log.entries, sha256Hex, log.anchor);
    if (mine === generation) store.setState({ verification });
  };

  void browser.storage.local.get(LOG_KEY).then(
    (items) => adopt(items[LOG_KEY]),
    () => adopt(undefined),
  );
  onStorageKeyChange(LOG_KEY, (value) => void adopt(value));
  return store;
}
