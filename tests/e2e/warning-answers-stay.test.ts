// Answering the warning's questions re-renders it in place: the same dialog, the questions still on
// screen (so a wrong click can be corrected), never a fresh warning as if the page had tampered with it.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import {
  composerParts,
  openComposer,
  settingsWith,
  settle,
  storeSettings,
  typeInto,
  useLinkedInBrowser,
  warningDialog,
} from './linkedin-support';

const session = useLinkedInBrowser();

/** A group post that names the employer, submitted: the warning is open with its questions. */
async function openGroupPostWarning(): Promise<Page> {
  await storeSettings(session.browser, settingsWith());
  session.fixtures.use({ ui: 'sdui', lang: 'en' });
  const page = await session.browser.context.newPage();
  await page.goto('https://www.linkedin.com/groups/4242/');
  await openComposer(page, 'sdui');
  const { editor, commit } = composerParts(page, 'group-composer');
  await typeInto(page, editor, 'News from Acme Installaties');
  await commit.click();
  await warningDialog(page).waitFor();
  return page;
}

const questionsOf = (page: Page) =>
  page
    .locator('[data-exposure-guard] [data-question]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-question')));

it('keeps the same dialog and its questions while the user answers them', async () => {
  const page = await openGroupPostWarning();
  await page.evaluate(() => {
    const host = document.querySelector('[data-exposure-guard]');
    const root = host?.shadowRoot;
    (window as unknown as { __dlg?: Element | null }).__dlg = root?.querySelector('dialog');
  });
  const before = await questionsOf(page);
  await page.locator('[data-exposure-guard] [data-question="groupKind"] input[value="work"]').check();
  await settle(page, 600);
  await page
    .locator('[data-exposure-guard] [data-question="initiator"] input[value="employer-requires"]')
    .check();
  await page.locator('[data-exposure-guard] .assessment').waitFor();
  await settle(page, 600);
  const after = await questionsOf(page);
  const same = await page.evaluate(() => {
    const root = document.querySelector('[data-exposure-guard]')?.shadowRoot;
    return root?.querySelector('dialog') === (window as unknown as { __dlg?: Element | null }).__dlg;
  });
  expect(after).toEqual(before);
  expect(same).toBe(true);
});

it('shown again after the page covers it, the warning keeps its questions and the answers given', async () => {
  const page = await openGroupPostWarning();
  const before = await questionsOf(page);
  await page.locator('[data-exposure-guard] [data-question="groupKind"] input[value="work"]').check();
  // The page opens a modal of its own above ours, as LinkedIn's composer does when it swaps its dialog.
  await page.evaluate(() => {
    const cover = document.createElement('dialog');
    cover.textContent = 'Cover';
    document.body.append(cover);
    cover.showModal();
  });
  await settle(page, 800);
  expect(await questionsOf(page)).toEqual(before);
  expect(
    await page.locator('[data-exposure-guard] [data-question="groupKind"] input[value="work"]').isChecked(),
  ).toBe(true);
});
