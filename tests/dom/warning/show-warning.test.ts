import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listenForMessages } from '@/components/messaging';
import {
  type DecidedWarning,
  NOTICE_MS,
  showNotice,
  showWarning,
  type WarningRequest,
  type WarningResult,
} from '@/components/warning/show-warning';
import { assessmentMessages } from '@/core/i18n/messages/assessment';
import { warningMessages } from '@/core/i18n/messages/warning';
import { defaultSettings, type Settings } from '@/core/settings';
import type { Language } from '@/core/types';
import { assessmentHandlers } from '@/entrypoints/background/assessment-service';
import { settle, userCheck, userClick, userEscape } from './interaction';

function request(patch: Partial<WarningRequest> = {}): WarningRequest {
  return {
    activity: 'feed-post',
    surface: 'feed-composer',
    employerLinked: true,
    settings: defaultSettings(),
    language: 'en',
    returnFocusTo: null,
    ...patch,
  };
}

function settingsWith(patch: Partial<Settings>): Settings {
  return { ...defaultSettings(), ...patch };
}

function hosts(): HTMLElement[] {
  return [...document.documentElement.querySelectorAll<HTMLElement>('[data-exposure-guard]')];
}

function warningRoot(): ShadowRoot {
  const host = hosts().find((h) => h.getAttribute('data-exposure-guard') === 'warning');
  if (!host?.shadowRoot) throw new Error('no warning host with an open shadow root');
  return host.shadowRoot;
}

