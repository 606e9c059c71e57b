// The whole benchmark (issue 7): sizes, main-thread cost A/B, attribution, latency, growth; its budgets,
// and the table it prints. `run.ts` is the command line; `bench-smoke.test.ts` runs the quick mode.
import { existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { CHROME_BUILD, ROOT } from '../e2e/harness';
import {
  type Attribution,
  attributionRun,
  interleavedRuns,
  type LatencySample,
  type RunSample,
  type Side,
  warningLatency,
} from './measure';
import { type BudgetCheck, type BuildSizes, checkSizeBudgets, measureBuild } from './sizes';
import { percentile, type Spread, spread } from './stats';

export interface BenchOptions {
  quick: boolean;
  /** Posts in the main A/B comparison (2,000; quick: 100). */
  posts?: number;
  /** Runs per side in the main comparison (5; quick: 1). */
  runs?: number;
  /** Trusted Post clicks for latency (40; quick: 5). */
  clicks?: number;
  /** Measure another extension folder instead of the product build (used to check the instruments). */
  extensionPath?: string;
  progress?: (line: string) => void;
}

export interface SideSummary {
  taskMs: Spread;
  scriptMs: Spread;
  pageTaskMs: Spread;
  heapUsed: Spread;
  longTasks: Spread;
}

export interface Comparison {
  posts: number;
  runsPerSide: number;
  extension: SideSummary;
  baseline: SideSummary;
  /** Median extension / median baseline. */
  taskRatio: number;
  pageTaskRatio: number;
  scriptRatio: number;
  /** extension / baseline per interleaved pair (A_i / B_i): drift between rounds cancels out. */
  pairedTaskRatio: Spread;
  /** Median extension − median baseline task time (ms). */
  overheadMs: number;
  /** Median heap after GC, extension − baseline (bytes). */
  heapIncrease: number;
  samples: RunSample[];
}

export interface LatencySummary {
  clicks: number;
  p50: number;
  p95: number;
  max: number;
  /** The first click (chunks and styles not yet warm). */
  first: number;
  hostP50: number | null;
  samples: LatencySample[];
}

export interface GrowthRow {
  posts: number;
  /** Posts per inserted batch: 10, or posts/200 for larger feeds (every size grows in ~200 frames). */
  batch: number;
  runsPerSide: number;
  baselineTaskMs: number;
  extensionTaskMs: number;
  overheadMs: number;
  baselinePerPostMs: number;
  overheadPerPostMs: number;
  /** From the trace: time in our scripts, in total and per post (the precise figure). */
  ourScriptMs: number;
  ourScriptPerPostMs: number;
}

export interface Budget {
  name: string;
  value: number | null;
  limit: number;
  unit: string;
  ok: boolean;
  note?: string;
}

export interface BenchResults {
  date: string;
  mode: 'full' | 'quick';
  machine: { cores: number; cpu: string; memoryGB: number; node: string; platform: string };
  /** What was measured: the product build, or another extension folder. */
  extension: string;
  productContentScript: boolean;
  sizes: BuildSizes[];
  sizeBudgets: BudgetCheck[];
  comparison: Comparison;
  attribution: Attribution;
  latency: LatencySummary | null;
  latencySkipped?: string;
  growth: GrowthRow[] | null;
  budgets: Budget[];
}

function summarize(samples: RunSample[], side: Side): SideSummary {
  const mine = samples.filter((s) => s.side === side);
  return {
    taskMs: spread(mine.map((s) => s.taskMs)),
    scriptMs: spread(mine.map((s) => s.scriptMs)),
    pageTaskMs: spread(mine.map((s) => s.pageTaskMs)),
    heapUsed: spread(mine.map((s) => s.heapUsed)),
    longTasks: spread(mine.map((s) => s.longTasks.length)),
  };
}

export function compare(samples: RunSample[]): Comparison {
  const extension = summarize(samples, 'extension');
  const baseline = summarize(samples, 'baseline');
  const ext = samples.filter((s) => s.side === 'extension');
  const base = samples.filter((s) => s.side === 'baseline');
  const pairs = ext.slice(0, base.length).map((a, i) => a.taskMs / (base[i] as RunSample).taskMs);
  return {
    posts: samples[0]?.posts ?? 0,
    runsPerSide: Math.min(ext.length, base.length),
    extension,
    baseline,
    taskRatio: extension.taskMs.median / baseline.taskMs.median,
    pageTaskRatio: extension.pageTaskMs.median / baseline.pageTaskMs.median,
    scriptRatio: extension.scriptMs.median / baseline.scriptMs.median,
    pairedTaskRatio: spread(pairs),
    overheadMs: extension.taskMs.median - baseline.taskMs.median,
    heapIncrease: extension.heapUsed.median - baseline.heapUsed.median,
    samples,
  };
}

export function summarizeLatency(samples: LatencySample[]): LatencySummary {
  const paint = samples.map((s) => s.paintMs);
  const hosts = samples.map((s) => s.hostMs).filter((v): v is number => v !== null);
  return {
    clicks: samples.length,
    p50: percentile(paint, 50),
    p95: percentile(paint, 95),
    max: Math.max(...paint),
    first: paint[0] ?? Number.NaN,
    hostP50: hosts.length > 0 ? percentile(hosts, 50) : null,
    samples,
  };
}

function budget(name: string, value: number | null, limit: number, unit: string, note?: string): Budget {
  return { name, value, limit, unit, ok: value !== null && Number.isFinite(value) && value <= limit, note };
}

export function budgetsOf(results: Omit<BenchResults, 'budgets'>): Budget[] {
  const list = results.sizeBudgets.map((check) =>
    budget(`${check.target} ${check.entrypoint} gzip`, check.gzip, check.maxGzip, 'B'),
  );
  const c = results.comparison;
  list.push(
    budget(`task-time ratio (${c.posts} posts, median ext/base)`, c.taskRatio, 1.03, '×'),
    budget('long tasks caused by our code', results.attribution.longTasksCausedByUs, 0, ''),
    budget('heap increase (median ext − base)', c.heapIncrease, 2_000_000, 'B'),
    budget(
      'warning latency p95',
      results.latency?.p95 ?? null,
      50,
      'ms',
      results.latency ? undefined : results.latencySkipped,
    ),
  );
  return list;
}

/** Growth: the A/B comparison and the traced attribution at each size (the 2,000 row reuses the main one). */
async function growth(
  main: Comparison,
  mainAttribution: Attribution,
  extensionPath: string | undefined,
  progress: (line: string) => void,
): Promise<GrowthRow[]> {
  const rows: GrowthRow[] = [];
  for (const posts of [200, 2_000, 10_000]) {
    // Every size grows in about 200 frames: a layout pass of the whole feed per frame makes batches of 10
    // at 10,000 posts take many minutes, and our listeners do not depend on the batch size.
    const batch = posts === main.posts ? 10 : Math.max(10, Math.ceil(posts / 200));
    let comparison = main;
    let attribution = mainAttribution;
    if (posts !== main.posts) {
      progress(`growth: ${posts} posts in batches of ${batch}`);
      comparison = compare(await interleavedRuns(posts, 2, extensionPath, progress, batch));
      attribution = await attributionRun(posts, 0, extensionPath, batch);
    }
    const base = comparison.baseline.taskMs.median;
    const ext = comparison.extension.taskMs.median;
    rows.push({
      posts,
      batch,
      runsPerSide: comparison.runsPerSide,
      baselineTaskMs: base,
      extensionTaskMs: ext,
      overheadMs: ext - base,
      baselinePerPostMs: base / posts,
      overheadPerPostMs: (ext - base) / posts,
      ourScriptMs: attribution.ourScriptMs,
      ourScriptPerPostMs: attribution.ourScriptMs / posts,
    });
  }
  return rows;
}

export async function runBench(options: BenchOptions): Promise<BenchResults> {
  const progress = options.progress ?? (() => {});
  const posts = options.posts ?? (options.quick ? 100 : 2_000);
  const runs = options.runs ?? (options.quick ? 1 : 5);
  const clicks = options.clicks ?? (options.quick ? 5 : 40);
  const extensionPath = options.extensionPath;
  const productContentScript = existsSync(join(CHROME_BUILD, 'content-scripts/linkedin.js'));

  progress('sizes');
  const sizes = [measureBuild(ROOT, 'chrome-mv3'), measureBuild(ROOT, 'firefox-mv2')];
  const sizeBudgets = checkSizeBudgets(sizes);

  progress(`main-thread cost: ${posts} posts, ${runs} interleaved runs per side`);
  const comparison = compare(await interleavedRuns(posts, runs, extensionPath, progress));

  progress('attribution (traced run)');
  const canWarn = extensionPath !== undefined || productContentScript;
  const attribution = await attributionRun(posts, canWarn ? 3 : 0, extensionPath);

  let latency: LatencySummary | null = null;
  let latencySkipped: string | undefined;
  if (canWarn) {
    progress(`latency: ${clicks} trusted clicks on Post`);
    latency = summarizeLatency(await warningLatency(clicks, extensionPath));
  } else {
    latencySkipped = 'no LinkedIn content script in the Chrome build';
  }

  const growthRows = options.quick ? null : await growth(comparison, attribution, extensionPath, progress);
  const partial = {
    date: new Date().toISOString(),
    mode: options.quick ? ('quick' as const) : ('full' as const),
    machine: {
      cores: cpus().length,
      cpu: cpus()[0]?.model ?? 'unknown',
      memoryGB: Math.round(totalmem() / 1e9),
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
    },
    extension: extensionPath ?? 'product build (.output/chrome-mv3)',
    productContentScript,
    sizes,
    sizeBudgets,
    comparison,
    attribution,
    latency,
    latencySkipped,
    growth: growthRows,
  };
  return { ...partial, budgets: budgetsOf(partial) };
}

// ---------- the printed table ----------

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
const range = (s: Spread, f: (v: number) => string) => `${f(s.median)} (${f(s.min)}–${f(s.max)})`;

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ')).join('\n');
}

