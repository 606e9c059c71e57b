// The built extension in Chromium on the 2026 LinkedIn variants: "Start a post" on a group page that
// navigates to /sharing/compose/ (plain block or dialog), a group post's urn:li:groupPost permalink with the
// comment box beside a wrapper, a company page's Quill composer in a light-DOM dialog, a Tiptap editor in
// the classic comment form, and Dutch "Reageren" meaning react. For each: the warning appears, Cancel keeps
// the draft, Proceed submits exactly once, distractors stay quiet; group posts made through
// /sharing/compose/ are logged as group posts.
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { type FixtureLanguage, type FixtureOptions, GROUP_POST_URN_PATH } from '../fixtures/linkedin';
import {
  composerParts,
  settingsWith,
  settle,
  storedRecords,
  storeSettings,
  submissions,
  typeInto,
  useLinkedInBrowser,
  warningButton,
  warningDialog,
} from './linkedin-support';
import { inWarning } from './warning-access';

const session = useLinkedInBrowser();
beforeEach(async () => {
  await storeSettings(session.browser, settingsWith());
});

const LANGS: FixtureLanguage[] = ['en', 'nl'];
const BOTH = ['classic', 'sdui'] as const;

async function pageAt(path: string, options: FixtureOptions): Promise<Page> {
  session.fixtures.use(options);
  const page = await session.browser.context.newPage();
  await page.goto(`https://www.linkedin.com${path}`);
  return page;
}

/** Everything the extension keeps in storage.local, as text (whatever keys the log uses). */
async function storedText(): Promise<string> {
  return session.browser.serviceWorker.evaluate(async () =>
    JSON.stringify(await chrome.storage.local.get(null)),
  );
}

async function expectCancelThenProceed(
  page: Page,
  commit: ReturnType<Page['locator']>,
  editorText: () => Promise<string | null>,
  text: string,
) {
  await commit.click();
  await expect.poll(() => warningDialog(page).count()).toBe(1);
  await warningButton(page, 'cancel').click();
  await expect.poll(() => warningDialog(page).count()).toBe(0);
  expect(await submissions(page)).toEqual([]);
  expect(await editorText()).toBe(text);
  await commit.click();
  await expect.poll(() => warningDialog(page).count()).toBe(1);
  await warningButton(page, 'proceed').click();
  await settle(page);
  expect(await submissions(page)).toHaveLength(1);
}

describe.each(LANGS)('/sharing/compose/ opened from a group (%s)', (lang) => {
  it.each(['plain', 'dialog'] as const)(
    '%s composer: a group post, warned and logged as one',
    async (shape) => {
      const page = await pageAt('/groups/4242/', { ui: 'sdui', lang, composeRoute: shape });
      await page.locator('[data-fixture-launch="share"]').click();
      await expect.poll(() => new URL(page.url()).pathname).toBe('/sharing/compose/');
      if (shape === 'dialog') {
        // LinkedIn swaps the dialog node ~0.5 s after opening; type into the one that stays.
        await page.waitForFunction(
          () =>
            (window as unknown as { __fixture: { replacedDialogs: number } }).__fixture.replacedDialogs > 0,
        );
      }
      const { editor, commit } = composerParts(page, 'group-composer');
      const text = 'Anyone tried the new regulations?';
      await typeInto(page, editor, text);
      await commit.click();
      await expect.poll(() => warningDialog(page).count()).toBe(1);
      expect(await inWarning(page, '[data-question="groupKind"]').count()).toBe(1);
      await warningButton(page, 'cancel').click();
      await expect.poll(() => warningDialog(page).count()).toBe(0);
      expect(await editor.textContent()).toBe(text);
      await commit.click();
      await expect.poll(() => warningDialog(page).count()).toBe(1);
      await warningButton(page, 'proceed').click();
      await settle(page);
      expect(await submissions(page)).toEqual([{ surface: 'group-composer', text }]);
      expect(await storedRecords(session.browser)).toContainEqual(
        expect.objectContaining({
          activity: 'group-post',
          surface: 'group-composer',
          route: '/sharing/compose/',
        }),
      );
      expect(await storedText()).not.toContain(text);
      await page.close();
    },
  );

  it('forgets the group after navigating elsewhere: a plain post from there is a feed post', async () => {
    const page = await pageAt('/groups/4242/', { ui: 'sdui', lang, composeRoute: 'plain' });
    await page.evaluate(() => history.pushState({}, '', '/feed/'));
    await page.locator('[data-fixture-launch="share"]').click();
    const { editor, commit } = composerParts(page, 'group-composer');
    await typeInto(page, editor, 'A lovely walk on the beach today');
    await commit.click();
    await settle(page, 400);
    expect(await warningDialog(page).count()).toBe(0);
    expect(await submissions(page)).toHaveLength(1);
    await page.close();
  });
});

describe.each(BOTH.flatMap((ui) => LANGS.map((lang) => ({ ui, lang }))))(
  'variants ($ui, $lang)',
  ({ ui, lang }) => {
    it('a comment under a group post opened by its groupPost permalink warns', async () => {
      const page = await pageAt(GROUP_POST_URN_PATH, { ui, lang });
      await page.locator('[data-fixture-open-comment]').first().click();
      const { editor, commit } = composerParts(page, 'comment');
      await typeInto(page, editor, 'Agreed');
      await expectCancelThenProceed(page, commit, () => editor.textContent(), 'Agreed');
      await page.close();
    });

    it('"Reageren"/React in a comment thread never warns, with a draft in the box', async () => {
      const page = await pageAt('/feed/', { ui, lang });
      await page.locator('[data-fixture-open-comment]').first().click();
      const { editor } = composerParts(page, 'comment');
      await typeInto(page, editor, 'Acme Installaties');
      await page.locator('[data-fixture-react]').first().click();
      await settle(page, 300);
      expect(await warningDialog(page).count()).toBe(0);
      expect(await submissions(page)).toEqual([]);
      await page.close();
    });
  },
);

describe.each(LANGS)('company page Quill composer and Tiptap in the classic comment form (%s)', (lang) => {
  it('a post from the admin view (Quill, light-DOM dialog, plain Post button) warns as the page', async () => {
    const page = await pageAt('/company/12345/admin/page-posts/published/', { ui: 'classic', lang });
    await page.locator('[data-fixture-launch="share"]').click();
    const { editor, commit } = composerParts(page, 'company-page-composer');
    await typeInto(page, editor, 'Our new office opens Monday');
    await expectCancelThenProceed(page, commit, () => editor.textContent(), 'Our new office opens Monday');
    expect(await storedText()).toContain('"activity":"company-page-post"');
    await page.close();
  });

  it('a comment typed in a Tiptap editor inside the classic form warns', async () => {
    const page = await pageAt('/feed/', { ui: 'classic', lang, comment: { open: false, tiptap: true } });
    await page.locator('[data-fixture-open-comment]').first().click();
    const { editor, commit } = composerParts(page, 'comment');
    await typeInto(page, editor, 'Acme does this well');
    await expectCancelThenProceed(page, commit, () => editor.textContent(), 'Acme does this well');
    await page.close();
  });
});
