// The share box (feed, group and company-page posts) in both UI generations. One reader serves the
// feed-composer and group-composer detectors: the composer is the same, the page decides the surface.
import type { SurfaceId, UiGeneration } from '@/core/protocol';
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
  textOf,
} from '@/entrypoints/linkedin.content/dom/controls';
import { deepQueryAll, elementsOfPath } from '@/entrypoints/linkedin.content/dom/deep-query';
import { employerSignalsOfEditor } from '@/entrypoints/linkedin.content/dom/employer-facts';
import { type GroupFacts, groupOfLinks, groupOfPage } from '@/entrypoints/linkedin.content/dom/group-context';
import { COMMENT_BOX, PROFILE_FORM, ROUTES, SHARE_COMPOSER } from '@/entrypoints/linkedin.content/surfaces';
import type { ExposureMoment, MomentFacts, PageContext, SurfaceDetector } from './types';

const { classic: CLASSIC, sdui: SDUI, labels: LABELS } = SHARE_COMPOSER;

interface ComposerParts {
  uiGeneration: UiGeneration;
  container: Element;
  editor: HTMLElement;
  submitControl: HTMLElement;
}

/** The classic share modal around an element (a classic comment form inside some other dialog is not one). */
function classicContainerOf(element: Element): Element | null {
  return element.closest(COMMENT_BOX.classic.form) ? null : element.closest(CLASSIC.container);
}

/** Any share editor: a Quill editor inside the classic share modal, or an SDUI share editor. */
export function isShareEditor(editor: Element, ctx: PageContext): boolean {
  return editor.matches(CLASSIC.editor)
    ? classicContainerOf(editor) !== null
    : isSduiShareEditor(editor, ctx);
}

/** An SDUI share editor: keyed ShareBox_textEditor, inside the ShareCompose screen or a dialog, or on /sharing/. */
export function isSduiShareEditor(editor: Element, ctx: PageContext): boolean {
  if (editor.closest(SDUI.editor) || editor.closest(SDUI.screen)) return true;
  if (editor.matches(CLASSIC.editor)) return false;
  const path = ctx.url.pathname;
  // An unkeyed editor in a dialog over a profile edit route is a profile form's field, not a share box.
  const inDialog = editor.closest('dialog') !== null && !PROFILE_FORM.routes.edit.test(path);
  const inDialogOrRoute = inDialog || ROUTES.sharingCompose.test(path);
  return inDialogOrRoute && !isCommentLikeEditor(editor) && !editor.closest(COMMENT_BOX.card);
}

function enabled(control: Element | null | undefined): HTMLElement | null {
  return control && !isDisabled(control) ? (control as HTMLElement) : null;
}

function sduiSubmitIn(container: Element): HTMLElement | null {
  const buttons = [...container.querySelectorAll('button, [role="button"]')];
  return (buttons.find((b) => isLabelledCommit(b, LABELS.submit)) as HTMLElement | undefined) ?? null;
}

/** The SDUI scope of an editor: its dialog or ShareCompose screen, else the nearest block with a commit button. */
function sduiContainerOf(editor: Element): Element | null {
  const scoped = editor.closest('dialog') ?? editor.closest(SDUI.container);
  if (scoped) return scoped;
  for (let el = editor.parentElement; el; el = el.parentElement) {
    if (sduiSubmitIn(el)) return el;
  }
  return null;
}

function fromClick(path: readonly Element[], ctx: PageContext): ComposerParts | null {
  const control = activatedControl(path);
  if (!control || isDisabled(control)) return null;
  if (control.matches(CLASSIC.submit)) {
    const container = classicContainerOf(control);
    const editor = container?.querySelector<HTMLElement>(CLASSIC.editor);
    return container && editor
      ? { uiGeneration: 'classic', container, editor, submitControl: control }
      : null;
  }
  if (!isLabelledCommit(control, LABELS.submit)) return null;
  // The nearest block above the button that holds an editor must hold a share editor (not a comment box).
  const holder = pathAbove(path, control).find((el) => el.querySelector('[contenteditable="true"]'));
  const editor = [...(holder?.querySelectorAll<HTMLElement>('[contenteditable="true"]') ?? [])].find((ed) =>
    isSduiShareEditor(ed, ctx),
  );
  if (!holder || !editor) return null;
  const container = holder.closest('dialog') ?? holder.closest(SDUI.container) ?? holder;
  return { uiGeneration: 'sdui', container, editor, submitControl: control };
}

