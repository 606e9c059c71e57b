import { describe, expect, it } from 'vitest';
import { assessForWarning, presentAssessment, verdictText } from '@/core/assessment-presentation';
import { evaluate } from '@/core/evaluate';
import { FLAG_TEXT, MITIGATION_TEXT } from '@/core/explanations';
import { assessmentMessages } from '@/core/i18n/messages/assessment';
import { RIGHTS_CATALOGUE } from '@/core/rights';
import { findRule } from '@/core/rules';
import { citeSource, findSource } from '@/core/sources';
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
      expect(view.outcomeText).toBe(verdictText(assessment).outcome[language]);
      expect(view.mayRequireText).toBe(verdictText(assessment).mayRequire[language]);
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
        expect(source.citation).toBe(known && citeSource(known, language));
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
            article: RIGHTS_CATALOGUE[right].article[language],
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
    expect(reason?.sources[1]?.citation).toBe(findSource('S1')?.citation.en);
  });
});

describe('the verdict says how sure it is, in its first line', () => {
  const present = (situation: Situation, language: Language = 'en') =>
    presentAssessment(evaluate(situation), language);
  const technicianPhoto: Situation = {
    activity: 'website-photo',
    role: 'field-service',
    initiator: 'employer-requires',
  };

  it.each(LANGUAGES)(
    'a field technician asked for a website photo never reads a plain "yes" (%s)',
    (language) => {
      const view = present(technicianPhoto, language);
      expect(view.outcome).toBe('required-by-job');
      expect(view.certainty).toBe('contested');
      expect(view.contested).toBe(true);
      expect(view.outcomeText).toBe(assessmentMessages[language].outcomeRequiredContested);
      expect(view.mayRequireText).toBe(assessmentMessages[language].mayRequireRequiredContested);
      expect(view.mayRequireText).not.toMatch(/^(Yes|Ja)\b/);
    },
  );

  it('words a contested answer as the contract says, in both languages', () => {
    expect(present(technicianPhoto).outcomeText).toMatch(/^Probably part of your job, but contested/);
    expect(present(technicianPhoto).mayRequireText).toMatch(/^Probably, but this is contested/);
    expect(present(technicianPhoto, 'nl').outcomeText).toMatch(
      /^Waarschijnlijk onderdeel van je functie, maar omstreden/,
    );
    expect(present(technicianPhoto, 'nl').mayRequireText).toMatch(
      /^Waarschijnlijk wel, maar dit is omstreden/,
    );
  });

  it('says "yes" only for an uncontested job necessity', () => {
    const view = present({ activity: 'website-name', role: 'field-service', initiator: 'employer-requires' });
    expect(view.certainty).toBe('firm');
    expect(view.mayRequireText).toMatch(/^Yes, within the job/);
  });

  it.each(LANGUAGES)('reads not-allowed as "most likely", never as a certainty (%s)', (language) => {
    const view = present(
      { activity: 'account-access', role: 'sales', initiator: 'employer-requires' },
      language,
    );
    expect(view.certainty).toBe('likely');
    expect(view.outcomeText).toMatch(
      language === 'en' ? /^Most likely no valid basis/ : /^Hoogstwaarschijnlijk geen geldige grondslag/,
    );
    expect(view.mayRequireText).toMatch(
      language === 'en' ? /^Most likely not/ : /^Hoogstwaarschijnlijk niet/,
    );
  });

  it.each(LANGUAGES)(
    'the interest route is "not available until you have been told" without prior information (%s)',
    (language) => {
      const name = { activity: 'website-name', role: 'sales', initiator: 'employer-requires' } as const;
      const untold = present(name, language);
      expect(untold.certainty).toBe('not-yet');
      expect(untold.outcomeText).toMatch(
        language === 'en'
          ? /not available until you have been told/
          : /niet beschikbaar zolang je niet bent geïnformeerd/,
      );
      const told = present({ ...name, informed: true }, language);
      expect(told.certainty).toBe('firm');
      expect(told.outcomeText).toBe(assessmentMessages[language].outcomeInterest);
    },
  );

  it('says contested and not yet available together for an untold identifiable photo', () => {
    const view = present({ activity: 'employer-social-photo', role: 'sales', initiator: 'employer-asks' });
    expect(view.outcomeText).toBe(assessmentMessages.en.outcomeInterestContestedNotTold);
    const told = present({
      activity: 'employer-social-photo',
      role: 'sales',
      initiator: 'employer-asks',
      informed: true,
    });
    expect(told.outcomeText).toMatch(/^Possibly on your employer’s legitimate interest, but contested/);
  });

  it('says contested for a voluntary answer with a bonus attached', () => {
    const view = present({
      activity: 'website-photo',
      role: 'back-office',
      initiator: 'employer-asks',
      incentive: 'bonus',
    });
    expect(view.outcome).toBe('voluntary-only');
    expect(view.outcomeText).toBe(assessmentMessages.en.outcomeVoluntaryContested);
  });

  it('labels foreign law as comparison where a reason cites it', () => {
    const view = present(
      { activity: 'website-photo', role: 'back-office', initiator: 'employer-asks' },
      'nl',
    );
    const german = view.reasons.flatMap((r) => r.sources).find((s) => s.id === 'S32');
    expect(german?.comparison).toBe(true);
    expect(german?.citation).toMatch(/^Ter vergelijking, Duits recht:/);
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
