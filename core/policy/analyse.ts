// analysePolicy (policy-check.md): the text is split into sentences and list items, each is read
// against its language's table, the reading rules of the contract link clauses to their list's
// lead-in and to sanctions elsewhere in the text, and every clause gets evaluate()'s answer.
import { evaluate } from '../evaluate';
import {
  type Activity,
  type Assessment,
  MITIGATIONS,
  type Mitigation,
  ROLES,
  type Situation,
  STATUSES,
} from '../types';
import { detectLanguage } from './language';
import { readSentence, type SentenceReading, type Span } from './read';
import { type Segment, segmentText } from './segment';
import { EN_TABLE } from './tables/en';
import { NL_TABLE } from './tables/nl';
import type { PolicyTable } from './tables/types';
import type {
  PolicyClause,
  PolicyContext,
  PolicyCue,
  PolicyInitiator,
  PolicyLanguage,
  PolicyNotice,
  PolicyReport,
} from './types';

export const POLICY_TABLES: Readonly<Record<PolicyLanguage, PolicyTable>> = { en: EN_TABLE, nl: NL_TABLE };

const PHOTO_ACTIVITIES: readonly Activity[] = [
  'website-photo',
  'intranet-photo',
  'employer-social-photo',
  'profile-photo',
];

function validateContext(text: unknown, context: unknown): asserts context is PolicyContext {
  if (typeof text !== 'string') throw new TypeError('text: expected a string');
  if (typeof context !== 'object' || context === null || Array.isArray(context)) {
    throw new TypeError('context: expected an object');
  }
  const { role, status, worksCouncil, language } = context as Record<string, unknown>;
  if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role)) {
    throw new TypeError(`context.role: expected one of ${ROLES.join(', ')}`);
  }
  if (status !== undefined && !(STATUSES as readonly unknown[]).includes(status)) {
    throw new TypeError(`context.status: expected one of ${STATUSES.join(', ')}`);
  }
  if (worksCouncil !== undefined && typeof worksCouncil !== 'boolean') {
    throw new TypeError('context.worksCouncil: expected a boolean');
  }
  if (language !== undefined && !['en', 'nl', 'auto'].includes(language as string)) {
    throw new TypeError('context.language: expected en, nl or auto');
  }
}

/** Control characters (other than tab, line and page breaks), NUL and U+FFFD: what a binary file turns into. */
function isJunk(code: number): boolean {
  return (
    (code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) || code === 127 || code === 0xfffd
  );
}

function looksBinary(text: string): boolean {
  const length = Math.min(text.length, 200_000);
  let junk = 0;
  for (let i = 0; i < length; i++) if (isJunk(text.charCodeAt(i))) junk += 1;
  return junk > 8 && junk / length > 0.02;
}

/** One sentence's reading, with where it sits. */
interface Read {
  segment: Segment;
  reading: SentenceReading;
}

export function analysePolicy(text: string, context: PolicyContext): PolicyReport {
  validateContext(text, context);
  const chosen = context.language ?? 'auto';
  if (text.trim() === '')
    return { language: chosen === 'auto' ? 'en' : chosen, clauses: [], notices: ['empty'] };
  if (looksBinary(text)) {
    return { language: chosen === 'auto' ? 'en' : chosen, clauses: [], notices: ['not-text'] };
  }
  const detected = detectLanguage(text);
  const language = chosen === 'auto' ? detected.language : chosen;
  const notices: PolicyNotice[] =
    detected.detected === 'de' || detected.detected === 'fr' ? ['other-language'] : [];
  const table = POLICY_TABLES[language];
  const reads: Read[] = segmentText(text)
    .filter((segment) => !segment.question)
    .map((segment) => ({ segment, reading: readSentence(segment.text, table, segment.leadIn) }));
  carryPhotos(reads);
  const clauses = buildClauses(reads, context);
  if (clauses.length === 0) notices.push('no-clauses');
  return { language, clauses, notices };
}

