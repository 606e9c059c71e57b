// The log's entries as cards, newest first, a page at a time: the page renders only PAGE_SIZE entries,
// however long the log is.
import { useState } from 'preact/hooks';
import { useLanguage, useTranslator } from '@/components/i18n';
import { Card } from '@/components/ui/Card';
import { commonMessages } from '@/core/i18n/messages/common';
import { logMessages, surfaceLabels } from '@/core/i18n/messages/log';
import type { DecisionLogEntry } from '@/core/log';
import { EntryOutcome, EntryTitle, formatTime, PolicyShown, WebsiteShown } from './log-words';

/** Entries per page. */
export const PAGE_SIZE = 20;

interface EntryActions {
  notes: Readonly<Record<number, string>>;
  onNote(seq: number, note: string): void;
  onDraftLetter(entry: DecisionLogEntry): void;
}

/**
 * One page of entries, newest first, with the pager around it. `entries` may hold only the newest of the
 * `count` entries shown (while the whole log loads); a page beyond them stays empty until it comes.
 */
export function LogPages(
  props: {
    entries: readonly DecisionLogEntry[];
    count?: number;
    total: number;
    page: number;
    onPage(page: number): void;
  } & EntryActions,
) {
  const t = useTranslator(logMessages);
  const { entries, count = entries.length, onPage, notes, onNote, onDraftLetter } = props;
  const pages = Math.max(1, Math.ceil(count / PAGE_SIZE));
  const page = Math.min(props.page, pages - 1);
  const newestFirst = entries.length - page * PAGE_SIZE;
  const visible = entries.slice(Math.max(0, newestFirst - PAGE_SIZE), newestFirst).reverse();
  const pager = pages > 1 && (
    <nav class="pager actions" aria-label={t('pagerLabel')}>
      <button type="button" disabled={page === 0} onClick={() => onPage(page - 1)}>
        {t('newer')}
      </button>
      <span>{t('pageOf', { page: page + 1, pages })}</span>
      <button type="button" disabled={page >= pages - 1} onClick={() => onPage(page + 1)}>
        {t('older')}
      </button>
    </nav>
  );
  return (
    <>
      <p class="count" role="status">
        {t('showing', { shown: count, count: props.total })}
      </p>
      {pager}
      <LogEntries entries={visible} notes={notes} onNote={onNote} onDraftLetter={onDraftLetter} />
      {pager}
    </>
  );
}

/** The entries as cards: what, when, where and the answer on the left; the note and a letter on the right. */
export function LogEntries(props: { entries: readonly DecisionLogEntry[] } & EntryActions) {
  const t = useTranslator(logMessages);
  return (
    <ol class="log-entries" aria-labelledby="entries-title">
      {props.entries.map((entry) => (
        <Card as="li" key={entry.seq} class="log-entry" data={{ seq: entry.seq }}>
          <EntryFacts entry={entry} />
          <div class="entry-actions">
            <NoteEditor
              key={`${entry.seq}-${entry.hash}`}
              seq={entry.seq}
              note={props.notes[entry.seq] ?? ''}
              onNote={props.onNote}
            />
            <button
              type="button"
              aria-label={t('draftLetterFor', { seq: entry.seq })}
              onClick={() => props.onDraftLetter(entry)}
            >
              {t('draftLetter')}
            </button>
          </div>
        </Card>
      ))}
    </ol>
  );
}

function EntryFacts(props: { entry: DecisionLogEntry }) {
  const t = useTranslator(logMessages);
  const common = useTranslator(commonMessages);
  const surface = useTranslator(surfaceLabels);
  const language = useLanguage();
  const { entry } = props;
  return (
    <div>
      <h3>
        <span class="entry-seq">#{entry.seq}</span>
        <EntryTitle entry={entry} />
      </h3>
      <time dateTime={entry.time}>{formatTime(entry.time, language)}</time>
      <dl>
        <dt>{t('colSurface')}</dt>
        <dd>
          {surface(entry.surface)}
          <WebsiteShown entry={entry} lead=" · " />
          <PolicyShown entry={entry} />
        </dd>
        <dt>{t('colOutcome')}</dt>
        <dd>
          <EntryOutcome entry={entry} />
        </dd>
        <dt>{t('colEmployerLinked')}</dt>
        <dd>{common(entry.employerLinked ? 'yes' : 'no')}</dd>
        {entry.rules.length > 0 && (
          <>
            <dt>{t('colRules')}</dt>
            <dd>{entry.rules.join(', ')}</dd>
          </>
        )}
      </dl>
    </div>
  );
}

function NoteEditor(props: { seq: number; note: string; onNote(seq: number, note: string): void }) {
  const t = useTranslator(logMessages);
  const [value, setValue] = useState(props.note);
  const id = `note-${props.seq}`;
  return (
    <form
      class="note"
      onSubmit={(event) => {
        event.preventDefault();
        props.onNote(props.seq, value);
      }}
    >
      <label for={id}>{t('noteLabel', { seq: props.seq })}</label>
      <input id={id} type="text" value={value} onInput={(event) => setValue(event.currentTarget.value)} />
      <button type="submit" disabled={value === props.note}>
        {t('saveNote')}
      </button>
    </form>
  );
}
