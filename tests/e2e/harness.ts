// Shared harness for real-browser tests: Debian's Chromium with the built Chrome extension loaded,
// LinkedIn-like fixture pages served at their real https://www.linkedin.com/... addresses through
// request routing (no server, no network), every other external request aborted.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');
export const FIXTURES = join(ROOT, 'tests/fixtures');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Every request the browser made outside the extension's own files and our routed fixtures. */
  externalRequests: string[];
  close(): Promise<void>;
}

export type FixtureRoutes = Record<string, string | (() => string)>;

export function assertBuilt(): void {
  if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) {
    throw new Error('No Chrome build found: run `npm run build` first (npm test does it for you).');
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium`);
  }
}

export function readFixture(relativePath: string): string {
  return readFileSync(join(FIXTURES, relativePath), 'utf8');
}

/**
 * The flags every Chromium of the tests and the benchmark starts with: headless-friendly, no background
 * traffic of the browser's own, and every host name unresolvable except localhost (no request leaves
 * the machine; pages are served by routes).
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost',
];

/** The flags that load one unpacked extension (and no other). */
export function extensionArgs(extensionPath: string): string[] {
  return [`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`];
}

export async function launchWithExtension(
  options: { headless?: boolean; locale?: string; extensionPath?: string } = {},
): Promise<ExtensionBrowser> {
  assertBuilt();
  const extensionPath = options.extensionPath ?? CHROME_BUILD;
  const userDataDir = mkdtempSync(join(tmpdir(), 'exposure-guard-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    locale: options.locale ?? 'en-US',
    viewport: { width: 1280, height: 900 },
    args: [...CHROMIUM_ARGS, ...extensionArgs(extensionPath), `--lang=${options.locale ?? 'en-US'}`],
  });
  const externalRequests: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:')) return;
    if (url.startsWith('https://www.linkedin.com/') && request.resourceType() === 'document') return;
    externalRequests.push(url);
  });
  // Anything not explicitly routed by a test is aborted: no request leaves this machine.
  await context.route(/^https?:\/\//, (route) => route.abort());
  let serviceWorker = context.serviceWorkers()[0];
  serviceWorker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    externalRequests,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Serves fixture HTML at LinkedIn addresses. Keys are path prefixes ('/feed/', '/groups/'); the
 * longest matching prefix wins, so in-app navigation (pushState) and reloads both get a page.
 */
export async function serveLinkedIn(context: BrowserContext, routes: FixtureRoutes): Promise<void> {
  const prefixes = Object.keys(routes).sort((a, b) => b.length - a.length);
  await context.route('https://www.linkedin.com/**', (route) => {
    const { pathname } = new URL(route.request().url());
    const prefix = prefixes.find((p) => pathname.startsWith(p));
    if (!prefix || route.request().resourceType() !== 'document') return route.abort();
    const body = routes[prefix];
    return route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: typeof body === 'function' ? body() : (body ?? ''),
    });
  });
}

export async function openExtensionPage(
  browser: ExtensionBrowser,
  page: 'popup.html' | 'options.html',
): Promise<Page> {
  const tab = await browser.context.newPage();
  await tab.goto(`chrome-extension://${browser.extensionId}/${page}`);
  return tab;
}

/**
 * The decision log as stored by the built extension, assembled from its pieces (head, chunks, notes;
 * see components/state/log-storage.ts), in the shape { anchor, entries, notes }.
 */
export async function readLog(
  browser: ExtensionBrowser,
): Promise<{ anchor: unknown; entries: Record<string, unknown>[]; notes: Record<string, string> }> {
  return browser.serviceWorker.evaluate(async () => {
    const all = await chrome.storage.local.get(null);
    const head = all.decisionLog as
      | {
          chunks?: string[];
          anchor: unknown;
          entries?: Record<string, unknown>[];
          notes?: Record<string, string>;
        }
      | undefined;
    if (!head) return { anchor: null, entries: [], notes: {} };
    if (Array.isArray(head.entries))
      return { anchor: head.anchor, entries: head.entries, notes: head.notes ?? {} };
    const entries = (head.chunks ?? []).flatMap((key) => (all[key] as Record<string, unknown>[]) ?? []);
    return {
      anchor: head.anchor,
      entries,
      notes: (all['decisionLog.notes'] as Record<string, string>) ?? {},
    };
  });
}
