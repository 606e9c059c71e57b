// Listens to one key of browser.storage.local, in whatever context this runs.
import { browser } from 'wxt/browser';

/**
 * Calls `onValue` with the new value (undefined when removed) whenever `key` changes in local storage,
 * until `signal` aborts (without one, for the life of the context).
 */
export function onStorageKeyChange(
  key: string,
  onValue: (value: unknown) => void,
  signal?: AbortSignal,
): void {
  if (signal?.aborted) return;
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !Object.hasOwn(changes, key)) return;
    onValue(changes[key]?.newValue ?? undefined);
  };
  browser.storage.onChanged.addListener(listener);
  signal?.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
