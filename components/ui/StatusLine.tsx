// The live line under a form or a row of actions: what the last action did, in words and a tone.
export interface StatusMessage {
  /** 'info' while something is under way: no tick or cross. */
  tone: 'ok' | 'error' | 'info';
  text: string;
}

/** An outcome as a message: ok or error. */
export const outcomeMessage = (ok: boolean, text: string): StatusMessage => ({
  tone: ok ? 'ok' : 'error',
  text,
});

export function StatusLine(props: { message: StatusMessage | null; id?: string; class?: string }) {
  return (
    <div role="status" id={props.id} class={props.class}>
      {props.message && <p class={props.message.tone}>{props.message.text}</p>}
    </div>
  );
}
