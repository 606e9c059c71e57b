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

/**
 * The start of an element's text, `max + 1` characters at most: enough to tell that it is longer,
 * without reading a whole page of text for every name on it.
 */
function textUpTo(element: Element, max: number): string {
  const walker = element.ownerDocument.createTreeWalker(element, 0x4 /* SHOW_TEXT */);
  let text = '';
  while (text.length <= max && walker.nextNode()) text += (walker.currentNode as Text).data;
  return text.slice(0, max + 1);
}

/** Whether an element shows no text at all (white space only). */
function isBlank(element: Element): boolean {
  const walker = element.ownerDocument.createTreeWalker(element, 0x4 /* SHOW_TEXT */);
  while (walker.nextNode()) if (/\S/u.test((walker.currentNode as Text).data)) return false;
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
/** Whether an element holds little enough text to be a person's card (an article or a list is not one). */
export const isCardSized = (element: Element) => textUpTo(element, CARD_MAX_TEXT).length <= CARD_MAX_TEXT;

export function photoNear(anchor: Element, cardSized = isCardSized): HTMLImageElement | null {
  if (isPhoto(anchor)) return anchor;
  const figure = anchor.closest('figure');
  const scopes: Element[] = figure ? [figure] : [];
  for (let el = anchor.parentElement, depth = 0; el && depth < CARD_DEPTH && !figure; depth += 1) {
    if (el.tagName === 'BODY' || el.tagName === 'MAIN') break;
    // A card is small: an article or a section of prose with one picture is not a person's card.
    if (!cardSized(el)) break;
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
    while (next && (next.tagName === 'BR' || next.localName === MARKER_TAG || isBlank(next))) {
      next = next.nextElementSibling;
    }
    // Read a little past the longest title (white space around it): a longer text is no title.
    if (next) return looksLikeJobTitle(textUpTo(next, 4 * MAX_TITLE_LENGTH), matcher);
  }
  return false;
}

type Source = WebsiteFinding['source'];

/**
 * Elements a reader reads through: a name split over them ("Jan <b>de</b> Vries", a line break inside)
 * is still the name. Any other element ends the line of text it is in.
 */
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'BIG',
  'BR',
  'CITE',
  'CODE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'KBD',
  'LABEL',
  'MARK',
  'NOBR',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'TT',
  'U',
  'VAR',
  'WBR',
]);
/** Pieces of one line read together at most; a longer line is read in overlapping windows. */
const MAX_LINE_PIECES = 64;
/** Pieces a name can be split over at most (the overlap of those windows). */
const MAX_NAME_PIECES = 16;
/** Nodes a capped slice may go on past its cap to finish the line it is in (never read twice). */
const MAX_OVERRUN = 512;

/** One text node (or line break) of a line of text, and the element that shows it. */
interface Piece {
  text: string;
  element: Element;
}

/** The element whose line a node belongs to: its nearest ancestor that is not inline. */
function lineOf(element: Element, root: Element): Element {
  let el = element;
  while (el !== root && INLINE.has(el.tagName) && el.parentElement) el = el.parentElement;
  return el;
}

/** The nearest element holding all of `elements`. */
function commonAncestor(elements: readonly Element[]): Element | null {
  let common = elements[0] ?? null;
  for (const el of elements) {
    while (common && !common.contains(el)) common = common.parentElement;
  }
  return common;
}

/** The shortest run of pieces that still holds the name (one the name is split over). */
function narrowest(pieces: readonly Piece[], holdsName: (pieces: readonly Piece[]) => boolean): Piece[] {
  let lo = 0;
  let hi = pieces.length;
  while (hi - lo > 1 && holdsName(pieces.slice(lo + 1, hi))) lo += 1;
  while (hi - lo > 1 && holdsName(pieces.slice(lo, hi - 1))) hi -= 1;
  return pieces.slice(lo, hi);
}

const joined = (pieces: readonly Piece[]) => pieces.map((p) => p.text).join('');

function sourceOfText(anchor: Element): Source {
  const titled = anchor.closest('h1, h2, h3, h4, h5, h6, figcaption');
  if (!titled) return 'text';
  // A heading inside a caption is a heading; a caption's own text is the caption.
  return titled.tagName === 'FIGCAPTION' ? 'figcaption' : 'heading';
}

/** The finding's identity: a second sighting like one already found adds nothing to the page's report. */
const signatureOf = (finding: WebsiteFinding) =>
  `${finding.activity}|${finding.exposed.join('+')}|${finding.source}|${finding.nameForm}`;

/** `check(el)`, asked once per scan. */
function remembered(known: Map<Element, boolean>, el: Element, check: (el: Element) => boolean): boolean {
  const answer = known.get(el) ?? check(el);
  known.set(el, answer);
  return answer;
}

