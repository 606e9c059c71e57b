// The decision log: its summary (charts, printable), the integrity check in plain words, filters, the
// entries as cards (newest first, a page at a time, so a long log stays fast), export / import, clearing
// and retention.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { StoreApi } from 'zustand/vanilla';
import { useLanguage, useTranslator } from '@/components/i18n';
import type { DecisionLogState } from '@/components/state/decision-log-store';
import type { SettingsState } from '@/components/state/settings-store';
import { useStoreState } from '@/components/state/use-store';
import { Card } from '@/components/ui/Card';
import { commonMessages } from '@/core/i18n/messages/common';
import { logMessages, outcomeLabels, surfaceLabels } from '@/core/i18n/messages/log';
import {
  type DecisionLogEntry,
  type EntryFilter,
  exportLogCsv,
  exportLogJson,
  filterEntries,
  RECORD_OUTCOMES,
} from '@/core/log';
import type { LogCommandResult } from '@/core/protocol';
import { ACTIVITIES, type Activity, type Language } from '@/core/types';
import { DayField } from './DayField';
import { FileChooser } from './fields';
import { LogSummary } from './LogSummary';
import { DECISION_KEY, formatTime, useActivityLabel, WebsiteShown } from './log-words';
import { fileDate, readChosenFile, saveTextFile } from './save-file';

export { useActivityLabel } from './log-words';

/** Entries per page: the page renders only these, however long the log is. */
export const PAGE_SIZE = 20;

/** The message of a failed command, in the page's language. */
export function failureText(result: LogCommandResult, language: Language): string {
  if (result.ok) return '';
  return typeof result.error === 'string' ? result.error : result.error[language];
}

export function IntegrityStatus(props: { state: DecisionLogState }) {
  const t = useTranslator(logMessages);
  const { verification, log, unreadable, writeStatus } = props.state;
  return (
    <div class="integrity" role="status">
      {verification === null && <p>{t('checking')}</p>}
      {verification?.intact && (
        <p class="ok" data-integrity="intact">
          {t('intact', { count: log.entries.length })}
        </p>
      )}
      <LogExtent log={log} />
      {verification && !verification.intact && (
        <p class="error" data-integrity="altered">
          {t('altered', { seq: verification.alteredAt })}
        </p>
      )}
      {unreadable && <p class="error">{t('unreadable')}</p>}
      {writeStatus?.unsaved && <p class="error">{t('unsaved', { error: writeStatus.lastError ?? '' })}</p>}
    </div>
  );
}

/** Characters of the last hash shown as the log's seal: enough to compare, short enough to note down. */
export const SEAL_LENGTH = 12;

/**
 * What the chain check cannot see by itself: the first and last seq and the last seal (to compare with
 * a copy kept elsewhere), and which entries retention removed at the start.
 */
function LogExtent(props: { log: DecisionLogState['log'] }) {
  const t = useTranslator(logMessages);
  const { entries, anchor } = props.log;
  const first = entries[0];
  const last = entries[entries.length - 1];
  return (
    <>
      {first && last && (
        <p data-log-seal={last.hash.slice(0, SEAL_LENGTH)}>
          {t('sealRange', { first: first.seq, last: last.seq, seal: last.hash.slice(0, SEAL_LENGTH) })}{' '}
          {t('sealHint')}
        </p>
      )}
      {anchor.seq > 0 && <p data-log-removed={anchor.seq}>{t('removedByRetention', { last: anchor.seq })}</p>}
    </>
  );
}

type Pending = { kind: 'clear' } | { kind: 'import'; json: string } | null;

