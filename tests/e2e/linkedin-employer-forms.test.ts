// The employer entered as it stands on LinkedIn ("Bakker Installatietechniek B.V.", no alias, no company
// page) in the built extension in Chromium: a feed post that names it as people write it warns, the warning
// lists "your employer" among what becomes visible, and the log records the post as about the employer;
// a post about someone called Bakker stays quiet.
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Settings } from '@/core/settings';
import type { FixtureOptions } from '../fixtures/linkedin';
import {
  composerParts,
  openComposer,
  readStorage,
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

const BAKKER = { name: 'Bakker Installatietechniek B.V.', aliases: [], companyPageUrl: null };

const session = useLinkedInBrowser();

async function pageAt(path: string, options: FixtureOptions): Promise<Page> {
  session.fixtures.use(options);
  const page = await session.browser.context.newPage();
  await page.goto(`https://www.linkedin.com${path}`);
  return page;
}

const exposureItems = (page: Page) => inWarning(page, '.exposure li').allTextContents();

async function post(page: Page, ui: FixtureOptions['ui'], surface: string, text: string) {
  await openComposer(page, ui);
  const { editor, commit } = composerParts(page, surface);
  await typeInto(page, editor, text);
  await commit.click();
}

const CASES = [
  {
    ui: 'sdui',
    lang: 'en',
    language: 'en',
    text: 'Trots op Bakker Installatietechniek! Wij zoeken monteurs.',
    employer: 'your employer',
  },
  {
    ui: 'classic',
    lang: 'nl',
    language: 'nl',
    text: "Wij zoeken collega's bij #BakkerInstallatietechniek",
    employer: 'je werkgever',
  },
] as const;

describe.each(CASES)(
  'feed post naming the employer ($ui, $language)',
  ({ ui, lang, language, text, employer }) => {
    beforeEach(async () => {
      await storeSettings(session.browser, settingsWith({ employer: { ...BAKKER }, language }));
    });

    it('warns, lists the employer among what becomes visible, posts once on Proceed and logs it as about the employer', async () => {
      const page = await pageAt('/feed/', { ui, lang });
      const before = (await storedRecords(session.browser)).length;
      await post(page, ui, 'feed-composer', text);
      await expect.poll(() => warningDialog(page).count()).toBe(1);
      expect(await exposureItems(page)).toContain(employer);
      await warningButton(page, 'proceed').click();
      await settle(page);
      expect(await submissions(page)).toEqual([{ surface: 'feed-composer', text }]);
      await expect.poll(async () => (await storedRecords(session.browser)).length).toBe(before + 1);
      const last = (await storedRecords(session.browser)).at(-1);
      expect(last).toMatchObject({ surface: 'feed-composer', employerLinked: true });
      await page.close();
    });
  },
);

describe('the same employer in English', () => {
  beforeEach(async () => {
    await storeSettings(session.browser, settingsWith({ employer: { ...BAKKER } }));
  });

  it('a feed post about a person called Bakker does not warn and posts at once', async () => {
    const page = await pageAt('/feed/', { ui: 'sdui', lang: 'nl' });
    const text = 'Gisteren sprak ik meneer Bakker over zijn warmtepomp';
    await post(page, 'sdui', 'feed-composer', text);
    await settle(page, 400);
    expect(await warningDialog(page).count()).toBe(0);
    expect(await submissions(page)).toEqual([{ surface: 'feed-composer', text }]);
    const stored = (await readStorage(session.browser, 'settings')) as Settings;
    expect(stored.employer.name).toBe('Bakker Installatietechniek B.V.');
    await page.close();
  });

  it('a group post naming it lists "your employer" among what becomes visible', async () => {
    const page = await pageAt('/groups/4242/', { ui: 'sdui', lang: 'en' });
    await post(page, 'sdui', 'group-composer', 'Bakker Installatietechniek BV zoekt monteurs in deze regio');
    await expect.poll(() => warningDialog(page).count()).toBe(1);
    expect(await exposureItems(page)).toContain('your employer');
    await warningButton(page, 'cancel').click();
    await expect.poll(() => warningDialog(page).count()).toBe(0);
    expect(await submissions(page)).toEqual([]);
    await page.close();
  });
});
