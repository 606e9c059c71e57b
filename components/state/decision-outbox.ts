// The LinkedIn tab's side of "nothing decided is lost": a decision stays here, where the user made it,
// until the background's log has confirmed it (answered with its seq). A background that is restarting
// or asleep (the message fails), or storage that refuses the write (full), leaves the decision in the
// queue and it is sent again, in order and with the same id, so the log stores it once. A record the log
// refuses as invalid is dropped (sending it again cannot help) and counted as our failure.
import type { DecisionRecord, LogDecisionResult } from '@/core/protocol';

export interface DecisionOutboxOptions {
  /** Sends one `log-decision` message to the background; rejects when the background cannot be reached. */
  send(request: { record: DecisionRecord; id: string }): Promise<LogDecisionResult | undefined>;
  /** Called when storage refuses decisions (true) and when it takes them again (false). */
  onStorageFull?(full: boolean): void;
  /** A record the log refused as invalid (our bug): never sent again. */
  onRefused?(error: string): void;
  /** First wait before sending again; doubles up to `maxRetryMs`. */
  retryMs?: number;
  maxRetryMs?: number;
  makeId?(): string;
  /** Aborting it stops sending (the content script is invalidated); what is left stays unsent. */
  signal?: AbortSignal;
}

export interface DecisionOutbox {
  add(record: DecisionRecord): void;
  /** Decisions not yet confirmed by the log. */
  pending(): number;
  /** Whether the last answer was "storage is full". */
  storageFull(): boolean;
}

interface Pending {
  id: string;
  record: DecisionRecord;
}

const randomId = () => `${Date.now().toString(36)}-${crypto.getRandomValues(new Uint32Array(2)).join('-')}`;

export function createDecisionOutbox(options: DecisionOutboxOptions): DecisionOutbox {
  const firstWait = options.retryMs ?? 1000;
  const maxWait = options.maxRetryMs ?? 30_000;
  const makeId = options.makeId ?? randomId;
  const queue: Pending[] = [];
  let wait = firstWait;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let sending = false;
  let full = false;
  const stopped = () => options.signal?.aborted === true;
  options.signal?.addEventListener(
    'abort',
    () => {
      if (timer !== null) clearTimeout(timer);
    },
    { once: true },
  );

  const setFull = (next: boolean) => {
    if (full === next) return;
    full = next;
    options.onStorageFull?.(next);
  };

  const later = () => {
    if (timer !== null || stopped()) return;
    timer = setTimeout(() => {
      timer = null;
      void flush();
    }, wait);
    wait = Math.min(wait * 2, maxWait);
  };

  /** Sends the oldest decision until the queue is empty or the log cannot take one. */
  async function flush(): Promise<void> {
    if (sending || stopped()) return;
    sending = true;
    try {
      while (queue.length > 0 && !stopped()) {
        const head = queue[0] as Pending;
        let answer: LogDecisionResult | undefined;
        try {
          answer = await options.send({ record: head.record, id: head.id });
        } catch {
          answer = undefined; // the background is not there (restarting): try again later
        }
        if (answer?.ok) {
          queue.shift();
          wait = firstWait;
          setFull(false);
          continue;
        }
        if (answer && !answer.retry) {
          queue.shift();
          options.onRefused?.(answer.error);
          continue;
        }
        if (answer?.storageFull) setFull(true);
        later();
        return;
      }
    } finally {
      sending = false;
    }
  }

  return {
    add(record) {
      queue.push({ id: makeId(), record });
      if (timer !== null) {
        // A new decision is a good moment to try again at once.
        clearTimeout(timer);
        timer = null;
      }
      void flush();
    },
    pending: () => queue.length,
    storageFull: () => full,
  };
}
