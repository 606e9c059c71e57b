import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LanguageProvider } from '@/components/i18n';
import { LogView } from '@/components/options/LogView';
import { createDecisionLogStore } from '@/components/state/decision-log-store';
import { LOG_KEY, readStoredLog } from '@/components/state/log-storage';
import { createSettingsStore } from '@/components/state/settings-store';
import type { DecisionLogEntry } from '@/core/log';
import { type DecisionLog, emptyLog, exportLogJson } from '@/core/log';
import { defaultSettings } from '@/core/settings';
import { websiteRecord } from '../../core/log-fixtures';
import { record } from '../state/records';
import {
  byLabel,
  byText,
  captureDownloads,
  choose,
  chooseFile,
  click,
  mount,
  startStores,
  type,
  unmountAll,
} from './page-harness';

async function setup(language: 'en' | 'nl' = 'en') {
  const stores = await startStores();
  await stores.writer.append(
    record({ time: '2026-10-01T09:00:00.000Z', activity: 'feed-post', outcome: 'voluntary-only' }),
  );
  await stores.writer.append(
    record({
      time: '2026-11-02T09:00:00.000Z',
      activity: 'comment',
      surface: 'comment',
      outcome: 'not-allowed',
      rules: ['R3'],
    }),
  );
  await stores.writer.append(
    record({
      time: '2026-11-20T09:00:00.000Z',
      activity: 'profile-photo',
      surface: 'profile-photo',
      decision: 'proceed',
      outcome: 'unassessed',
      rules: [],
    }),
  );
  await vi.waitFor(() => expect(stores.logStore.getState().log.entries).toHaveLength(3));
  const drafted: DecisionLogEntry[] = [];
  const root = mount(
    <LanguageProvider language={language}>
      <LogView
        logStore={stores.logStore}
        settingsStore={stores.settingsStore}
        onDraftLetter={(entry) => drafted.push(entry)}
      />
    </LanguageProvider>,
  );
  return { ...stores, root, drafted };
}

const rows = (root: HTMLElement) =>
  [...root.querySelectorAll('.log-entries [data-seq]')].map((li) => Number(li.getAttribute('data-seq')));
const storedLog = async (): Promise<DecisionLog> => {
  const read = await readStoredLog(browser.storage.local);
  return read.kind === 'log' ? read.log : emptyLog();
};

