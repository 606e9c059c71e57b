// The warning's assessment comes from the background (entrypoints/background/assessment-service.ts), so
// the content script carries no legal texts. The MV3 service worker may be asleep or gone: the
// warning never waits for it to paint, and a missing answer is a state the warning shows, not an error.
import { sendToBackground } from '@/components/messaging';
import type { AssessmentPresentation } from '@/core/assessment-presentation';
import type { Assessment, Language, Situation } from '@/core/types';

export type RemoteAssessment =
  | { status: 'checking' }
  | { status: 'ready'; assessment: Assessment; presentation: AssessmentPresentation }
  | { status: 'failed'; error: string };

/** How long the warning says "checking…" before it gives up on the background. */
export const ASSESS_TIMEOUT_MS = 5000;

/** Asks the background; always resolves, with 'failed' on refusal, no answer, error or timeout. */
export async function requestAssessment(
  situation: Situation,
  language: Language,
  timeoutMs = ASSESS_TIMEOUT_MS,
): Promise<RemoteAssessment> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    // Undefined when a background of another version answers nothing (during an update).
    const answer = await Promise.race([sendToBackground('assess', { situation, language }), timeout]);
    if (answer?.ok === true && answer.assessment && answer.presentation) {
      return { status: 'ready', assessment: answer.assessment, presentation: answer.presentation };
    }
    return { status: 'failed', error: answer?.ok === false ? answer.error : 'no answer' };
  } catch (error) {
    return { status: 'failed', error: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}
