// Layout checks run inside a page (any browser): elements that stick out of their container
// horizontally, containers that clip their content, and text smaller than the design tokens allow.
// Plain functions, serialised into the page by Playwright's or Puppeteer's evaluate.

/** The popup's views by their button's words, and the options pages the layout checks open. */
export const POPUP_VIEWS = [
  { en: 'This page', nl: 'Deze pagina' },
  { en: 'Know your rights', nl: 'Ken je rechten' },
  { en: 'Check a request', nl: 'Verzoek controleren' },
  { en: 'Latest decisions', nl: 'Laatste beslissingen' },
] as const;
export const OPTIONS_PAGES = ['#settings', '#log', '#letters?entry=3'] as const;

export interface LayoutProblem {
  kind: 'overflow' | 'clipped' | 'small-text' | 'page-scrolls';
  element: string;
  detail: string;
}

/** Runs in the page: every problem found under document.body. */
export function findLayoutProblems(minFontPx: number): LayoutProblem[] {
  const problems: LayoutProblem[] = [];
  const describe = (el: Element): string => {
    const id = el.id ? `#${el.id}` : '';
    const cls =
      typeof el.className === 'string' && el.className ? `.${el.className.split(' ').join('.')}` : '';
    const text = (el.textContent ?? '').trim().slice(0, 40);
    return `${el.tagName.toLowerCase()}${id}${cls} "${text}"`;
  };
  const hidden = (el: Element): boolean => {
    for (let node: Element | null = el; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.display === 'none' || style.visibility === 'hidden') return true;
      if (style.clipPath.startsWith('inset(50%')) return true;
    }
    return false;
  };
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth + 1) {
    problems.push({
      kind: 'page-scrolls',
      element: 'html',
      detail: `${root.scrollWidth} > ${root.clientWidth}`,
    });
  }
  for (const el of document.body.querySelectorAll('*')) {
    if (el.closest('svg') && el.tagName.toLowerCase() !== 'svg' && el.tagName.toLowerCase() !== 'text')
      continue;
    if (el instanceof HTMLOptionElement || el instanceof HTMLScriptElement || el instanceof HTMLStyleElement)
      continue;
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    if (hidden(el)) continue;
    const style = getComputedStyle(el);
    if (style.position === 'fixed' || style.position === 'absolute') continue;
    const parent = el.parentElement;
    if (parent && parent !== document.documentElement) {
      const parentRect = parent.getBoundingClientRect();
      const parentStyle = getComputedStyle(parent);
      const scrolls = parentStyle.overflowX === 'auto' || parentStyle.overflowX === 'scroll';
      if (!scrolls && parentStyle.display !== 'contents' && rect.right > parentRect.right + 1) {
        problems.push({
          kind: 'overflow',
          element: describe(el),
          detail: `right ${Math.round(rect.right)} > container ${describe(parent)} ${Math.round(parentRect.right)}`,
        });
      }
    }
    if (
      (style.overflowX === 'hidden' || style.overflowX === 'clip') &&
      el.scrollWidth > el.clientWidth + 1 &&
      !(
        el instanceof HTMLInputElement ||
        el instanceof HTMLTextAreaElement ||
        el instanceof HTMLSelectElement
      )
    ) {
      problems.push({
        kind: 'clipped',
        element: describe(el),
        detail: `${el.scrollWidth} > ${el.clientWidth}`,
      });
    }
    const ownText = [...el.childNodes].some(
      (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim(),
    );
    const control =
      (el instanceof HTMLInputElement && !['radio', 'checkbox', 'file'].includes(el.type)) ||
      el instanceof HTMLSelectElement ||
      el instanceof HTMLTextAreaElement;
    if (!ownText && !control) continue;
    let size = Number.parseFloat(style.fontSize);
    if (el instanceof SVGElement && el.ownerSVGElement) {
      const svg = el.ownerSVGElement;
      const scale =
        svg.getBoundingClientRect().width / (svg.viewBox.baseVal?.width || svg.getBoundingClientRect().width);
      size *= scale;
    }
    if (size < minFontPx - 0.01) {
      problems.push({
        kind: 'small-text',
        element: describe(el),
        detail: `${size.toFixed(1)} px < ${minFontPx} px`,
      });
    }
  }
  return problems;
}
