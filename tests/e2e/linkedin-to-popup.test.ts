// One decision, all the way: a warning on a LinkedIn fixture, answered and proceeded, lands in the
// hash-chained log (no post text) and shows in the popup's latest decisions and the options log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension, openExtensionPage, readLog } from './harness';
import {
  composerParts,
  openComposer,
  serveFixtures,
  settingsWith,
  settle,
  storeSettings,
  typeInto,
  warningButton,
  warningDialog,
} from './linkedin-support';
import { inWarning } from './warning-access';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
  const fixtures = serveFixtures(browser);
  await fixtures.ready;
  fixtures.use({ ui: 'sdui', lang: 'en' });
  await storeSettings(browser, settingsWith());
});
afterAll(async () => {
  await browser?.close();
});

describe('a decision on LinkedIn reaches the popup and the log', () => {
  it('logs the proceeded feed post with its outcome and shows it in the popup', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://www.linkedin.com/feed/');
    await openComposer(page, 'sdui');
    const { editor, commit } = composerParts(page, 'feed-composer');
    const text = 'Secret draft about Acme Installaties';
    await typeInto(page, editor, text);
    await commit.click();
    await warningDialog(page).waitFor();
    await inWarning(page, 'input[value="employer-asks"]').check();
    // The assessment comes from the background; wait until the warning shows it.
    await inWarning(page, 'details').first().waitFor();
    await warningButton(page, 'proceed').click();
    await settle(page);
    await page.close();

    const log = await readLog(browser);
    expect(log.entries).toHaveLength(1);
    expect(log.entries[0]).toMatchObject({
      activity: 'feed-post',
      outcome: 'voluntary-only',
      decision: 'proceed',
      route: '/feed/',
    });
    expect(log.entries[0]?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(log)).not.toContain('Secret draft');

    const popup = await openExtensionPage(browser, 'popup.html');
    await popup.getByRole('button', { name: 'Latest decisions' }).click();
    const item = popup.locator('li[data-seq="1"]');
    await item.waitFor();
    expect(await item.textContent()).toContain('Post about the employer');
    await popup.close();

    const options = await openExtensionPage(browser, 'options.html');
    await options.goto(`chrome-extension://${browser.extensionId}/options.html#log`);
    await options.getByText(/Unchanged: all/).waitFor();
    await options.close();
  });
});
