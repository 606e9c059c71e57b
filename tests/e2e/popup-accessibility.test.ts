// axe-core (WCAG 2.0–2.2 A and AA rules) on the popup's views and the options page's sections, in
// the built extension. axe is evaluated through the debugging protocol, so the pages' CSP stays as built.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension, openExtensionPage } from './harness';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function violations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run(
            context: Document,
            options: unknown,
          ): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

describe('accessibility of the extension pages (axe, WCAG 2.2 AA)', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('popup views have no violations', async () => {
    const page = await openExtensionPage(browser, 'popup.html');
    await page.setViewportSize({ width: 380, height: 700 });
    for (const view of ['This page', 'Know your rights', 'Check a request', 'Latest decisions']) {
      await page.getByRole('button', { name: view }).click();
      if (view === 'Check a request') {
        await page.getByLabel('What is asked of you?').selectOption('website-photo');
        await page.getByLabel('Your role').selectOption('sales');
        await page.locator('#wizard-initiator').getByLabel('Yes, my employer asks for it').check();
      }
      expect(await violations(page), view).toEqual([]);
    }
    await page.close();
  });

  it('options sections have no violations', async () => {
    const page = await openExtensionPage(browser, 'options.html');
    for (const hash of ['#settings', '#log', '#letters']) {
      await page.evaluate((h) => {
        location.hash = h;
      }, hash);
      await page.waitForTimeout(100);
      expect(await violations(page), hash).toEqual([]);
    }
    await page.close();
  });
});
