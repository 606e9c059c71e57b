// Test support for the profile fixtures in happy-dom: mount a page with its form open, find its parts.

import type { PageContext } from '@/entrypoints/linkedin.content/detectors/types';
import { createPageContext } from '@/entrypoints/linkedin.content/page-context';
import {
  notifySettingPage,
  type ProfileFixtureOptions,
  type ProfileFormKind,
  profilePage,
} from '../../fixtures/linkedin/profile';
import { type ProfileFixtureState, profileBehaviour } from '../../fixtures/linkedin/profile-behaviour';
import { EMPLOYER, required } from './support';

let stop: AbortController | null = null;

/** The route each form has in each UI generation (the fixture's edit links push these). */
export const FORM_ROUTE: Record<ProfileFormKind, string> = {
  intro: '/in/jane-doe/edit/intro/',
  position: '/in/jane-doe/add-edit/POSITION/',
  about: '/in/jane-doe/edit/forms/summary/new/',
  photo: '/in/jane-doe/',
  'open-to-work': '/in/jane-doe/',
};

function mount(html: string, path: string): { ctx: PageContext; state: ProfileFixtureState } {
  stop?.abort();
  stop = new AbortController();
  for (const dialog of document.querySelectorAll('dialog')) dialog.remove();
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  for (const script of parsed.querySelectorAll('script')) script.remove();
  for (const name of document.body.getAttributeNames()) document.body.removeAttribute(name);
  for (const { name, value } of parsed.body.attributes) document.body.setAttribute(name, value);
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
  const win = window as unknown as Window & { __profile?: ProfileFixtureState };
  profileBehaviour(win, stop.signal);
  const state = win.__profile;
  if (!state) throw new Error('profile fixture behaviour did not start');
  return { ctx: createPageContext(new URL(`https://www.linkedin.com${path}`), EMPLOYER), state };
}

/** The profile page with one form open, at that form's route (or `path`). */
export function mountForm(
  kind: ProfileFormKind,
  options: Omit<ProfileFixtureOptions, 'open'>,
  path?: string,
) {
  const mounted = mount(profilePage({ ...options, open: kind }), path ?? FORM_ROUTE[kind]);
  const scope: ParentNode =
    options.ui === 'classic' ? (document.getElementById('interop-outlet')?.shadowRoot ?? document) : document;
  const form = required(scope.querySelector<HTMLElement>('[data-fixture-form]'), `${kind} form`);
  return {
    ...mounted,
    form,
    save: required(form.querySelector<HTMLElement>('[data-fixture-save]'), 'Save button'),
    notify: form.querySelector<HTMLElement>('[data-fixture-field="notify"]'),
  };
}

export function mountSetting(options: Omit<ProfileFixtureOptions, 'ui' | 'open'>) {
  const mounted = mount(
    notifySettingPage({ ui: 'sdui', ...options }),
    '/mypreferences/d/share-profile-updates-with-your-network',
  );
  const form = required(document.querySelector<HTMLElement>('[data-fixture-form]'), 'setting form');
  return {
    ...mounted,
    form,
    save: required(form.querySelector<HTMLElement>('[data-fixture-save]'), 'Save button'),
    notify: required(form.querySelector<HTMLElement>('[role="switch"]'), 'switch'),
  };
}
