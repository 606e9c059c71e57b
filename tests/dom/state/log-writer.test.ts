import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dispatchMessage } from '@/components/messaging';
import { createDecisionLogStore } from '@/components/state/decision-log-store';
import { sha256Hex } from '@/components/state/digest';
import {
  CORRUPT_LOG_PREFIX,
  LOG_CHUNK_SIZE,
  LOG_KEY,
  LOGGED_FINDINGS_KEY,
  REPLACED_LOG_PREFIX,
  readStoredLog,
} from '@/components/state/log-storage';
import { type DecisionLog, exportLogJson, verifyChain } from '@/core/log';
import { createDecisionLogWriter } from '@/entrypoints/background/log-writer';
import { policyRecord } from '../../core/log-fixtures';
import { record } from './records';

const storedLog = async (): Promise<DecisionLog | undefined> => {
  const read = await readStoredLog(browser.storage.local);
  return read.kind === 'log' ? read.log : undefined;
};
const OPTIONS_PAGE = { url: 'chrome-extension://test-extension-id/options.html' };

describe('decision log writer (background)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('appends validated records as a hash chain in storage and answers their seq', async () => {
    const writer = createDecisionLogWriter();
    expect(await writer.append(record())).toEqual({ ok: true, seq: 1 });
    expect(await writer.append(record({ decision: 'proceed' }))).toEqual({ ok: true, seq: 2 });
    const log = await storedLog();
    expect(log?.entries.map((e) => e.seq)).toEqual([1, 2]);
    expect(log?.entries[1]?.prevHash).toBe(log?.entries[0]?.hash);
    expect(await verifyChain(log?.entries ?? [], sha256Hex, log?.anchor)).toEqual({ intact: true });
  });

  it('keeps concurrent appends in one unbroken chain', async () => {
    const writer = createDecisionLogWriter();
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => writer.append(record())));
    expect(results.map((r) => (r.ok ? r.seq : 0))).toEqual([1, 2, 3, 4, 5]);
    const log = await storedLog();
    expect(await verifyChain(log?.entries ?? [], sha256Hex, log?.anchor)).toEqual({ intact: true });
  });

  it('refuses a record with free text or unknown fields and stores nothing', async () => {
    const writer = createDecisionLogWriter();
    const withText = { ...record(), text: 'my post about Acme' };
    const result = await writer.append(withText);
    expect(result.ok).toBe(false);
    expect(await writer.append(record({ route: '/feed/?q=secret' }))).toMatchObject({ ok: false });
    expect(await writer.append('nonsense')).toMatchObject({ ok: false });
    expect(await storedLog()).toBeUndefined();
  });

  it('answers runtime messages: log-decision from LinkedIn, commands only from extension pages', async () => {
    const writer = createDecisionLogWriter();
    const fromLinkedIn = { url: 'https://www.linkedin.com/feed/' };
    browser.runtime.onMessage.addListener((message: unknown) =>
      dispatchMessage(writer.messageHandlers, message, fromLinkedIn),
    );
    const answer = await browser.runtime.sendMessage({ type: 'log-decision', record: record() });
    expect(answer).toEqual({ ok: true, seq: 1 });
    // A script on another site (e.g. the employer-website script on a granted host) cannot write decisions.
    for (const url of [
      'https://www.acme-installaties.nl/team',
      'https://www.linkedin.com.evil.example/',
      undefined,
    ]) {
      expect(
        await dispatchMessage(writer.messageHandlers, { type: 'log-decision', record: record() }, { url }),
      ).toMatchObject({
        ok: false,
      });
    }
    const refused = await dispatchMessage(
      writer.messageHandlers,
      { type: 'log-clear' },
      { url: 'https://www.linkedin.com/feed/' },
    );
    expect(refused).toMatchObject({ ok: false });
    expect((await storedLog())?.entries).toHaveLength(1);
    expect(dispatchMessage(writer.messageHandlers, { type: 'get-health' }, {})).toBeUndefined();
    expect(await dispatchMessage(writer.messageHandlers, { type: 'log-clear' }, OPTIONS_PAGE)).toMatchObject({
      ok: true,
    });
    expect((await storedLog())?.entries).toEqual([]);
  });

  it('takes a saved policy report only from the options page, and never as a warning decision', async () => {
    const writer = createDecisionLogWriter();
    const report = policyRecord();
    const send = (type: string, sender: { url?: string }, value: unknown = report) =>
      dispatchMessage(writer.messageHandlers, { type, record: value }, sender);
    // A content script (LinkedIn, an employer's site), the popup or an unknown sender cannot save one.
    for (const url of [
      'https://www.linkedin.com/feed/',
      'https://www.acme-installaties.nl/team',
      'chrome-extension://test-extension-id/popup.html',
      'chrome-extension://other-extension/options.html',
      undefined,
    ]) {
      expect(await send('log-policy-report', { url })).toMatchObject({ ok: false });
    }
    // Nor can it pass a report off as a decision, from LinkedIn or from the extension's pages.
    expect(await send('log-decision', { url: 'https://www.linkedin.com/feed/' })).toMatchObject({
      ok: false,
    });
    expect(await send('log-decision', OPTIONS_PAGE)).toMatchObject({ ok: false });
    expect(
      await send(
        'log-decision',
        { url: 'https://www.linkedin.com/feed/' },
        { ...record(), decision: 'saved' },
      ),
    ).toMatchObject({ ok: false });
    // The report message carries reports only.
    expect(await send('log-policy-report', OPTIONS_PAGE, record())).toMatchObject({ ok: false });
    expect(await storedLog()).toBeUndefined();
    const optionsWithHash = { url: `${OPTIONS_PAGE.url}#policy` };
    expect(await send('log-policy-report', optionsWithHash)).toEqual({ ok: true, seq: 1 });
    const log = await storedLog();
    expect(log?.entries[0]).toMatchObject({
      surface: 'policy-check',
      decision: 'saved',
      policy: report.policy,
    });
    expect(await verifyChain(log?.entries ?? [], sha256Hex, log?.anchor)).toEqual({ intact: true });
  });

  it('keeps notes beside the chain: editing a note leaves the log intact', async () => {
    const writer = createDecisionLogWriter();
    await writer.append(record());
    expect(
      await writer.command({ type: 'log-set-note', seq: 1, note: '  asked my manager  ' }),
    ).toMatchObject({
      ok: true,
    });
    let log = await storedLog();
    expect(log?.notes).toEqual({ 1: 'asked my manager' });
    expect(await verifyChain(log?.entries ?? [], sha256Hex, log?.anchor)).toEqual({ intact: true });
    await writer.command({ type: 'log-set-note', seq: 1, note: '' });
    log = await storedLog();
    expect(log?.notes).toEqual({});
    expect(await writer.command({ type: 'log-set-note', seq: 9, note: 'x' })).toMatchObject({ ok: false });
  });

  it('applies the retention setting on append: old entries go, the chain stays verifiable', async () => {
    const now = new Date('2026-11-30T12:00:00Z');
    const writer = createDecisionLogWriter({ now: () => now });
    await writer.append(record({ time: '2026-01-10T10:00:00.000Z' }));
    await writer.append(record({ time: '2026-02-10T10:00:00.000Z' }));
    await writer.append(record({ time: '2026-11-01T10:00:00.000Z' }));
    expect((await storedLog())?.entries).toHaveLength(3);
    await browser.storage.local.set({ settings: { logRetentionMonths: 6 } });
    await writer.command({ type: 'log-apply-retention' });
    const log = await storedLog();
    expect(log?.entries.map((e) => e.seq)).toEqual([3]);
    expect(log?.anchor.seq).toBe(2);
    expect(await verifyChain(log?.entries ?? [], sha256Hex, log?.anchor)).toEqual({ intact: true });
    expect(await writer.append(record({ time: now.toISOString() }))).toEqual({ ok: true, seq: 4 });
  });

  it('imports a valid exported log, keeping the replaced one aside', async () => {
    const source = createDecisionLogWriter();
    await source.append(record());
    await source.append(record({ activity: 'comment', surface: 'comment' }));
    const exported = exportLogJson((await storedLog()) as DecisionLog);
    await source.command({ type: 'log-clear' });
    await source.append(record({ activity: 'profile-photo', surface: 'profile-photo' }));
    const before = await storedLog();

    expect(await source.command({ type: 'log-import', json: exported })).toMatchObject({ ok: true });
    const log = await storedLog();
    expect(log?.entries.map((e) => e.activity)).toEqual(['feed-post', 'comment']);
    const all = await browser.storage.local.get(null);
    const aside = Object.keys(all).filter((key) => key.startsWith(REPLACED_LOG_PREFIX));
    expect(aside).toHaveLength(1);
    expect(all[aside[0] ?? '']).toEqual(before);
  });

  it('imports into a log that was never written, and applies retention to it', async () => {
    const source = createDecisionLogWriter();
    await source.append(record());
    const exported = exportLogJson((await storedLog()) as DecisionLog);
    fakeBrowser.reset();
    const writer = createDecisionLogWriter();
    expect(await writer.command({ type: 'log-apply-retention' })).toMatchObject({ ok: true });
    expect(await writer.command({ type: 'log-import', json: exported })).toMatchObject({ ok: true });
    expect((await storedLog())?.entries).toHaveLength(1);
  });

  it('refuses a malformed, foreign or hash-broken import and leaves the log untouched', async () => {
    const writer = createDecisionLogWriter();
    await writer.append(record());
    await writer.append(record({ decision: 'proceed' }));
    const good = exportLogJson((await storedLog()) as DecisionLog);
    const broken = good.replace('"decision": "proceed"', '"decision": "cancel"');
    expect(broken).not.toBe(good);
    const before = await storedLog();
    for (const json of ['{not json', JSON.stringify({ format: 'something-else', version: 1 }), broken]) {
      const result = await writer.command({ type: 'log-import', json });
      expect(result.ok).toBe(false);
      if (!result.ok && typeof result.error !== 'string') {
        expect(result.error.en).not.toBe('');
        expect(result.error.nl).not.toBe('');
      }
      expect(await storedLog()).toEqual(before);
    }
  });

  it('answers a failed write as not saved (retry, storage full) and never gives its seq to another entry', async () => {
    const writer = createDecisionLogWriter();
    await writer.append(record());
    const set = vi.spyOn(browser.storage.local, 'set');
    set.mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    expect(await writer.append(record({ decision: 'proceed' }), 'tab-1:a')).toEqual({
      ok: false,
      error: 'QUOTA_BYTES quota exceeded',
      retry: true,
      storageFull: true,
    });
    expect(writer.status()).toMatchObject({ unsaved: true, lastError: 'QUOTA_BYTES quota exceeded' });
    expect((await storedLog())?.entries).toHaveLength(1);

    // A restarted background (a new writer) builds on what storage holds; the tab sends the decision again.
    const restarted = createDecisionLogWriter();
    expect(await restarted.append(record(), 'tab-2:b')).toEqual({ ok: true, seq: 2 });
    expect(await restarted.append(record({ decision: 'proceed' }), 'tab-1:a')).toEqual({ ok: true, seq: 3 });
    // Sent once more (the answer was lost): logged once.
    expect(await restarted.append(record({ decision: 'proceed' }), 'tab-1:a')).toEqual({ ok: true, seq: 3 });
    expect(restarted.status()).toEqual({ unsaved: false, lastError: null, failedSince: null });
    const log = await storedLog();
    expect(log?.entries.map((e) => [e.seq, e.decision])).toEqual([
      [1, 'cancel'],
      [2, 'cancel'],
      [3, 'proceed'],
    ]);
    expect(await verifyChain(log?.entries ?? [], sha256Hex, log?.anchor)).toEqual({ intact: true });
  });

  it('appends in constant time: each append writes the head and one chunk, whatever the length', async () => {
    const writer = createDecisionLogWriter();
    const spy = vi.spyOn(browser.storage.local, 'set');
    const total = LOG_CHUNK_SIZE * 2 + 5;
    for (let i = 0; i < total; i += 1) await writer.append(record());
    const perAppend = spy.mock.calls.map(([items]) =>
      Object.values(items as Record<string, unknown>)
        .filter(Array.isArray)
        .reduce((n, chunk) => n + (chunk as unknown[]).length, 0),
    );
    expect(perAppend).toHaveLength(total);
    expect(Math.max(...perAppend)).toBeLessThanOrEqual(LOG_CHUNK_SIZE);
    const log = await storedLog();
    expect(log?.entries.map((e) => e.seq)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect(await verifyChain(log?.entries ?? [], sha256Hex, log?.anchor)).toEqual({ intact: true });
    expect(((await browser.storage.local.get(LOG_KEY))[LOG_KEY] as { chunks: string[] }).chunks).toHaveLength(
      3,
    );
  });

  it('reads a log stored whole (the earlier layout) and moves it into pieces on the next change', async () => {
    const source = createDecisionLogWriter();
    await source.append(record());
    await source.append(record({ decision: 'proceed' }));
    const whole = (await storedLog()) as DecisionLog;
    fakeBrowser.reset();
    await browser.storage.local.set({ [LOG_KEY]: { ...whole, notes: { 2: 'kept' } } });
    expect((await storedLog())?.entries).toHaveLength(2);
    const writer = createDecisionLogWriter();
    expect(await writer.append(record())).toEqual({ ok: true, seq: 3 });
    const log = await storedLog();
    expect(log?.notes).toEqual({ 2: 'kept' });
    expect(await verifyChain(log?.entries ?? [], sha256Hex, log?.anchor)).toEqual({ intact: true });
  });

  it('forgets the website findings remembered as logged when the log is cleared or replaced', async () => {
    const writer = createDecisionLogWriter();
    await writer.append(record());
    const exported = exportLogJson((await storedLog()) as DecisionLog);
    for (const command of [{ type: 'log-clear' }, { type: 'log-import', json: exported }] as const) {
      await browser.storage.local.set({ [LOGGED_FINDINGS_KEY]: ['www.acme.nl/team name'] });
      expect((await writer.command(command)).ok).toBe(true);
      expect((await browser.storage.local.get(LOGGED_FINDINGS_KEY))[LOGGED_FINDINGS_KEY]).toBeUndefined();
    }
  });

  it('keeps an unreadable stored log aside and starts a fresh one', async () => {
    await browser.storage.local.set({ [LOG_KEY]: { garbage: true } });
    const writer = createDecisionLogWriter();
    expect(await writer.append(record())).toEqual({ ok: true, seq: 1 });
    const all = await browser.storage.local.get(null);
    const aside = Object.keys(all).filter((key) => key.startsWith(CORRUPT_LOG_PREFIX));
    expect(aside).toHaveLength(1);
    expect(all[aside[0] ?? '']).toEqual({ garbage: true });
  });
});

