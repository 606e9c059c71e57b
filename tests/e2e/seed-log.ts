// Decisions logged through the background as a LinkedIn page would, spread over the last months, so the
// log, its summary and the popup have something realistic to show.
import type { DecisionRecord } from '@/core/protocol';
import type { ExtensionBrowser } from './harness';

type Chrome = { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const DAY = 24 * 60 * 60 * 1000;

/** Twelve decisions over about five months: group posts, feed posts, comments and a profile photo. */
export function demoRecords(now = Date.now()): DecisionRecord[] {
  const base = {
    surface: 'group-composer',
    activity: 'group-post',
    employerLinked: true,
    route: '/groups/4242/',
  } as const;
  const list: Omit<DecisionRecord, 'time'>[] = [
    { ...base, outcome: 'voluntary-only', rules: ['R7', 'R3'], decision: 'cancel' },
    { ...base, outcome: 'voluntary-only', rules: ['R14'], decision: 'proceed' },
    {
      activity: 'feed-post',
      surface: 'feed-composer',
      employerLinked: true,
      route: '/feed/',
      outcome: 'voluntary-only',
      rules: ['R7'],
      decision: 'cancel',
    },
    {
      activity: 'profile-photo',
      surface: 'profile-photo',
      employerLinked: false,
      route: '/in/sanne-de-vries/',
      outcome: 'voluntary-only',
      rules: ['R14'],
      decision: 'proceed',
    },
    { ...base, outcome: 'legitimate-interest', rules: ['R8'], decision: 'cancel' },
    {
      activity: 'comment',
      surface: 'comment',
      employerLinked: true,
      route: '/feed/',
      outcome: 'unassessed',
      rules: [],
      decision: 'proceed',
    },
  ];
  return [...list, ...list].map((record, index) => ({
    ...record,
    time: new Date(now - (150 - index * 12) * DAY).toISOString(),
  }));
}

export async function logDemoDecisions(browser: ExtensionBrowser, records = demoRecords()): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  for (const record of records) {
    const answer = await page.evaluate(
      (message) => (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage(message),
      { type: 'log-decision', record },
    );
    if ((answer as { ok?: boolean } | undefined)?.ok !== true) {
      throw new Error(`the background refused a demo decision: ${JSON.stringify(answer)}`);
    }
  }
  await page.close();
}
