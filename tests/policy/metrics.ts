// Scores the analyser against the labelled corpus: per activity precision and recall, initiator
// accuracy, and how often the other readings (consequence, safeguards, ...) agree with the labels.
import { analysePolicy, type PolicyClause } from '@/core';
import { ACTIVITIES, type Activity } from '@/core/types';
import type { ClauseLabel, CorpusText } from './corpus-types';

export interface ActivityScore {
  activity: Activity;
  labelled: number;
  predicted: number;
  truePositives: number;
  precision: number;
  recall: number;
}

export interface CorpusScore {
  texts: number;
  clauses: number;
  labels: number;
  activities: ActivityScore[];
  initiator: { correct: number; total: number };
  consequence: { correct: number; total: number };
  /** Every wrong or missed reading, to look at while tuning. */
  errors: string[];
}

const located = (text: CorpusText, label: ClauseLabel) => text.text.indexOf(label.quote);

function covers(clause: PolicyClause, position: number): boolean {
  return clause.start <= position && position < clause.end;
}

export function scoreCorpus(texts: readonly CorpusText[]): CorpusScore {
  const counts = new Map(ACTIVITIES.map((a) => [a, { labelled: 0, predicted: 0, truePositives: 0 }]));
  const score: CorpusScore = {
    texts: texts.length,
    clauses: 0,
    labels: 0,
    activities: [],
    initiator: { correct: 0, total: 0 },
    consequence: { correct: 0, total: 0 },
    errors: [],
  };
  for (const text of texts) {
    const report = analysePolicy(text.text, { role: 'back-office' });
    score.clauses += new Set(text.clauses.map((label) => label.quote)).size;
    score.labels += text.clauses.length;
    for (const label of text.clauses) {
      const count = counts.get(label.activity);
      if (count) count.labelled += 1;
      const position = located(text, label);
      const hit = report.clauses.find((c) => covers(c, position) && c.activity === label.activity);
      if (!hit) {
        score.errors.push(`${text.id} MISSED ${label.activity}: "${label.quote}"`);
        continue;
      }
      if (count) count.truePositives += 1;
      score.initiator.total += 1;
      if (hit.initiator === label.initiator) score.initiator.correct += 1;
      else score.errors.push(`${text.id} INITIATOR ${label.activity} ${hit.initiator}: "${label.quote}"`);
      score.consequence.total += 1;
      const expected = label.consequence ?? 'unknown';
      if ((hit.situation.refusalConsequence ?? 'unknown') === expected) score.consequence.correct += 1;
    }
    for (const clause of report.clauses) {
      const count = counts.get(clause.activity);
      if (count) count.predicted += 1;
      const labelled = text.clauses.some(
        (label) => label.activity === clause.activity && covers(clause, located(text, label)),
      );
      if (!labelled) {
        const excerpt = text.text
          .slice(clause.start, Math.min(clause.end, clause.start + 90))
          .replace(/\s+/g, ' ');
        score.errors.push(`${text.id} EXTRA ${clause.activity}: "${excerpt}"`);
      }
    }
  }
  score.activities = [...counts].map(([activity, c]) => ({
    activity,
    ...c,
    precision: c.predicted === 0 ? 1 : c.truePositives / c.predicted,
    recall: c.labelled === 0 ? 1 : c.truePositives / c.labelled,
  }));
  return score;
}
