import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dispatchMessage } from '@/components/messaging';
import type { WebsiteFinding, WebsitePageReport } from '@/core/protocol';
import { defaultSettings } from '@/core/settings';
import {
  BADGE_TEXT,
  createWebsiteFindings,
  LOGGED_FINDINGS_KEY,
  logFindingsTo,
  type WebsiteFindingLogEntry,
} from '@/entrypoints/background/website-findings';
import { installBadgeModel } from './browser-model';

let badge: Map<number, string>;
const photo: WebsiteFinding = {
  activity: 'website-photo',
  exposed: ['name', 'job-title', 'photo'],
  source: 'heading',
  nameForm: 'full',
};

function report(
  findings: WebsiteFinding[],
  route = '/team',
): { type: 'website-findings'; report: WebsitePageReport } {
  return { type: 'website-findings', report: { host: 'www.acme.nl', route, findings, truncated: false } };
}

beforeEach(() => {
  fakeBrowser.reset();
  badge = installBadgeModel();
});

describe('website findings in the background', () => {
  it('shows the badge on the tab whose page exposes the user, and clears it when it does not', async () => {
    const findings = createWebsiteFindings({ log: () => {} });
    await dispatchMessage(findings.messageHandlers, report([photo]), { tab: { id: 7 } });
    expect(badge.get(7)).toBe(BADGE_TEXT);
    await dispatchMessage(findings.messageHandlers, report([]), { tab: { id: 7 } });
    expect(badge.get(7)).toBe('');
  });

  it('logs a page once per change, not on every visit', async () => {
    const log = vi.fn<(entry: WebsiteFindingLogEntry) => void>();
    const findings = createWebsiteFindings({ log, now: () => new Date('2026-11-30T10:00:00Z') });
    expect(await dispatchMessage(findings.messageHandlers, report([photo]), { tab: { id: 1 } })).toEqual({
      ok: true,
      logged: true,
    });
    expect(await dispatchMessage(findings.messageHandlers, report([photo]), { tab: { id: 2 } })).toEqual({
      ok: true,
      logged: false,
    });
    // A new background (browser restart) remembers what was logged.
    const restarted = createWebsiteFindings({ log });
    expect(await dispatchMessage(restarted.messageHandlers, report([photo]), { tab: { id: 3 } })).toEqual({
      ok: true,
      logged: false,
    });
    // The page changes: the photo is gone, only the name is left.
    const nameOnly: WebsiteFinding = { ...photo, activity: 'website-name', exposed: ['name'] };
    expect(await dispatchMessage(restarted.messageHandlers, report([nameOnly]), { tab: { id: 3 } })).toEqual({
      ok: true,
      logged: true,
    });
    expect(log.mock.calls.map(([entry]) => entry)).toEqual([
      {
        time: '2026-11-30T10:00:00.000Z',
        host: 'www.acme.nl',
        route: '/team',
        activity: 'website-photo',
        exposed: ['name', 'job-title', 'photo'],
      },
      expect.objectContaining({ activity: 'website-name', exposed: ['name'] }),
    ]);
    const stored = (await fakeBrowser.storage.local.get(LOGGED_FINDINGS_KEY))[LOGGED_FINDINGS_KEY];
    expect(JSON.stringify(stored)).not.toMatch(/Vries|Servicemonteur/);
  });

  it('does not remember a finding whose log write failed, so it is logged on the next visit', async () => {
    const log = vi.fn().mockRejectedValueOnce(new Error('quota')).mockResolvedValue(undefined);
    const findings = createWebsiteFindings({ log });
    expect(await dispatchMessage(findings.messageHandlers, report([photo]), {})).toEqual({
      ok: false,
      error: 'quota',
    });
    expect(await dispatchMessage(findings.messageHandlers, report([photo]), {})).toEqual({
      ok: true,
      logged: true,
    });
  });

  it('refuses a report about another host than the page that sent it', async () => {
    const log = vi.fn();
    const findings = createWebsiteFindings({ log });
    const sender = { tab: { id: 3 }, url: 'https://www.linkedin.com/feed/' };
    expect(await dispatchMessage(findings.messageHandlers, report([photo]), sender)).toMatchObject({
      ok: false,
    });
    expect(badge.get(3)).toBeUndefined();
    expect(
      await dispatchMessage(findings.messageHandlers, report([photo]), {
        tab: { id: 3 },
        url: 'https://WWW.acme.nl/team/',
      }),
    ).toEqual({ ok: true, logged: true });
    expect(log).toHaveBeenCalledOnce();
  });

  it('leaves other messages to other handlers and refuses a malformed report', async () => {
    const log = vi.fn();
    const findings = createWebsiteFindings({ log });
    expect(dispatchMessage(findings.messageHandlers, { type: 'log-decision' }, {})).toBeUndefined();
    expect(
      await dispatchMessage(findings.messageHandlers, { type: 'website-findings', report: { host: 1 } }, {}),
    ).toEqual({ ok: false, error: expect.stringContaining('report') });
    expect(log).not.toHaveBeenCalled();
  });
});

describe("logFindingsTo (the background's log of findings)", () => {
  const withHosts = async () => ({ ...defaultSettings(), websiteHosts: ['www.acme.nl'] });
  const finding = (overrides: Partial<WebsiteFindingLogEntry> = {}): WebsiteFindingLogEntry => ({
    time: '2026-11-30T10:00:00.000Z',
    host: 'www.acme.nl',
    route: '/team',
    activity: 'website-name',
    exposed: ['name', 'job-title'],
    ...overrides,
  });

  it('appends the finding as a noticed record, and rejects when the writer refuses it', async () => {
    const append = vi
      .fn()
      .mockResolvedValueOnce({ ok: true, seq: 3 })
      .mockResolvedValueOnce({ ok: false, error: 'record.host: expected a host name' });
    const log = logFindingsTo({ append }, withHosts);
    const entry = finding();
    expect(await log(entry)).toEqual({ ok: true, seq: 3 });
    expect(append).toHaveBeenCalledWith(
      expect.objectContaining({ decision: 'noticed', host: 'www.acme.nl', outcome: 'unassessed' }),
    );
    await expect(log(entry)).rejects.toThrow(/record\.host/);
  });

  it('logs only the sites the user added', async () => {
    const append = vi.fn().mockResolvedValue({ ok: true, seq: 1 });
    const log = logFindingsTo({ append }, withHosts);
    await expect(log(finding({ host: 'www.other.nl' }))).rejects.toThrow(/not one of the user's websites/);
    expect(append).not.toHaveBeenCalled();
  });
});
