import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { assessForWarning } from '@/core/assessment-presentation';
import type { AssessRequest, AssessResult } from '@/core/protocol';
import type { Situation } from '@/core/types';
import { answerAssessRequest, registerAssessmentService } from '@/entrypoints/background/assessment-service';

const situation: Situation = { activity: 'feed-post', role: 'sales', initiator: 'employer-asks' };

describe('answerAssessRequest', () => {
  it('answers an assess message with the assessment and its presentation in the asked language', async () => {
    const answer = await answerAssessRequest({ type: 'assess', situation, language: 'nl' });
    expect(answer).toEqual({ ok: true, ...assessForWarning({ situation, language: 'nl' }) });
  });

  it('leaves every other message to the other listeners', () => {
    expect(answerAssessRequest({ type: 'log-decision', record: {} })).toBeUndefined();
    expect(answerAssessRequest('assess')).toBeUndefined();
    expect(answerAssessRequest(null)).toBeUndefined();
  });

  it.each([
    ['an unknown role', { ...situation, role: 'astronaut' }, 'situation.role'],
    ['a missing initiator', { activity: 'feed-post', role: 'sales' }, 'situation.initiator'],
    ['no situation at all', undefined, 'situation'],
  ])('refuses %s with the core’s reason', async (_, bad, field) => {
    const answer = await answerAssessRequest({ type: 'assess', situation: bad, language: 'en' });
    expect(answer).toMatchObject({ ok: false });
    expect(answer?.ok === false && answer.error).toContain(field);
  });

  it('refuses a language it cannot speak', async () => {
    const answer = await answerAssessRequest({ type: 'assess', situation, language: 'de' });
    expect(answer).toEqual({ ok: false, error: expect.stringContaining('language') });
  });
});

describe('registerAssessmentService', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers runtime messages until it is unregistered', async () => {
    const stop = registerAssessmentService(fakeBrowser);
    const message: AssessRequest = { type: 'assess', situation, language: 'en' };
    const answer = (await browser.runtime.sendMessage(message)) as AssessResult;
    expect(answer.ok && answer.presentation.outcome).toBe('voluntary-only');
    stop();
    await expect(browser.runtime.sendMessage(message)).rejects.toThrow();
  });

  it('stays silent for messages another listener answers', async () => {
    registerAssessmentService(fakeBrowser);
    fakeBrowser.runtime.onMessage.addListener((message: unknown) =>
      (message as { type?: string }).type === 'get-health' ? Promise.resolve('health') : undefined,
    );
    expect(await browser.runtime.sendMessage({ type: 'get-health' })).toBe('health');
  });
});
