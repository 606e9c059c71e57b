// The decision log: its summary (charts, printable), the integrity check in plain words, filters, the
// entries as cards (newest first, a page at a time, so a long log stays fast), export / import, clearing
// and retention.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { StoreApi } from 'zustand/vanilla';
import { useTranslator } from '@/components/i18n';
import type { DecisionLogState } from '@/components/state/decision-log-store';
import type { SettingsState } from '@/components/state/settings-store';
import { useStoreState } from '@/components/state/use-store';
import { logMessages } from '@/core/i18n/messages/log';
import { type DecisionLogEntry, type EntryFilter, filterEntries } from '@/core/log';
import { IntegrityStatus } from './IntegrityStatus';
import { LogPages } from './LogEntries';
import { LogFilters } from './LogFilters';
import { LogSummary } from './LogSummary';
import { LogTransfer } from './LogTransfer';
import { LoadedRetentionSetting } from './RetentionSetting';

export function LogView(props: {
  logStore: StoreApi<DecisionLogState>;
  settingsStore: StoreApi<SettingsState>;
  onDraftLetter(entry: DecisionLogEntry): void;
}) {
  const t = useTranslator(logMessages);
  const state = useStoreState(props.logStore);
  const [filter, setFilter] = useState<EntryFilter>({});
  const [page, setPage] = useState(0);
  const { log } = state;
  useEffect(() => {
    // Asks the background whether it holds entries it could not save yet.
    void props.logStore.getState().refreshStatus();
  }, [props.logStore]);
  const shown = useMemo(() => filterEntries(log.entries, filter), [log.entries, filter]);
  const notes = state.loaded ? log.notes : (state.newest?.notes ?? {});
  const pages = {
    page,
    onPage: setPage,
    notes,
    onNote: (seq: number, note: string) => void state.setNote(seq, note),
    onDraftLetter: props.onDraftLetter,
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
      {!state.loaded ? (
        state.newest && (
          <LogPages
            entries={state.newest.entries}
            count={state.newest.total}
            total={state.newest.total}
            {...pages}
          />
        )
      ) : log.entries.length === 0 ? (
        <p>{t('empty')}</p>
      ) : shown.length === 0 ? (
        <p>{t('noMatch')}</p>
      ) : (
        <LogPages entries={shown} total={log.entries.length} {...pages} />
      )}
      <LogTransfer state={state} shown={shown} />
      <LoadedRetentionSetting settingsStore={props.settingsStore} logStore={props.logStore} />
    </section>
  );
}
