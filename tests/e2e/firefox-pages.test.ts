// The popup (400×600) and the options page (1280 px) of the Firefox build in firefox-esr, in English and
// Dutch, light and dark: the same layout checks (nothing sticks out or is clipped, no text under the
// tokens) and axe (WCAG 2.2 A/AA, no violation of any impact) as tests/e2e/layout.test.ts in Chromium,
// and the pages' own e2e: the onboarding stores the settings, the request check in the popup follows
// every answer, the popup lists logged decisions numbered as in the log.
// The add-on's pages are opened as tests/e2e/firefox-support.ts explains.
// FIREFOX_LAYOUT_SCREENSHOTS=/some/dir saves a screenshot of each state there.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Settings } from '@/core/settings';
import { axeViolations } from './axe';
import {
  firefoxSkipReason,
  launchFirefoxWithAddon,
  openAddonPage,
  storeAddonSettings as storeSettings,
} from './firefox-support';
import { settingsWith } from './linkedin-support';
import { findLayoutProblems, OPTIONS_PAGES, POPUP_VIEWS } from './page-checks';
import { demoRecords } from './seed-log';

const SHOTS = process.env.FIREFOX_LAYOUT_SCREENSHOTS;
const LANGUAGES = ['en', 'nl'] as const;
const SCHEMES = ['light', 'dark'] as const;

type ExtensionGlobal = {
  browser: {
    storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
    runtime: { sendMessage(message: unknown): Promise<unknown> };
  };
};

/** Opens an add-on page in a new tab at the given size. */
async function openPage(browser: Browser, path: string, width: number, height: number): Promise<Page> {
  const page = await openAddonPage(browser, path);
  await page.setViewport({ width, height });
  return page;
}

async function check(page: Page, minFontPx: number, name: string): Promise<string[]> {
  await new Promise((resolve) => setTimeout(resolve, 200));
  if (SHOTS) {
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  }
  const layout = await page.evaluate(findLayoutProblems, minFontPx);
  // axe only needs evaluate(source) and evaluate(fn, arg), which Puppeteer's page has as Playwright's.
  const axe = await axeViolations(page as unknown as PlaywrightPage);
  return [
    ...layout.map((p) => `${name}: ${p.kind} ${p.element}: ${p.detail}`),
    ...axe.map((v) => `${name}: axe ${v.id} (${v.impact}) ${v.targets}`),
  ];
}

/** Clicks the button whose visible words are `text` exactly. */
async function clickButton(page: Page, text: string): Promise<void> {
  await page.evaluate((words) => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === words);
    if (!button) throw new Error(`no button "${words}"`);
    button.click();
  }, text);
}

/** The control a visible label (within `scope`) names, once it shows, for a trusted click or typing. */
async function controlFor(page: Page, label: string, scope = 'body'): Promise<string> {
  const id = await page.waitForFunction(
    (words, within) =>
      [...document.querySelectorAll(`${within} label`)]
        .find((l) => l.textContent?.trim() === words)
        ?.getAttribute('for') ?? false,
    { timeout: 10_000 },
    label,
    scope,
  );
  return `[id="${await id.jsonValue()}"]`;
}

async function stored(page: Page, key: string): Promise<unknown> {
  return page.evaluate(
    async (k) => (await (globalThis as unknown as ExtensionGlobal).browser.storage.local.get(k))[k],
    key,
  );
}

/** Settings and twelve logged decisions, as in the Chromium layout test. */
async function seed(page: Page): Promise<void> {
  await storeSettings(page, settingsWith({ ownName: 'Sanne de Vries', language: 'en' }));
  for (const record of demoRecords()) {
    const answer = await page.evaluate(
      (message) => (globalThis as unknown as ExtensionGlobal).browser.runtime.sendMessage(message),
      { type: 'log-decision', record },
    );
    if ((answer as { ok?: boolean } | undefined)?.ok !== true) {
      throw new Error(`the background refused a demo decision: ${JSON.stringify(answer)}`);
    }
  }
}

