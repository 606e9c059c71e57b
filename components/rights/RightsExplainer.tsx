// "Know your rights": when the employer may require visibility, when it may only ask, what consent at
// work is worth, then objection, withdrawal, access and erasure from the core's RIGHTS_CATALOGUE,
// each with its article, deadline and linked sources.

import { useLanguage, useLocalize, useTranslator } from '@/components/i18n';
import { commonMessages } from '@/core/i18n/messages/common';
import { rightsMessages } from '@/core/i18n/messages/rights';
import { ANSWER_DEADLINE, RIGHTS_CATALOGUE } from '@/core/rights';
import { citeSource, findSource } from '@/core/sources';
import type { Right } from '@/core/types';

/** The rights the explainer covers, in the order the issue names them. */
export const EXPLAINED_RIGHTS: readonly Right[] = ['object', 'withdraw-consent', 'access', 'erasure'];

/** The three questions first, each resting on the core's sources (legal-basis.md §0). */
const TOPICS = [
  { title: 'requireTitle', text: 'requireText', sources: ['S13', 'S6'] },
  { title: 'askTitle', text: 'askText', sources: ['S4', 'S26', 'S7'] },
  { title: 'consentTitle', text: 'consentText', sources: ['S2', 'S3', 'S5'] },
] as const;

export function SourceLinks(props: { ids: readonly string[] }) {
  const t = useTranslator(rightsMessages);
  const common = useTranslator(commonMessages);
  const language = useLanguage();
  return (
    <p class="sources">
      {t('sources')}:{' '}
      {props.ids.map((id, index) => {
        const source = findSource(id);
        if (!source) return null;
        return (
          <span key={id} data-source={id}>
            {index > 0 && '; '}
            {source.url ? (
              <a href={source.url} target="_blank" rel="noreferrer" title={source.title[language]}>
                {citeSource(source, language)}
              </a>
            ) : (
              citeSource(source, language)
            )}
            {source.verify && <em> ({common('notYetChecked')})</em>}
          </span>
        );
      })}
    </p>
  );
}

export function RightsExplainer() {
  const t = useTranslator(rightsMessages);
  const localize = useLocalize();
  return (
    <section class="rights" aria-labelledby="rights-title">
      <h2 id="rights-title">{t('title')}</h2>
      <p class="hint">{t('intro')}</p>
      {TOPICS.map((topic) => (
        <details key={topic.title}>
          <summary>{t(topic.title)}</summary>
          <p>{t(topic.text)}</p>
          <SourceLinks ids={topic.sources} />
        </details>
      ))}
      <h3>{t('rightsTitle')}</h3>
      {EXPLAINED_RIGHTS.map((right) => {
        const info = RIGHTS_CATALOGUE[right];
        return (
          <details key={right} data-right={right}>
            <summary>
              {localize(info.name)} ({localize(info.article)})
            </summary>
            <p>{localize(info.whatToAsk)}</p>
            <p>
              <strong>{t('deadline')}:</strong> {localize(info.deadline)}
            </p>
            <SourceLinks ids={info.sources} />
          </details>
        );
      })}
      <details data-deadline>
        <summary>{t('deadlineTitle')}</summary>
        <p>
          {localize(ANSWER_DEADLINE.text)} ({localize(ANSWER_DEADLINE.article)})
        </p>
        <SourceLinks ids={ANSWER_DEADLINE.sources} />
      </details>
      <p class="hint">{t('letterHint')}</p>
    </section>
  );
}
