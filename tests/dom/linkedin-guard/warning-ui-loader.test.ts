import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LoadWarningUiResult } from '@/core/protocol';
import type { ExposureMoment, SurfaceDetector } from '@/entrypoints/linkedin.content/detectors/types';
import { installSubmitGuard } from '@/entrypoints/linkedin.content/submit-guard';
import {
  createWarningUiLoader,
  PRELOAD_IDLE_TIMEOUT_MS,
  WARNING_UI_SLOT,
  type WarningUi,
  type WarningUiScope,
} from '@/entrypoints/linkedin.content/warning-ui-loader';

/** A stand-in for the UI bundle's API: its warning answers with `decision`. */
function fakeUi(decision: 'cancel' | 'proceed' = 'cancel'): WarningUi {
  return {
    showWarning: vi.fn(async () => ({
      decision,
      assessment: null,
      situation: null,
      answers: {},
      rememberInitiator: false,
      quietOwnInitiative: false,
      rememberGroup: true,
    })),
    showNotice: vi.fn(() => ({ close() {} })),
    profileAddendum: vi.fn(() => undefined),
    highlightControl: vi.fn(),
    switchLabel: () => 'Switch this off',
    submitAgainText: () => 'Click again',
    noSwitchNote: (form) => `no switch in ${form}`,
    notSavedText: () => 'Not saved yet',
    unsavedText: (count) => `${count} not saved`,
  };
}

/** The background as the loader sees it: it "injects" the bundle (fills the slot) and answers. */
function backgroundThat(
  scope: WarningUiScope,
  answer: 'injects' | 'refuses' | 'runs-empty' | 'never-answers',
) {
  const ui = fakeUi();
  const request = vi.fn((): Promise<LoadWarningUiResult | undefined> => {
    if (answer === 'never-answers') return new Promise(() => {});
    if (answer === 'refuses')
      return Promise.resolve({ ok: false, error: 'the warning UI is only for LinkedIn pages' });
    if (answer === 'injects') scope[WARNING_UI_SLOT] = ui;
    return Promise.resolve({ ok: true });
  });
  return { ui, request };
}

describe('warning UI loader: load', () => {
  it('asks the background once and resolves every caller with the API the bundle left', async () => {
    const scope: WarningUiScope = {};
    const background = backgroundThat(scope, 'injects');
    const loader = createWarningUiLoader({ request: background.request, scope });
    const [first, second] = await Promise.all([loader.load(), loader.load()]);
    expect(first).toBe(background.ui);
    expect(second).toBe(background.ui);
    expect(await loader.load()).toBe(background.ui);
    expect(background.request).toHaveBeenCalledTimes(1);
  });

  it('does not ask when the bundle is already in this world', async () => {
    const ui = fakeUi();
    const request = vi.fn(async () => ({ ok: true }) as const);
    const loader = createWarningUiLoader({ request, scope: { [WARNING_UI_SLOT]: ui } });
    expect(await loader.load()).toBe(ui);
    expect(request).not.toHaveBeenCalled();
  });

  it('uses only a real API from its slot: a page element named like a global cannot stand in', async () => {
    const clobber = document.createElement('div');
    clobber.id = 'exposure-guard.warning-ui';
    document.body.append(clobber);
    const scope = { [WARNING_UI_SLOT]: clobber } as unknown as WarningUiScope;
    const request = vi.fn(async () => ({ ok: true }) as const);
    const loader = createWarningUiLoader({ request, scope });
    await expect(loader.load()).rejects.toThrow('left no API');
    expect(request).toHaveBeenCalledTimes(1);
    clobber.remove();
  });

  it("rejects with the background's reason when it refuses, and asks again next time", async () => {
    const scope: WarningUiScope = {};
    let refuse = true;
    const ui = fakeUi();
    const request = vi.fn(async (): Promise<LoadWarningUiResult> => {
      if (refuse) return { ok: false, error: 'Cannot access contents of the page' };
      scope[WARNING_UI_SLOT] = ui;
      return { ok: true };
    });
    const loader = createWarningUiLoader({ request, scope });
    await expect(loader.load()).rejects.toThrow('Cannot access contents of the page');
    refuse = false;
    expect(await loader.load()).toBe(ui);
    expect(request).toHaveBeenCalledTimes(2);
  });

  it('rejects when the message fails (no background) or nobody answers', async () => {
    const noReceiver = createWarningUiLoader({
      request: () => Promise.reject(new Error('Receiving end does not exist')),
      scope: {},
    });
    await expect(noReceiver.load()).rejects.toThrow('Receiving end does not exist');
    const unanswered = createWarningUiLoader({ request: async () => undefined, scope: {} });
    await expect(unanswered.load()).rejects.toThrow('no answer from the background');
  });

  it('rejects when the bundle ran but left no API', async () => {
    const scope: WarningUiScope = {};
    const loader = createWarningUiLoader({ request: backgroundThat(scope, 'runs-empty').request, scope });
    await expect(loader.load()).rejects.toThrow('left no API');
  });

  describe('with a background that never answers', () => {
    beforeEach(() => vi.useFakeTimers());
    afterEach(() => vi.useRealTimers());

    it('rejects after its time-out instead of holding the user’s action', async () => {
      const scope: WarningUiScope = {};
      const loader = createWarningUiLoader({
        request: backgroundThat(scope, 'never-answers').request,
        scope,
        timeoutMs: 3000,
      });
      const loading = loader.load();
      const settled = vi.fn();
      loading.catch(settled);
      await vi.advanceTimersByTimeAsync(2999);
      expect(settled).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      await expect(loading).rejects.toThrow('no answer within 3000 ms');
    });
  });
});

