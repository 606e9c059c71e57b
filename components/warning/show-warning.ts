// Mounts the warning in the page: one host element (data-exposure-guard) on <html>, an open
// shadow root that LinkedIn's CSS cannot reach, and a native <dialog> opened with showModal() so it
// reaches the top layer above LinkedIn's own modal composer (with focus trap and Escape). The page shares
// this DOM, so the warning watches itself: what the user reads and where the focus is change only by the
// user or by us, and a warning the page removed, closed, hid or covered is shown again on top.
import { type ComponentChildren, h, options, render } from 'preact';
import { createTranslator, resolveLanguage } from '@/core/i18n';
import { commonMessages } from '@/core/i18n/messages/common';
import type { SurfaceId } from '@/core/protocol';
import type { Settings } from '@/core/settings';
import type { Activity, Assessment, Language, Situation } from '@/core/types';
import { type GroupPlacement, planWarning, type WarningAnswers } from '@/core/warning-plan';
import { trapFocus } from './focus-trap';
import { type RemoteAssessment, requestAssessment } from './remote-assessment';
import { WARNING_CSS } from './styles';
import { type ProceedChoice, WARNING_TITLE_ID, Warning } from './Warning';

export interface WarningRequest {
  activity: Activity;
  surface: SurfaceId;
  employerLinked: boolean;
  settings: Settings;
  language: Language;
  /** Where focus goes back when the warning closes (LinkedIn's editor). */
  returnFocusTo: HTMLElement | null;
  /** Notes for this surface; `goBack(focus)` cancels and puts the focus on `focus` (e.g. the notify switch). */
  addendum?(goBack: (focus: HTMLElement) => void): ComponentChildren;
  /** Only for moments in or on a LinkedIn group ('unclassified' until the user says which kind). */
  groupKind?: GroupPlacement;
}

/** The user's decision at the warning. */
export interface DecidedWarning {
  decision: 'cancel' | 'proceed';
  /** The background's assessment when it had come by the decision; null otherwise ('unassessed'). */
  assessment: Assessment | null;
  situation: Situation | null;
  answers: WarningAnswers;
  rememberInitiator: boolean;
  quietOwnInitiative: boolean;
  /** Whether the answer about the group is to be remembered (the warning's "don't ask again"). */
  rememberGroup: boolean;
}

/**
 * 'unshown': the page kept the warning from being seen (removed, hid or covered it again and again).
 * That is no decision of the user's: nothing is logged, and the submission is held.
 */
export type WarningResult = DecidedWarning | { decision: 'unshown' };

export const HOST_ATTRIBUTE = 'data-exposure-guard';

// Events that start inside our UI stop at our host, so LinkedIn's own document-level handlers
// (click-outside, focus traps, keyboard shortcuts) never act on them. Capture listeners still see them.
const CONTAINED_EVENTS = [
  'click',
  'pointerdown',
  'pointerup',
  'mousedown',
  'mouseup',
  'keydown',
  'keyup',
  'keypress',
  'focusin',
  'focusout',
  'input',
  'change',
] as const;

/**
 * The host's own layout, inline and !important, so no page style sheet can hide or move it. A built-in
 * element, not a custom one: a page that defines a custom element name first cannot run its code in ours.
 */
export const HOST_STYLE = [
  'display:block',
  'position:fixed',
  'top:0',
  'left:0',
  'width:0',
  'height:0',
  'margin:0',
  'padding:0',
  'border:0',
  'z-index:2147483647',
  'visibility:visible',
  'opacity:1',
  'content-visibility:visible',
  'transform:none',
  'filter:none',
  'clip-path:none',
  'pointer-events:auto',
]
  .map((rule) => `${rule} !important`)
  .join(';');

function mountHost(kind: 'warning' | 'notice'): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement('div');
  host.setAttribute(HOST_ATTRIBUTE, kind);
  host.setAttribute('style', HOST_STYLE);
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root);
  // Only the user acts on our controls: a page script's .click(), or a change or input event it
  // dispatches, is stopped before it reaches them (and a cancelled click does not toggle a radio).
  for (const type of ['click', 'change', 'input', 'keydown'] as const) {
    root.addEventListener(
      type,
      (event) => {
        if (event.isTrusted) return;
        event.preventDefault();
        event.stopImmediatePropagation();
      },
      { capture: true },
    );
  }
  for (const type of CONTAINED_EVENTS) host.addEventListener(type, (event) => event.stopPropagation());
  document.documentElement.append(host);
  return { host, root };
}

