// "Save the report to the decision log": what the log keeps of a checked policy is its summary
// (core/policy/log-record.ts: activities, outcomes, counts, language, role, whether an employer was
// named), never the text. The background takes it only from this page (the log-policy-report message).
import { useEffect, useState } from 'preact/hooks';
import { useTranslator } from '@/components/i18n';
import { sendToBackground } from '@/components/messaging';
import { policyMessages } from '@/core/i18n/messages/policy';
import { type PolicyReport, policyReportRecord } from '@/core/policy';
import type { DecisionRecord, LogDecisionResult } from '@/core/protocol';
import type { Role } from '@/core/types';

export type SavePolicyRecord = (record: DecisionRecord) => Promise<LogDecisionResult>;

const sendReport: SavePolicyRecord = (record) => sendToBackground('log-policy-report', { record });

type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; seq: number }
  | { kind: 'failed'; full: boolean; reason: string };

/** The button, what the log keeps, and the answer: saved as entry N (with the way to the log), or why not. */
export function SaveReport(props: {
  report: PolicyReport;
  role: Role;
  employerNamed: boolean;
  save?: SavePolicyRecord;
}) {
  const t = useTranslator(policyMessages);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  // Another check is another report: it can be saved in its turn.
  useEffect(() => setState({ kind: 'idle' }), [props.report]);
  const save = async () => {
    const record = policyReportRecord(props.report, {
      role: props.role,
      employerNamed: props.employerNamed,
      time: new Date().toISOString(),
    });
    if (!record) return;
    setState({ kind: 'saving' });
    let result: LogDecisionResult;
    try {
      result = await (props.save ?? sendReport)(record);
    } catch (error) {
      result = { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    setState(
      result.ok
        ? { kind: 'saved', seq: result.seq }
        : { kind: 'failed', full: result.storageFull === true, reason: result.error },
    );
  };
  return (
    <div class="policy-save">
      <button
        type="button"
        disabled={state.kind === 'saving' || state.kind === 'saved'}
        aria-describedby="policy-save-hint"
        onClick={() => void save()}
      >
        {state.kind === 'saving' ? t('saving') : t('saveReport')}
      </button>
      <p class="hint" id="policy-save-hint">
        {t('saveHint')}
      </p>
      <div role="status">
        {state.kind === 'saved' && (
          <p class="ok" data-saved-seq={state.seq}>
            {t('saved', { seq: state.seq })} <a href="#log">{t('savedWhere')}</a>
          </p>
        )}
        {state.kind === 'failed' && (
          <p class="error">{state.full ? t('saveFull') : t('saveFailed', { reason: state.reason })}</p>
        )}
      </div>
    </div>
  );
}
