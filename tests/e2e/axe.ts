// axe-core, injected into a page, run over a part of it (open shadow roots included).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  targets: string;
}

/** Violations of WCAG 2.2 A/AA rules within `selector` (default: the whole document) of a page or frame. */
export async function axeViolations(page: Page | Frame, selector?: string): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ({ selector, tags }) => {
      type AxeResult = { violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[] };
      const axe = (
        globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResult> } }
      ).axe;
      const context = selector ? { include: [[selector]] } : document;
      const result = await axe.run(context, { runOnly: { type: 'tag', values: tags } });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        targets: JSON.stringify(v.nodes.map((n) => n.target)),
      }));
    },
    { selector, tags: WCAG_AA_TAGS },
  );
}

/** The violations of impact serious or critical: the ones that must never ship. */
export const seriousOrCritical = (violations: AxeViolation[]) =>
  violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
