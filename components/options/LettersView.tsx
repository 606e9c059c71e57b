// The options page's letters: about a log entry (#letters?entry=N) or about an activity the user picks.
// The letter comes first; the two questions above it are short selects and radios, nothing tall.
import { useState } from 'preact/hooks';
import type { StoreApi } from 'zustand/vanilla';
import { useTranslator } from '@/components/i18n';
import type { DecisionLogState } from '@/components/state/decision-log-store';
import type { SettingsState } from '@/components/state/settings-store';
import { useStoreState } from '@/components/state/use-store';
import { SelectField } from '@/components/ui/SelectField';
import { lettersUiMessages } from '@/core/i18n/messages/letters-ui';
import type { LetterSituation } from '@/core/letters';
import { ACTIVITIES, type Activity, type Initiator } from '@/core/types';
import { ChoiceGroup } from './fields';
import { LetterDraft } from './LetterDraft';
import { useActivityLabel } from './log-words';

type Framing = Exclude<Initiator, 'own-initiative'> | null;

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
  const [initiator, setInitiator] = useState<Framing>(null);
  const entry = props.entrySeq === null ? undefined : log.entries.find((e) => e.seq === props.entrySeq);

  let situation: LetterSituation = { activity, initiator };
  if (entry) {
    situation =
      entry.outcome === 'unassessed'
        ? { activity: entry.activity }
        : { activity: entry.activity, assessment: { outcome: entry.outcome } };
  }

  return (
    <section aria-labelledby="letters-title" class="letters-view">
      <h1 id="letters-title">{t('title')}</h1>
      <p>{t('intro')}</p>
      {entry ? (
        <p data-entry={entry.seq}>
          {t('fromEntry', { seq: entry.seq, activity: activityLabel(entry.activity) })}
        </p>
      ) : (
        <div class="letter-about">
          <SelectField
            id="letter-activity"
            label={t('activity')}
            value={activity}
            options={ACTIVITIES.map((id) => ({ value: id, label: activityLabel(id) }))}
            onValue={(value) => setActivity(value as Activity)}
          />
          <ChoiceGroup<Framing>
            id="letter-initiator"
            legend={t('framing')}
            choices={[
              { value: 'employer-requires', label: t('framingRequires') },
              { value: 'employer-asks', label: t('framingAsks') },
              { value: null, label: t('framingUnknown') },
            ]}
            value={initiator}
            onValue={setInitiator}
          />
        </div>
      )}
      <LetterDraft
        key={entry ? `entry-${entry.seq}` : `${activity}-${initiator}`}
        situation={situation}
        settings={settings}
      />
    </section>
  );
}
