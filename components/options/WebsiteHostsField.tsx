// "Your employer's websites": the hosts Exposure Guard checks for the user's name. Adding
// a host asks the browser for that one site (the request is the first thing the click does: after
// an await the browser no longer counts it as the user's gesture and refuses the prompt), then
// saves it in the settings; removing a host saves the shorter list and gives the access back. The
// marker next to the user's name on those pages is opt-in (settings.websiteMarker): a page's own
// scripts can see an element we add, and the toolbar badge and the popup report the finding anyway.
import { useRef, useState } from 'preact/hooks';
import type { StoreApi } from 'zustand/vanilla';
import { useLanguage, useTranslator } from '@/components/i18n';
import type { SettingsState } from '@/components/state/settings-store';
import { useStoreState } from '@/components/state/use-store';
import { removeWebsiteHost, requestWebsiteHost } from '@/components/website/host-permissions';
import { websiteMessages } from '@/core/i18n/messages/website';
import { normaliseHost } from '@/core/settings/io';
import { TextField } from './fields';

/** 'info' while the browser asks; no tick or cross. */
type Message = { tone: 'ok' | 'error' | 'info'; text: string } | null;

export function WebsiteHostsField(props: { store: StoreApi<SettingsState> }) {
  const t = useTranslator(websiteMessages);
  const language = useLanguage();
  const { settings, update } = useStoreState(props.store);
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLDivElement>(null);
  const hosts = settings.websiteHosts;

  const saveFailure = (result: Awaited<ReturnType<typeof update>>) =>
    result.ok ? '' : result.errors.map((e) => e.message[language]).join(' ');
  const focusInput = () => inputRef.current?.querySelector('input')?.focus();

  const add = async (event: Event) => {
    event.preventDefault();
    const typed = input.trim();
    const host = normaliseHost(typed);
    if (typed === '') return refuse(t('hostEmpty'));
    if (host !== null && hosts.includes(host)) return refuse(t('hostDuplicate', { host }));
    // First await of the click: the browser's prompt for this one host.
    const pending = requestWebsiteHost(typed, hosts);
    setBusy(true);
    setMessage({ tone: 'info', text: t('hostWorking') });
    const granted = await pending.catch(
      () => ({ ok: false, reason: 'denied', host: host ?? typed }) as const,
    );
    if (!granted.ok) {
      setBusy(false);
      return refuse(
        t(granted.reason === 'invalid-host' ? 'permissionInvalidHost' : 'permissionDenied', {
          host: granted.host,
        }),
      );
    }
    const current = props.store.getState().settings.websiteHosts;
    const saved = await update({ websiteHosts: [...current, granted.host] });
    if (!saved.ok) {
      // Not in the settings, so not checked: give the access back too.
      await removeWebsiteHost(granted.host, current).catch(() => undefined);
      setBusy(false);
      return refuse(saveFailure(saved));
    }
    setBusy(false);
    setInput('');
    setError(null);
    setMessage({ tone: 'ok', text: t('hostAdded', { host: granted.host }) });
  };

  // A failed save re-renders with the message; the controlled box then shows the saved choice again.
  const setMarker = async (on: boolean) => {
    const saved = await update({ websiteMarker: on });
    if (!saved.ok) setMessage({ tone: 'error', text: saveFailure(saved) });
  };

  const refuse = (text: string) => {
    setError(text);
    setMessage(null);
    focusInput();
  };

  const remove = async (host: string) => {
    const remaining = props.store.getState().settings.websiteHosts.filter((h) => h !== host);
    const saved = await update({ websiteHosts: remaining });
    if (!saved.ok) {
      setMessage({ tone: 'error', text: saveFailure(saved) });
      return;
    }
    await removeWebsiteHost(host, remaining).catch(() => undefined);
    setMessage({ tone: 'ok', text: t('hostRemoved', { host }) });
    focusInput();
  };

  return (
    <section class="website-hosts" aria-labelledby="website-hosts-title">
      <h2 id="website-hosts-title">{t('hostsTitle')}</h2>
      <p>{t('hostsIntro')}</p>
      {hosts.length === 0 ? (
        <p>{t('hostsEmpty')}</p>
      ) : (
        <ul class="host-list" aria-label={t('hostsListLabel')}>
          {hosts.map((host) => (
            <li key={host} data-host={host}>
              <span>{host}</span>{' '}
              <button
                type="button"
                aria-label={t('hostRemoveLabel', { host })}
                disabled={busy}
                onClick={() => void remove(host)}
              >
                {t('hostRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="host-add" noValidate onSubmit={(event) => void add(event)}>
        <div ref={inputRef}>
          <TextField
            id="website-host"
            inputMode="url"
            label={t('hostLabel')}
            hint={t('hostHint')}
            value={input}
            errors={error ? [error] : undefined}
            onValue={(value) => {
              setInput(value);
              setError(null);
            }}
          />
        </div>
        <button type="submit" disabled={busy}>
          {t('hostAdd')}
        </button>
      </form>
      <div class="choice website-marker">
        <input
          type="checkbox"
          id="website-marker"
          checked={settings.websiteMarker}
          aria-describedby="website-marker-hint"
          onChange={(event) => void setMarker(event.currentTarget.checked)}
        />{' '}
        <label for="website-marker">{t('markerSetting')}</label>
        <span class="hint" id="website-marker-hint">
          {t('markerSettingHint')}
        </span>
      </div>
      <div role="status" class="form-status">
        {message && <p class={message.tone}>{message.text}</p>}
      </div>
    </section>
  );
}
