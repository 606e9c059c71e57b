// Employer signals in an editor: its text (names, aliases, hashtags), its mentions and its links.
import type { EmployerSignal, PageContext } from '@/entrypoints/linkedin.content/detectors/types';

const LINKEDIN_COMPANY_URL = /(?:https?:\/\/)?(?:[\w-]+\.)?linkedin\.com\/company\/[^\s/?#]+/gi;

export function employerSignalsOfEditor(
  editor: Element,
  text: string,
  mentionSelector: string,
  ctx: PageContext,
): EmployerSignal[] {
  const signals = new Set<EmployerSignal>(ctx.employerSignalsInText(text));
  const mentions = [...editor.querySelectorAll(mentionSelector)];
  for (const mention of mentions) {
    const ref = mention.getAttribute('data-entity-urn') ?? mention.getAttribute('href') ?? '';
    const namesEmployer = ctx.employerSignalsInText(mention.textContent ?? '').includes('name');
    if (namesEmployer || (ref !== '' && ctx.isEmployerCompanyRef(ref))) signals.add('mention');
  }
  for (const link of editor.querySelectorAll('a[href]')) {
    const href = link.getAttribute('href') ?? '';
    if (!ctx.isEmployerCompanyRef(href)) continue;
    signals.add(mentions.includes(link) || link.closest(mentionSelector) ? 'mention' : 'company-link');
  }
  for (const [url] of text.matchAll(LINKEDIN_COMPANY_URL)) {
    if (ctx.isEmployerCompanyRef(url)) signals.add('company-link');
  }
  return [...signals];
}
