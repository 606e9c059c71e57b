// Keeps keyboard focus inside a modal dialog. A native modal <dialog> makes the page inert, but Tab
// past its last control still leaves for the browser's own UI; this wraps Tab and Shift+Tab instead.
const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

function tabbable(container: Element): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => {
    if (el.getClientRects().length === 0) return false; // not rendered (e.g. inside a closed <details>)
    // Of a radio group only the checked radio (or the first, when none is) takes part in Tab order.
    if (el instanceof HTMLInputElement && el.type === 'radio' && el.name) {
      const group = [...container.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter(
        (r) => r.name === el.name,
      );
      return (group.find((r) => r.checked) ?? group[0]) === el;
    }
    return true;
  });
}

export function trapFocus(dialog: HTMLElement): void {
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab') return;
    const items = tabbable(dialog);
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    const root = dialog.getRootNode() as Document | ShadowRoot;
    const active = root.activeElement;
    if (event.shiftKey && (active === first || !dialog.contains(active))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !dialog.contains(active))) {
      event.preventDefault();
      first.focus();
    }
  });
}
