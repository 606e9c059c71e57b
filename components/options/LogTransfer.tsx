// The log's export (JSON, and CSV of the entries shown), import and clearing. Importing over a log and
// clearing it ask first; the replaced log is kept aside by the background.
import { useState } from 'preact/hooks';
import { useLanguage, useTranslator } from '@/components/i18n';
import type { DecisionLogState } from '@/components/state/decision-log-store';
import { outcomeMessage, StatusLine, type StatusMessage } from '@/components/ui/StatusLine';
import { commonMessages } from '@/core/i18n/messages/common';
import { logMessages } from '@/core/i18n/messages/log';
import { type DecisionLogEntry, exportLogCsv, exportLogJson } from '@/core/log';
import type { LogCommandResult } from '@/core/protocol';
import type { Language } from '@/core/types';
import { FileChooser, SaveFileButton } from './fields';
import { fileDate, readChosenFile } from './save-file';

type Pending = { kind: 'clear' } | { kind: 'import'; json: string } | null;

/** The message of a failed command, in the page's language. */
export function failureText(result: LogCommandResult, language: Language): string {
  if (result.ok) return '';
  return typeof result.error === 'string' ? result.error : result.error[language];
}

function countIn(json: string): number {
  try {
    const entries = (JSON.parse(json) as { entries?: unknown[] }).entries;
    return Array.isArray(entries) ? entries.length : 0;
  } catch {
    return 0;
  }
}

export function LogTransfer(props: { state: DecisionLogState; shown: readonly DecisionLogEntry[] }) {
  const t = useTranslator(logMessages);
  const language = useLanguage();
  const { state } = props;
  const { log } = state;
  const [pending, setPending] = useState<Pending>(null);
  const [message, setMessage] = useState<StatusMessage | null>(null);

  const runImport = async (json: string) => {
    setPending(null);
    const result = await state.importJson(json);
    setMessage(
      result.ok
        ? outcomeMessage(true, t('importDone', { count: countIn(json) }))
        : outcomeMessage(false, t('importRefused', { reason: failureText(result, language) })),
    );
  };
  const runClear = async () => {
    setPending(null);
    const result = await state.clear();
    setMessage(
      result.ok
        ? outcomeMessage(true, t('cleared'))
        : outcomeMessage(false, t('failed', { reason: failureText(result, language) })),
    );
  };

  return (
    <>
      <h2>{t('exportImport')}</h2>
      <div class="actions">
        <SaveFileButton
          label={t('exportJson')}
          file={() => ({
            name: `exposure-guard-log-${fileDate()}.json`,
            text: exportLogJson(log),
            type: 'application/json',
          })}
        />
        <SaveFileButton
          label={t('exportCsv')}
          file={() => ({
            name: `exposure-guard-log-${fileDate()}.csv`,
            text: exportLogCsv(props.shown, log.notes, language),
            type: 'text/csv;charset=utf-8',
          })}
        />
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
        <Confirm
          text={t(pending.kind === 'clear' ? 'clearConfirm' : 'importConfirm', { count: log.entries.length })}
          yes={t(pending.kind === 'clear' ? 'clearYes' : 'confirm')}
          onYes={() => void (pending.kind === 'import' ? runImport(pending.json) : runClear())}
          onCancel={() => setPending(null)}
        />
      )}
      <StatusLine message={message} />
    </>
  );
}

/** Asks before data is replaced or removed; it takes focus so the keyboard can answer it. */
function Confirm(props: { text: string; yes: string; onYes(): void; onCancel(): void }) {
  const common = useTranslator(commonMessages);
  return (
    <div class="confirm" role="alertdialog" aria-labelledby="confirm-text">
      <p id="confirm-text">{props.text}</p>
      <div class="actions">
        {/* biome-ignore lint/a11y/noAutofocus: the confirmation takes focus so the keyboard can answer it */}
        <button type="button" class="danger" autoFocus onClick={props.onYes}>
          {props.yes}
        </button>
        <button type="button" onClick={props.onCancel}>
          {common('cancel')}
        </button>
      </div>
    </div>
  );
}
