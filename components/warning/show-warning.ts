// Mounts the warning in the page: one host element (data-exposure-guard) on <html>, an open
// shadow root that LinkedIn's CSS cannot reach, and a native <dialog> opened with showModal() so it
// reaches the top layer above LinkedIn's own modal composer (with focus trap and Escape).
import { h, render } from 'preact';
import { evaluate } from '../../core';
import { createTranslator, resolveLanguage } from '../../core/i18n';
import { commonMessages } from '../../core/i18n/messages/common';
import type { SurfaceId } from '../../core/protocol';
import type { Settings } from '../../core/settings';
import type { Activity, Assessment, Language, Situation } from '../../core/types';
import {
  type GroupPlacement,
  planWarning,
  type WarningAnswers,
  type WarningPlan,
} from '../../core/warning-plan';
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
  /** Only for moments in or on a LinkedIn group ('unclassified' until the user says which kind). */
  groupKind?: GroupPlacement;
}

export interface WarningResult {
  decision: 'cancel' | 'proceed';
  assessment: Assessment | null;
  situation: Situation | null;
  answers: WarningAnswers;
  rememberInitiator: boolean;
  quietOwnInitiative: boolean;
}

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

function mountHost(kind: 'warning' | 'notice'): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement('exposure-guard-ui');
  host.setAttribute(HOST_ATTRIBUTE, kind);
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root);
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

function assess(
  request: WarningRequest,
  answers: WarningAnswers,
): { plan: WarningPlan; assessment: Assessment | null } {
  const plan = planWarning({ ...request, answers });
  return { plan, assessment: plan.situation ? evaluate(plan.situation) : null };
}

/** Shows the warning and resolves with the user's decision once the warning is gone. */
export function showWarning(request: WarningRequest): Promise<WarningResult> {
  return new Promise((resolve) => {
    const { host, root } = mountHost('warning');
    const dialog = document.createElement('dialog');
    dialog.setAttribute('aria-modal', 'true');
    dialog.setAttribute('aria-labelledby', WARNING_TITLE_ID);
    dialog.lang = request.language;
    root.append(dialog);

    let answers: WarningAnswers = {};
    let current = assess(request, answers);
    let done = false;
    const finish = (decision: WarningResult['decision'], choice?: ProceedChoice) => {
      if (done) return;
      done = true;
      render(null, dialog);
      if (dialog.open) dialog.close();
      host.remove();
      request.returnFocusTo?.focus({ preventScroll: true });
      resolve({
        decision,
        assessment: current.assessment,
        situation: current.plan.situation,
        answers,
        rememberInitiator: choice?.rememberInitiator ?? false,
        quietOwnInitiative: choice?.quietOwnInitiative ?? false,
      });
    };
    const draw = () =>
      render(
        h(Warning, {
          ...current,
          language: request.language,
          onAnswer(next) {
            answers = next;
            current = assess(request, answers);
            draw();
          },
          onCancel: () => finish('cancel'),
          onProceed: (choice) => finish('proceed', choice),
        }),
        dialog,
      );

    // Escape: only the user's own key press cancels; a closed dialog (however closed) is a cancel.
    dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      if (event.isTrusted) finish('cancel');
    });
    dialog.addEventListener('close', () => finish('cancel'));
    draw();
    dialog.showModal();
    // Cancel has the focus, and the dialog shows its beginning (what becomes visible) first.
    root.querySelector<HTMLElement>('[data-action="cancel"]')?.focus({ preventScroll: true });
    dialog.scrollTop = 0;
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
