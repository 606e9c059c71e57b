// The LinkedIn tab's side of "nothing decided is lost": what the user decided stays here, where they
// decided it, until the background has confirmed it. Two things go through an outbox: the decision for
// the log (confirmed with its seq) and the settings the decision changed (a group's classification, a
// remembered answer). A background that is restarting or asleep (the message fails), or storage that
// refuses the write (full), leaves the item in the queue and it is sent again, in order; a decision with
// the same id, so the log stores it once. An item refused as invalid is dropped (sending it again cannot
// help) and counted as our failure.
import type { DecisionRecord, LogDecisionResult, MergedSettingsField } from '@/core/protocol';
import type { Settings } from '@/core/settings';

/** How the receiver answered one item: taken, refused for good, or to be sent again. */
export type OutboxAnswer =
  | { ok: true }
  | { ok: false; error: string; retry?: boolean; storageFull?: boolean }
  | undefined;

interface OutboxCallbacks {
  /** Called when storage refuses items (true) and when it takes them again (false). */
  onStorageFull?(full: boolean): void;
  /** An item the receiver refused as invalid (our bug): never sent again. */
  onRefused?(error: string): void;
  /** First wait before sending again; doubles up to `maxRetryMs`. */
  retryMs?: number;
  maxRetryMs?: number;
  /** Aborting it stops sending (the content script is invalidated); what is left stays unsent. */
  signal?: AbortSignal;
}

export interface Outbox<T> {
  add(item: T): void;
  /** Items not yet confirmed. */
  pending(): number;
  /** Whether the last answer was "storage is full". */
  storageFull(): boolean;
}

const randomId = () => `${Date.now().toString(36)}-${crypto.getRandomValues(new Uint32Array(2)).join('-')}`;

/** A queue that sends its oldest item until it is taken, waiting longer after each failure. */
export function createOutbox<T>(
  send: (item: T, id: string) => Promise<OutboxAnswer>,
  options: OutboxCallbacks & { makeId?(): string },
): Outbox<T> {
  const firstWait = options.retryMs ?? 1000;
  const maxWait = options.maxRetryMs ?? 30_000;
  const makeId = options.makeId ?? randomId;
  const queue: { id: string; item: T }[] = [];
  let wait = firstWait;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let sending = false;
  let full = false;
  const stopped = () => options.signal?.aborted === true;
  options.signal?.addEventListener('abort', () => timer !== null && clearTimeout(timer), { once: true });

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

  /** Sends the oldest item until the queue is empty or the receiver cannot take one. */
  async function flush(): Promise<void> {
    if (sending || stopped()) return;
    sending = true;
    try {
      while (queue.length > 0 && !stopped()) {
        const head = queue[0] as { id: string; item: T };
        // A receiver that is not there (the worker restarting) answers nothing: try again later.
        const answer = await send(head.item, head.id).catch(() => undefined);
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
    add(item) {
      queue.push({ id: makeId(), item });
      if (timer !== null) {
        // A new item is a good moment to try again at once.
        clearTimeout(timer);
        timer = null;
      }
      void flush();
    },
    pending: () => queue.length,
    storageFull: () => full,
  };
}

export interface DecisionOutboxOptions extends OutboxCallbacks {
  /** Sends one `log-decision` message to the background; rejects when the background cannot be reached. */
  send(request: { record: DecisionRecord; id: string }): Promise<LogDecisionResult | undefined>;
  makeId?(): string;
}

export type DecisionOutbox = Outbox<DecisionRecord>;

/** Decisions for the log: each sent with its id until the log answers with its seq. */
export function createDecisionOutbox(options: DecisionOutboxOptions): DecisionOutbox {
  return createOutbox<DecisionRecord>((record, id) => options.send({ record, id }), options);
}

/** A settings change as the settings store takes it: the patch and the maps it adds to. */
export interface SettingsChange {
  patch: Partial<Settings>;
  merge?: readonly MergedSettingsField[];
}

/** The settings store's answer to an update (the errors name the field; 'storage' for a failed write). */
type SettingsUpdateAnswer =
  | { ok: true }
  | { ok: false; errors: readonly { field: string; message: { en: string } }[] };

export interface SettingsOutboxOptions extends OutboxCallbacks {
  /** The settings store's update (which the background writes, one update after another). */
  update(patch: Partial<Settings>, merge?: readonly MergedSettingsField[]): Promise<SettingsUpdateAnswer>;
}

const QUOTA = /quota|QUOTA_BYTES|full|no space/i;

/**
 * Settings a decision changed (a group's classification, a remembered answer): sent again while storage
 * does not take the write; a change the settings refuse (a field error) is dropped and reported.
 */
export function createSettingsOutbox(options: SettingsOutboxOptions): Outbox<SettingsChange> {
  return createOutbox<SettingsChange>(async ({ patch, merge }): Promise<OutboxAnswer> => {
    const answer = await options.update(patch, merge);
    if (answer.ok) return { ok: true };
    const storage = answer.errors.find((error) => error.field === 'storage');
    const error = (storage ?? answer.errors[0])?.message.en ?? 'not saved';
    return storage ? { ok: false, error, retry: true, storageFull: QUOTA.test(error) } : { ok: false, error };
  }, options);
}