export function LogView(props: {
  logStore: StoreApi<DecisionLogState>;
  settingsStore: StoreApi<SettingsState>;
  onDraftLetter(entry: DecisionLogEntry): void;
}) {
  const t = useTranslator(logMessages);
  const language = useLanguage();
  const state = useStoreState(props.logStore);
  const [filter, setFilter] = useState<EntryFilter>({});
  const [page, setPage] = useState(0);
  const [pending, setPending] = useState<Pending>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const { log } = state;
  useEffect(() => {
    // Asks the background whether it holds entries it could not save yet.
    void props.logStore.getState().refreshStatus();
  }, [props.logStore]);
  const shown = useMemo(() => filterEntries(log.entries, filter), [log.entries, filter]);

  const report = (result: LogCommandResult, okText: string) =>
    setMessage(
      result.ok
        ? { ok: true, text: okText }
        : { ok: false, text: t('failed', { reason: failureText(result, language) }) },
    );
  const runImport = async (json: string) => {
    setPending(null);
    const result = await state.importJson(json);
    if (result.ok) {
      setMessage({ ok: true, text: t('importDone', { count: countIn(json) }) });
    } else {
      setMessage({ ok: false, text: t('importRefused', { reason: failureText(result, language) }) });
    }
  };

  return (
    <section class="log" aria-labelledby="log-title">
      <h1 id="log-title">{t('title')}</h1>
      <p class="intro">{t('intro')}</p>
      {log.entries.length > 0 && <LogSummary entries={log.entries} />}
      <h2 id="entries-title">{t('entriesTitle')}</h2>
      <IntegrityStatus state={state} />
      <LogFilters
        filter={filter}
        onFilter={(next) => {
          setFilter(next);
          setPage(0);
        }}
      />
      {log.entries.length === 0 ? (
        <p>{t('empty')}</p>
      ) : shown.length === 0 ? (
        <p>{t('noMatch')}</p>
      ) : (
        <LogPages
          entries={shown}
          total={log.entries.length}
          page={page}
          onPage={setPage}
          notes={log.notes}
          onNote={(seq, note) => void state.setNote(seq, note)}
          onDraftLetter={props.onDraftLetter}
        />
      )}

      <h2>{t('exportImport')}</h2>
      <div class="actions">
        <button
          type="button"
          onClick={() =>
            saveTextFile(`exposure-guard-log-${fileDate()}.json`, exportLogJson(log), 'application/json')
          }
        >
          {t('exportJson')}
        </button>
        <button
          type="button"
          onClick={() =>
            saveTextFile(
              `exposure-guard-log-${fileDate()}.csv`,
              exportLogCsv(shown, log.notes, language),
              'text/csv;charset=utf-8',
            )
          }
        >
          {t('exportCsv')}
        </button>
        <FileChooser
          id="log-import"
          label={t('importJson')}
          onFile={async (input) => {
            const json = await readChosenFile(input);
            if (json === null) return;
            if (log.entries.length > 0) setPending({ kind: 'import', json });
            else void runImport(json);
          }}
        />
        <button type="button" class="danger" onClick={() => setPending({ kind: 'clear' })}>
          {t('clear')}
        </button>
      </div>
      {pending && (
        <div class="confirm" role="alertdialog" aria-labelledby="confirm-text">
          <p id="confirm-text">
            {t(pending.kind === 'clear' ? 'clearConfirm' : 'importConfirm', { count: log.entries.length })}
          </p>
          <div class="actions">
            <button
              type="button"
              class="danger"
              // biome-ignore lint/a11y/noAutofocus: the confirmation takes focus so the keyboard can answer it
              autoFocus
              onClick={async () => {
                if (pending.kind === 'import') return runImport(pending.json);
                setPending(null);
                report(await state.clear(), t('cleared'));
              }}
            >
              {t(pending.kind === 'clear' ? 'clearYes' : 'confirm')}
            </button>
            <CancelButton onCancel={() => setPending(null)} />
          </div>
        </div>
      )}
      <div role="status">{message && <p class={message.ok ? 'ok' : 'error'}>{message.text}</p>}</div>
      <LoadedRetentionSetting settingsStore={props.settingsStore} logStore={props.logStore} />
    </section>
  );
}

function countIn(json: string): number {
  try {
    const entries = (JSON.parse(json) as { entries?: unknown[] }).entries;
    return Array.isArray(entries) ? entries.length : 0;
  } catch {
    return 0;
  }
}

function CancelButton(props: { onCancel(): void }) {
  const common = useTranslator(commonMessages);
  return (
    <button type="button" onClick={props.onCancel}>
      {common('cancel')}
    </button>
  );
}

