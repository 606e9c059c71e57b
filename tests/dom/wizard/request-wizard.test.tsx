import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LanguageProvider } from '../../../components/i18n';
import { RequestWizard } from '../../../components/wizard/RequestWizard';
import { evaluate } from '../../../core/evaluate';
import { OUTCOME_TEXT } from '../../../core/explanations';
import { defaultSettings, type Settings } from '../../../core/settings';
import { byLabel, byText, choose, click, mount, unmountAll } from '../options/page-harness';

const outcomeShown = (root: HTMLElement) =>
  root.querySelector('.wizard-result [data-outcome]')?.getAttribute('data-outcome') ?? null;

function open(settings: Settings = defaultSettings(), language: 'en' | 'nl' = 'en') {
  return mount(
    <LanguageProvider language={language}>
      <RequestWizard settings={settings} />
    </LanguageProvider>,
  );
}

describe('"Check a request" wizard', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });
  afterEach(() => {
    unmountAll();
    vi.restoreAllMocks();
  });

  it('asks until activity, role and initiator are known, then shows the core’s assessment', async () => {
    const root = open();
    expect(root.textContent).toContain('Answer what is asked, your role and who wants it');
    expect(outcomeShown(root)).toBeNull();
    await choose(byLabel<HTMLSelectElement>(root, 'What is asked of you?'), 'profile-photo');
    await choose(byLabel<HTMLSelectElement>(root, 'Your role'), 'sales');
    expect(outcomeShown(root)).toBeNull();
    await choose(byLabel(byLabel(root, 'Did your employer ask for this?'), 'Yes, my employer requires it'));
    const expected = evaluate({
      activity: 'profile-photo',
      role: 'sales',
      initiator: 'employer-requires',
      refusalConsequence: 'unknown',
      mitigations: [],
      jobDefined: false,
      workTime: false,
      worksCouncil: false,
    });
    expect(outcomeShown(root)).toBe(expected.outcome);
    expect(root.querySelector('.wizard-result')?.textContent).toContain(OUTCOME_TEXT[expected.outcome].en);
  });

  it('updates the assessment whenever an answer changes', async () => {
    const root = open({ ...defaultSettings(), role: 'communications', jobDefined: true, workTime: true });
    expect(byLabel<HTMLSelectElement>(root, 'Your role').value).toBe('communications');
    await choose(byLabel<HTMLSelectElement>(root, 'What is asked of you?'), 'feed-post');
    await choose(byLabel(byLabel(root, 'Did your employer ask for this?'), 'Yes, my employer asks for it'));
    const first = outcomeShown(root);
    expect(first).toBe('required-by-job');

    await choose(byLabel(byLabel(root, /part of the job you agreed to/), 'No'));
    expect(outcomeShown(root)).toBe('voluntary-only');
    await choose(
      byLabel(byLabel(root, 'What happens if you say no?'), 'It affects my assessment, bonus or career'),
    );
    expect(outcomeShown(root)).toBe('not-allowed');
    await choose(byLabel(byLabel(root, 'Did your employer ask for this?'), 'No, it is my own idea'));
    expect(outcomeShown(root)).toBe('voluntary-only');
    await choose(byLabel<HTMLSelectElement>(root, 'What is asked of you?'), 'account-access');
    expect(outcomeShown(root)).toBe(
      evaluate({ activity: 'account-access', role: 'communications', initiator: 'own-initiative' }).outcome,
    );
  });

  it('takes the safeguards the employer offers into account', async () => {
    const root = open({ ...defaultSettings(), role: 'back-office' });
    await choose(byLabel<HTMLSelectElement>(root, 'What is asked of you?'), 'website-photo');
    await choose(byLabel(byLabel(root, 'Did your employer ask for this?'), 'Yes, my employer asks for it'));
    const without = outcomeShown(root);
    const safeguards = byLabel<HTMLFieldSetElement>(root, /What does your employer offer/);
    const optOut = safeguards.querySelector<HTMLInputElement>(
      '#wizard-safeguard-opt-out-without-consequences',
    );
    await choose(optOut as HTMLInputElement);
    const withOptOut = evaluate({
      activity: 'website-photo',
      role: 'back-office',
      initiator: 'employer-asks',
      refusalConsequence: 'unknown',
      mitigations: ['opt-out-without-consequences'],
      jobDefined: false,
      workTime: false,
      worksCouncil: false,
    }).outcome;
    expect(outcomeShown(root)).toBe(withOptOut);
    expect(withOptOut).not.toBe(without);
  });

  it('drafts a letter from the assessment', async () => {
    const root = open({
      ...defaultSettings(),
      role: 'sales',
      employer: { name: 'Acme', aliases: [], companyPageUrl: null },
    });
    await choose(byLabel<HTMLSelectElement>(root, 'What is asked of you?'), 'account-access');
    await choose(byLabel(byLabel(root, 'Did your employer ask for this?'), 'Yes, my employer requires it'));
    await click(byText<HTMLElement>(root, 'summary', 'Draft a letter about this'));
    const letter = byLabel<HTMLTextAreaElement>(root, 'Your letter').value;
    expect(letter).toContain('Acme');
    expect(letter).toContain('R1');
  });

  it('asks in Dutch', async () => {
    const root = open(defaultSettings(), 'nl');
    expect(byLabel<HTMLSelectElement>(root, 'Wat wordt er van je gevraagd?').tagName).toBe('SELECT');
    expect(root.textContent).toContain('Heeft je werkgever hierom gevraagd?');
    expect(root.textContent).toContain('Wat gebeurt er als je nee zegt?');
  });
});
