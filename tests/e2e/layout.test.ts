// The design system in a real browser: the popup at 400×600 and the options page at 1024, 1280 and
// 1920 px, in English and Dutch, light and dark. Nothing may stick out of its container or be clipped,
// no text may be smaller than the tokens allow (13 px in the popup, 14 px on the options page), and
// axe (WCAG 2.2 A/AA) may report no violation of any impact.
// LAYOUT_SCREENSHOTS=/some/dir saves a screenshot of each state there, for people to look at.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { type ExtensionBrowser, launchWithExtension } from './harness';
import { settingsWith, storeSettings } from './linkedin-support';
import { findLayoutProblems, OPTIONS_PAGES, POPUP_VIEWS } from './page-checks';
import { logDemoDecisions } from './seed-log';

const SHOTS = process.env.LAYOUT_SCREENSHOTS;
const LANGUAGES = ['en', 'nl'] as const;
const SCHEMES = ['light', 'dark'] as const;
async function check(page: Page, minFontPx: number, name: string): Promise<string[]> {
  await page.waitForTimeout(150);
  if (SHOTS) {
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  }
  const layout = await page.evaluate(findLayoutProblems, minFontPx);
  const axe = await axeViolations(page);
  return [
    ...layout.map((p) => `${name}: ${p.kind} ${p.element}: ${p.detail}`),
    ...axe.map((v) => `${name}: axe ${v.id} (${v.impact}) ${v.targets}`),
  ];
}

describe('layout and accessibility of the extension pages', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
    await storeSettings(browser, settingsWith({ ownName: 'Sanne de Vries' }));
    await logDemoDecisions(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the check itself finds what sticks out, what is clipped and text that is too small', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 400, height: 600 });
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await page.locator('main').waitFor();
    await page.evaluate(() => {
      const main = document.querySelector('main') as HTMLElement;
      const wide = Object.assign(document.createElement('p'), { textContent: 'wide' });
      wide.style.width = '900px';
      const clip = Object.assign(document.createElement('div'), { className: 'clip' });
      clip.style.cssText = 'overflow:hidden;width:50px;white-space:nowrap';
      clip.textContent = 'a text much longer than fifty pixels';
      const tiny = Object.assign(document.createElement('span'), { textContent: 'tiny' });
      tiny.style.fontSize = '11px';
      main.append(wide, clip, tiny);
    });
    const kinds = (await page.evaluate(findLayoutProblems, 13)).map((p) => p.kind);
    expect(kinds).toEqual(expect.arrayContaining(['overflow', 'clipped', 'small-text', 'page-scrolls']));
    await page.close();
  });

  for (const language of LANGUAGES) {
    it(`popup at 400×600 fits, in ${language}, light and dark`, async () => {
      await storeSettings(browser, settingsWith({ ownName: 'Sanne de Vries', language }));
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 400, height: 600 });
      await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
      const problems: string[] = [];
      for (const scheme of SCHEMES) {
        await page.emulateMedia({ colorScheme: scheme });
        for (const view of POPUP_VIEWS) {
          await page.getByRole('button', { name: view[language], exact: true }).click();
          await page.locator('main h2').first().waitFor({ state: 'attached' });
          problems.push(...(await check(page, 13, `popup-${language}-${scheme}-${view.en}`)));
        }
      }
      await page.close();
      expect(problems).toEqual([]);
    });

    for (const width of [1024, 1280, 1920]) {
      it(`options at ${width} px fit, in ${language}, light and dark`, async () => {
        await storeSettings(browser, settingsWith({ ownName: 'Sanne de Vries', language }));
        const page = await browser.context.newPage();
        await page.setViewportSize({ width, height: 800 });
        const problems: string[] = [];
        for (const scheme of SCHEMES) {
          await page.emulateMedia({ colorScheme: scheme });
          for (const hash of OPTIONS_PAGES) {
            await page.goto(`chrome-extension://${browser.extensionId}/options.html${hash}`);
            await page.locator('main h1').first().waitFor();
            if (hash === '#log') await page.locator('[data-seq]').first().waitFor();
            const name = `options-${language}-${width}-${scheme}-${hash.slice(1).split('?')[0]}`;
            problems.push(...(await check(page, 14, name)));
          }
        }
        await page.close();
        expect(problems).toEqual([]);
      });
    }
  }
});
