// The benchmark's measurements in real Chromium: main-thread cost of the synthetic feed with and without
// the built extension (interleaved runs), click-to-warning latency, and growth with the feed's size.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Page, type Worker } from 'playwright-core';
import { defaultSettings, type Settings } from '@/core/settings';
import {
  assertBuilt,
  CHROME_BUILD,
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  extensionArgs,
  serveLinkedIn,
} from '../e2e/harness';
import { clickWarningAction, WARNING_HOST } from '../e2e/warning-access';
import { type FeedRunSummary, feedPage, type LongTaskEntry, type WarningProbeResult } from './feed';

export type Side = 'extension' | 'baseline';

export const FEED_URL = 'https://www.linkedin.com/feed/';
export const EMPLOYER = 'Acme';

/** Settings of a user who finished onboarding: the guard is fully active. */
export function benchSettings(): Settings {
  return {
    ...defaultSettings(),
    onboardingDone: true,
    employer: { name: EMPLOYER, aliases: [], companyPageUrl: null },
    role: 'communications',
  };
}

interface Session {
  side: Side;
  context: BrowserContext;
  serviceWorker: Worker | null;
  close(): Promise<void>;
}

/**
 * The flags of tests/e2e/harness.ts. Both sides launch through this one function with the same flags, so
 * the only difference between A and B is the extension (and a control extension can be measured even
 * when the product build is missing).
 */
const BENCH_ARGS = [...CHROMIUM_ARGS, '--lang=en-US'];

