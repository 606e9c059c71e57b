import { describe, expect, it } from 'vitest';
import {
  answerDeadline,
  type CitationTable,
  draftLetter,
  ERASURE_GROUND,
  ERASURE_OBJECT,
  formatLetterDate,
  LETTER_KIND_TEXT,
  LETTER_KINDS,
  LETTER_TEXT,
  type LetterInput,
  type LetterKind,
  NO_CITATIONS,
  OUTCOME_SENTENCE,
  PROCESSING,
  ROLE_PHRASE,
  suggestLetters,
} from '@/core/letters';
import { findRule } from '@/core/rules';
import { findSource } from '@/core/sources';
import { ACTIVITIES, LANGUAGES, type LocalizedText, OUTCOMES, ROLES } from '@/core/types';

const ARTICLE: Record<LetterKind, { en: RegExp; nl: RegExp }> = {
  objection: { en: /Article 21\(1\) GDPR/, nl: /artikel 21, lid 1, AVG/ },
  'withdraw-consent': { en: /Article 7\(3\) GDPR/, nl: /artikel 7, lid 3, AVG/ },
  access: { en: /Articles 13 and 15 GDPR/, nl: /artikelen 13 en 15 AVG/ },
  erasure: { en: /Article 17 GDPR/, nl: /artikel 17 AVG/ },
  'refuse-requirement': { en: /Article 6\(1\) GDPR/, nl: /artikel 6, lid 1, AVG/ },
};

const base: Omit<LetterInput, 'kind' | 'language'> = {
  employerName: '  Acme BV ',
  ownName: 'Ann de Vries',
  role: 'sales',
  activity: 'website-photo',
  assessment: {
    outcome: 'voluntary-only',
    reasons: [
      { rule: 'R15', sources: ['S3', 'S20'] },
      { rule: 'R20', sources: ['S24'] },
    ],
  },
  date: new Date(2026, 0, 31, 15, 0),
};

describe('draftLetter', () => {
  for (const language of LANGUAGES) {
    for (const kind of LETTER_KINDS) {
      it(`${kind} in ${language}: employer, processing, article, cited rules, deadline, next step, name`, () => {
        const { subject, body } = draftLetter({ ...base, kind, language });
        expect(subject.length).toBeGreaterThan(10);
        expect(body).toContain(subject);
        expect(body).toContain('Acme BV');
        expect(body).not.toContain('  Acme BV');
        expect(body).toContain(PROCESSING['website-photo'][language]);
        expect(body).toContain(ROLE_PHRASE.sales[language]);
        expect(body).toMatch(ARTICLE[kind][language]);
        expect(body).toMatch(/R15 [^\n]+ \((sources|bronnen): S3 [^\n]+; S20 [^\n]+\)/);
        expect(body).toMatch(/R20 [^\n]+ \((sources|bronnen): S24 [^\n]+\)/);
        expect(body).toContain(OUTCOME_SENTENCE['voluntary-only'][language]);
        // One month after 31 January 2026 is 28 February 2026; Art. 12(3) with the two-month extension
        // only for requests under Art. 15-22 (the refusal of a requirement is none).
        expect(body).toContain(language === 'en' ? 'by 28 February 2026' : 'uiterlijk op 28 februari 2026');
        if (kind !== 'refuse-requirement') {
          expect(body).toMatch(language === 'en' ? /Art\. 12\(3\) GDPR/ : /art\. 12, lid 3, AVG/);
          expect(body).toMatch(language === 'en' ? /two further months/ : /twee maanden/);
        }
        expect(body).toContain('Autoriteit Persoonsgegevens');
        expect(body).toMatch(/Ann de Vries\n$/);
        expect(body).not.toMatch(/\{\w+\}/); // every placeholder filled
      });
    }
  }

  it('reads naturally when settings are missing', () => {
    const en = draftLetter({
      kind: 'access',
      language: 'en',
      activity: 'feed-post',
      date: new Date(2026, 2, 3),
    });
    expect(en.body).toContain('To: [name of your employer]');
    expect(en.body).toContain('I work at [name of your employer]. This letter concerns');
    expect(en.body).toMatch(/Kind regards,\n\n\[your name\]\n$/);
    expect(en.body).toContain('by 3 April 2026');
    expect(en.body).not.toContain('My assessment');
    const nl = draftLetter({
      kind: 'access',
      language: 'nl',
      activity: 'feed-post',
      employerName: '   ',
      date: new Date(2026, 2, 3),
    });
    expect(nl.body).toContain('Aan: [naam van je werkgever]');
    expect(nl.body).toContain('Ik werk bij [naam van je werkgever]. Deze brief gaat over');
    expect(nl.body).toMatch(/Met vriendelijke groet,\n\n\[je naam\]\n$/);
  });

  it('puts the objection grounds in the objection and details elsewhere as plain text', () => {
    const grounds = 'I was threatened by a customer <b>before</b>.';
    const objection = draftLetter({ ...base, kind: 'objection', language: 'en', details: grounds });
    expect(objection.body).toContain(`particular situation: ${grounds}`);
    expect(objection.body).not.toContain('Further details');
    const withoutGrounds = draftLetter({ ...base, kind: 'objection', language: 'nl' });
    expect(withoutGrounds.body).toContain('[beschrijf je redenen');
    const access = draftLetter({ ...base, kind: 'access', language: 'nl', details: grounds });
    expect(access.body).toContain(`Toelichting: ${grounds}`);
  });

  it('names what the erasure letter removes and why, from the activity and the outcome', () => {
    const photo = draftLetter({
      ...base,
      kind: 'erasure',
      language: 'en',
      assessment: { outcome: 'not-allowed', reasons: [] },
    });
    expect(photo.subject).toBe('Request to erase my photo (Art. 17 GDPR)');
    expect(photo.body).toContain(ERASURE_GROUND['not-allowed'].en);
    const name = draftLetter({
      ...base,
      kind: 'erasure',
      language: 'nl',
      activity: 'website-name',
      assessment: undefined,
    });
    expect(name.subject).toBe('Verzoek om verwijdering van mijn naam (art. 17 AVG)');
    expect(name.body).toContain(ERASURE_GROUND.unknown.nl);
  });

  it('cites rule and source texts from the citation table it is given', () => {
    const table: CitationTable = {
      rule: (id) =>
        id === 'R15' ? { en: 'Consent that can work', nl: 'Toestemming die kan werken' } : undefined,
      source: (id) =>
        id === 'S20'
          ? { en: 'AP, Beeldmateriaal op de werkplek', nl: 'AP, Beeldmateriaal op de werkplek' }
          : undefined,
    };
    const { body } = draftLetter({ ...base, kind: 'withdraw-consent', language: 'nl' }, table);
    expect(body).toContain(
      '- R15 Toestemming die kan werken (bronnen: S3; S20 AP, Beeldmateriaal op de werkplek)',
    );
  });

  it("cites by default the core's rule titles and source citations", () => {
    for (const language of LANGUAGES) {
      const { body } = draftLetter({ ...base, kind: 'withdraw-consent', language });
      const rule = findRule('R15');
      const source = findSource('S20');
      expect(rule && source).toBeTruthy();
      expect(body).toContain(`- R15 ${rule?.title[language]} (`);
      expect(body).toContain(`S20 ${source?.citation[language]})`);
    }
    const bare = draftLetter({ ...base, kind: 'access', language: 'en' }, NO_CITATIONS);
    expect(bare.body).toContain('- R15 (sources: S3; S20)');
  });

  it('formats dates and computes the one-month deadline on the calendar', () => {
    expect(formatLetterDate(new Date(2026, 4, 1), 'nl')).toBe('1 mei 2026');
    expect(formatLetterDate(new Date(2026, 4, 1), 'en')).toBe('1 May 2026');
    expect(formatLetterDate(answerDeadline(new Date(2028, 0, 30)), 'en')).toBe('29 February 2028');
    expect(formatLetterDate(answerDeadline(new Date(2026, 11, 15)), 'en')).toBe('15 January 2027');
  });
});

