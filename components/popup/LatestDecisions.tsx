// The popup's latest decisions from the log, newest first, numbered as in the log (the entry's seq),
// in plain words. How the log's integrity is checked is the options log's business, not the popup's.
import { browser } from 'wxt/browser';
import type { StoreApi } from 'zustand/vanilla';
import { useLanguage, useTranslator } from '@/components/i18n';
import { EntryOutcome, EntryTitle, formatTime, WebsiteShown } from '@/components/options/log-words';
import type { DecisionLogState } from '@/components/state/decision-log-store';
import { useStoreState } from '@/components/state/use-store';
import { logMessages } from '@/core/i18n/messages/log';
import { popupMessages } from '@/core/i18n/messages/popup';

export function LatestDecisions(props: { logStore: StoreApi<DecisionLogState>; count?: number }) {
  const t = useTranslator(logMessages);
  const popup = useTranslator(popupMessages);
  const language = useLanguage();
  const state = useStoreState(props.logStore);
  const latest = state.log.entries.slice(-(props.count ?? 5)).reverse();
  return (
    <section aria-labelledby="latest-title">
      <h2 id="latest-title">{t('latestTitle')}</h2>
      {latest.length === 0 ? (
        <p>{state.loaded ? popup('latestNone') : t('checking')}</p>
      ) : (
        <ol class="latest">
          {latest.map((entry) => (
            <li key={entry.seq} data-seq={entry.seq} value={entry.seq}>
              <span class="latest-what">
                <EntryTitle entry={entry} strong />
              </span>
              <span class="latest-meta">
                <time dateTime={entry.time}>{formatTime(entry.time, language)}</time>
                {' · '}
                <EntryOutcome entry={entry} />
                <WebsiteShown entry={entry} lead=" · " />
              </span>
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
