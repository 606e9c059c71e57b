import { render } from 'preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import { createDecisionLogStore } from '@/components/state/decision-log-store';
import { createSettingsStore } from '@/components/state/settings-store';
import '@/components/ui/tokens.css';
import '@/components/ui/ui.css';
import '@/components/options/page.css';

const app = document.getElementById('app');
if (app)
  render(<OptionsApp settingsStore={createSettingsStore()} logStore={createDecisionLogStore()} />, app);
