// The core's answer for one situation, for the extension's own pages (popup wizard, website finding):
// they bundle the legal core anyway, so they present the assessment here and render it with the one
// rendering component, AssessmentPresentationView (the warning gets its presentation from the background).
import { useMemo } from 'preact/hooks';
import { useLanguage } from '@/components/i18n';
import { presentAssessment } from '@/core/assessment-presentation';
import type { Assessment } from '@/core/types';
import { AssessmentPresentationView } from './AssessmentPresentationView';

export interface AssessmentViewProps {
  assessment: Assessment;
  /** Heading level of the sections inside the details (the host's own heading is one above). */
  headingLevel?: 2 | 3 | 4;
}

export function AssessmentView({ assessment, headingLevel }: AssessmentViewProps) {
  const language = useLanguage();
  const presentation = useMemo(() => presentAssessment(assessment, language), [assessment, language]);
  return <AssessmentPresentationView presentation={presentation} headingLevel={headingLevel} />;
}
