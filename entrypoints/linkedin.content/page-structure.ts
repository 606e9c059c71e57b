// Builds the page-structure report (core/page-structure.ts) of the LinkedIn page on request, for the
// popup's "A warning was missing here?". It reads the page once and copies nothing a person wrote: text
// and aria-labels are kept only as the known UI words of our label tables, links only as route shapes.

import { normaliseForMatch } from '@/core/name-match';
import {
  PAGE_STRUCTURE_KIND,
  type PageStructureReport,
  routeShape,
  type StructureNode,
} from '@/core/page-structure';
import { textOf } from '@/entrypoints/linkedin.content/dom/controls';
import {
  allLabels,
  COMMENT_BOX,
  type Labels,
  PROFILE_FORM,
  SHARE_COMPOSER,
} from '@/entrypoints/linkedin.content/surfaces';

const INTERACTIVE = [
  'a[href]',
  'button',
  'input',
  'select',
  'textarea',
  'dialog',
  'form',
  '[contenteditable="true"]',
  '[data-control-name]',
  '[role="button"]',
  '[role="switch"]',
  '[role="checkbox"]',
  '[role="radio"]',
  '[role="textbox"]',
  '[role="combobox"]',
  '[role="dialog"]',
  '[role="menuitem"]',
  '[role="tab"]',
  '[role="link"]',
].join(', ');

const ARIA_STATES = [
  'aria-checked',
  'aria-pressed',
  'aria-expanded',
  'aria-haspopup',
  'aria-modal',
  'aria-multiline',
  'aria-disabled',
  'aria-selected',
  'aria-autocomplete',
];
const ARIA_TEXTS = [
  'aria-label',
  'aria-placeholder',
  'aria-roledescription',
  'placeholder',
  'data-placeholder',
];

/** Generic LinkedIn UI words beyond the detectors' tables (EN, NL), so reports show the page's controls. */
const GENERIC_UI: Labels = {
  en: [
    'Like',
    'Comment',
    'Repost',
    'Send',
    'Search',
    'Messaging',
    'Dismiss',
    'Close',
    'More',
    'Add media',
    'Photo',
    'Video',
    'Edit',
    'Cancel',
    'Discard',
    'Next',
    'Back',
    'Done',
    'Start a post',
    'Create a post',
    'Start a public post',
    'Open emoji keyboard',
    'Add a photo',
    'Feed post',
    'Text editor for creating post',
    'Text editor for creating content',
    'Home',
    'My Network',
    'Jobs',
    'Notifications',
    'Me',
    'Notify network',
    'Share with network',
    'Edit intro',
    'Add experience',
    'Profile photo',
    'Scheduled',
    'Schedule post',
    'View',
    'profile',
    'Follow',
    'Join',
    'Joined',
    'Members',
  ],
  nl: [
    'Vind ik leuk',
    'Commentaar',
    'Opnieuw plaatsen',
    'Verzenden',
    'Zoeken',
    'Berichten',
    'Sluiten',
    'Meer',
    'Media toevoegen',
    'Foto',
    'Bewerken',
    'Annuleren',
    'Volgende',
    'Terug',
    'Gereed',
    'Bijdrage starten',
    'Bijdrage maken',
    'Een openbare bijdrage starten',
    'Emoji-toetsenbord openen',
    'Een foto toevoegen',
    'Feedbijdrage',
    'Teksteditor voor het maken van content',
    'Startpagina',
    'Mijn netwerk',
    'Vacatures',
    'Meldingen',
    'Ik',
    'Netwerk informeren',
    'Delen met netwerk',
    'Bekijken',
    'profiel',
    'Volgen',
    'Lid',
    'leden',
  ],
  de: [],
  fr: [],
};

const TABLES: Labels[] = [
  ...Object.values(SHARE_COMPOSER.labels),
  ...Object.values(COMMENT_BOX.labels),
  ...Object.values(PROFILE_FORM.labels),
  PROFILE_FORM.notify.on,
  PROFILE_FORM.notify.off,
  GENERIC_UI,
];

