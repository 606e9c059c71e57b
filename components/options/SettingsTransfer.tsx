// Settings export (a small versioned JSON file) and import, to move them to another browser.
// An import never changes the log retention (the next append would delete entries) nor the employer's
// websites (they need a host permission granted in this browser); the settings it replaces are kept aside.
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { StoreApi } from 'zustand/vanilla';
import { useLocalize, useTranslator } from '@/components/i18n';
import { SETTINGS_KEY, type SettingsState } from '@/components/state/settings-store';
import { outcomeMessage, StatusLine, type StatusMessage } from '@/components/ui/StatusLine';
import { optionsMessages } from '@/core/i18n/messages/options';
import type { Settings } from '@/core/settings';
import { exportSettings, importSettings } from '@/core/settings/io';
import { FileChooser, SaveFileButton } from './fields';
import { fileDate, readChosenFile } from './save-file';

/** Where the settings an import replaces are kept, as the log import keeps the log it replaces. */
export const REPLACED_SETTINGS_PREFIX = 'settings.replaced.';

/** The imported settings without what only this browser may decide: log retention, websites. */
export function importablePart(settings: Settings): Partial<Settings> {
  const { logRetentionMonths: _retention, websiteHosts: _hosts, ...rest } = settings;
  return rest;
}

export function SettingsTransfer(props: { store: StoreApi<SettingsState>; onImported(): void }) {
  const t = useTranslator(optionsMessages);
  const localize = useLocalize();
  const [message, setMessage] = useState<StatusMessage | null>(null);

  const onFile = async (input: HTMLInputElement) => {
    const json = await readChosenFile(input);
    if (json === null) return;
    const imported = importSettings(json);
    if (!imported.ok) {
      setMessage(outcomeMessage(false, localize(imported.error)));
      return;
    }
    const local = browser.storage.local;
    const previous = (await local.get(SETTINGS_KEY))[SETTINGS_KEY];
    if (previous !== undefined && previous !== null) {
      try {
        await local.set({ [`${REPLACED_SETTINGS_PREFIX}${Date.now()}`]: previous });
      } catch (error) {
        // Nothing is replaced unless the previous settings are safe.
        setMessage(outcomeMessage(false, t('storageWriteFailed', { detail: String(error) })));
        return;
      }
    }
    const saved = await props.store.getState().update(importablePart(imported.settings));
    if (saved.ok) {
      setMessage(outcomeMessage(true, `${t('importSettingsDone')} ${t('importSettingsKept')}`));
      props.onImported();
    } else {
      setMessage(outcomeMessage(false, saved.errors.map((e) => localize(e.message)).join(' ')));
    }
  };

  return (
    <section class="transfer" aria-labelledby="transfer-title">
      <h2 id="transfer-title">{t('transferSection')}</h2>
      <div class="actions">
        <SaveFileButton
          label={t('exportSettings')}
          file={() => ({
            name: `exposure-guard-settings-${fileDate()}.json`,
            text: exportSettings(props.store.getState().settings),
            type: 'application/json',
          })}
        />
        <FileChooser
          id="settings-import"
          label={t('importSettings')}
          onFile={(input) => void onFile(input)}
        />
      </div>
      <StatusLine message={message} />
    </section>
  );
}
