// A labelled text field with its hint and errors tied to the control (aria-describedby, aria-invalid).
export interface FieldMessages {
  hint?: string;
  errors?: readonly string[];
}

export function describedBy(id: string, { hint, errors }: FieldMessages): string | undefined {
  const ids = [hint ? `${id}-hint` : '', errors?.length ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function FieldNotes(props: { id: string } & FieldMessages) {
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
    placeholder?: string;
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
        placeholder={props.placeholder}
        value={props.value}
        aria-invalid={invalid ? 'true' : undefined}
        aria-describedby={describedBy(props.id, props)}
        onInput={(event) => props.onValue(event.currentTarget.value)}
      />
      <FieldNotes id={props.id} hint={props.hint} errors={props.errors} />
    </div>
  );
}
