// The toolbar popup: this page's status, "Know your rights", "Check a request", the latest decisions.
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { StoreApi } from 'zustand/vanilla';
import { LanguageProvider, useTranslator } from '@/components/i18n';
import type { DecisionLogState } from '@/components/state/decision-log-store';
import type { SettingsState } from '@/components/state/settings-store';
import { useSettingsLanguage } from '@/components/state/use-settings-language';
import { useStoreState } from '@/components/state/use-store';
import { popupMessages } from '@/core/i18n/messages/popup';
import { LazyView } from './LazyView';
import { MissingWarningReport } from './MissingWarningReport';
import { TabStatusView } from './TabStatusView';
import type { TabStatus } from './tab-status';

const VIEWS = ['viewStatus', 'viewRights', 'viewCheck', 'viewLog'] as const;
type View = (typeof VIEWS)[number];

export interface PopupAppProps {
  settingsStore: StoreApi<SettingsState>;
  logStore: StoreApi<DecisionLogState>;
  browserLanguage?: string;
  /** Reads the active tab's status; given the employer hosts from the settings. */
  readStatus?: (websiteHosts: readonly string[]) => Promise<TabStatus>;
}

export function PopupApp(props: PopupAppProps) {
  const language = useSettingsLanguage(props.settingsStore, props.browserLanguage);
  return (
    <LanguageProvider language={language}>
      <Popup {...props} />
    </LanguageProvider>
  );
}

// The views behind the other buttons load on demand: the popup opens with only its status view, which
// keeps what it loads up front small (the rights, the evaluator, letters and log code come later).
const loadRights = () => import('@/components/rights/RightsExplainer').then((m) => m.RightsExplainer);
const loadWizard = () => import('@/components/wizard/RequestWizard').then((m) => m.RequestWizard);
const loadLatest = () => import('./LatestDecisions').then((m) => m.LatestDecisions);

function Popup(props: PopupAppProps) {
  const t = useTranslator(popupMessages);
  const { settings, loaded } = useStoreState(props.settingsStore);
  const [view, setView] = useState<View>('viewStatus');
  return (
    <div class="popup">
      <header class="popup-header">
        <img src={browser.runtime.getURL('/icon/128.png')} alt="" />
        <span>Exposure Guard</span>
      </header>
      <nav class="views" aria-label={t('views')}>
        {VIEWS.map((id) => (
          <button
            key={id}
            type="button"
            data-view={id}
            aria-pressed={view === id ? 'true' : 'false'}
            onClick={() => setView(id)}
          >
            {t(id)}
          </button>
        ))}
      </nav>
      <main>
        {view === 'viewStatus' && (
          <TabStatusView settings={settings} settingsLoaded={loaded} readStatus={props.readStatus} />
        )}
        {view === 'viewStatus' && <MissingWarningReport />}
        {view === 'viewRights' && <LazyView load={loadRights} props={{}} />}
        {view === 'viewCheck' && <LazyView load={loadWizard} props={{ settings }} />}
        {view === 'viewLog' && <LazyView load={loadLatest} props={{ logStore: props.logStore }} />}
      </main>
    </div>
  );
}
