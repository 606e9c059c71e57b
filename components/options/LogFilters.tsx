// The log's filters: activity, outcome and a date range.
import { useTranslator } from '@/components/i18n';
import { SelectField } from '@/components/ui/SelectField';
import { logMessages, outcomeLabels } from '@/core/i18n/messages/log';
import { type EntryFilter, RECORD_OUTCOMES } from '@/core/log';
import { ACTIVITIES, type Activity } from '@/core/types';
import { DayField } from './DayField';
import { useActivityLabel } from './log-words';

export function LogFilters(props: { filter: EntryFilter; onFilter(filter: EntryFilter): void }) {
  const t = useTranslator(logMessages);
  const activity = useActivityLabel();
  const outcome = useTranslator(outcomeLabels);
  const { filter, onFilter } = props;
  const all = { value: '', label: t('all') };
  return (
    <fieldset class="filters">
      <legend>{t('filters')}</legend>
      <SelectField
        id="filter-activity"
        label={t('filterActivity')}
        value={filter.activity ?? ''}
        options={[all, ...ACTIVITIES.map((id) => ({ value: id, label: activity(id) }))]}
        onValue={(value) => onFilter({ ...filter, activity: (value || undefined) as Activity | undefined })}
      />
      <SelectField
        id="filter-outcome"
        label={t('filterOutcome')}
        value={filter.outcome ?? ''}
        options={[all, ...RECORD_OUTCOMES.map((id) => ({ value: id, label: outcome(id) }))]}
        onValue={(value) => onFilter({ ...filter, outcome: (value || undefined) as EntryFilter['outcome'] })}
      />
      <DayField id="filter-from" label={t('filterFrom')} onDay={(from) => onFilter({ ...filter, from })} />
      <DayField id="filter-to" label={t('filterTo')} end onDay={(to) => onFilter({ ...filter, to })} />
    </fieldset>
  );
}
