// Form controls with visible labels, hints and errors tied to the control (aria-describedby,
// aria-invalid). Shared by the options page and the popup's request checker.
import type { ComponentChildren } from 'preact';
import { useTranslator } from '@/components/i18n';
import { commonMessages } from '@/core/i18n/messages/common';

export interface FieldMessages {
  hint?: string;
  errors?: readonly string[];
}

function describedBy(id: string, { hint, errors }: FieldMessages): string | undefined {
  const ids = [hint ? `${id}-hint` : '', errors?.length ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function FieldNotes(props: { id: string } & FieldMessages) {
  return (
    <>
      {props.hint && (
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      )}
      {props.errors && props.errors.length > 0 && (
        <p class="error" id={`${props.id}-error`}>
          {props.errors.join(' ')}
        </p>
      )}
    </>
  );
}

export function TextField(
  props: {
    id: string;
    label: string;
    value: string;
    onValue(value: string): void;
    /** 'url' asks for a URL keyboard; validation stays the core's. */
    inputMode?: 'text' | 'url' | 'numeric';
  } & FieldMessages,
) {
  const invalid = Boolean(props.errors?.length);
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        name={props.id}
        type="text"
        inputMode={props.inputMode}
        value={props.value}
        aria-invalid={invalid ? 'true' : undefined}
        aria-describedby={describedBy(props.id, props)}
        onInput={(event) => props.onValue(event.currentTarget.value)}
      />
      <FieldNotes id={props.id} hint={props.hint} errors={props.errors} />
    </div>
  );
}

export interface Choice<V> {
  value: V;
  label: string;
  hint?: string;
}

export function ChoiceGroup<V>(
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

/** A file picker that looks like a button: a visible label over a keyboard-reachable file input. */
export function FileChooser(props: { id: string; label: string; onFile(input: HTMLInputElement): void }) {
  return (
    <>
      <label class="file-button" for={props.id}>
        {props.label}
      </label>
      <input
        id={props.id}
        type="file"
        accept=".json,application/json"
        class="visually-hidden-file"
        onChange={(event) => props.onFile(event.currentTarget)}
      />
    </>
  );
}

/** Yes / no / not sure, for questions whose answer may stay unknown (null). */
export function useYesNoChoices(): Choice<boolean | null>[] {
  const common = useTranslator(commonMessages);
  return [
    { value: true, label: common('yes') },
    { value: false, label: common('no') },
    { value: null, label: common('notSure') },
  ];
}
