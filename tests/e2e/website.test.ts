// The employer's website in real Chromium: the fixture team page is served at the employer's own
// address (request routing, no network), the website content script is registered at run time for
// that host, finds the user, adds nothing to the page with the default settings (the marker is opt-in:
// the badge says it), puts its marker next to the name once the user switches it on and answers the
// popup's query; the
// background sets the badge and logs the finding once; the popup shows the finding, assesses it and
// drafts the letter; the options page's remove and add keep the settings and registration in step.
//
// Why the host is granted up front: a headless browser cannot click its own permission prompt, so
// `permissions.request` can never be answered here. The test therefore loads a COPY of the Chrome
// build whose manifest lists the employer host under host_permissions (a test-only setting; the
// product build only has it under optional_host_permissions and asks when the user adds the host).
// The options page's request call itself (asked as the click's first call, refusal, removal) is
// tested in tests/dom/options/website-hosts.test.tsx and tests/dom/website/host-permissions.test.ts.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEBSITE_SCRIPT_ID } from '@/components/website/host-permissions';
import { defaultSettings, type Settings } from '@/core/settings';
import { TEAM_PAGE_HOST, teamPageReport } from '../fixtures/websites/team-page-report';
import { axeViolations } from './axe';
import {
  assertBuilt,
  CHROME_BUILD,
  type ExtensionBrowser,
  launchWithExtension,
  openExtensionPage,
  readFixture,
} from './harness';

const HOST = TEAM_PAGE_HOST;
const ORIGIN = `https://${HOST}/*`;

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches?: string[]; js?: string[] }[];
}

const productManifest = (): Manifest => JSON.parse(readFileSync(join(CHROME_BUILD, 'manifest.json'), 'utf8'));

/** A copy of the Chrome build with the employer host granted up front (see the note at the top). */
function buildWithGrantedHost(): string {
  const dir = mkdtempSync(join(tmpdir(), 'exposure-guard-website-build-'));
  cpSync(CHROME_BUILD, dir, { recursive: true });
  const manifest = productManifest();
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ORIGIN];
  manifest.permissions = [...new Set([...(manifest.permissions ?? []), 'scripting'])];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return dir;
}

const settings: Settings = {
  ...defaultSettings(),
  onboardingDone: true,
  ownName: 'Jan de Vries',
  role: 'back-office',
  employer: { name: 'Acme Installaties', aliases: [], companyPageUrl: null },
  websiteHosts: [HOST],
  websiteMarker: true,
};
/** The same user before switching the marker on: the default. */
const withDefaultMarker: Settings = { ...settings, websiteMarker: defaultSettings().websiteMarker };

/** A page of the employer's site with `body` in it, recording the page's long tasks from its start. */
const pageWith = (body: string) => `<!doctype html><html lang="nl"><head><meta charset="utf-8">
<script>window.__longTasks = []; new PerformanceObserver((list) => { for (const e of list.getEntries())
  window.__longTasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true });</script>
</head><body><main>${body}</main></body></html>`;

/** Pages beside the team page: the name split by inline markup, partly hidden, and named 50,000 times. */
const EXTRA_PAGES: Record<string, () => string> = {
  '/nieuws/split': () =>
    pageWith(`<h1>Nieuws</h1><p>Deze week plaatste <b>Jan</b> de <i>Vries</i> een warmtepomp.</p>
      <p>Vragen? <span>Jan</span> <span>de</span><br><span>Vries</span> helpt u graag.</p>`),
  '/nieuws/split-hidden': () =>
    pageWith(`<h1>Nieuws</h1><p>Jan <span style="font-size:0">de</span> Vries</p>
      <p><span style="position:absolute;left:-9999px">Jan</span> de Vries</p>`),
  '/nieuws/many': () =>
    pageWith(
      `<h1>Archief</h1><ul>${Array.from({ length: 50_000 }, (_, i) =>
        i % 2 ? '<li>Jan de Vries</li>' : '<li>Jan <b>de</b> Vries</li>',
      ).join('')}</ul>`,
    ),
};

