// Drafts a letter to the employer to exercise a right. Plain text, nothing is sent: the UI copies it or
// offers it as a text file.
import { interpolate } from '../i18n';
import { addMonths } from '../log/months';
import { findRule } from '../rules';
import { citeSource, findSource } from '../sources';
import type { Activity, Assessment, Language, LocalizedText, Outcome, Reason, Role } from '../types';
import {
  ERASURE_GROUND,
  ERASURE_OBJECT,
  ERASURE_OBJECT_DEFAULT,
  LETTER_KIND_TEXT,
  LETTER_TEXT,
  type LetterKind,
  MONTH_NAMES,
  OUTCOME_SENTENCE,
  PROCESSING,
  ROLE_PHRASE,
} from './templates';

/** Short citation texts for the rule and source ids an assessment names (from the core's tables). */
export interface CitationTable {
  rule(id: string): LocalizedText | undefined;
  source(id: string): LocalizedText | undefined;
}

export interface LetterInput {
  kind: LetterKind;
  language: Language;
  employerName?: string;
  ownName?: string;
  role?: Role | null;
  activity: Activity;
  assessment?: { outcome: Outcome; reasons: readonly Reason[] };
  /** The date of the letter; the answer is due one calendar month later. */
  date: Date;
  /** The user's own words: the grounds of an objection, or further details for other letters. */
  details?: string;
}

export interface Letter {
  subject: string;
  body: string;
}

/** "3 March 2026" / "3 maart 2026", on the local calendar. */
export function formatLetterDate(date: Date, language: Language): string {
  return `${date.getDate()} ${MONTH_NAMES[language][date.getMonth()]} ${date.getFullYear()}`;
}

/** The answer date: one calendar month after the letter's date (Art. 12(3) for rights requests). */
export function answerDeadline(date: Date): Date {
  return addMonths(date, 1);
}

const filled = (value: string | undefined): string | undefined => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};

/** "R7 Title (sources: S22 Citation; S26 Citation)", with whatever citation text the table knows. */
function citeReason(reason: Reason, language: Language, citations: CitationTable): string {
  const cite = (id: string, text: LocalizedText | undefined) => (text ? `${id} ${text[language]}` : id);
  const rule = cite(reason.rule, citations.rule(reason.rule));
  if (reason.sources.length === 0) return `- ${rule}`;
  const sources = reason.sources.map((id) => cite(id, citations.source(id))).join('; ');
  return `- ${rule} (${LETTER_TEXT.sources[language]}: ${sources})`;
}

export const NO_CITATIONS: CitationTable = { rule: () => undefined, source: () => undefined };

/** The core's own tables: a rule's title (core/rules.ts) and a source's short citation (core/sources.ts). */
export const CORE_CITATIONS: CitationTable = {
  rule: (id) => findRule(id)?.title,
  source: (id) => {
    const source = findSource(id);
    return source && { en: citeSource(source, 'en'), nl: citeSource(source, 'nl') };
  },
};

export function draftLetter(input: LetterInput, citations: CitationTable = CORE_CITATIONS): Letter {
  const { kind, language, activity, assessment } = input;
  const t = (text: LocalizedText, params?: Record<string, string>) => interpolate(text[language], params);
  const employer = filled(input.employerName) ?? t(LETTER_TEXT.employerPlaceholder);
  const details = filled(input.details);
  const what = t(ERASURE_OBJECT[activity] ?? ERASURE_OBJECT_DEFAULT);
  const kindText = LETTER_KIND_TEXT[kind];
  const subject = t(kindText.subject, { what });

  const request = t(kindText.request, {
    grounds: kind === 'objection' && details ? details : t(LETTER_TEXT.groundsPlaceholder),
    what,
    ground: t(ERASURE_GROUND[assessment?.outcome ?? 'unknown']),
  });
  const paragraphs: string[] = [
    formatLetterDate(input.date, language),
    `${t(LETTER_TEXT.to, { employer })}\n${t(LETTER_TEXT.attention)}`,
    t(LETTER_TEXT.subjectLine, { subject }),
    t(LETTER_TEXT.salutation),
    `${
      input.role
        ? t(LETTER_TEXT.workAtInRole, { employer, role: t(ROLE_PHRASE[input.role]) })
        : t(LETTER_TEXT.workAt, { employer })
    } ${t(LETTER_TEXT.concerns, { processing: t(PROCESSING[activity]) })}`,
    request,
  ];
  if (details && kind !== 'objection') paragraphs.push(t(LETTER_TEXT.details, { details }));
  if (assessment) {
    const basis = [
      t(LETTER_TEXT.assessment, { outcome: t(OUTCOME_SENTENCE[assessment.outcome]) }),
      t(LETTER_TEXT.basis),
      ...assessment.reasons.map((reason) => citeReason(reason, language, citations)),
    ];
    paragraphs.push(assessment.reasons.length ? basis.join('\n') : (basis[0] ?? ''));
  }
  paragraphs.push(
    t(kindText.answer, { deadline: formatLetterDate(answerDeadline(input.date), language) }),
    t(LETTER_TEXT.nextSteps),
    `${t(LETTER_TEXT.closing)}\n\n${filled(input.ownName) ?? t(LETTER_TEXT.namePlaceholder)}`,
  );
  return { subject, body: `${paragraphs.join('\n\n')}\n` };
}

/** Which letters fit an outcome, most useful first. */
const LETTERS_BY_OUTCOME: Record<Outcome, readonly LetterKind[]> = {
  'legitimate-interest': ['objection', 'access'],
  'voluntary-only': ['withdraw-consent', 'erasure'],
  'not-allowed': ['refuse-requirement', 'erasure'],
  'required-by-job': ['access'],
};

export function suggestLetters(assessment: Pick<Assessment, 'outcome'>): LetterKind[] {
  return [...LETTERS_BY_OUTCOME[assessment.outcome]];
}
