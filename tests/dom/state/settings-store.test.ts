import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  CORRUPT_SETTINGS_PREFIX,
  createSettingsStore,
  SETTINGS_KEY,
  STORAGE_FIELD,
  whenLoaded,
} from '@/components/state/settings-store';
import { defaultSettings, SETTINGS_SCHEMA_VERSION } from '@/core/settings';

const stored = async () => (await browser.storage.local.get(null)) as Record<string, unknown>;

describe('settings store', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('starts from the defaults when nothing is stored, and writes nothing until asked', async () => {
    const store = createSettingsStore();
    expect(store.getState().loaded).toBe(false);
    const settings = await whenLoaded(store);
    expect(settings).toEqual(defaultSettings());
    expect(store.getState()).toMatchObject({ loaded: true, corrupt: false, error: null });
    expect(await stored()).toEqual({});
  });

  it('reads stored settings and persists a valid update, trimmed by the core', async () => {
    await browser.storage.local.set({
      [SETTINGS_KEY]: { ...defaultSettings(), ownName: 'Ann de Vries', role: 'sales' },
    });
    const store = createSettingsStore();
    expect((await whenLoaded(store)).ownName).toBe('Ann de Vries');

    const result = await store.getState().update({
      employer: { name: '  Acme B.V. ', aliases: ['Acme'], companyPageUrl: null },
    });
    expect(result).toEqual({ ok: true });
    expect(store.getState().settings.employer.name).toBe('Acme B.V.');
    expect(store.getState().settings.role).toBe('sales');
    const persisted = (await stored())[SETTINGS_KEY] as ReturnType<typeof defaultSettings>;
    expect(persisted.employer).toEqual({ name: 'Acme B.V.', aliases: ['Acme'], companyPageUrl: null });
    expect(persisted.ownName).toBe('Ann de Vries');
  });

  it('refuses an invalid patch with field errors and stores nothing of it', async () => {
    const store = createSettingsStore();
    await whenLoaded(store);
    await store.getState().update({ ownName: 'Ann' });
    const before = await stored();

    const result = await store.getState().update({
      ownName: '   ',
      employer: { name: 'Acme', aliases: [''], companyPageUrl: 'https://example.com/acme' },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const fields = result.errors.map((e) => e.field);
    expect(fields).toContain('ownName');
    expect(fields.some((f) => f.startsWith('employer.aliases'))).toBe(true);
    expect(fields).toContain('employer.companyPageUrl');
    for (const error of result.errors) {
      expect(error.message.en).not.toBe('');
      expect(error.message.nl).not.toBe('');
    }
    expect(await stored()).toEqual(before);
    expect(store.getState().settings.ownName).toBe('Ann');
  });

  it('keeps the employer fields a patch does not name', async () => {
    const store = createSettingsStore();
    await whenLoaded(store);
    await store.getState().update({
      employer: {
        name: 'Acme',
        aliases: ['Acme Group'],
        companyPageUrl: 'https://www.linkedin.com/company/acme',
      },
    });
    await store.getState().update({ groups: { '123': 'work' } });
    expect(store.getState().settings.employer).toEqual({
      name: 'Acme',
      aliases: ['Acme Group'],
      companyPageUrl: 'https://www.linkedin.com/company/acme/',
    });
    expect(store.getState().settings.groups).toEqual({ '123': 'work' });
  });

  it('runs concurrent updates one after another without losing either', async () => {
    const store = createSettingsStore();
    await whenLoaded(store);
    await Promise.all([
      store.getState().update({ rememberedInitiator: { 'feed-post': 'own-initiative' } }),
      store.getState().update({ quietOwnInitiative: { 'feed-post': true } }),
      store.getState().update({ role: 'communications' }),
    ]);
    const persisted = (await stored())[SETTINGS_KEY] as ReturnType<typeof defaultSettings>;
    expect(persisted.rememberedInitiator).toEqual({ 'feed-post': 'own-initiative' });
    expect(persisted.quietOwnInitiative).toEqual({ 'feed-post': true });
    expect(persisted.role).toBe('communications');
  });

  it('follows changes made by another context (storage.onChanged)', async () => {
    const popup = createSettingsStore();
    const options = createSettingsStore();
    await Promise.all([whenLoaded(popup), whenLoaded(options)]);
    await options.getState().update({ language: 'nl', role: 'recruiter' });
    await vi.waitFor(() => expect(popup.getState().settings.language).toBe('nl'));
    expect(popup.getState().settings.role).toBe('recruiter');

    await browser.storage.local.remove(SETTINGS_KEY);
    await vi.waitFor(() => expect(popup.getState().settings).toEqual(defaultSettings()));
  });

  it('moves a corrupted stored value aside, reports it, and never overwrites it', async () => {
    const garbage = { hello: 'not settings', schemaVersion: 'x' };
    await browser.storage.local.set({ [SETTINGS_KEY]: garbage });
    const store = createSettingsStore();
    await whenLoaded(store);
    const state = store.getState();
    expect(state.corrupt).toBe(true);
    expect(state.error).not.toBeNull();
    expect(state.corruptKey).toMatch(new RegExp(`^${CORRUPT_SETTINGS_PREFIX.replace('.', '\\.')}\\d+$`));
    expect(state.settings).toEqual(defaultSettings());
    const all = await stored();
    expect(all[state.corruptKey ?? '']).toEqual(garbage);
    expect(all[SETTINGS_KEY]).toBeUndefined();

    // A later save writes fresh settings and leaves the kept value alone.
    expect(await state.update({ ownName: 'Ann' })).toEqual({ ok: true });
    expect((await stored())[state.corruptKey ?? '']).toEqual(garbage);
  });

  it('treats a non-object stored value as corrupt too', async () => {
    await browser.storage.local.set({ [SETTINGS_KEY]: 'oops' });
    const store = createSettingsStore();
    await whenLoaded(store);
    expect(store.getState().corrupt).toBe(true);
    expect((await stored())[store.getState().corruptKey ?? '']).toBe('oops');
  });

  it('migrates an older stored shape and saves the migrated settings', async () => {
    await browser.storage.local.set({
      [SETTINGS_KEY]: { schemaVersion: 0, employerName: 'Acme', language: 'nl' },
    });
    const store = createSettingsStore();
    const settings = await whenLoaded(store);
    expect(settings.employer.name).toBe('Acme');
    expect(settings.schemaVersion).toBe(SETTINGS_SCHEMA_VERSION);
    expect(store.getState().corrupt).toBe(false);
    await vi.waitFor(async () =>
      expect(((await stored())[SETTINGS_KEY] as { schemaVersion: number }).schemaVersion).toBe(
        SETTINGS_SCHEMA_VERSION,
      ),
    );
  });

  it('reports a failed write as a storage error and keeps the previous settings', async () => {
    const store = createSettingsStore();
    await whenLoaded(store);
    vi.spyOn(browser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const result = await store.getState().update({ ownName: 'Ann' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]?.field).toBe(STORAGE_FIELD);
      expect(result.errors[0]?.message.en).toContain('QUOTA_BYTES');
      expect(result.errors[0]?.message.nl).toContain('niet worden opgeslagen');
    }
    expect(store.getState().error).toContain('QUOTA_BYTES');
    expect(store.getState().settings.ownName).toBe('');
  });
});
