// The decision log: integrity, filters, the table with notes, export / import, clearing, retention.
import { useEffect, useState } from 'preact/hooks';
import type { StoreApi } from 'zustand/vanilla';
import { useLanguage, useLocalize, useTranslator } from '@/components/i18n';
import type { DecisionLogState } from '@/components/state/decision-log-store';
import type { SettingsState } from '@/components/state/settings-store';
import { useStoreState } from '@/components/state/use-store';
import { ACTIVITY_TEXT } from '@/core/explanations';
import { commonMessages } from '@/core/i18n/messages/common';
import { exposureLabels, logMessages, outcomeLabels, surfaceLabels } from '@/core/i18n/messages/log';
import {
  type DecisionLogEntry,
  type EntryFilter,
  exportLogCsv,
  exportLogJson,
  filterEntries,
  RECORD_OUTCOMES,
} from '@/core/log';
import type { LogCommandResult, UserDecision } from '@/core/protocol';
import { ACTIVITIES, type Activity, type Language } from '@/core/types';
import { FileChooser } from './fields';
import { fileDate, readChosenFile, saveTextFile } from './save-file';

/** The short name of an activity, in the page's language. */
export function useActivityLabel(): (activity: Activity) => string {
  const localize = useLocalize();
  return (activity) => localize(ACTIVITY_TEXT[activity].label);
}

export function formatTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}

/** The log's words for the user's decision, or 'noticed' for a website finding. */
export const DECISION_KEY = {
  cancel: 'decisionCancel',
  proceed: 'decisionProceed',
  noticed: 'decisionNoticed',
} as const satisfies Record<UserDecision, keyof typeof logMessages.en>;

/** For a website finding: "www.acme.nl/team shows: name, job title, photo"; nothing otherwise. */
export function WebsiteShown(props: { entry: Pick<DecisionLogEntry, 'host' | 'route' | 'exposed'> }) {
  const t = useTranslator(logMessages);
  const exposure = useTranslator(exposureLabels);
  const { host, route, exposed } = props.entry;
  if (!host) return null;
  return (
    <span class="website-shown" data-host={host}>
      {t('websiteShows', {
        site: `${host}${route === '/' ? '' : route}`,
        list: (exposed ?? []).map((item) => exposure(item)).join(', '),
      })}
    </span>
  );
}

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
  const [pending, setPending] = useState<Pending>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const { log } = state;
  useEffect(() => {
    // Asks the background whether it holds entries it could not save yet.
    void props.logStore.getState().refreshStatus();
  }, [props.logStore]);
  const shown = filterEntries(log.entries, filter);

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
      <p>{t('intro')}</p>
      <IntegrityStatus state={state} />
      <LogFilters filter={filter} onFilter={setFilter} />
      <p class="count">{t('showing', { shown: shown.length, count: log.entries.length })}</p>
      {log.entries.length === 0 ? (
        <p>{t('empty')}</p>
      ) : shown.length === 0 ? (
        <p>{t('noMatch')}</p>
      ) : (
        <LogTable
          entries={shown}
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
  const day = (value: string, end: boolean) =>
    value ? new Date(`${value}T${end ? '23:59:59.999' : '00:00:00'}`) : undefined;
  const dayValue = (date?: Date) =>
    date
      ? `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`
      : '';
  return (
    <fieldset class="filters">
      <legend>{t('filters')}</legend>
      <label for="filter-activity">{t('filterActivity')}</label>
      <select
        id="filter-activity"
        value={filter.activity ?? ''}
        onChange={(event) =>
          onFilter({ ...filter, activity: (event.currentTarget.value || undefined) as Activity | undefined })
        }
      >
        <option value="">{t('all')}</option>
        {ACTIVITIES.map((id) => (
          <option key={id} value={id}>
            {activity(id)}
          </option>
        ))}
      </select>
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
      <label for="filter-from">{t('filterFrom')}</label>
      <input
        id="filter-from"
        type="date"
        value={dayValue(filter.from)}
        onChange={(event) => onFilter({ ...filter, from: day(event.currentTarget.value, false) })}
      />
      <label for="filter-to">{t('filterTo')}</label>
      <input
        id="filter-to"
        type="date"
        value={dayValue(filter.to)}
        onChange={(event) => onFilter({ ...filter, to: day(event.currentTarget.value, true) })}
      />
    </fieldset>
  );
}

export function LogTable(props: {
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
    <div class="table-scroll">
      <table class="log-table">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('colTime')}</th>
            <th scope="col">{t('colActivity')}</th>
            <th scope="col">{t('colSurface')}</th>
            <th scope="col">{t('colEmployerLinked')}</th>
            <th scope="col">{t('colOutcome')}</th>
            <th scope="col">{t('colRules')}</th>
            <th scope="col">{t('colDecision')}</th>
            <th scope="col">{t('colNote')}</th>
            <th scope="col">{t('colLetter')}</th>
          </tr>
        </thead>
        <tbody>
          {props.entries.map((entry) => (
            <tr key={entry.seq} data-seq={entry.seq}>
              <td>{entry.seq}</td>
              <td>
                <time dateTime={entry.time}>{formatTime(entry.time, language)}</time>
              </td>
              <td>{activity(entry.activity)}</td>
              <td>
                {surface(entry.surface)}
                {entry.host && (
                  <>
                    <br />
                    <WebsiteShown entry={entry} />
                  </>
                )}
              </td>
              <td>{common(entry.employerLinked ? 'yes' : 'no')}</td>
              <td>{outcome(entry.outcome)}</td>
              <td>{entry.rules.join(', ')}</td>
              <td>{t(DECISION_KEY[entry.decision])}</td>
              <td>
                <NoteEditor
                  key={`${entry.seq}-${entry.hash}`}
                  seq={entry.seq}
                  note={props.notes[entry.seq] ?? ''}
                  onNote={props.onNote}
                />
              </td>
              <td>
                <button
                  type="button"
                  aria-label={t('draftLetterFor', { seq: entry.seq })}
                  onClick={() => props.onDraftLetter(entry)}
                >
                  {t('draftLetter')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
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
      <label class="visually-hidden" for={id}>
        {t('noteLabel', { seq: props.seq })}
      </label>
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