export function formatResults(r: BenchResults): string {
  const out: string[] = [];
  out.push(
    `Exposure Guard bench (${r.mode}) ${r.date.slice(0, 10)} · ${r.machine.cores} cores (${r.machine.cpu}) · ` +
      `${r.machine.memoryGB} GB · Node ${r.machine.node} · extension: ${r.extension}`,
  );
  out.push('', '1. Sizes (files loaded up front; lazy chunks apart; 1 kB = 1,000 bytes, gzip -9)');
  const sizeRows = [['build', 'entrypoint', 'raw', 'gzip', 'lazy gzip']];
  for (const build of r.sizes) {
    if (!build.built) sizeRows.push([build.target, '(not built)', '', '', '']);
    for (const e of build.entrypoints) {
      sizeRows.push([build.target, e.name, kb(e.raw), kb(e.gzip), e.lazyFiles.length ? kb(e.lazyGzip) : '']);
    }
  }
  out.push(table(sizeRows));

  const c = r.comparison;
  out.push(
    '',
    `2. Main-thread cost: ${c.posts} posts, ${c.runsPerSide} interleaved runs per side (median (min–max))`,
  );
  out.push(
    table([
      ['', 'extension', 'baseline', 'ratio'],
      [
        'task time (run)',
        range(c.extension.taskMs, ms),
        range(c.baseline.taskMs, ms),
        c.taskRatio.toFixed(3),
      ],
      [
        'task time (page life)',
        range(c.extension.pageTaskMs, ms),
        range(c.baseline.pageTaskMs, ms),
        c.pageTaskRatio.toFixed(3),
      ],
      [
        'script time (run)',
        range(c.extension.scriptMs, ms),
        range(c.baseline.scriptMs, ms),
        c.scriptRatio.toFixed(3),
      ],
      ['JS heap after GC', range(c.extension.heapUsed, kb), range(c.baseline.heapUsed, kb), ''],
      [
        'long tasks seen by page',
        range(c.extension.longTasks, String),
        range(c.baseline.longTasks, String),
        '',
      ],
    ]),
  );
  const p = c.pairedTaskRatio;
  out.push(
    `paired ratio A_i/B_i: median ${p.median.toFixed(3)} (IQR ${p.q1.toFixed(3)}–${p.q3.toFixed(3)}); ` +
      `overhead ${ms(c.overheadMs)}; heap increase ${kb(c.heapIncrease)}`,
  );
  const a = r.attribution;
  out.push(
    `trace: our scripts ${ms(a.ourScriptMs)} in ${a.ourCalls} calls (longest ${ms(a.longestOurCallMs)}); ` +
      `long tasks ${a.longTasks}, with our code ${a.longTasksWithOurCode.length}, caused by our code ${a.longTasksCausedByUs}`,
  );

  out.push('', '3. Latency: trusted click on Post → first paint of the warning');
  if (r.latency) {
    const l = r.latency;
    out.push(
      `${l.clicks} clicks: p50 ${ms(l.p50)}, p95 ${ms(l.p95)}, max ${ms(l.max)}, first click ${ms(l.first)}` +
        (l.hostP50 === null ? '' : `; host attached p50 ${ms(l.hostP50)}`),
    );
  } else {
    out.push(`skipped: ${r.latencySkipped}`);
  }

  out.push('', '4. Growth (task time medians; our script time from the trace)');
  if (r.growth) {
    out.push(
      table([
        [
          'posts',
          'batch',
          'runs',
          'baseline',
          'extension',
          'overhead',
          'base/post',
          'overhead/post',
          'ours (trace)',
          'ours/post',
        ],
        ...r.growth.map((g) => [
          String(g.posts),
          String(g.batch),
          String(g.runsPerSide),
          ms(g.baselineTaskMs),
          ms(g.extensionTaskMs),
          ms(g.overheadMs),
          `${(g.baselinePerPostMs * 1000).toFixed(0)} µs`,
          `${(g.overheadPerPostMs * 1000).toFixed(1)} µs`,
          ms(g.ourScriptMs),
          `${(g.ourScriptPerPostMs * 1000).toFixed(2)} µs`,
        ]),
      ]),
    );
  } else {
    out.push('skipped (quick mode)');
  }

  out.push('', 'Budgets');
  out.push(
    table([
      ['', 'budget', 'value', 'limit'],
      ...r.budgets.map((b) => [
        b.ok ? 'ok  ' : 'FAIL',
        b.name,
        b.value === null
          ? `— ${b.note ?? ''}`
          : b.unit === 'B'
            ? kb(b.value)
            : `${b.value.toFixed(3)} ${b.unit}`,
        b.unit === 'B' ? kb(b.limit) : `${b.limit} ${b.unit}`,
      ]),
    ]),
  );
  return out.join('\n');
}
