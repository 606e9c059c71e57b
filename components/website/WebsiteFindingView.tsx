// What the popup shows when the current page is one of the employer's and shows the user: what is
// exposed (name, job title, photo), the questions the core still needs (who wanted it, the role,
// the safeguards offered), the assessment, and the letters that fit it.
import { useState } from 'preact/hooks';
import { AssessmentView } from '@/components/assessment/AssessmentView';
import { useLanguage, useLocalize, useTranslator } from '@/components/i18n';
import { ChoiceGroup } from '@/components/options/fields';
import { LetterDraft } from '@/components/options/LetterDraft';
import { evaluate } from '@/core/evaluate';
import { MITIGATION_TEXT, ROLE_TEXT } from '@/core/explanations';
import { warningMessages } from '@/core/i18n/messages/warning';
import { websiteMessages } from '@/core/i18n/messages/website';
import { type LetterKind, letterSubject } from '@/core/letters';
import type { NameVariantKind } from '@/core/person-match';
import type { WebsiteExposure, WebsitePageReport } from '@/core/protocol';
import type { Settings } from '@/core/settings';
import { type Assessment, INITIATORS, type Initiator, type Mitigation, ROLES, type Role } from '@/core/types';
import {
  pageExposure,
  type WebsiteActivity,
  type WebsiteAnswers,
  websiteLetterKinds,
  websitePlan,
} from '@/core/website-finding';

const EXPOSED_KEY = {
  name: 'exposedName',
  'job-title': 'exposedJobTitle',
  photo: 'exposedPhoto',
} as const satisfies Record<WebsiteExposure, keyof typeof websiteMessages.en>;

const NAME_FORM_KEY = {
  full: 'nameFormFull',
  'first-and-surname': 'nameFormFirstAndSurname',
  'first-and-initial': 'nameFormFirstAndInitial',
  'initials-and-surname': 'nameFormInitialsAndSurname',
} as const satisfies Record<NameVariantKind, keyof typeof websiteMessages.en>;

const INITIATOR_KEY = {
  'employer-requires': 'initiatorEmployerRequires',
  'employer-asks': 'initiatorEmployerAsks',
  'own-initiative': 'initiatorOwnInitiative',
} as const satisfies Record<Initiator, keyof typeof warningMessages.en>;

/** The safeguards an employer can offer for a website page, least intrusive first. */
export const WEBSITE_SAFEGUARDS = [
  'opt-out-without-consequences',
  'preview-and-approval',
  'remove-on-departure',
  'first-name-only',
  'not-identifiable-photo',
] as const satisfies readonly Mitigation[];

export interface WebsiteFindingViewProps {
  report: WebsitePageReport;
  settings: Settings;
  initialAnswers?: WebsiteAnswers;
  /** Called whenever the user answers (the popup may remember the answers). */
  onAnswers?(answers: WebsiteAnswers): void;
  now?: () => Date;
}

export function WebsiteFindingView(props: WebsiteFindingViewProps) {
  const t = useTranslator(websiteMessages);
  const [answers, setAnswers] = useState<WebsiteAnswers>(props.initialAnswers ?? {});
  const exposure = pageExposure(props.report.findings);

  if (!exposure) {
    return (
      <section class="website-finding" data-found="false">
        <p>{t('noFinding')}</p>
      </section>
    );
  }

  const answer = (next: WebsiteAnswers) => {
    const merged = { ...answers, ...next };
    setAnswers(merged);
    props.onAnswers?.(merged);
  };
  const plan = websitePlan(exposure.activity, props.settings, answers);
  const assessment = plan.situation ? evaluate(plan.situation) : null;

  return (
    <section class="website-finding" data-found="true" data-activity={exposure.activity}>
      <h2>{t('findingTitle')}</h2>
      <ExposureSummary report={props.report} exposed={exposure.exposed} />
      <WebsiteQuestions answers={answers} settings={props.settings} onAnswer={answer} />
      {!assessment && <p class="hint">{t('questionsIntro')}</p>}
      {assessment && plan.situation && (
        <WebsiteAssessment
          activity={exposure.activity}
          assessment={assessment}
          settings={props.settings}
          now={props.now}
        />
      )}
    </section>
  );
}

