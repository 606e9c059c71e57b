// The options page's calls (request on add, remove on removal) and the background's sync, against
// fakeBrowser with an in-memory model of the permissions and scripting APIs it does not implement.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  keepWebsiteScriptsInSync,
  removeWebsiteHost,
  requestWebsiteHost,
  syncWebsiteScripts,
  WEBSITE_SCRIPT_FILE,
  WEBSITE_SCRIPT_ID,
} from '../../../components/website/host-permissions';
import { defaultSettings } from '../../../core/settings';

interface Registered {
  id: string;
  js?: string[];
  matches?: string[];
  runAt?: string;
  persistAcrossSessions?: boolean;
}

let granted: Set<string>;
let registered: Registered[];
let answerPrompt: boolean;
const request = vi.fn();
const remove = vi.fn();

beforeEach(() => {
  fakeBrowser.reset();
  granted = new Set();
  registered = [];
  answerPrompt = true;
  request.mockReset().mockImplementation(async ({ origins }: { origins: string[] }) => {
    if (answerPrompt) for (const o of origins) granted.add(o);
    return answerPrompt;
  });
  remove.mockReset().mockImplementation(async ({ origins }: { origins: string[] }) => {
    for (const o of origins) granted.delete(o);
    return true;
  });
  const permissions = fakeBrowser.permissions as unknown as Record<string, unknown>;
  permissions.request = request;
  permissions.remove = remove;
  permissions.contains = async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o));
  const scripting = fakeBrowser.scripting as unknown as Record<string, unknown>;
  scripting.getRegisteredContentScripts = async ({ ids }: { ids: string[] }) =>
    registered.filter((r) => ids.includes(r.id));
  scripting.unregisterContentScripts = async ({ ids }: { ids: string[] }) => {
    registered = registered.filter((r) => !ids.includes(r.id));
  };
  scripting.registerContentScripts = async (scripts: Registered[]) => {
    for (const s of scripts) {
      if (registered.some((r) => r.id === s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
      registered.push(s);
    }
  };
});

describe('requestWebsiteHost (options page, adding a domain)', () => {
  it('asks for exactly that host over https, nothing broader, then registers the script there', async () => {
    const result = await requestWebsiteHost('https://WWW.Acme-Installaties.nl/team', []);
    expect(result).toEqual({ ok: true, host: 'www.acme-installaties.nl' });
    expect(request).toHaveBeenCalledOnce();
    expect(request).toHaveBeenCalledWith({ origins: ['https://www.acme-installaties.nl/*'] });
    expect(registered).toEqual([
      {
        id: WEBSITE_SCRIPT_ID,
        js: [WEBSITE_SCRIPT_FILE],
        matches: ['https://www.acme-installaties.nl/*'],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  });

  it('keeps the hosts granted before in the one registration', async () => {
    granted.add('https://www.acme.nl/*');
    await requestWebsiteHost('werkenbij.acme.nl', ['www.acme.nl']);
    expect(registered[0]?.matches).toEqual(['https://www.acme.nl/*', 'https://werkenbij.acme.nl/*']);
  });

  it('says so and registers nothing when the user declines the prompt', async () => {
    answerPrompt = false;
    expect(await requestWebsiteHost('www.acme.nl', [])).toEqual({
      ok: false,
      reason: 'denied',
      host: 'www.acme.nl',
    });
    expect(registered).toEqual([]);
  });

  it('does not ask for something that is not a host', async () => {
    expect(await requestWebsiteHost('not a host', [])).toEqual({
      ok: false,
      reason: 'invalid-host',
      host: 'not a host',
    });
    expect(await requestWebsiteHost('*.acme.nl', [])).toMatchObject({ ok: false, reason: 'invalid-host' });
    expect(request).not.toHaveBeenCalled();
  });
});

describe('removeWebsiteHost (options page, removing a domain)', () => {
  it('gives the permission back and drops the host from the registration', async () => {
    await requestWebsiteHost('www.acme.nl', []);
    await requestWebsiteHost('werkenbij.acme.nl', ['www.acme.nl']);
    await removeWebsiteHost('www.acme.nl', ['www.acme.nl', 'werkenbij.acme.nl']);
    expect(remove).toHaveBeenCalledWith({ origins: ['https://www.acme.nl/*'] });
    expect(registered.map((r) => r.matches)).toEqual([['https://werkenbij.acme.nl/*']]);
  });

  it('unregisters the script when the last host goes', async () => {
    await requestWebsiteHost('www.acme.nl', []);
    await removeWebsiteHost('www.acme.nl', ['www.acme.nl']);
    expect(registered).toEqual([]);
  });
});

describe('syncWebsiteScripts (background, at start-up)', () => {
  it('registers only the granted hosts and is idempotent', async () => {
    granted.add('https://www.acme.nl/*');
    expect(await syncWebsiteScripts(['www.acme.nl', 'not-granted.example.com'])).toEqual(['www.acme.nl']);
    expect(await syncWebsiteScripts(['www.acme.nl', 'not-granted.example.com'])).toEqual(['www.acme.nl']);
    expect(registered.map((r) => r.matches)).toEqual([['https://www.acme.nl/*']]);
  });

  it('follows the stored settings when the hosts change (keepWebsiteScriptsInSync)', async () => {
    const permissionEvents = fakeBrowser.permissions as unknown as Record<string, unknown>;
    const noListener = { addListener: () => {}, removeListener: () => {} };
    permissionEvents.onAdded = noListener;
    permissionEvents.onRemoved = noListener;
    granted.add('https://www.acme.nl/*');
    await fakeBrowser.storage.local.set({
      settings: { ...defaultSettings(), websiteHosts: ['www.acme.nl'] },
    });
    const stop = keepWebsiteScriptsInSync();
    await vi.waitFor(() => expect(registered.map((r) => r.matches)).toEqual([['https://www.acme.nl/*']]));
    await fakeBrowser.storage.local.set({ settings: { ...defaultSettings(), websiteHosts: [] } });
    await vi.waitFor(() => expect(registered).toEqual([]));
    stop();
  });
});
