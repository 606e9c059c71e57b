// Walks an employer's page for the user's name: visible text, headings, figure captions, image alt
// texts and title attributes, with a cap on the work per scan. Finds a job title and a photo next to
// each name (same card or figure). Keeps no page text: a sighting is an element and a classification.
import type { PersonMatch, PersonMatcher } from '@/core/person-match';
import type { WebsiteFinding } from '@/core/protocol';
import { classifyFinding } from '@/core/website-finding';

/** Our own marker's tag: the scanner and the observer ignore it. */
export const MARKER_TAG = 'exposure-guard-marker';

export interface ScanLimits {
  /** Nodes visited at most per scan. */
  maxNodes: number;
  /** Milliseconds of work at most per scan (checked every few hundred nodes). */
  maxMs: number;
}

export const DEFAULT_SCAN_LIMITS: ScanLimits = { maxNodes: 30_000, maxMs: 15 };

export interface NameSighting {
  /** The element the name is in (the image itself for an alt text); the marker goes next to it. */
  anchor: Element;
  photo: HTMLImageElement | null;
  finding: WebsiteFinding;
}

export interface ScanResult {
  sightings: NameSighting[];
  /** The scan stopped at its cap before the end of the page; `resumeAt` is where to go on. */
  truncated: boolean;
  resumeAt: Node | null;
  nodesVisited: number;
}

const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'svg',
  'SVG',
  'TEXTAREA',
  'SELECT',
  'HEAD',
]);
/** Elements whose whole text is read at once (a name split over inline elements still matches). */
const WHOLE_TEXT = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'FIGCAPTION']);
const WHOLE_TEXT_SELECTOR = 'h1, h2, h3, h4, h5, h6, figcaption';
const CHECK_CLOCK_EVERY = 256;
/** A picture smaller than this (in CSS pixels) is an icon, not a photo of a person. */
const MIN_PHOTO_SIZE = 48;
/** How far up from the name a card or list item may be, and how much text it holds at most. */
const CARD_DEPTH = 4;
const CARD_MAX_TEXT = 400;

function skipsSubtree(element: Element): boolean {
  return (
    SKIPPED.has(element.tagName) ||
    element.localName === MARKER_TAG ||
    element.hasAttribute('hidden') ||
    element.getAttribute('aria-hidden') === 'true'
  );
}

/**
 * Whether a visitor sees the element's text: not hidden, transparent, zero-sized, of font size 0,
 * clipped away or placed off the page. Layout-aware where the browser knows layout; elements in a
 * hidden subtree are skipped earlier. Runs only for an element whose text holds the user's name.
 */
export function isVisible(element: Element): boolean {
  const check = (element as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check !== 'function') return true;
  if (!check.call(element, { visibilityProperty: true, opacityProperty: true, contentVisibilityAuto: true }))
    return false;
  const view = element.ownerDocument.defaultView;
  const style = view?.getComputedStyle(element);
  if (!style || !view) return true;
  if (Number.parseFloat(style.fontSize) < 1 && element.tagName !== 'IMG') return false;
  if (/^(transparent|rgba\([^)]*,\s*0\))$/u.test(style.color) && element.tagName !== 'IMG') return false;
  const page = element.ownerDocument.documentElement;
  if (page.getBoundingClientRect().height === 0) return true; // no layout (not rendered): cannot tell
  const box = element.getBoundingClientRect();
  if (box.width < 1 || box.height < 1) return false;
  if (box.right + view.scrollX <= 0 || box.bottom + view.scrollY <= 0) return false;
  if (box.left + view.scrollX >= Math.max(page.scrollWidth, view.innerWidth)) return false;
  for (let el: Element | null = element; el; el = el.parentElement) {
    const own = view.getComputedStyle(el);
    if (/^rect\(0px,?\s*0px,?\s*0px,?\s*0px\)$/u.test(own.clip)) return false;
    if (/inset\(50%\)/u.test(own.clipPath)) return false;
    if (own.overflow !== 'visible' && el !== element) {
      const clipBox = el.getBoundingClientRect();
      if (clipBox.width < 1 || clipBox.height < 1) return false;
    }
  }
  return true;
}

function isPhoto(element: Element): element is HTMLImageElement {
  if (element.tagName !== 'IMG') return false;
  const img = element as HTMLImageElement;
  if (img.getAttribute('role') === 'presentation') return false;
  const width = img.width || Number(img.getAttribute('width')) || 0;
  const height = img.height || Number(img.getAttribute('height')) || 0;
  return !((width > 0 && width < MIN_PHOTO_SIZE) || (height > 0 && height < MIN_PHOTO_SIZE));
}

/** The one photo in the same figure or card as the name; null when there is none or several. */
export function photoNear(anchor: Element): HTMLImageElement | null {
  if (isPhoto(anchor)) return anchor;
  const figure = anchor.closest('figure');
  const scopes: Element[] = figure ? [figure] : [];
  for (let el = anchor.parentElement, depth = 0; el && depth < CARD_DEPTH && !figure; depth += 1) {
    if (el.tagName === 'BODY' || el.tagName === 'MAIN') break;
    // A card is small: an article or a section of prose with one picture is not a person's card.
    if ((el.textContent?.length ?? 0) > CARD_MAX_TEXT) break;
    scopes.push(el);
    el = el.parentElement;
  }
  for (const scope of scopes) {
    const photos = Array.from(scope.getElementsByTagName('img')).filter(isPhoto);
    if (photos.length === 1) return photos[0] ?? null;
    // Several photos: this is the list, not the card. No photo can be told to be ours.
    if (photos.length > 1) return null;
  }
  return null;
}