/** A page as the preload sees it: its load event, its readiness and its idle callbacks, driven by the test. */
function fakePage(readyState: DocumentReadyState, withIdleCallback = true) {
  const events = new EventTarget();
  const idle: { run: () => void; timeout?: number }[] = [];
  const timers: (() => void)[] = [];
  const page = {
    document: { readyState },
    addEventListener: events.addEventListener.bind(events),
    removeEventListener: events.removeEventListener.bind(events),
    requestIdleCallback: withIdleCallback
      ? (run: () => void, options?: { timeout?: number }) => idle.push({ run, timeout: options?.timeout })
      : undefined,
    cancelIdleCallback: (id: number) => idle.splice(id - 1, 1),
    setTimeout: (run: () => void) => timers.push(run),
    clearTimeout: (id: number) => timers.splice(id - 1, 1),
  };
  return {
    page: page as unknown as Window,
    idle,
    timers,
    load: () => {
      page.document.readyState = 'complete';
      events.dispatchEvent(new Event('load'));
    },
  };
}

describe('warning UI loader: preload when idle', () => {
  it('waits for the page to load, then for an idle moment, then asks once', async () => {
    const scope: WarningUiScope = {};
    const background = backgroundThat(scope, 'injects');
    const loader = createWarningUiLoader({ request: background.request, scope });
    const page = fakePage('loading');
    loader.preloadWhenIdle(page.page, new AbortController().signal);
    expect(page.idle).toHaveLength(0);
    page.load();
    expect(page.idle).toEqual([{ run: expect.any(Function), timeout: PRELOAD_IDLE_TIMEOUT_MS }]);
    expect(background.request).not.toHaveBeenCalled();
    page.idle[0]?.run();
    expect(background.request).toHaveBeenCalledTimes(1);
    expect(await loader.load()).toBe(background.ui);
    expect(background.request).toHaveBeenCalledTimes(1);
  });

  it('schedules at once on a page that has loaded already, with a timer where there is no idle callback', () => {
    const scope: WarningUiScope = {};
    const background = backgroundThat(scope, 'injects');
    const loader = createWarningUiLoader({ request: background.request, scope });
    const page = fakePage('complete', false);
    loader.preloadWhenIdle(page.page, new AbortController().signal);
    expect(page.timers).toHaveLength(1);
    page.timers[0]?.();
    expect(background.request).toHaveBeenCalledTimes(1);
  });

  it('does nothing once cancelled (the content script was invalidated)', () => {
    const scope: WarningUiScope = {};
    const background = backgroundThat(scope, 'injects');
    const loader = createWarningUiLoader({ request: background.request, scope });
    const before = fakePage('loading');
    const invalidated = new AbortController();
    loader.preloadWhenIdle(before.page, invalidated.signal);
    invalidated.abort();
    before.load();
    expect(before.idle).toHaveLength(0);
    const after = fakePage('complete');
    const context = new AbortController();
    loader.preloadWhenIdle(after.page, context.signal);
    const pending = after.idle[0];
    context.abort();
    expect(after.idle).toHaveLength(0);
    pending?.run();
    expect(background.request).not.toHaveBeenCalled();
  });

  it('swallows a failed preload; the first warning asks again', async () => {
    const scope: WarningUiScope = {};
    let answer: LoadWarningUiResult = { ok: false, error: 'service worker gone' };
    const ui = fakeUi();
    const request = vi.fn(async () => {
      if (answer.ok) scope[WARNING_UI_SLOT] = ui;
      return answer;
    });
    const loader = createWarningUiLoader({ request, scope });
    const page = fakePage('complete');
    loader.preloadWhenIdle(page.page, new AbortController().signal);
    page.idle[0]?.run();
    expect(request).toHaveBeenCalledTimes(1);
    await new Promise((resolve) => setTimeout(resolve, 0)); // the preload has failed
    answer = { ok: true };
    expect(await loader.load()).toBe(ui);
    expect(request).toHaveBeenCalledTimes(2);
  });
});

