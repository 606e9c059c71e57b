// The background's answer to the warning's `assess` message: the core evaluates the situation and
// resolves every text in the asked language, so the LinkedIn content script never bundles the legal
// texts and stays small.
import { assessForWarning } from '@/core/assessment-presentation';
import type { AssessResult, BackgroundHandlers, Message } from '@/core/protocol';
import { LANGUAGES, type Language } from '@/core/types';

/**
 * Answers an `assess` message. An invalid situation (the core throws a TypeError naming the field) or
 * language gives `ok: false`: the request comes from a content script, so it is checked here.
 */
export function answerAssessRequest({ situation, language }: Message<'assess'>): AssessResult {
  if (!LANGUAGES.includes(language as Language)) {
    return { ok: false, error: `language: expected one of ${LANGUAGES.join(', ')}` };
  }
  try {
    return { ok: true, ...assessForWarning({ situation, language }) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The background's handler table entry for `assess`. */
export const assessmentHandlers: Pick<BackgroundHandlers, 'assess'> = { assess: answerAssessRequest };
