// The log's words shared by the options log, its summary and the popup's latest decisions.
import { useLocalize, useTranslator } from '@/components/i18n';
import { ACTIVITY_TEXT } from '@/core/explanations';
import { exposureLabels, logMessages } from '@/core/i18n/messages/log';
import { LANGUAGE_LOCALES } from '@/core/languages';
import type { DecisionLogEntry } from '@/core/log';
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

export function formatTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** The log's words for the user's decision, or 'noticed' for a website finding. */
export const DECISION_KEY = {
  cancel: 'decisionCancel',
  proceed: 'decisionProceed',
  noticed: 'decisionNoticed',
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
