// The decision-log record of a finding on the employer's website: where (host, page path),
// what the page shows of the user, and the outcome. Not a choice of the user: the decision is
// 'noticed'. Kept out of core/log/index.ts so the pages that only read the log do not load the
// evaluator; the background imports it directly.
import { evaluate } from '../evaluate';
import type { DecisionRecord, WebsiteExposure } from '../protocol';
import type { Settings } from '../settings';
import { type WebsiteActivity, websitePlan } from '../website-finding';
import { assessmentRules, validateRecord } from './record';

/** What the background knows of a page that shows the user: where and what, never page text. */
export interface WebsiteFindingFacts {
  time: string; // ISO 8601
  host: string;
  route: string; // page path without query or fragment
  activity: WebsiteActivity;
  exposed: WebsiteExposure[];
}

/**
 * The record of a website finding. The outcome is the core's assessment when the settings alone
 * allow one (the user's role is set and an initiator is remembered for this activity); otherwise
 * 'unassessed' with no rules: who wanted the page is the user's answer, never our guess.
 * Throws a TypeError (from validateRecord) for a host, path or exposure that is not a clean value.
 */
export function websiteFindingRecord(finding: WebsiteFindingFacts, settings: Settings): DecisionRecord {
  const { situation } = websitePlan(finding.activity, settings, {});
  const assessment = situation ? evaluate(situation) : null;
  return validateRecord({
    time: finding.time,
    activity: finding.activity,
    surface: 'employer-website',
    employerLinked: true,
    outcome: assessment?.outcome ?? 'unassessed',
    rules: assessment ? assessmentRules(assessment) : [],
    decision: 'noticed',
    route: finding.route,
    host: finding.host,
    exposed: finding.exposed,
  });
}
