// The lifecycle on an employer's page: scan once when the page is idle, again after significant DOM
// changes (debounced; our own marker does not count), keep one marker per sighting, and report the
// page's findings whenever they change. Holds elements and classifications only, never page text.
import type { PersonMatcher } from '../../core/person-match';
import type { WebsitePageReport } from '../../core/protocol';
import type { Language } from '../../core/types';
import { findingKey, pageRoute } from '../../core/website-finding';
import { createMarker, placeMarker } from './marker';
import { DEFAULT_SCAN_LIMITS, MARKER_TAG, type ScanLimits, type ScanResult, scanForPerson } from './scanner';

export interface WebsiteWatchOptions {
  document: Document;
  matcher: PersonMatcher;
  language: Language;
  /** Called after a scan whose findings differ from the last report. */
  onReport(report: WebsitePageReport): void;
  limits?: ScanLimits;
  /** Quiet time after the last significant DOM change before scanning again. */
  debounceMs?: number;
  /** Called after every scan with its main-thread time (measurement, tests). */
  onScan?(durationMs: number, result: ScanResult): void;
}

export interface WebsiteWatch {
  /** The findings of the last scan (empty before the first). */
  report(): WebsitePageReport;
  /** Scans now (tests; the watch itself scans when idle and after changes). */
  scanNow(): WebsitePageReport;
  stop(): void;
}

const DEFAULT_DEBOUNCE_MS = 600;

function isOurs(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return element !== null && (element.localName === MARKER_TAG || element.closest(MARKER_TAG) !== null);
}

/** A change is significant when it adds or removes page content that is not our marker. */
function isSignificant(records: MutationRecord[]): boolean {
  return records.some((record) => {
    if (isOurs(record.target)) return false;
    if (record.type === 'characterData') return true;
    const changed = [...record.addedNodes, ...record.removedNodes];
    return changed.some((node) => !isOurs(node) && (node.nodeType === 1 || node.nodeType === 3));
  });
}

function whenIdle(win: Window, run: () => void): () => void {
  const idle = (win as Window & { requestIdleCallback?: Window['requestIdleCallback'] }).requestIdleCallback;
  if (typeof idle === 'function') {
    const handle = idle.call(win, run, { timeout: 2000 });
    return () => win.cancelIdleCallback(handle);
  }
  const handle = win.setTimeout(run, 50);
  return () => win.clearTimeout(handle);
}

export function watchWebsite(options: WebsiteWatchOptions): WebsiteWatch {
  const doc = options.document;
  const win = doc.defaultView as Window;
  const limits = options.limits ?? DEFAULT_SCAN_LIMITS;
  const markers = new Map<Element, HTMLElement>();
  let dismissed = false;
  let stopped = false;
  let lastKey: string | null | undefined;
  let current: WebsitePageReport = {
    host: win.location.hostname,
    route: pageRoute(win.location.pathname),
    findings: [],
    truncated: false,
  };

  const removeMarkers = () => {
    for (const marker of markers.values()) marker.remove();
    markers.clear();
  };

  const dismiss = () => {
    dismissed = true;
    removeMarkers();
  };

  const scanNow = (): WebsitePageReport => {
    const started = performance.now();
    const result = scanForPerson(doc.body ?? doc.documentElement, options.matcher, limits);
    const anchors = new Set(result.sightings.map((s) => s.anchor));
    for (const [anchor, marker] of markers) {
      if (!anchors.has(anchor) || !anchor.isConnected) {
        marker.remove();
        markers.delete(anchor);
      }
    }
    if (!dismissed) {
      for (const { anchor } of result.sightings) {
        const existing = markers.get(anchor);
        if (existing?.isConnected) continue;
        const marker = createMarker(doc, { language: options.language, onDismiss: dismiss });
        placeMarker(anchor, marker);
        markers.set(anchor, marker);
      }
    }
    current = {
      host: win.location.hostname,
      route: pageRoute(win.location.pathname),
      findings: result.sightings.map((s) => s.finding),
      truncated: result.truncated,
    };
    options.onScan?.(performance.now() - started, result);
    const key = `${findingKey(current)}|${current.findings.length}|${current.truncated}`;
    if (key !== lastKey) {
      lastKey = key;
      options.onReport(current);
    }
    return current;
  };

  let cancelIdle = whenIdle(win, () => {
    if (!stopped) scanNow();
  });
  let debounce: ReturnType<typeof setTimeout> | undefined;
  const observer = new (win as Window & typeof globalThis).MutationObserver((records: MutationRecord[]) => {
    if (stopped || !isSignificant(records)) return;
    clearTimeout(debounce);
    debounce = setTimeout(() => {
      cancelIdle();
      cancelIdle = whenIdle(win, () => {
        if (!stopped) scanNow();
      });
    }, options.debounceMs ?? DEFAULT_DEBOUNCE_MS);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });

  return {
    report: () => current,
    scanNow,
    stop() {
      stopped = true;
      observer.disconnect();
      clearTimeout(debounce);
      cancelIdle();
      removeMarkers();
    },
  };
}
