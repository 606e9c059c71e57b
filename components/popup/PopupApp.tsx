// The toolbar popup: this page's status, "Know your rights", "Check a request", the latest decisions.
import { useState } from 'preact/hooks';
import type { StoreApi } from 'zustand/vanilla';
import { popupMessages } from '../../core/i18n/messages/popup';
import { LanguageProvider, useTranslator } from '../i18n';
import { RightsExplainer } from '../rights/RightsExplainer';
import type { DecisionLogState } from '../state/decision-log-store';
import type { SettingsState } from '../state/settings-store';
import { useSettingsLanguage } from '../state/use-settings-language';
import { useStoreState } from '../state/use-store';
import { RequestWizard } from '../wizard/RequestWizard';
import { LatestDecisions } from './LatestDecisions';
import { TabStatusView } from './TabStatusView';
import type { TabStatus } from './tab-status';

const VIEWS = ['viewStatus', 'viewRights', 'viewCheck', 'viewLog'] as const;
type View = (typeof VIEWS)[number];

export interface PopupAppProps {
  settingsStore: StoreApi<SettingsState>;
  logStore: StoreApi<DecisionLogState>;
  browserLanguage?: string;
  readStatus?: () => Promise<TabStatus>;
}

export function PopupApp(props: PopupAppProps) {
  const language = useSettingsLanguage(props.settingsStore, props.browserLanguage);
  return (
    <LanguageProvider language={language}>
      <Popup {...props} />
    </LanguageProvider>
  );
}

function Popup(props: PopupAppProps) {
  const t = useTranslator(popupMessages);
  const { settings } = useStoreState(props.settingsStore);
  const [view, setView] = useState<View>('viewStatus');
  return (
    <div class="popup">
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
        {view === 'viewStatus' && <TabStatusView settings={settings} readStatus={props.readStatus} />}
        {view === 'viewRights' && <RightsExplainer />}
        {view === 'viewCheck' && <RequestWizard settings={settings} />}
        {view === 'viewLog' && <LatestDecisions logStore={props.logStore} />}
      </main>
    </div>
  );
}
