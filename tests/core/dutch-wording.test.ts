import { describe, expect, it } from 'vitest';
import { presentAssessment } from '@/core/assessment-presentation';
import { evaluate } from '@/core/evaluate';
import { ACTIVITY_TEXT, FLAG_TEXT, MITIGATION_TEXT, ROLE_TEXT } from '@/core/explanations';
import { assessmentMessages } from '@/core/i18n/messages/assessment';
import { popupMessages } from '@/core/i18n/messages/popup';
import { rightsMessages } from '@/core/i18n/messages/rights';
import {
  logImportMessages,
  settingsImportMessages,
  settingsValidationMessages,
} from '@/core/i18n/messages/validation';
import {
  ADDRESSEES,
  AGREEMENTS,
  ANSWER_DEADLINE,
  NEXT_STEPS,
  NO_ANSWER,
  RIGHTS_CATALOGUE,
  SEED_QUESTIONS,
} from '@/core/rights';
import { RULES } from '@/core/rules';
import { COMPARISON_LABEL, citeSource, SOURCES } from '@/core/sources';
import {
  ACTIVITIES,
  INITIATORS,
  type Language,
  type LocalizedText,
  ROLES,
  type Situation,
} from '@/core/types';

// Review #19: natural Dutch, one name for the decision log.
describe('Dutch wording', () => {
  it('asks for a whole number of months in plain Dutch', () => {
    expect(settingsValidationMessages.nl.retentionNotPositive).toMatch(
      /vul een heel getal van minstens 1 in, bijvoorbeeld 12\./i,
    );
    expect(settingsValidationMessages.nl.retentionNotPositive).not.toContain('een heel aantal maanden');
  });

  it('calls the log "beslissingenlogboek" everywhere', () => {
    const texts = [settingsValidationMessages, settingsImportMessages, logImportMessages].flatMap((c) =>
      Object.values(c.nl),
    );
    expect(texts.filter((text) => /beslissingslogboek/i.test(text))).toEqual([]);
    expect(logImportMessages.nl.foreign).toContain('beslissingenlogboek');
  });

  it('says the tab is being checked', () => {
    expect(popupMessages.nl.checkingTab).toBe('Dit tabblad wordt gecontroleerd…');
  });
});

// One language at a time: every legal text of the core, in each language, walked for fragments of
// the other language, editorial marks and the other language's dates and law names.

/** Every bilingual text of rules, sources, explanations, rights and the seed questions. */
function coreTexts(): [string, LocalizedText][] {
  const texts: [string, LocalizedText][] = [];
  for (const rule of RULES)
    texts.push([`${rule.id} title`, rule.title], [`${rule.id} explanation`, rule.explanation]);
  for (const source of Object.values(SOURCES)) {
    texts.push([`${source.id} title`, source.title], [`${source.id} summary`, source.summary]);
    texts.push([`${source.id} citation`, { en: citeSource(source, 'en'), nl: citeSource(source, 'nl') }]);
  }
  for (const [key, text] of Object.entries(COMPARISON_LABEL)) texts.push([`comparison ${key}`, text]);
  for (const [key, text] of Object.entries(FLAG_TEXT)) texts.push([`flag ${key}`, text]);
  for (const [key, text] of Object.entries(MITIGATION_TEXT)) texts.push([`mitigation ${key}`, text]);
  for (const [key, text] of Object.entries(ACTIVITY_TEXT))
    texts.push([`activity ${key}`, text.label], [`activity ${key} visible`, text.visible]);
  for (const [key, text] of Object.entries(ROLE_TEXT))
    texts.push([`role ${key}`, text.label], [`role ${key} hint`, text.hint]);
  for (const [key, info] of Object.entries(RIGHTS_CATALOGUE)) {
    texts.push([`right ${key} article`, info.article], [`right ${key} name`, info.name]);
    texts.push([`right ${key} whatToAsk`, info.whatToAsk], [`right ${key} deadline`, info.deadline]);
  }
  for (const [key, text] of Object.entries(ADDRESSEES)) texts.push([`addressee ${key}`, text]);
  for (const [key, step] of Object.entries(NEXT_STEPS)) {
    texts.push(
      [`step ${key} article`, step.article],
      [`step ${key} name`, step.name],
      [`step ${key} what`, step.what],
    );
  }
  texts.push(['deadline article', ANSWER_DEADLINE.article], ['deadline text', ANSWER_DEADLINE.text]);
  texts.push(['no answer', NO_ANSWER], ['agreements', AGREEMENTS.text]);
  for (const seed of SEED_QUESTIONS)
    texts.push([`seed ${seed.id} question`, seed.question], [`seed ${seed.id} answer`, seed.answer]);
  for (const catalogue of [assessmentMessages, rightsMessages]) {
    for (const key of Object.keys(catalogue.en) as (keyof typeof catalogue.en)[]) {
      texts.push([`message ${key}`, { en: catalogue.en[key], nl: catalogue.nl[key] }]);
    }
  }
  return texts;
}

