// The in-page warning with a keyboard only, and under axe-core, in English and Dutch, on the built
// extension in Chromium: readable and answerable without a mouse, focus trapped while open, Escape
// cancels, focus returns to LinkedIn's editor, and no serious or critical accessibility violation.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, seriousOrCritical } from './axe';
import {
  composerParts,
  focusedElementInfo,
  openComposer,
  settingsWith,
  settle,
  storeSettings,
  submissions,
  useLinkedInBrowser,
  warningDialog,
} from './linkedin-support';
import { focusInWarning, inWarning, WARNING_HOST, warningContentRoot } from './warning-access';

const session = useLinkedInBrowser();

async function groupPostWarning(ui: 'classic' | 'sdui', lang: 'en' | 'nl'): Promise<Page> {
  await storeSettings(session.browser, settingsWith({ language: lang, role: null }));
  session.fixtures.use({ ui, lang });
  const page = await session.browser.context.newPage();
  await page.goto('https://www.linkedin.com/groups/4242/');
  await openComposer(page, ui);
  const { editor } = composerParts(page, 'group-composer');
  await editor.click();
  await page.keyboard.type('Acme Installaties is hiring');
  // Keyboard only from here: Tab to the Post button and press Enter.
  let guard = 0;
  while (guard++ < 12) {
    await page.keyboard.press('Tab');
    const onPost = await page.evaluate(() => {
      let el: Element | null = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el?.hasAttribute('data-fixture-commit') ?? false;
    });
    if (onPost) break;
  }
  await page.keyboard.press('Enter');
  await warningDialog(page).waitFor();
  return page;
}

describe.each([
  { ui: 'sdui' as const, lang: 'en' as const },
  { ui: 'classic' as const, lang: 'nl' as const },
])('the warning by keyboard ($ui, $lang)', ({ ui, lang }) => {
  it('opens with Cancel focused, traps Tab, answers by keyboard, and Escape cancels back to the editor', async () => {
    const page = await groupPostWarning(ui, lang);
    expect(await focusInWarning(page)).toMatchObject({ inWarning: true, action: 'cancel' });

    // Tab around more times than there are controls: focus never leaves the warning.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      expect((await focusInWarning(page)).inWarning, `after ${i + 1} Tabs`).toBe(true);
    }
    // Answer the first question with the keyboard: focus its first radio, arrow to the next option.
    await inWarning(page, 'fieldset[data-question] input').first().focus();
    await page.keyboard.press('ArrowDown');
    const checked = await inWarning(page, 'fieldset[data-question] input[type=radio]:checked').count();
    expect(checked).toBe(1);

    await page.keyboard.press('Escape');
    await expect.poll(() => warningDialog(page).count()).toBe(0);
    expect(await submissions(page)).toEqual([]);
    expect(await focusedElementInfo(page)).toEqual({ editable: true, text: 'Acme Installaties is hiring' });
    await page.close();
  });

  it('opens and closes without shifting LinkedIn’s layout', async () => {
    const page = await groupPostWarning(ui, lang);
    await page.keyboard.press('Escape');
    await expect.poll(() => warningDialog(page).count()).toBe(0);
    // Layout shifts recorded on the page since it loaded (buffered), none caused by a user's input.
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & {
              value: number;
              hadRecentInput: boolean;
            })[]) {
              if (!entry.hadRecentInput) total += entry.value;
            }
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 300);
        }),
    );
    expect(shift).toBe(0);
    await page.close();
  });

  it('can be proceeded with the keyboard: one submission', async () => {
    const page = await groupPostWarning(ui, lang);
    // As a keyboard user gets there: Tab (a script's focus() on Continue is undone by the warning).
    for (let i = 0; i < 40 && (await focusInWarning(page)).action !== 'proceed'; i += 1) {
      await page.keyboard.press('Tab');
    }
    expect((await focusInWarning(page)).action).toBe('proceed');
    await page.keyboard.press('Enter');
    await settle(page);
    expect(await submissions(page)).toHaveLength(1);
    await page.close();
  });

  it('has no serious or critical axe violation, in its shadow root', async () => {
    const page = await groupPostWarning(ui, lang);
    await inWarning(page, 'fieldset[data-question] input').first().check();
    await inWarning(page, 'details').evaluateAll((all) => {
      for (const d of all) (d as HTMLDetailsElement).open = true;
    });
    // The page's part (the host and its dialog) and the warning's content, wherever it lives.
    expect(seriousOrCritical(await axeViolations(page, WARNING_HOST))).toEqual([]);
    const content = await warningContentRoot(page);
    expect(seriousOrCritical(await axeViolations(content.frame, content.selector))).toEqual([]);
    expect(
      await inWarning(page, '.warning').evaluate((el) => el.closest('[lang]')?.getAttribute('lang')),
    ).toBe(lang);
    await page.close();
  });
});
