// The public vocabulary of the policy check (policy-check.md): what `analysePolicy` reads from an
// employer's text. Fixed surface: add, never rename or drop.
import type { Activity, Assessment, Role, Situation } from '../types';

export const POLICY_LANGUAGES = ['en', 'nl'] as const;
export type PolicyLanguage = (typeof POLICY_LANGUAGES)[number];

export interface PolicyContext {
  /** The reader's role (from their settings). */
  role: Role;
  /** Default 'employee'. */
  status?: Situation['status'];
  /** Default false. */
  worksCouncil?: boolean;
  /** Default 'auto' (detected from the text). */
  language?: PolicyLanguage | 'auto';
}

export type PolicyInitiator = 'employer-requires' | 'employer-asks';

/** What a cue decided: shown to the reader as the words that made the answer. */
export const POLICY_CUE_KINDS = [
  'activity',
  'initiator',
  'consequence',
  'safeguard',
  'incentive',
  'post-employment',
  'informed',
  'job',
  'work-time',
] as const;
export type PolicyCueKind = (typeof POLICY_CUE_KINDS)[number];

export interface PolicyCue {
  start: number;
  end: number;
  /** Added to the contract's span: which part of the reading these words decided. */
  kind: PolicyCueKind;
}

export interface PolicyClause {
  /** Offsets into the text of the clause (a sentence or a list item). */
  start: number;
  end: number;
  activity: Activity;
  initiator: PolicyInitiator;
  /** What was read from the clause, completed with the context. */
  situation: Situation;
  /** Exactly evaluate(situation). */
  assessment: Assessment;
  /** The words that decided activity, initiator, safeguards, consequences; in text order. */
  cues: PolicyCue[];
}

/**
 * Why a report may have no clauses, or be partial, so the page can say so plainly:
 * - 'empty': no text;
 * - 'not-text': mostly control or replacement characters (a binary file);
 * - 'other-language': neither English nor Dutch (read as the detected closest, results unreliable);
 * - 'no-clauses': text read, nothing about the reader's own online exposure found.
 */
export const POLICY_NOTICES = ['empty', 'not-text', 'other-language', 'no-clauses'] as const;
export type PolicyNotice = (typeof POLICY_NOTICES)[number];

export interface PolicyReport {
  language: PolicyLanguage;
  /** In text order; only clauses about the employee's own online exposure. */
  clauses: PolicyClause[];
  /** Added to the contract: what the page should tell the reader about the input. */
  notices: PolicyNotice[];
}

/**
 * How the page and the letter group a clause: a demand the employer may not require (no valid
 * basis, or required although it can only be voluntary), a contested one, or one that is fine as
 * worded (required by the job, a balanced interest, or merely asked).
 */
export const POLICY_VERDICTS = ['may-not-require', 'contested', 'fine'] as const;
export type PolicyVerdict = (typeof POLICY_VERDICTS)[number];
