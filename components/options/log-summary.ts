// The numbers behind the log's summary: decisions per month by outcome and by activity, and who
// started them. Pure: the chart and the printable page only draw these.
import type { DecisionLogEntry } from '@/core/log';
import { RECORD_OUTCOMES } from '@/core/log';
import type { Activity } from '@/core/types';

export type RecordOutcome = (typeof RECORD_OUTCOMES)[number];

export interface MonthCounts {
  /** 'YYYY-MM', in local time. */
  month: string;
  total: number;
  byOutcome: Record<RecordOutcome, number>;
  byActivity: Partial<Record<Activity, number>>;
}

/**
 * Who started the decisions. The log keeps no answer text, so this reads the rules: the core decides
 * "your own choice" (R14) exactly when the user said it was their own initiative; every other assessed
 * warning was asked for or required by the employer. Website findings are the employer's own doing.
 */
export interface InitiatorCounts {
  employer: number;
  own: number;
  website: number;
  unassessed: number;
}

export interface LogSummaryData {
  total: number;
  months: MonthCounts[];
  /** The activities seen, most frequent first. */
  activities: Activity[];
  initiators: InitiatorCounts;
}

export const OWN_CHOICE_RULE = 'R14';

export function monthOf(iso: string): string | null {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

/** The `count` months up to and including the one of `now`, oldest first. */
export function lastMonths(now: Date, count: number): string[] {
  return Array.from({ length: count }, (_, index) => {
    const date = new Date(now.getFullYear(), now.getMonth() - (count - 1 - index), 1);
    return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
  });
}

function emptyMonth(month: string): MonthCounts {
  const byOutcome = Object.fromEntries(RECORD_OUTCOMES.map((o) => [o, 0])) as Record<RecordOutcome, number>;
  return { month, total: 0, byOutcome, byActivity: {} };
}

export function summariseLog(
  entries: readonly DecisionLogEntry[],
  now = new Date(),
  monthCount = 6,
): LogSummaryData {
  const months = new Map(lastMonths(now, monthCount).map((m) => [m, emptyMonth(m)]));
  const activityTotals = new Map<Activity, number>();
  const initiators: InitiatorCounts = { employer: 0, own: 0, website: 0, unassessed: 0 };
  for (const entry of entries) {
    if (entry.decision === 'noticed') initiators.website += 1;
    else if (entry.outcome === 'unassessed') initiators.unassessed += 1;
    else if (entry.rules.includes(OWN_CHOICE_RULE)) initiators.own += 1;
    else initiators.employer += 1;
    const counts = months.get(monthOf(entry.time) ?? '');
    if (!counts) continue;
    counts.total += 1;
    counts.byOutcome[entry.outcome] += 1;
    counts.byActivity[entry.activity] = (counts.byActivity[entry.activity] ?? 0) + 1;
    activityTotals.set(entry.activity, (activityTotals.get(entry.activity) ?? 0) + 1);
  }
  const activities = [...activityTotals.entries()].sort((a, b) => b[1] - a[1]).map(([a]) => a);
  return { total: entries.length, months: [...months.values()], activities, initiators };
}
