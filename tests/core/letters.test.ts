import { describe, expect, it } from 'vitest';
import {
  ADDRESSEE_LINE,
  answerDeadline,
  availableLetters,
  draftLetter,
  draftPolicyLetter,
  ERASURE_GROUND,
  FRAMED,
  formatLetterDate,
  LETTER_KIND_TEXT,
  LETTER_KINDS,
  LETTER_TEXT,
  type LetterInput,
  type LetterKind,
  type LetterSituation,
  MONTH_NAMES,
  POSITION_TEXT,
  PROCESSING,
  policyConcern,
  problemClauses,
  quoteClause,
  REFUSAL_GROUND,
  REQUEST_TEXT,
  ROLE_PHRASE,
  suggestLetters,
} from '@/core/letters';
import { analysePolicy } from '@/core/policy';
import {
  ACTIVITIES,
  INITIATORS,
  LANGUAGES,
  type Language,
  type LocalizedText,
  OUTCOMES,
  type Outcome,
  ROLES,
  STATUSES,
} from '@/core/types';

const sender = {
  name: 'Ann de Vries',
  address: 'Kerkstraat 1, 1234 AB Utrecht',
  email: 'ann@example.nl',
  personnelNumber: '4711',
  place: 'Utrecht',
};
const frame = {
  sender,
  employerName: '  Acme BV ',
  employerAddress: 'Stationsplein 1, 3511 AA Utrecht',
  role: 'sales' as const,
  date: new Date(2026, 0, 31, 15, 0),
};

const RIGHTS_REQUESTS: readonly LetterKind[] = ['objection', 'withdraw-consent', 'access', 'erasure'];
const OTHER_LANGUAGE: Record<Language, Language> = { en: 'nl', nl: 'en' };
const monthPattern = (language: Language) => new RegExp(`\\b(${MONTH_NAMES[language].join('|')})\\b`);
const DEADLINE = {
  en: /within one month of receiving this letter \(Art\. 12\(3\) GDPR\); if you receive it today, that is on 28 February 2026 at the latest/,
  nl: /uiterlijk binnen een maand na ontvangst van deze brief te antwoorden \(art\. 12, lid 3, AVG\); als u deze brief vandaag ontvangt, is dat uiterlijk op 28 februari 2026/,
};

/** Every combination the letters page and the wizard can produce. */
function* situations(): Generator<LetterSituation> {
  for (const activity of ACTIVITIES)
    for (const status of STATUSES)
      for (const initiator of [...INITIATORS, null])
        for (const outcome of [...OUTCOMES, undefined] as (Outcome | undefined)[])
          yield {
            activity,
            status,
            initiator,
            assessment: outcome ? { outcome, flags: ['contested', 'works-council'] } : undefined,
          };
}

