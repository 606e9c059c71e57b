// The popup's latest decisions from the log, newest first, with a link to the full log.

import { browser } from 'wxt/browser';
import type { StoreApi } from 'zustand/vanilla';
import { useLanguage, useTranslator } from '@/components/i18n';
import {
  DECISION_KEY,
  formatTime,
  IntegrityStatus,
  useActivityLabel,
  WebsiteShown,
} from '@/components/options/LogView';
import type { DecisionLogState } from '@/components/state/decision-log-store';
import { useStoreState } from '@/components/state/use-store';
import { logMessages, outcomeLabels } from '@/core/i18n/messages/log';

export function LatestDecisions(props: { logStore: StoreApi<DecisionLogState>; count?: number }) {
  const t = useTranslator(logMessages);
  const activity = useActivityLabel();
  const outcome = useTranslator(outcomeLabels);
  const language = useLanguage();
  const state = useStoreState(props.logStore);
  const latest = state.log.entries.slice(-(props.count ?? 5)).reverse();
  return (
    <section aria-labelledby="latest-title">
      <h2 id="latest-title">{t('latestTitle')}</h2>
      {state.loaded && state.log.entries.length > 0 && <IntegrityStatus state={state} />}
      {latest.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ol class="latest">
          {latest.map((entry) => (
            <li key={entry.seq} data-seq={entry.seq}>
              <time dateTime={entry.time}>{formatTime(entry.time, language)}</time>
              {' · '}
              <strong>{activity(entry.activity)}</strong>
              {' · '}
              {outcome(entry.outcome)}
              {' · '}
              {t(DECISION_KEY[entry.decision])}
              {entry.host && (
                <>
                  {' · '}
                  <WebsiteShown entry={entry} />
                </>
              )}
            </li>
          ))}
        </ol>
      )}
      <p>
        <a href={`${browser.runtime.getURL('/options.html')}#log`} target="_blank" rel="noreferrer">
          {t('fullLog')}
        </a>
      </p>
    </section>
  );
}
