// What the popup knows of the current tab: asks the LinkedIn content script for its health report.
// tabs.query only reveals the URL of tabs the extension has host permission for (LinkedIn).
import { browser } from 'wxt/browser';
import type { ExtensionMessage, HealthReport } from '../../core/protocol';

export type TabStatus =
  | { kind: 'not-linkedin' }
  /** A LinkedIn tab whose content script does not answer (opened before install, or reloading). */
  | { kind: 'no-answer' }
  | { kind: 'protected'; health: HealthReport };

export function isLinkedInUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.hostname === 'www.linkedin.com';
  } catch {
    return false;
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
    Array.isArray(report.warnings)
  );
}

export async function readTabStatus(): Promise<TabStatus> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined || !isLinkedInUrl(tab.url)) return { kind: 'not-linkedin' };
  const message: ExtensionMessage = { type: 'get-health' };
  try {
    const health: unknown = await browser.tabs.sendMessage(tab.id, message);
    return isHealthReport(health) ? { kind: 'protected', health } : { kind: 'no-answer' };
  } catch {
    return { kind: 'no-answer' };
  }
}
