// npm run policy:eval — the analyser against the labelled corpus: the texts it was tuned on, the
// held-out texts, and all together. `--errors` lists every miss and extra reading.
import { CORPUS } from './corpus';
import { type CorpusScore, scoreCorpus } from './metrics';

const percent = (n: number) => n.toFixed(2);

function print(title: string, score: CorpusScore): void {
  console.log(`\n${title}: ${score.texts} texts, ${score.clauses} clauses, ${score.labels} labels`);
  console.log('| activity | labelled | predicted | precision | recall |');
  console.log('|---|---:|---:|---:|---:|');
  for (const a of score.activities) {
    if (a.labelled === 0 && a.predicted === 0) continue;
    console.log(
      `| ${a.activity} | ${a.labelled} | ${a.predicted} | ${percent(a.precision)} | ${percent(a.recall)} |`,
    );
  }
  const { initiator, consequence } = score;
  console.log(
    `initiator accuracy (found clauses): ${percent(initiator.correct / initiator.total)} (${initiator.correct}/${initiator.total})`,
  );
  console.log(
    `refusal consequence agreement (found clauses): ${percent(consequence.correct / consequence.total)} (${consequence.correct}/${consequence.total})`,
  );
}

const tuning = scoreCorpus(CORPUS.filter((text) => !text.heldOut));
const heldOut = scoreCorpus(CORPUS.filter((text) => text.heldOut));
const all = scoreCorpus(CORPUS);
print('Tuning texts', tuning);
print('Held-out texts', heldOut);
print('Whole corpus', all);
if (process.argv.includes('--errors')) {
  console.log('\nErrors on the tuning texts:');
  for (const error of tuning.errors) console.log(`  ${error}`);
}
const failing = all.activities.filter((a) => a.labelled >= 5 && (a.precision < 0.9 || a.recall < 0.85));
if (failing.length > 0) {
  console.log(`\nBelow 0.90 precision / 0.85 recall: ${failing.map((a) => a.activity).join(', ')}`);
  process.exitCode = 1;
}