/** Every string a presentation holds, for a broad walk of situations. */
function presentedTexts(language: Language): string[] {
  const variants: Partial<Situation>[] = [
    {},
    { jobDefined: true, workTime: true },
    { status: 'ex-employee' },
    { purposeChange: true, worksCouncil: true },
    { objected: true, incentive: 'bonus' },
    { mitigations: ['opt-out-without-consequences'], informed: true },
  ];
  const seen = new Set<string>();
  for (const variant of variants)
    for (const activity of ACTIVITIES)
      for (const role of ROLES)
        for (const initiator of INITIATORS) {
          const view = presentAssessment(evaluate({ activity, role, initiator, ...variant }), language);
          const strings = [
            view.outcomeText,
            view.mayRequireText,
            ...view.reasons.flatMap((r) => [
              r.title ?? '',
              r.explanation ?? '',
              ...r.sources.map((s) => s.citation),
            ]),
            ...view.flags.map((f) => f.text),
            ...view.rights.flatMap((r) => [r.name, r.article, r.whatToAsk]),
            ...view.safeguards.map((s) => s.text),
          ];
          for (const text of strings) seen.add(text);
        }
  return [...seen];
}

/** Quoted names (a Dutch title in English, an English one in Dutch) are public names, not fragments. */
const unquoted = (text: string) => text.replace(/“[^”]*”|‘[^’]*’/g, '“…”');

const EDITORIAL = /\[|\]|\bverify\b|\bTODO\b/i;
const ENGLISH_MONTHS =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const DUTCH_MONTHS =
  /\b(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b/;
const ENGLISH_IN_DUTCH =
  /\b(GDPR|the|and|with|related|undated|paras?|unchecked|Recitals?|Guidelines|Opinion|Working Party|version|adopted|revised|web page|District Court|Court of Appeal|decision|subdistrict|CJEU|for comparison)\b/;
const DUTCH_IN_ENGLISH =
  /\b(AVG|lid|punt|overwegingen?|randnummers?|punten|vastgesteld|herzien|versie|webpagina|ongedateerd|HvJ|Rb|Hof|ter vergelijking|het|een|van|en|de)\b/;

function problems(text: string, language: Language): string[] {
  const plain = unquoted(text);
  const found: string[] = [];
  if (EDITORIAL.test(plain)) found.push('an editorial mark');
  const months = language === 'nl' ? ENGLISH_MONTHS : DUTCH_MONTHS;
  const other = language === 'nl' ? ENGLISH_IN_DUTCH : DUTCH_IN_ENGLISH;
  const month = plain.match(months);
  if (month) found.push(`month “${month[0]}”`);
  const fragment = plain.match(other);
  if (fragment) found.push(`“${fragment[0]}”`);
  return found;
}

describe('one language at a time', () => {
  const texts = coreTexts();

  it('walks a real amount of text', () => {
    expect(texts.length).toBeGreaterThan(250);
  });

  it.each(['nl', 'en'] as const)(
    'no core text in %s carries the other language, marks or dates',
    (language) => {
      const bad = texts
        .map(([where, text]) => [where, problems(text[language], language)] as const)
        .filter(([, found]) => found.length > 0)
        .map(([where, found]) => `${where}: ${found.join(', ')}`);
      expect(bad).toEqual([]);
    },
  );

  it.each(['nl', 'en'] as const)(
    'no presented assessment in %s carries the other language, marks or dates',
    (language) => {
      const bad = presentedTexts(language)
        .map((text) => [text, problems(text, language)] as const)
        .filter(([, found]) => found.length > 0)
        .map(([text, found]) => `${found.join(', ')} in “${text.slice(0, 80)}”`);
      expect(bad).toEqual([]);
    },
  );

  it('says "AVG" in Dutch and "GDPR" in English where a text names the regulation', () => {
    for (const [where, text] of texts) {
      expect(text.nl, where).not.toMatch(/\bGDPR\b/);
      expect(text.en, where).not.toMatch(/\bAVG\b/);
    }
    expect(texts.some(([, text]) => /\bAVG\b/.test(text.nl))).toBe(true);
    expect(texts.some(([, text]) => /\bGDPR\b/.test(text.en))).toBe(true);
  });

  it('catches what it is meant to catch', () => {
    expect(problems('Ius mentis-blog, 26 August 2019 (with related posts)', 'nl')).not.toEqual([]);
    expect(problems('EDPB-richtsnoeren, paras 21–24 [numbering unchecked]', 'nl')).not.toEqual([]);
    expect(problems('AWVN, undated', 'nl')).not.toEqual([]);
    expect(problems('art. 15 GDPR', 'nl')).not.toEqual([]);
    expect(problems('Art. 15 AVG', 'en')).not.toEqual([]);
    expect(problems('HvJ EU 5 juni 2018', 'en')).not.toEqual([]);
    expect(problems('Autoriteit Persoonsgegevens, web page “Beeldmateriaal op de werkplek”', 'en')).toEqual(
      [],
    );
  });
});
