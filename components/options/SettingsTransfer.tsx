// Settings export (a small versioned JSON file) and import, to move them to another browser.
import { useState } from 'preact/hooks';
import type { StoreApi } from 'zustand/vanilla';
import { optionsMessages } from '../../core/i18n/messages/options';
import { exportSettings, importSettings } from '../../core/settings-io';
import { useLocalize, useTranslator } from '../i18n';
import type { SettingsState } from '../state/settings-store';
import { FileChooser } from './fields';
import { fileDate, readChosenFile, saveTextFile } from './save-file';

export function SettingsTransfer(props: { store: StoreApi<SettingsState>; onImported(): void }) {
  const t = useTranslator(optionsMessages);
  const localize = useLocalize();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const onFile = async (input: HTMLInputElement) => {
    const json = await readChosenFile(input);
    if (json === null) return;
    const imported = importSettings(json);
    if (!imported.ok) {
      setMessage({ ok: false, text: localize(imported.error) });
      return;
    }
    const saved = await props.store.getState().update(imported.settings);
    if (saved.ok) {
      setMessage({ ok: true, text: t('importSettingsDone') });
      props.onImported();
    } else {
      setMessage({ ok: false, text: saved.errors.map((e) => localize(e.message)).join(' ') });
    }
  };

  return (
    <section class="transfer" aria-labelledby="transfer-title">
      <h2 id="transfer-title">{t('transferSection')}</h2>
      <div class="actions">
        <button
          type="button"
          onClick={() =>
            saveTextFile(
              `exposure-guard-settings-${fileDate()}.json`,
              exportSettings(props.store.getState().settings),
              'application/json',
            )
          }
        >
          {t('exportSettings')}
        </button>
        <FileChooser
          id="settings-import"
          label={t('importSettings')}
          onFile={(input) => void onFile(input)}
        />
      </div>
      <div role="status">{message && <p class={message.ok ? 'ok' : 'error'}>{message.text}</p>}</div>
    </section>
  );
}
