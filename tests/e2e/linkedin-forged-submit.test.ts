// A comment form submitted by a script in LinkedIn's own world, with or without its submit button as the
// submitter, in the built extension in Chromium. A submit the user made (their Enter or click in the box,
// answered by the page with requestSubmit) is warned like a click; one the page makes on its own is held
// without a warning and logs nothing. Either way nothing is posted unwarned.
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { readLog } from './harness';
import {
  EMPLOYER,
  settingsWith,
  settle,
  storeSettings,
  submissions,
  useLinkedInBrowser,
} from './linkedin-support';
import { clickWarningAction, warningDialog } from './warning-access';

const session = useLinkedInBrowser();
beforeEach(async () => {
  await storeSettings(session.browser, settingsWith());
});

const COMMENT = 'Acme does this really well';
const logged = async () => (await readLog(session.browser)).entries;

/** Runs in the page's own world (as LinkedIn's scripts or a third-party tag would). */
const inPage = (page: Page, script: string) => page.evaluate(script);

/** The feed with the first post's classic comment box mounted, opened by the page itself (no user gesture). */
async function feedWithCommentForm(): Promise<Page> {
  session.fixtures.use({ ui: 'classic', lang: 'en' });
  const page = await session.browser.context.newPage();
  await page.goto('https://www.linkedin.com/feed/');
  await inPage(page, `document.querySelector('[data-fixture-open-comment]').click()`);
  await page.locator('[data-fixture-surface="comment"] form').waitFor();
  return page;
}

/** The page fills the comment box as if someone had typed, and enables its button. */
const FILL = `(() => { const box = document.querySelector('[data-fixture-surface="comment"]');
  const p = document.createElement('p'); p.textContent = ${JSON.stringify(COMMENT)};
  box.querySelector('[contenteditable]').replaceChildren(p);
  box.querySelector('[data-fixture-commit]').removeAttribute('disabled'); })()`;

const FORM = `document.querySelector('[data-fixture-surface="comment"] form')`;
const BUTTON = `document.querySelector('[data-fixture-surface="comment"] [data-fixture-commit]')`;

describe('a comment form the page submits on its own is held: no warning, nothing logged, nothing posted', () => {
  for (const [name, submit] of [
    ['requestSubmit(submit button)', `${FORM}.requestSubmit(${BUTTON})`],
    ['requestSubmit()', `${FORM}.requestSubmit()`],
    ['a synthetic click on the submit button', `${BUTTON}.click()`],
  ] as const) {
    it(name, async () => {
      const page = await feedWithCommentForm();
      const before = (await logged()).length;
      await inPage(page, FILL);
      await inPage(page, `(() => { for (let i = 0; i < 20; i++) ${submit}; })()`);
      await settle(page);
      expect(await warningDialog(page).count()).toBe(0);
      expect(await submissions(page)).toEqual([]);
      expect((await logged()).length).toBe(before);
      await page.close();
    });
  }
});

describe('a comment the user submits with Enter, which the page answers with requestSubmit, is warned', () => {
  for (const [name, submit] of [
    ['requestSubmit(submit button)', `form.requestSubmit(form.querySelector('[data-fixture-commit]'))`],
    ['requestSubmit()', 'form.requestSubmit()'],
  ] as const) {
    it(`${name}: held until the user decides; Cancel posts nothing, Proceed posts once`, async () => {
      const page = await feedWithCommentForm();
      // As LinkedIn's own script could: a plain Enter in the comment editor submits its form.
      await inPage(
        page,
        `document.addEventListener('keydown', (event) => {
          const form = event.target.closest && event.target.closest('form');
          if (event.key !== 'Enter' || !form) return;
          event.preventDefault();
          ${submit};
        })`,
      );
      const editor = page.locator('[data-fixture-surface="comment"] [contenteditable="true"]');
      await editor.click();
      await page.keyboard.type(COMMENT);
      const before = (await logged()).length;
      await page.keyboard.press('Enter');
      await expect.poll(() => warningDialog(page).count()).toBe(1);
      await settle(page, 600);
      expect(await submissions(page)).toEqual([]);
      await clickWarningAction(page, 'cancel');
      await settle(page);
      expect(await submissions(page)).toEqual([]);
      expect((await logged()).slice(before).map((e) => e.decision)).toEqual(['cancel']);

      await editor.click();
      await page.keyboard.press('Enter');
      await expect.poll(() => warningDialog(page).count()).toBe(1);
      await clickWarningAction(page, 'proceed');
      await settle(page);
      expect(await submissions(page)).toEqual([{ surface: 'comment', text: COMMENT }]);
      expect((await logged()).slice(before).map((e) => e.decision)).toEqual(['cancel', 'proceed']);
      await page.close();
    });
  }

  it('the user’s own click on the comment button that LinkedIn lets through submits once, unwarned', async () => {
    await storeSettings(
      session.browser,
      settingsWith({ employer: { ...EMPLOYER, name: 'Other Employer', aliases: [] } }),
    );
    const page = await feedWithCommentForm();
    const editor = page.locator('[data-fixture-surface="comment"] [contenteditable="true"]');
    await editor.click();
    await page.keyboard.type(COMMENT);
    await page.locator('[data-fixture-surface="comment"] [data-fixture-commit]').click();
    await settle(page);
    expect(await warningDialog(page).count()).toBe(0);
    expect(await submissions(page)).toEqual([{ surface: 'comment', text: COMMENT }]);
    await page.close();
  });
});
