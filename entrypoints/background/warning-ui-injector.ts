// The background's answer to the LinkedIn guard's `load-warning-ui` message (issue 7): it injects the
// warning UI bundle into the sender's own tab and frame with scripting.executeScript, where it shares
// the guard's isolated world. Only LinkedIn pages get it. The background registers it with one call:
// registerWarningUiInjector(browser).
import type { PublicPath } from 'wxt/browser';
import type { LoadWarningUiRequest, LoadWarningUiResult } from '@/core/protocol';

/** The UI bundle as built from entrypoints/linkedin-warning-ui.ts (an unlisted, non-web-accessible script). */
export const WARNING_UI_FILE = '/linkedin-warning-ui.js' satisfies ScriptFile;

/** A script among the extension's built files (WXT's generated paths). */
type ScriptFile = Extract<PublicPath, `${string}.js`>;

const LINKEDIN_ORIGIN = 'https://www.linkedin.com';

/** What the injector needs to know of a message's sender (runtime.MessageSender). */
export interface WarningUiSender {
  tab?: { id?: number; url?: string };
  frameId?: number;
  url?: string;
}

export interface ScriptInjection {
  target: { tabId: number; frameIds: number[] };
  files: ScriptFile[];
}

/** What the injector needs of `browser.scripting`. */
export interface WarningUiScripting {
  executeScript(injection: ScriptInjection): Promise<unknown>;
}

function isLoadWarningUiRequest(message: unknown): message is LoadWarningUiRequest {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === 'load-warning-ui'
  );
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
 * Answers a `load-warning-ui` message by injecting the UI into the sender's tab and frame; undefined
 * for every other message (so other listeners answer those). Senders that are not a LinkedIn page in
 * a tab (the popup, another site, an unknown frame) get `ok: false` and nothing is injected.
 */
export function answerLoadWarningUi(
  message: unknown,
  sender: WarningUiSender,
  scripting: WarningUiScripting,
): Promise<LoadWarningUiResult> | undefined {
  if (!isLoadWarningUiRequest(message)) return undefined;
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

type WarningUiListener = (
  message: unknown,
  sender: WarningUiSender,
) => Promise<LoadWarningUiResult> | undefined;

/** What registration needs of `browser` (wxt/browser in the background, fakeBrowser in tests). */
export interface WarningUiBrowser {
  runtime: {
    onMessage: {
      addListener(listener: WarningUiListener): void;
      removeListener(listener: WarningUiListener): void;
    };
  };
  scripting: WarningUiScripting;
}

/** Listens for `load-warning-ui` messages; returns the function that stops listening. */
export function registerWarningUiInjector(target: WarningUiBrowser): () => void {
  const listener: WarningUiListener = (message, sender) =>
    answerLoadWarningUi(message, sender, target.scripting);
  target.runtime.onMessage.addListener(listener);
  return () => target.runtime.onMessage.removeListener(listener);
}
