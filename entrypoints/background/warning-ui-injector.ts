// The background's answer to the LinkedIn guard's `load-warning-ui` message: it injects the warning UI
// bundle into the sender's own tab and frame with scripting.executeScript, where it shares the guard's
// isolated world. Only LinkedIn pages get it.
import type { PublicPath } from 'wxt/browser';
import type { BackgroundHandlers, LoadWarningUiResult, MessageSender } from '@/core/protocol';

/** The UI bundle as built from entrypoints/linkedin-warning-ui.ts (an unlisted, non-web-accessible script). */
export const WARNING_UI_FILE = '/linkedin-warning-ui.js' satisfies ScriptFile;

/** A script among the extension's built files (WXT's generated paths). */
type ScriptFile = Extract<PublicPath, `${string}.js`>;

const LINKEDIN_ORIGIN = 'https://www.linkedin.com';

export interface ScriptInjection {
  target: { tabId: number; frameIds: number[] };
  files: ScriptFile[];
}

/** What the injector needs of `browser.scripting`. */
export interface WarningUiScripting {
  executeScript(injection: ScriptInjection): Promise<unknown>;
}

function isLinkedInUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    return new URL(url).origin === LINKEDIN_ORIGIN;
  } catch {
    return false;
  }
}

/**
 * Answers a `load-warning-ui` message by injecting the UI into the sender's tab and frame. Senders
 * that are not a LinkedIn page in a tab (the popup, another site, an unknown frame) get `ok: false`
 * and nothing is injected.
 */
export function answerLoadWarningUi(
  sender: MessageSender,
  scripting: WarningUiScripting,
): Promise<LoadWarningUiResult> {
  const tabId = sender.tab?.id;
  const frameId = sender.frameId;
  if (typeof tabId !== 'number' || tabId < 0 || typeof frameId !== 'number') {
    return Promise.resolve({ ok: false, error: 'the warning UI is only for a content script in a tab' });
  }
  if (!isLinkedInUrl(sender.url ?? sender.tab?.url)) {
    return Promise.resolve({ ok: false, error: 'the warning UI is only for LinkedIn pages' });
  }
  return scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [WARNING_UI_FILE] }).then(
    (): LoadWarningUiResult => ({ ok: true }),
    (error: unknown): LoadWarningUiResult => ({
      ok: false,
      error: error instanceof Error ? error.message : String(error),
    }),
  );
}

/** The background's handler table entry for `load-warning-ui`, injecting with `scripting`. */
export function warningUiHandlers(
  scripting: WarningUiScripting,
): Pick<BackgroundHandlers, 'load-warning-ui'> {
  return { 'load-warning-ui': (_message, sender) => answerLoadWarningUi(sender, scripting) };
}
