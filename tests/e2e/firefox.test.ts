// The Firefox build in Debian's firefox-esr, driven headless by puppeteer-core over WebDriver BiDi.
// LinkedIn fixtures are served at https://www.linkedin.com/... by request interception; the content
// script detects a group post, the warning appears, Cancel keeps the draft, Proceed posts once.
// The popup and options pages in Firefox: tests/e2e/firefox-pages.test.ts.
// If firefox-esr is not installed, this suite fails loudly unless EG_SKIP_FIREFOX=1 says why it may not run.
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FixtureOptions, FixtureState } from '../fixtures/linkedin';
import { PROFILE_PATH, type ProfileFixtureOptions, profilePage } from '../fixtures/linkedin/profile';
import type { ProfileFixtureState } from '../fixtures/linkedin/profile-behaviour';
import {
  deepQuery,
  launchFirefoxWithAddon,
  linkedInTab,
  openAddonPage,
  firefoxSkipReason as skipReason,
  storeAddonSettings,
} from './firefox-support';
import { settingsWith } from './linkedin-support';
import {
  firefoxClickWarningAction,
  firefoxWaitForWarning,
  firefoxWaitForWarningGone,
  firefoxWarningOpen,
} from './warning-access';

if (skipReason) {
  console.warn(`\n*** FIREFOX SUITE SKIPPED: ${skipReason} ***\n`);
}

describe.skipIf(Boolean(skipReason))('the Firefox build in firefox-esr', () => {
  let browser: Browser;
  let options: FixtureOptions = { ui: 'sdui', lang: 'en' };

  beforeAll(async () => {
    browser = await launchFirefoxWithAddon();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  async function open(path: string, ui: FixtureOptions['ui']): Promise<Page> {
    options = { ui, lang: 'en' };
    const page = await linkedInTab(browser, () => options);
    await page.goto(`https://www.linkedin.com${path}`);
    return page;
  }

  const state = (page: Page) =>
    page.evaluate(() => {
      const fixture = (window as unknown as { __fixture: FixtureState }).__fixture;
      return { submissions: fixture.submissions, replaced: fixture.replacedDialogs };
    });

  async function writeGroupPost(page: Page, ui: FixtureOptions['ui'], text: string): Promise<void> {
    await page.click('[data-fixture-launch="share"]');
    if (ui === 'sdui')
      await page.waitForFunction(
        () => (window as unknown as { __fixture: FixtureState }).__fixture.replacedDialogs > 0,
      );
    await (await deepQuery(page, '[data-fixture-surface="group-composer"] [contenteditable="true"]')).click();
    await page.keyboard.type(text);
    await (
      await deepQuery(page, '[data-fixture-surface="group-composer"] [data-fixture-commit]:not([disabled])')
    ).click();
  }

  for (const ui of ['sdui', 'classic'] as const) {
    it(`warns on a group post (${ui}); Cancel keeps the draft, Proceed posts exactly once`, async () => {
      const page = await open('/groups/4242/', ui);
      await writeGroupPost(page, ui, 'Our team at Acme is hiring');
      await firefoxWaitForWarning(page);
      await firefoxClickWarningAction(page, 'cancel');
      await firefoxWaitForWarningGone(page);
      expect((await state(page)).submissions).toEqual([]);
      const editor = await deepQuery(
        page,
        '[data-fixture-surface="group-composer"] [contenteditable="true"]',
      );
      const draft = await editor.evaluate((el) => (el.textContent ?? '').trim());
      expect(draft).toBe('Our team at Acme is hiring');

      await (await deepQuery(page, '[data-fixture-surface="group-composer"] [data-fixture-commit]')).click();
      await firefoxWaitForWarning(page);
      await firefoxClickWarningAction(page, 'proceed');
      await new Promise((resolve) => setTimeout(resolve, 1200));
      expect(await firefoxWarningOpen(page)).toBe(false);
      expect((await state(page)).submissions).toEqual([
        { surface: 'group-composer', text: 'Our team at Acme is hiring' },
      ]);
      await page.close();
    });
  }
});

// The profile position form needs the employer in the settings: the test stores them from the add-on's
// options page before the LinkedIn page loads.
describe.skipIf(Boolean(skipReason))('the Firefox build on a profile position form', () => {
  let browser: Browser;
  let options: ProfileFixtureOptions = { ui: 'classic', lang: 'en' };

  beforeAll(async () => {
    browser = await launchFirefoxWithAddon();
    const optionsPage = await openAddonPage(browser, 'options.html');
    await storeAddonSettings(optionsPage, settingsWith());
    await optionsPage.close();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  async function openPosition(ui: ProfileFixtureOptions['ui']): Promise<Page> {
    options = { ui, lang: 'en' };
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.hostname === 'www.linkedin.com' && url.pathname.startsWith('/in/')) {
        void request.respond({ status: 200, contentType: 'text/html', body: profilePage(options) });
      } else void request.abort();
    });
    await page.goto(`https://www.linkedin.com${PROFILE_PATH}`);
    await page.click('[data-fixture-edit="position"]');
    return page;
  }

  const profileState = (page: Page) =>
    page.evaluate(() => {
      const state = (window as unknown as { __profile: ProfileFixtureState }).__profile;
      return { submissions: state.submissions, fields: state.fields() };
    });

  for (const ui of ['classic', 'sdui'] as const) {
    it(`warns on saving a position at the employer (${ui}); Cancel keeps every field, Proceed saves once`, async () => {
      const page = await openPosition(ui);
      const company = await deepQuery(page, '[data-fixture-form] [data-fixture-field$="requiredCompany"]');
      await company.click();
      await page.keyboard.type('Acme Installaties');
      const before = (await profileState(page)).fields;
      await (await deepQuery(page, '[data-fixture-form] [data-fixture-save]')).click();
      await firefoxWaitForWarning(page);
      await firefoxClickWarningAction(page, 'cancel');
      await firefoxWaitForWarningGone(page);
      expect(await profileState(page)).toEqual({ submissions: [], fields: before });

      await (await deepQuery(page, '[data-fixture-form] [data-fixture-save]')).click();
      await firefoxWaitForWarning(page);
      await firefoxClickWarningAction(page, 'proceed');
      await new Promise((resolve) => setTimeout(resolve, 1200));
      expect((await profileState(page)).submissions).toEqual([
        { surface: 'profile-position', fields: before },
      ]);
      await page.close();
    });
  }
});
