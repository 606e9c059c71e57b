// The options page's "Your employer's websites": the browser is asked for exactly the host typed,
// as the first thing the click does; the host is saved and the website script registered only when
// granted; removal gives the access back. Against fakeBrowser with the in-memory permission model.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LanguageProvider } from '@/components/i18n';
import { WebsiteHostsField } from '@/components/options/WebsiteHostsField';
import { SETTINGS_KEY } from '@/components/state/settings-store';
import { WEBSITE_SCRIPT_ID } from '@/components/website/host-permissions';
import { defaultSettings, type Settings } from '@/core/settings';
import { installPermissionModel, type PermissionModel } from '../website/browser-model';
import {
  byLabel,
  byText,
  click,
  describedErrors,
  mount,
  startStores,
  type,
  unmountAll,
} from './page-harness';

const ORIGIN = 'https://www.acme-installaties.nl/*';
let model: PermissionModel;

const storedHosts = async () =>
  ((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as Settings | undefined)?.websiteHosts;

async function open(language: 'en' | 'nl' = 'en', hosts: string[] = []) {
  if (hosts.length > 0) {
    await browser.storage.local.set({ [SETTINGS_KEY]: { ...defaultSettings(), websiteHosts: hosts } });
  }
  const stores = await startStores();
  const root = mount(
    <LanguageProvider language={language}>
      <WebsiteHostsField store={stores.settingsStore} />
    </LanguageProvider>,
  );
  return { ...stores, root };
}

const status = (root: HTMLElement) => root.querySelector('[role="status"]')?.textContent ?? '';

beforeEach(() => {
  fakeBrowser.reset();
  model = installPermissionModel();
});
afterEach(() => {
  unmountAll();
  vi.restoreAllMocks();
});

describe('your employer’s websites (options page)', () => {
  it('asks for exactly the typed host during the click itself, then saves it and registers the script', async () => {
    const { root, settingsStore } = await open();
    expect(root.textContent).toContain('No websites added yet.');
    const input = byLabel(root, 'Website address');
    await type(input, 'https://WWW.Acme-Installaties.nl/team');
    // No act(), no await: the request must already have been made when click() returns.
    byText(root, 'button', 'Add website').click();
    expect(model.request).toHaveBeenCalledOnce();
    expect(model.request).toHaveBeenCalledWith({ origins: [ORIGIN] });

    await vi.waitFor(() =>
      expect(settingsStore.getState().settings.websiteHosts).toEqual(['www.acme-installaties.nl']),
    );
    expect(await storedHosts()).toEqual(['www.acme-installaties.nl']);
    expect(model.registered).toEqual([expect.objectContaining({ id: WEBSITE_SCRIPT_ID, matches: [ORIGIN] })]);
    await vi.waitFor(() => expect(status(root)).toContain('www.acme-installaties.nl added'));
    expect(root.querySelector('[data-host="www.acme-installaties.nl"]')).not.toBeNull();
    expect(byText(root, 'button', 'Remove').getAttribute('aria-label')).toBe(
      'Remove www.acme-installaties.nl',
    );
    expect(byLabel(root, 'Website address').value).toBe('');
  });

  it('saves nothing when the user refuses the prompt, and says so at the field', async () => {
    model.answerPrompt = false;
    const { root } = await open();
    const input = byLabel(root, 'Website address');
    await type(input, 'www.acme-installaties.nl');
    await click(byText(root, 'button', 'Add website'));
    await vi.waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    expect(describedErrors(root, input)).toContain(
      'Exposure Guard did not get access to www.acme-installaties.nl',
    );
    expect(document.activeElement).toBe(input);
    expect(await storedHosts()).toBeUndefined();
    expect(model.registered).toEqual([]);
  });

  it('refuses what is not a website address, and a host already listed, without asking the browser', async () => {
    const { root } = await open('en', ['www.acme.nl']);
    const input = byLabel(root, 'Website address');
    await type(input, 'Acme Installaties');
    await click(byText(root, 'button', 'Add website'));
    await vi.waitFor(() =>
      expect(describedErrors(root, input)).toBe('"Acme Installaties" is not a website address.'),
    );
    await type(input, 'WWW.acme.nl');
    expect(describedErrors(root, input)).toBe('');
    await click(byText(root, 'button', 'Add website'));
    expect(describedErrors(root, input)).toBe('www.acme.nl is already in the list.');
    await type(input, '   ');
    await click(byText(root, 'button', 'Add website'));
    expect(describedErrors(root, input)).toBe('Type a website address first.');
    expect(model.request).not.toHaveBeenCalled();
  });

  it('gives the access back when the host cannot be saved', async () => {
    const { root } = await open();
    const set = browser.storage.local.set.bind(browser.storage.local);
    vi.spyOn(browser.storage.local, 'set').mockImplementation(async (items) => {
      if (SETTINGS_KEY in items) throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    });
    const input = byLabel(root, 'Website address');
    await type(input, 'www.acme-installaties.nl');
    await click(byText(root, 'button', 'Add website'));
    await vi.waitFor(() => expect(describedErrors(root, input)).toContain('QUOTA_BYTES'));
    expect(model.remove).toHaveBeenCalledWith({ origins: [ORIGIN] });
    expect(model.granted.has(ORIGIN)).toBe(false);
  });

  it('removes a host: the settings, the permission and the registration, with focus back on the field', async () => {
    model.granted.add(ORIGIN).add('https://www.acme.nl/*');
    const { root } = await open('en', ['www.acme.nl', 'www.acme-installaties.nl']);
    const remove = root.querySelector<HTMLButtonElement>(
      'button[aria-label="Remove www.acme-installaties.nl"]',
    );
    if (!remove) throw new Error('no remove button for the host');
    await click(remove);
    await vi.waitFor(() => expect(status(root)).toContain('www.acme-installaties.nl removed'));
    expect(await storedHosts()).toEqual(['www.acme.nl']);
    expect(model.remove).toHaveBeenCalledWith({ origins: [ORIGIN] });
    expect(model.registered.map((r) => r.matches)).toEqual([['https://www.acme.nl/*']]);
    expect(document.activeElement).toBe(byLabel(root, 'Website address'));
  });

  it('the marker next to the name is off by default; the box saves the choice either way', async () => {
    const { root, settingsStore } = await open('en', ['www.acme.nl']);
    const box = byLabel(root, 'Show a marker next to my name on these pages');
    expect(box.type).toBe('checkbox');
    expect(box.checked).toBe(false);
    const hint = root.querySelector(`[id="${box.getAttribute('aria-describedby')}"]`);
    expect(hint?.textContent).toBe(
      'Scripts on your employer’s page can notice the marker. The toolbar badge and the popup tell you anyway.',
    );
    await click(box);
    await vi.waitFor(() => expect(settingsStore.getState().settings.websiteMarker).toBe(true));
    const stored = async () =>
      ((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as Settings).websiteMarker;
    expect(await stored()).toBe(true);
    expect(box.checked).toBe(true);
    await click(box);
    await vi.waitFor(() => expect(settingsStore.getState().settings.websiteMarker).toBe(false));
    expect(await stored()).toBe(false);
    // The hosts are untouched, and no permission is asked for the marker.
    expect(await storedHosts()).toEqual(['www.acme.nl']);
    expect(model.request).not.toHaveBeenCalled();
  });

  it('shows the saved marker choice again when saving fails', async () => {
    const { root, settingsStore } = await open();
    vi.spyOn(browser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const box = byLabel(root, 'Show a marker next to my name on these pages');
    await click(box);
    await vi.waitFor(() => expect(status(root)).toContain('QUOTA_BYTES'));
    expect(box.checked).toBe(false);
    expect(settingsStore.getState().settings.websiteMarker).toBe(false);
  });

  it('speaks Dutch', async () => {
    model.answerPrompt = false;
    const { root } = await open('nl');
    expect(root.textContent).toContain('Websites van je werkgever');
    expect(byLabel(root, 'Toon een markering naast mijn naam op deze pagina’s').checked).toBe(false);
    const input = byLabel(root, 'Websiteadres');
    await type(input, 'www.acme.nl');
    await click(byText(root, 'button', 'Website toevoegen'));
    await vi.waitFor(() => expect(describedErrors(root, input)).toContain('geen toegang tot www.acme.nl'));
  });
});
