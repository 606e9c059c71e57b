// The settings store: one zustand (vanilla) store per context (popup, options, content scripts,
// background), bound to browser.storage.local key `settings` and kept in sync through
// storage.onChanged. What is valid is the core's (SettingsRules: core/settings-io.ts on the extension's
// pages, core/settings-fields.ts in the LinkedIn content script); this file only persists. A stored value
// that is not settings at all is moved aside by the pages, never overwritten silently.
import { browser } from 'wxt/browser';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { sendToBackground } from '@/components/messaging';
import type { MergedSettingsField, SettingsWriteAnswer } from '@/core/protocol';
import { defaultSettings, type Settings } from '@/core/settings';
import type { FieldError } from '@/core/settings/io';
import type { LocalizedText } from '@/core/types';
import { onStorageKeyChange } from './storage-change';

export const SETTINGS_KEY = 'settings';
export const CORRUPT_SETTINGS_PREFIX = 'settings.corrupt.';

export type SettingsUpdateResult = { ok: true } | { ok: false; errors: FieldError[] };

export interface SettingsState {
  settings: Settings;
  loaded: boolean;
  /** The last storage problem (read, write, corrupt value), as a technical detail; null when none. */
  error: string | null;
  /** The stored value was not settings: it was kept aside under `corruptKey` and defaults are used. */
  corrupt: boolean;
  corruptKey: string | null;
  /**
   * Saves `patch` on top of the settings as stored at that moment (not this context's copy, which may be
   * stale). Fields named in `merge` add their keys to the stored map instead of replacing it.
   */
  update(patch: Partial<Settings>, merge?: readonly MergedSettingsField[]): Promise<SettingsUpdateResult>;
}

/** The settings maps several contexts add to (see MergedSettingsField). */
export const MERGED_SETTINGS_FIELDS = [
  'groups',
  'rememberedInitiator',
  'quietOwnInitiative',
] as const satisfies readonly MergedSettingsField[];

/** `patch` with the maps named in `merge` laid over the current ones. */
export function mergedPatch(
  current: Settings,
  patch: Partial<Settings>,
  merge: readonly MergedSettingsField[] = [],
): Partial<Settings> {
  const next: Partial<Settings> = { ...patch };
  for (const field of merge) {
    if (patch[field] !== undefined) Object.assign(next, { [field]: { ...current[field], ...patch[field] } });
  }
  return next;
}

/**
 * Reads the stored settings, lays the patch over them and writes the result: the one place a settings
 * write happens. The background runs it for every context, one update after another, so no update is
 * lost to another context's stale copy; a context that cannot reach the background runs it itself.
 */
export async function writeSettingsUpdate(
  local: {
    get(key: string): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
  },
  rules: Pick<SettingsRules, 'read' | 'apply' | 'storageWriteFailed'>,
  patch: Partial<Settings>,
  merge: readonly MergedSettingsField[] = [],
): Promise<SettingsWriteAnswer> {
  const failed = (error: unknown): SettingsWriteAnswer => ({
    ok: false,
    errors: [{ field: STORAGE_FIELD, message: rules.storageWriteFailed(describe(error)) }],
  });
  let current: Settings;
  try {
    const stored = (await local.get(SETTINGS_KEY))[SETTINGS_KEY];
    current = stored === undefined || stored === null ? defaultSettings() : rules.read(stored).settings;
  } catch (error) {
    return failed(error);
  }
  const checked = rules.apply(current, mergedPatch(current, patch, merge));
  if (!checked.ok) return checked;
  try {
    await local.set({ [SETTINGS_KEY]: checked.settings });
  } catch (error) {
    return failed(error);
  }
  return { ok: true, settings: checked.settings };
}

/** The field name FieldErrors use for a failure that belongs to no field (storage). */
export const STORAGE_FIELD = 'storage';

/** What a store checks: the full core on the extension's pages, a lean reader in the LinkedIn content script. */
export interface SettingsRules {
  /** The stored value as settings (migrated); throws for a value that is not usable settings. */
  read(stored: unknown): { settings: Settings; migratedFrom: number | null };
  /** Whether a read failure means the stored value is unusable (rather than a bug in our code). */
  isUnusable(error: unknown): boolean;
  apply(
    current: Settings,
    patch: Partial<Settings>,
  ): { ok: true; settings: Settings } | { ok: false; errors: FieldError[] };
  storageWriteFailed(detail: string): LocalizedText;
  /**
   * Whether this store repairs storage: writes a migrated value back and keeps an unusable one aside. The
   * extension's pages do; a content script (many tabs at once) only reads and uses the defaults meanwhile.
   */
  repairs: boolean;
}

type Local = typeof browser.storage.local;

