// Retention and filters over the decision log. Pure: they return new values and never change their input.
import type { Activity, Outcome } from '../types';
import { type DecisionLog, type DecisionLogEntry, GENESIS_ANCHOR, type LogAnchor } from './chain';
import { addMonths } from './months';

export interface RetentionResult {
  entries: DecisionLogEntry[];
  /** Where verification of the kept entries starts: the last removed entry (or the anchor given). */
  anchor: LogAnchor;
  removedSeqs: number[];
}

/**
 * Removes the entries older than `months` calendar months before `now`. Only a leading run is removed
 * (stopping at the first entry that is recent enough), so the kept entries stay one unbroken chain from
 * the new anchor. When every entry goes, the log starts over from the genesis anchor: there is nothing
 * left to link to, and the next entry is seq 1 again.
 *
 * Called with a whole DecisionLog it returns the log with its anchor moved and the notes of removed
 * entries dropped; called with entries (and optionally the current anchor) it returns the details.
 */
export function applyRetention(log: DecisionLog, months: number | null, now: Date): DecisionLog;
export function applyRetention(
  entries: readonly DecisionLogEntry[],
  months: number | null,
  now: Date,
  anchor?: LogAnchor,
): RetentionResult;
export function applyRetention(
  logOrEntries: DecisionLog | readonly DecisionLogEntry[],
  months: number | null,
  now: Date,
  anchor: LogAnchor = GENESIS_ANCHOR,
): DecisionLog | RetentionResult {
  if (!Array.isArray(logOrEntries)) {
    const log = logOrEntries as DecisionLog;
    const result = applyRetention(log.entries, months, now, log.anchor ?? GENESIS_ANCHOR);
    if (result.removedSeqs.length === 0) return log;
    const notes: Record<number, string> = {};
    for (const [seq, note] of Object.entries(log.notes)) {
      if (result.entries.some((entry) => entry.seq === Number(seq))) notes[Number(seq)] = note;
    }
    return { entries: result.entries, notes, anchor: result.anchor };
  }
  const entries = logOrEntries as readonly DecisionLogEntry[];
  if (months === null) return { entries: [...entries], anchor, removedSeqs: [] };
  if (!Number.isSafeInteger(months) || months < 1) {
    throw new RangeError('retention: months must be a positive whole number or null');
  }
  const cutoff = addMonths(now, -months).getTime();
  let firstKept = entries.findIndex((entry) => !(Date.parse(entry.time) < cutoff));
  if (firstKept === -1) firstKept = entries.length;
  const removed = entries.slice(0, firstKept);
  const kept = entries.slice(firstKept);
  const lastRemoved = removed[removed.length - 1];
  let newAnchor = anchor;
  if (lastRemoved !== undefined) {
    newAnchor = kept.length === 0 ? { ...GENESIS_ANCHOR } : { seq: lastRemoved.seq, hash: lastRemoved.hash };
  }
  return { entries: kept, anchor: newAnchor, removedSeqs: removed.map((entry) => entry.seq) };
}

export interface EntryFilter {
  activity?: Activity;
  outcome?: Outcome | 'unassessed';
  /** Inclusive. */
  from?: Date;
  /** Inclusive. */
  to?: Date;
}

/** The entry's own activity or outcome, or for a saved policy report any of its findings'. */
function names<F extends 'activity' | 'outcome'>(entry: DecisionLogEntry, field: F, value: string): boolean {
  return (
    entry[field] === value || (entry.policy?.findings.some((finding) => finding[field] === value) ?? false)
  );
}

export function filterEntries(entries: readonly DecisionLogEntry[], filter: EntryFilter): DecisionLogEntry[] {
  const from = filter.from?.getTime() ?? Number.NEGATIVE_INFINITY;
  const to = filter.to?.getTime() ?? Number.POSITIVE_INFINITY;
  return entries.filter((entry) => {
    const time = Date.parse(entry.time);
    return (
      (filter.activity === undefined || names(entry, 'activity', filter.activity)) &&
      (filter.outcome === undefined || names(entry, 'outcome', filter.outcome)) &&
      time >= from &&
      time <= to
    );
  });
}
