// Helpers for real-browser tests of the Firefox build in Debian's firefox-esr, driven headless by
// puppeteer-core over WebDriver BiDi: the browser with the add-on, LinkedIn fixtures served at their
// real addresses by request interception, a query through open shadow roots, and the add-on's own
// storage read from one of its pages.
// How a test reaches moz-extension:// pages: the profile fixes the add-on's internal UUID
// (extensions.webextensions.uuids), so the address is known, and Firefox is started with
// --remote-allow-system-access, without which WebDriver BiDi refuses to navigate to it. Such a
// navigation reports no load event over BiDi, so the test waits for the page's own content instead.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import type { Settings } from '@/core/settings';
import { type FixtureOptions, LINKEDIN_FIXTURES } from '../fixtures/linkedin';
import { ROOT } from './harness';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv2');
/** Set to say why the Firefox suites may not run here; unset, a missing firefox-esr fails them. */
export const firefoxSkipReason = process.env.EG_SKIP_FIREFOX;
/** The add-on's internal UUID in the test profile: its pages are at moz-extension://<this>/. */
export const ADDON_UUID = '6f1c2d3e-4a5b-4c6d-8e7f-90a1b2c3d4e5';

export function assertFirefoxBuilt(): void {
  if (!existsSync(FIREFOX)) {
    throw new Error(
      `firefox-esr not found at ${FIREFOX}: apt-get install -y firefox-esr (or set EG_SKIP_FIREFOX=<why>)`,
    );
  }
  if (!existsSync(join(FIREFOX_BUILD, 'manifest.json')))
    throw new Error('No Firefox build: run npm run build:firefox');
}

function addonId(): string {
  const manifest = JSON.parse(readFileSync(join(FIREFOX_BUILD, 'manifest.json'), 'utf8'));
  return manifest.browser_specific_settings.gecko.id;
}

/** Firefox ESR with the built add-on, its pages reachable at moz-extension://ADDON_UUID/; `prefs` added. */
export async function launchFirefoxWithAddon(prefs: Record<string, unknown> = {}): Promise<Browser> {
  assertFirefoxBuilt();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId()]: ADDON_UUID }),
      ...prefs,
    },
  });
  await browser.installExtension(FIREFOX_BUILD);
  return browser;
}

/** Opens one of the add-on's pages and waits for its content. */
export async function openAddonPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.newPage();
  // BiDi sends no load event for moz-extension://: the navigation happens, the wait times out.
  await page.goto(`moz-extension://${ADDON_UUID}/${path}`, { timeout: 2_000 }).catch(() => undefined);
  await page.waitForFunction(() => document.querySelector('main h1, main h2') !== null, { timeout: 15_000 });
  return page;
}

type AddonStorage = {
  browser: { storage: { local: { set(items: object): Promise<void>; get(k: null): Promise<object> } } };
};

/** Stores settings from an add-on page, as the options page does. */
export async function storeAddonSettings(addonPage: Page, settings: Settings): Promise<void> {
  await addonPage.evaluate(
    (s) => (globalThis as unknown as AddonStorage).browser.storage.local.set({ settings: s }),
    settings,
  );
}

/** The decision log's entries as the add-on stored them (head, then its chunks), read from an add-on page. */
export async function addonLogEntries(addonPage: Page): Promise<Record<string, unknown>[]> {
  const all = (await addonPage.evaluate(() =>
    (globalThis as unknown as AddonStorage).browser.storage.local.get(null),
  )) as Record<string, unknown>;
  const head = all.decisionLog as { chunks?: string[]; entries?: Record<string, unknown>[] } | undefined;
  if (!head) return [];
  if (Array.isArray(head.entries)) return head.entries;
  return (head.chunks ?? []).flatMap((key) => (all[key] as Record<string, unknown>[]) ?? []);
}

/** A new tab that gets every LinkedIn fixture at its path (built with `options()` at request time). */
export async function linkedInTab(browser: Browser, options: () => FixtureOptions): Promise<Page> {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = new URL(request.url());
    const fixture = LINKEDIN_FIXTURES.find(
      (f) => url.hostname === 'www.linkedin.com' && url.pathname === f.path,
    );
    if (fixture)
      void request.respond({ status: 200, contentType: 'text/html', body: fixture.build(options()) });
    else void request.abort();
  });
  return page;
}

/** The first element matching `selector` in the document or any open shadow root (page world). */
export function deepQuery(page: Page, selector: string): Promise<ElementHandle<HTMLElement>> {
  return page.waitForFunction(
    (sel: string) => {
      const roots: (Document | ShadowRoot)[] = [document];
      for (let i = 0; i < roots.length; i++) {
        const root = roots[i] as Document | ShadowRoot;
        const hit = root.querySelector(sel);
        if (hit) return hit;
        for (const el of root.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
      }
      return null;
    },
    {},
    selector,
  ) as Promise<ElementHandle<HTMLElement>>;
}
