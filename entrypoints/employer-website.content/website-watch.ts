// The lifecycle on an employer's page: scan once when the page is idle, again after significant DOM
// changes (debounced; our own marker does not count), keep one marker for the user (at the sighting that
// shows most of them) when the user switched markers on (off by default: a page's scripts can see an
// element we add), and report the page's findings, each kind once, whenever they change. A pass runs in capped slices, one per idle period, so a big
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
  /** Capped slices per pass at most (default 64). */
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
  /** Switches the marker on (placed at the last pass's most exposing sighting) or off (removed). */
  showMarkers(on: boolean): void;
}

const DEFAULT_DEBOUNCE_MS = 600;
/**
 * Slices per pass at most (about a second of work, each slice in its own idle period): a page that needs
 * more is reported as partly checked.
 */
const MAX_SLICES = 64;

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

/** The sighting that shows most of the user (a photo and job title before a name alone); the first of equals. */
export function mostExposing(sightings: readonly NameSighting[]): NameSighting | null {
  let best: NameSighting | null = null;
  for (const s of sightings) if (!best || s.finding.exposed.length > best.finding.exposed.length) best = s;
  return best;
}

/** Our one marker on the page: placed at a sighting, moved when that sighting changes, gone when dismissed. */
function createMarkerKeeper(doc: Document, language: Language, markersOn: boolean) {
  let marker: { anchor: Element; element: HTMLElement } | null = null;
  let dismissed = false;
  let on = markersOn;
  let at: NameSighting | null = null;
  const remove = () => {
    marker?.element.remove();
    marker = null;
  };
  /** One marker at `at` while markers are on and not dismissed; none otherwise. */
  const sync = () => {
    const anchor = on && !dismissed && at?.anchor.isConnected ? at.anchor : null;
    if (marker && (marker.anchor !== anchor || !marker.element.isConnected)) remove();
    if (!anchor || marker) return;
    const element = createMarker(doc, {
      language,
      onDismiss: () => {
        dismissed = true;
        remove();
      },
    });
    placeMarker(anchor, element);
    marker = { anchor, element };
  };
  return {
    place(sighting: NameSighting | null) {
      at = sighting;
      sync();
    },
    show(next: boolean) {
      // Switching them on again is the user's explicit wish: it undoes a dismissal on this page.
      if (next && !on) dismissed = false;
      on = next;
      sync();
    },
    remove,
  };
}

/** A pass over the page in capped slices: where the next slice starts and what the pass found so far. */
function createPass(
  doc: Document,
  options: WebsiteWatchOptions,
  finish: (found: NameSighting[], truncated: boolean) => void,
) {
  const limits = options.limits ?? DEFAULT_SCAN_LIMITS;
  const maxSlices = options.maxSlices ?? MAX_SLICES;
  let resumeAt: Node | null = null;
  let found: NameSighting[] = [];
  /** The kinds of finding this pass has found: later slices do not look for them again. */
  let seen = new Set<string>();
  let slices = 0;
  const restart = () => {
    resumeAt = null;
    found = [];
    seen = new Set();
    slices = 0;
  };
  /** One capped slice of the pass; true when the pass is complete (and reported). */
  const runSlice = (): boolean => {
    const started = performance.now();
    const root = doc.body ?? doc.documentElement;
    const from = resumeAt?.isConnected ? resumeAt : null;
    if (resumeAt && !from) restart(); // the page changed under us: start the pass again
    const result = scanForPerson(root, options.matcher, limits, undefined, from ?? undefined, seen);
    options.onScan?.(performance.now() - started, result);
    found.push(...result.sightings.filter((s) => !found.some((f) => f.anchor === s.anchor)));
    slices += 1;
    if (result.resumeAt && slices < maxSlices) {
      resumeAt = result.resumeAt;
      return false;
    }
    const all = mergeSameCard(found);
    restart();
    finish(all, result.resumeAt !== null);
    return true;
  };
  return { runSlice, restart };
}

/** Calls `onChange` once a burst of significant DOM changes (not our marker's) has settled. */
function observeChanges(doc: Document, debounceMs: number, onChange: () => void, signal: AbortSignal): void {
  const win = doc.defaultView as Window & typeof globalThis;
  let debounce: ReturnType<typeof setTimeout> | undefined;
  const observer = new win.MutationObserver((records: MutationRecord[]) => {
    if (signal.aborted || !isSignificant(records)) return;
    clearTimeout(debounce);
    debounce = setTimeout(onChange, debounceMs);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(debounce);
    },
    { once: true },
  );
}

export function watchWebsite(options: WebsiteWatchOptions): WebsiteWatch {
  const doc = options.document;
  const win = doc.defaultView as Window;
  const { signal } = options;
  const markers = createMarkerKeeper(doc, options.language, options.markers);
  let lastKey: string | null | undefined;
  let current: WebsitePageReport = reportOf(win, [], false);

  const finish = (sightings: NameSighting[], truncated: boolean) => {
    markers.place(mostExposing(sightings));
    current = reportOf(win, sightings, truncated);
    // What is shown, not where: a page that only changes its address (pushState) reports once.
    const key = `${findingKey({ ...current, route: '/' })}|${current.findings.length}|${current.truncated}`;
    if (key !== lastKey) {
      lastKey = key;
      options.onReport(current);
    }
  };
  const pass = createPass(doc, options, finish);

  let cancelIdle: () => void = () => {};
  const scheduleSlices = () => {
    cancelIdle();
    cancelIdle = whenIdle(win, () => {
      if (!signal.aborted && !pass.runSlice()) scheduleSlices();
    });
  };
  scheduleSlices();
  // A new pass from the top after a change: what changed may be above where a running pass has got to.
  observeChanges(
    doc,
    options.debounceMs ?? DEFAULT_DEBOUNCE_MS,
    () => {
      pass.restart();
      scheduleSlices();
    },
    signal,
  );
  const stop = () => {
    cancelIdle();
    markers.remove();
  };
  if (signal.aborted) stop();
  else signal.addEventListener('abort', stop, { once: true });

  return {
    report: () => current,
    scanNow() {
      // A whole pass now, slice after slice (tests and measurement; the page itself uses idle slices).
      pass.restart();
      while (!pass.runSlice()) {
        // each slice stays within the caps; the next one goes on where it stopped
      }
      return current;
    },
    showMarkers(on) {
      if (!signal.aborted) markers.show(on);
    },
  };
}

/** The page's report: host, path, each kind of finding once, and whether the pass was cut short. */
function reportOf(win: Window, sightings: readonly NameSighting[], truncated: boolean): WebsitePageReport {
  return {
    host: win.location.hostname,
    route: pageRoute(win.location.pathname),
    findings: sightings.map((s) => s.finding),
    truncated,
  };
}
