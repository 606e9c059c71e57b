import { render } from 'preact';
import { PopupApp } from '@/components/popup/PopupApp';
import { createDecisionLogStore } from '@/components/state/decision-log-store';
import { createSettingsStore } from '@/components/state/settings-store';
import '@/components/ui/tokens.css';
import '@/components/ui/ui.css';
import '@/components/options/page.css';
import '@/components/popup/popup.css';

const app = document.getElementById('app');
if (app) render(<PopupApp settingsStore={createSettingsStore()} logStore={createDecisionLogStore()} />, app);
