// The shape check of a WebsitePageReport from the website content script (its badge message, its
// answer to the popup). Kept apart and light: the popup loads it up front.
import type { NameVariantKind } from '@/core/person-match';
import type { WebsiteExposure, WebsiteFinding, WebsitePageReport } from '@/core/protocol';

const ACTIVITIES = ['website-name', 'website-photo'] as const satisfies readonly WebsiteFinding['activity'][];
const EXPOSURES = ['name', 'job-title', 'photo'] as const satisfies readonly WebsiteExposure[];
const SOURCES = [
  'text',
  'heading',
  'alt',
  'title',
  'figcaption',
] as const satisfies readonly WebsiteFinding['source'][];
const NAME_FORMS = [
  'full',
  'first-and-surname',
  'first-and-initial',
  'initials-and-surname',
] as const satisfies readonly NameVariantKind[];

const oneOf = (list: readonly string[], value: unknown) => typeof value === 'string' && list.includes(value);

function isFinding(value: unknown): value is WebsiteFinding {
  const finding = value as Partial<WebsiteFinding> | null;
  return (
    typeof finding === 'object' &&
    finding !== null &&
    oneOf(ACTIVITIES, finding.activity) &&
    Array.isArray(finding.exposed) &&
    finding.exposed.every((item) => oneOf(EXPOSURES, item)) &&
    oneOf(SOURCES, finding.source) &&
    oneOf(NAME_FORMS, finding.nameForm)
  );
}

/** A report with a host, a path, known findings only, and the truncated flag. */
export function isWebsitePageReport(value: unknown): value is WebsitePageReport {
  const report = value as Partial<WebsitePageReport> | null;
  return (
    typeof report === 'object' &&
    report !== null &&
    typeof report.host === 'string' &&
    typeof report.route === 'string' &&
    typeof report.truncated === 'boolean' &&
    Array.isArray(report.findings) &&
    report.findings.every(isFinding)
  );
}
