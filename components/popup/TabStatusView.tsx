// The popup's "this page" view: the page's protection in one line with an icon, the next step when
// the setup is missing, and what is watched on this page.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useTranslator } from '@/components/i18n';
import { Notice, type NoticeTone } from '@/components/ui/Notice';
import { surfaceLabels } from '@/core/i18n/messages/log';
import { popupMessages } from '@/core/i18n/messages/popup';
import type { Settings } from '@/core/settings';
import { LazyView } from './LazyView';
import { readTabStatus, type TabStatus } from './tab-status';

// The website finding view brings the evaluator and the letters: loaded only on an employer page.
const loadWebsiteFinding = () =>
  import('@/components/website/WebsiteFindingView').then((m) => m.WebsiteFindingView);

/** This page's protection at a glance; one of these is always shown, in one line. */
export type Protection =
  | 'checking'
  | 'protected'
  | 'setup-needed'
  | 'not-linkedin'
  | 'employer-website'
  | 'went-wrong';

const PROTECTION_LOOK = {
  checking: { tone: 'info', icon: '…', key: 'checkingTab' },
  protected: { tone: 'ok', icon: '✓', key: 'statusProtected' },
  'setup-needed': { tone: 'warn', icon: '!', key: 'statusSetupNeeded' },
  'not-linkedin': { tone: 'info', icon: '○', key: 'statusNotLinkedIn' },
  'employer-website': { tone: 'info', icon: 'ℹ', key: 'statusEmployerWebsite' },
  'went-wrong': { tone: 'error', icon: '✕', key: 'statusWentWrong' },
} as const satisfies Record<
  Protection,
  { tone: NoticeTone; icon: string; key: keyof typeof popupMessages.en }
>;

/** Without the employer's name nothing can be recognised: the one setting the warnings cannot ask for. */
export function setupNeeded(settings: Settings): boolean {
  return !settings.onboardingDone || settings.employer.name.trim() === '';
}

export function protectionOf(status: TabStatus | null, settings: Settings): Protection {
  if (status === null) return 'checking';
  switch (status.kind) {
    case 'not-linkedin':
      return 'not-linkedin';
    case 'employer-website':
      return 'employer-website';
    case 'no-answer':
    case 'website-no-answer':
      return 'went-wrong';
    case 'protected':
      if (status.health.failures > 0) return 'went-wrong';
      return setupNeeded(settings) ? 'setup-needed' : 'protected';
  }
}

function useTabStatus(
  settings: Settings,
  loaded: boolean,
  readStatus?: (websiteHosts: readonly string[]) => Promise<TabStatus>,
): TabStatus | null {
  const [status, setStatus] = useState<TabStatus | null>(null);
  // The hosts as one string: the effect runs again when they change, not on every new array.
  const hostsKey = settings.websiteHosts.join(' ');
  useEffect(() => {
    if (!loaded) return;
    let live = true;
    const hosts = hostsKey === '' ? [] : hostsKey.split(' ');
    (readStatus ?? readTabStatus)(hosts).then(
      (next) => live && setStatus(next),
      () => live && setStatus({ kind: 'not-linkedin' }),
    );
    return () => {
      live = false;
    };
  }, [readStatus, loaded, hostsKey]);
  return status;
}

export function TabStatusView(props: {
  settings: Settings;
  /** False until the settings store has read storage (the employer hosts are not known before). */
  settingsLoaded?: boolean;
  readStatus?: (websiteHosts: readonly string[]) => Promise<TabStatus>;
}) {
  const t = useTranslator(popupMessages);
  const loaded = props.settingsLoaded ?? true;
  const status = useTabStatus(props.settings, loaded, props.readStatus);
  const protection = protectionOf(status, props.settings);
  const look = PROTECTION_LOOK[protection];
  const optionsUrl = browser.runtime.getURL('/options.html');

  return (
    <section aria-labelledby="status-title">
      <h2 id="status-title" class="visually-hidden">
        {t('viewStatus')}
      </h2>
      <div role="status" data-tab-status={status?.kind ?? 'checking'} data-protection={protection}>
        <Notice tone={look.tone} icon={look.icon} class="protection">
          <p class="protection-line">
            {t(look.key, status?.kind === 'employer-website' ? { host: status.report.host } : {})}
          </p>
          <StatusDetail status={status} />
        </Notice>
      </div>
      {loaded && setupNeeded(props.settings) && (
        <div class="next-step" data-next-step="setup">
          <p>{t('setupNext')}</p>
          <a class="eg-button primary" href={optionsUrl} target="_blank" rel="noreferrer">
            {t('finishSetup')}
          </a>
        </div>
      )}
      {status?.kind === 'employer-website' && (
        <LazyView load={loadWebsiteFinding} props={{ report: status.report, settings: props.settings }} />
      )}
      <p class="popup-footer">
        <a href={optionsUrl} target="_blank" rel="noreferrer">
          {t('openSettings')}
        </a>
      </p>
    </section>
  );
}

/** The second line: what is watched here, or what to do about the problem. */
function StatusDetail(props: { status: TabStatus | null }) {
  const t = useTranslator(popupMessages);
  const surface = useTranslator(surfaceLabels);
  const { status } = props;
  if (status === null) return null;
  if (status.kind === 'not-linkedin') return <p class="hint">{t('notLinkedIn')}</p>;
  if (status.kind === 'no-answer') return <p class="hint">{t('noAnswer')}</p>;
  if (status.kind === 'website-no-answer')
    return <p class="hint">{t('websiteNoAnswer', { host: status.host })}</p>;
  if (status.kind !== 'protected') return null;
  const { surfaces, failures, warnings } = status.health;
  return (
    <>
      {status.health.groupName && (
        <p class="hint" data-page-group>
          {t('pageGroup', { name: status.health.groupName })}
        </p>
      )}
      {failures > 0 && <p class="hint">{t('failures', { count: failures })}</p>}
      {surfaces.length === 0 ? (
        <p class="hint">{t('noSurfaces')}</p>
      ) : (
        <div class="hint">
          <span id="watched-label">{t('watchedHere')}</span>
          <ul class="surfaces" aria-labelledby="watched-label">
            {surfaces.map((id) => (
              <li key={id} data-surface={id}>
                {surface(id)}
              </li>
            ))}
          </ul>
        </div>
      )}
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
