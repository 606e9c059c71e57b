// Employer signals in an editor: its text (names, aliases, hashtags), its mentions and its links; and the
// facts of a moment typed in an editor, which every editor surface (share box, comment box) reads alike.
import type {
  EmployerSignal,
  MomentFacts,
  PageContext,
} from '@/entrypoints/linkedin.content/detectors/types';
import { editorText } from '@/entrypoints/linkedin.content/dom/controls';
import type { GroupFacts } from '@/entrypoints/linkedin.content/dom/group-context';

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

/** What a moment typed in `editor` is about: its text, the employer signals in it, the group it is in. */
export function editorFacts(
  editor: HTMLElement,
  mentionSelector: string,
  ctx: PageContext,
  group: GroupFacts | null,
): MomentFacts {
  const text = editorText(editor);
  const facts: MomentFacts = {
    text,
    employerSignals: employerSignalsOfEditor(editor, text, mentionSelector, ctx),
  };
  if (group?.groupId) facts.groupId = group.groupId;
  if (group?.groupName) facts.groupName = group.groupName;
  return facts;
}
