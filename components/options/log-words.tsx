// The log's words shared by the options log, its summary and the popup's latest decisions.
import { useLocalize, useTranslator } from '@/components/i18n';
import { ACTIVITY_TEXT, ROLE_TEXT } from '@/core/explanations';
import { exposureLabels, logMessages, outcomeLabels, policyLanguageNames } from '@/core/i18n/messages/log';
import { policyMessages, VERDICT_KEY } from '@/core/i18n/messages/policy';
import { LANGUAGE_LOCALES } from '@/core/languages';
import type { DecisionLogEntry } from '@/core/log';
import type { PolicyVerdict } from '@/core/policy/types';
import type { UserDecision } from '@/core/protocol';
import type { Activity, Language } from '@/core/types';

/** The short name of an activity, in the page's language. */
export function useActivityLabel(): (activity: Activity) => string {
  const localize = useLocalize();
  return (activity) => localize(ACTIVITY_TEXT[activity].label);
}

export function locale(language: Language): string {
  return LANGUAGE_LOCALES[language];
}

/** One formatter per language: building an Intl formatter costs far more than using one. */
const TIME_FORMATS = new Map<Language, Intl.DateTimeFormat>();
function timeFormat(language: Language): Intl.DateTimeFormat {
  let format = TIME_FORMATS.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(locale(language), { dateStyle: 'medium', timeStyle: 'short' });
    TIME_FORMATS.set(language, format);
  }
  return format;
}

export function formatTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return timeFormat(language).format(date);
}

/** The log's words for the user's decision, 'noticed' for a website finding, 'saved' for a report. */
export const DECISION_KEY = {
  cancel: 'decisionCancel',
  proceed: 'decisionProceed',
  noticed: 'decisionNoticed',
  saved: 'decisionSaved',
} as const satisfies Record<UserDecision, keyof typeof logMessages.en>;

/**
 * For a website finding: "www.acme.nl/team shows: name, job title, photo", after `lead` (a separator
 * from what stands before it); nothing otherwise.
 */
export function WebsiteShown(props: {
  entry: Pick<DecisionLogEntry, 'host' | 'route' | 'exposed'>;
  lead?: string;
}) {
  const t = useTranslator(logMessages);
  const exposure = useTranslator(exposureLabels);
  const { host, route, exposed } = props.entry;
  if (!host) return null;
  return (
    <>
      {props.lead}
      <span class="website-shown" data-host={host}>
        {t('websiteShows', {
          site: `${host}${route === '/' ? '' : route}`,
          list: (exposed ?? []).map((item) => exposure(item)).join(', '),
        })}
      </span>
    </>
  );
}

type Entry = Pick<DecisionLogEntry, 'activity' | 'decision' | 'outcome' | 'policy'>;

/** "Group post: did not post"; for a saved report "Policy checked: report saved". */
export function EntryTitle(props: { entry: Entry; strong?: boolean }) {
  const t = useTranslator(logMessages);
  const activity = useActivityLabel();
  const { entry } = props;
  const what = entry.policy ? t('policyChecked') : activity(entry.activity);
  return (
    <>
      {props.strong ? <strong>{what}</strong> : what}: {t(DECISION_KEY[entry.decision]).toLowerCase()}
    </>
  );
}

/** The outcome; for a saved report its clauses by verdict, as the policy page summed them up. */
export function EntryOutcome(props: { entry: Entry }) {
  const outcome = useTranslator(outcomeLabels);
  const policy = useTranslator(policyMessages);
  const { entry } = props;
  if (!entry.policy) return <>{outcome(entry.outcome)}</>;
  const count: Record<PolicyVerdict, number> = { 'may-not-require': 0, contested: 0, fine: 0 };
  for (const finding of entry.policy.findings) count[finding.verdict] += finding.clauses;
  const mayNot = count['may-not-require'];
  return (
    <span data-policy-summary>
      {policy(mayNot === 1 ? 'summaryMayNotOne' : 'summaryMayNotMany', { count: mayNot })},{' '}
      {policy('summaryContested', { count: count.contested })}, {policy('summaryFine', { count: count.fine })}
    </span>
  );
}

/** For a saved policy report: what was read, for which role, and each activity with its answer. */
export function PolicyShown(props: { entry: Pick<DecisionLogEntry, 'policy'> }) {
  const t = useTranslator(logMessages);
  const policy = useTranslator(policyMessages);
  const outcome = useTranslator(outcomeLabels);
  const languageName = useTranslator(policyLanguageNames);
  const activity = useActivityLabel();
  const localize = useLocalize();
  const report = props.entry.policy;
  if (!report) return null;
  const clauses = report.findings.reduce((sum, finding) => sum + finding.clauses, 0);
  return (
    <div class="policy-shown">
      <p>
        {t('policyRead', {
          clauses,
          language: languageName(report.language),
          role: localize(ROLE_TEXT[report.role].label),
        })}
      </p>
      <ul aria-label={t('policyFindings')}>
        {report.findings.map((finding) => (
          <li
            key={`${finding.activity} ${finding.outcome} ${finding.verdict}`}
            data-verdict={finding.verdict}
          >
            {t('policyFinding', {
              activity: activity(finding.activity),
              verdict: policy(VERDICT_KEY[finding.verdict]),
              outcome: outcome(finding.outcome),
              clauses: finding.clauses,
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
