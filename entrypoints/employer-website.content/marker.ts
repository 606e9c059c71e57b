// Our marker next to the user's name: our own element with an open shadow root, so the page's
// styles and ours stay apart. Subtle, dismissible, reachable by keyboard, in the user's language.
// Built with DOM calls and text nodes only: no page text is ever put into it.
import { createTranslator } from '@/core/i18n';
import { websiteMessages } from '@/core/i18n/messages/website';
import type { Language } from '@/core/types';
import { MARKER_TAG } from './scanner';

const STYLE = `
:host { all: initial; display: inline-block; vertical-align: middle; margin-inline-start: 0.35em;
  font: 12px/1.3 system-ui, sans-serif; color: #1f2937; }
.bar { display: inline-flex; align-items: center; gap: 2px; border: 1px solid #c7d2fe;
  border-radius: 999px; background: #eef2ff; }
button { all: unset; cursor: pointer; padding: 1px 6px; border-radius: 999px; }
button:focus-visible { outline: 2px solid #4338ca; outline-offset: 1px; }
button:hover { background: #e0e7ff; }
.dismiss { padding: 1px 5px; color: #4b5563; }
.explain { display: block; max-width: 22em; margin-top: 4px; padding: 6px 8px; border: 1px solid #c7d2fe;
  border-radius: 6px; background: #fff; white-space: normal; }
.explain[hidden] { display: none; }
`;

export interface MarkerOptions {
  language: Language;
  /** Called when the user hides the marker: the page hides all of ours. */
  onDismiss(): void;
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  text?: string,
): HTMLElementTagNameMap[K] {
  const element = doc.createElement(tag);
  if (text !== undefined) element.textContent = text;
  return element;
}

/** A new marker element (not yet in the page). */
export function createMarker(doc: Document, options: MarkerOptions): HTMLElement {
  const t = createTranslator(websiteMessages, options.language);
  const host = doc.createElement(MARKER_TAG);
  host.setAttribute('lang', options.language);
  const shadow = host.attachShadow({ mode: 'open' });

  const style = el(doc, 'style', STYLE);
  const bar = el(doc, 'span');
  bar.className = 'bar';
  const label = el(doc, 'button', t('markerLabel'));
  label.type = 'button';
  label.className = 'label';
  label.setAttribute('aria-label', t('markerOpenDetails'));
  label.setAttribute('aria-expanded', 'false');
  const dismiss = el(doc, 'button', '×');
  dismiss.type = 'button';
  dismiss.className = 'dismiss';
  dismiss.setAttribute('aria-label', t('markerDismiss'));
  dismiss.title = t('markerDismiss');
  const explain = el(doc, 'span', t('markerExplain'));
  explain.className = 'explain';
  explain.id = 'explain';
  explain.hidden = true;
  explain.setAttribute('role', 'note');
  label.setAttribute('aria-controls', 'explain');

  label.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation();
    explain.hidden = !explain.hidden;
    label.setAttribute('aria-expanded', String(!explain.hidden));
  });
  dismiss.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation();
    options.onDismiss();
  });
  host.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !explain.hidden) {
      explain.hidden = true;
      label.setAttribute('aria-expanded', 'false');
      label.focus();
    }
  });

  bar.append(label, dismiss);
  shadow.append(style, bar, explain);
  return host;
}

/** Puts the marker next to the name: inside a text element at its end, after an image. */
export function placeMarker(anchor: Element, marker: HTMLElement): void {
  if (anchor.tagName === 'IMG') anchor.after(marker);
  else anchor.append(marker);
}
