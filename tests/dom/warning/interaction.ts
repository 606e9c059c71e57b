// How the tests act as a user in happy-dom. happy-dom marks every event untrusted, and our buttons
// ignore untrusted events, so a user's click is an event whose isTrusted reads true.
export function userClick(element: Element): void {
  const event = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  element.dispatchEvent(event);
}

export function userEscape(dialog: HTMLDialogElement): void {
  const key = new KeyboardEvent('keydown', {
    key: 'Escape',
    bubbles: true,
    composed: true,
    cancelable: true,
  });
  Object.defineProperty(key, 'isTrusted', { value: true });
  dialog.dispatchEvent(key);
  const event = new Event('cancel', { cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  dialog.dispatchEvent(event);
  if (!event.defaultPrevented) dialog.close();
}

/** Checks a radio button or toggles a checkbox the way a user does: the change event follows. */
export function userCheck(input: HTMLInputElement, checked = true): void {
  input.checked = checked;
  const event = new Event('change', { bubbles: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  input.dispatchEvent(event);
}

/** Lets Preact apply state updates. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
