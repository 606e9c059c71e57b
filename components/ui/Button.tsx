// The one button: secondary by default; `primary` for the step the page leads to, `danger` for what
// removes data. The look is in ui.css, so plain <button>s elsewhere match it.
import type { ButtonHTMLAttributes } from 'preact';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'quiet';

export function Button(
  props: Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'class'> & { variant?: ButtonVariant },
) {
  const { variant = 'secondary', type = 'button', ...rest } = props;
  return <button {...rest} type={type} class={variant === 'secondary' ? undefined : variant} />;
}