describe('decision log view', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });
  afterEach(() => {
    unmountAll();
    vi.restoreAllMocks();
  });

  it('shows every entry with its columns and says the log is intact', async () => {
    const { root } = await setup();
    await vi.waitFor(() => expect(root.querySelector('[data-integrity="intact"]')).not.toBeNull());
    expect(root.textContent).toContain('Unchanged: all 3 entries are as they were written');
    expect(rows(root)).toEqual([3, 2, 1]);
    const second = root.querySelector('li[data-seq="2"]') as HTMLElement;
    expect(second.querySelector('h3')?.textContent).toBe('#2Comment for work: did not post');
    const terms = [...second.querySelectorAll('dt')].map((dt) => dt.textContent);
    expect(terms).toEqual(['Where', 'Outcome', 'About your employer', 'Rules applied']);
    expect(second.textContent).toContain('Not allowed');
    expect(second.textContent).toContain('R3');
    expect(root.querySelector('li[data-seq="3"]')?.textContent).toContain('Not assessed');
  });

  it('says at which entry the log was altered', async () => {
    const { root } = await setup();
    const tampered = structuredClone(await storedLog());
    if (tampered.entries[1]) tampered.entries[1].outcome = 'required-by-job';
    await browser.storage.local.set({ [LOG_KEY]: tampered });
    await vi.waitFor(() => expect(root.querySelector('[data-integrity="altered"]')).not.toBeNull());
    expect(root.textContent).toContain('Changed afterwards at entry 2');
  });

  it('shows the first and last seq and the last seal, which change when entries go from the end', async () => {
    const { root } = await setup();
    const full = await storedLog();
    const seal = full.entries[2]?.hash.slice(0, 12) ?? '';
    await vi.waitFor(() =>
      expect(root.textContent).toContain(`Entries 1 to 3. Fingerprint of the last entry: ${seal}.`),
    );
    expect(root.textContent).toContain('Note this fingerprint down, or keep an export');
    await vi.waitFor(() => expect(root.textContent).toContain('as they were written'));
    expect(root.querySelector('[data-log-removed]')).toBeNull();
    // Dropping the last entry keeps the chain whole: the check says intact, the seal shows the change.
    await browser.storage.local.set({ [LOG_KEY]: { ...full, entries: full.entries.slice(0, 2) } });
    const shorter = full.entries[1]?.hash.slice(0, 12) ?? '';
    await vi.waitFor(() =>
      expect(root.textContent).toContain(`Entries 1 to 2. Fingerprint of the last entry: ${shorter}.`),
    );
    await vi.waitFor(() => expect(root.querySelector('[data-integrity="intact"]')).not.toBeNull());
  });

  it('says which entries retention removed when the log starts after an anchor', async () => {
    const { root } = await setup();
    const full = await storedLog();
    const first = full.entries[0] as DecisionLogEntry;
    await browser.storage.local.set({
      [LOG_KEY]: { ...full, entries: full.entries.slice(1), anchor: { seq: first.seq, hash: first.hash } },
    });
    await vi.waitFor(() => expect(root.textContent).toContain('Entries 1 to 1 were removed by retention.'));
    expect(root.textContent).toContain('Entries 2 to 3.');
    await vi.waitFor(() => expect(root.querySelector('[data-integrity="intact"]')).not.toBeNull());
  });

  it('filters by activity, outcome and period', async () => {
    const { root } = await setup();
    await choose(byLabel<HTMLSelectElement>(root, 'Activity'), 'comment');
    expect(rows(root)).toEqual([2]);
    await choose(byLabel<HTMLSelectElement>(root, 'Activity'), '');
    await choose(byLabel<HTMLSelectElement>(root, 'Outcome'), 'voluntary-only');
    expect(rows(root)).toEqual([1]);
    await choose(byLabel<HTMLSelectElement>(root, 'Outcome'), '');
    await type(byLabel(root, 'From'), '01/11/2026');
    expect(rows(root)).toEqual([3, 2]);
    await type(byLabel(root, 'To'), '10/11/2026');
    expect(rows(root)).toEqual([2]);
    expect(root.textContent).toContain('Showing 1 of 3 entries.');
    await choose(byLabel<HTMLSelectElement>(root, 'Activity'), 'website-photo');
    expect(root.textContent).toContain('No entries match these filters.');
  });

  it('saves a note beside the chain, which stays intact', async () => {
    const { root, logStore } = await setup();
    const note = byLabel(root, 'Note on entry 2');
    await type(note, 'Told my manager I will not comment for the company.');
    await click(byText(root.querySelector('li[data-seq="2"]') as HTMLElement, 'button', 'Save note'));
    await vi.waitFor(async () =>
      expect((await storedLog()).notes[2]).toBe('Told my manager I will not comment for the company.'),
    );
    await vi.waitFor(() => expect(logStore.getState().verification).toEqual({ intact: true }));
  });

  it('exports JSON with the chain and CSV of the shown entries', async () => {
    const { root } = await setup();
    const files = captureDownloads();
    await click(byText(root, 'button', /Export JSON/));
    await choose(byLabel<HTMLSelectElement>(root, 'Activity'), 'comment');
    await click(byText(root, 'button', /Export CSV/));
    expect(files.map((f) => f.name)).toEqual([
      expect.stringMatching(/^exposure-guard-log-\d{4}-\d\d-\d\d\.json$/),
      expect.stringMatching(/^exposure-guard-log-\d{4}-\d\d-\d\d\.csv$/),
    ]);
    const json = JSON.parse(await (files[0]?.text ?? Promise.resolve('')));
    expect(json.format).toBe('exposure-guard-log');
    expect(json.entries).toHaveLength(3);
    expect(json.entries[1].prevHash).toBe(json.entries[0].hash);
    const csv = (await (files[1]?.text ?? Promise.resolve(''))).trim().split('\r\n');
    expect(csv).toHaveLength(2);
    expect(csv[1]).toContain('comment');
  });

  it('refuses a hash-broken import with a message and leaves the log untouched', async () => {
    const { root } = await setup();
    const before = await storedLog();
    const broken = exportLogJson(before).replace('"not-allowed"', '"voluntary-only"');
    await chooseFile(byLabel(root, 'Import JSON'), 'log.json', broken);
    await click(await vi.waitFor(() => byText(root, 'button', 'Yes, continue')));
    await vi.waitFor(() => expect(root.textContent).toContain('Import refused'));
    expect(await storedLog()).toEqual(before);
    await chooseFile(byLabel(root, 'Import JSON'), 'log.json', '{"format":"another-app"}');
    await click(await vi.waitFor(() => byText(root, 'button', 'Yes, continue')));
    await vi.waitFor(() => expect(root.querySelectorAll('.error').length).toBeGreaterThan(0));
    expect(await storedLog()).toEqual(before);
  });

  it('imports a valid file after confirmation', async () => {
    const { root, writer } = await setup();
    const exported = exportLogJson(await storedLog());
    await writer.command({ type: 'log-clear' });
    await writer.append(record());
    await vi.waitFor(() => expect(rows(root)).toEqual([1]));
    await chooseFile(byLabel(root, 'Import JSON'), 'log.json', exported);
    await vi.waitFor(() =>
      expect(root.textContent).toContain('Importing replaces the current log of 1 entries'),
    );
    await click(await vi.waitFor(() => byText(root, 'button', 'Yes, continue')));
    await vi.waitFor(() => expect(rows(root)).toEqual([3, 2, 1]));
    expect(root.textContent).toContain('Log imported: 3 entries.');
  });

  it('clears only after confirmation', async () => {
    const { root } = await setup();
    await click(byText(root, 'button', 'Clear the log'));
    expect(root.textContent).toContain('Delete all 3 entries?');
    await click(byText(root, '.confirm button', 'Cancel'));
    expect((await storedLog()).entries).toHaveLength(3);
    await click(byText(root, 'button', 'Clear the log'));
    await click(byText(root, 'button', 'Delete all entries'));
    await vi.waitFor(() => expect(root.textContent).toContain('No decisions logged yet.'));
    expect((await storedLog()).entries).toEqual([]);
  });

  it('saves a retention in months, refuses a bad one, and applies it', async () => {
    const { root, settingsStore } = await setup();
    await choose(byLabel(root, 'Delete entries older than a number of months'));
    await type(byLabel(root, 'Number of months'), 'zero');
    await click(byText(root, 'button', 'Save retention'));
    await vi.waitFor(() =>
      expect(byLabel(root, 'Number of months').getAttribute('aria-invalid')).toBe('true'),
    );
    expect(settingsStore.getState().settings.logRetentionMonths).toBeNull();
    await type(byLabel(root, 'Number of months'), '1');
    await click(byText(root, 'button', 'Save retention'));
    await vi.waitFor(() => expect(root.textContent).toContain('Retention saved.'));
    expect(settingsStore.getState().settings.logRetentionMonths).toBe(1);
  });

  it('starts the retention form from the stored settings even when they load after the page', async () => {
    await browser.storage.local.set({ settings: { ...defaultSettings(), logRetentionMonths: 6 } });
    const settingsStore = createSettingsStore();
    const root = mount(
      <LanguageProvider language="en">
        <LogView logStore={createDecisionLogStore()} settingsStore={settingsStore} onDraftLetter={() => {}} />
      </LanguageProvider>,
    );
    await vi.waitFor(() => expect(byLabel(root, 'Number of months').value).toBe('6'));
    expect(byLabel(root, 'Delete entries older than a number of months').checked).toBe(true);
  });

  it('offers a letter for an entry', async () => {
    const { root, drafted } = await setup();
    const button = root.querySelector<HTMLButtonElement>('button[aria-label="Draft a letter about entry 2"]');
    expect(button).not.toBeNull();
    await click(button as HTMLButtonElement);
    expect(drafted.map((e) => e.seq)).toEqual([2]);
  });

  it('speaks Dutch', async () => {
    const { root } = await setup('nl');
    await vi.waitFor(() => expect(root.textContent).toContain('Ongewijzigd: alle 3 vermeldingen'));
    expect(root.textContent).toContain('Reactie voor het werk');
    expect(root.textContent).toContain('Niet toegestaan');
    expect(byLabel<HTMLSelectElement>(root, 'Activiteit').tagName).toBe('SELECT');
  });

  it('shows a website finding: where, what the page shows, and "noticed" (EN and NL)', async () => {
    for (const language of ['en', 'nl'] as const) {
      const { root, writer } = await setup(language);
      await writer.append(websiteRecord({ time: '2026-11-25T09:00:00.000Z' }));
      await vi.waitFor(() => expect(rows(root)).toEqual([4, 3, 2, 1]));
      const row = root.querySelector('li[data-seq="4"]')?.textContent ?? '';
      if (language === 'en') {
        expect(row).toContain('Employer’s website');
        expect(row).toContain('www.acme-installaties.nl/team shows: name, job title, photo');
        expect(row).toContain('noticed');
      } else {
        expect(row).toContain('Website van de werkgever');
        expect(row).toContain('www.acme-installaties.nl/team toont: naam, functietitel, foto');
        expect(row).toContain('opgemerkt');
      }
      expect(root.querySelector('li[data-seq="2"] .website-shown')).toBeNull();
      unmountAll();
      fakeBrowser.reset();
    }
  });

  it('takes dates in the interface’s own order, with the format as a hint, and says when one is no date', async () => {
    const { root } = await setup('nl');
    const from = byLabel(root, 'Van');
    expect(root.querySelector(`#${from.getAttribute('aria-describedby')}`)?.textContent).toContain(
      'dd-mm-jjjj',
    );
    expect(from.type).toBe('text');
    await type(from, '01-11-2026');
    expect(rows(root)).toEqual([3, 2]);
    await type(from, '31-02-2026');
    expect(from.getAttribute('aria-invalid')).toBe('true');
    expect(root.textContent).toContain('Dit is geen datum');
    // An invalid date leaves the last valid filter in place.
    expect(rows(root)).toEqual([3, 2]);
  });

  it('renders one page of entries at a time, newest first, however long the log is', async () => {
    const { root, writer } = await setup();
    for (let i = 0; i < 42; i += 1) await writer.append(record({ time: '2026-11-21T09:00:00.000Z' }));
    await vi.waitFor(() => expect(root.textContent).toContain('Showing 45 of 45 entries.'));
    expect(rows(root)).toEqual(Array.from({ length: 20 }, (_, i) => 45 - i));
    expect(root.textContent).toContain('Page 1 of 3');
    await click(byText(root, '.pager button', 'Older'));
    await click(byText(root, '.pager button', 'Older'));
    expect(rows(root)).toEqual([5, 4, 3, 2, 1]);
    expect(byText<HTMLButtonElement>(root, '.pager button', 'Older').disabled).toBe(true);
  });

  it('sums the log up as charts with a text alternative and who wanted it', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-04T12:00:00'));
    const { root } = await setup();
    vi.useRealTimers();
    expect(root.querySelector('#summary-title')?.textContent).toBe('Summary, Jul 26 – Dec 26');
    const charts = [...root.querySelectorAll('svg[role="img"]')];
    expect(charts).toHaveLength(2);
    for (const chart of charts) {
      const [title, desc] = (chart.getAttribute('aria-labelledby') ?? '').split(' ');
      expect(chart.querySelector(`#${title}`)?.textContent).toBe('Decisions per month');
      expect(chart.querySelector(`#${desc}`)?.textContent).toMatch(/^3 decisions in these months/);
    }
    const byOutcome = root.querySelector('[data-chart="outcome"] table') as HTMLTableElement;
    expect([...byOutcome.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual([
      'Month',
      'Only voluntary',
      'Not allowed',
      'Not assessed',
    ]);
    const count = (who: string) => root.querySelector(`[data-initiator="${who}"] dd`)?.textContent;
    // Entry 1 decided "your own choice" (R14), entry 2 was asked for, entry 3 was not assessed.
    expect([count('employer'), count('own'), count('unassessed'), count('website')]).toEqual([
      '1',
      '1',
      '1',
      '0',
    ]);
    expect(root.querySelector('button[data-action="print"]')).not.toBeNull();
  });
});
