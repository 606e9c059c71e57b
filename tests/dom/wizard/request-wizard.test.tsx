import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LanguageProvider } from '@/components/i18n';
import { RequestWizard } from '@/components/wizard/RequestWizard';
import { verdictText } from '@/core/assessment-presentation';
import { evaluate } from '@/core/evaluate';
import { assessmentMessages } from '@/core/i18n/messages/assessment';
import { defaultSettings, type Settings } from '@/core/settings';
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
    expect(root.querySelector('.wizard-result')?.textContent).toContain(verdictText(expected).outcome.en);
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
    expect(letter).not.toMatch(/\b[RS]\d/);
  });

  it('scenario 24: a former field technician whose photo stays on the website is not-allowed (R5)', async () => {
    const root = open({ ...defaultSettings(), role: 'field-service' });
    await choose(byLabel<HTMLSelectElement>(root, 'What is asked of you?'), 'website-photo');
    await choose(byLabel(byLabel(root, 'Did your employer ask for this?'), 'Yes, my employer requires it'));
    // Unanswered, the status is the contract's default: a current employee, whose job needs it.
    expect(outcomeShown(root)).toBe('required-by-job');
    await choose(byLabel(byLabel(root, /position at this employer/), 'I have left (former employee)'));
    expect(outcomeShown(root)).toBe('not-allowed');
    expect(
      evaluate({
        activity: 'website-photo',
        role: 'field-service',
        initiator: 'employer-requires',
        status: 'ex-employee',
      }).reasons.map((r) => r.rule),
    ).toContain('R5');
    expect(root.querySelector('.wizard-result')?.textContent).toContain(
      assessmentMessages.en.outcomeNotAllowed,
    );
  });

  it('scenario 27: a photo made for an internal presentation now on delivery vans is not-allowed (R4)', async () => {
    const root = open({ ...defaultSettings(), role: 'field-service' });
    await choose(byLabel<HTMLSelectElement>(root, 'What is asked of you?'), 'employer-social-photo');
    await choose(byLabel(byLabel(root, 'Did your employer ask for this?'), 'Yes, my employer requires it'));
    expect(outcomeShown(root)).not.toBe('not-allowed');
    await choose(byLabel(byLabel(root, /made for one purpose and is it now used for another/), 'Yes'));
    expect(outcomeShown(root)).toBe('not-allowed');
    await choose(
      byLabel(byLabel(root, /made for one purpose and is it now used for another/), 'I don’t know'),
    );
    expect(outcomeShown(root)).not.toBe('not-allowed');
  });

  it('asks whether you objected and whether you were told beforehand', async () => {
    const root = open({ ...defaultSettings(), role: 'back-office' });
    await choose(byLabel<HTMLSelectElement>(root, 'What is asked of you?'), 'website-name');
    await choose(byLabel(byLabel(root, 'Did your employer ask for this?'), 'Yes, my employer asks for it'));
    expect(outcomeShown(root)).toBe('legitimate-interest');
    // Not told beforehand (the default): the right to information comes first (R17).
    const rights = () =>
      [...root.querySelectorAll('.wizard-result [data-right]')].map((li) => li.getAttribute('data-right'));
    expect(rights()[0]).toBe('information');
    await choose(byLabel(byLabel(root, /tell you beforehand the purpose/), 'Yes'));
    expect(rights()[0]).toBe('object');
    await choose(byLabel(byLabel(root, /Have you objected/), 'Yes'));
    expect(outcomeShown(root)).toBe('not-allowed');
  });

  it('announces only the outcome line, not the whole assessment', async () => {
    const root = open({ ...defaultSettings(), role: 'field-service' });
    const live = root.querySelectorAll('[aria-live], [role="status"], [role="alert"]');
    expect(live).toHaveLength(1);
    const announcement = live[0] as HTMLElement;
    expect(announcement.textContent).toBe('');
    await choose(byLabel<HTMLSelectElement>(root, 'What is asked of you?'), 'website-photo');
    await choose(byLabel(byLabel(root, 'Did your employer ask for this?'), 'Yes, my employer requires it'));
    await choose(byLabel(byLabel(root, /position at this employer/), 'I have left (former employee)'));
    expect(announcement.textContent).toBe(`Assessment: ${assessmentMessages.en.outcomeNotAllowed}`);
    expect(announcement.contains(root.querySelector('.wizard-result [data-outcome]'))).toBe(false);
    expect(root.querySelector('.wizard-result')?.hasAttribute('aria-live')).toBe(false);
  });

  it('asks whether a less intrusive way exists, with "I don’t know" answered by default', async () => {
    const root = open({ ...defaultSettings(), role: 'communications', jobDefined: true, workTime: true });
    await choose(byLabel<HTMLSelectElement>(root, 'What is asked of you?'), 'feed-post');
    await choose(byLabel(byLabel(root, 'Did your employer ask for this?'), 'Yes, my employer requires it'));
    const question = byLabel<HTMLFieldSetElement>(root, /reach its purpose with less/);
    expect(byLabel(question, 'I don’t know').checked).toBe(true);
    expect(outcomeShown(root)).toBe('required-by-job');
    await choose(byLabel(question, 'Yes'));
    const base = {
      activity: 'feed-post',
      role: 'communications',
      initiator: 'employer-requires',
      jobDefined: true,
      workTime: true,
    } as const;
    expect(outcomeShown(root)).toBe(evaluate({ ...base, lessIntrusiveAlternative: true }).outcome);
    expect(outcomeShown(root)).not.toBe('required-by-job');
    await choose(byLabel(question, 'I don’t know'));
    expect(outcomeShown(root)).toBe('required-by-job');
  });

  it('asks about a clause on use after leaving, and about a bonus or gift', async () => {
    const root = open({ ...defaultSettings(), role: 'field-service' });
    await choose(byLabel<HTMLSelectElement>(root, 'What is asked of you?'), 'website-photo');
    await choose(byLabel(byLabel(root, 'Did your employer ask for this?'), 'Yes, my employer requires it'));
    await choose(byLabel(byLabel(root, /position at this employer/), 'I have left (former employee)'));
    expect(outcomeShown(root)).toBe('not-allowed');
    const clause = byLabel<HTMLFieldSetElement>(
      root,
      /written agreement about using your photo or name after you leave/,
    );
    await choose(byLabel(clause, 'Yes'));
    const withClause = evaluate({
      activity: 'website-photo',
      role: 'field-service',
      initiator: 'employer-requires',
      status: 'ex-employee',
      postEmploymentClause: true,
    });
    expect(outcomeShown(root)).toBe(withClause.outcome);
    expect(withClause.outcome).toBe('legitimate-interest');

    const bonusRoot = open({ ...defaultSettings(), role: 'back-office' });
    await choose(byLabel<HTMLSelectElement>(bonusRoot, 'What is asked of you?'), 'feed-post');
    await choose(
      byLabel(byLabel(bonusRoot, 'Did your employer ask for this?'), 'Yes, my employer asks for it'),
    );
    const incentive = byLabel<HTMLFieldSetElement>(bonusRoot, 'Is there a bonus or gift for taking part?');
    expect(byLabel(incentive, 'I don’t know').checked).toBe(true);
    const certainty = () =>
      bonusRoot.querySelector('.wizard-result [data-certainty]')?.getAttribute('data-certainty');
    const before = certainty();
    await choose(byLabel(incentive, 'A bonus or another real advantage'));
    const bonus = evaluate({
      activity: 'feed-post',
      role: 'back-office',
      initiator: 'employer-asks',
      incentive: 'bonus',
    });
    expect(bonus.flags).toContain('contested');
    expect(outcomeShown(bonusRoot)).toBe(bonus.outcome);
    expect(bonusRoot.querySelector('.wizard-result')?.textContent).toContain(verdictText(bonus).outcome.en);
    expect(certainty()).not.toBe(before);
  });

  it('never calls an "I don’t know" answer missing: three answers give the assessment', async () => {
    const root = open(defaultSettings());
    await choose(byLabel<HTMLSelectElement>(root, 'What is asked of you?'), 'intranet-photo');
    await choose(byLabel<HTMLSelectElement>(root, 'Your role'), 'sales');
    await choose(byLabel(byLabel(root, 'Did your employer ask for this?'), 'Yes, my employer asks for it'));
    expect(outcomeShown(root)).not.toBeNull();
    const shown = `${root.querySelector('.wizard-summary')?.textContent} ${root.querySelector('.assessment')?.textContent}`;
    expect(shown).not.toMatch(/missing|unknown|not answered|I don’t know/i);
    const nl = open(defaultSettings(), 'nl');
    await choose(byLabel<HTMLSelectElement>(nl, 'Wat wordt er van je gevraagd?'), 'intranet-photo');
    await choose(byLabel<HTMLSelectElement>(nl, 'Je functie'), 'sales');
    await choose(
      byLabel(byLabel(nl, 'Heeft je werkgever hierom gevraagd?'), 'Ja, mijn werkgever vraagt het'),
    );
    expect(
      `${nl.querySelector('.wizard-summary')?.textContent} ${nl.querySelector('.assessment')?.textContent}`,
    ).not.toMatch(/ontbreekt|onbekend|Weet ik niet/i);
    expect(byLabel(byLabel(nl, 'Krijg je een bonus of cadeau als je meedoet?'), 'Weet ik niet').checked).toBe(
      true,
    );
  });

  it('checks one request with two activities in one go, one assessment each, above the questions', async () => {
    const root = open({ ...defaultSettings(), role: 'back-office' });
    await choose(byLabel<HTMLSelectElement>(root, 'What is asked of you?'), 'profile-employer');
    await click(byText(root, 'button', 'Add something else the request asks'));
    await choose(byLabel<HTMLSelectElement>(root, 'Also asked in the same request (2)'), 'group-post');
    await choose(byLabel(byLabel(root, 'Did your employer ask for this?'), 'Yes, my employer requires it'));
    const results = [...root.querySelectorAll<HTMLElement>('.wizard-activity-result')];
    expect(results.map((r) => r.dataset.activity)).toEqual(['profile-employer', 'group-post']);
    for (const result of results) {
      const expected = evaluate({
        activity: result.dataset.activity as 'profile-employer' | 'group-post',
        role: 'back-office',
        initiator: 'employer-requires',
      });
      expect(result.querySelector('[data-outcome]')?.getAttribute('data-outcome')).toBe(expected.outcome);
      expect(result.querySelector('h3')?.textContent).toContain(':');
      const line = root.querySelector(`.wizard-summary li[data-activity="${result.dataset.activity}"]`);
      expect(line?.getAttribute('data-outcome')).toBe(expected.outcome);
      expect(line?.textContent).toContain(verdictText(expected).outcome.en);
    }
    const announcement = root.querySelector('.wizard-announcement')?.textContent ?? '';
    expect(announcement.split(' · ')).toHaveLength(2);
    expect(root.querySelectorAll('details.wizard-letter')).toHaveLength(2);
    // The answer comes before the questions in the page.
    const form = root.querySelector('form.wizard-questions') as HTMLElement;
    expect(
      (root.querySelector('.wizard-summary') as HTMLElement).compareDocumentPosition(form) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    await click(byText(root, 'button', 'Remove'));
    expect(root.querySelectorAll('.wizard-activity-result')).toHaveLength(1);
    expect(root.querySelectorAll('.wizard-summary li')).toHaveLength(1);
  });

  it('asks in Dutch', async () => {
    const root = open(defaultSettings(), 'nl');
    expect(byLabel<HTMLSelectElement>(root, 'Wat wordt er van je gevraagd?').tagName).toBe('SELECT');
    expect(root.textContent).toContain('Heeft je werkgever hierom gevraagd?');
    expect(root.textContent).toContain('Wat gebeurt er als je nee zegt?');
    expect(
      byLabel(byLabel(root, /positie bij deze werkgever/), 'Ik ben vertrokken (oud-werknemer)').type,
    ).toBe('radio');
    expect(root.textContent).toContain('Heb je er bezwaar tegen gemaakt');
  });
});
