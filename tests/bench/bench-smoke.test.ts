// Keeps the benchmark from rotting (issue 7): the quick mode runs end to end and produces sane numbers
// (timings are not asserted: shared machines are noisy), the instruments catch what a control extension
// is known to do, and the built entrypoints meet their size budgets (sizes are deterministic).
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../e2e/harness';
import { formatResults, runBench } from './bench';
import { writeControlExtension } from './control-extension';
import { attributionRun, EMPLOYER, warningLatency } from './measure';
import { checkSizeBudgets, measureBuild } from './sizes';

describe('bench: size budgets of the built entrypoints', () => {
  const builds = [measureBuild(ROOT, 'chrome-mv3'), measureBuild(ROOT, 'firefox-mv2')];

  it.each(checkSizeBudgets(builds))('$target $entrypoint is at most $maxGzip bytes gzip', (check) => {
    expect(check.gzip, `${check.entrypoint} missing from .output/${check.target}`).not.toBeNull();
    expect(check.gzip).toBeLessThanOrEqual(check.maxGzip);
  });

  it('counts the content script up front and keeps lazy chunks apart', () => {
    const chrome = builds[0];
    const script = chrome?.entrypoints.find((e) => e.name === 'content-scripts/linkedin');
    expect(script?.files).toContain('content-scripts/linkedin.js');
    expect(script?.gzip).toBeGreaterThan(0);
    expect(script?.gzip).toBeLessThan(script?.raw ?? 0);
  });
});

describe('bench: instruments against a control extension', () => {
  const busy = writeControlExtension({ employer: EMPLOYER, busyMs: 80 });
  const quiet = writeControlExtension({ employer: EMPLOYER });
  afterAll(() => {
    busy.remove();
    quiet.remove();
  });

  it('measures click-to-warning paint for a warning shaped like ours', { timeout: 120_000 }, async () => {
    const samples = await warningLatency(3, quiet.path);
    expect(samples).toHaveLength(3);
    for (const s of samples) {
      expect(s.paintMs).toBeGreaterThan(0);
      expect(s.paintMs).toBeGreaterThanOrEqual(s.openMs);
      expect(s.hostMs).not.toBeNull();
    }
  });

  it('attributes long tasks to an extension that burns 80 ms per click', { timeout: 120_000 }, async () => {
    const attribution = await attributionRun(50, 0, busy.path);
    expect(attribution.longTasksCausedByUs).toBeGreaterThan(0);
    expect(attribution.longestOurCallMs).toBeGreaterThanOrEqual(80);
  });
});

describe('bench: quick mode on the product build', () => {
  it('runs end to end and produces sane numbers', { timeout: 180_000 }, async () => {
    const results = await runBench({ quick: true });
    const c = results.comparison;
    expect(c.runsPerSide).toBe(1);
    for (const sample of c.samples) {
      expect(sample.feed.posts).toBe(100);
      expect(sample.feed.composerOpens).toBeGreaterThan(0);
      expect(sample.feed.commentBoxes).toBeGreaterThan(0);
      expect(sample.trustedEvents).toBeGreaterThan(50);
      expect(sample.taskMs).toBeGreaterThan(0);
      expect(sample.pageTaskMs).toBeGreaterThanOrEqual(sample.taskMs);
      expect(sample.heapUsed).toBeGreaterThan(100_000);
    }
    expect(Number.isFinite(c.taskRatio)).toBe(true);
    // The content script runs on the feed: the trace finds its evaluation and its listeners.
    expect(results.attribution.ourCalls).toBeGreaterThan(0);
    expect(results.latency?.clicks).toBe(5);
    expect(results.latency?.p95).toBeGreaterThan(0);
    expect(results.growth).toBeNull();
    expect(results.budgets.map((b) => b.name)).toContain('warning latency p95');
    expect(formatResults(results)).toContain('Budgets');
  });
});
