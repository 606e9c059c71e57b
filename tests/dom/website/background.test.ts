// The background's wiring (entrypoints/background.ts) against fakeBrowser: the website script is
// registered for the granted hosts at start-up, a page report from the website script sets the
// badge and lands once in the decision log (through the one log writer, hash chain intact), and the
// log writer still answers its own messages.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sha256Hex } from '@/components/state/digest';
import { readStoredLog } from '@/components/state/log-storage';
import { WEBSITE_SCRIPT_ID } from '@/components/website/host-permissions';
import type { DecisionLog } from '@/core/log';
import { verifyChain } from '@/core/log';
import { defaultSettings, type Settings } from '@/core/settings';
import background from '@/entrypoints/background';
import { TEAM_PAGE_HOST, teamPageReport } from '../../fixtures/websites/team-page-report';
import { record } from '../state/records';
import { installBadgeModel, installPermissionModel, type PermissionModel } from './browser-model';

const HOST = TEAM_PAGE_HOST;
const report = teamPageReport;

let model: PermissionModel;
let badge: Map<number, string>;

async function start(settings: Partial<Settings> = {}) {
  await fakeBrowser.storage.local.set({
    settings: { ...defaultSettings(), role: 'back-office', websiteHosts: [HOST], ...settings },
  });
  background.main();
}

/** What the listeners answer, as the browser would send it back: the first answer that is not undefined. */
async function send(message: unknown, sender: { tab?: { id: number }; url?: string } = {}) {
  const answers = await fakeBrowser.runtime.onMessage.trigger(
    message,
    sender as Browser.runtime.MessageSender,
  );
  return answers.find((answer: unknown) => answer !== undefined);
}

const storedLog = async (): Promise<DecisionLog | undefined> => {
  const read = await readStoredLog(fakeBrowser.storage.local);
  return read.kind === 'log' ? read.log : undefined;
};

beforeEach(() => {
  fakeBrowser.reset();
  model = installPermissionModel();
  badge = installBadgeModel();
});

describe('background wiring', () => {
  it('registers the website script for the granted stored hosts at start-up', async () => {
    model.granted.add(`https://${HOST}/*`);
    await start();
    await vi.waitFor(() =>
      expect(model.registered).toEqual([
        expect.objectContaining({ id: WEBSITE_SCRIPT_ID, matches: [`https://${HOST}/*`] }),
      ]),
    );
  });

  it('routes a page report to the findings: badge, one log entry per page per change, chain intact', async () => {
    await start();
    expect(await send({ type: 'website-findings', report }, { tab: { id: 4 } })).toEqual({
      ok: true,
      logged: true,
    });
    expect(badge.get(4)).toBe('!');
    expect(await send({ type: 'website-findings', report }, { tab: { id: 5 } })).toEqual({
      ok: true,
      logged: false,
    });
    const log = await storedLog();
    expect(log?.entries).toHaveLength(1);
    expect(log?.entries[0]).toMatchObject({
      activity: 'website-photo',
      surface: 'employer-website',
      employerLinked: true,
      outcome: 'unassessed',
      rules: [],
      decision: 'noticed',
      route: '/team',
      host: HOST,
      exposed: ['name', 'job-title', 'photo'],
    });
    expect(await verifyChain(log?.entries ?? [], sha256Hex, log?.anchor)).toEqual({ intact: true });
  });

  it('logs the assessed outcome when the settings know the role and a remembered initiator', async () => {
    await start({ jobDefined: false, rememberedInitiator: { 'website-photo': 'employer-requires' } });
    await send({ type: 'website-findings', report }, { tab: { id: 4 } });
    const entry = (await storedLog())?.entries[0];
    expect(entry?.outcome).not.toBe('unassessed');
    expect(entry?.rules.length).toBeGreaterThan(0);
  });

  it('still lets the log writer answer log-decision, and refuses a forged "noticed" record', async () => {
    await start();
    const linkedIn = { url: 'https://www.linkedin.com/feed/' };
    expect(await send({ type: 'log-decision', record: record() }, linkedIn)).toEqual({ ok: true, seq: 1 });
    expect(
      await send(
        { type: 'log-decision', record: record({ surface: 'employer-website', decision: 'noticed' }) },
        linkedIn,
      ),
    ).toMatchObject({ ok: false });
    expect((await storedLog())?.entries).toHaveLength(1);
  });
});
