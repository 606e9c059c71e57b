// The in-page warning, answer first: the core's answer (or, while who wanted it is still open, the
// provisional answer for each possibility) and one line saying what it depends on; then the questions
// that refine it, what becomes visible, and the two decisions. Rendered inside our own <dialog>.
// It never presumes an answer it asks for: no "group post for work" before the user said so.
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';
import { AssessmentPresentationView } from '@/components/assessment/AssessmentPresentationView';
import { LanguageProvider, useTranslator } from '@/components/i18n';
import { ROLE_TEXT } from '@/core/explanations';
import { createTranslator, type Translate } from '@/core/i18n';
import { assessmentMessages } from '@/core/i18n/messages/assessment';
import { warningMessages } from '@/core/i18n/messages/warning';
import type { GroupKind } from '@/core/settings';
import type { Initiator, Language, Role, Situation } from '@/core/types';
import type {
  ExposureAudience,
  ExposureItem,
  WarningAnswers,
  WarningPlan,
  WarningQuestion,
} from '@/core/warning-plan';
import { type RemoteAssessment, requestAssessment } from './remote-assessment';

export const WARNING_TITLE_ID = 'exposure-guard-warning-title';

export interface ProceedChoice {
  rememberInitiator: boolean;
  quietOwnInitiative: boolean;
  /** Remember the answer about this group, so it is not asked again ("don't ask again"). */
  rememberGroup: boolean;
}

export interface WarningProps {
  plan: WarningPlan;
  /** The background's assessment of plan.situation; null while required questions are open. */
  assessment: RemoteAssessment | null;
  language: Language;
  onAnswer(answers: WarningAnswers): void;
  onCancel(choice: ProceedChoice): void;
  onProceed(choice: ProceedChoice): void;
  /** Asks the background for the provisional answers; the real service unless a test gives one. */
  assess?: (situation: Situation, language: Language) => Promise<RemoteAssessment>;
  /** Notes for this surface (what a profile save broadcasts, the notify switch), after what becomes visible. */
  addendum?: ComponentChildren;
  /**
   * When a warning is shown again (the page covered or changed it): the questions it first asked and the
   * answers given so far, so the user sees the same warning, not one with their questions gone.
   */
  resumed?: { questions: WarningPlan['questions']; answers: WarningAnswers };
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

const DEPENDS_KEY = {
  initiator: 'dependsInitiator',
  role: 'dependsRole',
  groupKind: 'dependsGroupKind',
} as const satisfies Record<WarningQuestion['id'], WarningKey>;

const IF_KEY = {
  'employer-requires': 'ifRequires',
  'employer-asks': 'ifAsks',
  'own-initiative': 'ifOwn',
} as const satisfies Record<Initiator, WarningKey>;

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
  assess = requestAssessment,
  resumed,
}: WarningProps) {
  const t = createTranslator(warningMessages, language);
  // The questions asked when the warning opened stay on screen while the user answers them.
  const [asked] = useState(resumed?.questions ?? plan.questions);
  const [answers, setAnswers] = useState<WarningAnswers>(resumed?.answers ?? {});
  const [remember, setRemember] = useState(false);
  const [quiet, setQuiet] = useState(false);
  const [rememberGroup, setRememberGroup] = useState(true);
  const provisional = useProvisional(plan, language, assess);
  const ownInitiative = plan.initiator === 'own-initiative';
  const choice = (): ProceedChoice => ({
    // Staying quiet works only with a remembered own initiative (see shouldWarn).
    rememberInitiator: remember || (ownInitiative && quiet),
    quietOwnInitiative: ownInitiative && quiet,
    rememberGroup,
  });

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
  const open = asked.filter((question) => answers[question.id] === undefined);

  return (
    <LanguageProvider language={language}>
      <div class="warning" data-activity={plan.activity}>
        <h2 id={WARNING_TITLE_ID}>{t('title')}</h2>
        <div class="result" aria-live="polite" data-answer={assessment ? 'final' : 'provisional'}>
          {assessment ? (
            <AssessmentResult assessment={assessment} />
          ) : provisional.length > 0 ? (
            <ProvisionalAnswer answers={provisional} t={t} />
          ) : open.length === 0 ? (
            <p>{t('questionsIntro')}</p>
          ) : null}
          {open.length > 0 && (
            <p class="depends" data-depends={open.map((q) => q.id).join(' ')}>
              {t('dependsOn', { list: open.map((q) => t(DEPENDS_KEY[q.id])).join(t('listAnd')) })}
            </p>
          )}
        </div>
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
            {question.id === 'groupKind' && (
              <Choice
                name="remember-group"
                checked={rememberGroup}
                onChange={setRememberGroup}
                label={t('rememberGroup')}
              >
                {' '}
                <span class="hint">{t('rememberGroupHint')}</span>
              </Choice>
            )}
          </fieldset>
        ))}
        <Exposure plan={plan} t={t} />
        {addendum}
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
            onClick={(event) => trusted(event) && onCancel(choice())}
          >
            {t('cancel')}
          </button>
          <button
            type="button"
            data-action="proceed"
            onClick={(event) => trusted(event) && onProceed(choice())}
          >
            {t('proceed')}
          </button>
        </div>
      </div>
    </LanguageProvider>
  );
}

