// "Check a request": the core's questions in plain words, all on one form so every answer can be
// changed. The assessment stands above the questions and stays in view while the user scrolls through
// them (wizard.css), one per activity the request asks for, and follows every change.
import { useState } from 'preact/hooks';
import { AssessmentView } from '@/components/assessment/AssessmentView';
import { useLocalize, useTranslator } from '@/components/i18n';
import { LetterDraft } from '@/components/options/LetterDraft';
import { verdictText } from '@/core/assessment-presentation';
import { ACTIVITY_TEXT } from '@/core/explanations';
import { wizardMessages } from '@/core/i18n/messages/wizard';
import type { Settings } from '@/core/settings';
import { type ActivityResult, assessAll, type WizardAnswers } from './answers';
import { WizardQuestions } from './WizardQuestions';
import './wizard.css';

export type { WizardAnswers } from './answers';

function initialAnswers(settings: Settings): WizardAnswers {
  return {
    activities: [null],
    role: settings.role,
    initiator: null,
    refusalConsequence: 'unknown',
    mitigations: [],
    jobDefined: settings.jobDefined,
    workTime: settings.workTime,
    status: settings.status,
    lessIntrusiveAlternative: null,
    postEmploymentClause: null,
    incentive: null,
    purposeChange: null,
    informed: null,
    objected: null,
  };
}

/**
 * The answer in one line per activity, above the questions and in view while they scroll past
 * (wizard.css); "why" leads to the full assessment below the questions.
 */
function WizardSummary(props: { results: ActivityResult[] | null }) {
  const t = useTranslator(wizardMessages);
  const localize = useLocalize();
  const { results } = props;
  const several = (results?.length ?? 0) > 1;
  return (
    <section class="wizard-summary" aria-labelledby="wizard-summary-title">
      <h3 id="wizard-summary-title">{t('resultTitle')}</h3>
      {results === null && <p>{t('incomplete')}</p>}
      {results && (
        <ul>
          {results.map((result) => {
            const label = localize(ACTIVITY_TEXT[result.activity].label);
            if ('error' in result)
              return (
                <li key={result.activity} class="error">
                  {t('invalid', { reason: result.error })}
                </li>
              );
            const verdict = verdictText(result.assessment);
            return (
              <li
                key={result.activity}
                data-activity={result.activity}
                data-outcome={result.assessment.outcome}
                data-certainty={verdict.certainty}
              >
                {several && <span class="wizard-summary-activity">{label}: </span>}
                <strong>{localize(verdict.outcome)}</strong>{' '}
                <a href={`#wizard-result-${result.activity}`}>{t('why')}</a>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** The full assessment per activity (reasons, rights, safeguards) and a letter about it. */
function WizardResults(props: { results: ActivityResult[]; answers: WizardAnswers; settings: Settings }) {
  const t = useTranslator(wizardMessages);
  const localize = useLocalize();
  const { answers } = props;
  return (
    <div class="wizard-result">
      {props.results.map((result) => {
        const label = localize(ACTIVITY_TEXT[result.activity].label);
        return (
          <section
            class="wizard-activity-result"
            id={`wizard-result-${result.activity}`}
            data-activity={result.activity}
            key={result.activity}
            aria-label={t('resultFor', { activity: label })}
          >
            <h3>{t('resultFor', { activity: label })}</h3>
            {'error' in result ? (
              <p class="error">{t('invalid', { reason: result.error })}</p>
            ) : (
              <>
                <AssessmentView assessment={result.assessment} headingLevel={4} />
                <details class="wizard-letter">
                  <summary>{t('letterTitle')}</summary>
                  <LetterDraft
                    idPrefix={`wizard-letter-${result.activity}`}
                    settings={props.settings}
                    situation={{
                      activity: result.activity,
                      initiator: answers.initiator,
                      status: answers.status,
                      assessment: result.assessment,
                    }}
                    key={`${result.assessment.outcome}-${answers.initiator}-${answers.status}`}
                  />
                </details>
              </>
            )}
          </section>
        );
      })}
    </div>
  );
}

export function RequestWizard(props: { settings: Settings }) {
  const t = useTranslator(wizardMessages);
  const localize = useLocalize();
  const [answers, setAnswers] = useState<WizardAnswers>(() => initialAnswers(props.settings));
  const answer = (change: Partial<WizardAnswers>) => setAnswers({ ...answers, ...change });
  const results = assessAll(answers, props.settings.worksCouncil);
  const assessed = (results ?? []).flatMap((r) => ('assessment' in r ? [r] : []));
  const announcement = assessed
    .map(({ activity, assessment }) => {
      const outcome = localize(verdictText(assessment).outcome);
      return assessed.length > 1 ? `${localize(ACTIVITY_TEXT[activity].label)}: ${outcome}` : outcome;
    })
    .join(' · ');

  return (
    <section class="wizard" aria-labelledby="wizard-title">
      <h2 id="wizard-title">{t('title')}</h2>
      <p class="hint">{t('intro')}</p>
      <WizardSummary results={results} />
      {/* Only the outcome lines are announced when they change, not the whole assessment. */}
      <p class="visually-hidden wizard-announcement" role="status" aria-atomic="true">
        {announcement ? t('outcomeAnnouncement', { outcome: announcement }) : ''}
      </p>
      <WizardQuestions answers={answers} answer={answer} />
      {results && <WizardResults results={results} answers={answers} settings={props.settings} />}
    </section>
  );
}
