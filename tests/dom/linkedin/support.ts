// Test support: mount a fixture document into happy-dom's window and capture composed event paths.

import { LINKEDIN_DETECTORS } from '@/entrypoints/linkedin.content/detectors';
import type {
  ExposureMoment,
  PageContext,
  SubmitGesture,
} from '@/entrypoints/linkedin.content/detectors/types';
import { createPageContext } from '@/entrypoints/linkedin.content/page-context';
import {
  type FixtureLanguage,
  type FixtureState,
  type FixtureUi,
  fixtureBehaviour,
} from '../../fixtures/linkedin';

export const EMPLOYER = {
  name: 'Acme Installaties',
  aliases: ['Acme'],
  companyPageUrl: 'https://www.linkedin.com/company/12345/',
};

let stop: AbortController | null = null;

export interface Mounted {
  ctx: PageContext;
  state: FixtureState;
}

/** Puts the fixture's head and body into the test document and starts its behaviour (no inline script). */
export function mountFixture(html: string, path: string, replaceAfterMs = 500): Mounted {
  stop?.abort();
  stop = new AbortController();
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  for (const script of parsed.querySelectorAll('script')) script.remove();
  document.head.replaceChildren(...[...parsed.head.childNodes].map((n) => document.importNode(n, true)));
  for (const name of document.body.getAttributeNames()) document.body.removeAttribute(name);
  for (const { name, value } of parsed.body.attributes) document.body.setAttribute(name, value);
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
  const win = window as unknown as Window & { __fixture?: FixtureState };
  fixtureBehaviour(win, replaceAfterMs, stop.signal);
  const state = win.__fixture;
  if (!state) throw new Error('fixture behaviour did not start');
  return { ctx: createPageContext(new URL(`https://www.linkedin.com${path}`), EMPLOYER), state };
}

export interface CapturedEvent {
  event: Event;
  path: EventTarget[];
  /** What every detector returned, asked in the capture phase as the content script does. */
  moments: ExposureMoment[];
}

/** The composed path a browser would build for an event at `target`: across shadow roots, up to window. */
export function composedPathOf(target: Element): EventTarget[] {
  const path: EventTarget[] = [];
  for (let node: Node | null = target; node; ) {
    path.push(node);
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  path.push(window);
  return path;
}

function detect(
  event: Event,
  path: EventTarget[],
  gesture: SubmitGesture,
  ctx: PageContext,
): ExposureMoment[] {
  return LINKEDIN_DETECTORS.map((d) => d.momentFromEvent(event, path, gesture, ctx)).filter(
    (m): m is ExposureMoment => m !== null,
  );
}

/**
 * Dispatches `event` at `target` and asks every detector in a window capture listener, as the content
 * script does. A recognised submission is held (default prevented, propagation stopped) the way the
 * guard holds it, so the fixture does not submit. Events the DOM does not deliver at all (a click on a
 * disabled button) are judged on the path a browser would have built.
 */
function dispatchCaptured(
  target: Element,
  event: Event,
  gesture: SubmitGesture,
  ctx: PageContext,
): CapturedEvent {
  if (!target.isConnected) throw new Error('target is not in the document');
  let captured: CapturedEvent | null = null;
  let failure: unknown = null;
  const listener = (e: Event) => {
    try {
      const path = e.composedPath();
      const moments = detect(e, path, gesture, ctx);
      if (moments.length > 0) {
        e.preventDefault();
        e.stopImmediatePropagation();
      }
      captured = { event: e, path, moments };
    } catch (error) {
      failure = error;
    }
  };
  window.addEventListener(event.type, listener, { capture: true });
  try {
    target.dispatchEvent(event);
  } finally {
    window.removeEventListener(event.type, listener, { capture: true });
  }
  if (failure) throw failure;
  if (captured) return captured;
  const path = composedPathOf(target);
  return { event, path, moments: detect(event, path, gesture, ctx) };
}

export function click(target: Element, ctx: PageContext): CapturedEvent {
  return dispatchCaptured(
    target,
    new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }),
    'click',
    ctx,
  );
}

export function pressEnter(
  target: Element,
  ctx: PageContext,
  modifiers: { ctrlKey?: boolean; metaKey?: boolean; shiftKey?: boolean } = {},
): CapturedEvent {
  const event = new KeyboardEvent('keydown', {
    key: 'Enter',
    bubbles: true,
    composed: true,
    cancelable: true,
    ...modifiers,
  });
  return dispatchCaptured(target, event, 'keyboard', ctx);
}

/** A submit event on `form`, sent by `submitter` (a button's activation) or by script (requestSubmit()). */
export function submitForm(
  form: HTMLFormElement,
  ctx: PageContext,
  submitter: HTMLElement | null = null,
): CapturedEvent {
  const event = new SubmitEvent('submit', { bubbles: true, cancelable: true, submitter });
  return dispatchCaptured(form, event, 'form-submit', ctx);
}

/** The single moment an event produced (fails when none or several detectors answered). */
export function onlyMoment(captured: CapturedEvent): ExposureMoment {
  if (captured.moments.length !== 1) throw new Error(`expected one moment, got ${captured.moments.length}`);
  return captured.moments[0] as ExposureMoment;
}

/** Types into a fixture editor as LinkedIn's editor would render it, then fires input. */
export function typeInto(editor: Element, text: string): void {
  const p = document.createElement('p');
  p.textContent = text;
  editor.replaceChildren(p);
  editor.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** The classic share dialog's shadow root (#interop-outlet). */
export function outletRoot(): ShadowRoot {
  const root = document.getElementById('interop-outlet')?.shadowRoot;
  if (!root) throw new Error('no open shadow root on #interop-outlet');
  return root;
}

export function byText(scope: ParentNode, selector: string, text: string): HTMLElement {
  const found = [...scope.querySelectorAll<HTMLElement>(selector)].find(
    (el) => el.textContent?.trim() === text,
  );
  if (!found) throw new Error(`no ${selector} with text ${text}`);
  return found;
}

export function required<T extends Element>(element: T | null | undefined, what: string): T {
  if (!element) throw new Error(`missing ${what}`);
  return element;
}

/** Every fixture variant a detector must handle: both UI generations, English and Dutch labels. */
export const VARIANTS: [FixtureUi, FixtureLanguage][] = [
  ['classic', 'en'],
  ['classic', 'nl'],
  ['sdui', 'en'],
  ['sdui', 'nl'],
];

/** The open share composer's container, editor and Post button, found by structure (never hashed classes). */
export function composerParts(ui: FixtureUi) {
  const scope: ParentNode = ui === 'classic' ? outletRoot() : document;
  const container = required(
    scope.querySelector(ui === 'classic' ? '[role="dialog"]' : 'dialog, [data-sdui-screen]'),
    'composer',
  );
  const editor = required(container.querySelector<HTMLElement>('[contenteditable="true"]'), 'editor');
  const post = required(container.querySelector<HTMLElement>('[data-fixture-commit]'), 'Post button');
  return { container, editor, post };
}

/** The open comment box's parts, found by structure and fixture markers (never hashed classes). */
export function commentParts() {
  const box = required(document.querySelector('[data-fixture-surface="comment"]'), 'comment box');
  return {
    box,
    card: required(document.querySelector('[data-fixture-card]'), 'post card'),
    editor: required(box.querySelector<HTMLElement>('[contenteditable="true"]'), 'comment editor'),
    commit: required(box.querySelector<HTMLElement>('[data-fixture-commit]'), 'Comment button'),
  };
}
