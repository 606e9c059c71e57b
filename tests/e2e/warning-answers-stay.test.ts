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
import { inWarning, warningQuestions } from './warning-access';

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

it('keeps the same dialog and its questions while the user answers them', async () => {
  const page = await openGroupPostWarning();
  // A mark on the warning's content element (a property, not a change of its DOM): a fresh warning lacks it.
  await inWarning(page, '.warning').evaluate((el) => Object.assign(el, { testMark: 'first' }));
  const before = await warningQuestions(page);
  await inWarning(page, '[data-question="groupKind"] input[value="work"]').check();
  await settle(page, 600);
  await inWarning(page, '[data-question="initiator"] input[value="employer-requires"]').check();
  await inWarning(page, '.assessment').waitFor();
  await settle(page, 600);
  const after = await warningQuestions(page);
  const same = await inWarning(page, '.warning').evaluate((el) => Reflect.get(el, 'testMark') === 'first');
  expect(after).toEqual(before);
  expect(same).toBe(true);
});

it('shown again after the page covers it, the warning keeps its questions and the answers given', async () => {
  const page = await openGroupPostWarning();
  const before = await warningQuestions(page);
  await inWarning(page, '[data-question="groupKind"] input[value="work"]').check();
  // The page opens a modal of its own above ours, as LinkedIn's composer does when it swaps its dialog.
  await page.evaluate(() => {
    const cover = document.createElement('dialog');
    cover.textContent = 'Cover';
    document.body.append(cover);
    cover.showModal();
  });
  await settle(page, 800);
  expect(await warningQuestions(page)).toEqual(before);
  expect(await inWarning(page, '[data-question="groupKind"] input[value="work"]').isChecked()).toBe(true);
});
