// Listens to one key of browser.storage.local, in whatever context this runs.
import { browser } from 'wxt/browser';

/** Calls `onValue` with the new value (undefined when removed) whenever `key` changes in local storage. */
export function onStorageKeyChange(key: string, onValue: (value: unknown) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !Object.hasOwn(changes, key)) return;
    onValue(changes[key]?.newValue ?? undefined);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
