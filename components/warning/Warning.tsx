// The in-page warning: what is about to become visible, the questions still open, the core's
// answer (updated as the user answers) and the two decisions. Rendered inside our own <dialog>.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { AssessmentPresentationView } from '@/components/assessment/AssessmentPresentationView';
import { LanguageProvider, useTranslator } from '@/components/i18n';
import { ACTIVITY_TEXT, ROLE_TEXT } from '@/core/explanations';
import { createTranslator, type Translate } from '@/core/i18n';
import { assessmentMessages } from '@/core/i18n/messages/assessment';
import { warningMessages } from '@/core/i18n/messages/warning';
import type { GroupKind } from '@/core/settings';
import type { Initiator, Language, Role } from '@/core/types';
import type {
  ExposureAudience,
  ExposureItem,
  WarningAnswers,
  WarningPlan,
  WarningQuestion,
} from '@/core/warning-plan';
import type { RemoteAssessment } from './remote-assessment';

export const WARNING_TITLE_ID = 'exposure-guard-warning-title';

export interface ProceedChoice {
  rememberInitiator: boolean;
  quietOwnInitiative: boolean;
}

export interface WarningProps {
  plan: WarningPlan;
  /** The background's assessment of plan.situation; null while required questions are open. */
  assessment: RemoteAssessment | null;
  language: Language;
  onAnswer(answers: WarningAnswers): void;
  onCancel(): void;
  onProceed(choice: ProceedChoice): void;
  /** Notes for this surface (what a profile save broadcasts, the notify switch), after what becomes visible. */
  addendum?: ComponentChildren;
}

type WarningKey = Parameters<Translate<keyof typeof warningMessages.en>>[0];

const DETAIL_KEY = {
  name: 'exposedName',
  photo: 'exposedPhoto',
  'job-title': 'exposedJobTitle',
  employer: 'exposedEmployer',
} as const satisfies Record<Exclude<ExposureItem['kind'], 'audience'>, WarningKey>;

const AUDIENCE_KEY = {
  public: 'audiencePublic',
  network: 'audienceNetwork',
  'group-members': 'audienceGroupMembers',
  colleagues: 'audienceColleagues',
} as const satisfies Record<ExposureAudience, WarningKey>;

const INITIATOR_KEY = {
  'employer-requires': 'initiatorEmployerRequires',
  'employer-asks': 'initiatorEmployerAsks',
  'own-initiative': 'initiatorOwnInitiative',
} as const satisfies Record<Initiator, WarningKey>;

const GROUP_KEY = { work: 'groupWork', private: 'groupPrivate' } as const satisfies Record<
  GroupKind,
  WarningKey
>;

const LEGEND_KEY = {
  initiator: 'questionInitiator',
  role: 'questionRole',
  groupKind: 'questionGroupKind',
} as const satisfies Record<WarningQuestion['id'], WarningKey>;

/** Only a real user's action may decide: scripts on the page can dispatch synthetic clicks. */
function trusted(event: Event): boolean {
  return event.isTrusted === true;
}

export function Warning({
  plan,
  assessment,
  language,
  onAnswer,
  onCancel,
  onProceed,
  addendum,
}: WarningProps) {
  const t = createTranslator(warningMessages, language);
  // The questions asked when the warning opened stay on screen while the user answers them.
  const [asked] = useState(plan.questions);
  const [answers, setAnswers] = useState<WarningAnswers>({});
  const [remember, setRemember] = useState(false);
  const [quiet, setQuiet] = useState(false);
  const ownInitiative = plan.initiator === 'own-initiative';

  const answer = (next: WarningAnswers) => {
    const merged = { ...answers, ...next };
    setAnswers(merged);
    onAnswer(merged);
  };
  const optionLabel = (question: WarningQuestion, option: string): string => {
    if (question.id === 'initiator') return t(INITIATOR_KEY[option as Initiator]);
    if (question.id === 'groupKind') return t(GROUP_KEY[option as GroupKind]);
    return ROLE_TEXT[option as Role].label[language];
  };
  const details = plan.exposure.flatMap((item) =>
    item.kind === 'audience' ? [] : [t(DETAIL_KEY[item.kind])],
  );
  const audience = plan.exposure.find((item) => item.kind === 'audience');

  return (
    <LanguageProvider language={language}>
      <div class="warning" data-activity={plan.activity}>
        <h2 id={WARNING_TITLE_ID}>{t('title')}</h2>
        <p class="activity">{ACTIVITY_TEXT[plan.activity].label[language]}</p>
        {details.length > 0 && (
          <div class="exposure">
            <p>{t('intro')}</p>
            <ul>
              {details.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
            {audience && <p class="audience">{t(AUDIENCE_KEY[audience.audience])}</p>}
          </div>
        )}
        {addendum}
        {asked.map((question) => (
          <fieldset key={question.id} class="question" data-question={question.id}>
            <legend>{t(LEGEND_KEY[question.id])}</legend>
            {question.options.map((option) => (
              <label key={option}>
                <input
                  type="radio"
                  name={`exposure-guard-${question.id}`}
                  value={option}
                  checked={answers[question.id] === option}
                  onChange={() => answer({ [question.id]: option })}
                />{' '}
                {optionLabel(question, option)}
              </label>
            ))}
          </fieldset>
        ))}
        <div class="result" aria-live="polite">
          {assessment ? <AssessmentResult assessment={assessment} /> : <p>{t('questionsIntro')}</p>}
        </div>
        {asked.some((q) => q.id === 'initiator') && (
          <Choice name="remember" checked={remember} onChange={setRemember} label={t('rememberInitiator')} />
        )}
        {ownInitiative && (
          <Choice name="quiet" checked={quiet} onChange={setQuiet} label={t('quietOwnInitiative')}>
            {' '}
            <span class="hint">{t('quietHint')}</span>
          </Choice>
        )}
        <div class="actions">
          <button
            type="button"
            data-action="cancel"
            autofocus
            onClick={(event) => trusted(event) && onCancel()}
          >
            {t('cancel')}
          </button>
          <button
            type="button"
            data-action="proceed"
            onClick={(event) =>
              trusted(event) &&
              onProceed({
                // Staying quiet works only with a remembered own initiative (see shouldWarn).
                rememberInitiator: remember || (ownInitiative && quiet),
                quietOwnInitiative: ownInitiative && quiet,
              })
            }
          >
            {t('proceed')}
          </button>
        </div>
      </div>
    </LanguageProvider>
  );
}

/** The assessment once it has come: "checking…" first, the explanation, or why there is none. */
function AssessmentResult({ assessment }: { assessment: RemoteAssessment }) {
  const t = useTranslator(assessmentMessages);
  if (assessment.status === 'ready')
    return <AssessmentPresentationView presentation={assessment.presentation} />;
  return (
    <p
      class={assessment.status === 'checking' ? 'checking' : 'unavailable'}
      data-assessment={assessment.status}
    >
      {t(assessment.status === 'checking' ? 'checking' : 'unavailable')}
    </p>
  );
}

function Choice(props: {
  name: string;
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  children?: ComponentChildren;
}) {
  return (
    <label class="choice">
      <input
        type="checkbox"
        data-choice={props.name}
        checked={props.checked}
        onChange={(event) => props.onChange(event.currentTarget.checked)}
      />{' '}
      {props.label}
      {props.children}
    </label>
  );
}
