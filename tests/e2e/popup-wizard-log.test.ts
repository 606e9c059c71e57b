// The popup of the built extension in headless Chromium: the "Check a request" wizard end to end, the
// rights explainer, and a decision logged through the background that then shows in the popup.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type ExtensionBrowser, launchWithExtension, openExtensionPage } from './harness';

type Chrome = { runtime: { sendMessage(message: unknown): Promise<unknown> } };

describe('popup in Chromium', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
    // The first install opens the onboarding in a tab; waiting for it keeps it from taking over a test's tab.
    await vi.waitFor(
      () => expect(browser.context.pages().some((p) => p.url().endsWith('/options.html'))).toBe(true),
      { timeout: 10_000 },
    );
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('checks a request: every answer can change and the assessment follows', async () => {
    const page = await openExtensionPage(browser, 'popup.html');
    await page.setViewportSize({ width: 380, height: 800 });
    await page.getByRole('button', { name: 'Check a request' }).click();
    await expect
      .poll(() => page.getByText('Answer what is asked, your role and who wants it').count())
      .toBe(1);

    await page.getByLabel('What is asked of you?').selectOption('feed-post');
    await page.getByLabel('Your role').selectOption('communications');
    await page.locator('#wizard-initiator').getByLabel('Yes, my employer requires it').check();
    await page.locator('#wizard-job-defined').getByLabel('Yes', { exact: true }).check();
    await page.locator('#wizard-work-time').getByLabel('Yes', { exact: true }).check();
    const outcome = () => page.locator('.wizard-result [data-outcome]').getAttribute('data-outcome');
    await expect.poll(outcome).toBe('required-by-job');

    await page.locator('#wizard-job-defined').getByLabel('No', { exact: true }).check();
    await expect.poll(outcome).toBe('voluntary-only');
    await page.locator('#wizard-refusal').getByLabel('It affects my assessment, bonus or career').check();
    await expect.poll(outcome).toBe('not-allowed');
    await page.getByLabel('What is asked of you?').selectOption('account-access');
    await expect.poll(outcome).toBe('not-allowed');

    await page.getByText('Draft a letter about this').click();
    const letter = await page.getByLabel('Your letter').inputValue();
    expect(letter).not.toMatch(/\b[RS]\d/);

    // The popup keeps to its width: nothing scrolls sideways.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(380);
    await page.close();
  });

  it('keeps the assessment on screen at 400×600 while the questions scroll, one per activity', async () => {
    const page = await openExtensionPage(browser, 'popup.html');
    await page.setViewportSize({ width: 400, height: 600 });
    await page.getByRole('button', { name: 'Check a request' }).click();
    await page.getByLabel('What is asked of you?').selectOption('profile-employer');
    await page.getByRole('button', { name: 'Add something else the request asks' }).click();
    await page.getByLabel('Also asked in the same request (2)').selectOption('group-post');
    await page.getByLabel('Your role').selectOption('back-office');
    await page.locator('#wizard-initiator').getByLabel('Yes, my employer requires it').check();
    // Each activity's one-line answer, inside the viewport and inside the answer panel's visible part.
    const onScreen = () =>
      page.evaluate(() => {
        const panel = document.querySelector('.wizard-summary')?.getBoundingClientRect();
        return [...document.querySelectorAll('.wizard-summary li[data-outcome]')].map((element) => {
          const line = element.getBoundingClientRect();
          const top = Math.max(0, panel?.top ?? 0);
          const bottom = Math.min(innerHeight, panel?.bottom ?? innerHeight);
          const fits = line.top >= top && line.bottom <= bottom && line.left >= 0 && line.right <= innerWidth;
          return { outcome: element.getAttribute('data-outcome'), fits };
        });
      });
    await expect.poll(async () => (await onScreen()).length).toBe(2);

    // Before any scrolling: the answer stands above the questions, within the first screen.
    await page.evaluate(() => window.scrollTo(0, 0));
    for (const result of await onScreen()) expect(result).toMatchObject({ fits: true });
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(600);

    // Scrolled to the last question and answering it: the answer is still in view and follows.
    const last = page.locator('#wizard-objected');
    await last.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(300);
    const lessIntrusive = page.locator('#wizard-less-intrusive');
    await lessIntrusive.scrollIntoViewIfNeeded();
    await lessIntrusive.getByLabel('I don’t know').check();
    for (const result of await onScreen()) expect(result).toMatchObject({ fits: true });
    await page.locator('#wizard-job-defined').getByLabel('Yes', { exact: true }).check();
    await page.locator('#wizard-work-time').getByLabel('Yes', { exact: true }).check();
    await expect
      .poll(async () => (await onScreen()).map((r) => r.outcome))
      .toEqual(['required-by-job', 'required-by-job']);
    for (const result of await onScreen()) expect(result).toMatchObject({ fits: true });
    await lessIntrusive.getByLabel('Yes', { exact: true }).check();
    await expect.poll(async () => (await onScreen()).map((r) => r.outcome)).not.toContain('required-by-job');
    for (const result of await onScreen()) expect(result).toMatchObject({ fits: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    await page.screenshot({ path: '/tmp/popup-wizard-400x600.png' });
    await page.close();
  });

  it('explains the rights with links to the sources', async () => {
    const page = await openExtensionPage(browser, 'popup.html');
    await page.getByRole('button', { name: 'Know your rights' }).click();
    await page.getByText(/Right to object/).click();
    const link = page.locator('[data-right="object"] a').first();
    expect(await link.getAttribute('href')).toMatch(/^https:\/\//);
    await page.close();
  });

  it('shows a decision logged through the background in the latest decisions', async () => {
    const page = await openExtensionPage(browser, 'popup.html');
    await page.getByRole('button', { name: 'Latest decisions' }).click();
    await expect.poll(() => page.getByText(/^No decisions yet\./).count()).toBe(1);
    const answer = await page.evaluate(
      (message) => (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage(message),
      {
        type: 'log-decision',
        record: {
          time: new Date().toISOString(),
          activity: 'group-post',
          surface: 'group-composer',
          employerLinked: true,
          outcome: 'voluntary-only',
          rules: ['R7'],
          decision: 'proceed',
          route: '/groups/123/',
        },
      },
    );
    expect(answer).toEqual({ ok: true, seq: 1 });
    await expect.poll(() => page.locator('.latest li').count()).toBe(1);
    expect(await page.locator('.latest li').textContent()).toContain('Group post for work');
    expect(await page.getByRole('link', { name: 'Open the full log' }).getAttribute('href')).toMatch(
      /options\.html#log$/,
    );
    await page.close();
  });
});
