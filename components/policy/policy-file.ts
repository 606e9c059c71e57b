// A policy file opened by the user, read as plain text. HTML is parsed with DOMParser into an inert
// document (its scripts never run, nothing is fetched) and only its text is kept, with line breaks
// where blocks and list items were, so the analyser sees the same structure as in a pasted text.

export const POLICY_FILE_MAX_MB = 5;
export const POLICY_FILE_ACCEPT = '.txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html';

export type PolicyFileResult =
  | { ok: true; text: string }
  | { ok: false; problem: 'too-large' | 'wrong-type' | 'unreadable' };

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TR',
  'UL',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'SVG', 'HEAD']);

/** The visible text of an HTML document, with a blank line between blocks and a bullet per list item. */
export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        parts.push((child.nodeValue ?? '').replace(/\s+/g, ' '));
        continue;
      }
      if (child.nodeType !== 1) continue;
      const tag = (child as Element).tagName.toUpperCase();
      if (SKIPPED.has(tag)) continue;
      if (tag === 'BR') parts.push('\n');
      else if (tag === 'LI') parts.push('\n• ');
      else if (BLOCKS.has(tag)) parts.push('\n\n');
      walk(child);
      if (BLOCKS.has(tag)) parts.push('\n\n');
    }
  };
  walk(doc.body ?? doc.documentElement);
  return parts
    .join('')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n[ \t]+/g, (m) => (m.includes('•') ? m : '\n'))
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const isHtml = (file: File) => /\.html?$/i.test(file.name) || file.type === 'text/html';
const isText = (file: File) =>
  /\.(?:txt|md|markdown)$/i.test(file.name) || file.type === 'text/plain' || file.type === 'text/markdown';

export async function readPolicyFile(file: File): Promise<PolicyFileResult> {
  if (!isHtml(file) && !isText(file)) return { ok: false, problem: 'wrong-type' };
  if (file.size > POLICY_FILE_MAX_MB * 1024 * 1024) return { ok: false, problem: 'too-large' };
  try {
    const raw = await file.text();
    return { ok: true, text: isHtml(file) ? htmlToText(raw) : raw };
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
}
