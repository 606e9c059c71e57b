// A card: a bordered block that groups one thing (a log entry, a status, a chart).
import { type ComponentChildren, h } from 'preact';

export function Card(props: {
  children: ComponentChildren;
  as?: 'div' | 'section' | 'article' | 'li';
  class?: string;
  labelledBy?: string;
  data?: Record<string, string | number>;
}) {
  const data = Object.fromEntries(Object.entries(props.data ?? {}).map(([k, v]) => [`data-${k}`, v]));
  return h(
    props.as ?? 'div',
    {
      class: props.class ? `eg-card ${props.class}` : 'eg-card',
      'aria-labelledby': props.labelledBy,
      ...data,
    },
    props.children,
  );
}
