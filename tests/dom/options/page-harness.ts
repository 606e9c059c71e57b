// Mounting Preact pages in happy-dom against WXT's fake browser, with the background's log writer
// answering the pages' messages as it does in the extension.
import { type ComponentChild, h, render } from 'preact';
import { act } from 'preact/test-utils';
import { expect, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { dispatchMessage } from '@/components/messaging';
import { OptionsApp } from '@/components/options/OptionsApp';
import { createDecisionLogStore } from '@/components/state/decision-log-store';
import { createSettingsStore, whenLoaded } from '@/components/state/settings-store';
import { createDecisionLogWriter } from '@/entrypoints/background/log-writer';

export async function startStores() {
  const writer = createDecisionLogWriter();
  const page = { url: browser.runtime.getURL('/options.html') };
  browser.runtime.onMessage.addListener((message: unknown) =>
    dispatchMessage(writer.messageHandlers, message, page),
  );
  const settingsStore = createSettingsStore();
  const logStore = createDecisionLogStore();
  await whenLoaded(settingsStore);
  await vi.waitFor(() => expect(logStore.getState().verification).not.toBeNull());
  return { writer, settingsStore, logStore };
}

/** The options page (onboarding on a fresh profile) with its stores, in the given browser language. */
export async function openOptionsPage(browserLanguage = 'en-US') {
  const stores = await startStores();
  const root = mount(
    h(OptionsApp, { settingsStore: stores.settingsStore, logStore: stores.logStore, browserLanguage }),
  );
  return { ...stores, root };
}

export function mount(node: ComponentChild): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  act(() => render(node, container));
  return container;
}

export function unmountAll(): void {
  for (const child of [...document.body.children]) {
    render(null, child);
    child.remove();
  }
}

/** The element a visible label names (label[for] → control), as a user finds it. */
export function byLabel<T extends HTMLElement = HTMLInputElement>(
  root: ParentNode,
  text: string | RegExp,
): T {
  const labels = [...root.querySelectorAll('label, legend')];
  const label = labels.find((l) =>
    typeof text === 'string' ? l.textContent?.trim() === text : text.test(l.textContent ?? ''),
  );
  if (!label) throw new Error(`no label ${text}`);
  if (label.tagName === 'LEGEND') return label.parentElement as T;
  const control = root.querySelector<T>(`[id="${label.getAttribute('for')}"]`);
  if (!control) throw new Error(`label ${text} names no control`);
  return control;
}

export function byText<T extends HTMLElement = HTMLButtonElement>(
  root: ParentNode,
  selector: string,
  text: string | RegExp,
): T {
  const found = [...root.querySelectorAll<T>(selector)].find((el) =>
    typeof text === 'string' ? el.textContent?.trim() === text : text.test(el.textContent ?? ''),
  );
  if (!found) throw new Error(`no ${selector} with text ${text}`);
  return found;
}

/** The error text tied to a control through aria-describedby. */
export function describedErrors(root: HTMLElement, control: HTMLElement): string {
  const ids = (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids
    .map((id) => root.querySelector(`[id="${id}"]`))
    .filter((el) => el?.classList.contains('error'))
    .map((el) => el?.textContent ?? '')
    .join(' ');
}

export async function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function choose(select: HTMLSelectElement | HTMLInputElement, value?: string): Promise<void> {
  await act(() => {
    if (value !== undefined) select.value = value;
    if (select instanceof HTMLInputElement) select.checked = true;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export async function click(element: HTMLElement): Promise<void> {
  await act(() => element.click());
}

export async function chooseFile(input: HTMLInputElement, name: string, text: string): Promise<void> {
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** Captures what saveTextFile offers for download: file name and text. */
export function captureDownloads() {
  const files: { name: string; text: Promise<string>; type: string }[] = [];
  let lastBlob: Blob | null = null;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    lastBlob = blob as Blob;
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (lastBlob) files.push({ name: this.download, text: lastBlob.text(), type: lastBlob.type });
  });
  return files;
}
