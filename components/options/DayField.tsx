// A date typed as text in the interface's own order (dd-mm-jjjj in Dutch, dd/mm/yyyy in English), with
// the format as a visible hint: the browser's date input shows "mm/dd/yyyy" whatever language we speak.
import { useState } from 'preact/hooks';
import { useLanguage, useTranslator } from '@/components/i18n';
import { FieldNotes } from '@/components/ui/Field';
import { logMessages } from '@/core/i18n/messages/log';

/**
 * The day in `text` as a local date (start of the day, or its last millisecond when `end`): day-month-year
 * with -, / or . between, or ISO year-month-day. Undefined for an empty text, null when it is no date.
 */
export function parseDay(text: string, end = false): Date | null | undefined {
  const value = text.trim();
  if (value === '') return undefined;
  const dmy = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value);
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const [day, month, year] = dmy
    ? [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])]
    : ymd
      ? [Number(ymd[3]), Number(ymd[2]), Number(ymd[1])]
      : [0, 0, 0];
  const date = end ? new Date(year, month - 1, day, 23, 59, 59, 999) : new Date(year, month - 1, day);
  const valid = date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
  return year > 0 && valid ? date : null;
}

export function DayField(props: { id: string; label: string; end?: boolean; onDay(day?: Date): void }) {
  const t = useTranslator(logMessages);
  const language = useLanguage();
  const [text, setText] = useState('');
  const parsed = parseDay(text, props.end);
  const errors = parsed === null ? [t('dateInvalid')] : [];
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        lang={language}
        value={text}
        aria-invalid={parsed === null ? 'true' : undefined}
        aria-describedby={`${props.id}-hint${parsed === null ? ` ${props.id}-error` : ''}`}
        onInput={(event) => {
          const next = event.currentTarget.value;
          setText(next);
          const day = parseDay(next, props.end);
          if (day !== null) props.onDay(day);
        }}
      />
      <FieldNotes id={props.id} hint={t('dateHint')} errors={errors} />
    </div>
  );
}
