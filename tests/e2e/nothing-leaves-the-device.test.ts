// Nothing leaves the device: a full browsing run with the built extension — onboarding, a warning on
// every LinkedIn surface, the log exported as JSON and CSV, a letter drafted and copied — while every
// request of every context (pages, extension pages, the service worker, content scripts) is recorded.
// The only traffic allowed is the extension's own files and the LinkedIn fixture documents we serve.
import { describe, expect, it } from 'vitest';
import { openExtensionPage } from './harness';
import {
  composerParts,
  openComposer,
  settingsWith,
  settle,
  storeSettings,
  typeInto,
  useLinkedInBrowser,
  warningButton,
  warningDialog,
} from './linkedin-support';
import { inWarning } from './warning-access';

const session = useLinkedInBrowser();

describe('nothing leaves the device', () => {
  it('the recorder sees requests from the service worker and from pages (self-check)', async () => {
    const before = session.browser.externalRequests.length;
    await session.browser.serviceWorker.evaluate(() =>
      fetch('https://canary.invalid/sw').catch(() => undefined),
    );
    const page = await openExtensionPage(session.browser, 'popup.html');
    await page.evaluate(() => fetch('https://canary.invalid/page').catch(() => undefined));
    await page.close();
    expect(session.browser.externalRequests.slice(before)).toEqual([
      'https://canary.invalid/sw',
      'https://canary.invalid/page',
    ]);
    session.browser.externalRequests.length = 0;
  });

  it('makes no request of its own during onboarding, warnings on every surface, log export and a letter', async () => {
    // Onboarding on the options page.
    const options = await openExtensionPage(session.browser, 'options.html');
    await options.getByLabel('Employer name').fill('Acme Installaties');
    await options.getByLabel('Other names of your employer').fill('Acme');
    await options.getByRole('button', { name: 'Save and finish' }).click();
    await storeSettings(session.browser, settingsWith());

    // A warning on every surface, both UI generations; proceed on some, cancel on others.
    for (const ui of ['classic', 'sdui'] as const) {
      session.fixtures.use({ ui, lang: 'en' });
      for (const [path, surface] of [
        ['/feed/', 'feed-composer'],
        ['/groups/4242/', 'group-composer'],
        ['/company/12345/admin/page-posts/published/', 'company-page-composer'],
      ] as const) {
        const page = await session.browser.context.newPage();
        await page.goto(`https://www.linkedin.com${path}`);
        await openComposer(page, ui);
        const { editor, commit } = composerParts(page, surface);
        await typeInto(page, editor, 'News from Acme Installaties');
        await commit.click();
        await warningDialog(page).waitFor();
        // Answer what the warning asks, then open the detail (reasons, sources, rights).
        for (const value of ['employer-asks', 'work']) {
          const option = inWarning(page, `input[value="${value}"]`);
          if (await option.count()) await option.check();
        }
        await inWarning(page, 'details').first().click();
        await warningButton(page, surface === 'feed-composer' ? 'cancel' : 'proceed').click();
        await settle(page, 800);
        await page.close();
      }
      const page = await session.browser.context.newPage();
      await page.goto('https://www.linkedin.com/groups/4242/');
      await page.locator('[data-fixture-open-comment]').first().click();
      const { editor, commit } = composerParts(page, 'comment');
      // The group is remembered as a work group by now: only what names the employer is warned about.
      await typeInto(page, editor, 'Good point from Acme Installaties');
      await commit.click();
      await warningDialog(page).waitFor();
      await warningButton(page, 'proceed').click();
      await settle(page, 800);
      await page.close();
    }

    // The popup, the log exported both ways, and a letter drafted and copied.
    const popup = await openExtensionPage(session.browser, 'popup.html');
    for (const view of ['Know your rights', 'Check a request', 'Latest decisions']) {
      await popup.getByRole('button', { name: view }).click();
    }
    await popup.close();
    await options.goto(`chrome-extension://${session.browser.extensionId}/options.html#log`);
    for (const name of [/Export JSON/, /Export CSV/]) {
      const [download] = await Promise.all([
        options.waitForEvent('download'),
        options.getByRole('button', { name }).click(),
      ]);
      expect(await download.path()).toBeTruthy();
    }
    await options.getByRole('button', { name: 'Draft a letter' }).first().click();
    // A letter is held until it can be sent as it is: give what the settings lack.
    for (const [label, value] of [
      ['Your full name', 'Jan de Vries'],
      ['Your postal address or e-mail address', 'jan@example.org'],
      ['Your employer’s name', 'Acme Installaties B.V.'],
    ] as const) {
      const field = options.getByLabel(label, { exact: true });
      if (await field.count()) await field.fill(value);
    }
    await options.getByRole('button', { name: 'Copy to clipboard' }).click();
    await settle(options, 300);

    expect(session.browser.externalRequests).toEqual([]);
  });
});
