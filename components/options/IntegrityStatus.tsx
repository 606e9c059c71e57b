// The log's integrity in plain words: whether the chain is intact, what the check cannot see by itself
// (first and last entry, the last seal, entries retention removed) and whether a write failed.
import { useTranslator } from '@/components/i18n';
import type { DecisionLogState } from '@/components/state/decision-log-store';
import { logMessages } from '@/core/i18n/messages/log';

/** Characters of the last hash shown as the log's seal: enough to compare, short enough to note down. */
export const SEAL_LENGTH = 12;

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
