// The Firefox build in Debian's firefox-esr, driven headless by puppeteer-core over WebDriver BiDi.
// LinkedIn fixtures are served at https://www.linkedin.com/... by request interception; the content
// script detects a group post, the warning appears, Cancel keeps the draft, Proceed posts once.
// moz-extension:// pages cannot be opened this way, so the popup stays covered by the Chromium suites.
// If firefox-esr is not installed, this suite fails loudly unless EG_SKIP_FIREFOX=1 says why it may not run.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureOptions, type FixtureState, LINKEDIN_FIXTURES } from '../fixtures/linkedin';
import { ROOT } from './harness';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const BUILD = join(ROOT, '.output/firefox-mv2');
const skipReason = process.env.EG_SKIP_FIREFOX;

if (skipReason) {
  console.warn(`\n*** FIREFOX SUITE SKIPPED: ${skipReason} ***\n`);
}

describe.skipIf(Boolean(skipReason))('the Firefox build in firefox-esr', () => {
  let browser: Browser;
  let options: FixtureOptions = { ui: 'sdui', lang: 'en' };

  beforeAll(async () => {
    if (!existsSync(FIREFOX)) {
      throw new Error(
        `firefox-esr not found at ${FIREFOX}: apt-get install -y firefox-esr (or set EG_SKIP_FIREFOX=<why>)`,
      );
    }
    if (!existsSync(join(BUILD, 'manifest.json')))
      throw new Error('No Firefox build: run npm run build:firefox');
    browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
    await browser.installExtension(BUILD);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  async function open(path: string, ui: FixtureOptions['ui']): Promise<Page> {
    options = { ui, lang: 'en' };
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = new URL(request.url());
      const fixture = LINKEDIN_FIXTURES.find(
        (f) => url.hostname === 'www.linkedin.com' && url.pathname === f.path,
      );
      if (fixture)
        void request.respond({ status: 200, contentType: 'text/html', body: fixture.build(options) });
      else void request.abort();
    });
    await page.goto(`https://www.linkedin.com${path}`);
    return page;
  }

  const state = (page: Page) =>
    page.evaluate(() => {
      const fixture = (window as unknown as { __fixture: FixtureState }).__fixture;
      return { submissions: fixture.submissions, replaced: fixture.replacedDialogs };
    });

  const warningOpen = (page: Page) =>
    page.evaluate(() =>
      Boolean(document.querySelector('[data-exposure-guard]')?.shadowRoot?.querySelector('dialog[open]')),
    );

  /** The first element matching `selector` in the document or any open shadow root. */
  const deep = (page: Page, selector: string) =>
    page.waitForFunction(
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
    ) as Promise<import('puppeteer-core').ElementHandle<HTMLElement>>;

  async function clickWarning(page: Page, action: 'cancel' | 'proceed'): Promise<void> {
    await (await deep(page, `[data-action="${action}"]`)).click();
  }

  async function writeGroupPost(page: Page, ui: FixtureOptions['ui'], text: string): Promise<void> {
    await page.click('[data-fixture-launch="share"]');
    if (ui === 'sdui')
      await page.waitForFunction(
        () => (window as unknown as { __fixture: FixtureState }).__fixture.replacedDialogs > 0,
      );
    await (await deep(page, '[data-fixture-surface="group-composer"] [contenteditable="true"]')).click();
    await page.keyboard.type(text);
    await (
      await deep(page, '[data-fixture-surface="group-composer"] [data-fixture-commit]:not([disabled])')
    ).click();
  }

  for (const ui of ['sdui', 'classic'] as const) {
    it(`warns on a group post (${ui}); Cancel keeps the draft, Proceed posts exactly once`, async () => {
      const page = await open('/groups/4242/', ui);
      await writeGroupPost(page, ui, 'Our team at Acme is hiring');
      await page.waitForFunction(() =>
        Boolean(document.querySelector('[data-exposure-guard]')?.shadowRoot?.querySelector('dialog[open]')),
      );
      await clickWarning(page, 'cancel');
      await page.waitForFunction(() => !document.querySelector('[data-exposure-guard]'));
      expect((await state(page)).submissions).toEqual([]);
      const editor = await deep(page, '[data-fixture-surface="group-composer"] [contenteditable="true"]');
      const draft = await editor.evaluate((el) => el.innerText.trim());
      expect(draft).toBe('Our team at Acme is hiring');

      await (await deep(page, '[data-fixture-surface="group-composer"] [data-fixture-commit]')).click();
      await page.waitForFunction(() =>
        Boolean(document.querySelector('[data-exposure-guard]')?.shadowRoot?.querySelector('dialog[open]')),
      );
      await clickWarning(page, 'proceed');
      await new Promise((resolve) => setTimeout(resolve, 1200));
      expect(await warningOpen(page)).toBe(false);
      expect((await state(page)).submissions).toEqual([
        { surface: 'group-composer', text: 'Our team at Acme is hiring' },
      ]);
      await page.close();
    });
  }
});
