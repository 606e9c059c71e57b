// A group of radio buttons with a legend: each control, its label and its hint on one grid (ui.css),
// the group's hint and errors tied to the fieldset.
import type { ComponentChildren } from 'preact';
import { describedBy, type FieldMessages, FieldNotes } from './Field';

export interface Choice<V> {
  value: V;
  label: string;
  hint?: string;
}

export function RadioGroup<V>(
  props: {
    id: string;
    legend: string;
    choices: readonly Choice<V>[];
    value: V;
    onValue(value: V): void;
    children?: ComponentChildren;
  } & FieldMessages,
) {
  const invalid = Boolean(props.errors?.length);
  return (
    <fieldset
      class="field choices"
      id={props.id}
      aria-invalid={invalid ? 'true' : undefined}
      aria-describedby={describedBy(props.id, props)}
    >
      <legend>{props.legend}</legend>
      {props.choices.map((choice, index) => {
        const optionId = `${props.id}-${index}`;
        return (
          <div class="choice" key={optionId}>
            <input
              type="radio"
              id={optionId}
              name={props.id}
              checked={choice.value === props.value}
              aria-describedby={choice.hint ? `${optionId}-hint` : undefined}
              onChange={() => props.onValue(choice.value)}
            />
            <label for={optionId}>{choice.label}</label>
            {choice.hint && (
              <span class="hint" id={`${optionId}-hint`}>
                {choice.hint}
              </span>
            )}
          </div>
        );
      })}
      <FieldNotes id={props.id} hint={props.hint} errors={props.errors} />
    </fieldset>
  );
}
