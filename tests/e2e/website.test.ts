// The employer's website in real Chromium: the fixture team page is served at the employer's own
// address (request routing, no network), the website content script is registered at run time for
// that host, finds the user, puts its marker next to the name and answers the popup's query.
//
// Why the host is granted up front: a headless browser cannot click its own permission prompt, so
// `permissions.request` can never be answered here. The test therefore loads a COPY of the Chrome
// build whose manifest lists the employer host under host_permissions (a test-only setting; the
// product build only has it under optional_host_permissions and asks when the user adds the host).
// The options page's request call itself is tested in tests/dom/website/host-permissions.test.ts.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEBSITE_SCRIPT_ID } from '../../components/website/host-permissions';
import type { WebsitePageReport } from '../../core/protocol';
import { defaultSettings, type Settings } from '../../core/settings';
import {
  assertBuilt,
  CHROME_BUILD,
  type ExtensionBrowser,
  launchWithExtension,
  readFixture,
} from './harness';

const HOST = 'www.acme-installaties.nl';
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
    await browser.context.route(`https://${HOST}/**`, (route) =>
      route.request().resourceType() === 'document'
        ? route.fulfill({
            status: 200,
            contentType: 'text/html; charset=utf-8',
            body: readFixture('websites/card-grid.html'),
          })
        : route.abort(),
    );
    await browser.serviceWorker.evaluate((value) => chrome.storage.local.set({ settings: value }), settings);
  });

  afterAll(async () => {
    await browser?.close();
    if (buildDir) rmSync(buildDir, { recursive: true, force: true });
  });

  it('registers the website script at run time for the granted host only (background sync)', async () => {
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
    await expect
      .poll(registered, {
        timeout: 5_000,
        message:
          'the background should call keepWebsiteScriptsInSync() (components/website/host-permissions.ts)',
      })
      .toEqual([expect.objectContaining({ matches: [ORIGIN] })]);
  });

  it('finds the user on the team page and puts its marker next to the name', async () => {
    page = await browser.context.newPage();
    await page.goto(`https://${HOST}/team/`);
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
    expect(report).toEqual({
      host: HOST,
      route: '/team',
      truncated: false,
      findings: [
        {
          activity: 'website-photo',
          exposed: ['name', 'job-title', 'photo'],
          source: 'heading',
          nameForm: 'full',
        },
      ],
    } satisfies WebsitePageReport);
    expect(JSON.stringify(report)).not.toMatch(/Vries|Servicemonteur/);
  });

  it('shows the badge on the tab whose page exposes the user (background findings)', async () => {
    const badge = () =>
      browser.serviceWorker.evaluate(async (host) => {
        const api = chrome as unknown as {
          tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
          action: { getBadgeText(d: { tabId: number }): Promise<string> };
        };
        const [tab] = await api.tabs.query({ url: `https://${host}/*` });
        return api.action.getBadgeText({ tabId: tab?.id ?? -1 });
      }, HOST);
    await expect
      .poll(badge, {
        timeout: 5_000,
        message: 'the background should pass messages to createWebsiteFindings()',
      })
      .toBe('!');
  });

  it('makes no request of its own', () => {
    expect(browser.externalRequests.filter((url) => !url.startsWith(`https://${HOST}/`))).toEqual([]);
  });
});