describe('the product manifest (what the integrator wires in wxt.config.ts)', () => {
  it('does not list the website content script statically and asks for hosts only when needed', () => {
    assertBuilt();
    const manifest = productManifest();
    const statics = (manifest.content_scripts ?? []).flatMap((script) => script.js ?? []);
    expect(statics).not.toContain('content-scripts/employer-website.js');
    expect(manifest.host_permissions ?? []).not.toContain('https://*/*');
    expect(manifest.permissions).toContain('scripting');
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
  });
});

describe('the employer website in headless Chromium', () => {
  let browser: ExtensionBrowser;
  let buildDir: string;
  let page: Page;

  beforeAll(async () => {
    assertBuilt();
    buildDir = buildWithGrantedHost();
    browser = await launchWithExtension({ extensionPath: buildDir });
    await browser.context.route(`https://${HOST}/**`, (route) => {
      if (route.request().resourceType() !== 'document') return route.abort();
      const { pathname } = new URL(route.request().url());
      return route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: EXTRA_PAGES[pathname]?.() ?? readFixture('websites/card-grid.html'),
      });
    });
    await browser.serviceWorker.evaluate(
      (value) => chrome.storage.local.set({ settings: value }),
      withDefaultMarker,
    );
  });

  /** The toolbar badge text on the team page's tab. */
  const badge = () =>
    browser.serviceWorker.evaluate(async (host) => {
      const api = chrome as unknown as {
        tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
        action: { getBadgeText(d: { tabId: number }): Promise<string> };
      };
      const [tab] = await api.tabs.query({ url: `https://${host}/*` });
      return api.action.getBadgeText({ tabId: tab?.id ?? -1 });
    }, HOST);

  /** The website script's registrations, as the background made them. */
  const registered = async () =>
    browser.serviceWorker.evaluate(
      (id) =>
        (
          chrome as unknown as {
            scripting: {
              getRegisteredContentScripts(f: { ids: string[] }): Promise<{ matches?: string[] }[]>;
            };
          }
        ).scripting.getRegisteredContentScripts({ ids: [id] }),
      WEBSITE_SCRIPT_ID,
    );
  const registeredMatches = async () => (await registered()).map((script) => script.matches);

  afterAll(async () => {
    await browser?.close();
    if (buildDir) rmSync(buildDir, { recursive: true, force: true });
  });

  it('registers the website script at run time for the granted host only (background sync)', async () => {
    await expect
      .poll(registered, {
        timeout: 5_000,
        message:
          'the background should call keepWebsiteScriptsInSync() (components/website/host-permissions.ts)',
      })
      .toEqual([expect.objectContaining({ matches: [ORIGIN] })]);
  });

  it('with the default settings finds the user but adds nothing to the page: the badge tells', async () => {
    expect(withDefaultMarker.websiteMarker).toBe(false);
    page = await browser.context.newPage();
    await page.goto(`https://${HOST}/team/`);
    await expect
      .poll(badge, {
        timeout: 5_000,
        message: 'the background should pass messages to createWebsiteFindings()',
      })
      .toBe('!');
    // What a page script could see: no element of ours, no shadow root anywhere in the page.
    const seen = () =>
      page.evaluate((tag) => {
        const all = [...document.querySelectorAll('*')];
        return {
          ours: document.querySelectorAll(tag).length,
          shadows: all.filter((e) => e.shadowRoot).length,
        };
      }, 'exposure-guard-marker');
    expect(await seen()).toEqual({ ours: 0, shadows: 0 });
    await new Promise((resolve) => setTimeout(resolve, 1_000)); // a later scan adds none either
    expect(await seen()).toEqual({ ours: 0, shadows: 0 });
  });

  it('puts its marker next to the name once the user switches it on (no reload)', async () => {
    await browser.serviceWorker.evaluate((value) => chrome.storage.local.set({ settings: value }), settings);
    const marker = page.locator('exposure-guard-marker');
    await expect.poll(() => marker.count(), { timeout: 5_000 }).toBe(1);
    // The marker sits in the user's card heading, not in a colleague's.
    const heading = await marker.evaluate((el) => el.parentElement?.textContent);
    expect(heading).toBe('Jan de Vries');
    await expect.poll(() => page.getByRole('button', { name: /your name is on this page/ }).count()).toBe(1);
    await page.getByRole('button', { name: 'Hide this marker' }).click();
    await expect.poll(() => marker.count()).toBe(0);
  });

  it("answers the popup's get-website-findings with what the page shows, and no page text", async () => {
    const report = await browser.serviceWorker.evaluate(async (host) => {
      const api = chrome as unknown as {
        tabs: {
          query(q: { url: string }): Promise<{ id?: number }[]>;
          sendMessage(tabId: number, message: unknown): Promise<unknown>;
        };
      };
      const [tab] = await api.tabs.query({ url: `https://${host}/*` });
      return api.tabs.sendMessage(tab?.id ?? -1, { type: 'get-website-findings' });
    }, HOST);
    expect(report).toEqual(teamPageReport);
    expect(JSON.stringify(report)).not.toMatch(/Vries|Servicemonteur/);
  });

  it('shows the badge on the tab whose page exposes the user (background findings)', async () => {
    await expect.poll(badge, { timeout: 5_000 }).toBe('!');
  });

  it('logs the finding once (host, page, what it shows, noticed), not on every visit', async () => {
    await page.reload();
    await expect.poll(() => page.locator('exposure-guard-marker').count(), { timeout: 5_000 }).toBe(1);
    const log = await browser.context.newPage();
    await log.goto(`chrome-extension://${browser.extensionId}/options.html#log`);
    const rows = log.locator('.log-entries [data-seq]');
    await expect.poll(() => rows.count(), { timeout: 5_000 }).toBe(1);
    const row = (await rows.first().textContent()) ?? '';
    expect(row).toContain('Employer’s website');
    expect(row).toContain(`${HOST}/team shows: name, job title, photo`);
    expect(row).toContain('noticed');
    expect(row).toContain('Not assessed'); // role known, but who wanted the page is the user's answer
    expect(row).not.toMatch(/Vries|Servicemonteur/);
    await log.close();
  });

  // The popup opened as a tab is a tab of the same window: with the team page brought to the front
  // and the popup page reloaded, the team page is the active tab the popup asks, as when the
  // toolbar button is clicked. No test-only switch in the popup.
  it('shows the finding in the popup, assesses it with the answer and drafts the letter', async () => {
    const popup = await openExtensionPage(browser, 'popup.html');
    await page.bringToFront();
    await popup.reload();
    await expect
      .poll(() => popup.locator('[data-tab-status]').getAttribute('data-tab-status'), { timeout: 5_000 })
      .toBe('employer-website');
    await expect.poll(() => popup.getByText('You appear on this page').count(), { timeout: 5_000 }).toBe(1);
    expect(await popup.locator('.exposed li').allTextContents()).toEqual([
      'your name',
      'your job title',
      'your photo',
    ]);
    await popup.locator('#website-initiator').getByLabel('Yes, my employer requires it').check();
    await expect.poll(() => popup.locator('.assessment').count()).toBe(1);
    expect(await popup.locator('.letter-kinds li').allTextContents()).toContain(
      'Request for erasure of my photo (Art. 17 GDPR)',
    );
    const letter = await popup.locator('#website-letter-text').inputValue();
    expect(letter).toContain('Acme Installaties');
    expect(letter).toContain('Jan de Vries');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });

  // The host is granted by this copy's manifest, so Chromium answers the request without a prompt
  // (and cannot take the access back): what is tested here is the options page's wiring of the
  // settings and the registration; the prompt itself is tested in tests/dom/options.
  it('removes and adds the website on the options page: settings and registration follow', async () => {
    const options = await openExtensionPage(browser, 'options.html');
    await options.getByRole('button', { name: `Remove ${HOST}` }).click();
    await expect
      .poll(() =>
        options
          .getByRole('status')
          .filter({ hasText: `${HOST} removed` })
          .count(),
      )
      .toBe(1);
    await expect.poll(registeredMatches, { timeout: 5_000 }).toEqual([]);
    await options.getByLabel('Website address').fill(`https://${HOST}/team`);
    await options.getByRole('button', { name: 'Add website' }).click();
    await expect
      .poll(() =>
        options
          .getByRole('status')
          .filter({ hasText: `${HOST} added` })
          .count(),
      )
      .toBe(1);
    await expect.poll(registeredMatches, { timeout: 5_000 }).toEqual([[ORIGIN]]);
    const stored = await browser.serviceWorker.evaluate(() =>
      chrome.storage.local.get('settings').then((items) => (items.settings as Settings).websiteHosts),
    );
    expect(stored).toEqual([HOST]);
    expect(await axeViolations(options)).toEqual([]);
    await options.close();
  });

  /** The website script's answer to the popup for the tab at `path`. */
  const reportFor = (path: string) =>
    browser.serviceWorker.evaluate(
      async ({ host, path }) => {
        const api = chrome as unknown as {
          tabs: {
            query(q: { url: string }): Promise<{ id?: number }[]>;
            sendMessage(tabId: number, message: unknown): Promise<unknown>;
          };
        };
        const [tab] = await api.tabs.query({ url: `https://${host}${path}` });
        return api.tabs.sendMessage(tab?.id ?? -1, { type: 'get-website-findings' });
      },
      { host: HOST, path },
    );

  it('reads a name split by inline markup as the name, and not one a reader cannot see whole', async () => {
    await browser.serviceWorker.evaluate((value) => chrome.storage.local.set({ settings: value }), settings);
    const split = await browser.context.newPage();
    await split.goto(`https://${HOST}/nieuws/split`);
    const found = async () => {
      const report = (await reportFor('/nieuws/split')) as {
        findings: { source: string; nameForm: string }[];
      };
      return [...new Set(report.findings.map((f) => `${f.source}:${f.nameForm}`))];
    };
    await expect.poll(found, { timeout: 5_000 }).toEqual(['text:full']);
    expect(await split.locator('exposure-guard-marker').count()).toBe(1);
    const hidden = await browser.context.newPage();
    await hidden.goto(`https://${HOST}/nieuws/split-hidden`);
    await hidden.waitForTimeout(1_500);
    expect(await reportFor('/nieuws/split-hidden')).toMatchObject({ findings: [], truncated: false });
    expect(await hidden.locator('exposure-guard-marker').count()).toBe(0);
    await split.close();
    await hidden.close();
  });

  it('a page naming the user 50,000 times: one marker, one finding, and no long task of ours', async () => {
    const many = await browser.context.newPage();
    await many.goto(`https://${HOST}/nieuws/many`);
    const loaded = await many.evaluate(
      () =>
        new Promise<number>((r) =>
          requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now()))),
        ),
    );
    await expect
      .poll(() => reportFor('/nieuws/many'), { timeout: 20_000 })
      .toMatchObject({
        findings: [{ activity: 'website-name', exposed: ['name'], source: 'text', nameForm: 'full' }],
        truncated: false,
      });
    expect(await many.locator('exposure-guard-marker').count()).toBe(1);
    const longTasks = await many.evaluate(
      (after) =>
        (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks.filter(
          (t) => t.start > after,
        ),
      loaded,
    );
    expect(longTasks).toEqual([]);
    await many.close();
  });

  it('makes no request of its own', () => {
    expect(browser.externalRequests.filter((url) => !url.startsWith(`https://${HOST}/`))).toEqual([]);
  });
});