type WarningTranslate = Translate<keyof typeof warningMessages.en>;

/** What becomes visible and to whom: one line after the answer. */
function Exposure({ plan, t }: { plan: WarningPlan; t: WarningTranslate }) {
  const details = plan.exposure.flatMap((item) =>
    item.kind === 'audience' ? [] : [t(DETAIL_KEY[item.kind])],
  );
  const audience = plan.exposure.find(
    (item): item is Extract<ExposureItem, { kind: 'audience' }> => item.kind === 'audience',
  );
  if (details.length === 0) return null;
  return (
    <div class="exposure">
      <p>{t('intro')} </p>
      <ul>
        {details.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
      {audience && <p class="audience">{t(AUDIENCE_KEY[audience.audience])}</p>}
    </div>
  );
}

interface ProvisionalOutcome {
  initiator: Initiator;
  assessment: RemoteAssessment;
}

/** While only who wanted it is open: the core's answer for each possibility, asked of the background. */
function useProvisional(
  plan: WarningPlan,
  language: Language,
  assess: (situation: Situation, language: Language) => Promise<RemoteAssessment>,
): ProvisionalOutcome[] {
  const checking = (wanted: WarningPlan['provisional']): ProvisionalOutcome[] =>
    wanted.map(({ initiator }) => ({ initiator, assessment: { status: 'checking' } }));
  // Painted at once with "checking…", like the rest of the warning; the answers follow.
  const [outcomes, setOutcomes] = useState<ProvisionalOutcome[]>(() => checking(plan.provisional));
  const key = JSON.stringify(plan.provisional);
  // A layout effect: the questions go out as the warning paints, not a frame later.
  useLayoutEffect(() => {
    let live = true;
    const wanted = plan.provisional;
    setOutcomes(checking(wanted));
    void Promise.all(
      wanted.map(async ({ initiator, situation }) => ({
        initiator,
        assessment: await assess(situation, language),
      })),
    ).then((done) => live && setOutcomes(done));
    return () => {
      live = false;
    };
    // The situations as one string: asked again only when they change, not on every new array.
  }, [key, language, assess]);
  return outcomes;
}

/** "If your employer requires it: …" / "If it is your own idea: …", in the core's own words. */
function ProvisionalAnswer({ answers, t }: { answers: ProvisionalOutcome[]; t: WarningTranslate }) {
  const a = useTranslator(assessmentMessages);
  const texts = answers.map(({ assessment }) =>
    assessment.status === 'ready' ? assessment.presentation.mayRequireText : null,
  );
  // The same answer whoever wanted it: said once, without the "if".
  if (texts[0] && texts.every((text) => text === texts[0])) {
    return (
      <div class="provisional" data-same-answer>
        <p>
          <strong>{t('provisionalTitle')}</strong> {texts[0]}
        </p>
      </div>
    );
  }
  return (
    <div class="provisional">
      <p class="provisional-title">
        <strong>{t('provisionalTitle')}</strong>
      </p>
      <ul>
        {answers.map(({ initiator, assessment }) => (
          <li key={initiator} data-if={initiator}>
            <strong>{t(IF_KEY[initiator])}</strong>{' '}
            {assessment.status === 'ready'
              ? assessment.presentation.mayRequireText
              : a(assessment.status === 'checking' ? 'checking' : 'unavailable')}
          </li>
        ))}
      </ul>
    </div>
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
