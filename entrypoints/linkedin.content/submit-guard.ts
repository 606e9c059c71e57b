// Capture-phase interception of LinkedIn submissions. It never harms the page:
// - it only listens (capture phase on window, resolved through composedPath(); submit events, which do
//   not leave a shadow root, also on the open shadow roots the user's gestures pass through, such as
//   #interop-outlet's) and never writes into LinkedIn's editors;
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
/** How long after a gesture let through on a pass-next its own form submit still counts as that gesture. */
const PASSED_SUBMIT_WINDOW_MS = 1000;
/** After a replay LinkedIn ignored (or a warning that could not be shown): how long the next submit passes. */
const PASS_NEXT_MS = 60_000;

/** What the guard does with one event. */
type Judgement = { kind: 'pass' } | { kind: 'stop' } | { kind: 'warn'; moment: ExposureMoment };
const PASS: Judgement = { kind: 'pass' };
const STOP: Judgement = { kind: 'stop' };

/** What the guard remembers between events. */
interface GuardState {
  state: 'idle' | 'warning';
  replaying: boolean;
  /** The next trusted submission on this surface passes unwarned, so the user is never stuck. */
  passNext: { surface: ExposureMoment['surface']; until: number } | null;
  /** The moment held while its warning loads or is open. */
  held: ExposureMoment | null;
  /** The user's latest click or key press: a form submit counts as theirs only right after one in it. */
  lastGesture: { path: EventTarget[]; at: number };
  /** A gesture let through on a pass-next: the form submit it fires was judged with it. */
  passed: { moment: ExposureMoment; at: number } | null;
}

const stop = (event: Event) => {
  event.preventDefault();
  event.stopImmediatePropagation();
};

/** Until our modal is up the page is live: a second click or Enter on the held moment must not reach LinkedIn. */
function repeatsHeld(held: ExposureMoment | null, path: readonly EventTarget[]): boolean {
  if (!held) return false;
  return path.includes(held.submitControl) || (held.editor !== null && path.includes(held.editor));
}

function momentOf(hooks: SubmitGuardHooks, event: Event, path: EventTarget[], gesture: SubmitGesture) {
  const ctx = hooks.pageContext();
  for (const detector of hooks.detectors) {
    const moment = detector.momentFromEvent(event, path, gesture, ctx);
    if (moment) return moment;
  }
  return null;
}

/**
 * A form submit is the user's only right after their own click or key press in that form. One a script
 * makes on its own (requestSubmit, with or without a submitter, or a synthetic click on the submit
 * button) is not the user's decision: it is held without a warning, so no page can fill the log in the
 * user's name nor post past the warning.
 */
function submittedByUser(event: Event, last: GuardState['lastGesture']): boolean {
  return event.timeStamp - last.at < USER_SUBMIT_WINDOW_MS && last.path.includes(event.target as Node);
}

/** The same submission as a moment let through just before (its click or key press fires this submit). */
function followsPassed(s: GuardState, moment: ExposureMoment, event: Event): boolean {
  const passed = s.passed;
  if (!passed || event.timeStamp - passed.at > PASSED_SUBMIT_WINDOW_MS) return false;
  return (
    passed.moment.submitControl === moment.submitControl ||
    (passed.moment.editor !== null && passed.moment.editor === moment.editor)
  );
}

function takePassNext(s: GuardState, moment: ExposureMoment, event: Event): boolean {
  if (!s.passNext || Date.now() >= s.passNext.until || s.passNext.surface !== moment.surface) return false;
  s.passNext = null;
  s.passed = { moment, at: event.timeStamp };
  return true;
}

/** Decides, synchronously, what happens to a trusted submit gesture. */
function judge(s: GuardState, hooks: SubmitGuardHooks, event: Event, gesture: SubmitGesture): Judgement {
  const path = event.composedPath();
  if (s.state === 'warning' && repeatsHeld(s.held, path)) return STOP;
  const moment = momentOf(hooks, event, path, gesture);
  if (!moment) return PASS;
  if (gesture === 'form-submit') {
    if (!submittedByUser(event, s.lastGesture)) return STOP;
    if (followsPassed(s, moment, event)) return PASS;
  }
  if (takePassNext(s, moment, event)) return PASS;
  if (hooks.verdict(moment) === 'pass') return PASS;
  // No submission passes while a warning is open, whatever covers it (another composer's Post too).
  if (s.state === 'warning') return STOP;
  return { kind: 'warn', moment };
}

