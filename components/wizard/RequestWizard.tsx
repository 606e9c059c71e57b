// "Check a request": the core's questions in plain words, all on one form so every answer can be
// changed; the core's assessment (with reasons, rights and safeguards) updates with each change.
import { useState } from 'preact/hooks';
import { AssessmentView } from '@/components/assessment/AssessmentView';
import { useLocalize, useTranslator } from '@/components/i18n';
import { ChoiceGroup, useYesNoChoices } from '@/components/options/fields';
import { LetterDraft, useStatusChoices } from '@/components/options/LetterDraft';
import { verdictText } from '@/core/assessment-presentation';
import { evaluate } from '@/core/evaluate';
import { ACTIVITY_TEXT, MITIGATION_TEXT, ROLE_TEXT } from '@/core/explanations';
import { commonMessages } from '@/core/i18n/messages/common';
import { warningMessages } from '@/core/i18n/messages/warning';
import { wizardMessages } from '@/core/i18n/messages/wizard';
import type { Settings } from '@/core/settings';
import {
  ACTIVITIES,
  type Activity,
  type Assessment,
  type Initiator,
  MITIGATIONS,
  type Mitigation,
  REFUSAL_CONSEQUENCES,
  type RefusalConsequence,
  ROLES,
  type Role,
  type Status,
} from '@/core/types';

export interface WizardAnswers {
  activity: Activity | null;
  role: Role | null;
  initiator: Initiator | null;
  refusalConsequence: RefusalConsequence;
  mitigations: Mitigation[];
  jobDefined: boolean | null;
  workTime: boolean | null;
  /** Optional questions: unanswered (null) takes the contract's default ('employee', false). */
  status: Status | null;
  purposeChange: boolean | null;
  informed: boolean | null;
  objected: boolean | null;
}

/** The yes/no questions that only refine the answer, in the order the form asks them. */
const OPTIONAL_YES_NO = [
  'purposeChange',
  'informed',
  'objected',
] as const satisfies readonly (keyof WizardAnswers & keyof typeof wizardMessages.en)[];

const REFUSAL_LABEL = {
  none: 'refusalNone',
  unknown: 'refusalUnknown',
  pressure: 'refusalPressure',
  career: 'refusalCareer',
} as const satisfies Record<RefusalConsequence, keyof typeof wizardMessages.en>;

const INITIATOR_LABEL = {
  'employer-requires': 'initiatorEmployerRequires',
  'employer-asks': 'initiatorEmployerAsks',
  'own-initiative': 'initiatorOwnInitiative',
} as const satisfies Record<Initiator, keyof typeof warningMessages.en>;