function $(selector: string): HTMLElement {
  const found = warningRoot().querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

function radio(question: string, value: string): HTMLInputElement {
  return $(`[data-question="${question}"] input[value="${value}"]`) as HTMLInputElement;
}

/** Tracks whether the promise has settled without awaiting it. */
function track(promise: Promise<WarningResult>) {
  const state: { result?: WarningResult } = {};
  promise.then((result) => {
    state.result = result;
  });
  return state;
}

// The background answers the warning's assessment requests (as entrypoints/background/index.ts does).
beforeEach(() => {
  fakeBrowser.reset();
  listenForMessages(fakeBrowser, assessmentHandlers);
});

afterEach(() => {
  // A warning the page removes comes back: the user's Cancel ends it.
  for (const host of hosts()) {
    const cancel = host.shadowRoot?.querySelector('[data-action="cancel"]');
    if (cancel) userClick(cancel);
  }
  for (const host of hosts()) host.remove();
  vi.useRealTimers();
});

describe('showWarning: mounting', () => {
  it('adds one host on <html> with an open shadow root holding an open, named, modal dialog', async () => {
    void showWarning(request());
    expect(hosts()).toHaveLength(1);
    expect(hosts()[0]?.parentElement).toBe(document.documentElement);
    const dialog = $('dialog') as HTMLDialogElement;
    expect(dialog.open).toBe(true);
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const title = warningRoot().getElementById(dialog.getAttribute('aria-labelledby') ?? '');
    expect(title?.textContent).toBe(warningMessages.en.title);
  });

  it('gives the cancel button the focus and both buttons their data-action hooks', () => {
    void showWarning(request());
    expect(warningRoot().activeElement).toBe($('[data-action="cancel"]'));
    expect($('[data-action="proceed"]').textContent).toBe(warningMessages.en.proceed);
  });

  it('speaks the requested language', () => {
    void showWarning(request({ language: 'nl' }));
    expect($('dialog').lang).toBe('nl');
    expect($('h2').textContent).toBe(warningMessages.nl.title);
    expect($('[data-action="cancel"]').textContent).toBe(warningMessages.nl.cancel);
    expect($('[data-question="initiator"] legend').textContent).toBe(warningMessages.nl.questionInitiator);
  });

  it('keeps clicks inside the warning away from the page’s own listeners', () => {
    void showWarning(request());
    const pageListener = vi.fn();
    document.addEventListener('click', pageListener);
    userClick($('[data-question="initiator"] label'));
    document.removeEventListener('click', pageListener);
    expect(pageListener).not.toHaveBeenCalled();
  });
});

describe('showWarning: questions and the live assessment', () => {
  it('asks initiator and role, and shows the outcome once both are answered', async () => {
    void showWarning(request());
    expect(warningRoot().querySelector('.assessment')).toBeNull();
    // Nothing known yet (no role either): the answer box says what the answer depends on.
    expect($('.result').textContent).toBe(
      'It depends on who wanted this and your role: answer below to make it exact.',
    );
    userCheck(radio('initiator', 'own-initiative'));
    await settle();
    expect(warningRoot().querySelector('.assessment')).toBeNull();
    userCheck(radio('role', 'sales'));
    await settle();
    expect($('.assessment').dataset.outcome).toBe('voluntary-only');
    expect($('.outcome').textContent).toBe(assessmentMessages.en.outcomeVoluntary);
  });

  it('updates the outcome when an answer changes, keeping the questions on screen', async () => {
    const settings = settingsWith({ role: 'sales', jobDefined: true, workTime: true });
    void showWarning(request({ settings }));
    expect(warningRoot().querySelector('[data-question="role"]')).toBeNull();
    userCheck(radio('initiator', 'own-initiative'));
    await settle();
    expect($('.assessment').dataset.outcome).toBe('voluntary-only');
    userCheck(radio('initiator', 'employer-requires'));
    await settle();
    expect($('.assessment').dataset.outcome).toBe('required-by-job');
    expect($('[data-employer-may-require]').dataset.employerMayRequire).toBe('true');
    expect(radio('initiator', 'employer-requires').checked).toBe(true);
  });

  it('asks about an unclassified group and reports the answer', async () => {
    const pending = showWarning(
      request({ activity: 'group-post', surface: 'group-composer', employerLinked: false }),
    );
    expect($('[data-question="groupKind"] legend').textContent).toBe(warningMessages.en.questionGroupKind);
    userCheck(radio('groupKind', 'work'));
    await settle();
    userClick($('[data-action="cancel"]'));
    expect(((await pending) as DecidedWarning).answers).toEqual({ groupKind: 'work' });
  });

  it('does not ask what is remembered, and then offers to stay quiet for own initiative', async () => {
    const settings = settingsWith({ role: 'sales', rememberedInitiator: { 'feed-post': 'own-initiative' } });
    void showWarning(request({ settings }));
    expect(warningRoot().querySelector('fieldset')).toBeNull();
    expect(warningRoot().querySelector('[data-choice="remember"]')).toBeNull();
    expect(warningRoot().querySelector('[data-choice="quiet"]')).not.toBeNull();
    await settle();
    expect($('.assessment').dataset.outcome).toBe('voluntary-only');
  });

  it('offers "don’t warn me again" only while the answer is own initiative', async () => {
    void showWarning(request({ settings: settingsWith({ role: 'sales' }) }));
    expect(warningRoot().querySelector('[data-choice="remember"]')).not.toBeNull();
    expect(warningRoot().querySelector('[data-choice="quiet"]')).toBeNull();
    userCheck(radio('initiator', 'own-initiative'));
    await settle();
    expect(warningRoot().querySelector('[data-choice="quiet"]')).not.toBeNull();
    userCheck(radio('initiator', 'employer-asks'));
    await settle();
    expect(warningRoot().querySelector('[data-choice="quiet"]')).toBeNull();
  });
});

describe('showWarning: decisions', () => {
  it('ignores untrusted clicks on its buttons', async () => {
    const state = track(showWarning(request()));
    $('[data-action="proceed"]').click();
    $('[data-action="cancel"]').click();
    await settle();
    expect(state.result).toBeUndefined();
    expect(hosts()).toHaveLength(1);
  });

  it('shows the warning again, fresh, when the page removes or moves our host: nothing is decided for the user', async () => {
    const state = track(showWarning(request()));
    hosts()[0]?.remove();
    await settle();
    expect(state.result).toBeUndefined();
    expect(hosts()).toHaveLength(1);
    expect(($('dialog') as HTMLDialogElement).open).toBe(true);
    const host = hosts()[0] as HTMLElement;
    document.body.append(host); // moved out of <html>'s own children
    await settle();
    expect(state.result).toBeUndefined();
    expect(hosts().filter((h) => h.parentElement === document.documentElement)).toHaveLength(1);
    userClick($('[data-action="cancel"]'));
    await settle();
    expect(state.result?.decision).toBe('cancel');
  });

  it('starts afresh when the page changes what the warning says (the buttons swapped)', async () => {
    const state = track(showWarning(request()));
    const first = hosts()[0];
    const cancel = $('[data-action="cancel"]');
    const proceed = $('[data-action="proceed"]');
    [cancel.textContent, proceed.textContent] = [proceed.textContent, cancel.textContent];
    await settle();
    expect(first?.isConnected).toBe(false);
    expect($('[data-action="cancel"]').textContent).toBe(warningMessages.en.cancel);
    expect(state.result).toBeUndefined();
  });

  it('undoes a page script moving the focus to Continue', async () => {
    void showWarning(request());
    $('[data-action="proceed"]').focus();
    expect(warningRoot().activeElement).toBe($('[data-action="cancel"]'));
  });

  it('gives up showing a warning the page keeps removing: "unshown", no decision, never a cancel', async () => {
    const state = track(showWarning(request()));
    for (let i = 0; i < 12 && hosts().length > 0; i += 1) {
      hosts()[0]?.remove();
      await settle();
    }
    expect(state.result).toEqual({ decision: 'unshown' });
    expect(hosts()).toHaveLength(0);
  });

  it('lets no page script answer for the user: its change events and .click() on our inputs are stopped', async () => {
    const state = track(showWarning(request({ settings: settingsWith({ role: 'sales' }) })));
    const own = radio('initiator', 'own-initiative');
    own.checked = true;
    own.dispatchEvent(new Event('change', { bubbles: true })); // untrusted, as from a page script
    radio('initiator', 'employer-asks').click(); // untrusted
    await settle();
    expect(warningRoot().querySelector('[data-choice="quiet"]')).toBeNull();
    userClick($('[data-action="cancel"]'));
    await settle();
    expect((state.result as DecidedWarning | undefined)?.answers).toEqual({});
  });

  it('proceeds on a user click, removes the host and returns focus without scrolling', async () => {
    const editor = document.createElement('div');
    editor.tabIndex = 0;
    document.body.append(editor);
    const focus = vi.spyOn(editor, 'focus');
    const pending = showWarning(
      request({ returnFocusTo: editor, settings: settingsWith({ role: 'sales' }) }),
    );
    userCheck(radio('initiator', 'employer-asks'));
    await settle();
    userClick($('[data-action="proceed"]'));
    const result = await pending;
    expect(result).toMatchObject({
      decision: 'proceed',
      answers: { initiator: 'employer-asks' },
      situation: { activity: 'feed-post', role: 'sales', initiator: 'employer-asks' },
      rememberInitiator: false,
      quietOwnInitiative: false,
    });
    expect((result as DecidedWarning).assessment?.outcome).toBe('voluntary-only');
    expect(hosts()).toHaveLength(0);
    expect(focus).toHaveBeenCalledWith({ preventScroll: true });
    editor.remove();
  });

  it('reports the remember and stay-quiet choices; staying quiet implies remembering', async () => {
    const pending = showWarning(request({ settings: settingsWith({ role: 'sales' }) }));
    userCheck(radio('initiator', 'own-initiative'));
    await settle();
    userCheck($('[data-choice="quiet"]') as HTMLInputElement);
    await settle();
    userClick($('[data-action="proceed"]'));
    expect(await pending).toMatchObject({ rememberInitiator: true, quietOwnInitiative: true });
  });

  it('cancels on a user click, with nothing remembered', async () => {
    const pending = showWarning(request());
    userCheck($('[data-choice="remember"]') as HTMLInputElement);
    await settle();
    userClick($('[data-action="cancel"]'));
    const result = await pending;
    expect(result).toMatchObject({ decision: 'cancel', assessment: null, rememberInitiator: false });
    expect(hosts()).toHaveLength(0);
  });

  it('cancels on Escape, but not on a close request without the user’s key', async () => {
    const state = track(showWarning(request()));
    const dialog = $('dialog') as HTMLDialogElement;
    dialog.dispatchEvent(new Event('cancel', { cancelable: true }));
    const trustedCancel = new Event('cancel', { cancelable: true }); // as requestClose() fires it
    Object.defineProperty(trustedCancel, 'isTrusted', { value: true });
    dialog.dispatchEvent(trustedCancel);
    await settle();
    expect(state.result).toBeUndefined();
    userEscape(dialog);
    await settle();
    expect(state.result?.decision).toBe('cancel');
    expect(hosts()).toHaveLength(0);
  });

  it('opens again when the page closes the dialog, and logs no cancel for it', async () => {
    const state = track(showWarning(request()));
    ($('dialog') as HTMLDialogElement).close();
    await settle();
    expect(state.result).toBeUndefined();
    expect(($('dialog') as HTMLDialogElement).open).toBe(true);
  });
});

describe('showNotice', () => {
  const noticeBox = () =>
    hosts()
      .find((h) => h.getAttribute('data-exposure-guard') === 'notice')
      ?.shadowRoot?.querySelector<HTMLElement>('[popover]');

  it('shows a polite status message that hides itself after a while', () => {
    vi.useFakeTimers();
    showNotice('Click Post again', null, 'en');
    const box = noticeBox();
    expect(box?.getAttribute('popover')).toBe('manual');
    expect(box?.getAttribute('role')).toBe('status');
    expect(box?.getAttribute('aria-live')).toBe('polite');
    vi.advanceTimersByTime(100);
    expect(box?.textContent).toContain('Click Post again');
    vi.advanceTimersByTime(NOTICE_MS);
    expect(noticeBox()).toBeUndefined();
  });

  it.each<[Language, string]>([
    ['en', 'Close'],
    ['nl', 'Sluiten'],
  ])('closes on a user click on its %s close button', (language, label) => {
    showNotice('x', null, language);
    const close = noticeBox()?.querySelector<HTMLButtonElement>('[data-action="close"]');
    expect(close?.getAttribute('aria-label')).toBe(label);
    close?.click();
    expect(noticeBox()).toBeDefined();
    if (close) userClick(close);
    expect(noticeBox()).toBeUndefined();
  });

  it('keeps only the latest notice', () => {
    showNotice('first', null, 'en');
    showNotice('second', null, 'en');
    expect(hosts()).toHaveLength(1);
  });
});