const TITLE_SEPARATOR = /^\s*[,|:(\u2013\u2014-]\s*\p{L}{2,}/u;
const MAX_TITLE_LENGTH = 60;
const MAX_TITLE_WORDS = 6;

function looksLikeJobTitle(text: string, matcher: PersonMatcher): boolean {
  const trimmed = text.trim();
  if (trimmed.length < 3 || trimmed.length > MAX_TITLE_LENGTH) return false;
  if (trimmed.split(/\s+/u).length > MAX_TITLE_WORDS) return false;
  if (/[@\d]{3,}|@/u.test(trimmed) || !/\p{L}{3,}/u.test(trimmed)) return false;
  return matcher.find(trimmed) === null;
}

/** A job title right after the name: in the same text ("Jan de Vries, monteur") or the next element. */
function hasJobTitle(anchor: Element, match: PersonMatch, matcher: PersonMatcher): boolean {
  if (TITLE_SEPARATOR.test(match.followedBy)) return true;
  for (let el: Element | null = anchor, depth = 0; el && depth < 2; el = el.parentElement, depth += 1) {
    let next = el.nextElementSibling;
    while (
      next &&
      (next.tagName === 'BR' || next.localName === MARKER_TAG || next.textContent?.trim() === '')
    ) {
      next = next.nextElementSibling;
    }
    if (next) return looksLikeJobTitle(next.textContent ?? '', matcher);
  }
  return false;
}

type Source = WebsiteFinding['source'];

/**
 * Scans `root` from its start, or from `from` (where an earlier capped slice stopped). Stops at
 * `limits` and says where (`resumeAt`), so the caller can go on in the next idle period.
 * Every node is visited at most once; only text that holds the user's first name or surname is
 * matched in full.
 */
export function scanForPerson(
  root: Element,
  matcher: PersonMatcher,
  limits: ScanLimits = DEFAULT_SCAN_LIMITS,
  now: () => number = () => performance.now(),
  from?: Node,
): ScanResult {
  const started = now();
  const sightings: NameSighting[] = [];
  const anchors = new Set<Element>();
  const doc = root.ownerDocument;
  // No filter callback (a call into script per node): hidden subtrees are skipped by hand below.
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */);
  /** The next node after `walker.currentNode`'s subtree, or null at the end of `root`. */
  const nextAfterSubtree = (): Node | null => {
    for (;;) {
      const sibling = walker.nextSibling();
      if (sibling) return sibling;
      if (!walker.parentNode() || walker.currentNode === root) return null;
    }
  };
  const consider = (anchor: Element, text: string, source: Source) => {
    const match = matcher.find(text);
    if (!match || anchors.has(anchor) || !isVisible(anchor)) return;
    anchors.add(anchor);
    const photo = photoNear(anchor);
    const jobTitle = hasJobTitle(anchor, match, matcher);
    const { activity, exposed } = classifyFinding({ jobTitle, photo: photo !== null });
    sightings.push({ anchor, photo, finding: { activity, exposed, source, nameForm: match.variant.kind } });
  };

  let visited = 0;
  let truncated = false;
  let wholeTextUntil: Node | null = null;
  if (from && from !== root && root.contains(from)) {
    walker.currentNode = from;
    // Resuming inside a heading or caption: its whole text was read already.
    wholeTextUntil =
      (from.nodeType === 1 ? (from as Element) : from.parentElement)?.closest(WHOLE_TEXT_SELECTOR) ?? null;
    if (wholeTextUntil === from || (wholeTextUntil && !root.contains(wholeTextUntil))) wholeTextUntil = null;
  }
  let node: Node | null = walker.currentNode;
  while (node) {
    visited += 1;
    if (visited > limits.maxNodes || (visited % CHECK_CLOCK_EVERY === 0 && now() - started > limits.maxMs)) {
      truncated = true;
      visited -= 1;
      break;
    }
    if (wholeTextUntil && !wholeTextUntil.contains(node)) wholeTextUntil = null;
    if (node.nodeType === 3) {
      const parent = node.parentElement;
      if (!wholeTextUntil && parent) consider(parent, (node as Text).data, 'text');
      node = walker.nextNode();
      continue;
    }
    const element = node as Element;
    if (element !== root && skipsSubtree(element)) {
      node = nextAfterSubtree();
      continue;
    }
    if (WHOLE_TEXT.has(element.tagName) && !wholeTextUntil) {
      wholeTextUntil = element;
      consider(
        element,
        element.textContent ?? '',
        element.tagName === 'FIGCAPTION' ? 'figcaption' : 'heading',
      );
    }
    const alt = element.tagName === 'IMG' ? element.getAttribute('alt') : null;
    if (alt) consider(element, alt, 'alt');
    const title = element.getAttribute('title');
    if (title) consider(element, title, 'title');
    node = walker.nextNode();
  }
  return {
    sightings: mergeSameCard(sightings),
    truncated,
    resumeAt: truncated ? node : null,
    nodesVisited: visited,
  };
}

/** An alt text naming the user on the photo that is already in the card with the name is one sighting. */
export function mergeSameCard(sightings: NameSighting[]): NameSighting[] {
  const textPhotos = new Set(sightings.filter((s) => s.finding.source !== 'alt').map((s) => s.photo));
  return sightings.filter((s) => s.finding.source !== 'alt' || !textPhotos.has(s.photo));
}
