// Settings written from several contexts at once: the background writes every update on top of the
// settings as stored at that moment, so no update is lost and no stale copy writes back old values.
import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dispatchMessage } from '@/components/messaging';
import { createSettingsStore as createPageStore, whenLoaded } from '@/components/state/page-settings-store';
import { createSettingsStore, SETTINGS_KEY } from '@/components/state/settings-store';
import { defaultSettings, type Settings } from '@/core/settings';
import { settingsHandlers } from '@/entrypoints/background/settings-writer';

const LINKEDIN = { url: 'https://www.linkedin.com/feed/' };
const storedSettings = async () => (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as Settings;

describe('settings: one writer for every context', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    const handlers = settingsHandlers(browser.storage.local, browser.runtime.getURL('/'));
    browser.runtime.onMessage.addListener((message: unknown) => dispatchMessage(handlers, message, LINKEDIN));
    await browser.storage.local.set({
      [SETTINGS_KEY]: {
        ...defaultSettings(),
        onboardingDone: true,
        employer: { ...defaultSettings().employer, name: 'Acme' },
      },
    });
  });

  it('six tabs classifying six groups at once lose none', async () => {
    const tabs = Array.from({ length: 6 }, () => createPageStore());
    await Promise.all(tabs.map((tab) => whenLoaded(tab)));
    const results = await Promise.all(
      tabs.map((tab, i) => tab.getState().update({ groups: { [`10${i}`]: 'work' } }, ['groups'])),
    );
    expect(results.every((result) => result.ok)).toBe(true);
    expect(Object.keys((await storedSettings()).groups).sort()).toEqual([
      '100',
      '101',
      '102',
      '103',
      '104',
      '105',
    ]);
  });

  it("an employer change on the options page is not reverted by a LinkedIn tab's stale copy", async () => {
    const tab = createPageStore();
    await whenLoaded(tab);
    // The tab does not hear of the change (its copy is stale), as when storage.onChanged comes late.
    const options = createSettingsStore();
    await whenLoaded(options);
    expect(
      await options.getState().update({ employer: { ...defaultSettings().employer, name: 'Beta Bouw' } }),
    ).toEqual({
      ok: true,
    });
    tab.setState({
      settings: { ...tab.getState().settings, employer: { ...defaultSettings().employer, name: 'Acme' } },
    });
    expect(await tab.getState().update({ groups: { '77': 'private' } }, ['groups'])).toEqual({ ok: true });
    const stored = await storedSettings();
    expect(stored.employer.name).toBe('Beta Bouw');
    expect(stored.groups).toEqual({ '77': 'private' });
    // The tab adopts what was written.
    expect(tab.getState().settings.employer.name).toBe('Beta Bouw');
  });
});
