// The PageContext detectors read: the current URL plus the employer matcher built from the settings.
import { createEmployerMatcher, type EmployerMatcher } from '@/core/name-match';
import type { EmployerSettings } from '@/core/settings';
import type { PageContext } from './detectors/types';
import type { GroupFacts } from './dom/group-context';

// A context is made for every click and Enter the guard sees; the matcher's patterns are compiled once per
// employer settings object (the settings store replaces that object when the user changes it).
const matchers = new WeakMap<EmployerSettings, EmployerMatcher>();

function matcherFor(employer: EmployerSettings): EmployerMatcher {
  let matcher = matchers.get(employer);
  if (!matcher) {
    matcher = createEmployerMatcher(employer);
    matchers.set(employer, matcher);
  }
  return matcher;
}

export function createPageContext(
  url: URL,
  employer: EmployerSettings,
  composeOrigin: GroupFacts | null = null,
): PageContext {
  const matcher = matcherFor(employer);
  return {
    url,
    composeOrigin,
    employerSignalsInText: (text) => matcher.signalsInText(text),
    isEmployerCompanyRef: (hrefOrUrn) => matcher.isCompanyRef(hrefOrUrn),
  };
}