function fromKeyboard(event: Event, path: readonly Element[], ctx: PageContext): ComposerParts | null {
  if (!isSubmitChord(event)) return null;
  const editor = editorOnPath(path);
  if (!editor) return null;
  if (editor.matches(CLASSIC.editor)) {
    const container = classicContainerOf(editor);
    const submitControl = enabled(container?.querySelector(CLASSIC.submit));
    return container && submitControl ? { uiGeneration: 'classic', container, editor, submitControl } : null;
  }
  if (!isSduiShareEditor(editor, ctx)) return null;
  const container = sduiContainerOf(editor);
  const submitControl = container ? sduiSubmitIn(container) : null;
  return container && submitControl ? { uiGeneration: 'sdui', container, editor, submitControl } : null;
}

/** The author/audience control: classic class, or the SDUI control whose text names the audience. */
function authorControlOf(container: Element): Element | null {
  const classic = container.querySelector(CLASSIC.authorControl);
  if (classic) return classic;
  const controls = [...container.querySelectorAll('button, [role="button"]')];
  return controls.find((c) => mentionsLabel(textOf(c), LABELS.audience)) ?? null;
}

function groupOfComposer(container: Element, author: Element | null, ctx: PageContext): GroupFacts | null {
  const onPage = groupOfPage(ctx.url, container.ownerDocument);
  if (onPage) return onPage;
  const linked = author ? groupOfLinks(author, '') : null;
  if (linked) return linked;
  // The classic audience sub-dialog left on "Group" (CONTAINER): a group post whose id the DOM does not show.
  return container.querySelector(CLASSIC.groupAudienceSelected) ? { groupId: '' } : null;
}

interface Classified {
  surface: SurfaceId;
  group: GroupFacts | null;
  asCompanyPage: boolean;
}

function classify(container: Element, ctx: PageContext): Classified {
  const author = authorControlOf(container);
  const group = groupOfComposer(container, author, ctx);
  if (group) return { surface: 'group-composer', group, asCompanyPage: false };
  const adminRoute = ROUTES.companyAdmin.test(ctx.url.pathname);
  const authorIsEmployer = author ? ctx.employerSignalsInText(textOf(author)).includes('name') : false;
  if (adminRoute || authorIsEmployer) return { surface: 'company-page-composer', group, asCompanyPage: true };
  return { surface: 'feed-composer', group, asCompanyPage: false };
}

function momentOf(parts: ComposerParts, ctx: PageContext): ExposureMoment {
  const { surface, group, asCompanyPage } = classify(parts.container, ctx);
  const text = editorText(parts.editor);
  const mentionSelector = parts.uiGeneration === 'classic' ? CLASSIC.mention : SDUI.mention;
  const facts: MomentFacts = {
    text,
    employerSignals: employerSignalsOfEditor(parts.editor, text, mentionSelector, ctx),
  };
  if (group?.groupId) facts.groupId = group.groupId;
  if (group?.groupName) facts.groupName = group.groupName;
  if (asCompanyPage) facts.asCompanyPage = true;
  return { surface, ...parts, facts };
}

function composerMoment(
  event: Event,
  path: readonly EventTarget[],
  gesture: string,
  ctx: PageContext,
): ExposureMoment | null {
  const elements = elementsOfPath(path);
  const parts =
    gesture === 'click'
      ? fromClick(elements, ctx)
      : gesture === 'keyboard'
        ? fromKeyboard(event, elements, ctx)
        : null;
  return parts ? momentOf(parts, ctx) : null;
}

function presentComposerSurfaces(roots: readonly ParentNode[], ctx: PageContext): SurfaceId[] {
  const surfaces = new Set<SurfaceId>();
  for (const root of roots) {
    for (const editor of deepQueryAll(root, '[contenteditable="true"]')) {
      const container = editor.matches(CLASSIC.editor) ? classicContainerOf(editor) : null;
      const scope =
        container ?? (isSduiShareEditor(editor, ctx) ? (sduiContainerOf(editor) ?? editor) : null);
      if (scope) surfaces.add(classify(scope, ctx).surface);
    }
  }
  return [...surfaces];
}

/** A detector for some of the share box's surfaces (the others belong to another detector). */
export function shareComposerDetector(surfaces: readonly SurfaceId[]): SurfaceDetector {
  return {
    surfaces,
    momentFromEvent(event, path, gesture, ctx) {
      const moment = composerMoment(event, path, gesture, ctx);
      return moment && surfaces.includes(moment.surface) ? moment : null;
    },
    presentSurfaces(roots, ctx) {
      return presentComposerSurfaces(roots, ctx).filter((surface) => surfaces.includes(surface));
    },
  };
}
