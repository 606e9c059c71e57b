// What the popup knows of the current tab: asks the LinkedIn content script for its health report,
// or, on one of the employer's websites, the website content script for what the page shows.
// tabs.query only reveals the URL of tabs the extension has host permission for (LinkedIn, and the
// employer hosts the user granted).
import { browser } from 'wxt/browser';
import { sendToTab } from '@/components/messaging';
import { isWebsitePageReport } from '@/components/website/page-report';
import type { HealthReport, WebsitePageReport } from '@/core/protocol';

export type TabStatus =
  | { kind: 'not-linkedin' }
  /** A LinkedIn tab whose content script does not answer (opened before install, or reloading). */
  | { kind: 'no-answer' }
  | { kind: 'protected'; health: HealthReport }
  /** A page of one of the user's employer websites, and what it shows of the user. */
  | { kind: 'employer-website'; report: WebsitePageReport }
  /** An employer-website tab whose script does not answer (opened before the host was added). */
  | { kind: 'website-no-answer'; host: string };

export function isLinkedInUrl(url: string | undefined): boolean {
  return httpsHost(url) === 'www.linkedin.com';
}

/** The host of an https URL, lower case; null for anything else. */
function httpsHost(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

function isHealthReport(value: unknown): value is HealthReport {
  if (typeof value !== 'object' || value === null) return false;
  const report = value as Partial<HealthReport>;
  return (
    typeof report.route === 'string' &&
    Array.isArray(report.surfaces) &&
    Array.isArray(report.uiGenerations) &&
    typeof report.failures === 'number' &&
    Array.isArray(report.warnings) &&
    (report.groupName === undefined || typeof report.groupName === 'string')
  );
}

/**
 * The content script's answer when it has the expected shape; null when it is missing or malformed
 * (a script of an older version of the extension may still run in a tab opened before an update).
 */
async function ask<T>(question: Promise<unknown>, valid: (value: unknown) => value is T): Promise<T | null> {
  try {
    const answer = await question;
    return valid(answer) ? answer : null;
  } catch {
    return null;
  }
}

/** The status of the active tab; `websiteHosts` are the employer hosts from the settings. */
export async function readTabStatus(websiteHosts: readonly string[] = []): Promise<TabStatus> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const host = httpsHost(tab?.url);
  if (tab?.id === undefined || host === null) return { kind: 'not-linkedin' };
  if (websiteHosts.includes(host)) {
    const report = await ask(sendToTab(tab.id, 'get-website-findings'), isWebsitePageReport);
    return report ? { kind: 'employer-website', report } : { kind: 'website-no-answer', host };
  }
  if (!isLinkedInUrl(tab.url)) return { kind: 'not-linkedin' };
  const health = await ask(sendToTab(tab.id, 'get-health'), isHealthReport);
  return health ? { kind: 'protected', health } : { kind: 'no-answer' };
}
