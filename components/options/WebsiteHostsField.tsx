// "Your employer's websites": the hosts Exposure Guard checks for the user's name. Adding
// a host asks the browser for that one site (the request is the first thing the click does: after
// an await the browser no longer counts it as the user's gesture and refuses the prompt), then
// saves it in the settings; removing a host saves the shorter list and gives the access back. The
// marker next to the user's name on those pages is opt-in (settings.websiteMarker): a page's own
// scripts can see an element we add, and the toolbar badge and the popup report the finding anyway.
import type { RefObject } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { StoreApi } from 'zustand/vanilla';
import { useLanguage, useTranslator } from '@/components/i18n';
import type { SettingsState, SettingsUpdateResult } from '@/components/state/settings-store';
import { useStoreState } from '@/components/state/use-store';
import { StatusLine, type StatusMessage } from '@/components/ui/StatusLine';
import { removeWebsiteHost, requestWebsiteHost } from '@/components/website/host-permissions';
import type { Translate } from '@/core/i18n';
import { websiteMessages } from '@/core/i18n/messages/website';
import { normaliseHost } from '@/core/settings/io';
import { TextField } from './fields';

type WebsiteWords = Translate<keyof typeof websiteMessages.en>;
type Added = { ok: true; host: string } | { ok: false; error: string };

/** Why a typed host cannot be added, before anything is asked; null when it can. */
function hostProblem(typed: string, hosts: readonly string[], t: WebsiteWords): string | null {
  if (typed === '') return t('hostEmpty');
  const host = normaliseHost(typed);
  return host !== null && hosts.includes(host) ? t('hostDuplicate', { host }) : null;
}

/**
 * Asks the browser for the host (the call's first await, so the click still counts as the gesture),
 * then saves it; a failed save gives the access back, as a host not in the settings is not checked.
 */
async function grantAndSave(
  typed: string,
  store: StoreApi<SettingsState>,
  t: WebsiteWords,
  saveFailure: (result: SettingsUpdateResult) => string,
): Promise<Added> {
  const { settings, update } = store.getState();
  const granted = await requestWebsiteHost(typed, settings.websiteHosts).catch(
    () => ({ ok: false, reason: 'denied', host: normaliseHost(typed) ?? typed }) as const,
  );
  if (!granted.ok) {
    const key = granted.reason === 'invalid-host' ? 'permissionInvalidHost' : 'permissionDenied';
    return { ok: false, error: t(key, { host: granted.host }) };
  }
  const current = store.getState().settings.websiteHosts;
  const saved = await update({ websiteHosts: [...current, granted.host] });
  if (saved.ok) return { ok: true, host: granted.host };
  await removeWebsiteHost(granted.host, current).catch(() => undefined);
  return { ok: false, error: saveFailure(saved) };
}

export function WebsiteHostsField(props: { store: StoreApi<SettingsState> }) {
  const t = useTranslator(websiteMessages);
  const language = useLanguage();
  const { settings, update } = useStoreState(props.store);
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLDivElement>(null);

  const saveFailure = (result: SettingsUpdateResult) =>
    result.ok ? '' : result.errors.map((e) => e.message[language]).join(' ');
  const focusInput = () => inputRef.current?.querySelector('input')?.focus();
  const refuse = (text: string) => {
    setError(text);
    setMessage(null);
    focusInput();
  };

  const add = async () => {
    const typed = input.trim();
    const problem = hostProblem(typed, settings.websiteHosts, t);
    if (problem !== null) return refuse(problem);
    const pending = grantAndSave(typed, props.store, t, saveFailure);
    setBusy(true);
    setMessage({ tone: 'info', text: t('hostWorking') });
    const added = await pending;
    setBusy(false);
    if (!added.ok) return refuse(added.error);
    setInput('');
    setError(null);
    setMessage({ tone: 'ok', text: t('hostAdded', { host: added.host }) });
  };

  const remove = async (host: string) => {
    const remaining = props.store.getState().settings.websiteHosts.filter((h) => h !== host);
    const saved = await update({ websiteHosts: remaining });
    if (!saved.ok) return setMessage({ tone: 'error', text: saveFailure(saved) });
    await removeWebsiteHost(host, remaining).catch(() => undefined);
    setMessage({ tone: 'ok', text: t('hostRemoved', { host }) });
    focusInput();
  };

  // A failed save re-renders with the message; the controlled box then shows the saved choice again.
  const setMarker = async (on: boolean) => {
    const saved = await update({ websiteMarker: on });
    if (!saved.ok) setMessage({ tone: 'error', text: saveFailure(saved) });
  };

  return (
    <section class="website-hosts" aria-labelledby="website-hosts-title">
      <h2 id="website-hosts-title">{t('hostsTitle')}</h2>
      <p>{t('hostsIntro')}</p>
      <HostList hosts={settings.websiteHosts} busy={busy} onRemove={(host) => void remove(host)} />
      <HostAddForm
        input={input}
        error={error}
        busy={busy}
        inputRef={inputRef}
        onInput={(value) => {
          setInput(value);
          setError(null);
        }}
        onAdd={() => void add()}
      />
      <MarkerSetting on={settings.websiteMarker} onChange={(on) => void setMarker(on)} />
      <StatusLine class="form-status" message={message} />
    </section>
  );
}

function HostAddForm(props: {
  input: string;
  error: string | null;
  busy: boolean;
  inputRef: RefObject<HTMLDivElement | null>;
  onInput(value: string): void;
  onAdd(): void;
}) {
  const t = useTranslator(websiteMessages);
  return (
    <form
      class="host-add"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        props.onAdd();
      }}
    >
      <div ref={props.inputRef}>
        <TextField
          id="website-host"
          inputMode="url"
          label={t('hostLabel')}
          hint={t('hostHint')}
          value={props.input}
          errors={props.error ? [props.error] : undefined}
          onValue={props.onInput}
        />
      </div>
      <button type="submit" disabled={props.busy}>
        {t('hostAdd')}
      </button>
    </form>
  );
}

function HostList(props: { hosts: readonly string[]; busy: boolean; onRemove(host: string): void }) {
  const t = useTranslator(websiteMessages);
  if (props.hosts.length === 0) return <p>{t('hostsEmpty')}</p>;
  return (
    <ul class="host-list" aria-label={t('hostsListLabel')}>
      {props.hosts.map((host) => (
        <li key={host} data-host={host}>
          <span>{host}</span>{' '}
          <button
            type="button"
            aria-label={t('hostRemoveLabel', { host })}
            disabled={props.busy}
            onClick={() => props.onRemove(host)}
          >
            {t('hostRemove')}
          </button>
        </li>
      ))}
    </ul>
  );
}

function MarkerSetting(props: { on: boolean; onChange(on: boolean): void }) {
  const t = useTranslator(websiteMessages);
  return (
    <div class="choice website-marker">
      <input
        type="checkbox"
        id="website-marker"
        checked={props.on}
        aria-describedby="website-marker-hint"
        onChange={(event) => props.onChange(event.currentTarget.checked)}
      />{' '}
      <label for="website-marker">{t('markerSetting')}</label>
      <span class="hint" id="website-marker-hint">
        {t('markerSettingHint')}
      </span>
    </div>
  );
}
