// Capture-phase interception of LinkedIn submissions. It never harms the page:
// - it only listens (capture phase on window, resolved through composedPath(), so submits inside the
//   open shadow root of #interop-outlet are seen too) and never writes into LinkedIn's editors;
// - Cancel leaves the draft and the focus as they were; Proceed lets exactly one submission through;
// - any exception in our code lets the user's action through and is counted for the health view.
import type { ExposureMoment, PageContext, SubmitGesture, SurfaceDetector } from './detectors/types';

export type GuardVerdict = 'pass' | 'warn';
/** 'unshown': the warning could not be shown; this submission is held and the next one on the surface passes. */
export type WarningOutcome = 'proceed' | 'cancel' | 'unshown';

export interface SubmitGuardHooks {
  detectors: readonly SurfaceDetector[];
  /** The page context for the current URL and settings (read at event time: SPA-navigation proof). */
  pageContext(): PageContext;
  /** Whether this moment deserves a warning (synchronous: the event must be stopped now or never). */
  verdict(moment: ExposureMoment): GuardVerdict;
  /** Shows the warning and resolves with the user's decision. */
  warn(moment: ExposureMoment): Promise<WarningOutcome>;
  /** Tells the user LinkedIn did not take the replayed submission and the next click will pass. */
  askToSubmitAgain(moment: ExposureMoment): void;
  /** Counts a failure of our code (health view). */
  failure(error: unknown): void;
  /** How long to wait before judging whether a replayed submission went through. */
  replayCheckDelayMs?: number;
}

export interface SubmitGuard {
  /** Exposed for tests and the health view. */
  readonly state: () => 'idle' | 'warning';
}

/** Which gesture, if any, an event is: a click, a keyboard submit, or a form submit. */
export function gestureOf(event: Event): SubmitGesture | null {
  if (event.type === 'click') return 'click';
  if (event.type === 'submit') return 'form-submit';
  if (event.type === 'keydown') {
    const key = event as KeyboardEvent;
    if (key.key === 'Enter' && !key.isComposing && !key.shiftKey && !key.altKey) return 'keyboard';
  }
  return null;
}

function editorIsEmpty(editor: HTMLElement | null): boolean {
  if (!editor) return false;
  return (editor.textContent ?? '').trim() === '';
}

/** After a replay: did LinkedIn take the submission (composer closed, editor cleared, control gone or busy)? */
export function replayWentThrough(moment: ExposureMoment): boolean {
  const control = moment.submitControl;
  if (!control.isConnected || !moment.container.isConnected) return true;
  if (control.getAttribute('aria-busy') === 'true' || moment.container.getAttribute('aria-busy') === 'true') {
    return true;
  }
  if (moment.editor && (!moment.editor.isConnected || editorIsEmpty(moment.editor))) return true;
  return control.hasAttribute('disabled') || control.getAttribute('aria-disabled') === 'true';
}

/** Whether the replay would act on nodes LinkedIn has replaced since the user's gesture. */
function isStale(moment: ExposureMoment, gesture: SubmitGesture): boolean {
  if (gesture === 'form-submit') return false; // the form is submitted again, whatever its button
  if (moment.submitControl.isConnected) return false;
  return !(gesture === 'keyboard' && moment.editor?.isConnected);
}

function replay(moment: ExposureMoment, gesture: SubmitGesture, original: Event): void {
  const control = moment.submitControl;
  if (gesture === 'form-submit' && original.target instanceof HTMLFormElement) {
    const submitter = (original as SubmitEvent).submitter;
    original.target.requestSubmit(submitter?.isConnected ? submitter : undefined);
    return;
  }
  if (gesture === 'keyboard' && !control.isConnected && moment.editor?.isConnected) {
    const key = original as KeyboardEvent;
    moment.editor.dispatchEvent(
      new KeyboardEvent('keydown', {
        key: key.key,
        code: key.code,
        ctrlKey: key.ctrlKey,
        metaKey: key.metaKey,
        bubbles: true,
        cancelable: true,
        composed: true,
      }),
    );
    return;
  }
  control.click();
}

/** How soon after the user's click or key press in a form its submit event counts as the user's. */
export const USER_SUBMIT_WINDOW_MS = 3000;