describe('every letter, for every situation and status, in both languages', () => {
  for (const language of LANGUAGES) {
    it(`is fit to send as it is (${language})`, () => {
      let drafted = 0;
      for (const situation of situations()) {
        for (const kind of availableLetters(situation)) {
          const input: LetterInput = { ...frame, ...situation, kind, language, details: 'My reasons.' };
          const letter = draftLetter(input);
          const where = `${kind} ${JSON.stringify(situation)}`;
          const { body } = letter;
          expect(body, where).not.toMatch(/\b[RS]\d/);
          expect(body, where).not.toMatch(/[[\]{}]/);
          expect(body, where).not.toMatch(monthPattern(OTHER_LANGUAGE[language]));
          expect(body, where).not.toMatch(language === 'nl' ? /GDPR/ : /\bAVG\b/);
          // Sender, employer with addressee, place and date, subject, signature.
          expect(
            body.startsWith('Ann de Vries\nKerkstraat 1\n1234 AB Utrecht\nann@example.nl\n'),
            where,
          ).toBe(true);
          expect(body, where).toContain(
            language === 'en' ? 'Personnel number: 4711' : 'Personeelsnummer: 4711',
          );
          expect(body, where).toContain(
            `Acme BV\n${ADDRESSEE_LINE.unknown[language]}\nStationsplein 1\n3511 AA Utrecht`,
          );
          expect(body, where).toContain(
            language === 'en' ? 'Utrecht, 31 January 2026' : 'Utrecht, 31 januari 2026',
          );
          expect(body, where).toContain(`${language === 'en' ? 'Subject' : 'Betreft'}: ${letter.subject}`);
          expect(body, where).toMatch(/\n\n\nAnn de Vries\n$/);
          expect(letter.missing, where).toEqual([]);
          if (RIGHTS_REQUESTS.includes(kind)) expect(body, where).toMatch(DEADLINE[language]);
          else expect(body, where).not.toMatch(language === 'en' ? /Art\. 12\(/ : /art\. 12, lid/);
          drafted++;
        }
      }
      expect(drafted).toBeGreaterThan(1000);
    });
  }
});

describe('the writer’s real position', () => {
  const letter = (kind: LetterKind, situation: Partial<LetterSituation>, language: Language = 'en') =>
    draftLetter({ ...frame, activity: 'feed-post', ...situation, kind, language }).body;

  it('never says "I work for" for someone who left, nor "employment contract" for an agency worker', () => {
    for (const kind of LETTER_KINDS) {
      const left = letter(kind, { status: 'ex-employee', activity: 'website-photo' });
      expect(left).not.toMatch(/I work (for|at)/);
      expect(left).toContain('I used to work for Acme BV in sales; my employment there has ended.');
      const nl = letter(kind, { status: 'ex-employee', activity: 'website-photo' }, 'nl');
      expect(nl).not.toMatch(/Ik werk bij/);
      for (const language of LANGUAGES) {
        const agency = letter(kind, { status: 'agency-worker' }, language);
        expect(agency).not.toMatch(/employment contract|arbeidsovereenkomst/);
      }
    }
    expect(letter('access', { status: 'agency-worker' })).toContain(
      'a requirement of my assignment with you',
    );
    expect(letter('access', { status: 'intern' }, 'nl')).toContain(
      'Ik loop stage bij Acme BV in de verkoop.',
    );
    expect(letter('access', { status: 'intern' }, 'nl')).toContain('mijn stageovereenkomst');
    expect(letter('access', {})).toContain('my employment contract');
  });

  it('says request or requirement as the user answered, and neither when unknown', () => {
    expect(letter('access', { initiator: 'employer-requires' })).toContain('your requirement that I post');
    expect(letter('access', { initiator: 'employer-asks' })).toContain('your request that I post');
    const neutral = letter('access', { initiator: null });
    expect(neutral).toContain('This letter concerns posting or sharing messages');
    expect(neutral).not.toMatch(/your requirement|your request/);
    expect(letter('access', { initiator: 'employer-requires' }, 'nl')).toContain('uw eis om berichten');
    expect(letter('access', { initiator: 'employer-asks' }, 'nl')).toContain('uw verzoek om berichten');
    expect(letter('refuse-requirement', { initiator: 'employer-asks' })).toContain('I decline this request.');
    expect(letter('refuse-requirement', { initiator: 'employer-requires' }, 'nl')).toContain(
      'Ik ga niet akkoord met deze eis.',
    );
  });

  it('gives the correct grounds for "no consequences" (Recital 42, EDPB 05/2020 §46–48, not Art. 7(4))', () => {
    for (const kind of ['withdraw-consent', 'refuse-requirement'] as const) {
      const en = letter(kind, { initiator: 'employer-asks', assessment: { outcome: 'voluntary-only' } });
      expect(en).toContain('Recital 42 GDPR; EDPB Guidelines 05/2020 on consent, paragraphs 46–48');
      expect(en).not.toMatch(/7\(4\)/);
      const nl = letter(
        kind,
        { initiator: 'employer-asks', assessment: { outcome: 'voluntary-only' } },
        'nl',
      );
      expect(nl).toContain(
        'overweging 42 AVG; EDPB-richtlijnen 05/2020 inzake toestemming, randnummers 46–48',
      );
      expect(nl).not.toMatch(/art\. 7, lid 4/);
    }
    expect(letter('refuse-requirement', { assessment: { outcome: 'not-allowed' } }, 'nl')).toContain(
      'art. 4, punt 11',
    );
  });

  it('uses the Dutch terms of the legal review', () => {
    expect(letter('erasure', { activity: 'website-photo' }, 'nl')).toContain(
      "recht op gegevenswissing, 'recht op vergetelheid'",
    );
    expect(
      letter(
        'objection',
        { activity: 'website-photo', assessment: { outcome: 'legitimate-interest' } },
        'nl',
      ),
    ).toContain('Als u mijn bezwaar honoreert');
  });
});

describe('the right letter for the situation', () => {
  it('offers no erasure of a post on the employee’s own account, and no withdrawal of consent to a requirement', () => {
    for (const activity of ['feed-post', 'group-post', 'comment', 'profile-photo'] as const) {
      for (const outcome of OUTCOMES) {
        expect(availableLetters({ activity, assessment: { outcome } })).not.toContain('erasure');
      }
      const withdrawal = draftLetter({
        ...frame,
        activity,
        kind: 'withdraw-consent',
        language: 'en',
        initiator: 'employer-asks',
      }).body;
      expect(withdrawal).not.toMatch(/photos|videos/);
      expect(withdrawal).toContain('From now on I will no longer');
    }
    for (const situation of situations()) {
      if (situation.initiator === 'employer-requires')
        expect(availableLetters(situation)).not.toContain('withdraw-consent');
    }
  });

  it('gives monitoring an objection that also asks for access', () => {
    expect(availableLetters({ activity: 'monitoring', assessment: { outcome: 'not-allowed' } })).toEqual([
      'objection',
      'access',
    ]);
    for (const language of LANGUAGES) {
      const letter = draftLetter({
        ...frame,
        activity: 'monitoring',
        kind: 'objection',
        language,
        assessment: { outcome: 'not-allowed', flags: ['works-council'] },
      });
      expect(letter.body).toContain(REQUEST_TEXT.monitoringAccess[language]);
      expect(letter.body).toContain(REQUEST_TEXT.monitoringCouncil[language]);
      expect(letter.subject).toMatch(language === 'en' ? /access/ : /inzage/);
      expect(letter.missing).toEqual([]);
    }
  });

  it('never refuses for someone who left, and objects to a contested necessity instead of refusing', () => {
    for (const situation of situations()) {
      if (situation.status === 'ex-employee')
        expect(availableLetters(situation)).not.toContain('refuse-requirement');
    }
    const contested = availableLetters({
      activity: 'group-post',
      initiator: 'employer-requires',
      assessment: { outcome: 'required-by-job', flags: ['contested'] },
    });
    expect(contested[0]).toBe('objection');
    expect(contested).not.toContain('refuse-requirement');
    expect(availableLetters({ activity: 'group-post', assessment: { outcome: 'required-by-job' } })).toEqual([
      'access',
    ]);
    const letter = draftLetter({
      ...frame,
      activity: 'group-post',
      kind: 'objection',
      language: 'en',
      details: 'I am not a sales person.',
      assessment: { outcome: 'required-by-job', flags: ['contested'] },
    }).body;
    expect(letter).toContain('I dispute that it is necessary in my case');
    expect(letter).toContain('EDPB Guidelines 2/2019');
  });

  it('suggests the letters that fit each outcome', () => {
    const photo = { activity: 'website-photo' as const, initiator: 'employer-asks' as const };
    expect(suggestLetters({ ...photo, assessment: { outcome: 'legitimate-interest' } })).toEqual([
      'objection',
      'erasure',
    ]);
    expect(suggestLetters({ ...photo, assessment: { outcome: 'voluntary-only' } })).toEqual([
      'refuse-requirement',
      'withdraw-consent',
    ]);
    expect(suggestLetters({ ...photo, assessment: { outcome: 'not-allowed' } })).toEqual([
      'refuse-requirement',
      'erasure',
    ]);
    expect(suggestLetters({ ...photo, assessment: { outcome: 'required-by-job' } })).toEqual(['access']);
  });
});

describe('what a letter still needs', () => {
  it('leaves out what is not given and says what is required, with no placeholders', () => {
    const letter = draftLetter({
      kind: 'objection',
      language: 'en',
      activity: 'website-photo',
      employerName: '   ',
      date: new Date(2026, 2, 3),
      assessment: { outcome: 'legitimate-interest' },
    });
    expect(letter.missing).toEqual(['name', 'contact', 'employer', 'grounds']);
    expect(letter.body).not.toMatch(/[[\]{}]/);
    expect(letter.body.startsWith(`${ADDRESSEE_LINE.unknown.en}\n\n3 March 2026`)).toBe(true);
    expect(letter.body).toContain('I work for you.');
    expect(letter.body).toMatch(/Kind regards,\n$/);
  });

  it('needs an e-mail or an address, not both; the objection’s grounds go into its text as typed', () => {
    const grounds = 'I was threatened by a customer <b>before</b>.';
    const letter = draftLetter({
      ...frame,
      sender: { name: 'Ann', email: 'ann@example.nl' },
      kind: 'objection',
      language: 'en',
      activity: 'website-photo',
      details: grounds,
      assessment: { outcome: 'legitimate-interest' },
    });
    expect(letter.missing).toEqual([]);
    expect(letter.body).toContain(`particular situation: ${grounds}`);
    expect(letter.body).not.toContain('Further details');
    expect(letter.body).not.toContain('Personnel number');
    expect(letter.body).toContain('\n\n31 January 2026\n\n');
  });

  it('addresses the data protection officer when there is one', () => {
    const letter = draftLetter({
      ...frame,
      addressee: 'dpo',
      kind: 'access',
      language: 'nl',
      activity: 'comment',
    });
    expect(letter.recipient).toEqual([
      'Acme BV',
      'T.a.v. de functionaris gegevensbescherming',
      'Stationsplein 1',
      '3511 AA Utrecht',
    ]);
  });
});

describe('dates', () => {
  it('formats dates and computes the one-month deadline on the calendar', () => {
    expect(formatLetterDate(new Date(2026, 4, 1), 'nl')).toBe('1 mei 2026');
    expect(formatLetterDate(new Date(2026, 4, 1), 'en')).toBe('1 May 2026');
    expect(formatLetterDate(answerDeadline(new Date(2028, 0, 30)), 'en')).toBe('29 February 2028');
    expect(formatLetterDate(answerDeadline(new Date(2026, 11, 15)), 'en')).toBe('15 January 2027');
  });
});

describe('letter templates', () => {
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  const texts: [string, LocalizedText][] = [
    ...Object.entries(LETTER_TEXT),
    ...Object.entries(REQUEST_TEXT),
    ...Object.entries(ADDRESSEE_LINE),
    ...Object.entries(FRAMED),
    ...Object.entries(REFUSAL_GROUND),
    ...Object.entries(LETTER_KIND_TEXT).flatMap(([kind, t]) =>
      Object.entries(t).map(([k, v]) => [`${kind}.${k}`, v] as [string, LocalizedText]),
    ),
    ...Object.entries(POSITION_TEXT).flatMap(([status, t]) =>
      Object.entries(t).map(([k, v]) => [`${status}.${k}`, v] as [string, LocalizedText]),
    ),
    ...Object.entries(ERASURE_GROUND),
    ...Object.entries(PROCESSING).flatMap(([activity, t]) =>
      Object.entries(t).map(([k, v]) => [`${activity}.${k}`, v as LocalizedText] as [string, LocalizedText]),
    ),
    ...Object.entries(ROLE_PHRASE),
  ];

  it('covers every kind, activity, role and status', () => {
    expect(Object.keys(LETTER_KIND_TEXT).sort()).toEqual([...LETTER_KINDS].sort());
    expect(Object.keys(PROCESSING).sort()).toEqual([...ACTIVITIES].sort());
    expect(Object.keys(ROLE_PHRASE).sort()).toEqual([...ROLES].sort());
    expect(Object.keys(POSITION_TEXT).sort()).toEqual([...STATUSES].sort());
  });

  for (const [name, text] of texts) {
    it(`${name}: both languages, same placeholders`, () => {
      expect(text.en.trim()).not.toBe('');
      expect(text.nl.trim()).not.toBe('');
      expect(placeholders(text.nl)).toEqual(placeholders(text.en));
    });
  }
});

describe('the policy letter', () => {
  const texts = {
    en: `Social media policy

We expect all employees to:
- use a professional profile photo on LinkedIn;
- give the marketing team admin access to their LinkedIn account so marketing can post for you;
- take part in group discussions on behalf of the company.
A photo of every employee will be published on the team page of our website.`,
    nl: `Beleid sociale media

Wij verwachten dat je:
- een professionele profielfoto op LinkedIn gebruikt;
- het marketingteam beheerrechten op je LinkedIn-account geeft;
- deelneemt aan groepsdiscussies namens het bedrijf.
Van iedere medewerker wordt een foto op de teampagina van onze website geplaatst.`,
  };
  for (const language of LANGUAGES) {
    for (const addressee of ['hr', 'works-council'] as const) {
      for (const status of STATUSES) {
        it(`quotes each problem clause and asks what fits it (${language}, ${addressee}, ${status})`, () => {
          const text = texts[language];
          const report = analysePolicy(text, { role: 'back-office', status });
          const problems = problemClauses(report);
          expect(problems.length).toBeGreaterThan(0);
          const letter = draftPolicyLetter(report, text, { ...frame, language, addressee, status });
          expect(letter).not.toBeNull();
          if (!letter) return;
          const { body } = letter;
          expect(body).not.toMatch(/\b[RS]\d/);
          expect(body).not.toMatch(/[[\]{}]/);
          expect(body).not.toMatch(monthPattern(OTHER_LANGUAGE[language]));
          expect(body).not.toMatch(language === 'nl' ? /GDPR/ : /\bAVG\b/);
          expect(body.startsWith('Ann de Vries\nKerkstraat 1\n1234 AB Utrecht\nann@example.nl\n')).toBe(true);
          expect(body).toContain(`Acme BV\n${ADDRESSEE_LINE[addressee][language]}\nStationsplein 1`);
          expect(body).toContain(language === 'en' ? 'Utrecht, 31 January 2026' : 'Utrecht, 31 januari 2026');
          expect(body).toMatch(/\n\n\nAnn de Vries\n$/);
          if (status === 'ex-employee') expect(body).not.toMatch(/I work for|Ik werk bij/);
          for (const [index, clause] of problems.entries()) {
            expect(body).toContain(`${index + 1}. “${quoteClause(text, clause)}”\n`);
          }
          expect(body).toContain(language === 'en' ? 'Recital 42 GDPR' : 'overweging 42 AVG');
          if (addressee === 'works-council') expect(body).toMatch(/art\. 27/);
        });
      }
    }
  }

  it('asks for each clause what version 2 says, and writes nothing for a policy without problems', () => {
    const text = texts.en;
    const report = analysePolicy(text, { role: 'back-office' });
    for (const clause of problemClauses(report)) {
      const concern = policyConcern(clause);
      if (clause.assessment.outcome === 'not-allowed') expect(concern).toBe('no-basis');
      if (clause.assessment.outcome === 'voluntary-only' && clause.initiator === 'employer-requires')
        expect(concern).toBe('only-voluntary');
    }
    const fine = analysePolicy('You may share company news on LinkedIn if you like.', { role: 'sales' });
    expect(
      draftPolicyLetter(fine, 'You may share company news on LinkedIn if you like.', {
        ...frame,
        language: 'en',
      }),
    ).toBeNull();
  });
});
