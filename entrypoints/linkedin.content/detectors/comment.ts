// Comments and replies on posts: the classic Quill form, and the SDUI Tiptap box with no <form>.
import {
  activatedControl,
  editorOnPath,
  editorText,
  isCommentLikeEditor,
  isDisabled,
  isLabelledCommit,
  isSubmitChord,
  mentionsLabel,
  pathAbove,
} from '@/entrypoints/linkedin.content/dom/controls';
import { deepQueryAll } from '@/entrypoints/linkedin.content/dom/deep-query';
import { editorFacts } from '@/entrypoints/linkedin.content/dom/employer-facts';
import { groupOfLinks, groupOfPage } from '@/entrypoints/linkedin.content/dom/group-context';
import { COMMENT_BOX } from '@/entrypoints/linkedin.content/surfaces';
import { type EditorSurfaceReaders, editorMoment } from './editor-moment';
import { isShareEditor } from './share-composer';
import type { ExposureMoment, PageContext, SurfaceDetector } from './types';

const { classic: CLASSIC, sdui: SDUI, labels: LABELS } = COMMENT_BOX;

interface CommentParts {
  uiGeneration: 'classic' | 'sdui';
  editor: HTMLElement;
  submitControl: HTMLElement;
}

function isSduiCommentEditor(editor: Element, ctx: PageContext): boolean {
  return (
    editor.matches(SDUI.editor) &&
    !editor.matches(CLASSIC.editor) &&
    isCommentLikeEditor(editor) &&
    !isShareEditor(editor, ctx)
  );
}

/**
 * A text-only commit button with a comment label: not an opener (aria-label "Comment"/"Reply") and not a
 * reaction (a toggle, or labelled "React …"; Dutch "Reageren" is both reply and react).
 */
function isCommentCommit(control: Element): boolean {
  const ariaLabel = control.getAttribute('aria-label');
  if (control.hasAttribute('aria-pressed')) return false;
  if (ariaLabel && (mentionsLabel(ariaLabel, LABELS.opener) || mentionsLabel(ariaLabel, LABELS.reaction))) {
    return false;
  }
  return isLabelledCommit(control, LABELS.submit);
}

const DOCUMENT_POSITION_FOLLOWING = 4;

function precedes(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & DOCUMENT_POSITION_FOLLOWING) !== 0;
}

/** The ancestors of `start` that may scope its comment box: nearest first, a few, below any page-wide block. */
function boxScopes(start: Element): Element[] {
  const found: Element[] = [];
  for (let el = start.parentElement; el && found.length < SDUI.maxAncestorLevels; el = el.parentElement) {
    if (el.matches(SDUI.scopeLimit)) break;
    found.push(el);
  }
  return found;
}

/**
 * The comment editor a commit button belongs to: the nearest one before it, within a few levels, that
 * has text and whose first commit button is this one (a reaction or reply opener further down a thread
 * is not the box's commit, even when it reads like one). A button in a comment thread belongs to a reply
 * box in that thread, never to the post's own box above it.
 */
function sduiEditorBefore(control: Element, ctx: PageContext): HTMLElement | null {
  const thread = control.closest(COMMENT_BOX.cardContent);
  for (const scope of boxScopes(control)) {
    const editors = [...scope.querySelectorAll<HTMLElement>(SDUI.editor)].filter(
      (ed) => precedes(ed, control) && isSduiCommentEditor(ed, ctx),
    );
    const nearest = editors.at(-1);
    if (!nearest) continue;
    if (thread && !thread.contains(nearest)) return null;
    return editorText(nearest) !== '' && sduiCommitAfter(nearest) === control ? nearest : null;
  }
  return null;
}

/** The commit button of a comment editor: the first enabled one after it, within a few levels. */
function sduiCommitAfter(editor: Element): HTMLElement | null {
  for (const scope of boxScopes(editor)) {
    const buttons = [...scope.querySelectorAll<HTMLElement>('button, [role="button"]')];
    const commit = buttons.find((b) => precedes(editor, b) && !editor.contains(b) && isCommentCommit(b));
    if (commit) return commit;
  }
  return null;
}

/** The classic form's editor: Quill, or a Tiptap editor inside the classic form. */
function classicEditorIn(form: Element | null | undefined): HTMLElement | null {
  return (
    form?.querySelector<HTMLElement>(CLASSIC.editor) ?? form?.querySelector<HTMLElement>(SDUI.editor) ?? null
  );
}

