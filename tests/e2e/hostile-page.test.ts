// A hostile page against the built extension in Chromium: scripts in LinkedIn's own world try to change
// what the warning says, move its focus, close, remove, move, hide or cover it, define our element name
// first, submit a form in the user's name, and re-render the Post button under an open warning. None of
// them may decide for the user, log a decision the user did not make, or let a post through unwarned.
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { readLog } from './harness';
import {
  composerParts,
  openComposer,
  settingsWith,
  settle,
  storeSettings,
  submissions,
  typeInto,
  useLinkedInBrowser,
  warningButton,
  warningDialog,
} from './linkedin-support';

const session = useLinkedInBrowser();
beforeEach(async () => {
  await storeSettings(session.browser, settingsWith());
});

const POST = 'Proud of the new heat pumps at Acme Installaties';

async function feedWithWarning(): Promise<{ page: Page; before: number }> {
  session.fixtures.use({ ui: 'sdui', lang: 'en' });
  const page = await session.browser.context.newPage();
  await page.goto('https://www.linkedin.com/feed/');
  await openComposer(page, 'sdui');
  const { editor, commit } = composerParts(page, 'feed-composer');
  await typeInto(page, editor, POST);
  const before = (await readLog(session.browser)).entries.length;
  await commit.click();
  await expect.poll(() => warningDialog(page).count()).toBe(1);
  return { page, before };
}

const logged = async () => (await readLog(session.browser)).entries;

/** Runs in the page's own world (as LinkedIn's scripts or a third-party tag would). */
const inPage = (page: Page, attack: string) => page.evaluate(attack);