/**
 * A sentence that mentions only "the photo" is about the photo of the clause before it; when that
 * clause's paragraph spoke of several photos (website and intranet), it is about all of them.
 */
function carryPhotos(reads: Read[]): void {
  let section = -1;
  let photoBlock: Read[] = [];
  for (const read of reads) {
    const { reading, segment } = read;
    if (segment.section !== section) {
      section = segment.section;
      photoBlock = [];
    }
    if (carries(reading)) {
      const carried = new Map(reading.activities);
      for (const source of photoBlock) {
        for (const activity of PHOTO_ACTIVITIES) {
          if (source.reading.activities.has(activity)) carried.set(activity, reading.barePhoto);
        }
      }
      reading.activities = carried;
    }
    if (!PHOTO_ACTIVITIES.some((activity) => reading.activities.has(activity))) continue;
    // The latest paragraph that spoke of a photo, with every photo clause of it.
    if (photoBlock[0]?.segment.block !== segment.block) photoBlock = [];
    photoBlock.push(read);
  }
}

/** Only a sentence that asks, demands or offers something about "the photo" is a clause of its own. */
function carries(reading: SentenceReading): boolean {
  if (reading.barePhoto.length === 0 || reading.negated) return false;
  return reading.initiatorCue !== null || reading.consequence !== null || reading.mitigations.size > 0;
}

type Consequence = NonNullable<SentenceReading['consequence']>;

/** Sanctions and "no consequences" said once for a paragraph, a list or the whole text. */
interface Scoped {
  blocks: Map<number, Consequence>;
  units: Map<number, 'asks'>;
  documentDemands: Consequence | null;
  documentAsks: Consequence | null;
}

function scopeStatements(reads: Read[]): Scoped {
  const scoped: Scoped = { blocks: new Map(), units: new Map(), documentDemands: null, documentAsks: null };
  const blocksWithClauses = new Set(
    reads.filter((read) => read.reading.activities.size > 0).map((read) => read.segment.block),
  );
  for (const { segment, reading } of reads) {
    if (reading.activities.size > 0) continue;
    if (reading.voluntary) scoped.units.set(segment.unit, 'asks');
    const consequence = reading.consequence;
    if (!consequence) continue;
    // "These rules" reach the paragraph or list; "this policy", or a sanction standing on its own, the whole text.
    const documentWide =
      (reading.documentReference && !reading.blockReference) || !blocksWithClauses.has(segment.block);
    if (!documentWide) {
      scoped.blocks.set(segment.block, consequence);
      continue;
    }
    if (consequence.value === 'none') scoped.documentAsks ??= consequence;
    else scoped.documentDemands ??= consequence;
  }
  return scoped;
}

/** The initiator a list's lead-in gives its items ("Everyone is expected to:"). */
function leadIns(reads: Read[]): Map<number, PolicyInitiator> {
  const byBlock = new Map<number, PolicyInitiator>();
  for (const { segment, reading } of reads) {
    if (!segment.leadIn || !reading.initiatorCue) continue;
    byBlock.set(
      segment.block,
      reading.initiatorCue.strength === 'asks' ? 'employer-asks' : 'employer-requires',
    );
  }
  return byBlock;
}

