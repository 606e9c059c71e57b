// The labelled corpus of policy texts: one file per text under ./corpus, labelled by hand before the
// analyser's tables were written (see README.md in this folder for the labelling rules).
import type { Activity, Incentive, Mitigation, RefusalConsequence } from '@/core/types';

export interface ClauseLabel {
  /** A piece of the clause's text, unique in the document: the clause is the sentence or list item holding it. */
  quote: string;
  activity: Activity;
  initiator: 'employer-requires' | 'employer-asks';
  consequence?: Exclude<RefusalConsequence, 'unknown'>;
  mitigations?: Mitigation[];
  incentive?: Exclude<Incentive, 'none'>;
  postEmployment?: true;
  informed?: true;
  jobDefined?: true;
  workTime?: true;
}

export interface CorpusText {
  id: string;
  language: 'en' | 'nl';
  /** Never looked at while tuning the tables: its figures show how the tables generalise. */
  heldOut: boolean;
  /** What kind of document it imitates. */
  kind: string;
  text: string;
  /** Every clause about the reader's own online exposure; every other sentence must yield nothing. */
  clauses: ClauseLabel[];
}