describe('a hostile page cannot decide, read the decision into the log, or switch the warning off', () => {
  it('swapping the button texts starts the warning afresh; the user’s Cancel cancels', async () => {
    const { page, before } = await feedWithWarning();
    await inPage(
      page,
      `(() => { const r = document.querySelector('[data-exposure-guard]').shadowRoot;
        const c = r.querySelector('[data-action="cancel"]'), p = r.querySelector('[data-action="proceed"]');
        [c.textContent, p.textContent] = [p.textContent, c.textContent]; })()`,
    );
    await expect.poll(() => warningButton(page, 'cancel').textContent()).toBe('Cancel and go back');
    await warningButton(page, 'cancel').click();
    await settle(page);
    expect(await submissions(page)).toEqual([]);
    await expect.poll(async () => (await logged()).slice(before).map((e) => e.decision)).toEqual(['cancel']);
    await page.close();
  });

  it('focus moved to Continue by the page goes back: the user’s Enter does not post', async () => {
    const { page } = await feedWithWarning();
    await inPage(
      page,
      `document.querySelector('[data-exposure-guard]').shadowRoot.querySelector('[data-action="proceed"]').focus()`,
    );
    await page.keyboard.press('Enter');
    await settle(page);
    expect(await submissions(page)).toEqual([]);
    await page.close();
  });

  for (const [name, attack] of [
    [
      'dialog.close()',
      `document.querySelector('[data-exposure-guard]').shadowRoot.querySelector('dialog').close()`,
    ],
    [
      'dialog.requestClose()',
      `document.querySelector('[data-exposure-guard]').shadowRoot.querySelector('dialog').requestClose?.()`,
    ],
    ['removing the host', `document.querySelector('[data-exposure-guard]').remove()`],
    [
      'moving the host into <body> and hiding it',
      `(() => { const h = document.querySelector('[data-exposure-guard]'); document.body.append(h);
        const s = document.createElement('style'); s.textContent = '[data-exposure-guard]{display:none!important}';
        document.head.append(s); })()`,
    ],
    [
      'hiding the host with a style sheet',
      `(() => { const s = document.createElement('style');
        s.textContent = 'html > div[data-exposure-guard]{display:none!important;opacity:0!important}';
        document.head.append(s); })()`,
    ],
  ] as const) {
    it(`${name}: the warning is shown again, nothing is logged for the user, nothing is posted`, async () => {
      const { page, before } = await feedWithWarning();
      await inPage(page, attack);
      await page.waitForTimeout(600);
      expect(await warningDialog(page).count()).toBe(1);
      expect(await page.locator('[data-exposure-guard] dialog').evaluate((d) => d.checkVisibility())).toBe(
        true,
      );
      expect((await logged()).length).toBe(before);
      expect(await submissions(page)).toEqual([]);
      // Still the user's: Cancel works and is logged once.
      await warningButton(page, 'cancel').click();
      await settle(page);
      expect((await logged()).slice(before).map((e) => e.decision)).toEqual(['cancel']);
      await page.close();
    });
  }

  it('a page that defines our old element name first changes nothing: the warning shows', async () => {
    session.fixtures.use({ ui: 'sdui', lang: 'en' });
    const page = await session.browser.context.newPage();
    await page.addInitScript(`customElements.define('exposure-guard-ui', class extends HTMLElement {
      constructor() { super(); this.attachShadow({ mode: 'closed' }); } });`);
    await page.goto('https://www.linkedin.com/feed/');
    await openComposer(page, 'sdui');
    const { editor, commit } = composerParts(page, 'feed-composer');
    await typeInto(page, editor, POST);
    await commit.click();
    await expect.poll(() => warningDialog(page).count()).toBe(1);
    expect(await submissions(page)).toEqual([]);
    await page.close();
  });

  it('a modal the page opens above ours is covered again: our warning is topmost', async () => {
    const { page } = await feedWithWarning();
    await inPage(
      page,
      `(() => { const d = document.createElement('dialog'); d.id = 'page-modal';
        d.innerHTML = '<p style="font-size:40px">Cancel</p>'; d.style.cssText = 'width:100vw;height:100vh;max-width:none;max-height:none;pointer-events:none';
        document.body.append(d); d.showModal(); })()`,
    );
    await page.waitForTimeout(600);
    const topmost = await page.evaluate(() => {
      const host = document.querySelector('[data-exposure-guard]');
      const cancel = host?.shadowRoot?.querySelector('[data-action="cancel"]');
      const box = cancel?.getBoundingClientRect();
      if (!box) return 'no button';
      const dialogs = [...document.querySelectorAll('dialog')].filter((d) => d.matches(':modal'));
      return `${document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2) === host}:${dialogs.length}`;
    });
    expect(topmost).toMatch(/^true:/);
    await page.close();
  });

  it('a form the page submits in the user’s name (requestSubmit) opens no warning and logs nothing', async () => {
    session.fixtures.use({ ui: 'classic', lang: 'en' });
    const page = await session.browser.context.newPage();
    await page.goto('https://www.linkedin.com/feed/');
    await page.locator('[data-fixture-open-comment]').first().click();
    const before = (await logged()).length;
    await page.waitForTimeout(3500); // the user's own click no longer counts for a submit
    await inPage(
      page,
      `(() => { const box = document.querySelector('[data-fixture-surface="comment"]');
        box.querySelector('[contenteditable]').textContent = 'Acme does this really well';
        const button = box.querySelector('[data-fixture-commit]'); button.removeAttribute('disabled');
        for (let i = 0; i < 20; i++) box.querySelector('form').requestSubmit(); })()`,
    );
    await settle(page);
    expect(await warningDialog(page).count()).toBe(0);
    expect((await logged()).length).toBe(before);
    expect(await submissions(page)).toEqual([]);
    await page.close();
  });

  it('Proceed after LinkedIn re-rendered the Post button says so instead of clicking the old one', async () => {
    const { page } = await feedWithWarning();
    await inPage(
      page,
      `(() => { const b = document.querySelector('[data-fixture-surface="feed-composer"] [data-fixture-commit]');
        b.replaceWith(b.cloneNode(true)); })()`,
    );
    await warningButton(page, 'proceed').click();
    await expect.poll(() => page.locator('[data-exposure-guard="notice"]').count()).toBe(1);
    expect(await submissions(page)).toEqual([]);
    // The user's next click posts, once, without a second warning.
    await composerParts(page, 'feed-composer').commit.click();
    await settle(page);
    expect(await warningDialog(page).count()).toBe(0);
    expect(await submissions(page)).toEqual([{ surface: 'feed-composer', text: POST }]);
    await page.close();
  });

  it('logs the page where the moment happened, not where a pushState took the tab', async () => {
    const { page, before } = await feedWithWarning();
    await inPage(page, `history.pushState({}, '', '/messaging/thread/2-abc/')`);
    await warningButton(page, 'cancel').click();
    await settle(page);
    expect((await logged()).slice(before).map((e) => e.route)).toEqual(['/feed/']);
    await page.close();
  });
});
