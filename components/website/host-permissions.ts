// The employer's website hosts: the optional host permission per host (asked when the user adds
// it, given back when they remove it) and the run-time registration of the website content script
// for exactly the granted hosts. Nothing broader is ever requested.
import { browser } from 'wxt/browser';
import { SETTINGS_KEY } from '@/components/state/settings-store';
import { onStorageKeyChange } from '@/components/state/storage-change';
import { normaliseHost } from '@/core/settings/io';
import { hostOrigin } from '@/core/website-finding';

/** The id of our one registration; WXT builds the script to this file. */
export const WEBSITE_SCRIPT_ID = 'exposure-guard-employer-website';
export const WEBSITE_SCRIPT_FILE = 'content-scripts/employer-website.js';

export type HostRequestResult =
  | { ok: true; host: string }
  | { ok: false; reason: 'invalid-host' | 'denied'; host: string };

async function isGranted(host: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [hostOrigin(host)] });
  } catch {
    return false;
  }
}

/** The hosts of `hosts` the user granted, in their order, without duplicates. */
export async function grantedWebsiteHosts(hosts: readonly string[]): Promise<string[]> {
  const unique = [...new Set(hosts.map((h) => normaliseHost(h)).filter((h): h is string => h !== null))];
  const granted = await Promise.all(unique.map(isGranted));
  return unique.filter((_, i) => granted[i]);
}

/**
 * Registers the website content script for the granted hosts among `hosts` (and unregisters it
 * when none is left). The background calls this at start-up and whenever the hosts change.
 * Resolves with the hosts the script now runs on.
 */
export async function syncWebsiteScripts(hosts: readonly string[]): Promise<string[]> {
  const granted = await grantedWebsiteHosts(hosts);
  // Another context (the background on permissions.onAdded, the options page) may sync at the same
  // time: an unregister of a script it already removed, or a register of one it already added, is
  // not a failure. The registration that lands last is for the hosts granted now.
  const unregister = () =>
    browser.scripting.unregisterContentScripts({ ids: [WEBSITE_SCRIPT_ID] }).catch(() => undefined);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [WEBSITE_SCRIPT_ID] });
  if (existing.length > 0) await unregister();
  if (granted.length === 0) return [];
  const script = {
    id: WEBSITE_SCRIPT_ID,
    js: [WEBSITE_SCRIPT_FILE],
    matches: granted.map(hostOrigin),
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
  };
  try {
    await browser.scripting.registerContentScripts([script]);
  } catch {
    await unregister();
    await browser.scripting.registerContentScripts([script]);
  }
  return granted;
}

/**
 * The options page calls this from the click that adds a host: it asks the browser for that one
 * host (it must be the first thing the click does, or the browser refuses to show its prompt),
 * then registers the script for `allHosts` (the hosts in the settings, with this one). A failed
 * registration does not turn the grant into "denied": the background syncs on the grant as well.
 */
export async function requestWebsiteHost(
  input: string,
  allHosts: readonly string[],
): Promise<HostRequestResult> {
  const host = normaliseHost(input);
  if (host === null) return { ok: false, reason: 'invalid-host', host: input.trim() };
  let granted = false;
  try {
    granted = await browser.permissions.request({ origins: [hostOrigin(host)] });
  } catch {
    granted = false;
  }
  if (!granted) return { ok: false, reason: 'denied', host };
  // The grant is what the user decided; the background registers the script too (permissions.onAdded
  // and the settings change), so a failed registration here is not a refusal.
  await syncWebsiteScripts([...allHosts, host]).catch(() => undefined);
  return { ok: true, host };
}

/** The options page calls this when a host is removed: the permission goes, and so does the script. */
export async function removeWebsiteHost(input: string, remainingHosts: readonly string[]): Promise<void> {
  const host = normaliseHost(input);
  const remaining = remainingHosts.filter((h) => normaliseHost(h) !== host);
  if (host !== null) {
    try {
      await browser.permissions.remove({ origins: [hostOrigin(host)] });
    } catch {
      // A host granted by the manifest itself (test builds) cannot be given back; nothing to do.
    }
  }
  await syncWebsiteScripts(remaining);
}

function hostsIn(settings: unknown): string[] {
  const hosts = (settings as { websiteHosts?: unknown } | undefined)?.websiteHosts;
  return Array.isArray(hosts) ? hosts.filter((h): h is string => typeof h === 'string') : [];
}

/**
 * For the background: registers the script for the stored hosts now, and again whenever the
 * settings' hosts or the granted permissions change, until `signal` aborts (tests; the background
 * keeps it for its life).
 */
export function keepWebsiteScriptsInSync(
  onError: (error: unknown) => void = () => {},
  signal?: AbortSignal,
): void {
  let queue: Promise<unknown> = Promise.resolve();
  let lastHosts: string | null = null;
  const sync = (hosts: string[], always: boolean) => {
    const key = hosts.join(' ');
    if (!always && key === lastHosts) return; // another setting changed, not the hosts
    lastHosts = key;
    queue = queue.then(() => syncWebsiteScripts(hosts)).catch(onError);
  };
  const fromStorage = () => {
    queue = queue
      .then(async () => sync(hostsIn((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]), true))
      .catch(onError);
  };
  fromStorage();
  onStorageKeyChange(SETTINGS_KEY, (settings) => sync(hostsIn(settings), false), signal);
  browser.permissions.onAdded.addListener(fromStorage);
  browser.permissions.onRemoved.addListener(fromStorage);
  signal?.addEventListener(
    'abort',
    () => {
      browser.permissions.onAdded.removeListener(fromStorage);
      browser.permissions.onRemoved.removeListener(fromStorage);
    },
    { once: true },
  );
}
