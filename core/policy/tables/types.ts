// The shape of a language's reading table. Every pattern is bounded ({0,n} gaps, no nested
// quantifiers) and is run on one sentence of at most 1,200 characters.
import type { Activity, Incentive, Mitigation, RefusalConsequence } from '../../types';
import type { PolicyLanguage } from '../types';

/** A regex, or several that must all match the same sub-clause (each match is a cue). */
export type Pattern = RegExp | readonly RegExp[];

export interface ActivityEntry {
  activity: Activity;
  patterns: readonly Pattern[];
  /** Read even after a "must not": for this activity the prohibition is the demand ("no 'Open to work'"). */
  prohibitionIsDemand?: boolean;
  /** Activities this one replaces when both are read in one clause (a clause yields only what it is about). */
  replaces?: readonly Activity[];
}

export interface ValueEntry<T> {
  value: T;
  patterns: readonly RegExp[];
}

export interface PolicyTable {
  language: PolicyLanguage;
  activities: readonly ActivityEntry[];
  /** A photo mentioned without saying where: the clause takes the photo activity of the one before. */
  barePhoto: RegExp;
  /** "The photos", "de foto's": refers back, also across a paragraph break. */
  photoReference: RegExp;
  /** The employee is told not to do it ("never share", "deel nooit"): no demand to be visible. */
  prohibition: readonly RegExp[];
  /** The employer says it will not do it ("we do not monitor", "worden niet gecontroleerd"). */
  employerNegation: readonly RegExp[];
  /** Strong demand words; they win over asking words ("we ask ..., this is mandatory"). */
  requires: readonly RegExp[];
  /** Asking, encouraging, permitting, "voluntary", "not required". */
  asks: readonly RegExp[];
  /** Says taking part is voluntary: said once, it reaches the other sentences of its paragraph or item. */
  voluntary: readonly RegExp[];
  /** Plain statements that the employer will do it; they win over a list's asking lead-in. */
  states: readonly RegExp[];
  consequences: readonly ValueEntry<Exclude<RefusalConsequence, 'unknown'>>[];
  mitigations: readonly ValueEntry<Mitigation>[];
  incentives: readonly ValueEntry<Exclude<Incentive, 'none'>>[];
  postEmployment: readonly RegExp[];
  informed: readonly RegExp[];
  jobDefined: readonly RegExp[];
  workTime: readonly RegExp[];
  /** "this policy", "deze richtlijn": a sanction on it reaches every demand of the document. */
  documentReference: readonly RegExp[];
  /** "these rules", "bovenstaande": a sanction on them reaches every clause of the paragraph or list. */
  blockReference: readonly RegExp[];
}
