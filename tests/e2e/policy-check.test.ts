// The "Check a policy" tab in the built extension (Chromium): a pasted policy is checked, its clauses
// are marked, axe finds no serious or critical WCAG 2.2 AA violation, in English and in Dutch; and the
// context-menu item. Playwright cannot open a native context menu, so the test checks the item the
// background registered (id, title, contexts) and calls its click handler through the service worker's
// test hook with a selection, as the browser would; the options page must then open on the policy tab
// with that text checked.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en01 from '../policy/corpus/en-01-linkedin-guidelines';
import nl01 from '../policy/corpus/nl-01-socialmediabeleid';
import { axeViolations, seriousOrCritical } from './axe';
import { CHROME_BUILD, type ExtensionBrowser, launchWithExtension, openExtensionPage } from './harness';
import { settingsWith, storeSettings } from './linkedin-support';

async function checkPasted(page: Page, label: string, button: string, text: string) {
  await page.getByLabel(label).fill(text);
  await page.getByRole('button', { name: button }).click();
  await page.locator('mark.policy-clause').first().waitFor();
}

describe('Check a policy (English)', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
    await storeSettings(browser, settingsWith({ role: 'sales' }));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('asks for contextMenus and no new host access', () => {
    const manifest = JSON.parse(readFileSync(join(CHROME_BUILD, 'manifest.json'), 'utf8'));
    expect(manifest.permissions).toContain('contextMenus');
    expect(manifest.host_permissions).toEqual(['https://www.linkedin.com/*']);
  });

  it('marks the clauses of a pasted policy, with a summary, without serious or critical axe violations', async () => {
    const page = await openExtensionPage(browser, 'options.html');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.evaluate(() => {
      location.hash = '#policy';
    });
    await checkPasted(page, 'Policy text', 'Check this text', en01.text);
    expect(await page.locator('.policy-summary').textContent()).toMatch(
      /^\d+ demands? your employer may not require, \d+ contested, \d+ fine$/,
    );
    const verdicts = await page
      .locator('mark.policy-clause')
      .evaluateAll((marks) => marks.map((mark) => (mark as HTMLElement).dataset.verdict));
    expect(verdicts.length).toBeGreaterThanOrEqual(8);
    expect(verdicts).toContain('may-not-require');
    expect(await page.locator('.policy-card').count()).toBeGreaterThanOrEqual(verdicts.length);
    expect(seriousOrCritical(await axeViolations(page))).toEqual([]);
    await page.screenshot({ path: '/tmp/policy-check-en.png' });
    await page.evaluate(() => document.querySelector('.policy-summary')?.scrollIntoView());
    await page.screenshot({ path: '/tmp/policy-check-en-result.png' });
    await page.evaluate(() => document.querySelector('.policy-card')?.scrollIntoView());
    await page.screenshot({ path: '/tmp/policy-check-en-clause.png' });
    await page.close();
  });

  it('registers the context-menu item for selections and opens the policy tab with the selected text', async () => {
    const properties = await browser.serviceWorker.evaluate(
      () =>
        (globalThis as unknown as { __exposureGuardPolicyMenu: { properties: unknown } })
          .__exposureGuardPolicyMenu.properties,
    );
    expect(properties).toEqual({
      id: 'exposure-guard-check-policy',
      title: 'Check this text with Exposure Guard',
      contexts: ['selection'],
    });
    const selection = 'Everyone must add the company banner to their LinkedIn profile.';
    const opened = browser.context.waitForEvent('page');
    await browser.serviceWorker.evaluate(async (selectionText) => {
      const hook = (
        globalThis as unknown as {
          __exposureGuardPolicyMenu: { onClicked(info: unknown): Promise<void> };
        }
      ).__exposureGuardPolicyMenu;
      await hook.onClicked({ menuItemId: 'exposure-guard-check-policy', selectionText });
    }, selection);
    const page = await opened;
    await page.locator('mark.policy-clause').first().waitFor();
    expect(new URL(page.url()).hash).toBe('#policy');
    expect(page.url()).not.toContain('banner');
    expect(await page.getByLabel('Policy text').inputValue()).toBe(selection);
    expect(await page.locator('.policy-card h4').first().textContent()).toMatch(/^Clause 1: /);
    // Taken once: nothing is left in the session storage.
    const left = await browser.serviceWorker.evaluate(async () =>
      (chrome.storage as unknown as { session: { get(keys: null): Promise<object> } }).session.get(null),
    );
    expect(left).toEqual({});
    // Nothing of the check left the device.
    expect(browser.externalRequests).toEqual([]);
    await page.close();
  });
});

describe('Check a policy (Dutch)', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension({ locale: 'nl-NL' });
    await storeSettings(browser, settingsWith({ language: 'nl', role: 'field-service' }));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('marks the clauses of a Dutch policy, in Dutch, without serious or critical axe violations', async () => {
    const page = await openExtensionPage(browser, 'options.html');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.evaluate(() => {
      location.hash = '#policy';
    });
    await page.getByRole('link', { name: 'Beleid controleren' }).waitFor();
    await checkPasted(page, 'Tekst van het beleid', 'Controleer deze tekst', nl01.text);
    expect(await page.locator('.policy-summary').textContent()).toMatch(
      /^\d+ eisen? die je werkgever niet mag stellen, \d+ omstreden, \d+ in orde$/,
    );
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    expect(seriousOrCritical(await axeViolations(page))).toEqual([]);
    await page.screenshot({ path: '/tmp/policy-check-nl.png' });
    await page.evaluate(() => document.querySelector('.policy-summary')?.scrollIntoView());
    await page.screenshot({ path: '/tmp/policy-check-nl-result.png' });
    const title = await browser.serviceWorker.evaluate(
      () =>
        (globalThis as unknown as { __exposureGuardPolicyMenu: { properties: { title: string } } })
          .__exposureGuardPolicyMenu.properties.title,
    );
    expect(title).toBe('Controleer deze tekst met Exposure Guard');
    await page.close();
  });
});
