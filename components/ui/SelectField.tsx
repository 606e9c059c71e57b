// A labelled drop-down list with its hint tied to it: the options page's filters, the letter's
// activity, the language, the request check's role.
import { describedBy, type FieldMessages, FieldNotes } from './Field';

export interface SelectOption {
  value: string;
  label: string;
}

export function SelectField(
  props: {
    id: string;
    label: string;
    value: string;
    options: readonly SelectOption[];
    onValue(value: string): void;
  } & FieldMessages,
) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value}
        aria-invalid={props.errors?.length ? 'true' : undefined}
        aria-describedby={describedBy(props.id, props)}
        onChange={(event) => props.onValue(event.currentTarget.value)}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldNotes id={props.id} hint={props.hint} errors={props.errors} />
    </div>
  );
}
