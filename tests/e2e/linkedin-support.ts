// Helpers for real-browser tests on the LinkedIn fixtures: configure settings through the service
// worker, drive the fixture pages with trusted input, and read our warning from its shadow root.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { defaultSettings, type Settings } from '@/core/settings';
import { type FixtureOptions, type FixtureState, LINKEDIN_FIXTURES } from '../fixtures/linkedin';
import { type ExtensionBrowser, launchWithExtension, serveLinkedIn } from './harness';

export const EMPLOYER = {
  name: 'Acme Installaties',
  aliases: ['Acme'],
  companyPageUrl: 'https://www.linkedin.com/company/12345/',
};

export function settingsWith(patch: Partial<Settings> = {}): Settings {
  return { ...defaultSettings(), onboardingDone: true, employer: EMPLOYER, role: 'sales', ...patch };
}

export async function storeSettings(browser: ExtensionBrowser, settings: Settings): Promise<void> {
  await browser.serviceWorker.evaluate(async (s) => {
    await chrome.storage.local.set({ settings: s });
  }, settings);
}

export async function readStorage(browser: ExtensionBrowser, key: string): Promise<unknown> {
  return browser.serviceWorker.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key);
}

/** Serves every LinkedIn fixture at its path with the given options (changeable between tests). */
export function serveFixtures(browser: ExtensionBrowser) {
  let options: FixtureOptions = { ui: 'sdui', lang: 'en' };
  const routes = Object.fromEntries(LINKEDIN_FIXTURES.map((f) => [f.path, () => f.build(options)]));
  const ready = serveLinkedIn(browser.context, routes);
  return {
    ready,
    use(next: FixtureOptions) {
      options = next;
    },
  };
}

/** Every stored decision record (an object with an activity and a surface), wherever the log keeps it. */
export async function storedRecords(browser: ExtensionBrowser): Promise<Record<string, unknown>[]> {
  const all = await browser.serviceWorker.evaluate(async () => chrome.storage.local.get(null));
  const found: Record<string, unknown>[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const object = value as Record<string, unknown>;
      if ('activity' in object && 'surface' in object) found.push(object);
      Object.values(object).forEach(walk);
    }
  };
  walk(all);
  return found;
}

// The warning is reached only through ./warning-access (its content may live in an extension frame).
export { warningButton, warningDialog } from './warning-access';

export async function submissions(page: Page): Promise<FixtureState['submissions']> {
  return page.evaluate(() => (window as unknown as { __fixture: FixtureState }).__fixture.submissions);
}

/** The share composer's editor and commit button for a surface (they may sit in a shadow root). */
export function composerParts(page: Page, surface: string) {
  const box = page.locator(`[data-fixture-surface="${surface}"]`).first();
  return {
    box,
    editor: box.locator('[contenteditable="true"]'),
    commit: box.locator('[data-fixture-commit]'),
  };
}

export async function openComposer(page: Page, ui: FixtureOptions['ui']): Promise<void> {
  await page.locator('[data-fixture-launch="share"]').click();
  if (ui === 'sdui') {
    // LinkedIn swaps the dialog node ~0.5 s after opening; type into the one that stays.
    await page.waitForFunction(
      () => (window as unknown as { __fixture: FixtureState }).__fixture.replacedDialogs > 0,
    );
  }
}

/** Types like a person: a trusted click into the editor, then keystrokes. */
export async function typeInto(page: Page, editor: ReturnType<typeof composerParts>['editor'], text: string) {
  await editor.click();
  await page.keyboard.type(text);
}

/** Text of the element that has focus, looking through open shadow roots. */
export async function focusedElementInfo(page: Page): Promise<{ editable: boolean; text: string }> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return {
      editable: el instanceof HTMLElement && el.isContentEditable,
      text: el?.textContent ?? '',
    };
  });
}

/** Waits long enough for a replay (and any accidental double submit) to have happened. */
export const settle = (page: Page, ms = 1200) => page.waitForTimeout(ms);

export interface LinkedInSession {
  browser: ExtensionBrowser;
  fixtures: ReturnType<typeof serveFixtures>;
}

/** One browser with the extension and every LinkedIn fixture served, for the whole test file. */
export function useLinkedInBrowser(options: { locale?: string } = {}): LinkedInSession {
  const session = {} as LinkedInSession;
  beforeAll(async () => {
    session.browser = await launchWithExtension(options);
    session.fixtures = serveFixtures(session.browser);
    await session.fixtures.ready;
  });
  afterAll(async () => {
    await session.browser?.close();
  });
  return session;
}
