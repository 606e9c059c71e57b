// The onboarding and the settings form: every field optional, validated by the core, saved together.
import { useEffect, useState } from 'preact/hooks';
import type { StoreApi } from 'zustand/vanilla';
import { useLanguage, useLocalize, useTranslator } from '@/components/i18n';
import type { SettingsState } from '@/components/state/settings-store';
import { useStoreState } from '@/components/state/use-store';
import { SelectField } from '@/components/ui/SelectField';
import { ROLE_TEXT } from '@/core/explanations';
import { commonMessages } from '@/core/i18n/messages/common';
import { lettersUiMessages } from '@/core/i18n/messages/letters-ui';
import { optionsMessages } from '@/core/i18n/messages/options';
import { isLanguage, LANGUAGE_NAMES, LANGUAGES } from '@/core/languages';
import { LETTER_ADDRESSEES, type LetterAddressee, type LetterSettings, type Settings } from '@/core/settings';
import type { FieldError } from '@/core/settings/io';
import { ROLES, type Role, type Status } from '@/core/types';
import { EmployerFormsPreview } from './EmployerFormsPreview';
import { errorsByField } from './field-errors';
import { type Choice, ChoiceGroup, TextField, useStatusChoices, useYesNoChoices } from './fields';

interface Draft {
  name: string;
  aliases: string;
  companyPageUrl: string;
  ownName: string;
  role: Role | null;
  status: Status | null;
  jobDefined: boolean | null;
  workTime: boolean | null;
  worksCouncil: boolean | null;
  letter: LetterSettings;
}

const FIELDS = [
  'employer.name',
  'employer.aliases',
  'employer.companyPageUrl',
  'ownName',
  'role',
  'status',
  'jobDefined',
  'workTime',
  'worksCouncil',
  'letter.address',
  'letter.email',
  'letter.personnelNumber',
  'letter.place',
  'letter.employerAddress',
  'letter.addressee',
] as const;

/** The letter's text fields, in the order the form asks them, with their hints. */
const LETTER_FIELDS = [
  { id: 'address', hint: 'addressHint' },
  { id: 'email', hint: null },
  { id: 'personnelNumber', hint: 'personnelNumberHint' },
  { id: 'place', hint: 'placeHint' },
  { id: 'employerAddress', hint: null },
] as const satisfies readonly { id: keyof LetterSettings; hint: string | null }[];

const ADDRESSEE_LABEL = {
  dpo: 'addresseeDpo',
  hr: 'addresseeHr',
  director: 'addresseeDirector',
} as const satisfies Record<LetterAddressee, keyof typeof lettersUiMessages.en>;

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
    status: settings.status,
    jobDefined: settings.jobDefined,
    workTime: settings.workTime,
    worksCouncil: settings.worksCouncil,
    letter: { ...settings.letter },
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
    status: draft.status,
    jobDefined: draft.jobDefined,
    workTime: draft.workTime,
    worksCouncil: draft.worksCouncil,
    letter: draft.letter,
  };
}

type Edit = (change: Partial<Draft>) => void;
type ByField = Partial<Record<string, string[]>>;
interface SectionProps {
  draft: Draft;
  byField: ByField;
  edit: Edit;
}

/** The employer's text fields before and after the preview of the forms its name is found in. */
const EMPLOYER_FIELDS = [
  { id: 'employer.name', key: 'name', label: 'employerName', hint: 'employerNameHint' },
  { id: 'employer.aliases', key: 'aliases', label: 'employerAliases', hint: 'employerAliasesHint' },
] as const;
const PERSON_FIELDS = [
  {
    id: 'employer.companyPageUrl',
    key: 'companyPageUrl',
    label: 'companyPageUrl',
    hint: 'companyPageUrlHint',
  },
  { id: 'ownName', key: 'ownName', label: 'ownName', hint: 'ownNameHint' },
] as const;

function DraftTextFields(props: SectionProps & { fields: typeof EMPLOYER_FIELDS | typeof PERSON_FIELDS }) {
  const t = useTranslator(optionsMessages);
  return (
    <>
      {props.fields.map(({ id, key, label, hint }) => (
        <TextField
          key={id}
          id={id}
          inputMode={key === 'companyPageUrl' ? 'url' : undefined}
          label={t(label)}
          hint={t(hint)}
          value={props.draft[key]}
          errors={props.byField[id]}
          onValue={(value) => props.edit({ [key]: value })}
        />
      ))}
    </>
  );
}

