// The one rendering of the core's answer for one situation: the outcome in one sentence and whether
// the employer may require it first; the reasons with their sources, the rights and the safeguards on
// demand. It renders a presentation (texts already resolved), so it bundles no legal texts itself: the
// warning gets the presentation from the background, the popup computes it (AssessmentView).
import type { ComponentChildren } from 'preact';
import { useTranslator } from '@/components/i18n';
import type { AssessmentPresentation, ReasonPresentation } from '@/core/assessment-presentation';
import { assessmentMessages } from '@/core/i18n/messages/assessment';
import { commonMessages } from '@/core/i18n/messages/common';
import { SourceList } from './SourceCitation';

export interface AssessmentPresentationViewProps {
  presentation: AssessmentPresentation;
  /** Heading level of the sections inside the details (the host's own heading is one above). */
  headingLevel?: 2 | 3 | 4;
}

export function AssessmentPresentationView({
  presentation,
  headingLevel = 3,
}: AssessmentPresentationViewProps) {
  const t = useTranslator(assessmentMessages);
  return (
    <div class="assessment" data-outcome={presentation.outcome} data-certainty={presentation.certainty}>
      <p class="outcome">
        <strong>{presentation.outcomeText}</strong>
      </p>
      <p class="may-require" data-employer-may-require={String(presentation.employerMayRequire)}>
        <strong>{t('mayRequireQuestion')}</strong> {presentation.mayRequireText}
      </p>
      <details>
        <summary>{t('details')}</summary>
        <ListSection heading={t('reasonsHeading')} level={headingLevel} kind="reasons">
          {presentation.reasons.map((reason) => (
            <ReasonItem key={reason.rule} reason={reason} />
          ))}
        </ListSection>
        <ListSection heading={t('flagsHeading')} level={headingLevel} kind="flags">
          {presentation.flags.map(({ flag, text }) => (
            <li key={flag}>{text}</li>
          ))}
        </ListSection>
        <ListSection heading={t('rightsHeading')} level={headingLevel} kind="rights">
          {presentation.rights.map((info) => (
            <li key={info.right} data-right={info.right}>
              <strong>{info.name}</strong> ({info.article}): {info.whatToAsk}
            </li>
          ))}
        </ListSection>
        <ListSection heading={t('safeguardsHeading')} level={headingLevel} kind="safeguards">
          {presentation.safeguards.map(({ mitigation, text }) => (
            <li key={mitigation}>{text}</li>
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

function ReasonItem({ reason }: { reason: ReasonPresentation }) {
  const t = useTranslator(assessmentMessages);
  const common = useTranslator(commonMessages);
  return (
    <li data-rule={reason.rule}>
      {reason.title !== undefined ? (
        <>
          <strong>{reason.title}</strong> {reason.explanation}
          {reason.verify && <em class="unchecked"> ({common('notYetChecked')})</em>}
        </>
      ) : (
        <strong>{reason.rule}</strong>
      )}
      {reason.sources.length > 0 && (
        <span class="sources">
          {' '}
          {t('sources')} <SourceList sources={reason.sources} />
        </span>
      )}
    </li>
  );
}
