import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type {
  ExposureMoment,
  PageContext,
  SubmitGesture,
  SurfaceDetector,
} from '@/entrypoints/linkedin.content/detectors/types';
import {
  gestureOf,
  installSubmitGuard,
  replayWentThrough,
  type SubmitGuard,
  type SubmitGuardHooks,
} from '@/entrypoints/linkedin.content/submit-guard';

// happy-dom marks every dispatched event untrusted; a user's click is trusted. These tests make a
// trusted event the only way they can: by defining isTrusted on the instance before dispatch.
function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}
const userClick = (el: Element) =>
  el.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true })));

/** A composer like LinkedIn's: clicking Post submits the editor's text and clears it. */
function buildComposer() {
  document.body.replaceChildren();
  const dialog = document.createElement('div');
  const editor = document.createElement('div');
  editor.setAttribute('contenteditable', 'true');
  editor.textContent = 'Proud of Acme';
  const post = document.createElement('button');
  post.textContent = 'Post';
  const submissions: string[] = [];
  post.addEventListener('click', () => {
    submissions.push(editor.textContent ?? '');
    editor.textContent = '';
  });
  dialog.append(editor, post);
  document.body.append(dialog);
  return { dialog, editor, post, submissions };
}

/** A test double of a detector: the Post button of the composer above is the one submit it knows. */
function detectorFor(post: HTMLElement, editor: HTMLElement, container: Element): SurfaceDetector {
  return {
    surfaces: ['feed-composer'],
    momentFromEvent(_event: Event, path: readonly EventTarget[], gesture: SubmitGesture, _ctx: PageContext) {
      if (gesture !== 'click' || !path.includes(post)) return null;
      const moment: ExposureMoment = {
        surface: 'feed-composer',
        uiGeneration: 'sdui',
        submitControl: post,
        editor,
        container,
        facts: { text: editor.textContent ?? '', employerSignals: ['name'] },
      };
      return moment;
    },
    presentSurfaces: () => ['feed-composer'],
  };
}

const pageContext = (): PageContext => ({
  url: new URL('https://www.linkedin.com/feed/'),
  employerSignalsInText: () => [],
  isEmployerCompanyRef: () => false,
});

