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

/** Every run of three words (letters only, lower case): what "a piece of the text" means here. */
function wordTriples(text: string): string[] {
  const words = text.toLowerCase().match(/\p{L}{3,}/gu) ?? [];
  return words.slice(2).map((_, i) => `${words[i]} ${words[i + 1]} ${words[i + 2]}`);
}

/**
 * Saves the checked report, follows the confirmation to the log and returns the entry's card. On the
 * way, everything the extension stored (but the user's settings) is read from the service worker: it
 * must hold the report and no piece of the policy's text.
 */
async function saveReportAndOpenLog(
  browser: ExtensionBrowser,
  page: Page,
  words: { save: string; saved: RegExp; open: string; title: string },
  text: string,
) {
  await page.getByRole('button', { name: words.save }).click();
  await expect.poll(() => page.locator('.policy-save [role=status]').textContent()).toMatch(words.saved);
  const stored = await browser.serviceWorker.evaluate(async () => {
    const { settings: _, ...rest } = await chrome.storage.local.get(null);
    return JSON.stringify(rest);
  });
  expect(stored).toContain('"surface":"policy-check"');
  const textTriples = new Set(wordTriples(text));
  expect(wordTriples(stored.replace(/[-_]/g, ' ')).filter((triple) => textTriples.has(triple))).toEqual([]);
  await page.getByRole('link', { name: words.open }).click();
  const card = page.locator('.log-entry', { hasText: words.title });
  await card.waitFor();
  expect(new URL(page.url()).hash).toBe('#log');
  return card;
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

  it('saves the report to the log: the entry shows the activities and outcomes, storage holds no text', async () => {
    const page = await openExtensionPage(browser, 'options.html');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.evaluate(() => {
      location.hash = '#policy';
    });
    await checkPasted(page, 'Policy text', 'Check this text', en01.text);
    const summary = await page.locator('.policy-summary').textContent();
    await page.locator('.policy-save').scrollIntoViewIfNeeded();
    const card = await saveReportAndOpenLog(
      browser,
      page,
      {
        save: 'Save the report to the decision log',
        saved: /^Saved to the decision log as entry \d+\. Open the decision log$/,
        open: 'Open the decision log',
        title: 'Policy checked: report saved',
      },
      en01.text,
    );
    expect(await card.locator('[data-policy-summary]').textContent()).toBe(summary);
    expect(await card.textContent()).toMatch(/\d+ clauses read \(English\), for the role “Sales”/);
    expect(await card.locator('.policy-shown li').count()).toBeGreaterThanOrEqual(3);
    expect(await card.locator('.policy-shown li').first().getAttribute('data-verdict')).toBe(
      'may-not-require',
    );
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: '/tmp/policy-log-entry-en.png' });
    await page.screenshot({ path: '/tmp/policy-log-en.png' });
    expect(browser.externalRequests).toEqual([]);
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

  it('saves the Dutch report to the log, in Dutch, with no text stored', async () => {
    const page = await openExtensionPage(browser, 'options.html');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.evaluate(() => {
      location.hash = '#policy';
    });
    await checkPasted(page, 'Tekst van het beleid', 'Controleer deze tekst', nl01.text);
    const card = await saveReportAndOpenLog(
      browser,
      page,
      {
        save: 'Rapport opslaan in het beslissingenlogboek',
        saved: /^Opgeslagen in het beslissingenlogboek als vermelding \d+\. Open het beslissingenlogboek$/,
        open: 'Open het beslissingenlogboek',
        title: 'Beleid gecontroleerd: rapport opgeslagen',
      },
      nl01.text,
    );
    expect(await card.textContent()).toMatch(/\d+ bepalingen gelezen \(Nederlands\), voor de functie “/);
    expect(await card.locator('[data-policy-summary]').textContent()).toMatch(
      /^\d+ eisen? die je werkgever niet mag stellen, \d+ omstreden, \d+ in orde$/,
    );
    expect(seriousOrCritical(await axeViolations(page))).toEqual([]);
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: '/tmp/policy-log-entry-nl.png' });
    await page.close();
  });
});
