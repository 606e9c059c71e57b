// The PageContext detectors read: the current URL plus the employer matcher built from the settings.
import { createEmployerMatcher } from '../../core/name-match';
import type { EmployerSettings } from '../../core/settings';
import type { PageContext } from './detectors/types';

export function createPageContext(url: URL, employer: EmployerSettings): PageContext {
  const matcher = createEmployerMatcher(employer);
  return {
    url,
    employerSignalsInText: (text) => matcher.signalsInText(text),
    isEmployerCompanyRef: (hrefOrUrn) => matcher.isCompanyRef(hrefOrUrn),
  };
}
