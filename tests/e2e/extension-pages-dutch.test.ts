// The popup and the options page in Dutch, under axe-core (WCAG 2.2 A/AA): no serious or critical
// violation, and the Dutch texts are really shown. (The English pass is in popup-accessibility.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, seriousOrCritical } from './axe';
import { type ExtensionBrowser, launchWithExtension, openExtensionPage } from './harness';
import { settingsWith, storeSettings } from './linkedin-support';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension({ locale: 'nl-NL' });
  await storeSettings(browser, settingsWith({ language: 'nl' }));
});
afterAll(async () => {
  await browser?.close();
});

describe('extension pages in Dutch', () => {
  it('popup: every view in Dutch, without serious or critical violations', async () => {
    const page = await openExtensionPage(browser, 'popup.html');
    await page.setViewportSize({ width: 380, height: 700 });
    for (const view of ['Deze pagina', 'Ken je rechten', 'Verzoek controleren', 'Laatste beslissingen']) {
      await page.getByRole('button', { name: view }).click();
      await page.waitForTimeout(150);
      expect(await page.locator('html').getAttribute('lang'), view).toBe('nl');
      expect(seriousOrCritical(await axeViolations(page)), view).toEqual([]);
    }
    await page.close();
  });

  it('options: settings, log and letters in Dutch, without serious or critical violations', async () => {
    const page = await openExtensionPage(browser, 'options.html');
    await page.getByLabel('Naam werkgever').waitFor();
    for (const hash of ['#settings', '#log', '#letters']) {
      await page.evaluate((h) => {
        location.hash = h;
      }, hash);
      await page.waitForTimeout(200);
      expect(seriousOrCritical(await axeViolations(page)), hash).toEqual([]);
    }
    await page.close();
  });
});
