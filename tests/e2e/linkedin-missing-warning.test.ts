// The popup's "A warning was missing here?" in Chromium: on a LinkedIn group page full of names and post
// text, the popup names the group, shows the page-structure report exactly as it will be saved, and the
// report holds none of the page's names or text. (The popup is opened as a tab here, so tabs.query is
// pointed at the LinkedIn tab, as it is when the toolbar popup opens over it.)
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIXTURE_GROUP } from '../fixtures/linkedin';
import { settingsWith, storeSettings, useLinkedInBrowser } from './linkedin-support';

const session = useLinkedInBrowser();

async function popupOver(linkedIn: Page): Promise<Page> {
  const popup = await session.browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 800 });
  const url = linkedIn.url();
  await popup.addInitScript((target) => {
    const tabs = (globalThis as unknown as { chrome: { tabs: { query: (q: object) => Promise<unknown[]> } } })
      .chrome.tabs;
    const query = tabs.query.bind(tabs);
    tabs.query = async () => (await query({})).filter((tab) => (tab as { url?: string }).url === target);
  }, url);
  await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html`);
  return popup;
}

describe.each(['en', 'nl'] as const)('A warning was missing here? (%s)', (lang) => {
  it('shows the report before saving; it names no one and quotes nothing', async () => {
    await storeSettings(session.browser, settingsWith({ language: lang }));
    session.fixtures.use({
      ui: 'sdui',
      lang,
      comment: { open: true, content: { text: 'Secret plans at Acme' } },
    });
    const linkedIn = await session.browser.context.newPage();
    await linkedIn.goto('https://www.linkedin.com/groups/4242/');
    const popup = await popupOver(linkedIn);
    await expect.poll(() => popup.locator('[data-page-group]').count()).toBe(1);
    expect(await popup.locator('[data-page-group]').textContent()).toContain(FIXTURE_GROUP.name);
    await popup.locator('[data-action="missing-warning"]').click();
    const preview = popup.locator('[data-report-preview]');
    await preview.waitFor();
    const shown = (await preview.textContent()) ?? '';
    const report = JSON.parse(shown) as { route: string; interactive: number };
    expect(report.route).toBe('/groups/<id>/');
    expect(report.interactive).toBeGreaterThan(10);
    for (const secret of [
      'Sam Sample',
      'Alex Example',
      'Jane Doe',
      FIXTURE_GROUP.name,
      'Secret plans',
      'Lorem',
    ]) {
      expect(shown).not.toContain(secret);
    }
    await popup.screenshot({ path: `/tmp/missing-warning-${lang}.png`, fullPage: true });
    await popup.close();
    await linkedIn.close();
  });
});
