// The built extension in Chromium on the profile fixtures, reached by in-app navigation from /in/jane-doe/:
// saving a position at the employer warns (Cancel keeps every field, Proceed saves once), a position
// elsewhere does not; the notify switch being on is pointed out (a ring over it; "go back" focuses it and
// leaves it as it was); intro, about, photo, open to work and the global setting warn as specified.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FixtureLanguage, FixtureUi } from '../fixtures/linkedin';
import {
  NOTIFY_SETTING_PATH,
  notifySettingPage,
  PROFILE_PATH,
  type ProfileFixtureOptions,
  type ProfileFormKind,
  profilePage,
} from '../fixtures/linkedin/profile';
import type { ProfileFixtureState } from '../fixtures/linkedin/profile-behaviour';
import { type ExtensionBrowser, launchWithExtension, readLog, serveLinkedIn } from './harness';
import { settingsWith, settle, storeSettings, warningButton, warningDialog } from './linkedin-support';
import { inWarning } from './warning-access';

let browser: ExtensionBrowser;
let options: ProfileFixtureOptions = { ui: 'sdui', lang: 'en' };

beforeAll(async () => {
  browser = await launchWithExtension();
  await serveLinkedIn(browser.context, {
    '/in/': () => profilePage(options),
    '/mypreferences/': () => notifySettingPage(options),
  });
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  await storeSettings(browser, settingsWith());
});

const ALL: { ui: FixtureUi; lang: FixtureLanguage }[] = [
  { ui: 'classic', lang: 'en' },
  { ui: 'sdui', lang: 'en' },
  { ui: 'classic', lang: 'nl' },
  { ui: 'sdui', lang: 'nl' },
];
const TWO = [ALL[0], ALL[3]] as { ui: FixtureUi; lang: FixtureLanguage }[];

const fixture = (page: Page) =>
  page.evaluate(() => {
    const state = (window as unknown as { __profile: ProfileFixtureState }).__profile;
    return { submissions: state.submissions, fields: state.fields() };
  });

/** The profile page, then the form opened by its edit link (pushState + modal), as a person does. */
async function openForm(next: ProfileFixtureOptions, kind: ProfileFormKind) {
  options = next;
  const page = await browser.context.newPage();
  await page.goto(`https://www.linkedin.com${PROFILE_PATH}`);
  await page.locator(`[data-fixture-edit="${kind}"]`).click();
  const form = page.locator('[data-fixture-form]');
  await form.waitFor();
  return { page, form, save: form.locator('[data-fixture-save]') };
}

const note = (page: Page, id: string) => inWarning(page, `[data-note="${id}"]`);

describe.each(ALL)('position form ($ui, $lang)', ({ ui, lang }) => {
  it('at the employer, currently working: warns; Cancel keeps every field; Proceed saves once', async () => {
    const { page, form, save } = await openForm({ ui, lang }, 'position');
    expect(new URL(page.url()).pathname).toMatch(/\/(edit\/forms\/position|add-edit\/POSITION)\//);
    await form.locator('[data-fixture-field$="title"]').fill('Sales Advisor');
    await form.locator('[data-fixture-field$="requiredCompany"]').fill('Acme Installaties');
    const before = (await fixture(page)).fields;
    expect(before).toMatchObject({ 'current-role': true, notify: true });

    await save.click();
    await expect.poll(() => warningDialog(page).count()).toBe(1);
    expect(await note(page, 'notifyOn').count()).toBe(1);
    await warningButton(page, 'cancel').click();
    await expect.poll(() => warningDialog(page).count()).toBe(0);
    expect(await fixture(page)).toEqual({ submissions: [], fields: before });

    await save.click();
    await expect.poll(() => warningDialog(page).count()).toBe(1);
    await warningButton(page, 'proceed').click();
    await settle(page);
    const { submissions } = await fixture(page);
    expect(submissions).toEqual([{ surface: 'profile-position', fields: before }]);
    expect(new URL(page.url()).pathname).toBe(PROFILE_PATH);
    await page.close();
  });

  it('at another company: no warning, saved once', async () => {
    const { page, form, save } = await openForm({ ui, lang }, 'position');
    await form.locator('[data-fixture-field$="requiredCompany"]').fill('Globex');
    await save.click();
    await settle(page, 500);
    expect(await warningDialog(page).count()).toBe(0);
    expect((await fixture(page)).submissions).toHaveLength(1);
    await page.close();
  });
});

async function deepFocus(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el?.getAttribute('data-fixture-field') ?? null;
  });
}

