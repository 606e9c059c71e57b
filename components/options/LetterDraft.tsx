// Drafting a letter from a situation: choose a kind (the core suggests some), read the draft in a
// read-only text area, copy it or save it as a text file. Nothing is sent.
import { useState } from 'preact/hooks';
import { useLanguage, useTranslator } from '@/components/i18n';
import { lettersUiMessages } from '@/core/i18n/messages/letters-ui';
import { draftLetter, LETTER_KINDS, type LetterKind, suggestLetters } from '@/core/letters';
import { findRule } from '@/core/rules';
import type { Settings } from '@/core/settings';
import type { Activity, Language, Outcome, Reason } from '@/core/types';
import { type Choice, ChoiceGroup } from './fields';
import { fileDate, saveTextFile } from './save-file';

/** The reasons a log entry can still give: its rule ids, with their sources from the rule table. */
export function reasonsOfRules(rules: readonly string[]): Reason[] {
  return rules.map((rule) => ({ rule, sources: [...(findRule(rule)?.sources ?? [])] }));
}

const KIND_LABEL = {
  objection: 'kindObjection',
  'withdraw-consent': 'kindWithdraw',
  access: 'kindAccess',
  erasure: 'kindErasure',
  'refuse-requirement': 'kindRefuse',
} as const satisfies Record<LetterKind, keyof typeof lettersUiMessages.en>;

export interface LetterSituation {
  activity: Activity;
  assessment?: { outcome: Outcome; reasons: readonly Reason[] };
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
  const id = (name: string) => `${props.idPrefix ?? 'letter'}-${name}`;
  const suggested = props.situation.assessment ? suggestLetters(props.situation.assessment) : [];
  const [kind, setKind] = useState<LetterKind>(suggested[0] ?? 'access');
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const [details, setDetails] = useState('');
  const [copyState, setCopyState] = useState<'copied' | 'failed' | null>(null);

  const date = (props.now ?? (() => new Date()))();
  const letter = draftLetter({
    kind,
    language,
    employerName: props.settings.employer.name,
    ownName: props.settings.ownName,
    role: props.settings.role,
    activity: props.situation.activity,
    assessment: props.situation.assessment,
    date,
    details,
  });
  const text = `${letter.subject}\n\n${letter.body}`;
  const kinds: Choice<LetterKind>[] = LETTER_KINDS.map((value) => ({
    value,
    label: suggested.includes(value) ? `${t(KIND_LABEL[value])} (${t('suggested')})` : t(KIND_LABEL[value]),
  }));

  return (
    <div class="letter">
      <ChoiceGroup
        id={id('kind')}
        legend={t('kind')}
        choices={kinds}
        value={kind}
        onValue={(value) => {
          setKind(value);
          setCopyState(null);
        }}
      />
      <div class="field">
        <label for={id('language')}>{t('letterLanguage')}</label>
        <select
          id={id('language')}
          value={language}
          onChange={(event) => setLanguage(event.currentTarget.value === 'nl' ? 'nl' : 'en')}
        >
          <option value="nl">Nederlands</option>
          <option value="en">English</option>
        </select>
      </div>
      <div class="field">
        <label for={id('details')}>{t('details')}</label>
        <textarea
          id={id('details')}
          rows={3}
          value={details}
          aria-describedby={id('details-hint')}
          onInput={(event) => setDetails(event.currentTarget.value)}
        />
        <p class="hint" id={id('details-hint')}>
          {t('detailsHint')}
        </p>
      </div>
      <div class="field">
        <label for={id('text')}>{t('draft')}</label>
        <textarea id={id('text')} readOnly rows={18} value={text} aria-describedby={id('not-sent')} />
        <p class="hint" id={id('not-sent')}>
          {t('notSent')}
        </p>
      </div>
      <div class="actions">
        <button
          type="button"
          onClick={() =>
            navigator.clipboard.writeText(text).then(
              () => setCopyState('copied'),
              () => setCopyState('failed'),
            )
          }
        >
          {t('copy')}
        </button>
        <button
          type="button"
          onClick={() =>
            saveTextFile(`letter-${kind}-${fileDate(date)}.txt`, text, 'text/plain;charset=utf-8')
          }
        >
          {t('download')}
        </button>
      </div>
      <div role="status">
        {copyState === 'copied' && <p class="ok">{t('copied')}</p>}
        {copyState === 'failed' && <p class="error">{t('copyFailed')}</p>}
      </div>
    </div>
  );
}
