// "Know your rights": its texts must agree with the evaluator.
import { describe, expect, it } from 'vitest';
import { evaluate } from '@/core/evaluate';
import { rightsMessages } from '@/core/i18n/messages/rights';
import { ROLE_PHRASE } from '@/core/letters';
import { SEED_QUESTION_IDS, SEED_QUESTIONS } from '@/core/rights';
import { ONLINE_PRESENCE_ROLES } from '@/core/rules';
import { isSourceId } from '@/core/sources';

const { en, nl } = { en: rightsMessages.en.askText, nl: rightsMessages.nl.askText };

describe('"When may it only ask?"', () => {
  it('says posting can be demanded when the job was agreed around it and it happens in work time (R8, R9)', () => {
    expect(
      evaluate({
        activity: 'feed-post',
        role: 'sales',
        initiator: 'employer-requires',
        jobDefined: true,
        workTime: true,
      }).outcome,
    ).toBe('required-by-job');
    expect(en).not.toMatch(/but it cannot demand it/);
    expect(nl).not.toMatch(/maar kan het niet eisen/);
    for (const role of ONLINE_PRESENCE_ROLES) expect(en).toContain(ROLE_PHRASE[role].en);
    expect(en).toMatch(/work time/);
    expect(nl).toMatch(/werktijd/);
  });

  it('says the same task is contested in other jobs (a job description cannot make it necessary)', () => {
    const backOffice = evaluate({
      activity: 'feed-post',
      role: 'back-office',
      initiator: 'employer-requires',
      jobDefined: true,
      workTime: true,
    });
    expect(backOffice.outcome).toBe('required-by-job');
    expect(backOffice.flags).toContain('contested');
    expect(en).toMatch(/contested in other jobs/);
    expect(nl).toMatch(/omstreden in andere functies/);
  });

  it('says a back-office photo on the website needs free consent (scenario 9)', () => {
    expect(
      evaluate({ activity: 'website-photo', role: 'back-office', initiator: 'employer-requires' }).outcome,
    ).toBe('voluntary-only');
    expect(en).toMatch(/back office[^.]*free consent|free consent[^.]*back office/);
    expect(nl).toMatch(/backoffice[^.]*vrije toestemming/);
  });

  it('says a name the job needs cannot be objected to, only questioned (Art. 21 does not apply to 6(1)(b))', () => {
    const technician = evaluate({
      activity: 'website-name',
      role: 'field-service',
      initiator: 'employer-requires',
    });
    expect(technician.outcome).toBe('required-by-job');
    expect(technician.rights).not.toContain('object');
    expect(en).toMatch(/cannot object/);
    expect(en).toMatch(/really needed/);
    expect(nl).toMatch(/geen bezwaar maken/);
    expect(nl).toMatch(/echt nodig/);
  });
});

describe('the seed questions', () => {
  const answer = (id: string) => SEED_QUESTIONS.find((seed) => seed.id === id)?.answer ?? { en: '', nl: '' };

  it('answers each of the seven questions, with sources that exist', () => {
    expect(SEED_QUESTIONS.map((seed) => seed.id)).toEqual([...SEED_QUESTION_IDS]);
    for (const seed of SEED_QUESTIONS) {
      expect(seed.sources.length).toBeGreaterThan(0);
      for (const id of seed.sources) expect(isSourceId(id)).toBe(true);
    }
  });

  it('says how sure each answer is in its first words', () => {
    const hedge = {
      en: /^(Most likely|Usually|Probably|In most cases|Yes, in all likelihood)\b/,
      nl: /^(Hoogstwaarschijnlijk|Meestal|Waarschijnlijk|Ja, naar alle waarschijnlijkheid)\b/,
    };
    for (const seed of SEED_QUESTIONS) {
      expect(seed.answer.en, seed.id).toMatch(hedge.en);
      expect(seed.answer.nl, seed.id).toMatch(hedge.nl);
    }
  });

  it('agrees with the evaluator on own time, passwords and the profile', () => {
    expect(
      evaluate({
        activity: 'feed-post',
        role: 'back-office',
        initiator: 'employer-requires',
        jobDefined: true,
      }).outcome,
    ).toBe('voluntary-only');
    expect(answer('own-time-device').en).toMatch(/work time/);
    expect(evaluate({ activity: 'account-access', role: 'sales', initiator: 'employer-asks' }).outcome).toBe(
      'not-allowed',
    );
    expect(answer('password-post-as-me').en).toMatch(/password/);
    expect(answer('keep-profile-current').en).toContain('ECLI:NL:RBMNE:2018:2076');
  });

  it('puts responsibility for instructed posts on the employer, joint controllership on the page’s visitors', () => {
    expect(answer('shared-responsibility').en).toMatch(/decides the purpose/);
    expect(answer('shared-responsibility').en).toMatch(/visitors of the company page/);
    expect(answer('shared-responsibility').nl).toMatch(/bezoekers van de bedrijfspagina/);
  });

  it('gives the works council its consent right with the thresholds', () => {
    expect(answer('works-council').en).toMatch(/Art\. 27\(1\)\(k\) WOR/);
    expect(answer('works-council').en).toMatch(/50 staff/);
    expect(answer('works-council').en).toMatch(/10–49/);
    expect(answer('works-council').nl).toMatch(/art\. 27 lid 1 onder k WOR/);
  });

  it('says a photo comes down after leaving unless a clause says otherwise, which is contested', () => {
    const ex = evaluate({
      activity: 'website-photo',
      role: 'sales',
      initiator: 'employer-requires',
      status: 'ex-employee',
    });
    expect(ex.outcome).toBe('not-allowed');
    expect(answer('photo-after-leaving').en).toMatch(/must come down/);
    expect(answer('photo-after-leaving').en).toMatch(/contested/);
  });
});
