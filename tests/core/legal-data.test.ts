// The legal tables are complete and consistent: both languages everywhere, every reference resolves,
// the [verify] items of legal-basis.md are marked.
import { describe, expect, it } from 'vitest';
import {
  ACTIVITY_TEXT,
  FLAG_TEXT,
  MITIGATION_TEXT,
  OUTCOME_MAY_REQUIRE_TEXT,
  OUTCOME_TEXT,
  ROLE_TEXT,
} from '@/core/explanations';
import { ADDRESSEES, ANSWER_DEADLINE, COURT_DEADLINE, NEXT_STEPS, RIGHTS_CATALOGUE } from '@/core/rights';
import { RULE_IDS, RULES } from '@/core/rules';
import { findSource, isSourceId, SOURCE_IDS, SOURCES } from '@/core/sources';
import { ACTIVITIES, FLAGS, type LocalizedText, MITIGATIONS, OUTCOMES, RIGHTS, ROLES } from '@/core/types';

const filled = (text: LocalizedText, where: string) => {
  expect(text.en.trim(), `${where} (en)`).not.toBe('');
  expect(text.nl.trim(), `${where} (nl)`).not.toBe('');
  expect(text.nl, `${where}: Dutch differs from English`).not.toBe(text.en);
};
const sentences = (text: string) => text.split(/[.!?](?:\s|$)/).filter((s) => s.trim() !== '').length;

describe('rules', () => {
  it('has R1 to R20, each once', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual([...RULE_IDS].sort());
  });

  it.each(RULES.map((r) => [r.id, r] as const))(
    '%s: texts in both languages, sources that exist',
    (_, rule) => {
      filled(rule.title, `${rule.id} title`);
      filled(rule.explanation, `${rule.id} explanation`);
      expect(sentences(rule.explanation.en)).toBeLessThanOrEqual(3);
      expect(rule.sources.length).toBeGreaterThan(0);
      for (const id of rule.sources) expect(isSourceId(id), `${rule.id} cites ${id}`).toBe(true);
      expect(rule.cases.length).toBeGreaterThan(0);
    },
  );

  it('marks the rules whose basis legal-basis.md marks [verify]', () => {
    const marked = RULES.filter((r) => r.verify).map((r) => r.id);
    // R6: the non-compete exception (WP249 §5.2); R15: the EDPB film-crew example; R19: Art. 27 WOR wording.
    expect(marked.sort()).toEqual(['R15', 'R19', 'R6']);
  });
});

describe('sources', () => {
  it('has S1 to S34, keyed by their own id', () => {
    expect(Object.keys(SOURCES)).toEqual([...SOURCE_IDS]);
    expect(SOURCE_IDS).toHaveLength(34);
    for (const id of SOURCE_IDS) expect(SOURCES[id].id).toBe(id);
  });

  it.each(SOURCE_IDS.map((id) => [id, SOURCES[id]] as const))(
    '%s: title, citation, summary, link',
    (_, source) => {
      expect(source.title.trim()).not.toBe('');
      expect(source.citation.trim()).not.toBe('');
      filled(source.summary, `${source.id} summary`);
      if (source.url !== undefined) expect(source.url).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+\//);
    },
  );

  it('marks exactly the items legal-basis.md marks [verify]', () => {
    const marked = SOURCE_IDS.filter((id) => SOURCES[id].verify);
    expect(marked).toEqual(['S3', 'S4', 'S7', 'S8', 'S9', 'S21', 'S28', 'S33']);
  });

  it('links court decisions to their ECLI on rechtspraak.nl or curia', () => {
    for (const id of ['S24', 'S25', 'S26', 'S27', 'S28'] as const) {
      expect(SOURCES[id].url).toContain(`uitspraken.rechtspraak.nl/details?id=ECLI:NL:`);
      expect(SOURCES[id].citation).toContain('ECLI:NL:');
    }
    for (const id of ['S11', 'S12', 'S13', 'S15', 'S16', 'S17', 'S18'] as const) {
      expect(SOURCES[id].url).toContain('curia.europa.eu');
      expect(SOURCES[id].citation).toMatch(/ECLI:EU:C:\d{4}:\d+/);
    }
  });

  it('finds a source by a plain string and nothing for an unknown id', () => {
    expect(findSource('S22')?.id).toBe('S22');
    expect(findSource('S35')).toBeUndefined();
    expect(findSource('toString')).toBeUndefined();
  });
});

