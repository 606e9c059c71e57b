// "Draft a letter" under a checked policy: to HR or the works council, quoting the clauses the check
// found a problem with. The same letter form as the rights letters: the letter first, missing parts
// asked for inline, copy, save and print once it is ready. Nothing is sent.
import { useState } from 'preact/hooks';
import { useLanguage, useTranslator } from '@/components/i18n';
import { lettersUiMessages } from '@/core/i18n/messages/letters-ui';
import { draftPolicyLetter } from '@/core/letters';
import type { PolicyReport } from '@/core/policy';
import type { Settings } from '@/core/settings';
import type { Language } from '@/core/types';
import { ChoiceGroup } from './fields';
import { type Filled, FinishFields, LetterActions, senderOf } from './LetterDraft';

export function PolicyLetterDraft(props: {
  report: PolicyReport;
  text: string;
  settings: Settings;
  /** The employer named on the policy page (it may differ from the settings). */
  employer: string;
  now?: () => Date;
}) {
  const t = useTranslator(lettersUiMessages);
  const uiLanguage = useLanguage();
  const [language, setLanguage] = useState<Language>(props.report.language ?? uiLanguage);
  const [council, setCouncil] = useState(false);
  const [filled, setFilled] = useState<Filled>({ name: '', contact: '', employer: '' });
  const id = (name: string) => `policy-letter-${name}`;
  const date = (props.now ?? (() => new Date()))();
  const { settings } = props;
  const letter = draftPolicyLetter(props.report, props.text, {
    language,
    date,
    sender: senderOf(settings, filled),
    employerName: props.employer || settings.employer.name || filled.employer,
    employerAddress: settings.letter.employerAddress,
    addressee: council ? 'works-council' : settings.letter.addressee,
    status: settings.status,
    role: settings.role,
  });
  if (!letter) return null;
  return (
    <details class="policy-letter">
      <summary>{t('policyLetter')}</summary>
      <div class="letter">
        <div class="letter-main">
          <FinishFields missing={letter.missing} filled={filled} id={id} onFilled={setFilled} />
          <div class="field">
            <label for={id('text')}>{t('draft')}</label>
            <textarea id={id('text')} class="letter-text" readOnly rows={18} value={letter.body} />
          </div>
          <LetterActions letter={letter} kind="policy" date={date} id={id} />
        </div>
        <div class="letter-options">
          <ChoiceGroup
            id={id('to')}
            legend={t('policyLetterTo')}
            choices={[
              { value: false, label: t('policyLetterToHr') },
              { value: true, label: t('policyLetterToCouncil') },
            ]}
            value={council}
            onValue={setCouncil}
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
        </div>
      </div>
    </details>
  );
}
