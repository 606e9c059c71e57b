// Reading form controls in a LinkedIn form: what a control is labelled, its value, whether it is on.
// Read-only. Works inside shadow roots (labels are looked up in the control's own root).

import { allLabels, type Labels, PROFILE_FORM } from '@/entrypoints/linkedin.content/surfaces';
import { editorText, hasLabel, mentionsLabel, textOf } from './controls';

const NOTIFY = PROFILE_FORM.notify;

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
    const others = [...el.querySelectorAll(kind)].some(
      (other) => other !== control && !control.contains(other),
    );
    if (el.matches(SCOPE_LIMIT) || others) break;
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

/** A checkbox's checked state, a switch's or ARIA checkbox's aria-checked, a classic toggle's input or text. */
export function isOn(control: Element): boolean {
  if (control.localName === 'input') return (control as HTMLInputElement).checked;
  const checked = control.getAttribute('aria-checked') ?? control.getAttribute('aria-pressed');
  if (checked !== null) return checked === 'true';
  if (!control.matches(NOTIFY.classicToggle)) return false;
  const inner = control.querySelector('input[type="checkbox"], [role="switch"], [role="checkbox"]');
  if (inner) return isOn(inner);
  const text = control.querySelector(NOTIFY.toggleText);
  return text ? hasLabel(textOf(text), NOTIFY.on) : false;
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

/** Letters and digits of a text, lower case, accents dropped, words separated by one space. */
function words(text: string): string {
  const plain = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return ` ${plain.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

/** A stem at the start of a word, also after a Dutch or German "ge-" ("geïnformeerd", "geteilt"). */
function hasStem(text: string, stems: Labels): boolean {
  const haystack = words(text);
  return allLabels(stems).some((stem) => {
    const needle = words(stem).trimEnd();
    return haystack.includes(needle) || haystack.includes(` ge${needle.trimStart()}`);
  });
}

/** A label that speaks of telling the network: a verb stem and an object stem, any of EN/NL/DE/FR. */
export function isNotifyLabel(text: string): boolean {
  return hasStem(text, NOTIFY.verbStems) && hasStem(text, NOTIFY.objectStems);
}

/**
 * The "notify network" control in a scope, in any shape: the classic toggle (`data-control-name`), a
 * switch, or a checkbox, labelled about telling the network (or only by the sentence that says so).
 */
export function notifySwitchIn(scope: ParentNode): HTMLElement | null {
  const controls = [...scope.querySelectorAll<HTMLElement>(NOTIFY.controls)];
  // The classic toggle is the control; the input inside it is part of it.
  const outer = controls.filter((c) => c.matches(NOTIFY.classicToggle) || !c.closest(NOTIFY.classicToggle));
  return outer.find((control) => isNotifyLabel(describedAs(control, NOTIFY.controls))) ?? null;
}
