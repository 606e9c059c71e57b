// The pieces of the policy text as the page shows it: plain runs, and per clause (sentence or list
// item) a marked run whose cue words are emphasised. Pure: the component renders these as text.
import type { PolicyClause, PolicyVerdict } from '@/core/policy';
import { policyVerdict } from '@/core/policy';

export interface MarkedRun {
  text: string;
  cue: boolean;
}

export type TextPiece =
  | { kind: 'plain'; text: string }
  | { kind: 'clause'; numbers: number[]; verdict: PolicyVerdict; runs: MarkedRun[] };

const VERDICT_ORDER: readonly PolicyVerdict[] = ['may-not-require', 'contested', 'fine'];

/** Overlapping cue spans merged, in text order. */
function mergeSpans(spans: { start: number; end: number }[]): { start: number; end: number }[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

function runsOf(
  text: string,
  start: number,
  end: number,
  cues: { start: number; end: number }[],
): MarkedRun[] {
  const runs: MarkedRun[] = [];
  let at = start;
  for (const cue of mergeSpans(cues)) {
    const from = Math.max(cue.start, start);
    const to = Math.min(cue.end, end);
    if (to <= from) continue;
    if (from > at) runs.push({ text: text.slice(at, from), cue: false });
    runs.push({ text: text.slice(from, to), cue: true });
    at = to;
  }
  if (at < end) runs.push({ text: text.slice(at, end), cue: false });
  return runs;
}

/**
 * The text cut into plain and clause pieces. Clauses with the same offsets (one sentence, two
 * activities) share one mark, numbered with each clause's number (1-based) and the gravest verdict.
 */
export function markText(text: string, clauses: readonly PolicyClause[]): TextPiece[] {
  const pieces: TextPiece[] = [];
  let at = 0;
  let index = 0;
  while (index < clauses.length) {
    const first = clauses[index] as PolicyClause;
    const group: { clause: PolicyClause; number: number }[] = [];
    while (
      index < clauses.length &&
      clauses[index]?.start === first.start &&
      clauses[index]?.end === first.end
    ) {
      group.push({ clause: clauses[index] as PolicyClause, number: index + 1 });
      index += 1;
    }
    if (first.start < at) continue;
    if (first.start > at) pieces.push({ kind: 'plain', text: text.slice(at, first.start) });
    const verdicts = group.map(({ clause }) => policyVerdict(clause));
    pieces.push({
      kind: 'clause',
      numbers: group.map(({ number }) => number),
      verdict: VERDICT_ORDER.find((verdict) => verdicts.includes(verdict)) ?? 'fine',
      runs: runsOf(
        text,
        first.start,
        first.end,
        group.flatMap(({ clause }) => clause.cues),
      ),
    });
    at = first.end;
  }
  if (at < text.length) pieces.push({ kind: 'plain', text: text.slice(at) });
  return pieces;
}
