// The warning UI is a separate bundle the background injects into the LinkedIn tab on request (issue 7).
// In real Chromium with the built extension: LinkedIn cannot fetch it (it is not web-accessible, so
// it cannot be used to detect us), it is preloaded once the page is idle, and on a fresh page that has
// not finished loading the first warning still appears, loaded at the click.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CHROME_BUILD, type ExtensionBrowser, launchWithExtension, openExtensionPage } from './harness';
import {
  composerParts,
  openComposer,
  serveFixtures,
  settingsWith,
  storeSettings,
  submissions,
  typeInto,
  warningButton,
  warningDialog,
} from './linkedin-support';

const UI_FILE = 'linkedin-warning-ui.js';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
  await serveFixtures(browser).ready;
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  await storeSettings(browser, settingsWith());
});

/** The URLs of every script the page's renderer parses, in all worlds (ours included). */
async function parsedScripts(page: Page): Promise<{ urls: string[]; session: CDPSession }> {
  const session = await browser.context.newCDPSession(page);
  const urls: string[] = [];
  session.on('Debugger.scriptParsed', (event) => urls.push(event.url));
  await session.send('Debugger.enable');
  return { urls, session };
}

const uiParsed = (urls: string[]) => urls.some((url) => url.endsWith(`/${UI_FILE}`));

describe('warning UI bundle', () => {
  it('is built apart from the content script and listed nowhere LinkedIn could reach it', () => {
    const manifest = JSON.parse(readFileSync(join(CHROME_BUILD, 'manifest.json'), 'utf8'));
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    expect(JSON.stringify(manifest)).not.toContain(UI_FILE);
    const contentScript = readFileSync(join(CHROME_BUILD, 'content-scripts/linkedin.js'), 'utf8');
    expect(contentScript).not.toContain('showModal');
    expect(readFileSync(join(CHROME_BUILD, UI_FILE), 'utf8')).toContain('showModal');
  });

  it('cannot be fetched from a LinkedIn page, though the extension itself can read it', async () => {
    const url = `chrome-extension://${browser.extensionId}/${UI_FILE}`;
    const fetchFrom = (page: Page) =>
      page.evaluate(async (target) => {
        try {
          const response = await fetch(target);
          return response.ok ? 'loaded' : `status ${response.status}`;
        } catch {
          return 'refused';
        }
      }, url);

    const own = await openExtensionPage(browser, 'popup.html');
    expect(await fetchFrom(own)).toBe('loaded');
    await own.close();

    const page = await browser.context.newPage();
    await page.goto('https://www.linkedin.com/feed/');
    expect(await fetchFrom(page)).not.toBe('loaded');
    const scriptLoads = await page.evaluate(
      (target) =>
        new Promise<boolean>((resolve) => {
          const script = document.createElement('script');
          script.src = target;
          script.onload = () => resolve(true);
          script.onerror = () => resolve(false);
          document.head.append(script);
        }),
      url,
    );
    expect(scriptLoads).toBe(false);
    await page.close();
  });

  it('is preloaded once the page has loaded and is idle, before any warning', async () => {
    const page = await browser.context.newPage();
    const scripts = await parsedScripts(page);
    await page.goto('https://www.linkedin.com/feed/');
    await expect.poll(() => uiParsed(scripts.urls), { timeout: 10_000 }).toBe(true);
    expect(await warningDialog(page).count()).toBe(0);
    await scripts.session.detach();
    await page.close();
  });

  it('loads at the first warning on a fresh page that is still loading, and Cancel still holds the post', async () => {
    // An image that never arrives keeps the page from its load event, so no preload has happened.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await browser.context.route('https://www.linkedin.com/held-image.png', async (route) => {
      await held;
      await route.abort();
    });
    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      // At document creation (before <html> exists): an image whose load is pending delays the load event.
      const image = document.createElement('img');
      image.src = 'https://www.linkedin.com/held-image.png';
      (window as unknown as { heldImage: HTMLImageElement }).heldImage = image;
    });
    const scripts = await parsedScripts(page);
    try {
      await page.goto('https://www.linkedin.com/feed/', { waitUntil: 'domcontentloaded' });
      await openComposer(page, 'classic');
      const { editor, commit } = composerParts(page, 'feed-composer');
      await typeInto(page, editor, 'Proud of the new heat pumps at Acme Installaties');
      expect(await page.evaluate(() => document.readyState)).not.toBe('complete');
      expect(uiParsed(scripts.urls)).toBe(false);

      await commit.click();
      await expect.poll(() => warningDialog(page).count()).toBe(1);
      expect(uiParsed(scripts.urls)).toBe(true);
      expect(await page.evaluate(() => document.readyState)).not.toBe('complete');
      await warningButton(page, 'cancel').click();
      await expect.poll(() => warningDialog(page).count()).toBe(0);
      expect(await submissions(page)).toEqual([]);
    } finally {
      release();
      await scripts.session.detach().catch(() => {});
      await page.close();
      await browser.context.unroute('https://www.linkedin.com/held-image.png');
    }
  });
});
