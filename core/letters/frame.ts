// What every letter shares: the sender and recipient blocks, place and date, subject, salutation, closing
// and signature, and the plain-text layout. A letter is fit to send as it is: a part the user has not
// given is left out, never replaced by a placeholder, and `missing` says which required part is absent so
// the page can ask for it before the letter is copied, saved or printed.
import { interpolate } from '../i18n';
import { addMonths } from '../log/months';
import type { Language, LocalizedText } from '../types';
import { ADDRESSEE_LINE, type Addressee, LETTER_TEXT, MONTH_NAMES, readerOf, SALUTATION } from './templates';

/** The writer's details, as the settings hold them ('' or absent when not given). */
export interface SenderDetails {
  name?: string;
  /** Postal address; commas or line breaks separate its lines. */
  address?: string;
  email?: string;
  personnelNumber?: string;
  /** Where the letter is written ("Utrecht"). */
  place?: string;
}

export interface LetterFrameInput {
  language: Language;
  /** The date of the letter; a rights request is due one calendar month after it is received. */
  date: Date;
  sender: SenderDetails;
  employerName?: string;
  employerAddress?: string;
  addressee?: Addressee | null;
}

/** A required part the user has not given yet: the writer's name, a way to reach them, the employer. */
export type LetterField = 'name' | 'contact' | 'employer' | 'grounds';

export interface Letter {
  subject: string;
  /** "Subject: …" / "Betreft: …" as the letter prints it. */
  subjectLine: string;
  /** The writer's block, one entry per line. */
  sender: string[];
  /** The employer's block: name, "Attn." line, address lines. */
  recipient: string[];
  placeAndDate: string;
  salutation: string;
  /** The body, from the first sentence to the last before the closing. */
  paragraphs: string[];
  closing: string;
  /** The writer's name under the signature space ('' when not given). */
  signature: string;
  /** Required parts not given: until this is empty the letter is not ready to send. */
  missing: LetterField[];
  /** The whole letter as plain text. */
  body: string;
}

export const filled = (value: string | undefined): string | undefined => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};

/** "Kerkstraat 1, 1234 AB Utrecht" → two lines. */
export function addressLines(address: string | undefined): string[] {
  return (address ?? '')
    .split(/[,\n]/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** "3 March 2026" / "3 maart 2026", on the local calendar. */
export function formatLetterDate(date: Date, language: Language): string {
  return `${date.getDate()} ${MONTH_NAMES[language][date.getMonth()]} ${date.getFullYear()}`;
}

/** The latest answer date for a letter received on `date`: one calendar month later (Art. 12(3) GDPR). */
export function answerDeadline(date: Date): Date {
  return addMonths(date, 1);
}

export function localize(language: Language) {
  return (text: LocalizedText, params?: Record<string, string>) => interpolate(text[language], params);
}

function senderBlock(input: LetterFrameInput, t: ReturnType<typeof localize>): string[] {
  const { sender } = input;
  const lines = [filled(sender.name), ...addressLines(sender.address), filled(sender.email)];
  const number = filled(sender.personnelNumber);
  if (number) lines.push(t(LETTER_TEXT.personnelNumber, { number }));
  return lines.filter((line): line is string => line !== undefined);
}

/** Which of the parts every letter needs are missing. */
export function missingFrameParts(input: LetterFrameInput): LetterField[] {
  const missing: LetterField[] = [];
  if (!filled(input.sender.name)) missing.push('name');
  if (!filled(input.sender.email) && addressLines(input.sender.address).length === 0) missing.push('contact');
  if (!filled(input.employerName)) missing.push('employer');
  return missing;
}

/** Lays a letter out around its subject and body paragraphs. */
export function composeLetter(
  input: LetterFrameInput,
  subject: string,
  paragraphs: readonly string[],
  extraMissing: readonly LetterField[] = [],
): Letter {
  const t = localize(input.language);
  const employer = filled(input.employerName);
  const addressee = ADDRESSEE_LINE[input.addressee ?? 'unknown'];
  const recipient = [...(employer ? [employer] : []), t(addressee), ...addressLines(input.employerAddress)];
  const date = formatLetterDate(input.date, input.language);
  const place = filled(input.sender.place);
  const placeAndDate = place ? t(LETTER_TEXT.placeAndDate, { place, date }) : date;
  const salutation = t(SALUTATION[readerOf(input.addressee)]);
  const closing = t(LETTER_TEXT.closing);
  const signature = filled(input.sender.name) ?? '';
  const sender = senderBlock(input, t);
  const subjectLine = t(LETTER_TEXT.subjectLine, { subject });
  const blocks = [
    sender.join('\n'),
    recipient.join('\n'),
    placeAndDate,
    subjectLine,
    salutation,
    ...paragraphs,
    // Room for a handwritten signature above the printed name.
    signature ? `${closing}\n\n\n${signature}` : closing,
  ].filter((block) => block !== '');
  return {
    subject,
    subjectLine,
    sender,
    recipient,
    placeAndDate,
    salutation,
    paragraphs: [...paragraphs],
    closing,
    signature,
    missing: [...missingFrameParts(input), ...extraMissing],
    body: `${blocks.join('\n\n')}\n`,
  };
}