/** The core's answer for these answers, or null while a required answer is missing. */
export function assess(
  answers: WizardAnswers,
  worksCouncil: boolean | null,
): { assessment: Assessment } | { error: string } | null {
  const { activity, role, initiator } = answers;
  if (!activity || !role || !initiator) return null;
  try {
    return {
      assessment: evaluate({
        activity,
        role,
        initiator,
        refusalConsequence: answers.refusalConsequence,
        mitigations: answers.mitigations,
        jobDefined: answers.jobDefined ?? false,
        workTime: answers.workTime ?? false,
        status: answers.status ?? 'employee',
        purposeChange: answers.purposeChange ?? false,
        informed: answers.informed ?? false,
        objected: answers.objected ?? false,
        worksCouncil: worksCouncil ?? false,
      }),
    };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

export function RequestWizard(props: { settings: Settings }) {
  const t = useTranslator(wizardMessages);
  const warning = useTranslator(warningMessages);
  const _common = useTranslator(commonMessages);
  const localize = useLocalize();
  const [answers, setAnswers] = useState<WizardAnswers>({
    activity: null,
    role: props.settings.role,
    initiator: null,
    refusalConsequence: 'unknown',
    mitigations: [],
    jobDefined: props.settings.jobDefined,
    workTime: props.settings.workTime,
    status: null,
    purposeChange: null,
    informed: null,
    objected: null,
  });
  const answer = (change: Partial<WizardAnswers>) => setAnswers({ ...answers, ...change });
  const result = assess(answers, props.settings.worksCouncil);
  const yesNo = useYesNoChoices();
  const statusChoices = useStatusChoices();

  return (
    <section class="wizard" aria-labelledby="wizard-title">
      <h2 id="wizard-title">{t('title')}</h2>
      <p class="hint">{t('intro')}</p>
      <form onSubmit={(event) => event.preventDefault()}>
        <div class="field">
          <label for="wizard-activity">{t('activity')}</label>
          <select
            id="wizard-activity"
            value={answers.activity ?? ''}
            onChange={(event) => answer({ activity: (event.currentTarget.value || null) as Activity | null })}
          >
            <option value="">{t('chooseActivity')}</option>
            {ACTIVITIES.map((id) => (
              <option key={id} value={id}>
                {localize(ACTIVITY_TEXT[id].label)}
              </option>
            ))}
          </select>
          {answers.activity && <p class="hint">{localize(ACTIVITY_TEXT[answers.activity].visible)}</p>}
        </div>
        <div class="field">
          <label for="wizard-role">{t('role')}</label>
          <select
            id="wizard-role"
            value={answers.role ?? ''}
            aria-describedby={answers.role ? 'wizard-role-hint' : undefined}
            onChange={(event) => answer({ role: (event.currentTarget.value || null) as Role | null })}
          >
            <option value="">{t('chooseRole')}</option>
            {ROLES.map((id) => (
              <option key={id} value={id}>
                {localize(ROLE_TEXT[id].label)}
              </option>
            ))}
          </select>
          {answers.role && (
            <p class="hint" id="wizard-role-hint">
              {localize(ROLE_TEXT[answers.role].hint)}
            </p>
          )}
        </div>
        <ChoiceGroup
          id="wizard-status"
          legend={t('status')}
          choices={statusChoices}
          value={answers.status}
          onValue={(status) => answer({ status })}
        />
        <ChoiceGroup
          id="wizard-initiator"
          legend={warning('questionInitiator')}
          choices={(Object.keys(INITIATOR_LABEL) as Initiator[]).map((value) => ({
            value,
            label: warning(INITIATOR_LABEL[value]),
          }))}
          value={answers.initiator}
          onValue={(initiator) => answer({ initiator })}
        />
        <ChoiceGroup
          id="wizard-refusal"
          legend={t('refusal')}
          choices={REFUSAL_CONSEQUENCES.map((value) => ({ value, label: t(REFUSAL_LABEL[value]) }))}
          value={answers.refusalConsequence}
          onValue={(refusalConsequence) => answer({ refusalConsequence })}
        />
        <fieldset class="field choices" id="wizard-safeguards">
          <legend>{t('safeguards')}</legend>
          {MITIGATIONS.map((id) => (
            <div class="choice" key={id}>
              <input
                type="checkbox"
                id={`wizard-safeguard-${id}`}
                checked={answers.mitigations.includes(id)}
                onChange={(event) =>
                  answer({
                    mitigations: event.currentTarget.checked
                      ? [...answers.mitigations, id]
                      : answers.mitigations.filter((m) => m !== id),
                  })
                }
              />
              <label for={`wizard-safeguard-${id}`}>{localize(MITIGATION_TEXT[id])}</label>
            </div>
          ))}
        </fieldset>
        <ChoiceGroup
          id="wizard-job-defined"
          legend={t('jobDefined')}
          choices={yesNo}
          value={answers.jobDefined}
          onValue={(jobDefined) => answer({ jobDefined })}
        />
        <ChoiceGroup
          id="wizard-work-time"
          legend={t('workTime')}
          choices={yesNo}
          value={answers.workTime}
          onValue={(workTime) => answer({ workTime })}
        />
        {OPTIONAL_YES_NO.map((question) => (
          <ChoiceGroup
            key={question}
            id={`wizard-${question}`}
            legend={t(question)}
            choices={yesNo}
            value={answers[question]}
            onValue={(value) => answer({ [question]: value })}
          />
        ))}
      </form>
      {/* Only the outcome line is announced when it changes, not the whole assessment (#18). */}
      <p class="visually-hidden wizard-announcement" role="status" aria-atomic="true">
        {result && 'assessment' in result
          ? t('outcomeAnnouncement', { outcome: localize(verdictText(result.assessment).outcome) })
          : ''}
      </p>
      <div class="wizard-result">
        <h3>{t('resultTitle')}</h3>
        {result === null && <p>{t('incomplete')}</p>}
        {result && 'error' in result && <p class="error">{t('invalid', { reason: result.error })}</p>}
        {result && 'assessment' in result && (
          <AssessmentView assessment={result.assessment} headingLevel={4} />
        )}
      </div>
      {result && 'assessment' in result && answers.activity && (
        <details class="wizard-letter">
          <summary>{t('letterTitle')}</summary>
          <LetterDraft
            idPrefix="wizard-letter"
            settings={props.settings}
            situation={{ activity: answers.activity, assessment: result.assessment }}
            key={`${answers.activity}-${result.assessment.outcome}`}
          />
        </details>
      )}
    </section>
  );
}
