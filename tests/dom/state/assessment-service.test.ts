import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dispatchMessage, listenForMessages, sendToBackground } from '@/components/messaging';
import { assessForWarning } from '@/core/assessment-presentation';
import type { AssessResult } from '@/core/protocol';
import type { Situation } from '@/core/types';
import { answerAssessRequest, assessmentHandlers } from '@/entrypoints/background/assessment-service';

const situation: Situation = { activity: 'feed-post', role: 'sales', initiator: 'employer-asks' };

/** A message as another context may send it: the compiler cannot vouch for its fields. */
const assess = (message: unknown) =>
  dispatchMessage(assessmentHandlers, message, {}) as Promise<AssessResult>;

describe('answerAssessRequest', () => {
  it('answers an assess message with the assessment and its presentation in the asked language', async () => {
    const answer = answerAssessRequest({ type: 'assess', situation, language: 'nl' });
    expect(answer).toEqual({ ok: true, ...assessForWarning({ situation, language: 'nl' }) });
  });

  it('leaves every other message to the other listeners', () => {
    expect(dispatchMessage(assessmentHandlers, { type: 'log-decision', record: {} }, {})).toBeUndefined();
    expect(dispatchMessage(assessmentHandlers, 'assess', {})).toBeUndefined();
    expect(dispatchMessage(assessmentHandlers, null, {})).toBeUndefined();
  });

  it.each([
    ['an unknown role', { ...situation, role: 'astronaut' }, 'situation.role'],
    ['a missing initiator', { activity: 'feed-post', role: 'sales' }, 'situation.initiator'],
    ['no situation at all', undefined, 'situation'],
  ])('refuses %s with the core’s reason', async (_, bad, field) => {
    const answer = await assess({ type: 'assess', situation: bad, language: 'en' });
    expect(answer).toMatchObject({ ok: false });
    expect(answer?.ok === false && answer.error).toContain(field);
  });

  it('refuses a language it cannot speak', async () => {
    const answer = await assess({ type: 'assess', situation, language: 'de' });
    expect(answer).toEqual({ ok: false, error: expect.stringContaining('language') });
  });
});

describe('the assess handler on the runtime', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers runtime messages until its signal aborts', async () => {
    const listening = new AbortController();
    listenForMessages(fakeBrowser, assessmentHandlers, listening.signal);
    const answer = await sendToBackground('assess', { situation, language: 'en' });
    expect(answer.ok && answer.presentation.outcome).toBe('voluntary-only');
    listening.abort();
    await expect(sendToBackground('assess', { situation, language: 'en' })).rejects.toThrow();
  });

  it('stays silent for messages another listener answers', async () => {
    listenForMessages(fakeBrowser, assessmentHandlers);
    fakeBrowser.runtime.onMessage.addListener((message: unknown) =>
      (message as { type?: string }).type === 'get-health' ? Promise.resolve('health') : undefined,
    );
    expect(await fakeBrowser.runtime.sendMessage({ type: 'get-health' })).toBe('health');
  });
});
