// The popup's "this page" view: LinkedIn or not, the surfaces protected, whether settings are complete.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useTranslator } from '@/components/i18n';
import { missingSettings } from '@/components/state/settings-completeness';
import { surfaceLabels } from '@/core/i18n/messages/log';
import { optionsMessages } from '@/core/i18n/messages/options';
import { popupMessages } from '@/core/i18n/messages/popup';
import type { Settings } from '@/core/settings';
import { LazyView } from './LazyView';
import { readTabStatus, type TabStatus } from './tab-status';

// The website finding view brings the evaluator and the letters: loaded only on an employer page.
const loadWebsiteFinding = () =>
  import('@/components/website/WebsiteFindingView').then((m) => m.WebsiteFindingView);

export function TabStatusView(props: {
  settings: Settings;
  /** False until the settings store has read storage (the employer hosts are not known before). */
  settingsLoaded?: boolean;
  readStatus?: (websiteHosts: readonly string[]) => Promise<TabStatus>;
}) {
  const t = useTranslator(popupMessages);
  const [status, setStatus] = useState<TabStatus | null>(null);
  const loaded = props.settingsLoaded ?? true;
  // The hosts as one string: the effect runs again when they change, not on every new array.
  const hostsKey = props.settings.websiteHosts.join(' ');
  useEffect(() => {
    if (!loaded) return;
    let live = true;
    const hosts = hostsKey === '' ? [] : hostsKey.split(' ');
    (props.readStatus ?? readTabStatus)(hosts).then(
      (next) => live && setStatus(next),
      () => live && setStatus({ kind: 'not-linkedin' }),
    );
    return () => {
      live = false;
    };
  }, [props.readStatus, loaded, hostsKey]);

  return (
    <section aria-labelledby="status-title">
      <h2 id="status-title">{t('viewStatus')}</h2>
      <div role="status" data-tab-status={status?.kind ?? 'checking'}>
        {status === null && <p>{t('checkingTab')}</p>}
        {status?.kind === 'not-linkedin' && <p>{t('notLinkedIn')}</p>}
        {status?.kind === 'no-answer' && <p class="error">{t('noAnswer')}</p>}
        {status?.kind === 'protected' && <HealthView health={status.health} />}
        {status?.kind === 'employer-website' && <p>{t('employerWebsite', { host: status.report.host })}</p>}
        {status?.kind === 'website-no-answer' && (
          <p class="error">{t('websiteNoAnswer', { host: status.host })}</p>
        )}
      </div>
      {status?.kind === 'employer-website' && (
        <LazyView load={loadWebsiteFinding} props={{ report: status.report, settings: props.settings }} />
      )}
      <SettingsCompleteness settings={props.settings} />
    </section>
  );
}

function HealthView(props: { health: Extract<TabStatus, { kind: 'protected' }>['health'] }) {
  const t = useTranslator(popupMessages);
  const surface = useTranslator(surfaceLabels);
  const { surfaces, failures, warnings } = props.health;
  return (
    <>
      <h3>{t('protectedTitle')}</h3>
      {props.health.groupName && <p data-page-group>{t('pageGroup', { name: props.health.groupName })}</p>}
      {surfaces.length === 0 ? (
        <p>{t('noSurfaces')}</p>
      ) : (
        <ul class="surfaces">
          {surfaces.map((id) => (
            <li key={id} data-surface={id}>
              {surface(id)}
            </li>
          ))}
        </ul>
      )}
      {failures > 0 && <p class="error">{t('failures', { count: failures })}</p>}
      {warnings.length > 0 && (
        <details>
          <summary>{t('pageNotes')}</summary>
          <ul>
            {warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

function SettingsCompleteness(props: { settings: Settings }) {
  const t = useTranslator(popupMessages);
  const labels = useTranslator(optionsMessages);
  const missing = missingSettings(props.settings);
  return (
    <div class="completeness" data-settings-complete={String(missing.length === 0)}>
      {!props.settings.onboardingDone && <p>{t('onboardingNotDone')}</p>}
      {missing.length === 0 ? (
        <p class="ok">{t('settingsComplete')}</p>
      ) : (
        <p>{t('settingsMissing', { list: missing.map((question) => labels(question)).join(', ') })}</p>
      )}
      <p>
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
          {t('openSettings')}
        </a>
      </p>
    </div>
  );
}
