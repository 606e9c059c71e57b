// The warning paints at once and gets its assessment from the background: "checking…" first, then the
// explanation; without an answer it still decides, says so, and reports no assessment ('unassessed').
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dispatchMessage } from '@/components/messaging';
import { ASSESS_TIMEOUT_MS, requestAssessment } from '@/components/warning/remote-assessment';
import { type DecidedWarning, showWarning, type WarningRequest } from '@/components/warning/show-warning';
import { evaluate } from '@/core/evaluate';
import { assessmentMessages } from '@/core/i18n/messages/assessment';
import { warningMessages } from '@/core/i18n/messages/warning';
import type { AssessResult, Message } from '@/core/protocol';
import { defaultSettings, type Settings } from '@/core/settings';
import type { Language } from '@/core/types';
import { assessmentHandlers } from '@/entrypoints/background/assessment-service';
import { settle, userCheck, userClick } from './interaction';

/** A background whose answers the test releases by hand. */
function slowBackground() {
  const pending: { message: Message<'assess'>; release(): void }[] = [];
  fakeBrowser.runtime.onMessage.addListener(
    (message: unknown) =>
      new Promise<AssessResult | undefined>((resolve) => {
        pending.push({
          message: message as Message<'assess'>,
          release: () => resolve(dispatchMessage(assessmentHandlers, message, {}) as Promise<AssessResult>),
        });
      }),
  );
  return pending;
}

function request(settings: Partial<Settings> = {}, language: Language = 'en'): WarningRequest {
  return {
    activity: 'feed-post',
    surface: 'feed-composer',
    employerLinked: true,
    settings: { ...defaultSettings(), ...settings },
    language,
    returnFocusTo: null,
  };
}

function root(): ShadowRoot {
  const host = document.documentElement.querySelector<HTMLElement>('[data-exposure-guard="warning"]');
  if (!host?.shadowRoot) throw new Error('no warning');
  return host.shadowRoot;
}
const $ = (selector: string) => root().querySelector<HTMLElement>(selector);
const radio = (question: string, value: string) =>
  $(`[data-question="${question}"] input[value="${value}"]`) as HTMLInputElement;

const known = { role: 'sales', rememberedInitiator: { 'feed-post': 'employer-asks' } } as const;

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  // A warning the page removes comes back: the user's Cancel ends it.
  for (const host of document.documentElement.querySelectorAll('[data-exposure-guard]')) {
    const cancel = host.shadowRoot?.querySelector('[data-action="cancel"]');
    if (cancel) userClick(cancel);
  }
  for (const host of document.documentElement.querySelectorAll('[data-exposure-guard]')) host.remove();
  vi.useRealTimers();
});

