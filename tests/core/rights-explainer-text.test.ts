// Review #4: the "When may it only ask?" text must agree with the evaluator.
import { describe, expect, it } from 'vitest';
import { evaluate } from '@/core/evaluate';
import { rightsMessages } from '@/core/i18n/messages/rights';
import { ROLE_PHRASE } from '@/core/letters';
import { ONLINE_PRESENCE_ROLES } from '@/core/rules';

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
