// The options page of the built extension in headless Chromium: first-run onboarding by its visible
// labels, language switching, and export / import round trips of the settings and the decision log.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension, openExtensionPage, readLog } from './harness';

type Chrome = { runtime: { sendMessage(message: unknown): Promise<unknown> } };

function decision(activity: string, outcome: string, rules: string[]) {
  return {
    time: new Date().toISOString(),
    activity,
    surface: activity === 'comment' ? 'comment' : 'feed-composer',
    employerLinked: true,
    outcome,
    rules,
    decision: 'cancel',
    route: '/feed/',
  };
}

/** Sends a decision to the background as a content script does (runtime.sendMessage). */
async function logDecision(page: Page, record: ReturnType<typeof decision>) {
  return page.evaluate(
    (message) => (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage(message),
    { type: 'log-decision', record },
  );
}

async function stored(browser: ExtensionBrowser, key: string) {
  return browser.serviceWorker.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key);
}

async function downloadText(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

describe('options page in Chromium', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens the options page on install', async () => {
    await expect
      .poll(() => browser.context.pages().some((p) => p.url().endsWith('/options.html')), { timeout: 10_000 })
      .toBe(true);
  });

  it('runs the onboarding by labels, refuses invalid input, and stores the settings', async () => {
    const page = await openExtensionPage(browser, 'options.html');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Welcome to Exposure Guard');

    await page.getByLabel('Employer name').fill('Acme B.V.');
    await page.getByLabel('Other names of your employer').fill('Acme');
    await page.getByLabel('LinkedIn company page of your employer').fill('https://example.com/acme');
    await page.getByLabel('Your name as it appears online').fill('Ann de Vries');
    await page
      .getByRole('radiogroup', { name: 'Your role' })
      .or(page.locator('fieldset#role'))
      .getByLabel('Sales')
      .check();
    await page.getByRole('button', { name: 'Save and finish' }).click();

    const url = page.getByLabel('LinkedIn company page of your employer');
    await expect.poll(() => url.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await url.getAttribute('aria-describedby')) ?? '';
    expect(describedBy).toContain('-error');
    expect(await stored(browser, 'settings')).toBeUndefined();

    await url.fill('https://www.linkedin.com/company/acme');
    await page.getByRole('button', { name: 'Save and finish' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Your settings');
    const settings = (await stored(browser, 'settings')) as Record<string, unknown>;
    expect(settings).toMatchObject({
      onboardingDone: true,
      role: 'sales',
      ownName: 'Ann de Vries',
      employer: {
        name: 'Acme B.V.',
        aliases: ['Acme'],
        companyPageUrl: 'https://www.linkedin.com/company/acme/',
      },
    });

    // Keyboard: focus is visible on the first control reached by Tab.
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    );
    expect(outline).toBe('solid');

    await page.getByLabel('Language').selectOption('nl');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Je instellingen');
    expect(await page.getByLabel('Naam werkgever').inputValue()).toBe('Acme B.V.');
    await page.getByLabel('Taal').selectOption('en');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Your settings');
    await page.close();
  });

  it('exports and imports the settings file', async () => {
    const page = await openExtensionPage(browser, 'options.html');
    const file = await downloadText(page, () =>
      page.getByRole('button', { name: 'Export settings' }).click(),
    );
    expect(file.name).toMatch(/^exposure-guard-settings-.*\.json$/);
    expect(JSON.parse(file.text)).toMatchObject({
      format: 'exposure-guard-settings',
      settings: { role: 'sales' },
    });

    await page.getByLabel('Employer name').fill('Other Corp');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect
      .poll(async () => ((await stored(browser, 'settings')) as { employer: { name: string } }).employer.name)
      .toBe('Other Corp');

    await page
      .getByLabel('Import settings')
      .setInputFiles({ name: 'settings.json', mimeType: 'application/json', buffer: Buffer.from(file.text) });
    await expect.poll(() => page.getByText('Settings imported.').count()).toBe(1);
    expect(await page.getByLabel('Employer name').inputValue()).toBe('Acme B.V.');
    await page.close();
  });

  it('logs decisions through the background and round-trips the log through JSON export and import', async () => {
    const page = await openExtensionPage(browser, 'options.html');
    expect(await logDecision(page, decision('feed-post', 'voluntary-only', ['R14']))).toEqual({
      ok: true,
      seq: 1,
    });
    expect(await logDecision(page, decision('comment', 'not-allowed', ['R3']))).toEqual({ ok: true, seq: 2 });
    expect(
      await logDecision(page, { ...decision('comment', 'not-allowed', []), route: '/feed/?text=secret' }),
    ).toMatchObject({ ok: false });

    await page.goto(`${page.url().replace(/#.*$/, '')}#log`);
    await expect.poll(() => page.locator('[data-integrity="intact"]').textContent()).toContain('2 entries');
    await page.getByLabel('Note on entry 2').fill('Asked HR for the policy');
    await page.locator('li[data-seq="2"]').getByRole('button', { name: 'Save note' }).click();
    await expect.poll(async () => (await readLog(browser)).notes['2']).toBe('Asked HR for the policy');

    const json = await downloadText(page, () => page.getByRole('button', { name: /Export JSON/ }).click());
    const csv = await downloadText(page, () => page.getByRole('button', { name: /Export CSV/ }).click());
    expect(csv.text.split('\r\n')[0]).toContain('hash');

    // A tampered file is refused and the log stays.
    const tampered = json.text.replace('"not-allowed"', '"required-by-job"');
    await page
      .getByLabel('Import JSON')
      .setInputFiles({ name: 'log.json', mimeType: 'application/json', buffer: Buffer.from(tampered) });
    await page.getByRole('button', { name: 'Yes, continue' }).click();
    await expect.poll(() => page.getByText(/Import refused/).count()).toBe(1);
    expect((await readLog(browser)).entries).toHaveLength(2);

    await page.getByRole('button', { name: 'Clear the log' }).click();
    await page.getByRole('button', { name: 'Delete all entries' }).click();
    await expect.poll(() => page.getByText('No decisions logged yet.').count()).toBe(1);

    await page
      .getByLabel('Import JSON')
      .setInputFiles({ name: 'log.json', mimeType: 'application/json', buffer: Buffer.from(json.text) });
    await expect.poll(() => page.locator('.log-entries [data-seq]').count()).toBe(2);
    await expect.poll(() => page.locator('[data-integrity="intact"]').count()).toBe(1);
    expect(await page.getByLabel('Note on entry 2').inputValue()).toBe('Asked HR for the policy');
    await page.close();
  });
});
