// The lifecycle on an employer's page: scan once when the page is idle, again after significant DOM
// changes (debounced; our own marker does not count), keep one marker per sighting when the user
// switched markers on (off by default: a page's scripts can see an element we add), and report the
// page's findings whenever they change. A pass runs in capped slices, one per idle period, so a big
// page never costs more than the cap at a time and is still read to the end. Holds elements and classifications only, never page text.
import type { PersonMatcher } from '@/core/person-match';
import type { WebsitePageReport } from '@/core/protocol';
import type { Language } from '@/core/types';
import { findingKey, pageRoute } from '@/core/website-finding';
import { createMarker, placeMarker } from './marker';
import {
  DEFAULT_SCAN_LIMITS,
  MARKER_TAG,
  mergeSameCard,
  type NameSighting,
  type ScanLimits,
  type ScanResult,
  scanForPerson,
} from './scanner';

export interface WebsiteWatchOptions {
  document: Document;
  matcher: PersonMatcher;
  language: Language;
  /** Put a marker next to each sighting (the user's `websiteMarker` setting). Reports go out either way. */
  markers: boolean;
  /** Called after a scan whose findings differ from the last report. */
  onReport(report: WebsitePageReport): void;
  limits?: ScanLimits;
  /** Quiet time after the last significant DOM change before scanning again. */
  debounceMs?: number;
  /** Capped slices per pass at most (default 20). */
  maxSlices?: number;
  /** Called after every capped slice of a scan with its main-thread time (measurement, tests). */
  onScan?(durationMs: number, result: ScanResult): void;
  /** Aborting it stops the watch: no more scans or reports, and every marker removed. */
  signal: AbortSignal;
}

export interface WebsiteWatch {
  /** The findings of the last scan (empty before the first). */
  report(): WebsitePageReport;
  /** A whole pass now, slice after slice (tests, measurement; the watch itself uses idle periods). */
  scanNow(): WebsitePageReport;
  /** Switches the markers on (placed at the last pass's sightings) or off (every marker removed). */
  showMarkers(on: boolean): void;
}

const DEFAULT_DEBOUNCE_MS = 600;
/** Slices per pass at most: a page that needs more is reported as partly checked. */
const MAX_SLICES = 20;

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
  const maxSlices = options.maxSlices ?? MAX_SLICES;
  const markers = new Map<Element, HTMLElement>();
  let dismissed = false;
  let markersOn = options.markers;
  /** The sightings of the last finished pass: where markers go. */
  let sightings: NameSighting[] = [];
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

  /** Where the next slice starts (null: a new pass from the top) and what the pass found so far. */
  let resumeAt: Node | null = null;
  let found: NameSighting[] = [];
  let slices = 0;

  /** One marker per current sighting while markers are on and not dismissed; none otherwise. */
  const syncMarkers = () => {
    if (!markersOn || dismissed) {
      removeMarkers();
      return;
    }
    const anchors = new Set(sightings.map((s) => s.anchor));
    for (const [anchor, marker] of markers) {
      if (!anchors.has(anchor) || !anchor.isConnected) {
        marker.remove();
        markers.delete(anchor);
      }
    }
    for (const { anchor } of sightings) {
      if (markers.get(anchor)?.isConnected || !anchor.isConnected) continue;
      const marker = createMarker(doc, { language: options.language, onDismiss: dismiss });
      placeMarker(anchor, marker);
      markers.set(anchor, marker);
    }
  };

  const finishPass = (truncated: boolean): WebsitePageReport => {
    sightings = mergeSameCard(found);
    resumeAt = null;
    found = [];
    slices = 0;
    syncMarkers();
    current = {
      host: win.location.hostname,
      route: pageRoute(win.location.pathname),
      findings: sightings.map((s) => s.finding),
      truncated,
    };
    // What is shown, not where: a page that only changes its address (pushState) reports once.
    const key = `${findingKey({ ...current, route: '/' })}|${current.findings.length}|${current.truncated}`;
    if (key !== lastKey) {
      lastKey = key;
      options.onReport(current);
    }
    return current;
  };

  /** One capped slice of the pass; true when the pass is complete (and reported). */
  const runSlice = (): boolean => {
    const started = performance.now();
    const root = doc.body ?? doc.documentElement;
    const from = resumeAt?.isConnected ? resumeAt : null;
    if (resumeAt && !from) found = []; // the page changed under us: start the pass again
    const result = scanForPerson(root, options.matcher, limits, undefined, from ?? undefined);
    options.onScan?.(performance.now() - started, result);
    found.push(...result.sightings.filter((s) => !found.some((f) => f.anchor === s.anchor)));
    slices += 1;
    if (result.resumeAt && slices < maxSlices) {
      resumeAt = result.resumeAt;
      return false;
    }
    finishPass(result.resumeAt !== null);
    return true;
  };

  const scheduleSlices = () => {
    cancelIdle();
    cancelIdle = whenIdle(win, () => {
      if (!stopped && !runSlice()) scheduleSlices();
    });
  };

  /** A whole pass now, slice after slice (tests and measurement; the page itself uses idle slices). */
  const scanNow = (): WebsitePageReport => {
    resumeAt = null;
    found = [];
    slices = 0;
    while (!runSlice()) {
      // each slice stays within the caps; the next one goes on where it stopped
    }
    return current;
  };

  let cancelIdle: () => void = () => {};
  scheduleSlices();
  let debounce: ReturnType<typeof setTimeout> | undefined;
  const observer = new (win as Window & typeof globalThis).MutationObserver((records: MutationRecord[]) => {
    if (stopped || !isSignificant(records)) return;
    clearTimeout(debounce);
    debounce = setTimeout(() => {
      // A new pass from the top: what changed may be above where a running pass has got to.
      resumeAt = null;
      found = [];
      slices = 0;
      scheduleSlices();
    }, options.debounceMs ?? DEFAULT_DEBOUNCE_MS);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  const stop = () => {
    stopped = true;
    observer.disconnect();
    clearTimeout(debounce);
    cancelIdle();
    removeMarkers();
  };
  if (options.signal.aborted) stop();
  else options.signal.addEventListener('abort', stop, { once: true });

  return {
    report: () => current,
    scanNow,
    showMarkers(on) {
      if (stopped) return;
      // Switching them on again is the user's explicit wish: it undoes a dismissal on this page.
      if (on && !markersOn) dismissed = false;
      markersOn = on;
      syncMarkers();
    },
  };
}