describe.skipIf(Boolean(firefoxSkipReason))('popup and options in Firefox ESR', () => {
  for (const scheme of SCHEMES) {
    describe(`${scheme}`, () => {
      let browser: Browser;
      let options: Page;

      beforeAll(async () => {
        // 0: dark, 1: light, for the pages' prefers-color-scheme.
        browser = await launchFirefoxWithAddon({
          'layout.css.prefers-color-scheme.content-override': scheme === 'dark' ? 0 : 1,
        });
        options = await openPage(browser, 'options.html#settings', 1280, 800);
      }, 90_000);
      afterAll(async () => {
        await browser?.close();
      });

      if (scheme === 'light') {
        it('runs the onboarding by labels and stores the settings', async () => {
          await options.waitForFunction(
            () => document.querySelector('main h1')?.textContent === 'Welcome to Exposure Guard',
          );
          await options.type(await controlFor(options, 'Employer name'), 'Acme Installaties');
          await options.click(await controlFor(options, 'Sales', '#role'));
          await clickButton(options, 'Save and finish');
          await expect
            .poll(async () => {
              const settings = (await stored(options, 'settings')) as Settings | undefined;
              return [settings?.employer.name, settings?.role, settings?.onboardingDone];
            })
            .toEqual(['Acme Installaties', 'sales', true]);
        }, 60_000);
      }

      it(`options at 1280 px fit and pass axe, in English and Dutch (${scheme})`, async () => {
        await seed(options);
        const problems: string[] = [];
        for (const language of LANGUAGES) {
          await storeSettings(options, settingsWith({ ownName: 'Sanne de Vries', language }));
          await options.waitForFunction((lang) => document.documentElement.lang === lang, {}, language);
          for (const hash of OPTIONS_PAGES) {
            await options.evaluate((h) => {
              location.hash = h;
            }, hash);
            await options.waitForFunction(
              (h) => document.querySelector(h === '#log' ? '[data-seq]' : 'main h1') !== null,
              {},
              hash,
            );
            const name = `firefox-options-${language}-${scheme}-${hash.slice(1).split('?')[0]}`;
            problems.push(...(await check(options, 14, name)));
          }
        }
        expect(problems).toEqual([]);
      }, 120_000);

      it(`popup at 400×600 fits and passes axe, in English and Dutch (${scheme})`, async () => {
        const problems: string[] = [];
        for (const language of LANGUAGES) {
          await storeSettings(options, settingsWith({ ownName: 'Sanne de Vries', language }));
          const popup = await openPage(browser, 'popup.html', 400, 600);
          await popup.waitForFunction((lang) => document.documentElement.lang === lang, {}, language);
          for (const view of POPUP_VIEWS) {
            await clickButton(popup, view[language]);
            await popup.waitForFunction(() => document.querySelector('main h2') !== null);
            problems.push(...(await check(popup, 13, `firefox-popup-${language}-${scheme}-${view.en}`)));
          }
          await popup.close();
        }
        expect(problems).toEqual([]);
      }, 120_000);

      if (scheme === 'light') {
        it('checks a request in the popup: every answer can change and the assessment follows', async () => {
          await storeSettings(options, settingsWith({ language: 'en' }));
          const popup = await openPage(browser, 'popup.html', 380, 800);
          await clickButton(popup, 'Check a request');
          await popup.select(await controlFor(popup, 'What is asked of you?'), 'feed-post');
          await popup.select(await controlFor(popup, 'Your role'), 'communications');
          await popup.click(await controlFor(popup, 'Yes, my employer requires it', '#wizard-initiator'));
          await popup.click(await controlFor(popup, 'Yes', '#wizard-job-defined'));
          await popup.click(await controlFor(popup, 'Yes', '#wizard-work-time'));
          const outcome = () =>
            popup.evaluate(() =>
              document.querySelector('.wizard-result [data-outcome]')?.getAttribute('data-outcome'),
            );
          await expect.poll(outcome).toBe('required-by-job');
          await popup.click(await controlFor(popup, 'No', '#wizard-job-defined'));
          await expect.poll(outcome).toBe('voluntary-only');
          await popup.click(
            await controlFor(popup, 'It affects my assessment, bonus or career', '#wizard-refusal'),
          );
          await expect.poll(outcome).toBe('not-allowed');
          await popup.close();
        }, 60_000);

        it("shows logged decisions in the popup's latest decisions, numbered as in the log", async () => {
          const popup = await openPage(browser, 'popup.html', 400, 600);
          await clickButton(popup, 'Latest decisions');
          await popup.waitForFunction(() => document.querySelector('.latest [data-seq]') !== null);
          const seqs = await popup.evaluate(() =>
            [...document.querySelectorAll('.latest [data-seq]')].map((li) =>
              Number(li.getAttribute('data-seq')),
            ),
          );
          expect(seqs).toEqual([12, 11, 10, 9, 8]);
          await popup.close();
        }, 60_000);
      }
    });
  }
});