function classicParts(form: Element | null, submit: Element | null): CommentParts | null {
  const editor = classicEditorIn(form);
  const control = submit ?? form?.querySelector(CLASSIC.submit);
  if (!editor || !control || isDisabled(control)) return null;
  return { uiGeneration: 'classic', editor, submitControl: control as HTMLElement };
}

function fromClick(path: readonly Element[], ctx: PageContext): CommentParts | null {
  const control = activatedControl(path);
  if (!control || isDisabled(control)) return null;
  if (control.matches(CLASSIC.submit)) {
    return classicParts(control.closest(CLASSIC.form) ?? control.closest(CLASSIC.box), control);
  }
  if (!isCommentCommit(control)) return null;
  const editor = sduiEditorBefore(control, ctx);
  return editor ? { uiGeneration: 'sdui', editor, submitControl: control } : null;
}

function fromKeyboard(event: Event, path: readonly Element[], ctx: PageContext): CommentParts | null {
  if (!isSubmitChord(event)) return null;
  const editor = editorOnPath(path);
  if (!editor) return null;
  const form = pathAbove(path, editor).find((el) => el.matches(CLASSIC.form)) ?? null;
  if (form) return classicParts(form, null);
  if (!isSduiCommentEditor(editor, ctx)) return null;
  const submitControl = sduiCommitAfter(editor);
  return submitControl ? { uiGeneration: 'sdui', editor, submitControl } : null;
}

/**
 * A submit event of the classic comment form, whoever sent it: its button's activation, LinkedIn's own
 * script answering an Enter, or another script. The guard tells them apart (a submit that follows a click
 * it already judged, or one no user gesture started); the form is submitted whatever its button's state.
 */
function fromFormSubmit(event: Event, path: readonly Element[]): CommentParts | null {
  const form = path.find((el) => el.matches(CLASSIC.form));
  const editor = classicEditorIn(form);
  if (!form || !editor) return null;
  const submitter = (event as SubmitEvent).submitter;
  const control = submitter ?? form.querySelector<HTMLElement>(CLASSIC.submit) ?? (form as HTMLElement);
  return { uiGeneration: 'classic', editor, submitControl: control };
}

/**
 * The post card a comment box belongs to: an ancestor card, or the card the box was mounted after (the
 * card itself, or the one card inside a wrapper), looking no higher than the feed list.
 */
export function owningCard(box: Element): Element | null {
  const ancestor = box.parentElement?.closest(COMMENT_BOX.card);
  if (ancestor) return ancestor;
  for (let el: Element | null = box; el && !el.matches(SDUI.scopeLimit); el = el.parentElement) {
    const previous = el.previousElementSibling;
    if (!previous || previous.matches(SDUI.scopeLimit)) continue;
    if (previous.matches(COMMENT_BOX.card)) return previous;
    const inside = previous.querySelectorAll(COMMENT_BOX.card);
    if (inside.length === 1) return inside[0] ?? null;
  }
  return null;
}

function momentOf(parts: CommentParts, ctx: PageContext): ExposureMoment {
  const card = owningCard(parts.editor);
  const container = card ?? parts.editor.closest(CLASSIC.box) ?? parts.editor.parentElement ?? parts.editor;
  const group =
    groupOfPage(ctx.url, parts.editor.ownerDocument) ??
    (card ? groupOfLinks(card, `${COMMENT_BOX.cardContent}, ${CLASSIC.box}`) : null);
  const facts = editorFacts(parts.editor, `${CLASSIC.mention}, ${SDUI.mention}`, ctx, group);
  return { surface: 'comment', ...parts, container, facts };
}

const COMMENT_READERS: EditorSurfaceReaders<CommentParts> = {
  click: fromClick,
  keyboard: fromKeyboard,
  formSubmit: fromFormSubmit,
  moment: momentOf,
};

export const commentDetector: SurfaceDetector = {
  surfaces: ['comment'],
  momentFromEvent(event, path, gesture, ctx) {
    return editorMoment(COMMENT_READERS, event, path, gesture, ctx);
  },
  presentSurfaces(roots, ctx) {
    const present = roots.some(
      (root) =>
        deepQueryAll(root, `${CLASSIC.form} ${CLASSIC.editor}`).length > 0 ||
        deepQueryAll(root, SDUI.editor).some((editor) => isSduiCommentEditor(editor, ctx)),
    );
    return present ? ['comment'] : [];
  },
};