describe('the warning while the background answers', () => {
  it.each<Language>(['en', 'nl'])(
    'paints what becomes visible, the questions and the buttons at once, with "checking…" (%s)',
    async (language) => {
      const pending = slowBackground();
      void showWarning({ ...request({ role: 'sales' }, language) });
      // Only who wanted it is open: the provisional answer for each possibility is asked for at once.
      const m = warningMessages[language];
      expect($('.result [data-if="employer-requires"]')?.textContent).toBe(
        `${m.ifRequires} ${assessmentMessages[language].checking}`,
      );
      expect($('.result .depends')?.textContent).toContain(m.dependsInitiator);
      await settle();
      expect(pending.map((p) => p.message.situation.initiator)).toEqual([
        'employer-requires',
        'own-initiative',
      ]);
      for (const provisional of pending.splice(0)) provisional.release();
      await settle();
      // The same answer whoever wanted it: said once, without the "if".
      expect($('.result [data-same-answer]')?.textContent).toContain(m.provisionalTitle);
      expect($('.result .provisional')?.textContent).not.toContain(assessmentMessages[language].checking);
      userCheck(radio('initiator', 'own-initiative'));
      expect($('.result')?.getAttribute('aria-live')).toBe('polite');
      expect($('[data-assessment="checking"]')?.textContent).toBe(assessmentMessages[language].checking);
      expect($('[data-action="cancel"]')).not.toBeNull();
      expect($('[data-action="proceed"]')).not.toBeNull();
      expect($('.assessment')).toBeNull();

      await settle();
      expect(pending).toHaveLength(1);
      expect(pending[0]?.message).toEqual({
        type: 'assess',
        situation: { activity: 'feed-post', role: 'sales', initiator: 'own-initiative' },
        language,
      });
      pending[0]?.release();
      await settle();
      expect($('[data-assessment]')).toBeNull();
      expect($('.assessment')?.dataset.outcome).toBe('voluntary-only');
      expect($('.outcome')?.textContent).toBe(assessmentMessages[language].outcomeVoluntary);
    },
  );

  it('asks as soon as it opens when settings already answer everything', async () => {
    const pending = slowBackground();
    void showWarning(request(known));
    expect($('[data-assessment="checking"]')).not.toBeNull();
    await settle();
    expect(pending.map((p) => p.message.situation.initiator)).toEqual(['employer-asks']);
  });

  it('shows only the answer for the latest situation when answers cross', async () => {
    const pending = slowBackground();
    void showWarning(request({ role: 'sales', jobDefined: true, workTime: true }));
    userCheck(radio('initiator', 'own-initiative'));
    await settle();
    userCheck(radio('initiator', 'employer-requires'));
    await settle();
    pending.splice(0, 2); // the provisional answers asked for when the warning opened
    expect(pending).toHaveLength(2);
    pending[1]?.release();
    await settle();
    pending[0]?.release(); // the stale answer arrives last
    await settle();
    expect(pending.map((p) => evaluate(p.message.situation).outcome)).toEqual([
      'voluntary-only',
      'required-by-job',
    ]);
    expect($('.assessment')?.dataset.outcome).toBe('required-by-job');
  });

  it('does not ask again when an answer leaves the situation unchanged', async () => {
    const pending = slowBackground();
    void showWarning({
      ...request({ role: 'sales', rememberedInitiator: { 'group-post': 'employer-asks' } }),
      activity: 'group-post',
      surface: 'group-composer',
      groupKind: 'unclassified',
    });
    await settle();
    userCheck(radio('groupKind', 'work'));
    await settle();
    expect(pending).toHaveLength(1);
    expect($('[data-question="groupKind"]')).not.toBeNull();
  });

  it('reports the assessment with the decision once it has come', async () => {
    const pending = slowBackground();
    const result = showWarning(request(known));
    await settle();
    pending[0]?.release();
    await settle();
    userClick($('[data-action="proceed"]') as HTMLElement);
    expect(((await result) as DecidedWarning).assessment?.outcome).toBe('voluntary-only');
  });

  it('decides without an assessment when the user is quicker than the background', async () => {
    slowBackground();
    const result = showWarning(request(known));
    await settle();
    userClick($('[data-action="proceed"]') as HTMLElement);
    const decided = (await result) as DecidedWarning;
    expect(decided).toMatchObject({ decision: 'proceed', assessment: null });
    expect(decided.situation).toMatchObject({ initiator: 'employer-asks', role: 'sales' });
  });
});

describe('the warning when the background fails', () => {
  it.each<Language>(['en', 'nl'])(
    'says the explanation could not be loaded and still cancels and proceeds (%s)',
    async (language) => {
      // No listener: sendMessage rejects, as when the service worker cannot answer.
      const result = showWarning(request(known, language));
      await settle();
      expect($('[data-assessment="failed"]')?.textContent).toBe(assessmentMessages[language].unavailable);
      expect($('.assessment')).toBeNull();
      userClick($('[data-action="proceed"]') as HTMLElement);
      expect(await result).toMatchObject({ decision: 'proceed', assessment: null });
    },
  );

  it('treats a refusal from the background as no assessment', async () => {
    fakeBrowser.runtime.onMessage.addListener(() =>
      Promise.resolve({ ok: false, error: 'situation.role: no' }),
    );
    const result = showWarning(request(known));
    await settle();
    expect($('[data-assessment="failed"]')).not.toBeNull();
    userClick($('[data-action="cancel"]') as HTMLElement);
    expect(await result).toMatchObject({ decision: 'cancel', assessment: null });
  });

  it('gives up after ASSESS_TIMEOUT_MS when the background never answers', async () => {
    vi.useFakeTimers();
    fakeBrowser.runtime.onMessage.addListener(() => new Promise(() => {}));
    const answer = requestAssessment(
      { activity: 'feed-post', role: 'sales', initiator: 'own-initiative' },
      'en',
    );
    await vi.advanceTimersByTimeAsync(ASSESS_TIMEOUT_MS - 1);
    let settled = false;
    void answer.then(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await answer).toEqual({
      status: 'failed',
      error: expect.stringContaining(`${ASSESS_TIMEOUT_MS}`),
    });
  });
});
