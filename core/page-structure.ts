// A page's structure without its content: what a user may save and send when a warning was missing on
// LinkedIn. It keeps the route's shape (ids replaced) and, for interactive elements and their ancestors,
// only tag names, roles, UI labels LinkedIn itself shows, data-testid, data-control-name, whether a
// componentkey is there, contenteditable and shadow-root boundaries. Never text people wrote, names,
// images or links beyond their route shape. Pure: the content script builds it, tests and a script read it.

export const PAGE_STRUCTURE_KIND = 'exposure-guard-page-structure';

export interface StructureNode {
  tag: string;
  role?: string;
  /** ARIA states and UI labels: a label only when it is one of LinkedIn's known UI words. */
  aria?: Record<string, string>;
  /** A known UI label the element shows as its text ("Post", "Plaatsen"); never other text. */
  label?: string;
  /** The element shows text that is not a known UI label (its content is left out). */
  otherText?: true;
  testid?: string;
  controlName?: string;
  componentkey?: true;
  contenteditable?: true;
  type?: string;
  disabled?: true;
  /** A link's route shape (`/in/<vanity>/`); never the link itself. */
  href?: string;
  /** An open shadow root: its children are `shadow`. */
  shadow?: StructureNode[];
  children?: StructureNode[];
}

export interface PageStructureReport {
  kind: typeof PAGE_STRUCTURE_KIND;
  version: 1;
  route: string;
  /** How many interactive elements the page has, and whether the report stopped before the end. */
  interactive: number;
  truncated: boolean;
  root: StructureNode;
}

/** Path segments followed by an id or a person's or organisation's handle. */
const HANDLE_BEFORE = new Set(['in', 'company', 'groups', 'school', 'showcase', 'posts', 'pulse', 'events']);
const KNOWN_SEGMENT = /^[a-z][a-z-]{0,39}$|^[A-Z][A-Z_]{1,39}$/;

function segmentShape(segment: string, previous: string | undefined): string {
  if (previous && HANDLE_BEFORE.has(previous)) return previous === 'in' ? '<vanity>' : '<id>';
  const urn = /^(urn(?::|%3A)li(?::|%3A)[A-Za-z_]+(?::|%3A))/i.exec(segment);
  if (urn) return `${urn[1]}<id>`;
  if (/\d/.test(segment)) return '<id>';
  return KNOWN_SEGMENT.test(segment) ? segment : '<segment>';
}

/** A page path with every id, handle and unknown word replaced: `/in/jane-doe/edit/` → `/in/<vanity>/edit/`. */
export function routeShape(pathname: string): string {
  const segments = pathname.split('/');
  return segments
    .map((segment, i) => (segment === '' ? '' : segmentShape(segment, segments[i - 1])))
    .join('/');
}