function EmployerSection(props: SectionProps) {
  const t = useTranslator(optionsMessages);
  return (
    <fieldset class="group">
      <legend>{t('employerSection')}</legend>
      <DraftTextFields {...props} fields={EMPLOYER_FIELDS} />
      <EmployerFormsPreview name={props.draft.name} aliases={props.draft.aliases.split(',')} />
      <DraftTextFields {...props} fields={PERSON_FIELDS} />
    </fieldset>
  );
}

function JobSection({ draft, byField, edit }: SectionProps) {
  const t = useTranslator(optionsMessages);
  const letters = useTranslator(lettersUiMessages);
  const localize = useLocalize();
  const statusChoices = useStatusChoices();
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
      <ChoiceGroup<Status | null>
        id="status"
        legend={letters('position')}
        hint={letters('statusHint')}
        choices={[...statusChoices, { value: null, label: t('roleUnknown') }]}
        value={draft.status}
        errors={byField.status}
        onValue={(status) => edit({ status })}
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
  );
}

function LetterSection({ draft, byField, edit }: SectionProps) {
  const letters = useTranslator(lettersUiMessages);
  return (
    <fieldset class="group">
      <legend>{letters('settingsSection')}</legend>
      <p class="hint">{letters('settingsIntro')}</p>
      {LETTER_FIELDS.map(({ id, hint }) => (
        <TextField
          key={id}
          id={`letter.${id}`}
          label={letters(id)}
          hint={hint ? letters(hint) : undefined}
          value={draft.letter[id]}
          errors={byField[`letter.${id}`]}
          onValue={(value) => edit({ letter: { ...draft.letter, [id]: value } })}
        />
      ))}
      <ChoiceGroup<LetterAddressee | null>
        id="letter.addressee"
        legend={letters('addressee')}
        choices={[
          ...LETTER_ADDRESSEES.map((value) => ({ value, label: letters(ADDRESSEE_LABEL[value]) })),
          { value: null, label: letters('addresseeUnknown') },
        ]}
        value={draft.letter.addressee}
        errors={byField['letter.addressee']}
        onValue={(addressee) => edit({ letter: { ...draft.letter, addressee } })}
      />
    </fieldset>
  );
}

/** Saved or not, and the errors that belong to no field of the form (storage). */
function FormStatus(props: { status: 'saved' | 'invalid' | null; byField: ByField }) {
  const t = useTranslator(optionsMessages);
  const other = Object.entries(props.byField).filter(
    ([field]) => !(FIELDS as readonly string[]).includes(field),
  );
  return (
    <div role="status" class="form-status">
      {props.status === 'saved' && <p class="ok">{t('saved')}</p>}
      {props.status === 'invalid' && <p class="error">{t('notSaved')}</p>}
      {other.map(([field, messages]) => (
        <p class="error" key={field}>
          {messages?.join(' ')}
        </p>
      ))}
    </div>
  );
}

export function SettingsForm(props: { store: StoreApi<SettingsState>; onboarding: boolean }) {
  const t = useTranslator(optionsMessages);
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
  const section = { draft, edit, byField: errorsByField(errors, FIELDS, language) };

  return (
    <form
      class="settings-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save(props.onboarding ? { onboardingDone: true } : {});
      }}
    >
      <EmployerSection {...section} />
      <JobSection {...section} />
      <LetterSection {...section} />
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
      <FormStatus status={status} byField={section.byField} />
    </form>
  );
}

/** Language applies at once, on its own: the page switches as soon as it is chosen. */
export function LanguageField(props: { store: StoreApi<SettingsState> }) {
  const t = useTranslator(optionsMessages);
  const common = useTranslator(commonMessages);
  const { settings, update } = useStoreState(props.store);
  return (
    <SelectField
      id="language"
      label={t('language')}
      value={settings.language}
      options={[
        { value: 'auto', label: common('languageAuto') },
        ...LANGUAGES.map((language) => ({ value: language, label: LANGUAGE_NAMES[language] })),
      ]}
      onValue={(value) => {
        if (value === 'auto' || isLanguage(value)) void update({ language: value });
      }}
    />
  );
}