function adoptStyles(root: ShadowRoot): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(WARNING_CSS);
    root.adoptedStyleSheets = [sheet];
    return;
  } catch {
    // Constructable sheets are unavailable (or cross a content-script boundary): use a <style>.
  }
  const style = document.createElement('style');
  style.textContent = WARNING_CSS;
  root.append(style);
}

/** Shows the warning and resolves with the user's decision once the warning is gone. */
export function showWarning(request: WarningRequest): Promise<WarningResult> {
  return new Promise((resolve) => {
    let answers: WarningAnswers = {};
    const current = {
      plan: planWarning({ ...request, answers }),
      assessment: null as RemoteAssessment | null,
    };
    // What the first warning asked: a warning shown again asks the same, with the answers given so far.
    const firstQuestions = current.plan.questions;
    let asked = ''; // the situation last sent to the background, as JSON
    let done = false;
    let shown: ShownDialog | null = null;
    // The plan is local and paints at once; the assessment follows from the background when the
    // situation is complete and differs from the one already asked about. Only the latest answer counts.
    const assess = () => {
      const situation = current.plan.situation;
      const key = situation ? JSON.stringify(situation) : '';
      if (key === asked) return;
      asked = key;
      if (!situation) {
        current.assessment = null;
        return;
      }
      current.assessment = { status: 'checking' };
      void requestAssessment(situation, request.language).then((answer) => {
        if (done || asked !== key) return;
        current.assessment = answer;
        draw();
      });
    };
    const finish = (decision: WarningResult['decision'], choice?: ProceedChoice, focusTo?: HTMLElement) => {
      if (done) return;
      done = true;
      shown?.remove();
      shown = null;
      if (decision === 'unshown') {
        resolve({ decision });
        return;
      }
      (focusTo ?? request.returnFocusTo)?.focus({ preventScroll: !focusTo });
      resolve({
        decision,
        assessment: current.assessment?.status === 'ready' ? current.assessment.assessment : null,
        situation: current.plan.situation,
        answers,
        rememberInitiator: choice?.rememberInitiator ?? false,
        quietOwnInitiative: choice?.quietOwnInitiative ?? false,
        rememberGroup: choice?.rememberGroup ?? true,
      });
    };
    const view = () =>
      h(Warning, {
        ...current,
        language: request.language,
        addendum: request.addendum?.((focus) => finish('cancel', undefined, focus)),
        resumed: { questions: firstQuestions, answers },
        onAnswer(next) {
          answers = next;
          current.plan = planWarning({ ...request, answers });
          assess();
          draw();
        },
        // Going back remembers only the group's kind; the other choices are for going ahead.
        onCancel: (choice) =>
          finish('cancel', { ...choice, rememberInitiator: false, quietOwnInitiative: false }),
        onProceed: (choice) => finish('proceed', choice),
      });
    const draw = () => shown?.draw(view());
    const reopens = createReopenBudget();
    // Anything the user did not do (the page removed, moved, hid, closed, covered or changed the
    // warning) shows it again, fresh, on top: never a "cancel" in the user's name. A page that keeps
    // doing it gets 'unshown' and the submission stays held.
    const open = () => {
      if (done) return;
      shown?.remove();
      if (!reopens.take()) {
        shown = null;
        finish('unshown');
        return;
      }
      shown = showGuardedDialog(request.language, {
        onUserCancel: () => finish('cancel'),
        onBroken: open,
      });
      shown.draw(view());
      shown.focusCancel();
    };
    assess();
    open();
  });
}

/** At most this many fresh starts in REOPEN_WINDOW_MS; then the warning counts as not shown. */
const MAX_REOPENS = 8;
const REOPEN_WINDOW_MS = 5000;

function createReopenBudget() {
  const times: number[] = [];
  return {
    take(): boolean {
      const now = Date.now();
      while (times.length > 0 && now - (times[0] ?? 0) > REOPEN_WINDOW_MS) times.shift();
      if (times.length > MAX_REOPENS) return false;
      times.push(now);
      return true;
    },
  };
}

interface ShownDialog {
  draw(view: ComponentChildren): void;
  focusCancel(): void;
  remove(): void;
}

