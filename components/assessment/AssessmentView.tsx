// The core's answer for one situation: the outcome in one sentence and whether the employer may
// require it first; the reasons with their sources, the rights and the safeguards on demand.
import type { ComponentChildren } from 'preact';
import { FLAG_TEXT, MITIGATION_TEXT, OUTCOME_MAY_REQUIRE_TEXT, OUTCOME_TEXT } from '../../core/explanations';
import { assessmentMessages } from '../../core/i18n/messages/assessment';
import { commonMessages } from '../../core/i18n/messages/common';
import { RIGHTS_CATALOGUE } from '../../core/rights';
import { findRule } from '../../core/rules';
import { findSource } from '../../core/sources';
import type { Assessment, Reason } from '../../core/types';
import { useLocalize, useTranslator } from '../i18n';

export interface AssessmentViewProps {
  assessment: Assessment;
  /** Heading level of the sections inside the details (the host's own heading is one above). */
  headingLevel?: 2 | 3 | 4;
}

export function AssessmentView({ assessment, headingLevel = 3 }: AssessmentViewProps) {
  const t = useTranslator(assessmentMessages);
  const localize = useLocalize();
  return (
    <div class="assessment" data-outcome={assessment.outcome}>
      <p class="outcome">
        <strong>{localize(OUTCOME_TEXT[assessment.outcome])}</strong>
      </p>
      <p class="may-require" data-employer-may-require={String(assessment.employerMayRequire)}>
        <strong>{t('mayRequireQuestion')}</strong> {localize(OUTCOME_MAY_REQUIRE_TEXT[assessment.outcome])}
      </p>
      <details>
        <summary>{t('details')}</summary>
        <ListSection heading={t('reasonsHeading')} level={headingLevel} kind="reasons">
          {assessment.reasons.map((reason) => (
            <ReasonItem key={reason.rule} reason={reason} />
          ))}
        </ListSection>
        <ListSection heading={t('flagsHeading')} level={headingLevel} kind="flags">
          {assessment.flags.map((flag) => (
            <li key={flag}>{localize(FLAG_TEXT[flag])}</li>
          ))}
        </ListSection>
        <ListSection heading={t('rightsHeading')} level={headingLevel} kind="rights">
          {assessment.rights.map((right) => {
            const info = RIGHTS_CATALOGUE[right];
            return (
              <li key={right} data-right={right}>
                <strong>{localize(info.name)}</strong> ({info.article}): {localize(info.whatToAsk)}
              </li>
            );
          })}
        </ListSection>
        <ListSection heading={t('safeguardsHeading')} level={headingLevel} kind="safeguards">
          {assessment.mitigations.map((mitigation) => (
            <li key={mitigation}>{localize(MITIGATION_TEXT[mitigation])}</li>
          ))}
        </ListSection>
        <p class="fine-print">{t('notLegalAdvice')}</p>
      </details>
    </div>
  );
}

/** A headed list, left out when it has no items. */
function ListSection(props: {
  heading: string;
  level: 2 | 3 | 4;
  kind: string;
  children: ComponentChildren[];
}) {
  if (props.children.length === 0) return null;
  const Heading = `h${props.level}` as 'h3';
  return (
    <>
      <Heading>{props.heading}</Heading>
      <ul class={props.kind}>{props.children}</ul>
    </>
  );
}

function ReasonItem({ reason }: { reason: Reason }) {
  const t = useTranslator(assessmentMessages);
  const common = useTranslator(commonMessages);
  const localize = useLocalize();
  const rule = findRule(reason.rule);
  return (
    <li data-rule={reason.rule}>
      {rule ? (
        <>
          <strong>{localize(rule.title)}</strong> {localize(rule.explanation)}
          {rule.verify && <em class="unchecked"> ({common('notYetChecked')})</em>}
        </>
      ) : (
        <strong>{reason.rule}</strong>
      )}
      {reason.sources.length > 0 && (
        <span class="sources">
          {' '}
          {t('sources')}{' '}
          {reason.sources.map((id, index) => {
            const source = findSource(id);
            const citation = source ? source.citation : id;
            return (
              <span key={id} class="source" data-source={id}>
                {index > 0 && '; '}
                {source?.url ? (
                  <a href={source.url} target="_blank" rel="noopener noreferrer">
                    {citation}
                    <span class="visually-hidden"> {t('opensInNewTab')}</span>
                  </a>
                ) : (
                  <cite>{citation}</cite>
                )}
                {source?.verify && <em class="unchecked"> ({common('notYetChecked')})</em>}
              </span>
            );
          })}
        </span>
      )}
    </li>
  );
}