describe('submit guard', () => {
  let guard: SubmitGuard | undefined;
  let installed = new AbortController();
  beforeEach(() => {
    vi.useFakeTimers();
    installed = new AbortController();
  });
  afterEach(() => {
    installed.abort();
    vi.useRealTimers();
  });

  function install(overrides: Partial<SubmitGuardHooks>, composer = buildComposer()) {
    const hooks: SubmitGuardHooks = {
      detectors: [detectorFor(composer.post, composer.editor, composer.dialog)],
      pageContext,
      verdict: () => 'warn',
      warn: vi.fn(async () => 'cancel' as const),
      askToSubmitAgain: vi.fn(),
      failure: vi.fn(),
      ...overrides,
    };
    guard = installSubmitGuard(window, hooks, installed.signal);
    return { hooks, ...composer };
  }

  it('stops a trusted submit, and Cancel leaves the draft untouched', async () => {
    const { post, submissions, editor, hooks } = install({});
    userClick(post);
    expect(hooks.warn).toHaveBeenCalledTimes(1);
    await vi.runAllTimersAsync();
    expect(submissions).toEqual([]);
    expect(editor.textContent).toBe('Proud of Acme');
    expect(guard?.state()).toBe('idle');
  });

  it('stops listening when its signal aborts (the content script is invalidated)', async () => {
    const { post, submissions, hooks } = install({});
    installed.abort();
    userClick(post);
    await vi.runAllTimersAsync();
    expect(hooks.warn).not.toHaveBeenCalled();
    expect(submissions).toEqual(['Proud of Acme']);
  });

  it('Proceed submits exactly once and does not warn about its own replay', async () => {
    const { post, submissions, hooks } = install({ warn: vi.fn(async () => 'proceed' as const) });
    userClick(post);
    await vi.runAllTimersAsync();
    expect(submissions).toEqual(['Proud of Acme']);
    expect(hooks.warn).toHaveBeenCalledTimes(1);
    expect(hooks.askToSubmitAgain).not.toHaveBeenCalled();
  });

  it('asks to click again when LinkedIn ignored the replay, and lets that next click through unwarned', async () => {
    const composer = buildComposer();
    // LinkedIn here ignores untrusted clicks, as it does for some controls.
    const ignoring = document.createElement('button');
    ignoring.textContent = 'Post';
    const taken: string[] = [];
    ignoring.addEventListener('click', (e) => {
      if (e.isTrusted) taken.push('submitted');
    });
    composer.dialog.append(ignoring);
    const { hooks } = install(
      {
        detectors: [detectorFor(ignoring, composer.editor, composer.dialog)],
        warn: vi.fn(async () => 'proceed' as const),
      },
      composer,
    );
    userClick(ignoring);
    await vi.runAllTimersAsync();
    expect(taken).toEqual([]);
    expect(hooks.askToSubmitAgain).toHaveBeenCalledTimes(1);
    userClick(ignoring);
    await vi.runAllTimersAsync();
    expect(taken).toEqual(['submitted']);
    expect(hooks.warn).toHaveBeenCalledTimes(1);
  });

  it('lets the action through when a detector throws, and counts the failure', async () => {
    const composer = buildComposer();
    const { hooks, submissions } = install(
      {
        detectors: [
          {
            surfaces: ['feed-composer'],
            momentFromEvent: () => {
              throw new Error('LinkedIn changed');
            },
            presentSurfaces: () => [],
          },
        ],
      },
      composer,
    );
    userClick(composer.post);
    expect(submissions).toEqual(['Proud of Acme']);
    expect(hooks.failure).toHaveBeenCalledTimes(1);
    expect(hooks.warn).not.toHaveBeenCalled();
  });

  it('submits once when the warning itself fails', async () => {
    const { post, submissions, hooks } = install({
      warn: vi.fn(async () => Promise.reject(new Error('boom'))),
    });
    userClick(post);
    await vi.runAllTimersAsync();
    expect(submissions).toEqual(['Proud of Acme']);
    expect(hooks.failure).toHaveBeenCalledTimes(1);
  });

  it('ignores untrusted events and moments the verdict passes', async () => {
    const { post, submissions, hooks } = install({ verdict: () => 'pass' });
    post.click(); // script-made: not the user
    userClick(post);
    expect(submissions).toEqual(['Proud of Acme', '']);
    expect(hooks.warn).not.toHaveBeenCalled();
  });

  it('holds a second click on the same Post while the warning is still loading', async () => {
    let decide: (outcome: 'cancel' | 'proceed') => void = () => {};
    const { post, submissions, hooks } = install({
      warn: vi.fn(() => new Promise<'cancel' | 'proceed'>((resolve) => (decide = resolve))),
    });
    userClick(post);
    userClick(post); // a double click before our modal is up
    expect(submissions).toEqual([]);
    decide('cancel');
    await vi.runAllTimersAsync();
    expect(submissions).toEqual([]);
    expect(hooks.warn).toHaveBeenCalledTimes(1);
  });

  it('gives a slow LinkedIn time before asking to click again', async () => {
    const composer = buildComposer();
    // LinkedIn takes 1.5 s to accept the replayed post, then clears the editor.
    const slow = document.createElement('button');
    slow.textContent = 'Post';
    const taken: string[] = [];
    slow.addEventListener('click', () => {
      setTimeout(() => {
        taken.push(composer.editor.textContent ?? '');
        composer.editor.textContent = '';
      }, 1500);
    });
    composer.dialog.append(slow);
    const { hooks } = install(
      {
        detectors: [detectorFor(slow, composer.editor, composer.dialog)],
        warn: vi.fn(async () => 'proceed' as const),
      },
      composer,
    );
    userClick(slow);
    await vi.runAllTimersAsync();
    expect(taken).toEqual(['Proud of Acme']);
    expect(hooks.askToSubmitAgain).not.toHaveBeenCalled();
  });

  /** A classic comment form: its submit (whoever sends it) submits the editor's text. */
  function installForm(overrides: Partial<SubmitGuardHooks> = {}, inShadowRoot = false) {
    const composer = buildComposer();
    const form = document.createElement('form');
    const button = document.createElement('button');
    button.type = 'submit';
    form.append(composer.editor, button);
    if (inShadowRoot) composer.dialog.attachShadow({ mode: 'open' }).append(form);
    else composer.dialog.replaceChildren(form);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      composer.submissions.push(composer.editor.textContent ?? '');
    });
    const formDetector: SurfaceDetector = {
      surfaces: ['comment'],
      momentFromEvent(event, path, gesture) {
        const submits = gesture === 'form-submit' || (gesture === 'click' && path.includes(button));
        if (!submits) return null;
        const submitter = (event as SubmitEvent).submitter as HTMLElement | null;
        return {
          surface: 'comment',
          uiGeneration: 'classic',
          submitControl: submitter ?? button,
          editor: composer.editor,
          container: form,
          facts: { text: composer.editor.textContent ?? '', employerSignals: ['name'] },
        };
      },
      presentSurfaces: () => ['comment'],
    };
    const installed = install({ detectors: [formDetector], ...overrides }, composer);
    const submit = (submitter: HTMLElement | null) =>
      form.dispatchEvent(trusted(new SubmitEvent('submit', { bubbles: true, cancelable: true, submitter })));
    return { ...installed, form, button, submit };
  }

  it('holds a form a script submits on its own, with or without its submit button: no warning', () => {
    const { button, submit, submissions, hooks } = installForm();
    submit(button);
    submit(null);
    expect(submissions).toEqual([]);
    expect(hooks.warn).not.toHaveBeenCalled();
  });

  it('warns for a form submitted with its button right after the user’s key press in it', async () => {
    const { button, editor, submit, submissions, hooks } = installForm({
      warn: vi.fn(async () => 'proceed' as const),
    });
    editor.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true })));
    submit(button);
    expect(submissions).toEqual([]);
    expect(hooks.warn).toHaveBeenCalledTimes(1);
    await vi.runAllTimersAsync();
    expect(submissions).toEqual(['Proud of Acme']);
  });

  it('watches a form in an open shadow root (a submit does not leave it) once the user acts inside it', async () => {
    const { button, editor, submit, submissions, hooks } = installForm(
      { warn: vi.fn(async () => 'cancel' as const) },
      true,
    );
    editor.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true })));
    submit(button);
    expect(submissions).toEqual([]);
    expect(hooks.warn).toHaveBeenCalledTimes(1);
    await vi.runAllTimersAsync();
    expect(submissions).toEqual([]);
  });

  it('a click let through after “click again” passes with the submit it fires, unwarned', async () => {
    const { button, submit, submissions, hooks } = installForm({
      warn: vi.fn(async () => 'unshown' as const),
    });
    button.type = 'button'; // the submits below stand for its activation (happy-dom's own are untrusted)
    userClick(button); // the warning cannot be shown: held, and the next submission passes
    await vi.runAllTimersAsync();
    expect(submissions).toEqual([]);
    userClick(button);
    submit(button); // the activation of that click
    expect(submissions).toEqual(['Proud of Acme']);
    expect(hooks.warn).toHaveBeenCalledTimes(1);
  });

  it('knows which events are submit gestures', () => {
    expect(gestureOf(new MouseEvent('click'))).toBe('click');
    expect(gestureOf(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true }))).toBe('keyboard');
    expect(gestureOf(new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true }))).toBeNull();
    expect(gestureOf(new KeyboardEvent('keydown', { key: 'a' }))).toBeNull();
    expect(gestureOf(new Event('submit'))).toBe('form-submit');
    expect(gestureOf(new Event('focus'))).toBeNull();
  });

  it('judges a replay by what LinkedIn does: cleared editor or closed composer', () => {
    const c = buildComposer();
    const moment: ExposureMoment = {
      surface: 'comment',
      uiGeneration: 'classic',
      submitControl: c.post,
      editor: c.editor,
      container: c.dialog,
      facts: { text: '', employerSignals: [] },
    };
    expect(replayWentThrough(moment)).toBe(false);
    c.editor.textContent = '';
    expect(replayWentThrough(moment)).toBe(true);
    c.editor.textContent = 'again';
    c.dialog.remove();
    expect(replayWentThrough(moment)).toBe(true);
  });
});
