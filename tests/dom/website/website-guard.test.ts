import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Message, WebsitePageReport } from '@/core/protocol';
import { defaultSettings } from '@/core/settings';
import { MARKER_TAG } from '@/entrypoints/employer-website.content/scanner';
import { startWebsiteGuard } from '@/entrypoints/employer-website.content/website-guard';
import { mountFixture } from './support';

let running = new AbortController();
let sent: Message<'website-findings'>[];

beforeEach(async () => {
  fakeBrowser.reset();
  sent = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    sent.push(message as Message<'website-findings'>);
    return { ok: true, logged: false };
  });
  mountFixture('card-grid.html');
});
afterEach(() => {
  running.abort();
  running = new AbortController();
  vi.restoreAllMocks();
});

async function ask(): Promise<WebsitePageReport> {
  const [answer] = await fakeBrowser.runtime.onMessage.trigger({ type: 'get-website-findings' }, {});
  return answer as unknown as WebsitePageReport;
}

describe('the website content script', () => {
  it('reports the user it finds to the background and answers the popup with the same page report', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...defaultSettings(), ownName: 'Jan de Vries' } });
    await startWebsiteGuard(document, running.signal);
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    const [message] = sent;
    expect(message?.type).toBe('website-findings');
    const report = message?.type === 'website-findings' ? message.report : null;
    expect(report?.findings.map((f) => f.activity)).toEqual(['website-photo']);
    expect(await ask()).toEqual(report);
    // No page text travels: only host, path and classifications.
    expect(JSON.stringify(report)).not.toMatch(/Vries|Servicemonteur|Piet/);
  });

  it('leaves unusable stored settings where they are (the extension pages repair them)', async () => {
    const unusable = { ...defaultSettings(), ownName: 'Jan de Vries', role: 'astronaut' };
    await fakeBrowser.storage.local.set({ settings: unusable });
    await startWebsiteGuard(document, running.signal);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ settings: unusable });
    expect(sent).toEqual([]);
  });

  it('does nothing on the page until the user has set a name of at least two words', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...defaultSettings(), ownName: 'Jan' } });
    await startWebsiteGuard(document, running.signal);
    await new Promise((r) => setTimeout(r, 100));
    expect(sent).toEqual([]);
    expect(document.querySelector(MARKER_TAG)).toBeNull();
    expect((await ask()).findings).toEqual([]);
    // The user completes the name in the options: the page is scanned without reload.
    await fakeBrowser.storage.local.set({
      settings: { ...defaultSettings(), ownName: 'Jan de Vries', websiteMarker: true },
    });
    await vi.waitFor(() => expect(document.querySelector(MARKER_TAG)).not.toBeNull());
    expect((await ask()).findings).toHaveLength(1);
  });

  it('adds no marker to the page by default, while the finding still reaches the background and the popup', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...defaultSettings(), ownName: 'Jan de Vries' } });
    await startWebsiteGuard(document, running.signal);
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect((await ask()).findings.map((f) => f.activity)).toEqual(['website-photo']);
    await new Promise((r) => setTimeout(r, 100));
    expect(document.querySelector(MARKER_TAG)).toBeNull();
  });

  it('shows the marker when the user switched it on, and removes it live when switched off', async () => {
    const on = { ...defaultSettings(), ownName: 'Jan de Vries', websiteMarker: true };
    await fakeBrowser.storage.local.set({ settings: on });
    await startWebsiteGuard(document, running.signal);
    await vi.waitFor(() => expect(document.querySelectorAll(MARKER_TAG)).toHaveLength(1));
    expect(document.querySelector(MARKER_TAG)?.parentElement?.textContent).toBe('Jan de Vries');
    await fakeBrowser.storage.local.set({ settings: { ...on, websiteMarker: false } });
    await vi.waitFor(() => expect(document.querySelector(MARKER_TAG)).toBeNull());
    // The finding stays: the popup still gets it, and the switch did not report the page again.
    expect((await ask()).findings).toHaveLength(1);
    expect(sent).toHaveLength(1);
    await fakeBrowser.storage.local.set({ settings: on });
    await vi.waitFor(() => expect(document.querySelectorAll(MARKER_TAG)).toHaveLength(1));
    expect(sent).toHaveLength(1);
  });

  it('leaves other messages alone', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...defaultSettings(), ownName: 'Jan de Vries' } });
    await startWebsiteGuard(document, running.signal);
    const answers = await fakeBrowser.runtime.onMessage.trigger({ type: 'get-health' }, {});
    expect(answers).toEqual([undefined]);
  });
});
