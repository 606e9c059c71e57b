import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp, parseRoute } from '@/components/options/OptionsApp';
import { SETTINGS_KEY } from '@/components/state/settings-store';
import type { Settings } from '@/core/settings';
import {
  byLabel,
  byText,
  captureDownloads,
  choose,
  chooseFile,
  click,
  describedErrors,
  mount,
  startStores,
  type,
  unmountAll,
} from './page-harness';

const stored = async () =>
  (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as Settings | undefined;

async function openOptions(browserLanguage = 'en-US') {
  const stores = await startStores();
  const root = mount(
    <OptionsApp
      settingsStore={stores.settingsStore}
      logStore={stores.logStore}
      browserLanguage={browserLanguage}
    />,
  );
  return { ...stores, root };
}

describe('onboarding and settings (options page)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    location.hash = '';
  });
  afterEach(() => {
    unmountAll();
    vi.restoreAllMocks();
  });

  it('starts with the onboarding and saves the answers given, by their visible labels', async () => {
    const { root } = await openOptions();
    expect(root.querySelector('h1')?.textContent).toBe('Welcome to Exposure Guard');
    await type(byLabel(root, 'Employer name'), 'Acme B.V.');
    await type(byLabel(root, 'Other names of your employer'), 'Acme, Acme Group');
    await type(byLabel(root, 'LinkedIn company page of your employer'), 'linkedin.com/company/acme');
    await type(byLabel(root, 'Your name as it appears online'), 'Ann de Vries');
    const roles = byLabel<HTMLFieldSetElement>(root, 'Your role');
    expect(roles.textContent).toContain('You visit customers at their place.');
    await choose(byLabel(roles, 'Field service'));
    const jobDefined = byLabel<HTMLFieldSetElement>(root, /part of the job you agreed to/);
    await choose(byLabel(jobDefined, 'No'));
    await click(byText(root, 'button', 'Save and finish'));

    await vi.waitFor(async () => expect((await stored())?.onboardingDone).toBe(true));
    const settings = await stored();
    expect(settings?.employer).toEqual({
      name: 'Acme B.V.',
      aliases: ['Acme', 'Acme Group'],
      companyPageUrl: 'https://www.linkedin.com/company/acme/',
    });
    expect(settings?.ownName).toBe('Ann de Vries');
    expect(settings?.role).toBe('field-service');
    expect(settings?.jobDefined).toBe(false);
    expect(settings?.workTime).toBeNull(); // skipped questions stay unknown
    await vi.waitFor(() => expect(root.querySelector('h1')?.textContent).toBe('Your settings'));
  });

  it('shows validation messages next to the fields and stores nothing invalid', async () => {
    const { root } = await openOptions();
    await type(byLabel(root, 'Employer name'), 'Acme');
    await type(byLabel(root, 'Other names of your employer'), 'Acme Group, ');
    await type(byLabel(root, 'LinkedIn company page of your employer'), 'https://example.com/acme');
    await type(byLabel(root, 'Your name as it appears online'), '   ');
    await click(byText(root, 'button', 'Save and finish'));

    const url = byLabel(root, 'LinkedIn company page of your employer');
    await vi.waitFor(() => expect(url.getAttribute('aria-invalid')).toBe('true'));
    expect(describedErrors(root, url)).not.toBe('');
    const aliases = byLabel(root, 'Other names of your employer');
    expect(aliases.getAttribute('aria-invalid')).toBe('true');
    expect(describedErrors(root, aliases)).not.toBe('');
    const name = byLabel(root, 'Your name as it appears online');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(byLabel(root, 'Employer name').getAttribute('aria-invalid')).toBeNull();
    expect(root.textContent).toContain('Not saved');
    expect(await stored()).toBeUndefined();
  });

  it('lets the whole onboarding be skipped', async () => {
    const { root } = await openOptions();
    await click(byText(root, 'button', 'Skip for now'));
    await vi.waitFor(async () => expect((await stored())?.onboardingDone).toBe(true));
    expect((await stored())?.employer.name).toBe('');
  });

  it('switches the language of the page at once', async () => {
    const { root } = await openOptions('en-GB');
    expect(document.documentElement.lang).toBe('en');
    await choose(byLabel<HTMLSelectElement>(root, 'Language'), 'nl');
    await vi.waitFor(() => expect(root.querySelector('h1')?.textContent).toBe('Welkom bij Exposure Guard'));
    expect(byLabel(root, 'Naam werkgever').tagName).toBe('INPUT');
    expect(document.documentElement.lang).toBe('nl');
    expect((await stored())?.language).toBe('nl');
  });

  it('follows a Dutch browser when the language is left to the browser', async () => {
    const { root } = await openOptions('nl-NL');
    expect(byLabel(root, 'Naam werkgever').tagName).toBe('INPUT');
  });

  it('exports the settings as a versioned JSON file and imports them again', async () => {
    const { root, settingsStore } = await openOptions();
    await settingsStore.getState().update({
      onboardingDone: true,
      role: 'sales',
      employer: { name: 'Acme', aliases: [], companyPageUrl: null },
    });
    const files = captureDownloads();
    await click(byText(root, 'button', 'Export settings'));
    const json = (await files[0]?.text) ?? '';
    expect(files[0]?.name).toMatch(/^exposure-guard-settings-\d{4}-\d\d-\d\d\.json$/);
    expect(JSON.parse(json)).toMatchObject({ format: 'exposure-guard-settings', version: 1 });

    await settingsStore
      .getState()
      .update({ role: null, employer: { name: '', aliases: [], companyPageUrl: null } });
    await chooseFile(byLabel(root, 'Import settings'), 'settings.json', json);
    await vi.waitFor(() => expect(root.textContent).toContain('Settings imported.'));
    expect(settingsStore.getState().settings.role).toBe('sales');
    await vi.waitFor(() => expect(byLabel(root, 'Employer name').value).toBe('Acme'));

    await chooseFile(
      byLabel(root, 'Import settings'),
      'other.json',
      '{"format":"something-else","version":1}',
    );
    await vi.waitFor(() => expect(root.querySelector('.transfer .error')).not.toBeNull());
    expect(settingsStore.getState().settings.role).toBe('sales');
  });

  it('imports settings without the log retention and websites, keeping the replaced settings aside', async () => {
    const { root, settingsStore } = await openOptions();
    await settingsStore
      .getState()
      .update({ role: 'sales', logRetentionMonths: 24, websiteHosts: ['www.a.nl'] });
    const files = captureDownloads();
    await click(byText(root, 'button', 'Export settings'));
    const json = (await files[0]?.text) ?? '';
    const file = JSON.parse(json);
    file.settings.logRetentionMonths = 1;
    file.settings.websiteHosts = ['www.b.nl'];
    file.settings.role = 'management';
    await settingsStore.getState().update({ role: 'recruiter', logRetentionMonths: null, websiteHosts: [] });
    const before = await stored();
    await chooseFile(byLabel(root, 'Import settings'), 'settings.json', JSON.stringify(file));
    await vi.waitFor(() => expect(root.textContent).toContain('Settings imported.'));
    expect(root.textContent).toContain('your employer’s websites were not imported');
    const after = await stored();
    expect(after?.role).toBe('management');
    expect(after?.logRetentionMonths).toBeNull();
    expect(after?.websiteHosts).toEqual([]);
    const all = await browser.storage.local.get(null);
    const aside = Object.keys(all).filter((key) => key.startsWith('settings.replaced.'));
    expect(aside).toHaveLength(1);
    expect(all[aside[0] as string]).toEqual(before);
  });

  it('reports settings that were kept aside because they were unreadable', async () => {
    await browser.storage.local.set({ [SETTINGS_KEY]: 42 });
    const { root } = await openOptions();
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(
      /could not be read.*settings\.corrupt\.\d+/,
    );
  });

  it('routes #log and #letters?entry=N', () => {
    expect(parseRoute('#log')).toEqual({ page: 'log' });
    expect(parseRoute('#letters?entry=4')).toEqual({ page: 'letters', entry: 4 });
    expect(parseRoute('#letters?entry=x')).toEqual({ page: 'letters', entry: null });
    expect(parseRoute('')).toEqual({ page: 'settings' });
  });
});
