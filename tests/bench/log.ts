// The options log at 10,000 entries in a real browser: an import of that many through the options page
// (and the page's longest frame gap meanwhile), then the log opened in a fresh tab: first entry card
// shown, the whole log read (its summary), the chain checked, the page's longest task, the first
// interaction (Older → the next page painted), and appends (sent → the new entry shown on the open log).
// `npm run bench` prints it; tests/e2e/log-large.test.ts holds the same figures to generous bounds.
import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { appendEntry, type DecisionLogEntry, exportLogJson } from '@/core/log';
import { record } from '@/tests/dom/state/records';
import { type ExtensionBrowser, launchWithExtension } from '../e2e/harness';
import { percentile } from './stats';

export interface LogFigures {
  entries: number;
  importMs: number;
  /** The options page's longest gap between animation frames while the import ran. */
  importLongestFrameMs: number;
  /** Options log opened (navigation start) → the first entry card in the page. */
  firstRowMs: number;
  /** Options log opened → the whole log read (its summary shown). */
  wholeLogMs: number;
  /** Options log opened → the integrity line says the chain is intact. */
  intactMs: number;
  /** The longest task on the log's page from its start until the chain was checked. */
  longestTaskMs: number;
  /** Click on "Older" → the next page's first card shown. */
  nextPageMs: number;
  /** An append sent from another page → its entry shown on the open log. */
  appendShownMs: { p50: number; p95: number; samples: number };
}

const DAY = 24 * 60 * 60 * 1000;

/** A valid export of `count` chained entries over the last year, so the summary has its months. */
export async function largeLogExport(count: number): Promise<string> {
  const sha256 = async (text: string) => createHash('sha256').update(text).digest('hex');
  const entries: DecisionLogEntry[] = [];
  const start = Date.now() - 365 * DAY;
  for (let i = 0; i < count; i += 1) {
    const time = new Date(start + Math.floor((i / count) * 364 * DAY)).toISOString();
    const decision = i % 3 === 0 ? 'proceed' : 'cancel';
    entries.push(await appendEntry(entries, record({ time, decision }), sha256));
  }
  return exportLogJson({ entries, notes: { 1: 'first' }, anchor: { seq: 0, hash: '0'.repeat(64) } });
}

const send = (page: Page, message: unknown) =>
  page.evaluate((m) => chrome.runtime.sendMessage(m) as Promise<{ ok: boolean }>, message);

/** The options page the first install opens (the onboarding), once it has loaded. */
async function onboardingPage(browser: ExtensionBrowser): Promise<Page> {
  for (let waited = 0; waited < 10_000; waited += 100) {
    const page = browser.context.pages().find((p) => p.url().endsWith('/options.html'));
    if (page) {
      await page.waitForLoadState('load');
      return page;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the install opened no options page');
}

/** Imports through the background from the options page, recording that page's frames meanwhile. */
async function importLog(browser: ExtensionBrowser, json: string) {
  const page = await onboardingPage(browser);
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[] };
    w.__frames = [];
    const frame = (now: number) => {
      w.__frames.push(now);
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  const started = Date.now();
  const imported = await send(page, { type: 'log-import', json });
  const importMs = Date.now() - started;
  if (!imported.ok) throw new Error(`import refused: ${JSON.stringify(imported)}`);
  const frames = await page.evaluate(() => (window as unknown as { __frames: number[] }).__frames);
  const importLongestFrameMs = Math.max(0, ...frames.slice(1).map((at, i) => at - (frames[i] ?? at)));
  return { page, importMs, importLongestFrameMs };
}

/** Records, inside the page, when each selector first matched (performance.now(): from navigation). */
function watchFirstMatches(selectors: string[]) {
  const w = window as unknown as { __seen: Record<string, number>; __tasks: number[] };
  w.__seen = {};
  w.__tasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__tasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  const look = () => {
    for (const selector of selectors) {
      if (w.__seen[selector] === undefined && document.querySelector(selector)) {
        w.__seen[selector] = performance.now();
      }
    }
  };
  new MutationObserver(look).observe(document, { childList: true, subtree: true, attributes: true });
}

const FIRST_ROW = '[data-seq]';
const WHOLE_LOG = '.log-summary';
const INTACT = '[data-integrity="intact"]';

/** Opens the log in a fresh tab and times, inside the page, what the user sees. */
async function openLog(browser: ExtensionBrowser) {
  const view = await browser.context.newPage();
  await view.addInitScript(watchFirstMatches, [FIRST_ROW, WHOLE_LOG, INTACT]);
  await view.goto(`chrome-extension://${browser.extensionId}/options.html#log`);
  await view.waitForSelector(INTACT, { timeout: 120_000 });
  const { seen, tasks } = await view.evaluate(() => {
    const w = window as unknown as { __seen: Record<string, number>; __tasks: number[] };
    return { seen: w.__seen, tasks: w.__tasks };
  });
  const at = (selector: string) => seen[selector] ?? Number.NaN;
  return {
    view,
    firstRowMs: at(FIRST_ROW),
    wholeLogMs: at(WHOLE_LOG),
    intactMs: at(INTACT),
    longestTaskMs: Math.max(0, ...tasks),
  };
}

/** Click on "Older" → the first card of the next page in the page (measured inside it). */
function nextPage(view: Page): Promise<number> {
  return view.evaluate(async () => {
    const first = () => document.querySelector('[data-seq]')?.getAttribute('data-seq');
    const before = first();
    const older = [...document.querySelectorAll<HTMLButtonElement>('.pager button')][1];
    if (!older) throw new Error('no pager');
    const at = performance.now();
    older.click();
    while (first() === before) await new Promise((resolve) => requestAnimationFrame(resolve));
    return performance.now() - at;
  });
}

/** Appends from another page; each until its entry shows on the open log (on its first page). */
async function appendsShown(page: Page, view: Page, after: number, count: number) {
  await view.locator('.pager button').first().click();
  const times: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const at = Date.now();
    const answer = await send(page, { type: 'log-decision', record: record(), id: `bench-${i}` });
    if (!answer.ok) throw new Error(`append refused: ${JSON.stringify(answer)}`);
    await view.waitForSelector(`[data-seq="${after + i + 1}"]`, { timeout: 30_000 });
    times.push(Date.now() - at);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95), samples: times.length };
}

export async function measureLog(entries = 10_000, appends = 10): Promise<LogFigures> {
  const json = await largeLogExport(entries);
  const browser = await launchWithExtension();
  try {
    const { page, importMs, importLongestFrameMs } = await importLog(browser, json);
    const opened = await openLog(browser);
    const nextPageMs = await nextPage(opened.view);
    const appendShownMs = await appendsShown(page, opened.view, entries, appends);
    const { view: _view, ...shown } = opened;
    return { entries, importMs, importLongestFrameMs, ...shown, nextPageMs, appendShownMs };
  } finally {
    await browser.close();
  }
}

export function formatLog(r: LogFigures): string {
  const f = (v: number) => `${v.toFixed(0)} ms`;
  return [
    `options log at ${r.entries} entries:`,
    `  import ${f(r.importMs)} (options page's longest frame gap meanwhile ${f(r.importLongestFrameMs)})`,
    `  opened → first entry ${f(r.firstRowMs)}, whole log read ${f(r.wholeLogMs)}, chain checked ${f(r.intactMs)}; longest task ${f(r.longestTaskMs)}`,
    `  "Older" → next page ${f(r.nextPageMs)}`,
    `  append → shown on the open log p50 ${f(r.appendShownMs.p50)} / p95 ${f(r.appendShownMs.p95)} (${r.appendShownMs.samples})`,
  ].join('\n');
}