/** Collects the sightings of one scan: each anchor once, each kind of finding once. */
function createSightings(matcher: PersonMatcher, seen: Set<string>) {
  const sightings: NameSighting[] = [];
  const anchors = new Set<Element>();
  const visible = new Map<Element, boolean>();
  const seenVisible = (el: Element) => remembered(visible, el, isVisible);
  // A list that names the user on every line is one block for all of them: measured once per scan.
  const cards = new Map<Element, boolean>();
  const cardSized = (el: Element) => remembered(cards, el, isCardSized);
  /** A name in `text`, shown by `shownBy` (every one must be visible), marked at `anchor`. */
  const consider = (anchor: Element, shownBy: readonly Element[], text: string, source: Source): boolean => {
    const match = matcher.find(text);
    if (!match) return false;
    if (anchors.has(anchor)) return true;
    const photo = photoNear(anchor, cardSized);
    const jobTitle = hasJobTitle(anchor, match, matcher);
    const { activity, exposed } = classifyFinding({ jobTitle, photo: photo !== null });
    const finding: WebsiteFinding = { activity, exposed, source, nameForm: match.variant.kind };
    // The expensive check (layout) last, and only for a kind of finding not seen yet.
    if (seen.has(signatureOf(finding)) || !shownBy.every(seenVisible)) return true;
    anchors.add(anchor);
    seen.add(signatureOf(finding));
    sightings.push({ anchor, photo, finding });
    return true;
  };
  /** A line of text: names whole in one text node there, else a name split over its inline elements. */
  const readLine = (pieces: readonly Piece[]) => {
    const words = pieces.filter((p) => p.text.trim() !== '');
    if (words.length === 0 || !matcher.find(joined(pieces))) return;
    state.worked = true;
    let whole = false;
    for (const piece of words) {
      if (consider(piece.element, [piece.element], piece.text, sourceOfText(piece.element))) whole = true;
    }
    if (whole) return;
    const span = narrowest(pieces, (some) => matcher.find(joined(some)) !== null);
    const shownBy = [...new Set(span.filter((p) => p.text.trim() !== '').map((p) => p.element))];
    const anchor = commonAncestor(shownBy);
    if (anchor) consider(anchor, shownBy, joined(span), sourceOfText(anchor));
  };
  /** `worked`: a line held the name since the caller last looked (time to check the clock). */
  const state = { sightings, consider, readLine, worked: false };
  return state;
}

/**
 * Scans `root` from its start, or from `from` (where an earlier capped slice stopped). Stops at
 * `limits` and says where (`resumeAt`), so the caller can go on in the next idle period.
 * Every node is visited at most once; text is read line by line as a reader reads it (across inline
 * elements, not across blocks), and only a line that holds the user's name is looked at further.
 * `seen` holds the kinds of finding already found in this pass (earlier slices): those are not looked
 * for again, so a page that names the user 50,000 times costs no more than one that names them once.
 */
export function scanForPerson(
  root: Element,
  matcher: PersonMatcher,
  limits: ScanLimits = DEFAULT_SCAN_LIMITS,
  now: () => number = () => performance.now(),
  from?: Node,
  seen: Set<string> = new Set(),
): ScanResult {
  const started = now();
  const found = createSightings(matcher, seen);
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
  let line: { block: Element | null; pieces: Piece[] } = { block: null, pieces: [] };
  const endLine = () => {
    found.readLine(line.pieces);
    line = { block: null, pieces: [] };
  };
  const addPiece = (block: Element, piece: Piece) => {
    if (block !== line.block) endLine();
    line.block = block;
    line.pieces.push(piece);
    if (line.pieces.length < MAX_LINE_PIECES) return;
    found.readLine(line.pieces);
    line.pieces = line.pieces.slice(-MAX_NAME_PIECES);
  };

  let visited = 0;
  let capped = false;
  if (from && from !== root && root.contains(from)) walker.currentNode = from;
  let node: Node | null = walker.currentNode;
  while (node) {
    if (!capped) {
      const checkClock = visited % CHECK_CLOCK_EVERY === 0 || found.worked;
      found.worked = false;
      capped = visited >= limits.maxNodes || (checkClock && now() - started > limits.maxMs);
    }
    // At the cap: stop between lines (a line is never cut in two), or a little later at the most.
    if (capped && (line.pieces.length === 0 || visited >= limits.maxNodes + MAX_OVERRUN)) break;
    visited += 1;
    if (node.nodeType === 3) {
      const parent = node.parentElement;
      if (parent) addPiece(lineOf(parent, root), { text: (node as Text).data, element: parent });
      node = walker.nextNode();
      continue;
    }
    const element = node as Element;
    if (element !== root && skipsSubtree(element)) {
      node = nextAfterSubtree();
      continue;
    }
    if (!INLINE.has(element.tagName)) endLine();
    else if (element.tagName === 'BR' && element.parentElement)
      addPiece(lineOf(element.parentElement, root), { text: ' ', element: element.parentElement });
    const alt = element.tagName === 'IMG' ? element.getAttribute('alt') : null;
    if (alt) found.consider(element, [element], alt, 'alt');
    const title = element.getAttribute('title');
    if (title) found.consider(element, [element], title, 'title');
    node = walker.nextNode();
  }
  endLine();
  const truncated = node !== null;
  return {
    sightings: mergeSameCard(found.sightings),
    truncated,
    resumeAt: node,
    nodesVisited: visited,
  };
}

/** An alt text naming the user on the photo that is already in the card with the name is one sighting. */
export function mergeSameCard(sightings: NameSighting[]): NameSighting[] {
  const textPhotos = new Set(sightings.filter((s) => s.finding.source !== 'alt').map((s) => s.photo));
  return sightings.filter((s) => s.finding.source !== 'alt' || !textPhotos.has(s.photo));
}
