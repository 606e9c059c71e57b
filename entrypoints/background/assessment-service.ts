// The background's answer to the warning's `assess` message: the core evaluates the situation and
// resolves every text in the asked language, so the LinkedIn content script never bundles the legal
// texts (issue 7). The background registers it with one call: registerAssessmentService(browser).
import { assessForWarning } from '@/core/assessment-presentation';
import type { AssessRequest, AssessResult } from '@/core/protocol';
import { LANGUAGES, type Language } from '@/core/types';

function isAssessRequest(message: unknown): message is Partial<AssessRequest> & { type: 'assess' } {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'assess';
}

/**
 * Answers an `assess` message; undefined for every other message (so other listeners answer those).
 * An invalid situation (the core throws a TypeError naming the field) or language gives `ok: false`.
 */
export function answerAssessRequest(message: unknown): Promise<AssessResult> | undefined {
  if (!isAssessRequest(message)) return undefined;
  const { situation, language } = message;
  if (!LANGUAGES.includes(language as Language)) {
    return Promise.resolve({ ok: false, error: `language: expected one of ${LANGUAGES.join(', ')}` });
  }
  try {
    const answer = assessForWarning({
      situation: situation as AssessRequest['situation'],
      language: language as Language,
    });
    return Promise.resolve({ ok: true, ...answer });
  } catch (error) {
    return Promise.resolve({ ok: false, error: error instanceof Error ? error.message : String(error) });
  }
}

type AssessListener = (message: unknown) => Promise<AssessResult> | undefined;

/** What registration needs of `browser` (wxt/browser in the background, fakeBrowser in tests). */
export interface RuntimeMessages {
  runtime: {
    onMessage: {
      addListener(listener: AssessListener): void;
      removeListener(listener: AssessListener): void;
    };
  };
}

/** Listens for `assess` messages; returns the function that stops listening. */
export function registerAssessmentService(target: RuntimeMessages): () => void {
  const listener: AssessListener = (message) => answerAssessRequest(message);
  target.runtime.onMessage.addListener(listener);
  return () => target.runtime.onMessage.removeListener(listener);
}