/** Listens on `target` until `signal` aborts (the content script's context is invalidated). */
export function installSubmitGuard(
  target: Window,
  hooks: SubmitGuardHooks,
  signal: AbortSignal,
): SubmitGuard {
  let state: 'idle' | 'warning' = 'idle';
  let replaying = false;
  /**
   * After a replay LinkedIn ignored (or a warning that could not be shown): the next trusted submission
   * on this surface passes unwarned, so the user is never stuck.
   */
  let passNext: { surface: ExposureMoment['surface']; until: number } | null = null;
  /** The moment held while its warning loads or is open. */
  let held: ExposureMoment | null = null;

  const stop = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };

  /** The user's latest click or key press: a form submit counts as theirs only right after one in it. */
  let lastGesture: { path: EventTarget[]; at: number } = { path: [], at: Number.NEGATIVE_INFINITY };

  const onEvent = (event: Event) => {
    if (replaying || !event.isTrusted) return; // our own replay, or script-made events: not the user
    if (event.type !== 'submit') lastGesture = { path: event.composedPath(), at: event.timeStamp };
    const gesture = gestureOf(event);
    if (!gesture) return;
    let moment: ExposureMoment | null = null;
    try {
      const path = event.composedPath();
      if (state === 'warning') {
        // Until our modal is up (the UI may still be loading) the page is live: a second click on the
        // same Post / Save, or a second Ctrl+Enter in the same editor, must not reach LinkedIn either.
        const repeat =
          held !== null &&
          (path.includes(held.submitControl) || (held.editor !== null && path.includes(held.editor)));
        if (repeat) {
          stop(event);
          return;
        }
      }
      const ctx = hooks.pageContext();
      for (const detector of hooks.detectors) {
        moment = detector.momentFromEvent(event, path, gesture, ctx);
        if (moment) break;
      }
      if (!moment) return;
      // A form submitted by a script (requestSubmit) without the user's own click or key in it just
      // before: not the user's decision. It is held without a warning, so no page can fill the log in
      // the user's name.
      const byUser =
        event.timeStamp - lastGesture.at < USER_SUBMIT_WINDOW_MS &&
        lastGesture.path.includes(event.target as Node);
      if (gesture === 'form-submit' && !byUser) {
        stop(event);
        return;
      }
      if (passNext && Date.now() < passNext.until && passNext.surface === moment.surface) {
        passNext = null;
        return;
      }
      if (hooks.verdict(moment) === 'pass') return;
      // No submission passes while a warning is open, whatever covers it (another composer's Post too).
      if (state === 'warning') {
        stop(event);
        return;
      }
    } catch (error) {
      hooks.failure(error);
      return; // our failure lets the user's action through
    }
    // Stop LinkedIn from seeing this activation; the draft stays untouched.
    stop(event);
    state = 'warning';
    const found = moment;
    held = found;
    // LinkedIn may take a while (a slow network, a profile save): look again a few times before
    // concluding that it ignored the replay and asking the user to click again.
    const checkDelay = hooks.replayCheckDelayMs ?? 700;
    const checks = 6;
    const judgeReplay = (attempt: number) => {
      try {
        if (replayWentThrough(found)) return;
        if (attempt < checks) {
          setTimeout(() => judgeReplay(attempt + 1), checkDelay);
          return;
        }
        passNext = { surface: found.surface, until: Date.now() + 60_000 };
        hooks.askToSubmitAgain(found);
      } catch (error) {
        hooks.failure(error);
      }
    };
    const letThrough = () => {
      // LinkedIn re-rendered the button or the composer while the warning was open: a click on the
      // old node would post nothing, so say so at once and let the user's next click through.
      if (isStale(found, gesture)) {
        passNext = { surface: found.surface, until: Date.now() + 60_000 };
        hooks.askToSubmitAgain(found);
        return;
      }
      replaying = true;
      try {
        replay(found, gesture, event);
      } catch (error) {
        hooks.failure(error);
      } finally {
        replaying = false;
      }
      setTimeout(() => judgeReplay(1), checkDelay);
    };
    const settle = () => {
      state = 'idle';
      held = null;
    };
    hooks.warn(found).then(
      (outcome) => {
        settle();
        if (outcome === 'proceed') letThrough();
        if (outcome === 'unshown') passNext = { surface: found.surface, until: Date.now() + 60_000 };
      },
      (error: unknown) => {
        // The warning itself failed: the user's action goes through, exactly once.
        settle();
        hooks.failure(error);
        letThrough();
      },
    );
  };

  for (const type of ['click', 'keydown', 'submit'] as const)
    target.addEventListener(type, onEvent, { capture: true, signal });
  return { state: () => state };
}