describe('warning UI loader in the submit guard', () => {
  const trustedClick = (el: Element) => {
    const event = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    Object.defineProperty(event, 'isTrusted', { value: true });
    el.dispatchEvent(event);
  };

  /** A Post button that submits when LinkedIn sees its click, and a detector that knows it. */
  function postButton() {
    document.body.replaceChildren();
    const post = document.createElement('button');
    const submitted: string[] = [];
    post.addEventListener('click', () => submitted.push('post'));
    document.body.append(post);
    const detector: SurfaceDetector = {
      surfaces: ['feed-composer'],
      momentFromEvent: (_event, path) =>
        path.includes(post)
          ? ({
              surface: 'feed-composer',
              uiGeneration: 'sdui',
              submitControl: post,
              editor: null,
              container: document.body,
              facts: { text: '', employerSignals: ['name'] },
            } satisfies ExposureMoment)
          : null,
      presentSurfaces: () => [],
    };
    return { post, submitted, detector };
  }

  function guardWith(request: () => Promise<LoadWarningUiResult | undefined>, scope: WarningUiScope) {
    const { post, submitted, detector } = postButton();
    const loader = createWarningUiLoader({ request, scope });
    const failure = vi.fn();
    const installed = new AbortController();
    installSubmitGuard(
      window,
      {
        detectors: [detector],
        pageContext: () => ({
          url: new URL('https://www.linkedin.com/feed/'),
          employerSignalsInText: () => [],
          isEmployerCompanyRef: () => false,
        }),
        verdict: () => 'warn',
        // As the LinkedIn guard does: the decision comes from the loaded UI's warning.
        async warn() {
          const ui = await loader.load();
          return (await ui.showWarning({} as Parameters<WarningUi['showWarning']>[0])).decision;
        },
        askToSubmitAgain: vi.fn(),
        failure,
        replayCheckDelayMs: 0,
      },
      installed.signal,
    );
    return { post, submitted, failure, guard: installed };
  }

  it('lets the user’s action through exactly once when the UI cannot load, and counts the failure', async () => {
    const scope: WarningUiScope = {};
    const { post, submitted, failure, guard } = guardWith(backgroundThat(scope, 'refuses').request, scope);
    trustedClick(post);
    expect(submitted).toEqual([]); // held while the UI is asked for
    await vi.waitFor(() => expect(submitted).toEqual(['post']));
    expect(failure).toHaveBeenCalledExactlyOnceWith(
      expect.objectContaining({ message: expect.stringContaining('only for LinkedIn') }),
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(submitted).toEqual(['post']);
    guard.abort();
  });

  it('holds the action for the loaded warning, and Cancel keeps it from LinkedIn', async () => {
    const scope: WarningUiScope = {};
    const background = backgroundThat(scope, 'injects');
    const { post, submitted, failure, guard } = guardWith(background.request, scope);
    trustedClick(post);
    await vi.waitFor(() => expect(background.ui.showWarning).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(submitted).toEqual([]);
    expect(failure).not.toHaveBeenCalled();
    guard.abort();
  });
});
