// Reads one sentence against a language's table: which activities it is about, who initiates,
// and what else it says. Spans are offsets into the sentence's joined text.
import type { Activity, Incentive, Mitigation, RefusalConsequence } from '../types';
import type { Pattern, PolicyTable, ValueEntry } from './tables/types';
import type { PolicyCueKind } from './types';

export interface Span {
  start: number;
  end: number;
  kind: PolicyCueKind;
}

export interface SentenceReading {
  activities: ReadonlyMap<Activity, Span[]>;
  /** 'requires' from strong words, 'asks' from asking words, 'states' from plain statements. */
  initiatorCue: { strength: 'requires' | 'asks' | 'states'; spans: Span[] } | null;
  consequence: { value: Exclude<RefusalConsequence, 'unknown'>; spans: Span[] } | null;
  mitigations: ReadonlyMap<Mitigation, Span[]>;
  incentive: { value: Exclude<Incentive, 'none'>; spans: Span[] } | null;
  postEmployment: Span[];
  informed: Span[];
  jobDefined: Span[];
  workTime: Span[];
  documentReference: boolean;
  blockReference: boolean;
  /** Mentions a photo without saying where (taken from the clause before). */
  barePhoto: Span[];
  photoReference: boolean;
  voluntary: boolean;
  /** Told not to, or the employer says it will not: no activity is carried over into it. */
  negated: boolean;
}

function find(pattern: RegExp, text: string, offset: number, kind: PolicyCueKind): Span | null {
  const match = pattern.exec(text);
  return match ? { start: offset + match.index, end: offset + match.index + match[0].length, kind } : null;
}

/** Spans of a pattern (all parts of a conjunction must match), or null. */
function matchPattern(pattern: Pattern, text: string, offset: number, kind: PolicyCueKind): Span[] | null {
  const parts = pattern instanceof RegExp ? [pattern] : pattern;
  const spans: Span[] = [];
  for (const part of parts) {
    const span = find(part, text, offset, kind);
    if (!span) return null;
    spans.push(span);
  }
  return spans;
}

function firstOf(patterns: readonly RegExp[], text: string, kind: PolicyCueKind): Span[] {
  for (const pattern of patterns) {
    const span = find(pattern, text, 0, kind);
    if (span) return [span];
  }
  return [];
}

function firstValue<T>(entries: readonly ValueEntry<T>[], text: string, kind: PolicyCueKind) {
  for (const entry of entries) {
    const spans = firstOf(entry.patterns, text, kind);
    if (spans.length > 0) return { value: entry.value, spans };
  }
  return null;
}

/** Sub-clauses: a prohibition or a negation reaches as far as the next ';' or dash. */
const SUBCLAUSE = /[;–—]|\s-\s/g;

function subclauses(text: string): { text: string; offset: number }[] {
  const parts: { text: string; offset: number }[] = [];
  let start = 0;
  SUBCLAUSE.lastIndex = 0;
  for (let match = SUBCLAUSE.exec(text); match; match = SUBCLAUSE.exec(text)) {
    parts.push({ text: text.slice(start, match.index), offset: start });
    start = match.index + match[0].length;
  }
  parts.push({ text: text.slice(start), offset: start });
  return parts;
}

const CONDITION = /\b(?:provided that|as long as|on condition that|mits|zolang|op voorwaarde dat)\b/i;

function readActivities(
  text: string,
  table: PolicyTable,
): { activities: Map<Activity, Span[]>; negated: boolean } {
  const activities = new Map<Activity, Span[]>();
  let negated = false;
  for (const part of subclauses(text)) {
    const trimmed = part.text.trimStart();
    const offset = part.offset + part.text.length - trimmed.length;
    // "..., provided that they do not ...": a condition limits what is asked, it does not forbid it.
    const condition = CONDITION.exec(trimmed);
    const main = condition ? trimmed.slice(0, condition.index) : trimmed;
    const prohibited = table.prohibition.some((pattern) => pattern.test(main));
    const denied = table.employerNegation.some((pattern) => pattern.test(trimmed));
    if (prohibited || denied) negated = true;
    if (denied) continue;
    for (const entry of table.activities) {
      if (prohibited && !entry.prohibitionIsDemand) continue;
      for (const pattern of entry.patterns) {
        const spans = matchPattern(pattern, trimmed, offset, 'activity');
        if (!spans) continue;
        activities.set(entry.activity, [...(activities.get(entry.activity) ?? []), ...spans]);
        break;
      }
    }
  }
  for (const entry of table.activities) {
    if (!activities.has(entry.activity)) continue;
    for (const replaced of entry.replaces ?? []) activities.delete(replaced);
  }
  return { activities, negated };
}

