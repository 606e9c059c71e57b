// How long the log keeps entries: all, or a number of months (older entries are deleted at once and
// on every append).
import { useState } from 'preact/hooks';
import type { StoreApi } from 'zustand/vanilla';
import { useLanguage, useTranslator } from '@/components/i18n';
import type { DecisionLogState } from '@/components/state/decision-log-store';
import type { SettingsState } from '@/components/state/settings-store';
import { useStoreState } from '@/components/state/use-store';
import { outcomeMessage, StatusLine, type StatusMessage } from '@/components/ui/StatusLine';
import { logMessages } from '@/core/i18n/messages/log';

interface RetentionProps {
  settingsStore: StoreApi<SettingsState>;
  logStore: StoreApi<DecisionLogState>;
}

/** The retention form starts from the stored settings, so it appears only once they are read. */
export function LoadedRetentionSetting(props: RetentionProps) {
  const { loaded } = useStoreState(props.settingsStore);
  return loaded ? <RetentionSetting {...props} /> : null;
}

function RetentionSetting(props: RetentionProps) {
  const t = useTranslator(logMessages);
  const language = useLanguage();
  const { settings, update } = useStoreState(props.settingsStore);
  const [keepAll, setKeepAll] = useState(settings.logRetentionMonths === null);
  const [months, setMonths] = useState(String(settings.logRetentionMonths ?? 12));
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const save = async () => {
    const value = keepAll ? null : Number(months.trim() === '' ? Number.NaN : months);
    const result = await update({ logRetentionMonths: value });
    if (!result.ok) {
      setMessage(outcomeMessage(false, result.errors.map((e) => e.message[language]).join(' ')));
      return;
    }
    await props.logStore.getState().applyRetention();
    setMessage(outcomeMessage(true, t('retentionSaved')));
  };
  return (
    <form
      class="retention"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
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
          aria-invalid={message?.tone === 'error' ? 'true' : undefined}
          aria-describedby="retention-message"
          onInput={(event) => setMonths(event.currentTarget.value)}
        />
      </fieldset>
      <button type="submit">{t('retentionSave')}</button>
      <StatusLine id="retention-message" message={message} />
    </form>
  );
}
