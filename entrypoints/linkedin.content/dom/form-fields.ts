// Reading form controls in a LinkedIn form: what a control is labelled, its value, whether it is on.
// Read-only. Works inside shadow roots (labels are looked up in the control's own root).

import type { Labels } from '@/entrypoints/linkedin.content/surfaces';
import { PROFILE_FORM } from '@/entrypoints/linkedin.content/surfaces';
import { editorText, mentionsLabel, textOf } from './controls';

/** Everything that names a control: aria-label, aria-labelledby, label[for], a wrapping label, placeholders. */
export function labelOf(control: Element): string {
  const root = control.getRootNode() as ParentNode;
  const parts = ['aria-label', 'placeholder', 'aria-placeholder', 'data-placeholder'].map(
    (name) => control.getAttribute(name) ?? '',
  );
  // Direct look-ups by id, never a scan of every [id] on the page: this runs inside a click handler.
  const ids = (control.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  const byId = (id: string): Element | null =>
    'getElementById' in root && typeof root.getElementById === 'function'
      ? (root as Document | ShadowRoot).getElementById(id)
      : root.querySelector(`#${CSS.escape(id)}`);
  for (const id of ids) {
    const label = byId(id);
    if (label) parts.push(textOf(label));
  }
  if (control.id) {
    for (const label of root.querySelectorAll(`label[for="${CSS.escape(control.id)}"]`))
      parts.push(textOf(label));
  }
  const wrapping = control.closest('label');
  if (wrapping) parts.push(textOf(wrapping));
  return parts.filter(Boolean).join(' | ');
}

/** Blocks a control's description never reaches into: the whole form or page says nothing of one control. */
const SCOPE_LIMIT = 'dialog, [role="dialog"], form, main, body';

/**
 * The label of a control, or else the text of the nearest block around it that holds no other control
 * of its kind (a switch's heading and description often sit beside it, not in a <label>).
 */
export function describedAs(control: Element, kind: string): string {
  const label = labelOf(control);
  let text = label;
  for (let el = control.parentElement, level = 0; el && level < 4; el = el.parentElement, level += 1) {
    if (el.matches(SCOPE_LIMIT) || [...el.querySelectorAll(kind)].some((other) => other !== control)) break;
    text = `${label} | ${textOf(el)}`;
  }
  return text;
}

/** The first control in `scope` matching `selector` whose description mentions one of the labels. */
export function controlLabelled(scope: ParentNode, selector: string, labels: Labels): Element | null {
  return (
    [...scope.querySelectorAll(selector)].find((control) =>
      mentionsLabel(describedAs(control, selector), labels),
    ) ?? null
  );
}

/** A checkbox's checked state, or a switch's or ARIA checkbox's aria-checked. */
export function isOn(control: Element): boolean {
  if (control.localName === 'input') return (control as HTMLInputElement).checked;
  return control.getAttribute('aria-checked') === 'true';
}

/** A field's current text: an input's value, a select's chosen option, an editor's text. Memory only. */
export function fieldText(field: Element): string {
  if (field.localName === 'select') {
    const select = field as HTMLSelectElement;
    return select.selectedOptions[0]?.textContent?.trim() ?? '';
  }
  if (field.getAttribute('contenteditable') === 'true') return editorText(field);
  return (field as HTMLInputElement).value ?? '';
}

/** The "notify network" switch (or checkbox) in a scope: a toggle labelled about notifying or sharing with the network. */
export function notifySwitchIn(scope: ParentNode): HTMLElement | null {
  const { notifyVerb, notifyObject } = PROFILE_FORM.labels;
  const toggles = [...scope.querySelectorAll<HTMLElement>('[role="switch"], input[type="checkbox"]')];
  return (
    toggles.find((toggle) => {
      const text = describedAs(toggle, '[role="switch"], input[type="checkbox"]');
      return mentionsLabel(text, notifyVerb) && mentionsLabel(text, notifyObject);
    }) ?? null
  );
}
