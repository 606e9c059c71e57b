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
} from '@/components/website/host-permissions';
import { defaultSettings } from '@/core/settings';
import { installPermissionModel, type PermissionModel } from './browser-model';

let model: PermissionModel;

beforeEach(() => {
  fakeBrowser.reset();
  model = installPermissionModel();
});

describe('requestWebsiteHost (options page, adding a domain)', () => {
  it('asks for exactly that host over https, nothing broader, then registers the script there', async () => {
    const result = await requestWebsiteHost('https://WWW.Acme-Installaties.nl/team', []);
    expect(result).toEqual({ ok: true, host: 'www.acme-installaties.nl' });
    expect(model.request).toHaveBeenCalledOnce();
    expect(model.request).toHaveBeenCalledWith({ origins: ['https://www.acme-installaties.nl/*'] });
    expect(model.registered).toEqual([
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
    model.granted.add('https://www.acme.nl/*');
    await requestWebsiteHost('werkenbij.acme.nl', ['www.acme.nl']);
    expect(model.registered[0]?.matches).toEqual(['https://www.acme.nl/*', 'https://werkenbij.acme.nl/*']);
  });

  it('answers granted even when its own registration fails (the background registers on the grant)', async () => {
    const scripting = fakeBrowser.scripting as unknown as Record<string, unknown>;
    scripting.registerContentScripts = vi.fn(async () => {
      throw new Error('Duplicate script ID');
    });
    expect(await requestWebsiteHost('www.acme.nl', [])).toEqual({ ok: true, host: 'www.acme.nl' });
  });

  it('two contexts syncing at once both succeed with one registration', async () => {
    model.granted.add('https://www.acme.nl/*');
    const both = await Promise.all([
      syncWebsiteScripts(['www.acme.nl']),
      syncWebsiteScripts(['www.acme.nl']),
    ]);
    expect(both).toEqual([['www.acme.nl'], ['www.acme.nl']]);
    expect(model.registered.map((r) => r.matches)).toEqual([['https://www.acme.nl/*']]);
  });

  it('says so and registers nothing when the user declines the prompt', async () => {
    model.answerPrompt = false;
    expect(await requestWebsiteHost('www.acme.nl', [])).toEqual({
      ok: false,
      reason: 'denied',
      host: 'www.acme.nl',
    });
    expect(model.registered).toEqual([]);
  });

  it('does not ask for something that is not a host', async () => {
    expect(await requestWebsiteHost('not a host', [])).toEqual({
      ok: false,
      reason: 'invalid-host',
      host: 'not a host',
    });
    expect(await requestWebsiteHost('*.acme.nl', [])).toMatchObject({ ok: false, reason: 'invalid-host' });
    expect(model.request).not.toHaveBeenCalled();
  });
});

describe('removeWebsiteHost (options page, removing a domain)', () => {
  it('gives the permission back and drops the host from the registration', async () => {
    await requestWebsiteHost('www.acme.nl', []);
    await requestWebsiteHost('werkenbij.acme.nl', ['www.acme.nl']);
    await removeWebsiteHost('www.acme.nl', ['www.acme.nl', 'werkenbij.acme.nl']);
    expect(model.remove).toHaveBeenCalledWith({ origins: ['https://www.acme.nl/*'] });
    expect(model.registered.map((r) => r.matches)).toEqual([['https://werkenbij.acme.nl/*']]);
  });

  it('unregisters the script when the last host goes', async () => {
    await requestWebsiteHost('www.acme.nl', []);
    await removeWebsiteHost('www.acme.nl', ['www.acme.nl']);
    expect(model.registered).toEqual([]);
  });
});

describe('syncWebsiteScripts (background, at start-up)', () => {
  it('registers only the granted hosts and is idempotent', async () => {
    model.granted.add('https://www.acme.nl/*');
    expect(await syncWebsiteScripts(['www.acme.nl', 'not-granted.example.com'])).toEqual(['www.acme.nl']);
    expect(await syncWebsiteScripts(['www.acme.nl', 'not-granted.example.com'])).toEqual(['www.acme.nl']);
    expect(model.registered.map((r) => r.matches)).toEqual([['https://www.acme.nl/*']]);
  });

  it('follows the stored settings when the hosts change (keepWebsiteScriptsInSync)', async () => {
    model.granted.add('https://www.acme.nl/*');
    await fakeBrowser.storage.local.set({
      settings: { ...defaultSettings(), websiteHosts: ['www.acme.nl'] },
    });
    const syncing = new AbortController();
    keepWebsiteScriptsInSync(undefined, syncing.signal);
    await vi.waitFor(() =>
      expect(model.registered.map((r) => r.matches)).toEqual([['https://www.acme.nl/*']]),
    );
    await fakeBrowser.storage.local.set({ settings: { ...defaultSettings(), websiteHosts: [] } });
    await vi.waitFor(() => expect(model.registered).toEqual([]));
    syncing.abort();
    await fakeBrowser.storage.local.set({
      settings: { ...defaultSettings(), websiteHosts: ['www.acme.nl'] },
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(model.registered).toEqual([]);
  });
});
