// Export and import of the decision log: JSON with the hash chain (checked again on import) and CSV for a
// spreadsheet or an adviser. Pure: a refused import returns a message and touches nothing.
import { localizedMessage, logImportMessages } from '../i18n/messages/validation';
import type { Language, LocalizedText } from '../types';
import {
  type DecisionLog,
  type DecisionLogEntry,
  type Digest,
  GENESIS_ANCHOR,
  isLogAnchor,
  validateEntry,
  verifyChain,
} from './chain';
import { isPlainObject, RECORD_FIELDS } from './record';
import { readVersionedFile, writeVersionedFile } from './versioned-file';

export const LOG_FILE_FORMAT = 'exposure-guard-log';
export const LOG_FILE_VERSION = 1;
/** Longest note accepted on import (the note field of the options page has the same limit). */
export const MAX_NOTE_LENGTH = 2000;

/** The log as a JSON file: entries with their hashes, the anchor the chain starts from, and the notes. */
export function exportLogJson(log: DecisionLog, now: Date = new Date()): string {
  return writeVersionedFile(LOG_FILE_FORMAT, LOG_FILE_VERSION, now, {
    anchor: log.anchor ?? GENESIS_ANCHOR,
    entries: log.entries,
    notes: log.notes,
  });
}

export type LogImportResult = { ok: true; log: DecisionLog } | { ok: false; error: LocalizedText };

type ImportMessage = keyof typeof logImportMessages.en;
const refuse = (key: ImportMessage, params?: Record<string, string | number>): LogImportResult => ({
  ok: false,
  error: localizedMessage(logImportMessages, key, params),
});

/**
 * Reads an exported log. Refuses malformed JSON, a foreign file, a newer format version, an entry that is not
 * a valid entry, an invalid note and a broken hash chain (saying at which entry). All or nothing: on success
 * the whole log is returned, on refusal nothing.
 */
export async function importLogJson(json: string, digest: Digest): Promise<LogImportResult> {
  const read = readVersionedFile(json, LOG_FILE_FORMAT, LOG_FILE_VERSION);
  if (!read.ok)
    return read.problem === 'newer' ? refuse('newer', { version: read.version }) : refuse(read.problem);
  const { file } = read;
  if (!Array.isArray(file.entries)) return refuse('foreign');
  const anchor = file.anchor ?? GENESIS_ANCHOR;
  if (!isLogAnchor(anchor)) return refuse('badAnchor');

  const entries: DecisionLogEntry[] = [];
  for (const [index, value] of file.entries.entries()) {
    try {
      entries.push(validateEntry(value));
    } catch (error) {
      const field = error instanceof TypeError ? error.message.split(':')[0] : 'entry';
      return refuse('badEntry', { number: index + 1, field: field ?? 'entry' });
    }
  }
  const verification = await verifyChain(entries, digest, anchor);
  if (!verification.intact) return refuse('broken', { number: verification.alteredAt });

  const notes: Record<number, string> = {};
  const rawNotes = file.notes ?? {};
  if (!isPlainObject(rawNotes)) return refuse('foreign');
  for (const [key, note] of Object.entries(rawNotes)) {
    // Only the entry number as the export writes it: '01', '1.0' and ' 1' would all mean entry 1, and
    // which of their notes to keep is not ours to guess.
    if (!/^[1-9][0-9]*$/.test(key)) return refuse('badNoteKey', { key: JSON.stringify(key) });
    const seq = Number(key);
    if (
      !entries.some((entry) => entry.seq === seq) ||
      typeof note !== 'string' ||
      note.length > MAX_NOTE_LENGTH
    ) {
      return refuse('badNote', { number: key });
    }
    if (note.trim() !== '') notes[seq] = note;
  }
  // An empty log starts from the genesis anchor, so its next entry is seq 1 (as after retention removed all).
  const start = entries.length === 0 ? GENESIS_ANCHOR : anchor;
  return { ok: true, log: { entries, notes, anchor: { seq: start.seq, hash: start.hash } } };
}

// ---------------------------------------------------------------------------------------------------------
// CSV (RFC 4180)

const CSV_HEADERS: Record<
  (typeof RECORD_FIELDS)[number] | 'seq' | 'note' | 'prevHash' | 'hash',
  LocalizedText