describe('suggestLetters', () => {
  it('offers the letters that fit each outcome', () => {
    expect(suggestLetters({ outcome: 'legitimate-interest' })).toEqual(['objection', 'access']);
    expect(suggestLetters({ outcome: 'voluntary-only' })).toEqual(['withdraw-consent', 'erasure']);
    expect(suggestLetters({ outcome: 'not-allowed' })).toEqual(['refuse-requirement', 'erasure']);
    expect(suggestLetters({ outcome: 'required-by-job' })).toEqual(['access']);
  });

  it('never suggests an objection where Art. 21 does not apply (a contract basis)', () => {
    expect(suggestLetters({ outcome: 'required-by-job' })).not.toContain('objection');
  });
});

describe('letter templates', () => {
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  const texts: [string, LocalizedText][] = [
    ...Object.entries(LETTER_TEXT),
    ...Object.entries(LETTER_KIND_TEXT).flatMap(([kind, t]) =>
      Object.entries(t).map(([k, v]) => [`${kind}.${k}`, v] as [string, LocalizedText]),
    ),
    ...Object.entries(ERASURE_GROUND),
    ...Object.entries(ERASURE_OBJECT).map(([k, v]) => [k, v as LocalizedText] as [string, LocalizedText]),
    ...Object.entries(OUTCOME_SENTENCE),
    ...Object.entries(PROCESSING),
    ...Object.entries(ROLE_PHRASE),
  ];

  it('covers every kind, activity, role and outcome', () => {
    expect(Object.keys(LETTER_KIND_TEXT).sort()).toEqual([...LETTER_KINDS].sort());
    expect(Object.keys(PROCESSING).sort()).toEqual([...ACTIVITIES].sort());
    expect(Object.keys(ROLE_PHRASE).sort()).toEqual([...ROLES].sort());
    expect(Object.keys(OUTCOME_SENTENCE).sort()).toEqual([...OUTCOMES].sort());
  });

  for (const [name, text] of texts) {
    it(`${name}: both languages, same placeholders`, () => {
      expect(text.en.trim()).not.toBe('');
      expect(text.nl.trim()).not.toBe('');
      expect(placeholders(text.nl)).toEqual(placeholders(text.en));
    });
  }

  it('uses natural Dutch terms', () => {
    expect(LETTER_KIND_TEXT.objection.subject.nl).toMatch(/^Bezwaar/);
    expect(LETTER_KIND_TEXT['withdraw-consent'].subject.nl).toMatch(/^Intrekken van mijn toestemming/);
    expect(LETTER_KIND_TEXT.access.subject.nl).toMatch(/inzage/);
    expect(LETTER_KIND_TEXT.erasure.subject.nl).toMatch(/verwijdering/);
  });
});