/** Lets the held submission through once, and checks that LinkedIn took it. */
function letThrough(s: GuardState, hooks: SubmitGuardHooks, held: HeldSubmission): void {
  const { moment: found, gesture, event } = held;
  // LinkedIn re-rendered the button or the composer while the warning was open: a click on the old node
  // would post nothing, so say so at once and let the user's next click through.
  if (isStale(found, gesture)) {
    s.passNext = { surface: found.surface, until: Date.now() + PASS_NEXT_MS };
    hooks.askToSubmitAgain(found);
    return;
  }
  s.replaying = true;
  try {
    replay(found, gesture, event);
  } catch (error) {
    hooks.failure(error);
  } finally {
    s.replaying = false;
  }
  const checkDelay = hooks.replayCheckDelayMs ?? 700;
  // LinkedIn may take a while (a slow network, a profile save): look again a few times before concluding
  // that it ignored the replay and asking the user to click again.
  const judgeReplay = (attempt: number) => {
    try {
      if (replayWentThrough(found)) return;
      if (attempt < REPLAY_CHECKS) {
        setTimeout(() => judgeReplay(attempt + 1), checkDelay);
        return;
      }
      s.passNext = { surface: found.surface, until: Date.now() + PASS_NEXT_MS };
      hooks.askToSubmitAgain(found);
    } catch (error) {
      hooks.failure(error);
    }
  };
  setTimeout(() => judgeReplay(1), checkDelay);
}

const REPLAY_CHECKS = 6;

/** A submission stopped for its warning: what it was, how the user made it, and the event to replay. */
interface HeldSubmission {
  moment: ExposureMoment;
  gesture: SubmitGesture;
  event: Event;
}

/** Holds the moment while the warning is open, then acts on the user's decision. */
function holdAndWarn(s: GuardState, hooks: SubmitGuardHooks, submission: HeldSubmission): void {
  const found = submission.moment;
  s.state = 'warning';
  s.held = found;
  const settle = () => {
    s.state = 'idle';
    s.held = null;
  };
  hooks.warn(found).then(
    (outcome) => {
      settle();
      if (outcome === 'proceed') letThrough(s, hooks, submission);
      if (outcome === 'unshown') s.passNext = { surface: found.surface, until: Date.now() + PASS_NEXT_MS };
    },
    (error: unknown) => {
      // The warning itself failed: the user's action goes through, exactly once.
      settle();
      hooks.failure(error);
      letThrough(s, hooks, submission);
    },
  );
}

/** Listens on `target` until `signal` aborts (the content script's context is invalidated). */
export function installSubmitGuard(
  target: Window,
  hooks: SubmitGuardHooks,
  signal: AbortSignal,
): SubmitGuard {
  const s: GuardState = {
    state: 'idle',
    replaying: false,
    passNext: null,
    held: null,
    lastGesture: { path: [], at: Number.NEGATIVE_INFINITY },
    passed: null,
  };
  // A submit event does not leave its shadow root (it is not composed): a form in LinkedIn's open shadow
  // root (#interop-outlet) is watched from that root, from the first gesture of the user's inside it.
  const watchedRoots = new WeakSet<Node>();
  const watchShadowRoots = (path: readonly EventTarget[]) => {
    for (const node of path) {
      const isShadowRoot = (node as Node).nodeType === 11 && 'host' in (node as object);
      if (!isShadowRoot || watchedRoots.has(node as Node)) continue;
      watchedRoots.add(node as Node);
      node.addEventListener('submit', onEvent, { capture: true, signal });
    }
  };
  const onEvent = (event: Event) => {
    if (s.replaying || !event.isTrusted) return; // our own replay, or script-made events: not the user
    if (event.type !== 'submit') {
      s.lastGesture = { path: event.composedPath(), at: event.timeStamp };
      watchShadowRoots(s.lastGesture.path);
      const outlet = target.document.getElementById('interop-outlet')?.shadowRoot;
      if (outlet) watchShadowRoots([outlet]);
    }
    const gesture = gestureOf(event);
    if (!gesture) return;
    let judged: Judgement;
    try {
      judged = judge(s, hooks, event, gesture);
    } catch (error) {
      hooks.failure(error);
      return; // our failure lets the user's action through
    }
    if (judged.kind === 'pass') return;
    // Stop LinkedIn from seeing this activation; the draft stays untouched.
    stop(event);
    if (judged.kind === 'warn') holdAndWarn(s, hooks, { moment: judged.moment, gesture, event });
  };
  for (const type of ['click', 'keydown', 'submit'] as const)
    target.addEventListener(type, onEvent, { capture: true, signal });
  return { state: () => s.state };
}
