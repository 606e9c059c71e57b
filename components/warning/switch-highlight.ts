// Points at a control of LinkedIn's (the notify-network switch) without touching LinkedIn's DOM: a ring
// drawn by our own host, a manual popover in the top layer placed over the control's rectangle and
// following it on scroll and resize. It never takes pointer events, so the control stays usable.
import { HOST_ATTRIBUTE } from './show-warning';

export interface Highlight {
  readonly element: HTMLElement;
  /** Keeps the ring for a while after the warning closed; the next pointer press anywhere removes it. */
  linger(ms?: number): void;
  remove(): void;
}

const CSS = `:host{all:initial;position:fixed;top:0;left:0;width:0;height:0;z-index:2147483647}
[popover]{position:fixed;inset:auto;margin:0;padding:0;border:3px solid #b3261e;border-radius:8px;background:transparent;pointer-events:none;box-shadow:0 0 0 3px #fff,0 0 0 6px rgb(179 38 30/.35);overflow:visible}
span{position:absolute;left:0;bottom:calc(100% + 6px);white-space:nowrap;font:600 13px/1.3 system-ui,sans-serif;color:#fff;background:#b3261e;border-radius:4px;padding:2px 6px}`;

const PAD = 6;

export function highlightControl(control: HTMLElement, label: string): Highlight {
  const host = document.createElement('exposure-guard-ui');
  host.setAttribute(HOST_ATTRIBUTE, 'highlight');
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = CSS;
  const ring = document.createElement('div');
  ring.setAttribute('popover', 'manual');
  ring.setAttribute('aria-hidden', 'true');
  const tag = document.createElement('span');
  tag.textContent = label;
  ring.append(tag);
  root.append(style, ring);
  document.documentElement.append(host);

  const place = () => {
    const rect = control.getBoundingClientRect();
    Object.assign(ring.style, {
      top: `${rect.top - PAD}px`,
      left: `${rect.left - PAD}px`,
      width: `${rect.width + 2 * PAD}px`,
      height: `${rect.height + 2 * PAD}px`,
    });
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const remove = () => {
    clearTimeout(timer);
    window.removeEventListener('scroll', place, true);
    window.removeEventListener('resize', place);
    window.removeEventListener('pointerdown', remove, true);
    host.remove();
  };
  place();
  ring.showPopover?.();
  window.addEventListener('scroll', place, true);
  window.addEventListener('resize', place);
  return {
    element: ring,
    linger(ms = 15_000) {
      // Focusing the switch may have scrolled it: measure again, and keep the ring on top of the page.
      place();
      ring.hidePopover?.();
      ring.showPopover?.();
      timer = setTimeout(remove, ms);
      window.addEventListener('pointerdown', remove, true);
    },
    remove,
  };
}