/** What the page shows of the user, the forms of their name it uses, and whether it was read whole. */
function ExposureSummary(props: { report: WebsitePageReport; exposed: readonly WebsiteExposure[] }) {
  const t = useTranslator(websiteMessages);
  const nameForms = [...new Set(props.report.findings.map((f) => f.nameForm))];
  return (
    <>
      <p>{t('exposedIntro')}</p>
      <ul class="exposed">
        {props.exposed.map((item) => (
          <li key={item} data-exposed={item}>
            {t(EXPOSED_KEY[item])}
          </li>
        ))}
      </ul>
      <p class="name-forms">
        {t('nameFormLabel', { form: nameForms.map((form) => t(NAME_FORM_KEY[form])).join(', ') })}
      </p>
      {props.report.truncated && <p class="hint">{t('scanTruncated')}</p>}
    </>
  );
}

/** The questions the assessment needs: who wanted the page, the user's role, the safeguards offered. */
function WebsiteQuestions(props: {
  answers: WebsiteAnswers;
  settings: Settings;
  onAnswer(next: WebsiteAnswers): void;
}) {
  const t = useTranslator(websiteMessages);
  const tw = useTranslator(warningMessages);
  const localize = useLocalize();
  const { answers, onAnswer: answer } = props;
  const role = answers.role ?? props.settings.role;
  const offered = answers.mitigations ?? [];
  return (
    <>
      <ChoiceGroup<Initiator | undefined>
        id="website-initiator"
        legend={tw('questionInitiator')}
        choices={INITIATORS.map((value) => ({ value, label: tw(INITIATOR_KEY[value]) }))}
        value={answers.initiator}
        onValue={(initiator) => answer({ initiator })}
      />
      <ChoiceGroup<Role | null>
        id="website-role"
        legend={tw('questionRole')}
        choices={ROLES.map((value) => ({ value, label: localize(ROLE_TEXT[value].label) }))}
        value={role}
        onValue={(value) => answer({ role: value ?? undefined })}
      />
      <fieldset class="field choices" id="website-safeguards">
        <legend>{t('safeguardsQuestion')}</legend>
        {WEBSITE_SAFEGUARDS.map((mitigation) => (
          <div class="choice" key={mitigation}>
            <input
              type="checkbox"
              id={`website-safeguard-${mitigation}`}
              checked={offered.includes(mitigation)}
              onChange={(event) =>
                answer({
                  mitigations: event.currentTarget.checked
                    ? [...offered, mitigation]
                    : offered.filter((m) => m !== mitigation),
                })
              }
            />
            <label for={`website-safeguard-${mitigation}`}>{localize(MITIGATION_TEXT[mitigation])}</label>
          </div>
        ))}
      </fieldset>
    </>
  );
}

/** The assessment of the page and the letters that fit it. */
function WebsiteAssessment(props: {
  activity: WebsiteActivity;
  assessment: Assessment;
  settings: Settings;
  now?: () => Date;
}) {
  const t = useTranslator(websiteMessages);
  const language = useLanguage();
  const { activity, assessment } = props;
  return (
    <>
      <AssessmentView assessment={assessment} headingLevel={3} />
      <h3>{t('lettersHeading')}</h3>
      <ul class="letter-kinds">
        {websiteLetterKinds(assessment).map((kind: LetterKind) => (
          <li key={kind} data-letter={kind}>
            {letterSubject(kind, { activity }, language)}
          </li>
        ))}
      </ul>
      <LetterDraft
        idPrefix="website-letter"
        situation={{ activity, assessment }}
        settings={props.settings}
        now={props.now}
      />
    </>
  );
}
