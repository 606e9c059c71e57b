// Parallel tabs lose nothing (Chromium, the built extension): six LinkedIn tabs that classify six groups
// at the same moment all keep their classification and log their decision once, in one unbroken chain;
// and an employer name saved on the options page while a LinkedIn tab saves a classification from its
// older copy of the settings stays as the user saved it.
import { describe, expect, it } from 'vitest';
import { openExtensionPage } from './harness';
import {
  expectWholeLog,
  logEntries,
  openGroup,
  startGroupPost,
  storedSettings,
  useReliabilityBrowser,
} from './reliability-support';
import { answerWarning, clickWarningAction, warningDialog } from './warning-access';

describe('parallel tabs', () => {
  const session = useReliabilityBrowser();

  it('six tabs classifying six groups at once keep all six, and log six decisions once each', async () => {
    const { browser, storage } = session;
    const ids = ['6001', '6002', '6003', '6004', '6005', '6006'];
    const tabs = await Promise.all(ids.map((id) => openGroup(browser, id)));
    for (const tab of tabs) {
      await tab.bringToFront();
      await startGroupPost(tab);
      await answerWarning(tab, { groupKind: 'work' });
    }
    // The six decisions at the same moment: each remembers its group and logs its post.
    await Promise.all(tabs.map((tab) => clickWarningAction(tab, 'proceed')));
    for (const tab of tabs) await expect.poll(() => warningDialog(tab).count()).toBe(0);
    await expect.poll(() => logEntries(storage).then((e) => e.length), { timeout: 15_000 }).toBe(6);
    await expect
      .poll(() => storedSettings(storage).then((s) => ids.filter((id) => s.groups[id] === 'work').length))
      .toBe(6);
    const entries = await expectWholeLog(storage, 6);
    expect(new Set(entries.map((entry) => entry.route))).toEqual(new Set(ids.map((id) => `/groups/${id}/`)));
    await Promise.all(tabs.map((tab) => tab.close()));
  });

  it('an employer name saved in options is not reverted by a LinkedIn tab saving a classification', async () => {
    const { browser, storage } = session;
    const options = await openExtensionPage(browser, 'options.html');
    const name = options.getByLabel('Employer name');
    await name.waitFor();
    for (const round of [1, 2, 3, 4]) {
      const tab = await openGroup(browser, `700${round}`);
      await startGroupPost(tab);
      await answerWarning(tab, { groupKind: 'work' });
      // The tab read its settings before the change; both save at the same moment.
      await name.fill(`Acme Installaties ${round}`);
      await Promise.all([
        options.getByRole('button', { name: 'Save', exact: true }).click(),
        clickWarningAction(tab, 'proceed'),
      ]);
      await expect.poll(() => storedSettings(storage).then((s) => s.groups[`700${round}`])).toBe('work');
      await tab.waitForTimeout(300);
      const stored = await storedSettings(storage);
      expect(stored.employer.name).toBe(`Acme Installaties ${round}`);
      // And a later save from that tab (which then has the new name) keeps it too.
      await tab.close();
    }
    const stored = await storedSettings(storage);
    expect(['7001', '7002', '7003', '7004'].map((id) => stored.groups[id])).toEqual([
      'work',
      'work',
      'work',
      'work',
    ]);
    await options.close();
  });
});
