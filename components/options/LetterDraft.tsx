// Drafting a letter from a situation: the letter first, then what shapes it (kind, language, position,
// details). A letter is fit to send as it is: what it still needs (the writer's name, a way to reach them,
// the employer, an objection's reasons) is asked for right above it, and copy, save and print wait until
// it is given. Nothing is sent.
import { createPortal } from 'preact/compat';
import { useEffect, useState } from 'preact/hooks';
import { useLanguage, useTranslator } from '@/components/i18n';
import { SelectField } from '@/components/ui/SelectField';
import { lettersUiMessages } from '@/core/i18n/messages/letters-ui';
import {
  availableLetters,
  draftLetter,
  type Letter,
  type LetterField,
  type LetterKind,
  type LetterSituation,
  suggestLetters,
} from '@/core/letters';
import type { Settings } from '@/core/settings';
import type { Language, Status } from '@/core/types';
import { type Choice, ChoiceGroup, TextField, useStatusChoices } from './fields';
import { fileDate, saveTextFile } from './save-file';
import './letter.css';
import { isLanguage, LANGUAGE_NAMES, LANGUAGES } from '@/core/languages';

export type { LetterSituation } from '@/core/letters';

const KIND_LABEL = {
  objection: 'kindObjection',
  'withdraw-consent': 'kindWithdraw',
  access: 'kindAccess',
  erasure: 'kindErasure',
  'refuse-requirement': 'kindRefuse',
} as const satisfies Record<LetterKind, keyof typeof lettersUiMessages.en>;

const NOT_READY_LABEL = {
  name: 'notReadyName',
  contact: 'notReadyContact',
  employer: 'notReadyEmployer',
  grounds: 'notReadyGrounds',
} as const satisfies Record<LetterField, keyof typeof lettersUiMessages.en>;

/** What the user types in the letter form for parts the settings lack. */
export interface Filled {
  name: string;
  contact: string;
  employer: string;
}

/** The writer's details from the settings, completed with what was typed in the letter form. */
export function senderOf(settings: Settings, filled: Filled) {
  const { letter } = settings;
  const contact = filled.contact.trim();
  const isEmail = contact.includes('@');
  return {
    name: settings.ownName || filled.name,
    address: letter.address || (isEmail ? '' : contact),
    email: letter.email || (isEmail ? contact : ''),
    personnelNumber: letter.personnelNumber,
    place: letter.place,
  };
}

function letterOf(
  situation: LetterSituation,
  settings: Settings,
  form: { kind: LetterKind; language: Language; status: Status; details: string; filled: Filled; date: Date },
): Letter {
  const { letter } = settings;
  return draftLetter({
    ...situation,
    kind: form.kind,
    language: form.language,
    status: form.status,
    role: settings.role,
    date: form.date,
    details: form.details,
    sender: senderOf(settings, form.filled),
    employerName: settings.employer.name || form.filled.employer,
    employerAddress: letter.employerAddress,
    addressee: letter.addressee,
  });
}

