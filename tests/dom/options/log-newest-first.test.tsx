// A long log opens on its newest entries: the page shows them (two small reads: the head and the last
// two chunks) while the whole log is still being read, with the full count and pager.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createStore } from 'zustand/vanilla';
import { LanguageProvider } from '@/components/i18n';
import { LogView } from '@/components/options/LogView';
import type { DecisionLogState } from '@/components/state/decision-log-store';
import { LOG_CHUNK_SIZE, readNewestEntries } from '@/components/state/log-storage';
import { createSettingsStore } from '@/components/state/settings-store';
import { emptyLog } from '@/core/log';
import { record } from '../state/records';
import { mount, startStores, unmountAll } from './page-harness';

const rows = (root: HTMLElement) =>
  [...root.querySelectorAll('.log-entries [data-seq]')].map((li) => Number(li.getAttribute('data-seq')));

describe('a long log opens on its newest entries', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });
  afterEach(() => {
    unmountAll();
  });

  it('reads the newest two chunks, the notes and the size without reading the rest', async () => {
    const { writer, logStore } = await startStores();
    const count = LOG_CHUNK_SIZE * 2 + 50;
    for (let i = 0; i < count; i += 1) await writer.append(record());
    await logStore.getState().setNote(count, 'latest');
    const get = vi.spyOn(browser.storage.local, 'get');
    const newest = await readNewestEntries(browser.storage.local);
    expect(newest?.total).toBe(count);
    expect(newest?.entries.map((e) => e.seq)).toEqual(
      Array.from({ length: LOG_CHUNK_SIZE + 50 }, (_, i) => LOG_CHUNK_SIZE + 1 + i),
    );
    expect(newest?.notes[count]).toBe('latest');
    const asked = get.mock.calls.flatMap(([keys]) => (Array.isArray(keys) ? keys : [keys]));
    expect(asked.filter((key) => String(key).startsWith('decisionLog.chunk.'))).toHaveLength(2);
  });

  it('shows the newest page, the full count and the pager before the whole log is read', async () => {
    const done = async () =>
      ({ ok: true, status: { unsaved: false, lastError: null, failedSince: null } }) as const;
    const newest = Array.from({ length: 30 }, (_, i) => ({
      ...record(),
      seq: 971 + i,
      prevHash: '0'.repeat(64),
      hash: `${i}`.padStart(64, '0'),
    }));
    const logStore = createStore<DecisionLogState>()(() => ({
      log: emptyLog(),
      loaded: false,
      verification: null,
      writeStatus: null,
      unreadable: false,
      newest: { entries: newest, notes: { 1000: 'latest' }, total: 1000 },
      setNote: done,
      clear: done,
      importJson: done,
      applyRetention: done,
      refreshStatus: done,
    }));
    const root = mount(
      <LanguageProvider language="en">
        <LogView logStore={logStore} settingsStore={createSettingsStore()} onDraftLetter={() => {}} />
      </LanguageProvider>,
    );
    expect(rows(root)).toEqual(Array.from({ length: 20 }, (_, i) => 1000 - i));
    expect(root.textContent).toContain('Showing 1000 of 1000 entries.');
    expect(root.textContent).toContain('Page 1 of 50');
    expect(root.textContent).not.toContain('No decisions logged yet.');
    expect(root.querySelector<HTMLInputElement>('#note-1000')?.value).toBe('latest');
  });
});
