// The LinkedIn content script's settings store: same API and persistence, the core's field readers
// without worded messages; it reads every known version and never repairs storage itself.
import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createSettingsStore, SETTINGS_KEY, whenLoaded } from '@/components/state/page-settings-store';
import { defaultSettings } from '@/core/settings';

const stored = async () => (await browser.storage.local.get(null)) as Record<string, unknown>;

describe('page settings store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads valid stored settings and persists the content script’s own fields', async () => {
    await browser.storage.local.set({
      [SETTINGS_KEY]: { ...defaultSettings(), role: 'sales', ownName: 'Ann' },
    });
    const store = createSettingsStore();
    expect((await whenLoaded(store)).role).toBe('sales');
    const result = await store.getState().update({
      groups: { '123': 'work' },
      rememberedInitiator: { 'feed-post': 'own-initiative' },
      quietOwnInitiative: { 'feed-post': true },
    });
    expect(result).toEqual({ ok: true });
    const persisted = (await stored())[SETTINGS_KEY] as ReturnType<typeof defaultSettings>;
    expect(persisted).toMatchObject({ role: 'sales', ownName: 'Ann', groups: { '123': 'work' } });
    expect(persisted.quietOwnInitiative).toEqual({ 'feed-post': true });
  });

  it('refuses an invalid write with the field and the problem, storing nothing', async () => {
    const store = createSettingsStore();
    await whenLoaded(store);
    const result = await store.getState().update({ groups: { 'not-a-number': 'work' } } as never);
    expect(result).toEqual({
      ok: false,
      errors: [{ field: 'groups.not-a-number', message: { en: 'groupsInvalid', nl: 'groupsInvalid' } }],
    });
    expect(await stored()).toEqual({});
  });

  it('reads the pre-release version in memory without writing it back', async () => {
    const old = { employerName: 'Acme', employerAliases: ['Acme Installaties'], ownName: 'Ann' };
    await browser.storage.local.set({ [SETTINGS_KEY]: old });
    const settings = await whenLoaded(createSettingsStore());
    expect(settings.employer).toEqual({ name: 'Acme', aliases: ['Acme Installaties'], companyPageUrl: null });
    expect((await stored())[SETTINGS_KEY]).toEqual(old);
  });

  it.each([
    ['not an object', 'garbage'],
    ['a newer version', { ...defaultSettings(), schemaVersion: 99 }],
    ['an invalid field', { ...defaultSettings(), role: 'astronaut' }],
  ])('uses the defaults for %s and leaves storage to the extension pages', async (_, value) => {
    await browser.storage.local.set({ [SETTINGS_KEY]: value });
    const store = createSettingsStore();
    expect(await whenLoaded(store)).toEqual(defaultSettings());
    expect(store.getState()).toMatchObject({ corrupt: false, corruptKey: null });
    expect(store.getState().error).toContain('not usable');
    expect(await stored()).toEqual({ [SETTINGS_KEY]: value });
  });

  it('refuses updates while it runs on the defaults, so an unusable stored value is never overwritten', async () => {
    const unusable = { ...defaultSettings(), role: 'astronaut' };
    await browser.storage.local.set({ [SETTINGS_KEY]: unusable });
    const store = createSettingsStore();
    await whenLoaded(store);
    const result = await store.getState().update({ rememberedInitiator: { 'feed-post': 'own-initiative' } });
    expect(result).toMatchObject({ ok: false, errors: [{ field: 'storage' }] });
    expect((await stored())[SETTINGS_KEY]).toEqual(unusable);
    // Once a page has repaired the value, updates work again.
    await browser.storage.local.set({ [SETTINGS_KEY]: { ...defaultSettings(), role: 'sales' } });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await store.getState().update({ quietOwnInitiative: { 'feed-post': true } })).toEqual({
      ok: true,
    });
    expect((await stored())[SETTINGS_KEY]).toMatchObject({
      role: 'sales',
      quietOwnInitiative: { 'feed-post': true },
    });
  });

  it('follows changes other contexts write', async () => {
    const store = createSettingsStore();
    await whenLoaded(store);
    await browser.storage.local.set({ [SETTINGS_KEY]: { ...defaultSettings(), role: 'recruiter' } });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.getState().settings.role).toBe('recruiter');
  });
});
