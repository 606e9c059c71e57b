import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dispatchMessage } from '@/components/messaging';
import { createDecisionOutbox, createSettingsOutbox } from '@/components/state/decision-outbox';
import { sha256Hex } from '@/components/state/digest';
import { readStoredLog } from '@/components/state/log-storage';
import { verifyChain } from '@/core/log';
import type { DecisionRecord, LogDecisionResult } from '@/core/protocol';
import { createDecisionLogWriter, type DecisionLogWriter } from '@/entrypoints/background/log-writer';
import { record } from './records';

const LINKEDIN = { url: 'https://www.linkedin.com/feed/' };
type Request = { record: DecisionRecord; id: string };
const toWriter = (writer: DecisionLogWriter, request: Request) =>
  dispatchMessage(
    writer.messageHandlers,
    { type: 'log-decision', ...request },
    LINKEDIN,
  ) as Promise<LogDecisionResult>;

async function storedEntries() {
  const read = await readStoredLog(browser.storage.local);
  if (read.kind !== 'log') return [];
  expect(await verifyChain(read.log.entries, sha256Hex, read.log.anchor)).toEqual({ intact: true });
  return read.log.entries.map((entry) => [entry.seq, entry.route]);
}

describe('decision outbox (the tab keeps a decision until the log confirms it)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('survives a background restart: decisions sent while it is down are sent again, in order, once', async () => {
    let writer: DecisionLogWriter | null = createDecisionLogWriter();
    const send = vi.fn(async (request: Request) => {
      if (!writer) throw new Error('Could not establish connection. Receiving end does not exist.');
      return toWriter(writer, request);
    });
    const outbox = createDecisionOutbox({ send, retryMs: 10 });
    outbox.add(record({ route: '/feed/a' }));
    await vi.waitFor(() => expect(outbox.pending()).toBe(0));
    writer = null; // the service worker stopped
    outbox.add(record({ route: '/feed/b' }));
    outbox.add(record({ route: '/feed/c' }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(outbox.pending()).toBe(2);
    writer = createDecisionLogWriter(); // started again: nothing of the old one in memory
    await vi.waitFor(() => expect(outbox.pending()).toBe(0), { timeout: 3000 });
    expect(await storedEntries()).toEqual([
      [1, '/feed/a'],
      [2, '/feed/b'],
      [3, '/feed/c'],
    ]);
  });

  it('stops sending when its signal aborts (the content script is invalidated)', async () => {
    const send = vi.fn(async (): Promise<LogDecisionResult> => {
      throw new Error('Receiving end does not exist.');
    });
    const invalidated = new AbortController();
    const outbox = createDecisionOutbox({ send, retryMs: 10, signal: invalidated.signal });
    outbox.add(record({ route: '/feed/a' }));
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(1));
    invalidated.abort();
    await new Promise((resolve) => setTimeout(resolve, 50));
    outbox.add(record({ route: '/feed/b' }));
    expect(send).toHaveBeenCalledTimes(1);
    expect(outbox.pending()).toBe(2);
  });

  it('keeps decisions while storage is full, says so, and saves them when there is room; no seq is reused', async () => {
    const writer = createDecisionLogWriter();
    const set = vi.spyOn(browser.storage.local, 'set');
    const full = vi.fn();
    const outbox = createDecisionOutbox({
      send: (request) => toWriter(writer, request),
      onStorageFull: full,
      retryMs: 10,
    });
    outbox.add(record({ route: '/feed/a' }));
    await vi.waitFor(() => expect(outbox.pending()).toBe(0));
    set.mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    outbox.add(record({ route: '/feed/b' }));
    outbox.add(record({ route: '/groups/1/' }));
    await vi.waitFor(() => expect(full).toHaveBeenLastCalledWith(true));
    expect(outbox.storageFull()).toBe(true);
    expect(outbox.pending()).toBe(2);
    expect(await storedEntries()).toEqual([[1, '/feed/a']]);
    set.mockRestore();
    await vi.waitFor(() => expect(outbox.pending()).toBe(0), { timeout: 3000 });
    expect(full).toHaveBeenLastCalledWith(false);
    expect(await storedEntries()).toEqual([
      [1, '/feed/a'],
      [2, '/feed/b'],
      [3, '/groups/1/'],
    ]);
  });

  it('logs a decision once when the answer was lost after the write', async () => {
    const writer = createDecisionLogWriter();
    let loseAnswer = true;
    const outbox = createDecisionOutbox({
      send: async (request) => {
        const answer = await toWriter(writer, request);
        if (loseAnswer) {
          loseAnswer = false;
          throw new Error('The message port closed before a response was received.');
        }
        return answer;
      },
      retryMs: 10,
    });
    outbox.add(record());
    await vi.waitFor(() => expect(outbox.pending()).toBe(0), { timeout: 3000 });
    expect(await storedEntries()).toEqual([[1, '/feed/']]);
  });

  it('drops a record the log refuses as invalid (sending it again cannot help) and reports it', async () => {
    const refused = vi.fn();
    const send = vi.fn(async (): Promise<LogDecisionResult> => ({ ok: false, error: 'record.route: bad' }));
    const outbox = createDecisionOutbox({ send, onRefused: refused });
    outbox.add(record());
    await vi.waitFor(() => expect(refused).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(send).toHaveBeenCalledOnce();
    expect(refused).toHaveBeenCalledWith('record.route: bad');
    expect(outbox.pending()).toBe(0);
  });
});

describe('settings outbox (a group classification made at a warning is not lost either)', () => {
  const storageFull = {
    ok: false as const,
    errors: [{ field: 'storage', message: { en: 'QUOTA_BYTES quota exceeded', nl: '' } }],
  };

  it('sends a change again while storage refuses it, says storage is full, and stops once it is taken', async () => {
    const answers = [storageFull, storageFull];
    const update = vi.fn(async () => answers.shift() ?? { ok: true as const });
    const full = vi.fn();
    const outbox = createSettingsOutbox({ update, onStorageFull: full, retryMs: 10 });
    outbox.add({ patch: { groups: { '5151': 'work' } }, merge: ['groups'] });
    expect(outbox.pending()).toBe(1);
    await vi.waitFor(() => expect(outbox.pending()).toBe(0), { timeout: 3000 });
    expect(update).toHaveBeenCalledTimes(3);
    expect(update).toHaveBeenLastCalledWith({ groups: { '5151': 'work' } }, ['groups']);
    expect(full.mock.calls).toEqual([[true], [false]]);
  });

  it('drops a change the settings refuse for a field (sending it again cannot help) and reports it', async () => {
    const refused = vi.fn();
    const update = vi.fn(async () => ({
      ok: false as const,
      errors: [{ field: 'groups', message: { en: 'too many groups', nl: '' } }],
    }));
    const outbox = createSettingsOutbox({ update, onRefused: refused, retryMs: 10 });
    outbox.add({ patch: { groups: { '1': 'work' } }, merge: ['groups'] });
    await vi.waitFor(() => expect(refused).toHaveBeenCalledWith('too many groups'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(update).toHaveBeenCalledOnce();
    expect(outbox.pending()).toBe(0);
  });
});
