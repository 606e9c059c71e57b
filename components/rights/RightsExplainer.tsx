// "Know your rights": when the employer may require visibility, when it may only ask, what consent at
// work is worth; the questions people ask first; the agreements route; then objection, withdrawal,
// access and erasure from the core's RIGHTS_CATALOGUE, each with its article, deadline and sources;
// and what to do when the employer does not answer.
import { useMemo } from 'preact/hooks';
import { SourceList } from '@/components/assessment/SourceCitation';
import { useLanguage, useLocalize, useTranslator } from '@/components/i18n';
import { presentSource } from '@/core/assessment-presentation';
import { rightsMessages } from '@/core/i18n/messages/rights';
import {
  AGREEMENTS,
  ANSWER_DEADLINE,
  NEXT_STEPS,
  NO_ANSWER,
  RIGHTS_CATALOGUE,
  SEED_QUESTIONS,
} from '@/core/rights';
import type { Right } from '@/core/types';

/** The rights the explainer covers, in the order a reader asks about them. */
export const EXPLAINED_RIGHTS: readonly Right[] = ['object', 'withdraw-consent', 'access', 'erasure'];

/** The three questions first, each resting on the core's sources. */
const TOPICS = [
  { title: 'requireTitle', text: 'requireText', sources: ['S13', 'S6', 'S20'] },
  { title: 'askTitle', text: 'askText', sources: ['S4', 'S26', 'S7'] },
  { title: 'consentTitle', text: 'consentText', sources: ['S2', 'S3', 'S5'] },
] as const;

export function SourceLinks(props: { ids: readonly string[] }) {
  const t = useTranslator(rightsMessages);
  const language = useLanguage();
  const sources = useMemo(() => props.ids.map((id) => presentSource(id, language)), [props.ids, language]);
  return (
    <p class="sources">
      {t('sources')}: <SourceList sources={sources} />
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
      <h3>{t('questionsTitle')}</h3>
      {SEED_QUESTIONS.map((seed) => (
        <details key={seed.id} data-question={seed.id}>
          <summary>{localize(seed.question)}</summary>
          <p>{localize(seed.answer)}</p>
          <SourceLinks ids={seed.sources} />
        </details>
      ))}
      <details data-agreements>
        <summary>{t('agreementsTitle')}</summary>
        <p>{localize(AGREEMENTS.text)}</p>
        <SourceLinks ids={AGREEMENTS.sources} />
      </details>
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
        <p>{localize(NO_ANSWER)}</p>
        <p>{localize(NEXT_STEPS.court.what)}</p>
        <SourceLinks ids={ANSWER_DEADLINE.sources} />
      </details>
      <p class="hint">{t('letterHint')}</p>
    </section>
  );
}