/** How often an open warning checks that it is still where the user can see and use it. */
export const WATCH_MS = 200;

/**
 * One warning dialog in its host, watched: a change to our DOM that is not our own render, a close or
 * a move the user did not make, a host hidden by the page or a top-layer element opened above ours
 * calls `onBroken` (which starts a fresh one); only the user's own Escape calls `onUserCancel`.
 */
function showGuardedDialog(
  language: Language,
  hooks: { onUserCancel(): void; onBroken(): void },
): ShownDialog {
  const { host, root } = mountHost('warning');
  const dialog = document.createElement('dialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.setAttribute('aria-labelledby', WARNING_TITLE_ID);
  dialog.lang = language;
  root.append(dialog);
  const stopped = new AbortController();
  let gone = false;
  const broken = () => {
    if (gone) return;
    remove();
    hooks.onBroken();
  };

  // Our own renders are taken off the record at once; whatever else changes our DOM is the page's.
  const tamper = new MutationObserver((records) => {
    if (records.some((record) => !(record.type === 'attributes' && record.attributeName === 'open')))
      broken();
  });
  tamper.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  const afterRender = () => tamper.takeRecords();
  OWN_RENDERS.add(afterRender);

  const placement = new MutationObserver(() => {
    if (host.parentNode !== document.documentElement || host.getAttribute('style') !== HOST_STYLE) broken();
  });
  placement.observe(document.documentElement, { childList: true });
  placement.observe(host, { attributes: true });

  // Escape cancels only when the user pressed it; a cancel event from requestClose() does not.
  let escapeAt = Number.NEGATIVE_INFINITY;
  dialog.addEventListener(
    'keydown',
    (event) => {
      if (event.isTrusted && event.key === 'Escape') escapeAt = performance.now();
    },
    { capture: true, signal: stopped.signal },
  );
  dialog.addEventListener(
    'cancel',
    (event) => {
      event.preventDefault();
      if (performance.now() - escapeAt < 500) hooks.onUserCancel();
    },
    { signal: stopped.signal },
  );
  dialog.addEventListener('close', () => !dialog.open && broken(), { signal: stopped.signal });
  const focus = guardFocus(root, stopped.signal);

  let above = openTopLayer(dialog);
  const watch = setInterval(() => {
    if (!dialog.open || !isModal(dialog) || !isVisible(dialog)) {
      broken();
      return;
    }
    const now = openTopLayer(dialog);
    if (now.some((element) => !above.includes(element))) {
      // Something entered the top layer above ours (LinkedIn's own modal): be the last one again.
      focus.own(() => {
        dialog.close();
        dialog.showModal();
      });
      above = now;
    }
  }, WATCH_MS);

  function remove() {
    if (gone) return;
    gone = true;
    clearInterval(watch);
    stopped.abort();
    tamper.disconnect();
    placement.disconnect();
    OWN_RENDERS.delete(afterRender);
    render(null, dialog);
    if (dialog.open) dialog.close();
    host.remove();
  }

  dialog.showModal();
  trapFocus(dialog);
  return {
    draw(view) {
      if (gone) return;
      render(view, dialog);
      afterRender();
    },
    focusCancel() {
      // Cancel has the focus, and the dialog shows its beginning (what becomes visible) first.
      const cancel = root.querySelector<HTMLElement>('[data-action="cancel"]');
      focus.own(() => cancel?.focus({ preventScroll: true }));
      dialog.scrollTop = 0;
    },
    remove,
  };
}

/** Records taken after every render of ours, including Preact's own re-renders of a hook's state. */
const OWN_RENDERS = new Set<() => void>();
{
  const defer = options.debounceRendering ?? ((flush: () => void) => void Promise.resolve().then(flush));
  options.debounceRendering = (flush) =>
    defer(() => {
      flush();
      for (const taken of OWN_RENDERS) taken();
    });
}

/**
 * Focus inside the warning moves only by the user (Tab, a click) or by us: a page script's focus()
 * on Continue, so that the user's Enter would post, is undone at once.
 */
function guardFocus(root: ShadowRoot, signal: AbortSignal): { own(move: () => void): void } {
  let userAt = Number.NEGATIVE_INFINITY;
  let ours = false;
  let last: HTMLElement | null = null;
  const byUser = (event: Event) => {
    if (event.isTrusted) userAt = performance.now();
  };
  root.addEventListener('keydown', byUser, { capture: true, signal });
  root.addEventListener('pointerdown', byUser, { capture: true, signal });
  root.addEventListener(
    'focusin',
    (event) => {
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (ours || performance.now() - userAt < 1000 || !last) {
        last = target;
        return;
      }
      const back = last;
      ours = true;
      back.focus({ preventScroll: true });
      ours = false;
    },
    { capture: true, signal },
  );
  return {
    own(move) {
      ours = true;
      try {
        move();
      } finally {
        ours = false;
      }
    },
  };
}

/** Open modal dialogs and popovers of the page (its document and LinkedIn's open shadow root), not ours. */
function openTopLayer(ours: HTMLDialogElement): Element[] {
  const roots: ParentNode[] = [document];
  const outlet = document.getElementById('interop-outlet')?.shadowRoot;
  if (outlet) roots.push(outlet);
  const found: Element[] = [];
  for (const root of roots) {
    for (const element of root.querySelectorAll('dialog[open], [popover]')) {
      if (element === ours) continue;
      try {
        if (element.matches(':modal, :popover-open')) found.push(element);
      } catch {
        if (element.matches('dialog[open]')) found.push(element);
      }
    }
  }
  return found;
}

function isModal(dialog: HTMLDialogElement): boolean {
  try {
    return dialog.matches(':modal');
  } catch {
    return true; // cannot tell
  }
}

function isVisible(dialog: HTMLDialogElement): boolean {
  const check = (dialog as { checkVisibility?: (options: Record<string, boolean>) => boolean })
    .checkVisibility;
  if (typeof check !== 'function') return true; // cannot tell: the other checks still run
  return check.call(dialog, {
    opacityProperty: true,
    visibilityProperty: true,
    checkOpacity: true,
    checkVisibilityCSS: true,
  });
}

export interface Notice {
  close(): void;
}

export const NOTICE_MS = 8000;
let openNotice: Notice | null = null;

/**
 * A small non-modal message in the top layer (a manual popover, announced politely), near the
 * anchor when given. Closable, and it hides itself after NOTICE_MS unless the pointer or focus is on it.
 */
export function showNotice(text: string, anchor?: Element | null, language?: Language): Notice {
  openNotice?.close();
  const { host, root } = mountHost('notice');
  const box = document.createElement('div');
  box.setAttribute('popover', 'manual');
  box.setAttribute('role', 'status');
  box.setAttribute('aria-live', 'polite');
  const lang = language ?? resolveLanguage('auto', navigator.language);
  box.lang = lang;
  const message = document.createElement('p');
  const close = document.createElement('button');
  close.type = 'button';
  close.dataset.action = 'close';
  close.textContent = '×';
  close.setAttribute('aria-label', createTranslator(commonMessages, lang)('close'));
  box.append(message, close);
  root.append(box);
  placeNear(box, anchor);

  let timer: ReturnType<typeof setTimeout> | undefined;
  const notice: Notice = {
    close() {
      clearTimeout(timer);
      host.remove();
      if (openNotice === notice) openNotice = null;
    },
  };
  const startTimer = () => {
    clearTimeout(timer);
    timer = setTimeout(notice.close, NOTICE_MS);
  };
  close.addEventListener('click', (event) => event.isTrusted && notice.close());
  box.addEventListener('pointerenter', () => clearTimeout(timer));
  box.addEventListener('focusin', () => clearTimeout(timer));
  box.addEventListener('pointerleave', startTimer);
  box.addEventListener('focusout', startTimer);
  box.showPopover?.();
  // Filled after the live region is in place, so screen readers announce it.
  setTimeout(() => {
    message.textContent = text;
  }, 50);
  startTimer();
  openNotice = notice;
  return notice;
}

function placeNear(box: HTMLElement, anchor?: Element | null): void {
  const rect = anchor?.getBoundingClientRect();
  if (!rect || (rect.width === 0 && rect.height === 0)) {
    box.style.bottom = '24px';
    box.style.left = '50%';
    box.style.transform = 'translateX(-50%)';
    return;
  }
  box.style.top = `${Math.max(8, Math.min(rect.bottom + 8, window.innerHeight - 96))}px`;
  box.style.left = `${Math.max(8, Math.min(rect.left, window.innerWidth - 360))}px`;
}
