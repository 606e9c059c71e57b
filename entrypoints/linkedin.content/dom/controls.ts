// Reading controls and editors found on an event path. Read-only; no page-wide scans.
import { normaliseForMatch } from '@/core/name-match';
import { allLabels, COMMENT_BOX, type Labels } from '@/entrypoints/linkedin.content/surfaces';

const CONTROL = 'button, [role="button"], a[href], input[type="submit"], input[type="button"]';

/** The button (or link) an event activates: the innermost control on the path. */
export function activatedControl(path: readonly Element[]): HTMLElement | null {
  const control = path.find((element) => element.matches(CONTROL));
  return (control as HTMLElement | undefined) ?? null;
}

export function isDisabled(control: Element): boolean {
  return control.hasAttribute('disabled') || control.getAttribute('aria-disabled') === 'true';
}

/** The text of an element, its text nodes joined by spaces ("<span>Acme</span><span>Post to Anyone</span>"). */
export function textOf(element: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
    for (const child of node.childNodes) walk(child);
  };
  walk(element);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** A `<button>` whose only content is text (LinkedIn's commit buttons; every icon button has an svg). */
export function isTextOnlyButton(control: Element): boolean {
  return (
    control.matches('button, [role="button"]') && !control.querySelector('svg, img') && textOf(control) !== ''
  );
}

export function hasLabel(text: string, labels: Labels): boolean {
  const normalised = normaliseForMatch(text);
  return normalised !== '' && allLabels(labels).some((label) => normaliseForMatch(label) === normalised);
}

// One pattern per label table, made at first use: the click handler tests labels on every click.
const labelPatterns = new WeakMap<Labels, RegExp>();

function patternOf(labels: Labels): RegExp {
  let pattern = labelPatterns.get(labels);
  if (!pattern) {
    const phrases = allLabels(labels)
      .map((label) =>
        normaliseForMatch(label)
          .replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
          .replace(/ /g, '\\s+'),
      )
      .filter(Boolean);
    pattern = new RegExp(`(?<![\\p{L}\\p{N}_#])(?:${phrases.join('|')})(?![\\p{L}\\p{N}_])`, 'u');
    labelPatterns.set(labels, pattern);
  }
  return pattern;
}

/** True when `text` names one of the labels as whole words (any language of the table). */
export function mentionsLabel(text: string, labels: Labels): boolean {
  return patternOf(labels).test(normaliseForMatch(text));
}

/** An enabled, text-only button whose text is one of the labels. */
export function isLabelledCommit(control: Element, labels: Labels): boolean {
  return isTextOnlyButton(control) && !isDisabled(control) && hasLabel(textOf(control), labels);
}

/** The contenteditable editor the event happened in (its root, the element that carries the attribute). */
export function editorOnPath(path: readonly Element[]): HTMLElement | null {
  const editor = path.find((element) => element.getAttribute('contenteditable') === 'true');
  return (editor as HTMLElement | undefined) ?? null;
}

/** Ctrl+Enter or Cmd+Enter. Plain Enter (and Shift+Enter) in an editor is a new line. */
export function isSubmitChord(event: Event): boolean {
  const key = event as KeyboardEvent;
  return key.key === 'Enter' && (key.ctrlKey || key.metaKey) && !key.altKey;
}

const BLOCK = 'p, div, li, h1, h2, h3, h4, h5, h6, blockquote, pre';

/** The editor's plain text: innerText per block child (one line each), as Quill and Tiptap render. */
export function editorText(editor: Element): string {
  const blocks = [...editor.children].filter((child) => child.matches(BLOCK));
  if (blocks.length === 0) return renderedText(editor).trim();
  return blocks
    .map((block) => renderedText(block).replace(/\n+$/, ''))
    .join('\n')
    .trim();
}

function renderedText(element: Element): string {
  // biome-ignore lint/performance/useDomNodeTextContent: line breaks (<br>) inside a block must count, as typed.
  return (element as HTMLElement).innerText ?? element.textContent ?? '';
}

/** Path elements above `element` (outward), stopping at the path's end. */
export function pathAbove(path: readonly Element[], element: Element): Element[] {
  const index = path.indexOf(element);
  return index < 0 ? [] : path.slice(index + 1);
}

/** What an editor says it is for: its aria-label and placeholders. */
function editorDescription(editor: Element): string {
  return ['aria-label', 'aria-placeholder', 'data-placeholder', 'placeholder']
    .map((name) => editor.getAttribute(name) ?? '')
    .join(' | ');
}

/** An editor labelled for comments or replies ("Text editor for creating comment", "Voeg commentaar toe…"). */
export function isCommentLikeEditor(editor: Element): boolean {
  return mentionsLabel(editorDescription(editor), COMMENT_BOX.labels.editor);
}
