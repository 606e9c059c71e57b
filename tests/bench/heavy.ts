// The bench's heavy cases: click → warning on a heavy page (a long SDUI feed with 10,000 extra buttons)
// and the decision log at 10,000 entries (import, first render of the options log, append). Part of
// `npm run bench`; alone: `npx vite-node -c tests/bench/vite.config.ts tests/bench/heavy-run.ts` (after
// `npm run build`).
import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { appendEntry, type DecisionLogEntry, exportLogJson } from '@/core/log';
import type { DecisionRecord } from '@/core/protocol';
import { clickPostAndCancel, draftEmployerPost, launchSide, openFeed } from './measure';
import { percentile } from './stats';

export interface HeavyResults {
  heavyPage: { posts: number; extraButtons: number; clicks: number; p50: number; p95: number; max: number };
  log: {
    entries: number;
    importMs: number;
    /** Longest gap between animation frames on the options page while the import ran. */
    importLongestFrameMs: number;
    /** Options log opened → its integrity line (stored log read, chain checked, summary painted). */
    renderMs: number;
    /** Options log opened → the first entry row visible; null when no row showed within 30 s. */
    firstRowMs: number | null;
    appendMs: { p50: number; p95: number; samples: number };
  };
}

const sha256 = async (text: string) => createHash('sha256').update(text).digest('hex');

const RECORD: DecisionRecord = {
  time: new Date().toISOString(),
  activity: 'feed-post',
  surface: 'feed-composer',
  employerLinked: true,
  outcome: 'voluntary-only',
  rules: ['R14'],
  decision: 'cancel',
  route: '/feed/',
};

async function exportOf(count: number): Promise<string> {
  const entries: DecisionLogEntry[] = [];
  for (let i = 0; i < count; i += 1) entries.push(await appendEntry(entries, RECORD, sha256));
  return exportLogJson({ entries, notes: { 1: 'first' }, anchor: { seq: 0, hash: '0'.repeat(64) } });
}

export async function heavyPageLatency(clicks: number, posts = 2_000, extraButtons = 10_000) {
  const session = await launchSide('extension');
  try {
    const page = await openFeed(session, posts);
    await page.evaluate((count) => {
      const box = document.createElement('div');
      for (let i = 0; i < count; i += 1) {
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = `Like ${i}`;
        box.append(button);
      }
      document.body.append(box);
    }, extraButtons);
    await draftEmployerPost(page);
    const paint = (await clickPostAndCancel(page, clicks)).map((sample) => sample.paintMs);
    return {
      posts,
      extraButtons,
      clicks,
      p50: percentile(paint, 50),
      p95: percentile(paint, 95),
      max: Math.max(...paint),
    };
  } finally {
    await session.close();
  }
}

/** Sends a message to the background from an extension page, as the options page does. */
const send = (page: Page, message: unknown) =>
  page.evaluate((m) => chrome.runtime.sendMessage(m) as Promise<{ ok: boolean }>, message);

export async function logTimings(entries = 10_000, appends = 20): Promise<HeavyResults['log']> {
  const session = await launchSide('extension');
  try {
    const worker = session.serviceWorker;
    if (!worker) throw new Error('no service worker');
    const id = new URL(worker.url()).host;
    const json = await exportOf(entries);
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${id}/options.html#log`);
    await page.waitForLoadState('load');
    await page.evaluate(() => {
      const w = window as unknown as { __gaps: number[]; __last: number };
      w.__gaps = [];
      w.__last = performance.now();
      const frame = () => {
        const now = performance.now();
        w.__gaps.push(now - w.__last);
        w.__last = now;
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    const started = Date.now();
    const imported = await send(page, { type: 'log-import', json });
    const importMs = Date.now() - started;
    if (!imported.ok) throw new Error(`import refused: ${JSON.stringify(imported)}`);
    const importLongestFrameMs = await page.evaluate(() =>
      Math.max(...(window as unknown as { __gaps: number[] }).__gaps),
    );

    const view = await session.context.newPage();
    const opened = Date.now();
    await view.goto(`chrome-extension://${id}/options.html#log`);
    await view.waitForSelector('[data-integrity="intact"]', { timeout: 120_000 });
    const renderMs = Date.now() - opened;
    const firstRowMs = await view
      .waitForSelector('[data-seq]', { timeout: 30_000 })
      .then(() => Date.now() - opened)
      .catch(() => null);

    const times: number[] = [];
    for (let i = 0; i < appends; i += 1) {
      const at = Date.now();
      const answer = await send(page, { type: 'log-decision', record: RECORD, id: `bench-${i}` });
      if (!answer.ok) throw new Error(`append refused: ${JSON.stringify(answer)}`);
      times.push(Date.now() - at);
    }
    return {
      entries,
      importMs,
      importLongestFrameMs,
      renderMs,
      firstRowMs,
      appendMs: { p50: percentile(times, 50), p95: percentile(times, 95), samples: times.length },
    };
  } finally {
    await session.close();
  }
}

export async function runHeavy(clicks: number, progress: (line: string) => void): Promise<HeavyResults> {
  progress(`heavy page: ${clicks} trusted clicks on Post (2,000 posts, 10,000 extra buttons)`);
  const heavyPage = await heavyPageLatency(clicks);
  progress(
    `  p50 ${heavyPage.p50.toFixed(1)} ms, p95 ${heavyPage.p95.toFixed(1)} ms, max ${heavyPage.max.toFixed(1)} ms`,
  );
  progress('decision log at 10,000 entries: import, render, append');
  const log = await logTimings();
  return { heavyPage, log };
}

export function formatHeavy(r: HeavyResults): string {
  const f = (v: number) => `${v.toFixed(1)} ms`;
  return [
    `heavy page (${r.heavyPage.posts} posts + ${r.heavyPage.extraButtons} buttons), click → warning paint over ${r.heavyPage.clicks} clicks: p50 ${f(r.heavyPage.p50)}, p95 ${f(r.heavyPage.p95)}, max ${f(r.heavyPage.max)}`,
    `log at ${r.log.entries} entries: import ${f(r.log.importMs)} (options page longest frame gap meanwhile ${f(r.log.importLongestFrameMs)}), options log open → chain checked and shown ${f(r.log.renderMs)}, first row ${r.log.firstRowMs === null ? 'not within 30 s' : f(r.log.firstRowMs)}, append p50 ${f(r.log.appendMs.p50)} / p95 ${f(r.log.appendMs.p95)} (${r.log.appendMs.samples} appends)`,
  ].join('\n');
}
