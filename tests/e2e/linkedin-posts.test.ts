// The built extension in Chromium on LinkedIn-like fixtures served at https://www.linkedin.com/...:
// for every surface, in both UI generations (and Dutch labels for composer and comments), the warning
// appears, Cancel keeps the draft and submits nothing, Proceed submits exactly once, and unrelated
// actions never warn.
import { beforeEach, describe, expect, it } from 'vitest';
import type { FixtureLanguage, FixtureUi } from '../fixtures/linkedin';
import { readLog } from './harness';
import {
  composerParts,
  focusedElementInfo,
  openComposer,
  readStorage,
  settingsWith,
  settle,
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

const variants: { ui: FixtureUi; lang: FixtureLanguage }[] = [
  { ui: 'classic', lang: 'en' },
  { ui: 'sdui', lang: 'en' },
  { ui: 'classic', lang: 'nl' },
  { ui: 'sdui', lang: 'nl' },
];

async function pageAt(path: string, ui: FixtureUi, lang: FixtureLanguage) {
  session.fixtures.use({ ui, lang });
  const page = await session.browser.context.newPage();
  await page.goto(`https://www.linkedin.com${path}`);
  return page;
}

describe.each(variants)('feed composer ($ui, $lang)', ({ ui, lang }) => {
  it('warns on a post naming the employer; Cancel keeps the draft and focus, Proceed posts once', async () => {
    const page = await pageAt('/feed/', ui, lang);
    await openComposer(page, ui);
    const { editor, commit } = composerParts(page, 'feed-composer');
    const text = 'Proud of the new heat pumps at Acme Installaties';
    await typeInto(page, editor, text);
    await commit.click();
    await expect.poll(() => warningDialog(page).count()).toBe(1);
    await warningButton(page, 'cancel').click();
    await expect.poll(() => warningDialog(page).count()).toBe(0);
    expect(await submissions(page)).toEqual([]);
    expect(await editor.textContent()).toBe(text);
    expect(await focusedElementInfo(page)).toEqual({ editable: true, text });

    await commit.click();
    await expect.poll(() => warningDialog(page).count()).toBe(1);
    await warningButton(page, 'proceed').click();
    await settle(page);
    expect(await submissions(page)).toEqual([{ surface: 'feed-composer', text }]);
    await page.close();
  });

  it('does not warn on a post that does not name the employer', async () => {
    const page = await pageAt('/feed/', ui, lang);
    await openComposer(page, ui);
    const { editor, commit } = composerParts(page, 'feed-composer');
    await typeInto(page, editor, 'A lovely walk on the beach today');
    await commit.click();
    await settle(page, 400);
    expect(await warningDialog(page).count()).toBe(0);
    expect(await submissions(page)).toHaveLength(1);
    await page.close();
  });
});

describe.each(variants)('comments ($ui, $lang)', ({ ui, lang }) => {
  async function openComment(page: Awaited<ReturnType<typeof pageAt>>) {
    await page.locator('[data-fixture-open-comment]').first().click();
    return composerParts(page, 'comment');
  }

  it('warns on a feed comment naming the employer and comments once on Proceed', async () => {
    const page = await pageAt('/feed/', ui, lang);
    const { editor, commit } = await openComment(page);
    await typeInto(page, editor, 'Acme does this really well');
    await commit.click();
    await expect.poll(() => warningDialog(page).count()).toBe(1);
    await warningButton(page, 'proceed').click();
    await settle(page);
    expect(await submissions(page)).toEqual([{ surface: 'comment', text: 'Acme does this really well' }]);
    await page.close();
  });

  it('does not warn on a feed comment without an employer link', async () => {
    const page = await pageAt('/feed/', ui, lang);
    const { editor, commit } = await openComment(page);
    await typeInto(page, editor, 'Congratulations!');
    await commit.click();
    await settle(page, 400);
    expect(await warningDialog(page).count()).toBe(0);
    expect(await submissions(page)).toHaveLength(1);
    await page.close();
  });

  it('always warns on a comment in a group, and Cancel keeps it', async () => {
    const page = await pageAt('/groups/4242/', ui, lang);
    const { editor, commit } = await openComment(page);
    await typeInto(page, editor, 'Great question');
    await commit.click();
    await expect.poll(() => warningDialog(page).count()).toBe(1);
    await warningButton(page, 'cancel').click();
    await settle(page, 300);
    expect(await submissions(page)).toEqual([]);
    expect(await editor.textContent()).toBe('Great question');
    await page.close();
  });
});

describe.each([{ ui: 'classic' as const }, { ui: 'sdui' as const }])('other surfaces ($ui)', ({ ui }) => {
  it('warns on any group post, asks once whether the group is a work group, and remembers it', async () => {
    const page = await pageAt('/groups/4242/', ui, 'en');
    await openComposer(page, ui);
    const { editor, commit } = composerParts(page, 'group-composer');
    await typeInto(page, editor, 'Anyone tried the new regulations?');
    await commit.click();
    await expect.poll(() => warningDialog(page).count()).toBe(1);
    const groupQuestion = inWarning(page, '[data-question="groupKind"]');
    expect(await groupQuestion.count()).toBe(1);
    await groupQuestion.locator('input[value="work"]').check();
    await warningButton(page, 'proceed').click();
    await settle(page);
    expect(await submissions(page)).toHaveLength(1);
    const settings = (await readStorage(session.browser, 'settings')) as { groups: Record<string, string> };
    expect(settings.groups['4242']).toBe('work');
    await page.close();
  });

  it('treats a post from the company admin view as posting as the company page', async () => {
    const page = await pageAt('/company/12345/admin/page-posts/published/', ui, 'en');
    await openComposer(page, ui);
    const { editor, commit } = composerParts(page, 'company-page-composer');
    await typeInto(page, editor, 'Our new office opens Monday');
    await commit.click();
    await expect.poll(() => warningDialog(page).count()).toBe(1);
    await warningButton(page, 'proceed').click();
    await settle(page);
    expect(await submissions(page)).toHaveLength(1);
    const log = await readLog(session.browser);
    const serialised = JSON.stringify(log);
    expect(serialised).toContain('company-page-post');
    expect(serialised).not.toContain('Our new office opens Monday');
    await page.close();
  });

  it('warns on a comment under a group post opened from its own link', async () => {
    const page = await pageAt('/feed/update/urn:li:activity:7000000000000000042/', ui, 'en');
    await page.locator('[data-fixture-open-comment]').first().click();
    const { editor, commit } = composerParts(page, 'comment');
    await typeInto(page, editor, 'Agreed');
    await commit.click();
    await expect.poll(() => warningDialog(page).count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => warningDialog(page).count()).toBe(0);
    expect(await submissions(page)).toEqual([]);
    await page.close();
  });
});

describe('unrelated actions never warn', () => {
  it.each(['classic', 'sdui'] as const)(
    'like, repost, send, search, messaging, opening composers (%s)',
    async (ui) => {
      const page = await pageAt('/feed/', ui, 'en');
      const clickAll = async (selector: string) => {
        for (const el of await page.locator(selector).all()) if (await el.isVisible()) await el.click();
      };
      await clickAll(
        '[aria-label="Like"], [aria-label="React Like"], [aria-label="Repost"], [aria-label="Send"]',
      );
      await page.locator('[role="combobox"]').first().fill('Acme Installaties');
      await page.keyboard.press('Enter');
      const messaging = page.locator('[data-fixture-messaging] [contenteditable="true"]');
      await messaging.click();
      await page.keyboard.type('Acme meeting at 3?');
      await page.keyboard.press('Control+Enter');
      await clickAll('[data-fixture-message-send]');
      await page.locator('[data-fixture-open-comment]').first().click();
      await openComposer(page, ui);
      await settle(page, 400);
      expect(await warningDialog(page).count()).toBe(0);
      await page.close();
    },
  );
});