function LogFilters(props: { filter: EntryFilter; onFilter(filter: EntryFilter): void }) {
  const t = useTranslator(logMessages);
  const activity = useActivityLabel();
  const outcome = useTranslator(outcomeLabels);
  const { filter, onFilter } = props;
  return (
    <fieldset class="filters">
      <legend>{t('filters')}</legend>
      <div class="field">
        <label for="filter-activity">{t('filterActivity')}</label>
        <select
          id="filter-activity"
          value={filter.activity ?? ''}
          onChange={(event) =>
            onFilter({
              ...filter,
              activity: (event.currentTarget.value || undefined) as Activity | undefined,
            })
          }
        >
          <option value="">{t('all')}</option>
          {ACTIVITIES.map((id) => (
            <option key={id} value={id}>
              {activity(id)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="filter-outcome">{t('filterOutcome')}</label>
        <select
          id="filter-outcome"
          value={filter.outcome ?? ''}
          onChange={(event) =>
            onFilter({
              ...filter,
              outcome: (event.currentTarget.value || undefined) as EntryFilter['outcome'],
            })
          }
        >
          <option value="">{t('all')}</option>
          {RECORD_OUTCOMES.map((id) => (
            <option key={id} value={id}>
              {outcome(id)}
            </option>
          ))}
        </select>
      </div>
      <DayField id="filter-from" label={t('filterFrom')} onDay={(from) => onFilter({ ...filter, from })} />
      <DayField id="filter-to" label={t('filterTo')} end onDay={(to) => onFilter({ ...filter, to })} />
    </fieldset>
  );
}

/** One page of entries, newest first, with the pager around it. */
function LogPages(props: {
  entries: readonly DecisionLogEntry[];
  total: number;
  page: number;
  onPage(page: number): void;
  notes: Readonly<Record<number, string>>;
  onNote(seq: number, note: string): void;
  onDraftLetter(entry: DecisionLogEntry): void;
}) {
  const t = useTranslator(logMessages);
  const pages = Math.max(1, Math.ceil(props.entries.length / PAGE_SIZE));
  const page = Math.min(props.page, pages - 1);
  const newestFirst = props.entries.length - page * PAGE_SIZE;
  const visible = props.entries.slice(Math.max(0, newestFirst - PAGE_SIZE), newestFirst).reverse();
  const pager = pages > 1 && (
    <nav class="pager" aria-label={t('pagerLabel')}>
      <button type="button" disabled={page === 0} onClick={() => props.onPage(page - 1)}>
        {t('newer')}
      </button>
      <span>{t('pageOf', { page: page + 1, pages })}</span>
      <button type="button" disabled={page >= pages - 1} onClick={() => props.onPage(page + 1)}>
        {t('older')}
      </button>
    </nav>
  );
  return (
    <>
      <p class="count" role="status">
        {t('showing', { shown: props.entries.length, count: props.total })}
      </p>
      {pager}
      <LogEntries
        entries={visible}
        notes={props.notes}
        onNote={props.onNote}
        onDraftLetter={props.onDraftLetter}
      />
      {pager}
    </>
  );
}

/** The entries as cards: what, when, where and the answer on the left; the note and a letter on the right. */
export function LogEntries(props: {
  entries: readonly DecisionLogEntry[];
  notes: Readonly<Record<number, string>>;
  onNote(seq: number, note: string): void;
  onDraftLetter(entry: DecisionLogEntry): void;
}) {
  const t = useTranslator(logMessages);
  const common = useTranslator(commonMessages);
  const activity = useActivityLabel();
  const surface = useTranslator(surfaceLabels);
  const outcome = useTranslator(outcomeLabels);
  const language = useLanguage();
  return (
    <ol class="log-entries" aria-labelledby="entries-title">
      {props.entries.map((entry) => (
        <Card as="li" key={entry.seq} class="log-entry" data={{ seq: entry.seq }}>
          <div>
            <h3>
              <span class="entry-seq">#{entry.seq}</span>
              {activity(entry.activity)}: {t(DECISION_KEY[entry.decision]).toLowerCase()}
            </h3>
            <time dateTime={entry.time}>{formatTime(entry.time, language)}</time>
            <dl>
              <dt>{t('colSurface')}</dt>
              <dd>
                {surface(entry.surface)}
                {entry.host && (
                  <>
                    {' · '}
                    <WebsiteShown entry={entry} />
                  </>
                )}
              </dd>
              <dt>{t('colOutcome')}</dt>
              <dd>{outcome(entry.outcome)}</dd>
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

/** The retention form starts from the stored settings, so it appears only once they are read. */
function LoadedRetentionSetting(props: {
  settingsStore: StoreApi<SettingsState>;
  logStore: StoreApi<DecisionLogState>;
}) {
  const { loaded } = useStoreState(props.settingsStore);
  return loaded ? <RetentionSetting {...props} /> : null;
}

function RetentionSetting(props: {
  settingsStore: StoreApi<SettingsState>;
  logStore: StoreApi<DecisionLogState>;
}) {
  const t = useTranslator(logMessages);
  const language = useLanguage();
  const { settings, update } = useStoreState(props.settingsStore);
  const [keepAll, setKeepAll] = useState(settings.logRetentionMonths === null);
  const [months, setMonths] = useState(String(settings.logRetentionMonths ?? 12));
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <form
      class="retention"
      onSubmit={async (event) => {
        event.preventDefault();
        const value = keepAll ? null : Number(months.trim() === '' ? Number.NaN : months);
        const result = await update({ logRetentionMonths: value });
        if (!result.ok) {
          setMessage({ ok: false, text: result.errors.map((e) => e.message[language]).join(' ') });
          return;
        }
        await props.logStore.getState().applyRetention();
        setMessage({ ok: true, text: t('retentionSaved') });
      }}
    >
      <fieldset>
        <legend>{t('retention')}</legend>
        <div class="choice">
          <input
            type="radio"
            id="retention-all"
            name="retention"
            checked={keepAll}
            onChange={() => setKeepAll(true)}
          />
          <label for="retention-all">{t('retentionAll')}</label>
        </div>
        <div class="choice">
          <input
            type="radio"
            id="retention-months"
            name="retention"
            checked={!keepAll}
            onChange={() => setKeepAll(false)}
          />
          <label for="retention-months">{t('retentionMonths')}</label>
        </div>
        <label for="retention-count">{t('retentionMonthsLabel')}</label>
        <input
          id="retention-count"
          type="text"
          inputMode="numeric"
          value={months}
          disabled={keepAll}
          aria-invalid={message && !message.ok ? 'true' : undefined}
          aria-describedby="retention-message"
          onInput={(event) => setMonths(event.currentTarget.value)}
        />
      </fieldset>
      <button type="submit">{t('retentionSave')}</button>
      <div role="status" id="retention-message">
        {message && <p class={message.ok ? 'ok' : 'error'}>{message.text}</p>}
      </div>
    </form>
  );
}