describe.each(ALL)('the notify switch ($ui, $lang)', ({ ui, lang }) => {
  it('is pointed out while on; "go back" focuses it, leaves it on and saves nothing', async () => {
    const { page, form, save } = await openForm({ ui, lang }, 'position');
    await form.locator('[data-fixture-field$="requiredCompany"]').fill('Acme');
    await save.click();
    await expect.poll(() => warningDialog(page).count()).toBe(1);
    const ring = page.locator('[data-exposure-guard="highlight"] [popover]');
    const toggle = form.locator('[data-fixture-field="notify"]');
    const [ringBox, toggleBox] = [await ring.boundingBox(), await toggle.boundingBox()];
    if (!ringBox || !toggleBox) throw new Error('ring or switch has no box');
    expect(ringBox.x).toBeLessThanOrEqual(toggleBox.x);
    expect(ringBox.y).toBeLessThanOrEqual(toggleBox.y);
    expect(ringBox.x + ringBox.width).toBeGreaterThanOrEqual(toggleBox.x + toggleBox.width);
    expect(ringBox.y + ringBox.height).toBeGreaterThanOrEqual(toggleBox.y + toggleBox.height);

    await inWarning(page, '[data-action="go-back"]').click();
    await expect.poll(() => warningDialog(page).count()).toBe(0);
    expect(await deepFocus(page)).toBe('notify');
    expect(await ring.count()).toBe(1);
    const after = await fixture(page);
    expect(after.submissions).toEqual([]);
    expect(after.fields.notify).toBe(true);
    await page.close();
  });
});

describe.each(TWO)('intro, about, photo, open to work, setting ($ui, $lang)', ({ ui, lang }) => {
  it('intro: a headline naming the employer warns', async () => {
    const { page, form, save } = await openForm(
      { ui, lang, notifyOn: false, values: { currentPosition: 'other' } },
      'intro',
    );
    const headline = form.locator('[data-fixture-field="headline"]');
    await headline.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' at Acme Installaties');
    await save.click();
    await expect.poll(() => warningDialog(page).count()).toBe(1);
    await warningButton(page, 'proceed').click();
    await settle(page);
    expect((await fixture(page)).submissions.map((s) => s.surface)).toEqual(['profile-intro']);
    await page.close();
  });

  it('about: naming the employer warns; Cancel keeps the text', async () => {
    const { page, form, save } = await openForm({ ui, lang }, 'about');
    const about = form.locator('[data-fixture-field="about"]');
    await about.click();
    await page.keyboard.type('Ten years at Acme, installing heat pumps.');
    await save.click();
    await expect.poll(() => warningDialog(page).count()).toBe(1);
    await warningButton(page, 'cancel').click();
    const { submissions, fields } = await fixture(page);
    expect(submissions).toEqual([]);
    expect(String(fields.about)).toContain('Ten years at Acme');
    await page.close();
  });

  it('photo: saving warns and names the safeguards', async () => {
    const { page, save } = await openForm({ ui, lang }, 'photo');
    await save.click();
    await expect.poll(() => warningDialog(page).count()).toBe(1);
    expect(await note(page, 'photoSafeguards').count()).toBe(1);
    await warningButton(page, 'proceed').click();
    await settle(page);
    expect((await fixture(page)).submissions.map((s) => s.surface)).toEqual(['profile-photo']);
    await page.close();
  });

  it('open to work: "all LinkedIn members" warns, "recruiters only" does not', async () => {
    let { page, form, save } = await openForm({ ui, lang }, 'open-to-work');
    await form.locator('[data-fixture-field="open-to-work"][value="all"]').check();
    await save.click();
    await expect.poll(() => warningDialog(page).count()).toBe(1);
    expect(await note(page, 'openToWorkAll').count()).toBe(1);
    await warningButton(page, 'cancel').click();
    await page.close();
    ({ page, save } = await openForm({ ui, lang }, 'open-to-work'));
    await save.click();
    await settle(page, 500);
    expect(await warningDialog(page).count()).toBe(0);
    expect((await fixture(page)).submissions).toHaveLength(1);
    await page.close();
  });

  it('the global setting: Save with the switch on warns', async () => {
    options = { ui, lang };
    const page = await browser.context.newPage();
    await page.goto(`https://www.linkedin.com${NOTIFY_SETTING_PATH}`);
    await page.locator('[data-fixture-save]').click();
    await expect.poll(() => warningDialog(page).count()).toBe(1);
    expect(await note(page, 'settingOn').count()).toBe(1);
    await warningButton(page, 'cancel').click();
    expect((await fixture(page)).submissions).toEqual([]);
    await page.close();
  });
});

