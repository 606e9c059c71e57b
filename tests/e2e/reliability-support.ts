// Shared by the reliability tests (full storage, parallel tabs, a stopped service worker): LinkedIn group
// pages at any group id, a group post decided through the warning, the stored log read and its chain
// checked from an extension page (which keeps working while the worker is stopped), storage filled to
// its quota, and the worker stopped through the DevTools protocol.
import { createHash } from 'node:crypto';
import type { CDPSession, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { type DecisionLogEntry, verifyChain } from '@/core/log';
import type { Settings } from '@/core/settings';
import { groupPage } from '../fixtures/linkedin/pages';
import { type ExtensionBrowser, launchWithExtension, openExtensionPage, serveLinkedIn } from './harness';
import {
  composerParts,
  openComposer,
  settingsWith,
  storeSettings,
  submissions,
  typeInto,
} from './linkedin-support';
import { answerWarning, clickWarningAction, warningDialog, warningQuestions } from './warning-access';

const sha256 = async (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export interface ReliabilitySession {
  browser: ExtensionBrowser;
  /** An extension page to read storage from (see storagePage). */
  storage: Page;
}

/** One browser for the test file: the extension with these settings, group pages served, a storage page. */
export function useReliabilityBrowser(settings: Partial<Settings> = {}): ReliabilitySession {
  const session = {} as ReliabilitySession;
  beforeAll(async () => {
    session.browser = await launchWithExtension();
    await storeSettings(session.browser, settingsWith(settings));
    await serveGroups(session.browser);
    session.storage = await storagePage(session.browser);
  });
  afterAll(async () => {
    await session.browser?.close();
  });
  return session;
}

/** Every /groups/<id>/ address is a group home (classic LinkedIn, English). */
export const serveGroups = (browser: ExtensionBrowser) =>
  serveLinkedIn(browser.context, { '/groups/': () => groupPage({ ui: 'classic', lang: 'en' }) });

export async function openGroup(browser: ExtensionBrowser, id: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`https://www.linkedin.com/groups/${id}/`);
  return page;
}

/** Writes a group post and opens the warning (the post names the employer, so it always warns). */
export async function startGroupPost(page: Page, text = 'Acme Installaties is hiring'): Promise<void> {
  await openComposer(page, 'classic');
  const { editor, commit } = composerParts(page, 'group-composer');
  await typeInto(page, editor, text);
  await commit.click();
  await expect.poll(() => warningDialog(page).count()).toBe(1);
}

/** Answers "a group for your work" when the warning asks, and decides. */
export async function decideGroupPost(page: Page, action: 'proceed' | 'cancel'): Promise<void> {
  if ((await warningQuestions(page)).includes('groupKind')) await answerWarning(page, { groupKind: 'work' });
  await clickWarningAction(page, action);
  await expect.poll(() => warningDialog(page).count()).toBe(0);
}

export const postedCount = async (page: Page) => (await submissions(page)).length;

/**
 * An extension page to read and write chrome.storage.local from: unlike the Playwright handle of the
 * service worker, it stays usable while the worker is stopped and after it started again.
 */
export async function storagePage(browser: ExtensionBrowser): Promise<Page> {
  return openExtensionPage(browser, 'options.html');
}

/** The stored log's entries, in order, assembled from its head and chunks. */
export async function logEntries(storage: Page): Promise<DecisionLogEntry[]> {
  return storage.evaluate(async () => {
    const all = await chrome.storage.local.get(null);
    const head = all.decisionLog as { chunks?: string[] } | undefined;
    return (head?.chunks ?? []).flatMap((key) => (all[key] as unknown[]) ?? []) as never;
  });
}

/** The stored log: its entries numbered 1… without a gap or a repeat, and its hash chain intact. */
export async function expectWholeLog(storage: Page, count: number): Promise<DecisionLogEntry[]> {
  const entries = await logEntries(storage);
  expect(entries.map((entry) => entry.seq)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
  expect(await verifyChain(entries, sha256)).toEqual({ intact: true });
  return entries;
}

export async function storedSettings(
  storage: Page,
): Promise<{ groups: Record<string, string>; employer: { name: string } }> {
  return storage.evaluate(async () => (await chrome.storage.local.get('settings')).settings as never);
}

/**
 * Fills chrome.storage.local up to its quota from the service worker with filler keys, halving the size
 * of a filler each time one does not fit, down to a single character: afterwards not even a small write fits.
 */
export async function fillStorage(worker: Worker): Promise<{ fillers: number; bytes: number }> {
  return worker.evaluate(async () => {
    let size = 1 << 20;
    let fillers = 0;
    while (size >= 1) {
      try {
        await chrome.storage.local.set({ [`test.filler.${fillers}`]: 'x'.repeat(size) });
        fillers += 1;
      } catch {
        size = Math.floor(size / 2);
      }
    }
    return { fillers, bytes: await chrome.storage.local.getBytesInUse(null) };
  });
}

export async function freeStorage(storage: Page): Promise<void> {
  await storage.evaluate(async () => {
    const keys = Object.keys(await chrome.storage.local.get(null)).filter((k) =>
      k.startsWith('test.filler.'),
    );
    await chrome.storage.local.remove(keys);
  });
}

/** The extension's service worker as the DevTools protocol sees it: stop it, and count its stops. */
export async function workerControl(page: Page): Promise<{
  stop(): Promise<void>;
  stops(): number;
  session: CDPSession;
}> {
  const session = await page.context().newCDPSession(page);
  let stops = 0;
  session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) if (version.runningStatus === 'stopped') stops += 1;
  });
  await session.send('ServiceWorker.enable');
  return {
    stop: async () => {
      await session.send('ServiceWorker.stopAllWorkers');
    },
    stops: () => stops,
    session,
  };
}
