// Saving a checked policy to the decision log: the button, the confirmation with the way to the log, a
// refusal said plainly, and the entry as the options log and the popup show it, in English and Dutch.
// The background's real log writer answers (through the page harness), so what is stored is checked too.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LanguageProvider } from '@/components/i18n';
import { LogEntries } from '@/components/options/LogEntries';
import { PolicyCheck } from '@/components/policy/PolicyCheck';
import type { SavePolicyRecord } from '@/components/policy/SaveReport';
import { LatestDecisions } from '@/components/popup/LatestDecisions';
import type { Language } from '@/core/types';
import { byLabel, byText, click, mount, startStores, type, unmountAll } from '../options/page-harness';
import { POLICY } from './policy-text';

const WORDS = {
  en: { text: 'Policy text', check: 'Check this text', save: 'Save the report to the decision log' },
  nl: {
    text: 'Tekst van het beleid',
    check: 'Controleer deze tekst',
    save: 'Rapport opslaan in het beslissingenlogboek',
  },
};

async function checkedPage(language: Language, saveReport?: SavePolicyRecord) {
  const stores = await startStores();
  await stores.settingsStore
    .getState()
    .update({ role: 'sales', employer: { name: 'Acme B.V.', aliases: [], companyPageUrl: null } });
  const root = mount(
    <LanguageProvider language={language}>
      <PolicyCheck
        settingsStore={stores.settingsStore}
        takeHandoff={async () => null}
        saveReport={saveReport}
      />
    </LanguageProvider>,
  );
  await type(byLabel<HTMLTextAreaElement>(root, WORDS[language].text), POLICY);
  await click(byText(root, 'button', WORDS[language].check));
  return { ...stores, root };
}

const status = (root: HTMLElement) => root.querySelector('.policy-save [role=status]')?.textContent ?? '';

beforeEach(() => fakeBrowser.reset());

describe('Save the policy report to the log', () => {
  afterEach(unmountAll);

  it('saves ids and counts only, says under which entry, and shows the way to the log', async () => {
    const { root, logStore } = await checkedPage('en');
    const button = byText(root, 'button', WORDS.en.save);
    expect(button.getAttribute('aria-describedby')).toBe('policy-save-hint');
    expect(root.querySelector('#policy-save-hint')?.textContent).toMatch(/never the text/);
    await click(button);
    await vi.waitFor(() => expect(status(root)).toContain('Saved to the decision log as entry 1.'));
    const link = root.querySelector<HTMLAnchorElement>('.policy-save a');
    expect(link?.getAttribute('href')).toBe('#log');
    expect(link?.textContent).toBe('Open the decision log');
    expect(button.disabled).toBe(true);

    // Everything stored but the settings (where the user's employer name lives anyway).
    const { settings: _, ...kept } = await browser.storage.local.get(null);
    const stored = JSON.stringify(kept);
    expect(stored).toContain('policy-check');
    for (const piece of ['professional profile photo', 'password', 'vacancies', 'Acme', 'guidelines']) {
      expect(stored).not.toContain(piece);
    }
    await vi.waitFor(() => expect(logStore.getState().log.entries).toHaveLength(1));
    const [entry] = logStore.getState().log.entries;
    expect(entry).toMatchObject({
      surface: 'policy-check',
      decision: 'saved',
      employerLinked: true,
      policy: { language: 'en', role: 'sales' },
    });
    expect(entry?.policy?.findings.map((f) => [f.activity, f.verdict, f.clauses])).toEqual([
      ['account-access', 'may-not-require', 1],
      ['profile-photo', 'may-not-require', 1],
      ['feed-post', 'fine', 1],
    ]);
  });

  it('a new check can be saved in its turn', async () => {
    const { root } = await checkedPage('en');
    await click(byText(root, 'button', WORDS.en.save));
    await vi.waitFor(() => expect(status(root)).toContain('entry 1'));
    await click(byText(root, 'button', WORDS.en.check));
    expect(byText(root, 'button', WORDS.en.save).disabled).toBe(false);
    expect(status(root)).toBe('');
  });

  it('says plainly when storage is full or the log refused it, and lets the user try again', async () => {
    const answers = [
      { ok: false as const, error: 'QUOTA_BYTES quota exceeded', retry: true, storageFull: true },
      { ok: false as const, error: 'record.policy: expected language, role and findings' },
    ];
    const save = vi.fn(async () => answers.shift() ?? { ok: true as const, seq: 4 });
    const { root } = await checkedPage('nl', save);
    const button = byText(root, 'button', WORDS.nl.save);
    await click(button);
    await vi.waitFor(() => expect(status(root)).toMatch(/opslag van de browser .* is vol/));
    await click(button);
    await vi.waitFor(() => expect(status(root)).toMatch(/^Het rapport is niet opgeslagen: record\.policy/));
    await click(button);
    await vi.waitFor(() =>
      expect(status(root)).toContain('Opgeslagen in het beslissingenlogboek als vermelding 4.'),
    );
    expect(save).toHaveBeenCalledTimes(3);
    expect(JSON.stringify(save.mock.calls)).not.toContain('password');
  });

  it('offers nothing to save when the text has no clause', async () => {
    const stores = await startStores();
    const root = mount(
      <LanguageProvider language="en">
        <PolicyCheck settingsStore={stores.settingsStore} takeHandoff={async () => null} />
      </LanguageProvider>,
    );
    await type(byLabel<HTMLTextAreaElement>(root, 'Policy text'), 'Use our brand colours.');
    await click(byText(root, 'button', 'Check this text'));
    expect(root.querySelector('.policy-save')).toBeNull();
  });
});

describe.each([
  [
    'en' as const,
    'Policy checked: report saved',
    'Check a policy',
    '3 clauses read (English), for the role “Sales”',
    '2 demands your employer may not require, 0 contested, 1 fine',
  ],
  [
    'nl' as const,
    'Beleid gecontroleerd: rapport opgeslagen',
    'Beleid controleren',
    '3 bepalingen gelezen (Engels), voor de functie “Sales”',
    '2 eisen die je werkgever niet mag stellen, 0 omstreden, 1 in orde',
  ],
])('the saved report in the log (%s)', (language, title, where, read, counts) => {
  afterEach(unmountAll);

  it('shows what was checked, each activity with its answer, in the log and the popup', async () => {
    const { root: page, logStore } = await checkedPage(language);
    await click(byText(page, 'button', WORDS[language].save));
    await vi.waitFor(() => expect(logStore.getState().log.entries).toHaveLength(1));
    const entries = logStore.getState().log.entries;
    const log = mount(
      <LanguageProvider language={language}>
        <LogEntries entries={entries} notes={{}} onNote={() => undefined} onDraftLetter={() => undefined} />
      </LanguageProvider>,
    );
    expect(log.querySelector('h3')?.textContent).toBe(`#1${title}`);
    const details = log.querySelector('dl')?.textContent ?? '';
    expect(details).toContain(where);
    expect(details).toContain(read.replace('Sales', details.match(/“([^”]+)”/)?.[1] ?? 'Sales'));
    expect(log.querySelector('[data-policy-summary]')?.textContent).toBe(counts);
    expect(log.querySelectorAll('.policy-shown li')).toHaveLength(3);
    expect(log.querySelector('.policy-shown li')?.getAttribute('data-verdict')).toBe('may-not-require');

    const popup = mount(
      <LanguageProvider language={language}>
        <LatestDecisions logStore={logStore} />
      </LanguageProvider>,
    );
    expect(popup.querySelector('.latest-what')?.textContent).toBe(title);
    expect(popup.querySelector('.latest-meta')?.textContent).toContain(counts);
  });
});
