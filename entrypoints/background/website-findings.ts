// The background's side of website findings: the toolbar badge of the tab whose page shows the
// user, and the log of what was found, once per page per change (the finding key), not per visit.
import { browser } from 'wxt/browser';
import { LOGGED_FINDINGS_KEY } from '@/components/state/log-storage';
import { isWebsitePageReport } from '@/components/website/page-report';
import { type WebsiteFindingFacts, websiteFindingRecord } from '@/core/log/website-record';
import type {
  BackgroundHandlers,
  MessageSender,
  WebsiteFindingsResult,
  WebsitePageReport,
} from '@/core/protocol';
import type { Settings } from '@/core/settings';
import { findingKey, pageExposure } from '@/core/website-finding';
import type { AppendResult, DecisionLogWriter } from '@/entrypoints/background/log-writer';

/** What the log keeps of a finding: where and what, never page text. */
export type WebsiteFindingLogEntry = WebsiteFindingFacts;

/** Storage key of the finding keys already logged (host, path and what was shown: no page text). */
export { LOGGED_FINDINGS_KEY };

const MAX_REMEMBERED = 500;
export const BADGE_TEXT = '!';

export interface WebsiteFindingsOptions {
  /**
   * Writes the entry to the decision log (the background's one log writer). Rejects when it is refused
   * or storage did not take it, so it is not remembered as logged and the next scan reports it again.
   */
  log(entry: WebsiteFindingLogEntry): Promise<unknown> | unknown;
  now?: () => Date;
}

export type { WebsiteFindingsResult };

export interface WebsiteFindings {
  /** Handles `website-findings` from the employer-website script (one at a time, in order). */
  receive(report: unknown, sender: MessageSender): Promise<WebsiteFindingsResult>;
  /** The background's handler table entry for `website-findings`. */
  messageHandlers: Pick<BackgroundHandlers, 'website-findings'>;
}

/** The browser names the page a message came from: its host must be the one the report names. */
function fromReportedHost(senderUrl: string | undefined, host: string): boolean {
  if (senderUrl === undefined) return true; // no page (a test or an extension page): nothing to compare
  try {
    const url = new URL(senderUrl);
    return url.protocol === 'https:' && url.hostname.toLowerCase() === host.toLowerCase();
  } catch {
    return false;
  }
}

function badgeApi() {
  return browser.action ?? browser.browserAction;
}

export function createWebsiteFindings(options: WebsiteFindingsOptions): WebsiteFindings {
  const now = options.now ?? (() => new Date());
  let queue: Promise<unknown> = Promise.resolve();

  async function loggedKeys(): Promise<string[]> {
    const stored = (await browser.storage.local.get(LOGGED_FINDINGS_KEY))[LOGGED_FINDINGS_KEY];
    return Array.isArray(stored) ? stored.filter((k): k is string => typeof k === 'string') : [];
  }

  async function handle(
    report: WebsitePageReport,
    tabId: number | undefined,
  ): Promise<WebsiteFindingsResult> {
    const exposure = pageExposure(report.findings);
    if (tabId !== undefined) {
      await badgeApi()
        ?.setBadgeText({ tabId, text: exposure ? BADGE_TEXT : '' })
        .catch(() => undefined);
    }
    const key = findingKey(report);
    if (!exposure || key === null) return { ok: true, logged: false };
    const keys = await loggedKeys();
    if (keys.includes(key)) return { ok: true, logged: false };
    // Log first, remember after: a failed write is tried again on the next visit, never lost.
    await options.log({
      time: now().toISOString(),
      host: report.host,
      route: report.route,
      activity: exposure.activity,
      exposed: exposure.exposed,
    });
    await browser.storage.local.set({ [LOGGED_FINDINGS_KEY]: [...keys, key].slice(-MAX_REMEMBERED) });
    return { ok: true, logged: true };
  }

  function receive(report: unknown, sender: MessageSender): Promise<WebsiteFindingsResult> {
    if (!isWebsitePageReport(report))
      return Promise.resolve({ ok: false, error: 'report: not a page report' });
    if (!fromReportedHost(sender.url, report.host)) {
      return Promise.resolve({ ok: false, error: 'report.host: not the host of the page that sent it' });
    }
    const run = () =>
      handle(report, sender.tab?.id).catch(
        (error: unknown): WebsiteFindingsResult => ({
          ok: false,
          error: error instanceof Error ? error.message : String(error),
        }),
      );
    const result = queue.then(run, run);
    queue = result;
    return result;
  }

  return {
    receive,
    messageHandlers: { 'website-findings': ({ report }, sender) => receive(report, sender) },
  };
}

/**
 * The `log` of createWebsiteFindings for the background: the finding as a decision-log record
 * (decision 'noticed', the outcome the current settings allow) appended through the one log writer.
 * Rejects when the writer refuses the record, so the finding is not remembered as logged.
 */
export function logFindingsTo(
  writer: Pick<DecisionLogWriter, 'append'>,
  settings: () => Promise<Settings>,
): (finding: WebsiteFindingLogEntry) => Promise<AppendResult> {
  return async (finding) => {
    const current = await settings();
    // Only the sites the user added are logged (the script runs on no other, this checks again).
    if (!current.websiteHosts.includes(finding.host))
      throw new Error(`record.host: ${finding.host} is not one of the user's websites`);
    const result = await writer.append(websiteFindingRecord(finding, current));
    if (!result.ok) throw new Error(result.error);
    return result;
  };
}