describe('health view', () => {
  async function health(url: string) {
    return browser.serviceWorker.evaluate(async (pattern) => {
      const [tab] = await chrome.tabs.query({ url: pattern });
      return chrome.tabs.sendMessage(tab?.id ?? -1, { type: 'get-health' });
    }, url);
  }

  it.each(TWO)(
    'lists the profile surfaces found, and a form without a notify switch ($ui, $lang)',
    async ({ ui, lang }) => {
      await storeSettings(browser, settingsWith({ language: lang })); // our texts follow the user's language
      const { page } = await openForm({ ui, lang, notifySwitch: false }, 'position');
      const report = (await health('https://www.linkedin.com/in/*')) as {
        surfaces: string[];
        warnings: string[];
      };
      // The open form, and the edit entry points of the page (the classic photo button has a semantic class).
      const expected = ['profile-position', 'profile-intro', 'profile-about'];
      if (ui === 'classic') expected.push('profile-photo');
      expect(new Set(report.surfaces)).toEqual(new Set(expected));
      expect(report.warnings).toHaveLength(1);
      expect(report.warnings[0]).toMatch(lang === 'nl' ? /netwerk informeren/ : /notify network/);
      await page.close();
    },
  );
});

const SHAPES = [
  { ui: 'classic', notifyShape: 'toggle-text' },
  { ui: 'sdui', notifyShape: 'labelled-switch' },
  { ui: 'classic', notifyShape: 'sentence' },
  { ui: 'sdui', notifyShape: 'sentence' },
] as const;

describe.each(SHAPES.flatMap((shape) => (['en', 'nl'] as const).map((lang) => ({ ...shape, lang }))))(
  'notify control shaped as $notifyShape ($ui, $lang)',
  ({ ui, notifyShape, lang }) => {
    it('is named in the warning while on, and not once switched off; Proceed saves once', async () => {
      const { page, form, save } = await openForm(
        { ui, lang, notifyShape, companyId: 'optionalCompany' },
        'position',
      );
      await form.locator('[data-fixture-field$="optionalCompany"]').fill('Acme Installaties');
      await save.click();
      await expect.poll(() => warningDialog(page).count()).toBe(1);
      expect(await note(page, 'notifyOn').count()).toBe(1);
      await warningButton(page, 'cancel').click();
      await expect.poll(() => warningDialog(page).count()).toBe(0);
      await form.locator('[data-fixture-field="notify"]').click();
      expect((await fixture(page)).fields.notify).toBe(false);
      await save.click();
      await expect.poll(() => warningDialog(page).count()).toBe(1);
      expect(await note(page, 'notifyOn').count()).toBe(0);
      await warningButton(page, 'proceed').click();
      await settle(page);
      expect((await fixture(page)).submissions).toHaveLength(1);
      await page.close();
    });
  },
);

describe('a profile form the page submits on its own', () => {
  it('requestSubmit with its Save button, without the user: held, no warning, nothing saved or logged', async () => {
    const { page, form } = await openForm({ ui: 'classic', lang: 'en' }, 'position');
    await form.locator('[data-fixture-field$="requiredCompany"]').click();
    await page.keyboard.type('Acme Installaties');
    await page.waitForTimeout(3_500); // the user's own click and typing no longer count for a submit
    const before = (await readLog(browser)).entries.length;
    await page.evaluate(`(() => { const root = document.getElementById('interop-outlet').shadowRoot;
      const f = root.querySelector('[data-fixture-form] form');
      for (let i = 0; i < 5; i++) f.requestSubmit(f.querySelector('[data-fixture-save]')); })()`);
    await settle(page);
    expect(await warningDialog(page).count()).toBe(0);
    expect((await fixture(page)).submissions).toEqual([]);
    expect((await readLog(browser)).entries.length).toBe(before);
    await page.close();
  });
});
