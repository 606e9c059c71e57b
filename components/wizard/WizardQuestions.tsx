// The wizard's questions: what the request asks (one or more activities), who wants it, and what
// version 2 of the core needs to weigh it. Every optional question offers "I don't know".
import { useLocalize, useTranslator } from '@/components/i18n';
import { type Choice, ChoiceGroup, useStatusChoices } from '@/components/options/fields';
import { SelectField } from '@/components/ui/SelectField';
import { ACTIVITY_TEXT, MITIGATION_TEXT, ROLE_TEXT } from '@/core/explanations';
import { warningMessages } from '@/core/i18n/messages/warning';
import { wizardMessages } from '@/core/i18n/messages/wizard';
import {
  ACTIVITIES,
  type Activity,
  INCENTIVES,
  INITIATORS,
  type Incentive,
  type Initiator,
  MITIGATIONS,
  REFUSAL_CONSEQUENCES,
  type RefusalConsequence,
  ROLES,
  type Role,
} from '@/core/types';
import type { WizardAnswers } from './answers';

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

const INCENTIVE_LABEL = {
  none: 'incentiveNone',
  'small-gift': 'incentiveGift',
  bonus: 'incentiveBonus',
} as const satisfies Record<Incentive, keyof typeof wizardMessages.en>;

/** The yes / no / I don't know questions, in the order the form asks them. */
const YES_NO_QUESTIONS = [
  ['jobDefined', 'wizard-job-defined'],
  ['workTime', 'wizard-work-time'],
  ['lessIntrusiveAlternative', 'wizard-less-intrusive'],
  ['postEmploymentClause', 'wizard-post-employment'],
  ['purposeChange', 'wizard-purposeChange'],
  ['informed', 'wizard-informed'],
  ['objected', 'wizard-objected'],
] as const satisfies readonly (readonly [keyof WizardAnswers & keyof typeof wizardMessages.en, string])[];

type Answer = (change: Partial<WizardAnswers>) => void;

/** One select per activity the request asks for; another can be added, any but the first removed. */
function ActivityPicker(props: { answers: WizardAnswers; answer: Answer }) {
  const t = useTranslator(wizardMessages);
  const localize = useLocalize();
  const { activities } = props.answers;
  const set = (index: number, value: Activity | null) =>
    props.answer({ activities: activities.map((a, i) => (i === index ? value : a)) });
  return (
    <div class="wizard-activities">
      {activities.map((activity, index) => {
        const id = index === 0 ? 'wizard-activity' : `wizard-activity-${index + 1}`;
        return (
          <div class="field" key={id}>
            <label for={id}>{index === 0 ? t('activity') : t('activityMore', { number: index + 1 })}</label>
            <div class="wizard-activity-row">
              <select
                id={id}
                value={activity ?? ''}
                onChange={(event) => set(index, (event.currentTarget.value || null) as Activity | null)}
              >
                <option value="">{t('chooseActivity')}</option>
                {ACTIVITIES.map((value) => (
                  <option key={value} value={value}>
                    {localize(ACTIVITY_TEXT[value].label)}
                  </option>
                ))}
              </select>
              {index > 0 && (
                <button
                  type="button"
                  onClick={() => props.answer({ activities: activities.filter((_, i) => i !== index) })}
                >
                  {t('removeActivity')}
                </button>
              )}
            </div>
            {activity && <p class="hint">{localize(ACTIVITY_TEXT[activity].visible)}</p>}
          </div>
        );
      })}
      <button type="button" onClick={() => props.answer({ activities: [...activities, null] })}>
        {t('addActivity')}
      </button>
    </div>
  );
}

function RoleSelect(props: { role: Role | null; answer: Answer }) {
  const t = useTranslator(wizardMessages);
  const localize = useLocalize();
  return (
    <SelectField
      id="wizard-role"
      label={t('role')}
      value={props.role ?? ''}
      options={[
        { value: '', label: t('chooseRole') },
        ...ROLES.map((id) => ({ value: id, label: localize(ROLE_TEXT[id].label) })),
      ]}
      hint={props.role ? localize(ROLE_TEXT[props.role].hint) : undefined}
      onValue={(value) => props.answer({ role: (value || null) as Role | null })}
    />
  );
}

function Safeguards(props: { answers: WizardAnswers; answer: Answer }) {
  const t = useTranslator(wizardMessages);
  const localize = useLocalize();
  const { mitigations } = props.answers;
  return (
    <fieldset class="field choices" id="wizard-safeguards">
      <legend>{t('safeguards')}</legend>
      {MITIGATIONS.map((id) => (
        <div class="choice" key={id}>
          <input
            type="checkbox"
            id={`wizard-safeguard-${id}`}
            checked={mitigations.includes(id)}
            onChange={(event) =>
              props.answer({
                mitigations: event.currentTarget.checked
                  ? [...mitigations, id]
                  : mitigations.filter((m) => m !== id),
              })
            }
          />
          <label for={`wizard-safeguard-${id}`}>{localize(MITIGATION_TEXT[id])}</label>
        </div>
      ))}
    </fieldset>
  );
}

export function WizardQuestions(props: { answers: WizardAnswers; answer: Answer }) {
  const t = useTranslator(wizardMessages);
  const warning = useTranslator(warningMessages);
  const statusChoices = useStatusChoices();
  const { answers, answer } = props;
  const dontKnow = t('dontKnow');
  const yesNo: Choice<boolean | null>[] = [
    { value: true, label: t('yes') },
    { value: false, label: t('no') },
    { value: null, label: dontKnow },
  ];
  return (
    <form class="wizard-questions" onSubmit={(event) => event.preventDefault()}>
      <ActivityPicker answers={answers} answer={answer} />
      <RoleSelect role={answers.role} answer={answer} />
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
        choices={INITIATORS.map((value) => ({ value, label: warning(INITIATOR_LABEL[value]) }))}
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
      <ChoiceGroup<Incentive | null>
        id="wizard-incentive"
        legend={t('incentive')}
        choices={[
          ...INCENTIVES.map((value) => ({ value, label: t(INCENTIVE_LABEL[value]) })),
          { value: null, label: dontKnow },
        ]}
        value={answers.incentive}
        onValue={(incentive) => answer({ incentive })}
      />
      <Safeguards answers={answers} answer={answer} />
      {YES_NO_QUESTIONS.map(([question, id]) => (
        <ChoiceGroup
          key={question}
          id={id}
          legend={t(question)}
          choices={yesNo}
          value={answers[question]}
          onValue={(value) => answer({ [question]: value })}
        />
      ))}
    </form>
  );
}
