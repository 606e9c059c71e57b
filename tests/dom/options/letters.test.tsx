import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LanguageProvider } from '@/components/i18n';
import { LetterDraft } from '@/components/options/LetterDraft';
import { LettersView } from '@/components/options/LettersView';
import { PolicyLetterDraft } from '@/components/options/PolicyLetterDraft';
import { analysePolicy } from '@/core/policy';
import { defaultLetterSettings, defaultSettings, type Settings } from '@/core/settings';
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
  letter: { ...defaultLetterSettings(), email: 'ann@example.nl', addressee: 'dpo' },
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

  it('suggests the letters that fit the outcome and drafts one ready to send, with the deadline', async () => {
    const root = mount(
      <LanguageProvider language="en">
        <LetterDraft
          now={now}
          settings={settings}
          situation={{ activity: 'website-photo', assessment: { outcome: 'legitimate-interest' } }}
        />
      </LanguageProvider>,
    );
    const kinds = byLabel<HTMLFieldSetElement>(root, 'What do you want to do?');
    const checked = kinds.querySelector<HTMLInputElement>('input:checked');
    expect(root.querySelector(`label[for="${checked?.id}"]`)?.textContent).toContain(
      'Object to the processing',
    );
    const text = letterText(root);
    expect(byLabel<HTMLTextAreaElement>(root, 'Your letter').readOnly).toBe(true);
    expect(text).toContain('Acme B.V.\nAttn. the data protection officer');
    expect(text).toContain('Ann de Vries\nann@example.nl');
    expect(text).not.toMatch(/\b[RS]\d/);
    expect(text).toMatch(/Art(icle|\.) 21/);
    expect(text).toContain('30 December 2026');
    // An objection needs the writer's reasons: asked for above the letter, and nothing can be sent yet.
    expect(byText(root, 'button', 'Copy to clipboard').disabled).toBe(true);
    expect(root.textContent).toContain('Fill in your reasons to copy, save or print the letter.');
    await type(
      byLabel<HTMLTextAreaElement>(root, 'Your reasons for objecting (needed)'),
      'A customer stalked me.',
    );
    expect(letterText(root)).toContain('particular situation: A customer stalked me.');
    expect(byText(root, 'button', 'Copy to clipboard').disabled).toBe(false);
    // The letter comes before the choices that shape it.
    const letterBox = byLabel<HTMLTextAreaElement>(root, 'Your letter');
    expect(letterBox.compareDocumentPosition(kinds) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('asks for the name, a way to reach the writer and the employer when the settings lack them', async () => {
    const root = mount(
      <LanguageProvider language="nl">
        <LetterDraft now={now} settings={defaultSettings()} situation={{ activity: 'comment' }} />
      </LanguageProvider>,
    );
    const buttons = ['Naar klembord kopiëren', 'Opslaan als tekstbestand', 'Afdrukken'];
    for (const name of buttons) expect(byText(root, 'button', name).disabled).toBe(true);
    expect(letterText(root)).not.toMatch(/[[\]{}]/);
    await type(byLabel(root, 'Je volledige naam'), 'Ann de Vries');
    await type(byLabel(root, 'Je postadres of e-mailadres'), 'Kerkstraat 1, 1234 AB Utrecht');
    expect(byText(root, 'button', 'Afdrukken').disabled).toBe(true);
    await type(byLabel(root, 'Naam van je werkgever'), 'Acme');
    for (const name of buttons) expect(byText(root, 'button', name).disabled).toBe(false);
    expect(letterText(root)).toMatch(/^Ann de Vries\nKerkstraat 1\n1234 AB Utrecht\n\nAcme\n/);
    expect(letterText(root)).toContain('Ik werk bij Acme. Deze brief gaat over');
  });

  it('writes from the position chosen, and prints only the letter', async () => {
    const print = vi.fn(() => {
      const sheet = document.body.querySelector(':scope > .letter-print-sheet');
      expect(sheet?.textContent).toContain('Ann de Vries');
      expect(sheet?.querySelector('textarea, button, input')).toBeNull();
    });
    vi.stubGlobal('print', print);
    const root = mount(
      <LanguageProvider language="en">
        <LetterDraft now={now} settings={settings} situation={{ activity: 'website-photo' }} />
      </LanguageProvider>,
    );
    await choose(byLabel(byLabel(root, 'Your position at this employer'), 'I have left (former employee)'));
    expect(letterText(root)).toContain('I used to work for Acme B.V.');
    expect(letterText(root)).not.toMatch(/I work for/);
    await click(byText(root, 'button', 'Print'));
    expect(print).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(document.querySelector('.letter-print-sheet')).toBeNull());
    vi.unstubAllGlobals();
  });

  it('changes kind, language and details, and copies or saves the text', async () => {
    const root = mount(
      <LanguageProvider language="en">
        <LetterDraft
          now={now}
          settings={settings}
          situation={{ activity: 'profile-photo', initiator: 'employer-asks' }}
        />
      </LanguageProvider>,
    );
    await choose(byLabel(root, /Withdraw my consent/));
    expect(letterText(root)).toMatch(/7\(3\)/);
    expect(letterText(root)).toContain('From now on I will no longer show');
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
    expect(root.querySelector(`label[for="${checked?.id}"]`)?.textContent).toContain(
      'Nee zeggen op het verzoek of de eis',
    );
    expect(letterText(root)).toContain('Acme B.V.');
    expect(letterText(root)).not.toMatch(/\b[RS]\d/);
  });

  it('letters view: asks how the employer put it and writes the letter that way', async () => {
    const stores = await startStores();
    const root = mount(
      <LanguageProvider language="en">
        <LettersView settingsStore={stores.settingsStore} logStore={stores.logStore} entrySeq={null} />
      </LanguageProvider>,
    );
    expect(letterText(root)).toContain('This letter concerns posting or sharing messages');
    await choose(byLabel(byLabel(root, 'How did your employer put it?'), 'As a requirement'));
    expect(letterText(root)).toContain('This letter concerns your requirement that I post');
  });

  it('drafts the policy letter to HR or the works council, quoting the problem clauses', async () => {
    const text =
      'We expect all employees to:\n- give the marketing team admin access to their LinkedIn account;\n- use a professional profile photo on LinkedIn.';
    const report = analysePolicy(text, { role: 'back-office' });
    const root = mount(
      <LanguageProvider language="en">
        <PolicyLetterDraft report={report} text={text} settings={settings} employer="Acme B.V." now={now} />
      </LanguageProvider>,
    );
    await click(byText<HTMLElement>(root, 'summary', 'Draft a letter about these clauses'));
    const letter = () => byLabel<HTMLTextAreaElement>(root, 'Your letter').value;
    expect(letter()).toContain('1. “give the marketing team admin access to their LinkedIn account;”');
    expect(letter()).toContain('Attn. the data protection officer');
    expect(letter()).not.toMatch(/\b[RS]\d|[[\]{}]/);
    expect(byText(root, 'button', 'Print').disabled).toBe(false);
    await choose(byLabel(byLabel(root, 'Who is the letter for?'), 'The works council'));
    expect(letter()).toContain('Attn. the works council');
    expect(letter()).toContain('Dear members of the works council,');
  });
});