const words = (text: string) =>
  ` ${normaliseForMatch(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

let vocabulary: Map<string, string> | null = null;
/** Every known UI phrase, by its normalised words. */
function known(): Map<string, string> {
  if (!vocabulary) {
    vocabulary = new Map();
    for (const label of TABLES.flatMap((table) => allLabels(table))) {
      const key = words(label);
      if (key.trim() !== '') vocabulary.set(key, label);
    }
  }
  return vocabulary;
}

/** A text as the report may keep it: itself when it is a known UI label, else only the UI phrases in it. */
function uiText(text: string): { label: string | null; other: boolean } {
  const key = words(text);
  if (key.trim() === '') return { label: null, other: false };
  const exact = known().get(key);
  if (exact) return { label: exact, other: false };
  const phrases = [...known()].filter(([phrase]) => key.includes(phrase)).map(([, label]) => label);
  return { label: phrases.length > 0 ? `… ${phrases.join(' … ')} …` : null, other: true };
}

function hrefShape(href: string): string | undefined {
  try {
    const url = new URL(href, 'https://www.linkedin.com');
    return /(^|\.)linkedin\.com$/.test(url.hostname) ? routeShape(url.pathname) : '<elsewhere>';
  } catch {
    return undefined;
  }
}

/** An attribute value that is an identifier (data-testid, data-control-name), digits replaced. */
const identifier = (value: string | null): string | undefined =>
  value && /^[\w.:-]{1,80}$/.test(value) ? value.replace(/\d+/g, '<n>') : undefined;

function describe(el: Element, interactive: boolean): StructureNode {
  const node: StructureNode = { tag: el.localName };
  const role = el.getAttribute('role');
  if (role) node.role = role;
  const testid = identifier(el.getAttribute('data-testid'));
  if (testid) node.testid = testid;
  const controlName = identifier(el.getAttribute('data-control-name'));
  if (controlName) node.controlName = controlName;
  if (el.hasAttribute('componentkey')) node.componentkey = true;
  if (el.getAttribute('contenteditable') === 'true') node.contenteditable = true;
  if (!interactive) return node;
  const aria: Record<string, string> = {};
  for (const name of ARIA_STATES) {
    const value = el.getAttribute(name);
    if (value !== null && /^[\w-]{0,20}$/.test(value)) aria[name] = value;
  }
  for (const name of ARIA_TEXTS) {
    const value = el.getAttribute(name);
    if (value) aria[name] = uiText(value).label ?? '…';
  }
  if (Object.keys(aria).length > 0) node.aria = aria;
  const type = el.getAttribute('type');
  if (type && /^[a-z]{1,12}$/.test(type)) node.type = type;
  if (el.hasAttribute('disabled')) node.disabled = true;
  const href = el.localName === 'a' ? el.getAttribute('href') : null;
  if (href) node.href = hrefShape(href);
  if (node.contenteditable || el.localName === 'textarea' || el.localName === 'input') return node;
  const { label, other } = uiText(textOf(el));
  if (label && !other) node.label = label;
  else if (other) node.otherText = true;
  return node;
}

const MAX_INTERACTIVE = 4000;

/** The structure report of `doc`: interactive elements and their ancestors, through open shadow roots. */
export function pageStructureReport(doc: Document, url: URL): PageStructureReport {
  let interactive = 0;
  let truncated = false;
  const visit = (el: Element): StructureNode | null => {
    const isInteractive = el.matches(INTERACTIVE);
    if (isInteractive) {
      if (interactive >= MAX_INTERACTIVE) truncated = true;
      else interactive += 1;
    }
    const children = [...el.children].map(visit).filter((n): n is StructureNode => n !== null);
    const shadow = el.shadowRoot
      ? [...el.shadowRoot.children].map(visit).filter((n): n is StructureNode => n !== null)
      : [];
    if (!isInteractive && children.length === 0 && shadow.length === 0 && !el.shadowRoot) return null;
    if (truncated && !isInteractive && children.length === 0 && shadow.length === 0) return null;
    const node = describe(el, isInteractive && !truncated);
    if (children.length > 0) node.children = children;
    if (el.shadowRoot) node.shadow = shadow;
    return node;
  };
  const root = (doc.body ? visit(doc.body) : null) ?? { tag: 'body' };
  return {
    kind: PAGE_STRUCTURE_KIND,
    version: 1,
    route: routeShape(url.pathname),
    interactive,
    truncated,
    root,
  };
}
