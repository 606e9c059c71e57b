import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './harness';

describe('the built Chrome extension in headless Chromium', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('starts its service worker with the manifest we built', async () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    const manifest = await browser.serviceWorker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(['storage', 'scripting', 'contextMenus']);
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
    expect(manifest.host_permissions).toEqual(['https://www.linkedin.com/*']);
  });

  it('shows its name in the browser language', async () => {
    const name = await browser.serviceWorker.evaluate(() => chrome.i18n.getMessage('extName'));
    expect(name).toBe('Exposure Guard');
  });
});