/** Launches a fresh profile: with the extension (the product build unless another path is given), or without. */
export async function launchSide(side: Side, extensionPath?: string): Promise<Session> {
  if (side === 'extension' && !extensionPath) assertBuilt();
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH}`);
  const extension = side === 'extension' ? (extensionPath ?? CHROME_BUILD) : null;
  const userDataDir = mkdtempSync(join(tmpdir(), 'exposure-guard-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    locale: 'en-US',
    viewport: { width: 1280, height: 900 },
    args: extension ? [...BENCH_ARGS, ...extensionArgs(extension)] : BENCH_ARGS,
  });
  const close = async () => {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  };
  try {
    // Anything not routed to the feed is aborted: no request leaves this machine.
    await context.route(/^https?:\/\//, (route) => route.abort());
    let serviceWorker: Worker | null = null;
    if (extension) {
      serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      const settings = benchSettings();
      await serviceWorker.evaluate((value) => chrome.storage.local.set({ settings: value }), settings);
    }
    return { side, context, serviceWorker, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Opens the synthetic feed at its LinkedIn address and waits for its script. */
export async function openFeed(
  session: Session,
  initialPosts = 0,
  beforeNavigation: (page: Page) => Promise<void> = async () => {},
): Promise<Page> {
  await serveLinkedIn(session.context, { '/feed/': feedPage({ initialPosts }) });
  const page = await session.context.newPage();
  await beforeNavigation(page);
  await page.goto(FEED_URL, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__bench !== undefined);
  return page;
}

interface Metrics {
  TaskDuration: number;
  ScriptDuration: number;
  JSHeapUsedSize: number;
  Nodes: number;
}

async function metrics(cdp: CDPSession): Promise<Metrics> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const value = (name: keyof Metrics) => list.find((m) => m.name === name)?.value ?? Number.NaN;
  return {
    TaskDuration: value('TaskDuration'),
    ScriptDuration: value('ScriptDuration'),
    JSHeapUsedSize: value('JSHeapUsedSize'),
    Nodes: value('Nodes'),
  };
}

/** Trusted interactions a user makes while scrolling: post in the composer, comment, like. */
async function interact(page: Page): Promise<number> {
  let events = 0;
  await page.click('[aria-label="Start a post"]');
  await page.click('[componentkey="ShareBox_textEditor"]');
  const postText = 'Weekend hike with friends';
  await page.keyboard.type(postText);
  await page.click('dialog[open] button:text-is("Post")');
  events += 3 + postText.length;
  for (const index of [2, 4, 6]) {
    const card = `[data-testid="mainFeed"] > div:nth-child(2) > div:nth-child(${index})`;
    await page.click(`${card} button[aria-label="Comment"]`);
    await page.click(`${card} [aria-label="Text editor for creating comment"]`);
    await page.keyboard.type('Nice one');
    await page.click(`${card} button:text-is("Comment")`);
    events += 3 + 'Nice one'.length;
  }
  for (let index = 1; index <= 10; index += 1) {
    await page.click(
      `[data-testid="mainFeed"] > div:nth-child(2) > div:nth-child(${index}) button[aria-label="React Like"]`,
    );
    events += 1;
  }
  return events;
}

export interface RunSample {
  side: Side;
  posts: number;
  /** Main-thread task time during the run (ms, thread time). */
  taskMs: number;
  /** Script time during the run (ms). */
  scriptMs: number;
  /** Task time of the whole page life: load, content script start, run (ms). */
  pageTaskMs: number;
  /** Script time of the whole page life (ms). */
  pageScriptMs: number;
  /** JS heap used after the run, after a forced GC (bytes). */
  heapUsed: number;
  nodes: number;
  feed: FeedRunSummary;
  trustedEvents: number;
  /** Long tasks (> 50 ms) the page observed; it cannot see whose code ran in them. */
  longTasks: LongTaskEntry[];
}

/** One page life: open the feed, append posts (with composer and comment boxes), interact, measure. */
export async function feedRun(session: Session, posts: number, batch = 10): Promise<RunSample> {
  let cdp: CDPSession | undefined;
  const page = await openFeed(session, 0, async (blank) => {
    // Enabled before navigation: the page-life figures include loading and the content script's start.
    cdp = await session.context.newCDPSession(blank);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  });
  if (!cdp) throw new Error('no CDP session');
  const before = await metrics(cdp);
  const feed = await page.evaluate(([n, size]) => window.__bench.run(n, { batch: size }), [
    posts,
    batch,
  ] as const);
  const trustedEvents = await interact(page);
  const after = await metrics(cdp);
  const longTasks = await page.evaluate(() => window.__bench.longTasks);
  await page.close();
  return {
    side: session.side,
    posts,
    taskMs: (after.TaskDuration - before.TaskDuration) * 1000,
    scriptMs: (after.ScriptDuration - before.ScriptDuration) * 1000,
    pageTaskMs: after.TaskDuration * 1000,
    pageScriptMs: after.ScriptDuration * 1000,
    heapUsed: after.JSHeapUsedSize,
    nodes: after.Nodes,
    feed,
    trustedEvents,
    longTasks,
  };
}

/** Interleaved runs A B A B ...: each run in a fresh browser and profile. */
export async function interleavedRuns(
  posts: number,
  runsPerSide: number,
  extensionPath?: string,
  progress: (line: string) => void = () => {},
  batch = 10,
): Promise<RunSample[]> {
  const samples: RunSample[] = [];
  for (let round = 0; round < runsPerSide; round += 1) {
    for (const side of ['extension', 'baseline'] as const) {
      const session = await launchSide(side, extensionPath);
      try {
        const sample = await feedRun(session, posts, batch);
        samples.push(sample);
        progress(
          `  ${posts} posts, run ${round + 1}/${runsPerSide} ${side.padEnd(9)} task ${sample.taskMs.toFixed(0)} ms, ` +
            `script ${sample.scriptMs.toFixed(0)} ms, heap ${(sample.heapUsed / 1e6).toFixed(1)} MB`,
        );
      } finally {
        await session.close();
      }
    }
  }
  return samples;
}

export interface LatencySample extends WarningProbeResult {
  click: number;
}

const POST_BUTTON = 'dialog[open] button:text-is("Post")';

/** Opens the composer with trusted clicks and types a post that names the employer. */
export async function draftEmployerPost(page: Page): Promise<void> {
  await page.click('[aria-label="Start a post"]');
  await page.click('[componentkey="ShareBox_textEditor"]');
  await page.keyboard.type(`Proud to be part of the ${EMPLOYER} team`);
}

/**
 * Trusted clicks on Post, each measured in the page from the pointer release to the first paint of our
 * warning; the warning is cancelled between clicks, so the draft stays and the next click warns again.
 */
export async function clickPostAndCancel(page: Page, clicks: number): Promise<LatencySample[]> {
  const samples: LatencySample[] = [];
  for (let click = 1; click <= clicks; click += 1) {
    await page.evaluate(() => {
      window.__benchProbe = window.__bench.armWarningProbe(5000);
    });
    await page.click(POST_BUTTON);
    const result = await page.evaluate(() => window.__benchProbe as Promise<WarningProbeResult>);
    samples.push({ click, ...result });
    await clickWarningAction(page, 'cancel');
    await page.waitForFunction((host) => document.querySelector(host) === null, WARNING_HOST);
  }
  if (!(await page.evaluate(() => window.__bench.composerOpen()))) {
    throw new Error('the composer closed: a Post click went through to the page instead of being held');
  }
  return samples;
}

/** Click-to-warning latency over `clicks` trusted clicks on a feed of 200 posts. */
export async function warningLatency(clicks: number, extensionPath?: string): Promise<LatencySample[]> {
  const session = await launchSide('extension', extensionPath);
  try {
    const page = await openFeed(session, 200);
    await draftEmployerPost(page);
    return await clickPostAndCancel(page, clicks);
  } finally {
    await session.close();
  }
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string } };
}

export interface OurTask {
  /** The renderer main-thread task (ms). */
  taskMs: number;
  /** Time in the extension's scripts within it (ms). */
  oursMs: number;
}

export interface Attribution {
  /** Time in the extension's scripts on the page's main thread (ms): start, listeners, warning. */
  ourScriptMs: number;
  /** Script entries of ours (content-script evaluation, listener calls). */
  ourCalls: number;
  /** Longest single entry of ours (ms). */
  longestOurCallMs: number;
  /** Main-thread tasks over 50 ms in the whole run. */
  longTasks: number;
  /** Long tasks in which our code ran. */
  longTasksWithOurCode: OurTask[];
  /** Long tasks that would not have been long without our code (task − ours ≤ 50 ms). */
  longTasksCausedByUs: number;
}

const LONG_TASK_US = 50_000;
const OUR_SCRIPT_EVENTS = new Set([
  'FunctionCall',
  'EvaluateScript',
  'v8.compile',
  'TimerFire',
  'FireAnimationFrame',
]);

/** Outermost complete events (a list sorted by start): nested ones are inside their parent's time. */
function outermost(events: TraceEvent[]): TraceEvent[] {
  const kept: TraceEvent[] = [];
  let end = -1;
  for (const event of events) {
    if (event.ts >= end) {
      kept.push(event);
      end = event.ts + (event.dur ?? 0);
    }
  }
  return kept;
}

/** Attributes main-thread time and long tasks to the extension from a Chromium trace. */
export function attribute(events: readonly TraceEvent[]): Attribution {
  const mainThreads = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = (e: TraceEvent) => e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`);
  const byStart = (a: TraceEvent, b: TraceEvent) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0);
  const ours = outermost(
    events
      .filter(
        (e) =>
          onMain(e) && OUR_SCRIPT_EVENTS.has(e.name) && e.args?.data?.url?.startsWith('chrome-extension://'),
      )
      .sort(byStart),
  );
  const tasks = outermost(
    events.filter((e) => onMain(e) && e.cat.split(',').includes('toplevel')).sort(byStart),
  );
  const longTasks = tasks.filter((task) => (task.dur ?? 0) > LONG_TASK_US);
  const withOurCode: OurTask[] = [];
  for (const task of longTasks) {
    const end = task.ts + (task.dur ?? 0);
    const inside = ours.filter(
      (e) => e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts < end,
    );
    if (inside.length === 0) continue;
    const oursUs = inside.reduce((sum, e) => sum + (e.dur ?? 0), 0);
    withOurCode.push({ taskMs: (task.dur ?? 0) / 1000, oursMs: oursUs / 1000 });
  }
  return {
    ourScriptMs: ours.reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000,
    ourCalls: ours.length,
    longestOurCallMs: Math.max(0, ...ours.map((e) => (e.dur ?? 0) / 1000)),
    longTasks: longTasks.length,
    longTasksWithOurCode: withOurCode,
    longTasksCausedByUs: withOurCode.filter((t) => t.taskMs - t.oursMs <= LONG_TASK_US / 1000).length,
  };
}