describe('decision log store (pages)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('shows the stored log, follows changes and reports where the chain was altered', async () => {
    const writer = createDecisionLogWriter();
    browser.runtime.onMessage.addListener((message: unknown) =>
      dispatchMessage(writer.messageHandlers, message, OPTIONS_PAGE),
    );
    const store = createDecisionLogStore();
    await vi.waitFor(() => expect(store.getState().verification).toEqual({ intact: true }));
    expect(store.getState().log.entries).toEqual([]);

    await writer.append(record());
    await writer.append(record({ decision: 'proceed' }));
    await writer.append(record());
    await vi.waitFor(() => expect(store.getState().log.entries).toHaveLength(3));
    await vi.waitFor(() => expect(store.getState().verification).toEqual({ intact: true }));

    const log = (await storedLog()) as DecisionLog;
    const tampered = structuredClone(log);
    if (tampered.entries[1]) tampered.entries[1].decision = 'cancel';
    // A whole log written over the pieces (the earlier layout, or anyone with access to storage).
    await browser.storage.local.set({ [LOG_KEY]: tampered });
    await vi.waitFor(() =>
      expect(store.getState().verification).toMatchObject({ intact: false, alteredAt: 2 }),
    );

    expect(await store.getState().clear()).toMatchObject({ ok: true });
    await vi.waitFor(() => expect(store.getState().log.entries).toEqual([]));
  });

  it('sends notes through the background and sees them come back', async () => {
    const writer = createDecisionLogWriter();
    browser.runtime.onMessage.addListener((message: unknown) =>
      dispatchMessage(writer.messageHandlers, message, OPTIONS_PAGE),
    );
    await writer.append(record());
    const store = createDecisionLogStore();
    await vi.waitFor(() => expect(store.getState().log.entries).toHaveLength(1));
    await store.getState().setNote(1, 'discussed with the works council');
    await vi.waitFor(() => expect(store.getState().log.notes[1]).toBe('discussed with the works council'));
    expect(store.getState().writeStatus).toMatchObject({ unsaved: false });
  });
});
