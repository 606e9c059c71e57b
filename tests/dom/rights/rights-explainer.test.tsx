import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { LanguageProvider } from '@/components/i18n';
import { RightsExplainer } from '@/components/rights/RightsExplainer';
import { rightsMessages } from '@/core/i18n/messages/rights';
import { AGREEMENTS, NO_ANSWER, SEED_QUESTIONS } from '@/core/rights';
import { citeSource, findSource } from '@/core/sources';
import { LANGUAGES, type Language } from '@/core/types';

const container = document.createElement('div');
document.body.append(container);
afterEach(() => render(null, container));

function show(language: Language) {
  render(
    <LanguageProvider language={language}>
      <RightsExplainer />
    </LanguageProvider>,
    container,
  );
  return container;
}

describe('Know your rights: the questions people ask', () => {
  it.each(LANGUAGES)('answers every seed question with its sources (%s)', (language) => {
    const view = show(language);
    expect(view.textContent).toContain(rightsMessages[language].questionsTitle);
    expect(view.querySelectorAll('[data-question]')).toHaveLength(SEED_QUESTIONS.length);
    for (const seed of SEED_QUESTIONS) {
      const item = view.querySelector(`[data-question="${seed.id}"]`);
      expect(item?.querySelector('summary')?.textContent).toBe(seed.question[language]);
      expect(item?.textContent).toContain(seed.answer[language]);
      for (const id of seed.sources) {
        const source = findSource(id);
        expect(source).toBeDefined();
        const shown = item?.querySelector(`[data-source="${id}"]`);
        expect(shown?.textContent).toContain(source && citeSource(source, language));
      }
    }
  });

  it.each(LANGUAGES)('shows the agreements route and what to do without an answer (%s)', (language) => {
    const view = show(language);
    expect(view.querySelector('[data-agreements]')?.textContent).toContain(AGREEMENTS.text[language]);
    const deadline = view.querySelector('[data-deadline]')?.textContent ?? '';
    expect(deadline).toContain(NO_ANSWER[language]);
    expect(deadline).toContain('ECLI:NL:HR:2023:1216');
  });

  it('shows the Dutch reader Dutch citations and foreign law as comparison only', () => {
    const view = show('nl');
    const text = view.textContent ?? '';
    expect(text).not.toMatch(/\bGDPR\b|\bparas\b|undated|\[/);
    expect(text).toMatch(/\bAVG\b/);
    const german = view.querySelector('[data-source="S32"]');
    if (german) expect(german.textContent).toMatch(/^Ter vergelijking/);
  });

  it('links sources safely and marks no checked source as unchecked', () => {
    const view = show('en');
    for (const link of view.querySelectorAll('.sources a')) {
      expect(link.getAttribute('rel')).toContain('noopener');
      expect(link.getAttribute('target')).toBe('_blank');
    }
    for (const mark of view.querySelectorAll('.unchecked')) {
      const id = mark.closest('[data-source]')?.getAttribute('data-source') ?? '';
      expect(findSource(id)?.verify).toBe(true);
    }
  });
});