> = {
  seq: { en: 'Entry', nl: 'Regel' },
  time: { en: 'Time', nl: 'Tijd' },
  activity: { en: 'Activity', nl: 'Activiteit' },
  surface: { en: 'Surface', nl: 'Plek' },
  employerLinked: { en: 'Employer-linked', nl: 'Werkgever betrokken' },
  outcome: { en: 'Outcome', nl: 'Uitkomst' },
  rules: { en: 'Rules', nl: 'Regels' },
  decision: { en: 'Decision', nl: 'Beslissing' },
  route: { en: 'Page', nl: 'Pagina' },
  host: { en: 'Website', nl: 'Website' },
  exposed: { en: 'Shown', nl: 'Getoond' },
  changedFields: { en: 'Fields changed', nl: 'Gewijzigde velden' },
  policy: { en: 'Policy checked', nl: 'Gecontroleerd beleid' },
  note: { en: 'Note', nl: 'Notitie' },
  prevHash: { en: 'Previous hash', nl: 'Vorige hash' },
  hash: { en: 'Hash', nl: 'Hash' },
};
const COLUMNS = ['seq', ...RECORD_FIELDS, 'note', 'prevHash', 'hash'] as const;

const YES_NO: Record<'true' | 'false', LocalizedText> = {
  true: { en: 'yes', nl: 'ja' },
  false: { en: 'no', nl: 'nee' },
};
const DECISIONS: Record<DecisionLogEntry['decision'], LocalizedText> = {
  cancel: { en: 'cancelled', nl: 'geannuleerd' },
  proceed: { en: 'went ahead', nl: 'doorgegaan' },
  noticed: { en: 'noticed', nl: 'opgemerkt' },
  saved: { en: 'saved', nl: 'opgeslagen' },
};

/** A saved policy report in one cell, ids only: "nl; sales; profile-photo=not-allowed/may-not-require×2; …". */
function policyCell(policy: DecisionLogEntry['policy']): string {
  if (!policy) return '';
  const findings = policy.findings.map((f) => `${f.activity}=${f.outcome}/${f.verdict}×${f.clauses}`);
  return [policy.language, policy.role, ...findings].join('; ');
}

/**
 * One CSV cell. A spreadsheet may split a line on ';' (the list separator in Dutch and other locales) or
 * ',' whatever the quotes say, so every piece that could start a cell after such a split is neutralised:
 * a piece a spreadsheet would read as a formula (starting, after any spaces, with = + - @, a tab or a
 * carriage return) gets an apostrophe in front. A cell with a comma, semicolon, quote, line break or outer
 * space is quoted, with quotes doubled (RFC 4180).
 */
export function csvCell(value: string): string {
  const neutral = value.replace(/(^|[;,\r\n])([ ]*)(?=[=+\-@\t\r])/g, "$1$2'");
  return /[",;\r\n]|^\s|\s$/.test(neutral) ? `"${neutral.replaceAll('"', '""')}"` : neutral;
}

/** The log as CSV with a header row in `language`, CRLF line ends. Ids (activity, outcome, exposed) stay ids. */
export function exportLogCsv(
  entries: readonly DecisionLogEntry[],
  notes: Readonly<Record<number, string>>,
  language: Language,
): string {
  const row = (cells: readonly string[]) => cells.map(csvCell).join(',');
  const lines = [row(COLUMNS.map((column) => CSV_HEADERS[column][language]))];
  for (const entry of entries) {
    const cells: Record<(typeof COLUMNS)[number], string> = {
      seq: String(entry.seq),
      time: entry.time,
      activity: entry.activity,
      surface: entry.surface,
      employerLinked: YES_NO[String(entry.employerLinked) as 'true' | 'false'][language],
      outcome: entry.outcome,
      rules: entry.rules.join(' '),
      decision: DECISIONS[entry.decision][language],
      route: entry.route,
      host: entry.host ?? '',
      exposed: entry.exposed?.join(' ') ?? '',
      changedFields: entry.changedFields?.join(' ') ?? '',
      policy: policyCell(entry.policy),
      note: notes[entry.seq] ?? '',
      prevHash: entry.prevHash,
      hash: entry.hash,
    };
    lines.push(row(COLUMNS.map((column) => cells[column])));
  }
  return `${lines.join('\r\n')}\r\n`;
}