function readInitiator(text: string, table: PolicyTable): SentenceReading['initiatorCue'] {
  const requires = firstOf(table.requires, text, 'initiator');
  if (requires.length > 0) return { strength: 'requires', spans: requires };
  const asks = firstOf(table.asks, text, 'initiator');
  if (asks.length > 0) return { strength: 'asks', spans: asks };
  const states = firstOf(table.states, text, 'initiator');
  return states.length > 0 ? { strength: 'states', spans: states } : null;
}

function readMitigations(text: string, table: PolicyTable): Map<Mitigation, Span[]> {
  const mitigations = new Map<Mitigation, Span[]>();
  for (const entry of table.mitigations) {
    const spans = firstOf(entry.patterns, text, 'safeguard');
    if (spans.length > 0) mitigations.set(entry.value, spans);
  }
  return mitigations;
}

/** One regex per table that any activity (or a bare photo), and one that any sanction or "voluntary", needs. */
interface Prefilter {
  activity: RegExp;
  statement: RegExp;
}
const PREFILTERS = new WeakMap<PolicyTable, Prefilter>();

const anyOf = (patterns: readonly RegExp[]) =>
  new RegExp(patterns.map((pattern) => `(?:${pattern.source})`).join('|'), 'i');

function prefilter(table: PolicyTable): Prefilter {
  let compiled = PREFILTERS.get(table);
  if (!compiled) {
    const activityParts = table.activities.flatMap((entry) =>
      entry.patterns.map((pattern) => (pattern instanceof RegExp ? pattern : (pattern[0] as RegExp))),
    );
    compiled = {
      activity: anyOf([...activityParts, table.barePhoto]),
      statement: anyOf([...table.consequences.flatMap((entry) => entry.patterns), ...table.voluntary]),
    };
    PREFILTERS.set(table, compiled);
  }
  return compiled;
}

const NO_SPANS: Span[] = [];
// Shared by every sentence that has none; only a sentence about "the photo" gets activities added, and
// that one has its own map (it was read).
const NO_ACTIVITIES: ReadonlyMap<Activity, Span[]> = new Map();
const NO_MITIGATIONS: ReadonlyMap<Mitigation, Span[]> = new Map();

/**
 * Reads a sentence. Most sentences of a long text are about nothing we look for: one combined regex
 * rules them out before the table's patterns run one by one. The details (initiator, safeguards, ...)
 * are read only where they can matter: a clause, a list's lead-in, a sentence about "the photo".
 */
export function readSentence(text: string, table: PolicyTable, leadIn = false): SentenceReading {
  const filter = prefilter(table);
  const hasActivityWords = !filter.activity || filter.activity.test(text);
  const { activities, negated } = hasActivityWords
    ? readActivities(text, table)
    : { activities: NO_ACTIVITIES, negated: false };
  const barePhoto =
    hasActivityWords && activities.size === 0 ? firstOf([table.barePhoto], text, 'activity') : NO_SPANS;
  const details = activities.size > 0 || barePhoto.length > 0 || leadIn;
  const statement = details || filter.statement.test(text);
  const consequence = statement ? firstValue(table.consequences, text, 'consequence') : null;
  return {
    activities,
    initiatorCue: details ? readInitiator(text, table) : null,
    consequence,
    mitigations: details ? readMitigations(text, table) : NO_MITIGATIONS,
    incentive: details ? firstValue(table.incentives, text, 'incentive') : null,
    postEmployment: details ? firstOf(table.postEmployment, text, 'post-employment') : NO_SPANS,
    informed: details ? firstOf(table.informed, text, 'informed') : NO_SPANS,
    jobDefined: details ? firstOf(table.jobDefined, text, 'job') : NO_SPANS,
    workTime: details ? firstOf(table.workTime, text, 'work-time') : NO_SPANS,
    documentReference: consequence !== null && table.documentReference.some((pattern) => pattern.test(text)),
    blockReference: consequence !== null && table.blockReference.some((pattern) => pattern.test(text)),
    barePhoto,
    photoReference: barePhoto.length > 0 && table.photoReference.test(text),
    voluntary: statement && table.voluntary.some((pattern) => pattern.test(text)),
    negated,
  };
}
