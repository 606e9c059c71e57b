import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { AssessmentPresentationView } from '@/components/assessment/AssessmentPresentationView';
import { AssessmentView } from '@/components/assessment/AssessmentView';
import { LanguageProvider } from '@/components/i18n';
import { evaluate } from '@/core';
import { presentAssessment, verdictText } from '@/core/assessment-presentation';
import { MITIGATION_TEXT } from '@/core/explanations';
import { assessmentMessages } from '@/core/i18n/messages/assessment';
import { commonMessages } from '@/core/i18n/messages/common';
import { RIGHTS_CATALOGUE } from '@/core/rights';
import { findRule } from '@/core/rules';
import { citeSource, findSource } from '@/core/sources';
import type { Assessment, Language } from '@/core/types';
import { askedForPhoto, requiredByJob } from '../../fixtures/situations';

const container = document.createElement('div');
document.body.append(container);
afterEach(() => render(null, container));

function show(assessment: Assessment, language: Language = 'en') {
  render(
    <LanguageProvider language={language}>
      <AssessmentView assessment={assessment} />
    </LanguageProvider>,
    container,
  );
  return container;
}

describe('AssessmentView', () => {
  it.each<Language>(['en', 'nl'])(
    'states the outcome and whether the employer may require it (%s)',
    (language) => {
      const assessment = evaluate(requiredByJob);
      const view = show(assessment, language);
      expect(view.querySelector('.outcome')?.textContent).toBe(verdictText(assessment).outcome[language]);
      expect(assessment.employerMayRequire).toBe(true);
      expect(view.querySelector('.may-require')?.textContent).toBe(
        `${assessmentMessages[language].mayRequireQuestion} ${assessmentMessages[language].mayRequireRequired}`,
      );
      expect(view.querySelector('summary')?.textContent).toBe(assessmentMessages[language].details);
    },
  );

  it('says plainly when the employer may not require it', () => {
    const assessment = evaluate({ ...requiredByJob, initiator: 'own-initiative' });
    expect(assessment.employerMayRequire).toBe(false);
    const line = show(assessment).querySelector('[data-employer-may-require]');
    expect(line?.getAttribute('data-employer-may-require')).toBe('false');
    expect(line?.textContent).toContain(assessmentMessages.en.mayRequireVoluntary);
  });

  it.each<Language>(['en', 'nl'])(
    'shows a contested answer as contested in its first lines (%s)',
    (language) => {
      const assessment = evaluate({
        activity: 'website-photo',
        role: 'field-service',
        initiator: 'employer-requires',
      });
      const view = show(assessment, language);
      expect(view.querySelector('.assessment')?.getAttribute('data-certainty')).toBe('contested');
      expect(view.querySelector('.outcome')?.textContent).toBe(
        assessmentMessages[language].outcomeRequiredContested,
      );
      expect(view.querySelector('.may-require')?.textContent).toBe(
        `${assessmentMessages[language].mayRequireQuestion} ${assessmentMessages[language].mayRequireRequiredContested}`,
      );
    },
  );

  it('keeps the detail behind a native <details>, closed at first', () => {
    const details = show(evaluate(askedForPhoto)).querySelector('details');
    expect(details).not.toBeNull();
    expect(details?.open).toBe(false);
  });

  it('lists every reason with its rule and its sources, marking unchecked ones', () => {
    const assessment = evaluate(askedForPhoto);
    const view = show(assessment);
    for (const reason of assessment.reasons) {
      const item = view.querySelector(`[data-rule="${reason.rule}"]`);
      const rule = findRule(reason.rule);
      expect(item?.textContent).toContain(rule?.title.en);
      for (const id of reason.sources) {
        const known = findSource(id);
        const source = item?.querySelector(`[data-source="${id}"]`);
        expect(source?.textContent).toContain(known && citeSource(known, 'en'));
        expect(source?.textContent?.includes(commonMessages.en.notYetChecked)).toBe(Boolean(known?.verify));
        const link = source?.querySelector('a');
        if (known?.url) {
          expect(link?.getAttribute('href')).toBe(known?.url);
          expect(link?.getAttribute('rel')).toContain('noopener');
        } else {
          expect(link).toBeNull();
        }
      }
    }
  });

  it.each<Language>(['en', 'nl'])('lists the rights and safeguards in %s', (language) => {
    const assessment = evaluate(askedForPhoto);
    const view = show(assessment, language);
    expect(assessment.rights.length).toBeGreaterThan(0);
    for (const right of assessment.rights) {
      expect(view.querySelector(`[data-right="${right}"]`)?.textContent).toContain(
        RIGHTS_CATALOGUE[right].name[language],
      );
    }
    const safeguards = [...view.querySelectorAll('.safeguards li')].map((li) => li.textContent);
    expect(safeguards).toEqual(assessment.mitigations.map((m) => MITIGATION_TEXT[m][language]));
  });

  it('marks a rule or source that is still unchecked, and only that', () => {
    const presentation = presentAssessment(evaluate(askedForPhoto), 'en');
    const [first, ...rest] = presentation.reasons;
    if (!first) throw new Error('the fixture has reasons');
    const [source, ...others] = first.sources;
    if (!source) throw new Error('the first reason has sources');
    const marked = {
      ...presentation,
      reasons: [{ ...first, verify: true, sources: [{ ...source, verify: true }, ...others] }, ...rest],
    };
    render(
      <LanguageProvider language="en">
        <AssessmentPresentationView presentation={marked} />
      </LanguageProvider>,
      container,
    );
    const item = container.querySelector(`[data-rule="${first.rule}"]`);
    expect(item?.querySelectorAll('.unchecked')).toHaveLength(2);
    expect(item?.querySelector(`[data-source="${source.id}"] .unchecked`)?.textContent).toContain(
      commonMessages.en.notYetChecked,
    );
    expect(container.querySelectorAll('.unchecked')).toHaveLength(2);
  });
});
