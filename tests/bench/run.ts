// `npm run bench` (after `wxt build`): builds Firefox too, runs the benchmark, prints the table and writes
// tests/bench/results/latest.json. Options: --quick (100 posts, one run each, no growth), --runs N,
// --posts N, --clicks N, --no-firefox-build.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../e2e/harness';
import { formatResults, runBench } from './bench';

function numberOption(args: string[], name: string): number | undefined {
  const index = args.indexOf(name);
  if (index < 0) return undefined;
  const value = Number(args[index + 1]);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} needs a positive whole number`);
  return value;
}

const args = process.argv.slice(2);
if (!args.includes('--no-firefox-build')) {
  console.log('building Firefox (wxt build -b firefox) for its sizes');
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, stdio: 'ignore' });
}
const results = await runBench({
  quick: args.includes('--quick'),
  runs: numberOption(args, '--runs'),
  posts: numberOption(args, '--posts'),
  clicks: numberOption(args, '--clicks'),
  progress: (line) => console.log(line),
});
console.log(`\n${formatResults(results)}`);
const dir = join(ROOT, 'tests/bench/results');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwritten: tests/bench/results/latest.json`);
