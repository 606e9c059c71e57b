import { describe, expect, it } from 'vitest';
import { assessForWarning, presentAssessment } from '@/core/assessment-presentation';
import { evaluate } from '@/core/evaluate';
import { FLAG_TEXT, MITIGATION_TEXT, OUTCOME_MAY_REQUIRE_TEXT, OUTCOME_TEXT } from '@/core/explanations';
import { RIGHTS_CATALOGUE } from '@/core/rights';
import { findRule } from '@/core/rules';
import { findSource } from '@/core/sources';
import { type Assessment, LANGUAGES, type Language, type Situation } from '@/core/types';
import { askedForPhoto, companyPage, requiredByJob } from '../fixtures/situations';

describe('presentAssessment', () => {
  it.each(LANGUAGES)('resolves the outcome sentences in %s', (language) => {
    for (const situation of [askedForPhoto, requiredByJob, companyPage]) {
      const assessment = evaluate(situation);
      const view = presentAssessment(assessment, language);
      expect(view.language).toBe(language);
      expect(view.outcome).toBe(assessment.outcome);
      expect(view.employerMayRequire).toBe(assessment.employerMayRequire);
      expect(view.outcomeText).toBe(OUTCOME_TEXT[assessment.outcome][language]);
      expect(view.mayRequireText).toBe(OUTCOME_MAY_REQUIRE_TEXT[assessment.outcome][language]);
    }
  });

  it.each(LANGUAGES)('gives every reason its rule texts and its sources, in order (%s)', (language) => {
    const assessment = evaluate(askedForPhoto);
    const view = presentAssessment(assessment, language);
    expect(view.reasons.map((r) => r.rule)).toEqual(assessment.reasons.map((r) => r.rule));
    for (const [index, reason] of view.reasons.entries()) {
      const rule = findRule(reason.rule);
      expect(reason.title).toBe(rule?.title[language]);
      expect(reason.explanation).toBe(rule?.explanation[language]);
      expect(reason.verify).toBe(rule?.verify === true);
      expect(reason.sources.map((s) => s.id)).toEqual(assessment.reasons[index]?.sources);
      for (const source of reason.sources) {
        const known = findSource(source.id);
        expect(source.citation).toBe(known?.citation);
        expect(source.url).toBe(known?.url);
        expect(source.verify).toBe(known?.verify);
      }
    }
  });

  it.each(LANGUAGES)(
    'lists flags, rights and safeguards with their texts, in the core’s order (%s)',
    (language) => {
      for (const situation of [askedForPhoto, companyPage]) {
        const assessment = evaluate(situation);
        const view = presentAssessment(assessment, language);
        expect(view.flags).toEqual(
          assessment.flags.map((flag) => ({ flag, text: FLAG_TEXT[flag][language] })),
        );
        expect(view.rights).toEqual(
          assessment.rights.map((right) => ({
            right,
            name: RIGHTS_CATALOGUE[right].name[language],
            article: RIGHTS_CATALOGUE[right].article,
            whatToAsk: RIGHTS_CATALOGUE[right].whatToAsk[language],
          })),
        );
        expect(view.safeguards).toEqual(
          assessment.mitigations.map((mitigation) => ({
            mitigation,
            text: MITIGATION_TEXT[mitigation][language],
          })),
        );
      }
    },
  );

  it('covers a flag and a safeguard at least once in the cases above (the tests are not vacuous)', () => {
    const views = [askedForPhoto, companyPage].map((s) => presentAssessment(evaluate(s), 'en'));
    expect(views.some((v) => v.flags.length > 0)).toBe(true);
    expect(views.some((v) => v.safeguards.length > 0)).toBe(true);
    expect(views.some((v) => v.reasons.some((r) => r.sources.some((s) => s.url !== undefined)))).toBe(true);
  });

  it('is plain data: it survives a JSON round trip and a structured clone unchanged', () => {
    const view = presentAssessment(evaluate(askedForPhoto), 'nl');
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
    expect(structuredClone(view)).toEqual(view);
    expect(Object.values(view.reasons[0] ?? {}).some((v) => typeof v === 'function')).toBe(false);
  });

  it('shows an unknown rule or source by its id rather than failing', () => {
    const assessment: Assessment = {
      ...evaluate(requiredByJob),
      reasons: [{ rule: 'R99', sources: ['S999', 'S1'] }],
    };
    const [reason] = presentAssessment(assessment, 'en').reasons;
    expect(reason).toEqual({
      rule: 'R99',
      verify: false,
      sources: [{ id: 'S999', citation: 'S999', verify: false }, expect.objectContaining({ id: 'S1' })],
    });
    expect(reason?.sources[1]?.citation).toBe(findSource('S1')?.citation);
  });
});

describe('assessForWarning', () => {
  it.each<Language>(['en', 'nl'])('evaluates and presents in one step (%s)', (language) => {
    const { assessment, presentation } = assessForWarning({ situation: requiredByJob, language });
    expect(assessment).toEqual(evaluate(requiredByJob));
    expect(presentation).toEqual(presentAssessment(assessment, language));
    expect(presentation.outcome).toBe('required-by-job');
  });

  it('throws the core’s TypeError for an invalid situation', () => {
    const invalid = {
      activity: 'feed-post',
      role: 'astronaut',
      initiator: 'own-initiative',
    } as unknown as Situation;
    expect(() => assessForWarning({ situation: invalid, language: 'en' })).toThrow(TypeError);
  });
});
