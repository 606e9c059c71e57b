// Mounts the warning in the page: one host element (data-exposure-guard) on <html>, an open
// shadow root that LinkedIn's CSS cannot reach, and a native <dialog> opened with showModal() so it
// reaches the top layer above LinkedIn's own modal composer (with focus trap and Escape).
import { type ComponentChildren, h, render } from 'preact';
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

export interface WarningResult {
  decision: 'cancel' | 'proceed';
  /** The background's assessment when it had come by the decision; null otherwise ('unassessed'). */
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
  // Only the user acts on our controls: a page script's .click(), or a change or input event it
  // dispatches, is stopped before it reaches them (and a cancelled click does not toggle a radio).
  for (const type of ['click', 'change', 'input'] as const) {
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
    const { host, root } = mountHost('warning');
    const dialog = document.createElement('dialog');
    dialog.setAttribute('aria-modal', 'true');
    dialog.setAttribute('aria-labelledby', WARNING_TITLE_ID);
    dialog.lang = request.language;
    root.append(dialog);

    let answers: WarningAnswers = {};
    const current = {
      plan: planWarning({ ...request, answers }),
      assessment: null as RemoteAssessment | null,
    };
    let asked = ''; // the situation last sent to the background, as JSON
    let done = false;
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
      render(null, dialog);
      if (dialog.open) dialog.close();
      host.remove();
      (focusTo ?? request.returnFocusTo)?.focus({ preventScroll: !focusTo });
      resolve({
        decision,
        assessment: current.assessment?.status === 'ready' ? current.assessment.assessment : null,
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
          addendum: request.addendum?.((focus) => finish('cancel', undefined, focus)),
          onAnswer(next) {
            answers = next;
            current.plan = planWarning({ ...request, answers });
            assess();
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
    // If the page removes our host (a re-render of <html>'s children), no close event comes: treat it as a
    // cancel so the held submission is released and the guard keeps working. Watches <html>'s own children only.
    const removal = new MutationObserver(() => {
      if (host.isConnected) return;
      removal.disconnect();
      finish('cancel');
    });
    removal.observe(document.documentElement, { childList: true });
    dialog.addEventListener('close', () => removal.disconnect());
    assess();
    draw();
    dialog.showModal();
    trapFocus(dialog);
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
