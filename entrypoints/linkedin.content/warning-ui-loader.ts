// The warning UI (Preact, the warning, the notices, their texts) is not part of the always-loaded guard,
// so it stays small. The background injects it into this frame on request (entrypoints/linkedin-warning-ui.ts,
// never web-accessible); it runs in this content script's isolated world and leaves its API in a slot
// of that world's globalThis. The guard asks for it when the page is idle after load, so the first
// warning opens at once, and otherwise at the first warning. Types only from the UI's modules here:
// nothing of the UI is bundled with the guard.
import type { profileAddendum } from '@/components/warning/ProfileNotice';
import type { showNotice, showWarning } from '@/components/warning/show-warning';
import type { highlightControl } from '@/components/warning/switch-highlight';
import type { LoadWarningUiResult, SurfaceId } from '@/core/protocol';
import type { Language } from '@/core/types';

/** What the UI bundle hands to the guard. */
export interface WarningUi {
  showWarning: typeof showWarning;
  showNotice: typeof showNotice;
  profileAddendum: typeof profileAddendum;
  highlightControl: typeof highlightControl;
  /** The label over the notify switch's ring. */
  switchLabel(language: Language): string;
  /** "LinkedIn did not take it: submit again" after a replay LinkedIn ignored. */
  submitAgainText(language: Language): string;
  /** The health view's note that a profile form has no recognisable notify switch. */
  noSwitchNote(form: SurfaceId, language: Language): string;
  /** "Your decision is not in the log yet: storage is full", after a decision the log could not take. */
  notSavedText(language: Language): string;
  /** The popup's note on decisions of this tab the log has not confirmed yet. */
  unsavedText(count: number, language: Language): string;
}

/**
 * The slot on the isolated world's globalThis where the UI bundle leaves its API. A symbol, not a name:
 * an element with a matching id or name on LinkedIn's page would otherwise shadow a named global.
 */
export const WARNING_UI_SLOT: unique symbol = Symbol.for('exposure-guard.warning-ui');

/** The API only if it really is ours (the right shape), never whatever else sits in the slot. */
function uiIn(scope: WarningUiScope): WarningUi | undefined {
  const candidate = scope[WARNING_UI_SLOT];
  return typeof candidate?.showWarning === 'function' ? candidate : undefined;
}

export interface WarningUiScope {
  [WARNING_UI_SLOT]?: WarningUi;
}

/** How long the first warning waits for the background to inject the UI before the action goes through. */
export const WARNING_UI_TIMEOUT_MS = 3000;

/** After load, the longest the preload waits for an idle moment. */
export const PRELOAD_IDLE_TIMEOUT_MS = 5000;

export interface WarningUiLoaderOptions {
  /** Asks the background for the UI (the `load-warning-ui` message); resolves with its answer. */
  request(): Promise<LoadWarningUiResult | undefined>;
  /** Where the UI bundle leaves its API: the isolated world's globalThis. */
  scope?: WarningUiScope;
  timeoutMs?: number;
}

export interface WarningUiLoader {
  /**
   * The UI, loaded once. Rejects when the background refuses, does not answer in time, or the bundle
   * left no API; the guard then lets the user's action through, and the next call asks again.
   */
  load(): Promise<WarningUi>;
  /** Loads the UI once the page has loaded and is idle, unless `signal` aborts first. */
  preloadWhenIdle(page: Window, signal: AbortSignal): void;
}

export function createWarningUiLoader(options: WarningUiLoaderOptions): WarningUiLoader {
  const scope = options.scope ?? (globalThis as WarningUiScope);
  const timeoutMs = options.timeoutMs ?? WARNING_UI_TIMEOUT_MS;
  let loading: Promise<WarningUi> | null = null;

  const fetchUi = async (): Promise<WarningUi> => {
    const present = uiIn(scope);
    if (present) return present;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`warning UI: no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      const answer = await Promise.race([options.request(), timeout]);
      if (!answer?.ok) throw new Error(`warning UI: ${answer?.error ?? 'no answer from the background'}`);
    } finally {
      clearTimeout(timer);
    }
    const ui = uiIn(scope);
    if (!ui) throw new Error('warning UI: the bundle ran but left no API');
    return ui;
  };

  const load = (): Promise<WarningUi> => {
    loading ??= fetchUi().catch((error: unknown) => {
      loading = null; // the next warning asks again
      throw error;
    });
    return loading;
  };

  const preloadWhenIdle = (page: Window, signal: AbortSignal): void => {
    const preload = () => {
      // A failed preload costs nothing: the first warning asks again.
      if (!signal.aborted) load().catch(() => {});
    };
    const whenIdle = () => {
      if (signal.aborted) return;
      if (typeof page.requestIdleCallback === 'function') {
        const id = page.requestIdleCallback(preload, { timeout: PRELOAD_IDLE_TIMEOUT_MS });
        signal.addEventListener('abort', () => page.cancelIdleCallback(id), { once: true });
      } else {
        const id = page.setTimeout(preload, 200);
        signal.addEventListener('abort', () => page.clearTimeout(id), { once: true });
      }
    };
    if (page.document.readyState === 'complete') whenIdle();
    else page.addEventListener('load', whenIdle, { once: true, signal });
  };

  return { load, preloadWhenIdle };
}
