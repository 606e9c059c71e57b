// A notice: an icon and a message in a tone. The tone shows in the icon and the words as well as the
// colour, so it never depends on colour alone.
import type { ComponentChildren } from 'preact';

export type NoticeTone = 'info' | 'ok' | 'warn' | 'error';

export const TONE_ICON: Record<NoticeTone, string> = { info: 'ℹ', ok: '✓', warn: '!', error: '✕' };

export function Notice(props: {
  tone?: NoticeTone;
  /** Overrides the tone's icon (a decoration: hidden from assistive technology). */
  icon?: string;
  children: ComponentChildren;
  role?: 'status' | 'alert';
  class?: string;
  data?: Record<string, string>;
}) {
  const tone = props.tone ?? 'info';
  const data = Object.fromEntries(Object.entries(props.data ?? {}).map(([k, v]) => [`data-${k}`, v]));
  return (
    <div
      class={props.class ? `eg-notice ${props.class}` : 'eg-notice'}
      data-tone={tone}
      role={props.role}
      {...data}
    >
      <span class="eg-icon" aria-hidden="true">
        {props.icon ?? TONE_ICON[tone]}
      </span>
      <div class="eg-notice-body">{props.children}</div>
    </div>
  );
}
