// The share box (feed, group and company-page posts) in both UI generations. One reader serves the
// feed-composer and group-composer detectors: the composer is the same, the page decides the surface.

import { normaliseForMatch } from '@/core/name-match';
import type { SurfaceId, UiGeneration } from '@/core/protocol';
import {
  activatedControl,
  editorOnPath,
  isCommentLikeEditor,
  isDisabled,
  isLabelledCommit,
  isSubmitChord,
  mentionsLabel,
  textOf,
} from '@/entrypoints/linkedin.content/dom/controls';
import { deepQueryAll } from '@/entrypoints/linkedin.content/dom/deep-query';
import { editorFacts } from '@/entrypoints/linkedin.content/dom/employer-facts';
import { type GroupFacts, groupOfLinks, groupOfPage } from '@/entrypoints/linkedin.content/dom/group-context';
import { COMMENT_BOX, PROFILE_FORM, ROUTES, SHARE_COMPOSER } from '@/entrypoints/linkedin.content/surfaces';
import { type EditorSurfaceReaders, editorMoment } from './editor-moment';
import type { ExposureMoment, PageContext, SubmitGesture, SurfaceDetector } from './types';

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

/** A composer's own block: its dialog (native or ARIA) or its ShareCompose screen. */
const COMPOSER_BOUNDARY = 'dialog, [role="dialog"], [data-sdui-screen*="ShareCompose"]';
/** Blocks that hold a whole page or feed: a composer's scope never reaches them. */
const PAGE_BLOCK = 'body, main, [role="main"], [role="list"], [data-testid="mainFeed"]';
/** How far above a button or editor its composer's block may start (route composers have no dialog). */
const MAX_LEVELS = 8;

/**
 * The composer block around `start`, found in a bounded walk up: the first dialog or ShareCompose screen,
 * else the first ancestor `holds` accepts, never a page-wide block. This runs in the click handler.
 */
function composerScopeOf(start: Element, holds: (scope: Element) => boolean): Element | null {
  let el = start.parentElement;
  for (let level = 0; el && level < MAX_LEVELS; el = el.parentElement, level += 1) {
    if (el.matches(PAGE_BLOCK)) return null;
    if (el.matches(COMPOSER_BOUNDARY) || holds(el)) return el;
  }
  return null;
}

const hasEditor = (scope: Element) => scope.querySelector('[contenteditable="true"]') !== null;

/** The SDUI scope of an editor: its dialog or ShareCompose screen, else the nearest block with a commit button. */
function sduiContainerOf(editor: Element): Element | null {
  return composerScopeOf(editor, (scope) => sduiSubmitIn(scope) !== null);
}

const generationOf = (editor: Element): UiGeneration => (editor.matches(CLASSIC.editor) ? 'classic' : 'sdui');

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
  // A text-only "Post": the SDUI composer, or a Quill composer without the classic class (company pages).
  if (!isLabelledCommit(control, LABELS.submit)) return null;
  const container = composerScopeOf(control, hasEditor);
  const editor = [...(container?.querySelectorAll<HTMLElement>('[contenteditable="true"]') ?? [])].find(
    (ed) => isShareEditor(ed, ctx),
  );
  if (!container || !editor) return null;
  return { uiGeneration: generationOf(editor), container, editor, submitControl: control };
}

function fromKeyboard(event: Event, path: readonly Element[], ctx: PageContext): ComposerParts | null {
  if (!isSubmitChord(event)) return null;
  const editor = editorOnPath(path);
  if (!editor || !isShareEditor(editor, ctx)) return null;
  if (editor.matches(CLASSIC.editor)) {
    const container = classicContainerOf(editor);
    const submitControl = container
      ? (enabled(container.querySelector(CLASSIC.submit)) ?? sduiSubmitIn(container))
      : null;
    return container && submitControl ? { uiGeneration: 'classic', container, editor, submitControl } : null;
  }
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

/** The group an author/audience control names: by a link or group urn, or by the name of the group it came from. */
function groupOfAuthor(author: Element, origin: GroupFacts | null | undefined): GroupFacts | null {
  const linked = groupOfLinks(author, '');
  if (linked) return linked;
  const urn = author.querySelector('[data-entity-urn*="urn:li:group"]')?.getAttribute('data-entity-urn');
  const id = urn ? /urn:li:(?:fsd_)?group:(\d+)/.exec(urn)?.[1] : undefined;
  if (id) return { groupId: id };
  const name = origin?.groupName;
  return name && containsWords(textOf(author), name) ? origin : null;
}

function containsWords(text: string, phrase: string): boolean {
  const norm = (t: string) => ` ${normaliseForMatch(t).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return norm(text).includes(norm(phrase));
}

function groupOfComposer(container: Element, author: Element | null, ctx: PageContext): GroupFacts | null {
  const onPage = groupOfPage(ctx.url, container.ownerDocument);
  if (onPage) return onPage;
  const named = author ? groupOfAuthor(author, ctx.composeOrigin) : null;
  if (named) return named;
  // The full-page composer opened from a group page (the route no longer names the group).
  if (ctx.composeOrigin) return ctx.composeOrigin;
  // The classic audience sub-dialog left on "Group" (CONTAINER): a group post whose id the DOM does not show.
  return container.querySelector(CLASSIC.groupAudienceSelected) ? { groupId: '' } : null;
}

interface Classified {
  surface: ExposureMoment['surface'];
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
  const mentionSelector = parts.uiGeneration === 'classic' ? CLASSIC.mention : SDUI.mention;
  const facts = editorFacts(parts.editor, mentionSelector, ctx, group);
  if (asCompanyPage) facts.asCompanyPage = true;
  return { surface, ...parts, facts };
}

// The feed and group detectors read the same composer: one reading per event serves both.
const readings = new WeakMap<Event, ExposureMoment | null>();

function composerMoment(
  event: Event,
  path: readonly EventTarget[],
  gesture: SubmitGesture,
  ctx: PageContext,
): ExposureMoment | null {
  if (readings.has(event)) return readings.get(event) ?? null;
  const moment = editorMoment(COMPOSER_READERS, event, path, gesture, ctx);
  readings.set(event, moment);
  return moment;
}

const COMPOSER_READERS: EditorSurfaceReaders<ComposerParts> = {
  click: fromClick,
  keyboard: fromKeyboard,
  moment: momentOf,
};

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
