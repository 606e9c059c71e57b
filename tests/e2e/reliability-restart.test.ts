// A service worker stopped while decisions are sent loses none and logs none twice (Chromium, the built
// extension). The worker is stopped through the DevTools protocol (ServiceWorker.stopAllWorkers) again
// and again while the user decides: each decision is kept in its tab, sent again once the worker is back,
// and stored once, numbered in order, in an unbroken chain.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  decideGroupPost,
  expectWholeLog,
  logEntries,
  openGroup,
  startGroupPost,
  useReliabilityBrowser,
  workerControl,
} from './reliability-support';

/** Stops the worker every `everyMs` until the returned function is called. */
function keepStopping(stop: () => Promise<void>, everyMs: number): () => Promise<void> {
  let running = true;
  const loop = (async () => {
    while (running) {
      await stop().catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return async () => {
    running = false;
    await loop;
  };
}

describe('a stopped service worker', () => {
  const session = useReliabilityBrowser({ groups: { '8001': 'work', '8002': 'work' } });

  it('drops no decision sent while it is stopped, and logs each once', async () => {
    const { browser, storage } = session;
    const worker = await workerControl(storage);
    const tabs = [await openGroup(browser, '8001'), await openGroup(browser, '8002')];
    const decisions: ['proceed' | 'cancel', Page][] = [
      ['cancel', tabs[0] as Page],
      ['proceed', tabs[1] as Page],
      ['cancel', tabs[1] as Page],
      ['cancel', tabs[0] as Page],
    ];
    for (const [action, tab] of decisions) {
      await tab.bringToFront();
      await startGroupPost(tab, `Acme Installaties, ${action}`);
      // The decision is sent while the worker is being stopped over and over.
      const stopStopping = keepStopping(worker.stop, 20);
      await decideGroupPost(tab, action);
      await tab.waitForTimeout(700);
      await stopStopping();
    }
    expect(worker.stops()).toBeGreaterThan(decisions.length);
    await expect
      .poll(() => logEntries(storage).then((e) => e.length), { timeout: 40_000, interval: 500 })
      .toBe(decisions.length);
    // Long enough for a second copy of any of them to have arrived.
    await storage.waitForTimeout(2500);
    const entries = await expectWholeLog(storage, decisions.length);
    expect(entries.map((entry) => [entry.route, entry.decision])).toEqual([
      ['/groups/8001/', 'cancel'],
      ['/groups/8002/', 'proceed'],
      ['/groups/8002/', 'cancel'],
      ['/groups/8001/', 'cancel'],
    ]);
  });
});
