// The onboarding and the settings form: every field optional, validated by the core, saved together.
import { useEffect, useState } from 'preact/hooks';
import type { StoreApi } from 'zustand/vanilla';
import { useLanguage, useLocalize, useTranslator } from '@/components/i18n';
import type { SettingsState } from '@/components/state/settings-store';
import { useStoreState } from '@/components/state/use-store';
import { ROLE_TEXT } from '@/core/explanations';
import { commonMessages } from '@/core/i18n/messages/common';
import { optionsMessages } from '@/core/i18n/messages/options';
import type { Settings } from '@/core/settings';
import type { FieldError } from '@/core/settings/io';
import { ROLES, type Role } from '@/core/types';
import { EmployerFormsPreview } from './EmployerFormsPreview';
import { errorsByField } from './field-errors';
import { type Choice, ChoiceGroup, TextField, useYesNoChoices } from './fields';

interface Draft {
  name: string;
  aliases: string;
  companyPageUrl: string;
  ownName: string;
  role: Role | null;
  jobDefined: boolean | null;
  workTime: boolean | null;
  worksCouncil: boolean | null;
}

const FIELDS = [
  'employer.name',
  'employer.aliases',
  'employer.companyPageUrl',
  'ownName',
  'role',
  'jobDefined',
  'workTime',
  'worksCouncil',
] as const;

/** The yes / no / not sure questions about the job. */
const YES_NO_FIELDS = [
  { id: 'jobDefined', hint: 'jobDefinedHint' },
  { id: 'workTime', hint: null },
  { id: 'worksCouncil', hint: null },
] as const;

function draftOf(settings: Settings): Draft {
  return {
    name: settings.employer.name,
    aliases: settings.employer.aliases.join(', '),
    companyPageUrl: settings.employer.companyPageUrl ?? '',
    ownName: settings.ownName,
    role: settings.role,
    jobDefined: settings.jobDefined,
    workTime: settings.workTime,
    worksCouncil: settings.worksCouncil,
  };
}

/** The draft as a settings patch; the core trims, normalises and refuses what is invalid. */
export function patchOf(draft: Draft): Partial<Settings> {
  return {
    employer: {
      name: draft.name,
      aliases: draft.aliases.trim() === '' ? [] : draft.aliases.split(','),
      companyPageUrl: draft.companyPageUrl.trim() === '' ? null : draft.companyPageUrl,
    },
    ownName: draft.ownName,
    role: draft.role,
    jobDefined: draft.jobDefined,
    workTime: draft.workTime,
    worksCouncil: draft.worksCouncil,
  };
}

export function SettingsForm(props: { store: StoreApi<SettingsState>; onboarding: boolean }) {
  const t = useTranslator(optionsMessages);
  const _common = useTranslator(commonMessages);
  const localize = useLocalize();
  const language = useLanguage();
  const { settings, loaded, update } = useStoreState(props.store);
  const [draft, setDraft] = useState<Draft | null>(loaded ? draftOf(settings) : null);
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const [status, setStatus] = useState<'saved' | 'invalid' | null>(null);

  useEffect(() => {
    if (loaded && draft === null) setDraft(draftOf(settings));
  }, [loaded, settings, draft]);

  if (!draft) return <p>{t('loading')}</p>;

  const edit = (change: Partial<Draft>) => {
    setDraft({ ...draft, ...change });
    setStatus(null);
  };
  const save = async (extra: Partial<Settings>) => {
    const result = await update({ ...patchOf(draft), ...extra });
    setErrors(result.ok ? [] : result.errors);
    setStatus(result.ok ? 'saved' : 'invalid');
    if (result.ok) setDraft(draftOf(props.store.getState().settings));
  };
  const byField = errorsByField(errors, FIELDS, language);
  const other = Object.entries(byField).filter(([field]) => !(FIELDS as readonly string[]).includes(field));
  const yesNo = useYesNoChoices();
  const roles: Choice<Role | null>[] = [
    ...ROLES.map((role) => ({
      value: role,
      label: localize(ROLE_TEXT[role].label),
      hint: localize(ROLE_TEXT[role].hint),
    })),
    { value: null, label: t('roleUnknown') },
  ];

  return (
    <form
      class="settings-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save(props.onboarding ? { onboardingDone: true } : {});
      }}
    >
      <fieldset class="group">
        <legend>{t('employerSection')}</legend>
        <TextField
          id="employer.name"
          label={t('employerName')}
          hint={t('employerNameHint')}
          value={draft.name}
          errors={byField['employer.name']}
          onValue={(name) => edit({ name })}
        />
        <TextField
          id="employer.aliases"
          label={t('employerAliases')}
          hint={t('employerAliasesHint')}
          value={draft.aliases}
          errors={byField['employer.aliases']}
          onValue={(aliases) => edit({ aliases })}
        />
        <EmployerFormsPreview name={draft.name} aliases={draft.aliases.split(',')} />
        <TextField
          id="employer.companyPageUrl"
          inputMode="url"
          label={t('companyPageUrl')}
          hint={t('companyPageUrlHint')}
          value={draft.companyPageUrl}
          errors={byField['employer.companyPageUrl']}
          onValue={(companyPageUrl) => edit({ companyPageUrl })}
        />
        <TextField
          id="ownName"
          label={t('ownName')}
          hint={t('ownNameHint')}
          value={draft.ownName}
          errors={byField.ownName}
          onValue={(ownName) => edit({ ownName })}
        />
      </fieldset>
      <fieldset class="group">
        <legend>{t('jobSection')}</legend>
        <ChoiceGroup
          id="role"
          legend={t('role')}
          hint={t('roleHint')}
          choices={roles}
          value={draft.role}
          errors={byField.role}
          onValue={(role) => edit({ role })}
        />
        {YES_NO_FIELDS.map(({ id, hint }) => (
          <ChoiceGroup
            key={id}
            id={id}
            legend={t(id)}
            hint={hint ? t(hint) : undefined}
            choices={yesNo}
            value={draft[id]}
            errors={byField[id]}
            onValue={(value) => edit({ [id]: value })}
          />
        ))}
      </fieldset>
      <div class="actions">
        <button type="submit" class="primary">
          {props.onboarding ? t('finish') : t('save')}
        </button>
        {props.onboarding && (
          <button type="button" onClick={() => void update({ onboardingDone: true })}>
            {t('skip')}
          </button>
        )}
      </div>
      <div role="status" class="form-status">
        {status === 'saved' && <p class="ok">{t('saved')}</p>}
        {status === 'invalid' && <p class="error">{t('notSaved')}</p>}
        {other.map(([field, messages]) => (
          <p class="error" key={field}>
            {messages.join(' ')}
          </p>
        ))}
      </div>
    </form>
  );
}

/** Language applies at once, on its own: the page switches as soon as it is chosen. */
export function LanguageField(props: { store: StoreApi<SettingsState> }) {
  const t = useTranslator(optionsMessages);
  const common = useTranslator(commonMessages);
  const { settings, update } = useStoreState(props.store);
  return (
    <div class="field">
      <label for="language">{t('language')}</label>
      <select
        id="language"
        value={settings.language}
        onChange={(event) => {
          const value = event.currentTarget.value;
          if (value === 'auto' || value === 'en' || value === 'nl') void update({ language: value });
        }}
      >
        <option value="auto">{common('languageAuto')}</option>
        <option value="nl">{common('languageNl')}</option>
        <option value="en">{common('languageEn')}</option>
      </select>
    </div>
  );
}
