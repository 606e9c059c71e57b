// `npm run bench` (after `npm run build:all`): runs the benchmark, prints the table and writes
// tests/bench/results/latest.json. Options: --quick (100 posts, one run each, no growth), --runs N,
// --posts N, --clicks N, --build (build Chrome and Firefox first, when run by hand).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../e2e/harness';
import { formatResults, runBench } from './bench';
import { formatHeavy, runHeavy } from './heavy';
import { formatLog, measureLog } from './log';

function numberOption(args: string[], name: string): number | undefined {
  const index = args.indexOf(name);
  if (index < 0) return undefined;
  const value = Number(args[index + 1]);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} needs a positive whole number`);
  return value;
}

const args = process.argv.slice(2);
if (args.includes('--build')) {
  console.log('building Chrome and Firefox (npm run build:all)');
  execFileSync('npm', ['run', 'build:all'], { cwd: ROOT, stdio: 'ignore' });
}
const results = await runBench({
  quick: args.includes('--quick'),
  runs: numberOption(args, '--runs'),
  posts: numberOption(args, '--posts'),
  clicks: numberOption(args, '--clicks'),
  progress: (line) => console.log(line),
});
console.log(`\n${formatResults(results)}`);
// The heavy cases (a heavy page, a 10,000-entry log) run after the main bench, except with --quick.
const heavy = args.includes('--quick') ? null : await runHeavy(20, (line) => console.log(line));
if (heavy) console.log(`\n${formatHeavy(heavy)}`);
if (heavy) console.log(`\n${formatLog(await measureLog())}`);
const dir = join(ROOT, 'tests/bench/results');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'latest.json'), `${JSON.stringify({ ...results, heavy }, null, 2)}\n`);
console.log(`\nwritten: tests/bench/results/latest.json`);
