// Review findings #5, #8, #14, #16 on the core: each test failed before its fix.
import { describe, expect, it } from 'vitest';
import { evaluate } from '@/core/evaluate';
import { assessmentMessages } from '@/core/i18n/messages/assessment';
import { draftLetter, LETTER_KINDS, type LetterKind } from '@/core/letters';
import { RIGHTS_CATALOGUE } from '@/core/rights';
import { defaultSettings } from '@/core/settings';
import { type Assessment, LANGUAGES, type Situation } from '@/core/types';
import { websiteLetterKinds, websitePlan } from '@/core/website-finding';

const ART_12_3 = { en: /Art\. 12\(3\) GDPR/, nl: /art\. 12, lid 3, AVG/ };

describe('Art. 21(1): the employer must show compelling grounds (#5)', () => {
  it.each(['mayRequireInterest', 'mayRequireInterestNotTold'] as const)(
    'does not make the objection depend on the employee outweighing the employer (%s)',
    (key) => {
      const text = { en: assessmentMessages.en[key], nl: assessmentMessages.nl[key] };
      expect(text.en).not.toMatch(/your objection outweighs/);
      expect(text.en).toMatch(/unless it (can )?(show|demonstrate)s? compelling legitimate grounds/);
      expect(text.en).toMatch(/interests, rights and freedoms/);
      expect(text.nl).not.toMatch(/als je bezwaar zwaarder weegt/);
      expect(text.nl).toMatch(/tenzij hij dwingende gerechtvaardigde gronden aantoont/);
      expect(text.nl).toMatch(/belangen, rechten en vrijheden/);
    },
  );
});

describe('the one-month deadline of Art. 12(3) only where Art. 15–22 requests are made (#8)', () => {
  const date = new Date(2026, 0, 31, 12);
  const letter = (kind: LetterKind, language: 'en' | 'nl') =>
    draftLetter({ kind, language, activity: 'website-photo', date, employerName: 'Acme' }).body;
  const withDeadline: LetterKind[] = ['access', 'erasure', 'objection', 'withdraw-consent'];

  for (const language of LANGUAGES) {
    it(`cites Art. 12(3) in the access, erasure, objection and withdrawal letters (${language})`, () => {
      for (const kind of withDeadline) expect(letter(kind, language)).toMatch(ART_12_3[language]);
    });

    it(`asks for a written answer in the refusal letter without citing Art. 12(3) or 12(4) (${language})`, () => {
      const body = letter('refuse-requirement', language);
      expect(body).not.toMatch(language === 'en' ? /Art\. 12\(/ : /art\. 12, lid/);
      const dated = body
        .split('\n\n')
        .find((p) => p.includes(language === 'en' ? '28 February 2026' : '28 februari 2026'));
      expect(dated).toMatch(language === 'en' ? /answer in writing/ : /antwoord graag schriftelijk/);
    });

    it(`ties the withdrawal letter's deadline to its erasure request (${language})`, () => {
      const body = letter('withdraw-consent', language);
      const paragraph = body.split('\n\n').find((p) => ART_12_3[language].test(p)) ?? '';
      expect(paragraph).toMatch(language === 'en' ? /erasure/ : /verwijder|wissen/);
    });
  }

  it('every letter kind is covered', () => {
    expect(LETTER_KINDS).toHaveLength(withDeadline.length + 1);
  });

  it('does not give a compensation claim (Art. 82) the one-month deadline, and says so', () => {
    const { deadline } = RIGHTS_CATALOGUE.compensation;
    expect(deadline).not.toEqual(RIGHTS_CATALOGUE.access.deadline);
    expect(deadline.en).not.toMatch(/within one month/);
    expect(deadline.en).toMatch(/no one-month deadline/i);
    expect(deadline.nl).toMatch(/geen termijn van een maand/i);
  });
});

describe('an objection on the company page (#14)', () => {
  it('makes a legitimate-interest company-page activity not-allowed from now on', () => {
    const situation: Situation = {
      activity: 'company-page-post',
      role: 'back-office',
      initiator: 'employer-asks',
      mitigations: ['opt-out-without-consequences'],
      refusalConsequence: 'none',
    };
    expect(evaluate(situation).outcome).toBe('legitimate-interest');
    const objected = evaluate({ ...situation, objected: true });
    expect(objected.outcome).toBe('not-allowed');
    expect(objected.reasons.map((r) => r.rule)).toContain('R11');
    expect(objected.rights).toEqual(expect.arrayContaining(['object', 'restriction']));
  });

  it('leaves the employee’s own company-page posts alone', () => {
    expect(
      evaluate({
        activity: 'company-page-post',
        role: 'back-office',
        initiator: 'own-initiative',
        objected: true,
      }).outcome,
    ).toBe('voluntary-only');
  });
});

describe('no erasure letter while the job requires it (#16)', () => {
  const technician = websitePlan(
    'website-name',
    { ...defaultSettings(), role: 'field-service' },
    {
      initiator: 'employer-requires',
    },
  );

  it('offers access, not erasure, for a current field technician’s name', () => {
    const situation = technician.situation;
    if (!situation) throw new Error('the plan needs no further answers');
    const assessment = evaluate(situation);
    expect(assessment.outcome).toBe('required-by-job');
    expect(websiteLetterKinds(assessment)).toEqual(['access']);
    expect(websiteLetterKinds(assessment, 'employee')).not.toContain('erasure');
  });

  it('offers erasure once the person has left', () => {
    const required: Pick<Assessment, 'outcome' | 'rights'> = {
      outcome: 'required-by-job',
      rights: ['information', 'access', 'rectification', 'erasure', 'complain'],
    };
    expect(websiteLetterKinds(required, 'ex-employee')).toEqual(['access', 'erasure']);
  });
});
