// The options page's letters: about a log entry (#letters?entry=N) or about an activity the user picks.
import { useState } from 'preact/hooks';
import type { StoreApi } from 'zustand/vanilla';
import { useTranslator } from '@/components/i18n';
import type { DecisionLogState } from '@/components/state/decision-log-store';
import type { SettingsState } from '@/components/state/settings-store';
import { useStoreState } from '@/components/state/use-store';
import { lettersUiMessages } from '@/core/i18n/messages/letters-ui';
import { ACTIVITIES, type Activity } from '@/core/types';
import { LetterDraft, type LetterSituation, reasonsOfRules } from './LetterDraft';
import { useActivityLabel } from './LogView';

export function LettersView(props: {
  settingsStore: StoreApi<SettingsState>;
  logStore: StoreApi<DecisionLogState>;
  entrySeq: number | null;
}) {
  const t = useTranslator(lettersUiMessages);
  const activityLabel = useActivityLabel();
  const { settings } = useStoreState(props.settingsStore);
  const { log } = useStoreState(props.logStore);
  const [activity, setActivity] = useState<Activity>('feed-post');
  const entry = props.entrySeq === null ? undefined : log.entries.find((e) => e.seq === props.entrySeq);

  let situation: LetterSituation = { activity };
  if (entry) {
    situation =
      entry.outcome === 'unassessed'
        ? { activity: entry.activity }
        : {
            activity: entry.activity,
            assessment: { outcome: entry.outcome, reasons: reasonsOfRules(entry.rules) },
          };
  }

  return (
    <section aria-labelledby="letters-title">
      <h1 id="letters-title">{t('title')}</h1>
      <p>{t('intro')}</p>
      {entry ? (
        <p data-entry={entry.seq}>
          {t('fromEntry', { seq: entry.seq, activity: activityLabel(entry.activity) })}
        </p>
      ) : (
        <div class="field">
          <label for="letter-activity">{t('activity')}</label>
          <select
            id="letter-activity"
            value={activity}
            onChange={(event) => setActivity(event.currentTarget.value as Activity)}
          >
            {ACTIVITIES.map((id) => (
              <option key={id} value={id}>
                {activityLabel(id)}
              </option>
            ))}
          </select>
        </div>
      )}
      <LetterDraft key={entry ? `entry-${entry.seq}` : activity} situation={situation} settings={settings} />
    </section>
  );
}
