import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LanguageProvider } from '@/components/i18n';
import { LetterDraft } from '@/components/options/LetterDraft';
import { LettersView } from '@/components/options/LettersView';
import { defaultSettings, type Settings } from '@/core/settings';
import { record } from '../state/records';
import {
  byLabel,
  byText,
  captureDownloads,
  choose,
  click,
  mount,
  startStores,
  type,
  unmountAll,
} from './page-harness';

const settings: Settings = {
  ...defaultSettings(),
  employer: { name: 'Acme B.V.', aliases: [], companyPageUrl: null },
  ownName: 'Ann de Vries',
  role: 'back-office',
};
const letterText = (root: HTMLElement) =>
  byLabel<HTMLTextAreaElement>(root, /^(Your letter|Je brief)$/).value;
const now = () => new Date(2026, 10, 30, 12);

describe('letter draft', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });
  afterEach(() => {
    unmountAll();
    vi.restoreAllMocks();
  });

  it('suggests the letters that fit the outcome and drafts one citing the rules, with the deadline', async () => {
    const root = mount(
      <LanguageProvider language="en">
        <LetterDraft
          now={now}
          settings={settings}
          situation={{
            activity: 'website-photo',
            assessment: { outcome: 'legitimate-interest', reasons: [{ rule: 'R10', sources: ['S7'] }] },
          }}
        />
      </LanguageProvider>,
    );
    const kinds = byLabel<HTMLFieldSetElement>(root, 'What do you want to do?');
    const checked = kinds.querySelector<HTMLInputElement>('input:checked');
    expect(root.querySelector(`label[for="${checked?.id}"]`)?.textContent).toContain(
      'Object to the processing',
    );
    expect(kinds.textContent).toContain('Ask for information and access (Art. 13 and 15 GDPR) (suggested)');
    const text = letterText(root);
    expect(byLabel<HTMLTextAreaElement>(root, 'Your letter').readOnly).toBe(true);
    expect(text).toContain('Acme B.V.');
    expect(text).toContain('Ann de Vries');
    expect(text).toContain('R10');
    expect(text).toContain('S7');
    expect(text).toMatch(/Art(icle|\.) 21/);
    expect(text).toContain('30 December 2026');
  });

  it('changes kind, language and details, and copies or saves the text', async () => {
    const root = mount(
      <LanguageProvider language="en">
        <LetterDraft now={now} settings={settings} situation={{ activity: 'profile-photo' }} />
      </LanguageProvider>,
    );
    await choose(byLabel(root, /Withdraw my consent/));
    expect(letterText(root)).toMatch(/7\(3\)/);
    await type(
      byLabel<HTMLTextAreaElement>(root, 'Anything to add (optional)'),
      'The photo is on the About page.',
    );
    expect(letterText(root)).toContain('The photo is on the About page.');
    await choose(byLabel<HTMLSelectElement>(root, 'Language of the letter'), 'nl');
    expect(letterText(root)).toContain('toestemming');
    expect(letterText(root)).toContain('30 december 2026');

    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await click(byText(root, 'button', 'Copy to clipboard'));
    expect(writeText).toHaveBeenCalledWith(letterText(root));
    await vi.waitFor(() => expect(root.textContent).toContain('Copied.'));

    const files = captureDownloads();
    await click(byText(root, 'button', 'Save as a text file'));
    expect(files[0]?.name).toBe('letter-withdraw-consent-2026-11-30.txt');
    expect(await files[0]?.text).toBe(letterText(root));
  });

  it('drafts from a log entry in the letters view (options #letters?entry=N)', async () => {
    const stores = await startStores();
    await stores.settingsStore
      .getState()
      .update({ employer: { name: 'Acme B.V.', aliases: [], companyPageUrl: null } });
    await stores.writer.append(
      record({ activity: 'comment', surface: 'comment', outcome: 'not-allowed', rules: ['R3'] }),
    );
    await vi.waitFor(() => expect(stores.logStore.getState().log.entries).toHaveLength(1));
    const root = mount(
      <LanguageProvider language="nl">
        <LettersView settingsStore={stores.settingsStore} logStore={stores.logStore} entrySeq={1} />
      </LanguageProvider>,
    );
    expect(root.textContent).toContain('Over regel 1 van het logboek: Reactie voor het werk.');
    const kinds = byLabel<HTMLFieldSetElement>(root, 'Wat wil je doen?');
    const checked = kinds.querySelector<HTMLInputElement>('input:checked');
    expect(root.querySelector(`label[for="${checked?.id}"]`)?.textContent).toContain('Een eis weigeren');
    expect(letterText(root)).toContain('Acme B.V.');
    expect(letterText(root)).toContain('R3');
  });
});
