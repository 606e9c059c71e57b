// The options page: onboarding on first run, settings, the decision log (#log), letters (#letters) and
// the policy check (#policy).
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { StoreApi } from 'zustand/vanilla';
import { LanguageProvider, useTranslator } from '@/components/i18n';
import { PolicyCheck } from '@/components/policy/PolicyCheck';
import type { DecisionLogState } from '@/components/state/decision-log-store';
import type { SettingsState } from '@/components/state/settings-store';
import { useSettingsLanguage } from '@/components/state/use-settings-language';
import { useStoreState } from '@/components/state/use-store';
import { Notice } from '@/components/ui/Notice';
import { optionsMessages } from '@/core/i18n/messages/options';
import { policyMessages } from '@/core/i18n/messages/policy';
import { LettersView } from './LettersView';
import { LogView } from './LogView';
import { LanguageField, SettingsForm } from './SettingsForm';
import { SettingsTransfer } from './SettingsTransfer';
import { WebsiteHostsField } from './WebsiteHostsField';

export type OptionsRoute =
  | { page: 'settings' }
  | { page: 'log' }
  | { page: 'policy' }
  | { page: 'letters'; entry: number | null };

export function parseRoute(hash: string): OptionsRoute {
  const [page, query = ''] = hash.replace(/^#/, '').split('?');
  if (page === 'log') return { page: 'log' };
  if (page === 'policy') return { page: 'policy' };
  if (page === 'letters') {
    const entry = Number(new URLSearchParams(query).get('entry'));
    return { page: 'letters', entry: Number.isSafeInteger(entry) && entry > 0 ? entry : null };
  }
  return { page: 'settings' };
}

function useHashRoute(): OptionsRoute {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onHash = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onHash);
    onHash(); // a hash changed between the first render and this listener is not missed
    return () => removeEventListener('hashchange', onHash);
  }, []);
  return route;
}

export function OptionsApp(props: {
  settingsStore: StoreApi<SettingsState>;
  logStore: StoreApi<DecisionLogState>;
  browserLanguage?: string;
}) {
  const language = useSettingsLanguage(props.settingsStore, props.browserLanguage);
  return (
    <LanguageProvider language={language}>
      <OptionsPage {...props} />
    </LanguageProvider>
  );
}

function OptionsPage(props: {
  settingsStore: StoreApi<SettingsState>;
  logStore: StoreApi<DecisionLogState>;
}) {
  const t = useTranslator(optionsMessages);
  const policy = useTranslator(policyMessages);
  const route = useHashRoute();
  const { settings, loaded, corrupt, corruptKey } = useStoreState(props.settingsStore);
  const [formVersion, setFormVersion] = useState(0);
  useEffect(() => {
    document.title = t('pageTitle');
  }, [t]);
  const current = (page: OptionsRoute['page']) => (route.page === page ? 'page' : undefined);
  const onboarding = loaded && !settings.onboardingDone;
  const justOnboarded = useJustFinished(onboarding);

  return (
    <>
      <header class="page-header">
        <span class="brand">
          <img src={browser.runtime.getURL('/icon/128.png')} alt="" />
          Exposure Guard
        </span>
        <nav aria-label={t('pageTitle')}>
          {(
            [
              ['settings', t('navSettings')],
              ['log', t('navLog')],
              ['letters', t('navLetters')],
              ['policy', policy('navPolicy')],
            ] as const
          ).map(([page, label]) => (
            <a key={page} href={`#${page}`} aria-current={current(page)}>
              {label}
            </a>
          ))}
        </nav>
        <LanguageField store={props.settingsStore} />
      </header>
      <main>
        {corrupt && (
          <p class="error" role="alert">
            {t('corruptSettings', { key: corruptKey ?? '' })}
          </p>
        )}
        {route.page === 'settings' &&
          (loaded ? (
            <section aria-labelledby="settings-title">
              {justOnboarded && <NextSteps />}
              <h1 id="settings-title">{onboarding ? t('onboardingTitle') : t('settingsTitle')}</h1>
              {onboarding && <p class="intro">{t('onboardingIntro')}</p>}
              <SettingsForm key={formVersion} store={props.settingsStore} onboarding={onboarding} />
              <WebsiteHostsField store={props.settingsStore} />
              <SettingsTransfer store={props.settingsStore} onImported={() => setFormVersion((v) => v + 1)} />
            </section>
          ) : (
            <p>{t('loading')}</p>
          ))}
        {route.page === 'log' && (
          <LogView
            logStore={props.logStore}
            settingsStore={props.settingsStore}
            onDraftLetter={(entry) => {
              location.hash = `#letters?entry=${entry.seq}`;
            }}
          />
        )}
        {route.page === 'policy' && <PolicyCheck settingsStore={props.settingsStore} />}
        {route.page === 'letters' && (
          <LettersView settingsStore={props.settingsStore} logStore={props.logStore} entrySeq={route.entry} />
        )}
      </main>
    </>
  );
}

/** True once the onboarding has just been finished (or skipped) on this page, until it reloads. */
function useJustFinished(onboarding: boolean): boolean {
  const was = useRef(onboarding);
  const [finished, setFinished] = useState(false);
  useEffect(() => {
    if (was.current && !onboarding) setFinished(true);
    was.current = onboarding;
  }, [onboarding]);
  return finished;
}

/** Where the onboarding leads: LinkedIn, where the warnings happen, and the log. */
function NextSteps() {
  const t = useTranslator(optionsMessages);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: 'nearest' });
  }, []);
  return (
    <Notice tone="ok" class="next-steps" data={{ nextSteps: 'onboarding' }}>
      <h2 ref={heading} tabIndex={-1}>
        {t('doneTitle')}
      </h2>
      <p>{t('doneText')}</p>
      <p>{t('doneNext')}</p>
      <div class="actions">
        <a class="eg-button primary" href="https://www.linkedin.com/feed/" target="_blank" rel="noreferrer">
          {t('openLinkedIn')}
        </a>
        <a class="eg-button" href="#log">
          {t('openLog')}
        </a>
      </div>
    </Notice>
  );
}