function buildClauses(reads: Read[], context: PolicyContext): PolicyClause[] {
  // A long text repeats its clauses' situations: each distinct one is evaluated once.
  const assessments = new Map<string, Assessment>();
  const assess = (situation: Situation) => {
    const key = JSON.stringify(situation);
    let assessment = assessments.get(key);
    if (!assessment) {
      assessment = evaluate(situation);
      assessments.set(key, assessment);
    }
    return structuredClone(assessment);
  };
  const scoped = scopeStatements(reads);
  const leadIn = leadIns(reads);
  const clauses: PolicyClause[] = [];
  for (const { segment, reading } of reads) {
    if (reading.activities.size === 0) continue;
    const listInitiator = segment.listItem ? leadIn.get(segment.block) : undefined;
    const base = readInitiator(reading, listInitiator, scoped.units.get(segment.unit));
    const consequence =
      reading.consequence ??
      scoped.blocks.get(segment.block) ??
      (base.initiator === 'employer-requires' ? scoped.documentDemands : scoped.documentAsks);
    const initiator: PolicyInitiator =
      consequence && consequence.value !== 'none' ? 'employer-requires' : base.initiator;
    for (const [activity, activitySpans] of reading.activities) {
      const situation = readSituation(activity, initiator, reading, consequence ?? null, context);
      const own = reading.consequence ? reading.consequence.spans : [];
      const spans = [...activitySpans, ...base.spans, ...own, ...detailSpans(reading)];
      clauses.push({
        start: segment.start,
        end: segment.end,
        activity,
        initiator,
        situation,
        assessment: assess(situation),
        cues: toCues(spans, segment),
      });
    }
  }
  return clauses;
}

function readInitiator(
  reading: SentenceReading,
  listInitiator: PolicyInitiator | undefined,
  unitAsks: 'asks' | undefined,
): { initiator: PolicyInitiator; spans: Span[] } {
  const cue = reading.initiatorCue;
  if (cue?.strength === 'requires') return { initiator: 'employer-requires', spans: cue.spans };
  if (cue?.strength === 'asks') return { initiator: 'employer-asks', spans: cue.spans };
  // A reward is offered to those who choose to take part.
  if (reading.incentive) return { initiator: 'employer-asks', spans: reading.incentive.spans };
  if (unitAsks) return { initiator: 'employer-asks', spans: [] };
  if (cue?.strength === 'states') return { initiator: 'employer-requires', spans: cue.spans };
  return { initiator: listInitiator ?? 'employer-requires', spans: [] };
}

function detailSpans(reading: SentenceReading): Span[] {
  return [
    ...[...reading.mitigations.values()].flat(),
    ...(reading.incentive?.spans ?? []),
    ...reading.postEmployment,
    ...reading.informed,
    ...reading.jobDefined,
    ...reading.workTime,
  ];
}

function readSituation(
  activity: Activity,
  initiator: PolicyInitiator,
  reading: SentenceReading,
  consequence: Consequence | null,
  context: PolicyContext,
): Situation {
  const mitigations = new Set<Mitigation>(reading.mitigations.keys());
  const situation: Situation = { activity, role: context.role, initiator };
  if (context.status) situation.status = context.status;
  if (context.worksCouncil) situation.worksCouncil = true;
  if (reading.jobDefined.length > 0) situation.jobDefined = true;
  if (reading.workTime.length > 0) {
    situation.workTime = true;
    mitigations.add('work-time-and-equipment');
  }
  if (consequence) situation.refusalConsequence = consequence.value;
  if (consequence?.value === 'none') mitigations.add('opt-out-without-consequences');
  // A bonus that depends on taking part is pressure, not an incentive (policy-check.md).
  if (reading.incentive && consequence?.value !== 'career') situation.incentive = reading.incentive.value;
  if (reading.postEmployment.length > 0) situation.postEmploymentClause = true;
  if (reading.informed.length > 0) situation.informed = true;
  if (mitigations.size > 0) situation.mitigations = MITIGATIONS.filter((m) => mitigations.has(m));
  return situation;
}

/** Sentence spans as offsets into the original text, in text order, without repeats. */
function toCues(spans: Span[], segment: Segment): PolicyCue[] {
  const seen = new Set<string>();
  const cues: PolicyCue[] = [];
  for (const span of spans) {
    if (span.end <= span.start) continue;
    const start = segment.map[segment.mapStart + span.start] as number;
    const end = (segment.map[segment.mapStart + span.end - 1] as number) + 1;
    const key = `${start}:${end}:${span.kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    cues.push({ start, end, kind: span.kind });
  }
  return cues.sort((a, b) => a.start - b.start || a.end - b.end);
}
