// The message transport: typed at both ends, one listener per context dispatching by type, answers
// as promises, silence for types the table does not know, and removal when the signal aborts.

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dispatchMessage, listenForMessages, sendToBackground, sendToTab } from '@/components/messaging';
import type { BackgroundHandlers, HealthReport } from '@/core/protocol';
import { assessmentHandlers } from '@/entrypoints/background/assessment-service';
import { createPolicyHandoff } from '@/entrypoints/background/context-menu';
import { createDecisionLogWriter } from '@/entrypoints/background/log-writer';
import { settingsHandlers } from '@/entrypoints/background/settings-writer';
import { warningUiHandlers } from '@/entrypoints/background/warning-ui-injector';
import { createWebsiteFindings } from '@/entrypoints/background/website-findings';

const health: HealthReport = { route: '/feed/', surfaces: [], uiGenerations: [], failures: 0, warnings: [] };

beforeEach(() => fakeBrowser.reset());

describe('dispatchMessage', () => {
  const handlers = { 'get-health': vi.fn(() => health) };

  it('answers with the handler of the message type, always as a promise', async () => {
    const answer = dispatchMessage(handlers, { type: 'get-health' }, {});
    expect(answer).toBeInstanceOf(Promise);
    expect(await answer).toEqual(health);
  });

  it('stays silent for a type it has no handler for, for a non-message and for inherited names', () => {
    for (const message of [
      { type: 'assess' },
      { type: 'toString' },
      { type: 'constructor' },
      'get-health',
      null,
      {},
    ])
      expect(dispatchMessage(handlers, message, {})).toBeUndefined();
  });

  it('turns a handler that throws into a rejected answer', async () => {
    const failing = {
      'get-health': () => {
        throw new Error('boom');
      },
    };
    await expect(dispatchMessage(failing, { type: 'get-health' }, {})).rejects.toThrow('boom');
  });
});

describe('sending and listening', () => {
  it('sends the type and the request flat, and gets the typed answer', async () => {
    const seen: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      seen.push(message);
      return Promise.resolve({ ok: true, status: { unsaved: false, lastError: null, failedSince: null } });
    });
    const answer = await sendToBackground('log-set-note', { seq: 3, note: 'asked by my manager' });
    expect(seen).toEqual([{ type: 'log-set-note', seq: 3, note: 'asked by my manager' }]);
    expect(answer.ok).toBe(true);
  });

  it('sends to a tab by id', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(health as never);
    expect(await sendToTab(5, 'get-health')).toEqual(health);
    expect(send).toHaveBeenCalledWith(5, { type: 'get-health' });
  });

  it('listens until the signal aborts, and not at all with an aborted signal', async () => {
    const listening = new AbortController();
    listenForMessages(fakeBrowser, { 'get-health': () => health }, listening.signal);
    expect(await fakeBrowser.runtime.onMessage.trigger({ type: 'get-health' }, {})).toEqual([health]);
    listening.abort();
    expect(await fakeBrowser.runtime.onMessage.trigger({ type: 'get-health' }, {})).toEqual([]);
    listenForMessages(fakeBrowser, { 'get-health': () => health }, listening.signal);
    expect(await fakeBrowser.runtime.onMessage.trigger({ type: 'get-health' }, {})).toEqual([]);
  });
});

describe("the background's handler table", () => {
  it('is complete only with every feature: the compiler refuses a table without a handler', () => {
    const writer = createDecisionLogWriter();
    const findings = createWebsiteFindings({ log: () => {} });
    const scripting = { executeScript: async () => [] };
    const complete: BackgroundHandlers = {
      ...writer.messageHandlers,
      ...findings.messageHandlers,
      ...assessmentHandlers,
      ...warningUiHandlers(scripting),
      ...settingsHandlers(fakeBrowser.storage.local, 'chrome-extension://test/'),
      ...createPolicyHandoff('chrome-extension://test/').messageHandlers,
    };
    // @ts-expect-error a background message (assess) without a handler does not compile
    const incomplete: BackgroundHandlers = {
      ...writer.messageHandlers,
      ...findings.messageHandlers,
      ...warningUiHandlers(scripting),
      ...settingsHandlers(fakeBrowser.storage.local, 'chrome-extension://test/'),
    };
    expect(Object.keys(complete).length).toBeGreaterThan(Object.keys(incomplete).length);
  });
});