/** The letter as a printed A4 page: only the letter, laid out for paper (see letter.css). */
function PrintSheet(props: { letter: Letter }) {
  const { letter } = props;
  return createPortal(
    <div class="letter-print-sheet">
      <p class="letter-sender">{letter.sender.join('\n')}</p>
      <p class="letter-recipient">{letter.recipient.join('\n')}</p>
      <p class="letter-date">{letter.placeAndDate}</p>
      <p class="letter-subject">{letter.subjectLine}</p>
      <p>{letter.salutation}</p>
      {letter.paragraphs.map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
      <p class="letter-closing">{letter.closing}</p>
      <p class="letter-signature">{letter.signature}</p>
    </div>,
    document.body,
  );
}

/** The parts a letter needs that the settings lack, asked for right above the letter. */
export function FinishFields(props: {
  missing: readonly LetterField[];
  filled: Filled;
  id(name: string): string;
  onFilled(filled: Filled): void;
}) {
  const t = useTranslator(lettersUiMessages);
  const fields = (
    [
      ['name', 'missingName', undefined],
      ['contact', 'missingContact', 'missingContactHint'],
      ['employer', 'missingEmployer', undefined],
    ] as const
  ).filter(([field]) => props.missing.includes(field));
  if (fields.length === 0) return null;
  return (
    <fieldset class="letter-finish">
      <legend>{t('finishTitle')}</legend>
      <p class="hint">{t('finishHint')}</p>
      {fields.map(([field, label, hint]) => (
        <TextField
          key={field}
          id={props.id(field)}
          label={t(label)}
          hint={hint ? t(hint) : undefined}
          value={props.filled[field]}
          onValue={(value) => props.onFilled({ ...props.filled, [field]: value })}
        />
      ))}
    </fieldset>
  );
}

/** Copy, save as text, print: only once the letter is ready to send. */
export function LetterActions(props: {
  letter: Letter;
  /** Names the saved file. */
  kind: LetterKind | 'policy';
  date: Date;
  id(name: string): string;
}) {
  const t = useTranslator(lettersUiMessages);
  const [copyState, setCopyState] = useState<'copied' | 'failed' | null>(null);
  const [printing, setPrinting] = useState(false);
  const { letter } = props;
  const text = letter.body;
  const ready = letter.missing.length === 0;

  useEffect(() => {
    if (!printing) return;
    // window.print() returns once the print dialog closes; the sheet exists only while printing.
    window.print();
    setPrinting(false);
  }, [printing]);

  const actions: [keyof typeof lettersUiMessages.en, () => void][] = [
    [
      'copy',
      () =>
        navigator.clipboard.writeText(text).then(
          () => setCopyState('copied'),
          () => setCopyState('failed'),
        ),
    ],
    [
      'download',
      () =>
        saveTextFile(`letter-${props.kind}-${fileDate(props.date)}.txt`, text, 'text/plain;charset=utf-8'),
    ],
    ['print', () => setPrinting(true)],
  ];
  return (
    <>
      <div class="actions">
        {actions.map(([label, act]) => (
          <button
            key={label}
            type="button"
            disabled={!ready}
            aria-describedby={ready ? undefined : props.id('not-ready')}
            onClick={() => {
              setCopyState(null);
              act();
            }}
          >
            {t(label)}
          </button>
        ))}
      </div>
      {!ready && (
        <p class="hint letter-not-ready" id={props.id('not-ready')}>
          {t('notReady', { fields: letter.missing.map((field) => t(NOT_READY_LABEL[field])).join(', ') })}
        </p>
      )}
      <div role="status">
        {copyState === 'copied' && <p class="ok">{t('copied')}</p>}
        {copyState === 'failed' && <p class="error">{t('copyFailed')}</p>}
      </div>
      {printing && <PrintSheet letter={letter} />}
    </>
  );
}

function DetailsField(props: {
  grounds: boolean;
  value: string;
  id(name: string): string;
  onValue(value: string): void;
}) {
  const t = useTranslator(lettersUiMessages);
  const { id } = props;
  return (
    <div class="field">
      <label for={id('details')}>{props.grounds ? t('grounds') : t('details')}</label>
      <textarea
        id={id('details')}
        class="letter-details"
        rows={3}
        value={props.value}
        aria-describedby={id('details-hint')}
        onInput={(event) => props.onValue(event.currentTarget.value)}
      />
      <p class="hint" id={id('details-hint')}>
        {props.grounds ? t('groundsHint') : t('detailsHint')}
      </p>
    </div>
  );
}

export function LetterDraft(props: {
  situation: LetterSituation;
  settings: Settings;
  /** Prefix for element ids, so two drafts can share a page. */
  idPrefix?: string;
  now?: () => Date;
}) {
  const t = useTranslator(lettersUiMessages);
  const uiLanguage = useLanguage();
  const statusChoices = useStatusChoices();
  const id = (name: string) => `${props.idPrefix ?? 'letter'}-${name}`;
  const [status, setStatus] = useState<Status>(props.situation.status ?? props.settings.status ?? 'employee');
  const situation = { ...props.situation, status };
  const available = availableLetters(situation);
  const suggested = suggestLetters(situation);
  const [chosen, setKind] = useState<LetterKind>(suggested[0] ?? 'access');
  const kind = available.includes(chosen) ? chosen : (available[0] ?? 'access');
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const [details, setDetails] = useState('');
  const [filled, setFilled] = useState<Filled>({ name: '', contact: '', employer: '' });

  const date = (props.now ?? (() => new Date()))();
  const letter = letterOf(situation, props.settings, { kind, language, status, details, filled, date });
  const grounds = kind === 'objection' && props.situation.activity !== 'monitoring';
  const kinds: Choice<LetterKind>[] = available.map((value) => ({
    value,
    label: suggested.includes(value) ? `${t(KIND_LABEL[value])} (${t('suggested')})` : t(KIND_LABEL[value]),
  }));
  const detailsField = <DetailsField grounds={grounds} value={details} id={id} onValue={setDetails} />;

  return (
    <div class="letter">
      <div class="letter-main">
        <FinishFields missing={letter.missing} filled={filled} id={id} onFilled={setFilled} />
        {grounds && detailsField}
        <div class="field">
          <label for={id('text')}>{t('draft')}</label>
          <textarea
            id={id('text')}
            class="letter-text"
            readOnly
            rows={18}
            value={letter.body}
            aria-describedby={id('not-sent')}
          />
          <p class="hint" id={id('not-sent')}>
            {t('notSent')}
          </p>
        </div>
        <LetterActions letter={letter} kind={kind} date={date} id={id} />
      </div>
      <div class="letter-options">
        <ChoiceGroup id={id('kind')} legend={t('kind')} choices={kinds} value={kind} onValue={setKind} />
        <SelectField
          id={id('language')}
          label={t('letterLanguage')}
          value={language}
          options={LANGUAGES.map((option) => ({ value: option, label: LANGUAGE_NAMES[option] }))}
          onValue={(value) => {
            if (isLanguage(value)) setLanguage(value);
          }}
        />
        <ChoiceGroup
          id={id('status')}
          legend={t('position')}
          choices={statusChoices}
          value={status}
          onValue={setStatus}
        />
        {!grounds && detailsField}
      </div>
    </div>
  );
}