describe('rights', () => {
  it.each(RIGHTS.map((r) => [r, RIGHTS_CATALOGUE[r]] as const))(
    '%s: article, texts, addressees, steps',
    (right, info) => {
      expect(info.right).toBe(right);
      expect(info.article).toMatch(/Art\. \d+/);
      filled(info.name, `${right} name`);
      filled(info.whatToAsk, `${right} whatToAsk`);
      filled(info.deadline, `${right} deadline`);
      expect(info.to.length).toBeGreaterThan(0);
      for (const to of info.to) filled(ADDRESSEES[to], `${right} to ${to}`);
      for (const step of info.nextSteps) expect(NEXT_STEPS[step]).toBeDefined();
      for (const id of info.sources) expect(isSourceId(id)).toBe(true);
    },
  );

  it('sends requests about the employer’s use to the employer or its DPO, and LinkedIn’s own use to LinkedIn Ireland', () => {
    expect(RIGHTS_CATALOGUE.access.to).toEqual(['employer', 'dpo', 'linkedin-ireland']);
    expect(ADDRESSEES.dpo.nl).toContain('functionaris gegevensbescherming');
    expect(ADDRESSEES['linkedin-ireland'].en).toContain('LinkedIn Ireland Unlimited Company');
    expect(RIGHTS_CATALOGUE.complain.to).toEqual(['autoriteit-persoonsgegevens']);
  });

  it('states the answer deadline of Art. 12(3) and the six weeks of UAVG art. 35', () => {
    expect(ANSWER_DEADLINE).toMatchObject({ months: 1, extensionMonths: 2, article: 'Art. 12(3) GDPR' });
    filled(ANSWER_DEADLINE.text, 'answer deadline');
    expect(COURT_DEADLINE).toMatchObject({ weeks: 6, article: 'UAVG art. 35(2)', verify: true });
    expect(NEXT_STEPS.court.verify).toBe(true);
  });

  it.each(Object.entries(NEXT_STEPS))('next step %s: texts and sources', (step, info) => {
    filled(info.name, `${step} name`);
    filled(info.what, `${step} what`);
    for (const id of info.sources) expect(isSourceId(id)).toBe(true);
  });
});

describe('explanations', () => {
  const all: [string, LocalizedText][] = [
    ...OUTCOMES.flatMap((o): [string, LocalizedText][] => [
      [`outcome ${o}`, OUTCOME_TEXT[o]],
      [`outcome ${o} may-require`, OUTCOME_MAY_REQUIRE_TEXT[o]],
    ]),
    ...FLAGS.map((f): [string, LocalizedText] => [`flag ${f}`, FLAG_TEXT[f]]),
    ...MITIGATIONS.map((m): [string, LocalizedText] => [`mitigation ${m}`, MITIGATION_TEXT[m]]),
    ...ACTIVITIES.flatMap((a): [string, LocalizedText][] => [
      [`activity ${a} label`, ACTIVITY_TEXT[a].label],
      [`activity ${a} visible`, ACTIVITY_TEXT[a].visible],
    ]),
    ...ROLES.flatMap((r): [string, LocalizedText][] => [
      [`role ${r} label`, ROLE_TEXT[r].label],
      [`role ${r} hint`, ROLE_TEXT[r].hint],
    ]),
  ];

  it('covers every outcome, flag, mitigation, activity and role', () => {
    expect(all).toHaveLength(
      OUTCOMES.length * 2 + FLAGS.length + MITIGATIONS.length + ACTIVITIES.length * 2 + ROLES.length * 2,
    );
  });

  it.each(all)('%s: English and Dutch, one to three sentences', (where, text) => {
    expect(text.en.trim(), `${where} (en)`).not.toBe('');
    expect(text.nl.trim(), `${where} (nl)`).not.toBe('');
    expect(sentences(text.en)).toBeLessThanOrEqual(3);
    expect(sentences(text.nl)).toBeLessThanOrEqual(3);
  });
});