/** What a read of storage gives a store: its new state and, for a store that does not repair, whether
 * the stored value is unusable (its detail; null when usable; undefined to keep what was known). */
interface Adopted {
  state: Partial<SettingsState>;
  unusable?: string | null;
}

/** A stored value as another context wrote it: unreadable keeps what the store has; its own start reports it. */
function adoptChange(stored: unknown, rules: SettingsRules): Adopted {
  if (stored === undefined || stored === null)
    return { state: { settings: defaultSettings() }, unusable: null };
  try {
    return { state: { settings: rules.read(stored).settings }, unusable: null };
  } catch (error) {
    return { state: { error: describe(error) }, unusable: rules.repairs ? undefined : describe(error) };
  }
}

/**
 * The first read: the stored settings, migrated (and written back where the store repairs); an unusable
 * value is kept aside under a corrupt key before the key is freed, so nothing is lost.
 */
async function loadStored(local: Local, rules: SettingsRules): Promise<Adopted> {
  try {
    const stored = (await local.get(SETTINGS_KEY))[SETTINGS_KEY];
    if (stored === undefined || stored === null)
      return { state: { settings: defaultSettings(), loaded: true } };
    try {
      const { settings, migratedFrom } = rules.read(stored);
      if (migratedFrom !== null && rules.repairs) await local.set({ [SETTINGS_KEY]: settings });
      return { state: { settings, loaded: true } };
    } catch (error) {
      if (!rules.isUnusable(error)) throw error;
      const failed = { settings: defaultSettings(), loaded: true, error: describe(error) };
      if (!rules.repairs) return { state: failed, unusable: describe(error) };
      const corruptKey = `${CORRUPT_SETTINGS_PREFIX}${Date.now()}`;
      await local.set({ [corruptKey]: stored });
      await local.remove(SETTINGS_KEY);
      return { state: { ...failed, corrupt: true, corruptKey } };
    }
  } catch (error) {
    return { state: { settings: defaultSettings(), loaded: true, error: describe(error) } };
  }
}

/** The background writes; when it cannot be reached, this context writes the same way itself. */
async function commitUpdate(
  local: Local,
  rules: SettingsRules,
  patch: Partial<Settings>,
  merge: MergedSettingsField[],
): Promise<SettingsWriteAnswer> {
  const answer = await sendToBackground('settings-update', { patch, merge }).catch(() => undefined);
  if (answer && typeof answer === 'object' && 'ok' in answer) return answer;
  return writeSettingsUpdate(local, rules, patch, merge);
}

export function createSettingsStoreWith(rules: SettingsRules): StoreApi<SettingsState> {
  const local = browser.storage.local;
  // Updates run one after another, each on top of the state the previous one left.
  let queue: Promise<unknown> = Promise.resolve();
  /**
   * A store that does not repair runs on the defaults while the stored value is unusable: it refuses
   * every update then, which would write defaults + patch over the stored value the pages still repair.
   */
  let unusableStored: string | null = null;
  const apply = ({ state, unusable }: Adopted) => {
    if (unusable !== undefined) unusableStored = unusable;
    store.setState(state);
  };

  const store = createStore<SettingsState>()((set, get) => {
    const run = async (
      patch: Partial<Settings>,
      merge: readonly MergedSettingsField[],
    ): Promise<SettingsUpdateResult> => {
      if (unusableStored !== null) {
        return {
          ok: false,
          errors: [{ field: STORAGE_FIELD, message: rules.storageWriteFailed(unusableStored) }],
        };
      }
      // Checked here first, so field errors come at once and in this context's words.
      const checked = rules.apply(get().settings, mergedPatch(get().settings, patch, merge));
      if (!checked.ok) return checked;
      const answer = await commitUpdate(local, rules, patch, [...merge]);
      if (!answer.ok) {
        set({ error: answer.errors[0]?.message.en ?? 'not saved' });
        return answer;
      }
      set({ settings: answer.settings, error: null });
      return { ok: true };
    };
    return {
      settings: defaultSettings(),
      loaded: false,
      error: null,
      corrupt: false,
      corruptKey: null,
      update(patch, merge = []) {
        const next = () => run(patch, merge);
        const result = queue.then(next, next);
        queue = result;
        return result;
      },
    };
  });

  queue = loadStored(local, rules).then(apply);
  onStorageKeyChange(SETTINGS_KEY, (stored) => apply(adoptChange(stored, rules)));
  return store;
}

/** Resolves with the settings once the store has read storage. */
export function whenLoaded(store: StoreApi<SettingsState>): Promise<Settings> {
  const state = store.getState();
  if (state.loaded) return Promise.resolve(state.settings);
  return new Promise((resolve) => {
    const unsubscribe = store.subscribe((next) => {
      if (!next.loaded) return;
      unsubscribe();
      resolve(next.settings);
    });
  });
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
