// One source as the reader sees it: its citation in the reader's language (foreign law labelled as
// comparison), a link where one exists, and a note when it is not yet checked. Used by the assessment
// and by "Know your rights", so a source reads the same everywhere.
import { useTranslator } from '@/components/i18n';
import type { SourcePresentation } from '@/core/assessment-presentation';
import { assessmentMessages } from '@/core/i18n/messages/assessment';
import { commonMessages } from '@/core/i18n/messages/common';

export function SourceCitation({ source }: { source: SourcePresentation }) {
  const t = useTranslator(assessmentMessages);
  const common = useTranslator(commonMessages);
  return (
    <span class="source" data-source={source.id} data-comparison={source.comparison ? 'true' : undefined}>
      {source.url ? (
        <a href={source.url} target="_blank" rel="noopener noreferrer" title={source.title}>
          {source.citation}
          <span class="visually-hidden"> {t('opensInNewTab')}</span>
        </a>
      ) : (
        <cite title={source.title}>{source.citation}</cite>
      )}
      {source.verify && <em class="unchecked"> ({common('notYetChecked')})</em>}
    </span>
  );
}

/** Sources separated by semicolons. */
export function SourceList({ sources }: { sources: readonly SourcePresentation[] }) {
  return (
    <>
      {sources.map((source, index) => (
        <span key={source.id}>
          {index > 0 && '; '}
          <SourceCitation source={source} />
        </span>
      ))}
    </>
  );
}