/**
 * One traced page life with the extension (tracing slows the page, so this run is not timed): the feed,
 * the trusted interactions, and `warnings` warnings shown and cancelled. Every task of ours is found by
 * its script URL.
 */
export async function attributionRun(
  posts: number,
  warnings: number,
  extensionPath?: string,
  batch = 10,
): Promise<Attribution> {
  const session = await launchSide('extension', extensionPath);
  try {
    let cdp: CDPSession | undefined;
    const page = await openFeed(session, 0, async (blank) => {
      cdp = await session.context.newCDPSession(blank);
      await cdp.send('Tracing.start', {
        categories: 'toplevel,devtools.timeline,v8.execute,v8',
        transferMode: 'ReportEvents',
      });
    });
    if (!cdp) throw new Error('no CDP session');
    const tracing = cdp;
    const events: TraceEvent[] = [];
    tracing.on('Tracing.dataCollected', (data) => {
      events.push(...(data.value as unknown as TraceEvent[]));
    });
    const complete = new Promise((resolve) => tracing.once('Tracing.tracingComplete', resolve));
    await page.evaluate(([n, size]) => window.__bench.run(n, { batch: size }), [posts, batch] as const);
    await interact(page);
    if (warnings > 0) {
      await draftEmployerPost(page);
      await clickPostAndCancel(page, warnings);
    }
    await tracing.send('Tracing.end');
    await complete;
    return attribute(events);
  } finally {
    await session.close();
  }
}

declare global {
  interface Window {
    __bench: {
      run(
        n: number,
        options?: { batch?: number; composerEvery?: number; commentEvery?: number },
      ): Promise<FeedRunSummary>;
      openComposer(): void;
      closeComposer(): void;
      setComposerText(text: string): void;
      composerOpen(): boolean;
      postCount(): number;
      armWarningProbe(timeoutMs?: number): Promise<WarningProbeResult>;
      readonly longTasks: LongTaskEntry[];
    };
    __benchProbe?: Promise<WarningProbeResult>;
  }
}
