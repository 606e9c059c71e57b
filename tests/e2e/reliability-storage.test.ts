// Nothing decided is lost when storage.local is full (Chromium, the built extension). Storage is filled
// up to its quota; a group post is then decided in a LinkedIn tab. The post goes through, the decision
// and the group's classification stay in the tab, the page and the popup say they are not saved yet;
// once space is freed and the service worker has been stopped and started again, both are saved, the
// decision once, with the next sequence number (none given twice), and the chain intact.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type ExtensionBrowser, openExtensionPage } from './harness';
import {
  decideGroupPost,
  expectWholeLog,
  fillStorage,
  freeStorage,
  logEntries,
  openGroup,
  postedCount,
  startGroupPost,
  storedSettings,
  useReliabilityBrowser,
  workerControl,
} from './reliability-support';

const NOT_SAVED = /not in the log yet: the browser's storage for Exposure Guard is full/;

/** What the popup says about a LinkedIn tab: it reads the active tab, so that tab is brought forward. */
async function popupNotes(browser: ExtensionBrowser, tab: Page): Promise<string> {
  const popup = await openExtensionPage(browser, 'popup.html');
  await tab.bringToFront();
  await popup.reload();
  const notes = popup.locator('details', { hasText: /not in the log yet/ });
  await notes.waitFor({ state: 'attached' });
  const text = (await notes.textContent()) ?? '';
  await popup.close();
  return text;
}

describe('a full storage.local', () => {
  const session = useReliabilityBrowser();

  it('keeps a decision and a group classification in the tab, says so, and saves both once there is room', async () => {
    const { browser, storage } = session;
    // One decision logged while there is room: entry 1.
    const first = await openGroup(browser, '4242');
    await startGroupPost(first);
    await decideGroupPost(first, 'proceed');
    await expect.poll(() => logEntries(storage).then((e) => e.length)).toBe(1);

    const filled = await fillStorage(browser.serviceWorker);
    expect(filled.bytes).toBeGreaterThan(10_485_760 - 64);

    // A new group, asked about and classified, and a post into it while nothing fits.
    const tab = await openGroup(browser, '5151');
    await startGroupPost(tab);
    await decideGroupPost(tab, 'proceed');
    expect(await postedCount(tab)).toBe(1); // the user's action is never held up by our storage
    const notice = tab.locator('[data-exposure-guard="notice"] [role=status]');
    await expect.poll(() => notice.textContent(), { timeout: 10_000 }).toMatch(NOT_SAVED);
    expect(await popupNotes(browser, tab)).toMatch(/1 decision\(s\) made in this tab are not in the log yet/);
    expect(await logEntries(storage)).toHaveLength(1);
    expect((await storedSettings(storage)).groups['5151']).toBeUndefined();

    // Room again, and the worker stopped: what the tab kept is saved when the worker is back.
    await freeStorage(storage);
    const worker = await workerControl(storage);
    await worker.stop();
    await expect.poll(() => worker.stops(), { timeout: 5_000 }).toBeGreaterThan(0);
    await expect
      .poll(() => logEntries(storage).then((e) => e.length), { timeout: 40_000, interval: 500 })
      .toBe(2);
    await expect
      .poll(() => storedSettings(storage).then((s) => s.groups['5151']), {
        timeout: 40_000,
        interval: 500,
      })
      .toBe('work');

    // The next decision follows on: entries 1, 2, 3, each once, the chain whole.
    await startGroupPost(tab, 'Acme Installaties again');
    await decideGroupPost(tab, 'cancel');
    await expect.poll(() => logEntries(storage).then((e) => e.length), { timeout: 10_000 }).toBe(3);
    await first.waitForTimeout(1500);
    const entries = await expectWholeLog(storage, 3);
    expect(entries.map((entry) => [entry.route, entry.decision])).toEqual([
      ['/groups/4242/', 'proceed'],
      ['/groups/5151/', 'proceed'],
      ['/groups/5151/', 'cancel'],
    ]);
    expect(browser.externalRequests).toEqual([]);
  });
});
