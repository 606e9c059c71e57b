// Wires the employer-website content script: settings → name matcher → watch → reports to the
// background, and answers the popup's `get-website-findings` with the current page report. Markers on the
// page only when the user switched them on (settings.websiteMarker), following the setting live.
import { browser } from 'wxt/browser';
import { listenForMessages, sendToBackground } from '@/components/messaging';
// The non-repairing page store (as the LinkedIn guard): a content script runs in many tabs at once and
// must never migrate, move aside or overwrite the stored settings; the extension's pages do that.
import { createSettingsStore, whenLoaded } from '@/components/state/page-settings-store';
import { resolveLanguage } from '@/core/i18n';
import { createPersonMatcher } from '@/core/person-match';
import type { WebsitePageReport } from '@/core/protocol';
import type { Settings } from '@/core/settings';
import { pageRoute } from '@/core/website-finding';
import { type WebsiteWatch, watchWebsite } from './website-watch';

export interface WebsiteGuard {
  report(): WebsitePageReport;
}

/** Runs until `signal` aborts (the content script's context is invalidated). */
export async function startWebsiteGuard(doc: Document, signal: AbortSignal): Promise<WebsiteGuard> {
  const store = createSettingsStore();
  await whenLoaded(store);
  const win = doc.defaultView as Window;
  let watch: WebsiteWatch | null = null;
  /** Stops the current watch: when the name or language changes, or with the content script. */
  let watching: AbortController | null = null;
  let watchedFor = '';

  const emptyReport = (): WebsitePageReport => ({
    host: win.location.hostname,
    route: pageRoute(win.location.pathname),
    findings: [],
    truncated: false,
  });

  const send = (report: WebsitePageReport) => {
    sendToBackground('website-findings', { report }).catch(() => {
      // The background may be restarting; the next scan reports again.
    });
  };

  const follow = (settings: Settings) => {
    const language = resolveLanguage(settings.language, navigator.language);
    const wanted = `${settings.ownName}\u0000${language}`;
    if (wanted === watchedFor) {
      // Only the marker setting changed (or nothing): no new scan, no new report.
      watch?.showMarkers(settings.websiteMarker);
      return;
    }
    watchedFor = wanted;
    const hadFindings = (watch?.report().findings.length ?? 0) > 0;
    watching?.abort();
    watch = null;
    const matcher = createPersonMatcher(settings.ownName);
    watching = new AbortController();
    if (matcher)
      watch = watchWebsite({
        signal: AbortSignal.any([signal, watching.signal]),
        document: doc,
        matcher,
        language,
        markers: settings.websiteMarker,
        onReport: send,
      });
    else if (hadFindings) send(emptyReport());
  };

  follow(store.getState().settings);
  const unsubscribe = store.subscribe((state) => follow(state.settings));
  signal.addEventListener('abort', unsubscribe, { once: true });
  listenForMessages(browser, { 'get-website-findings': () => watch?.report() ?? emptyReport() }, signal);
  return { report: () => watch?.report() ?? emptyReport() };
}
