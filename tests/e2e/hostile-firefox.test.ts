// The page-world attacks against the Firefox build in firefox-esr: scripts in LinkedIn's own world send
// synthetic clicks and keys, override the prototypes our script might use, submit a comment form in the
// user's name, close or remove the warning, define our old element name first, and cover the warning.
// None of them may post unwarned, decide for the user, or put a decision in the log the user did not
// make. Checked on the host and its dialog (what the page sees) and on the stored log.
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FixtureOptions, FixtureState } from '../fixtures/linkedin';
import {
  addonLogEntries,
  deepQuery,
  firefoxSkipReason,
  launchFirefoxWithAddon,
  linkedInTab,
  openAddonPage,
  storeAddonSettings,
} from './firefox-support';
import { settingsWith } from './linkedin-support';
import {
  firefoxClickWarningAction,
  firefoxWaitForWarning,
  firefoxWarningOpen,
  WARNING_HOST,
} from './warning-access';

if (firefoxSkipReason) console.warn(`\n*** FIREFOX HOSTILE-PAGE SUITE SKIPPED: ${firefoxSkipReason} ***\n`);

const POST = 'Proud of the new heat pumps at Acme Installaties';
const COMPOSER = '[data-fixture-surface="feed-composer"]';
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(Boolean(firefoxSkipReason))('a hostile page in Firefox ESR', () => {
  let browser: Browser;
  /** An add-on page kept open: it stores the settings and reads the log. */
  let addon: Page;
  let options: FixtureOptions = { ui: 'sdui', lang: 'en' };

  beforeAll(async () => {
    browser = await launchFirefoxWithAddon();
    addon = await openAddonPage(browser, 'options.html#settings');
  }, 60_000);
  beforeEach(async () => {
    await storeAddonSettings(addon, settingsWith());
  });
  afterAll(async () => {
    await browser?.close();
  });

  const decisions = async () => (await addonLogEntries(addon)).map((e) => e.decision);
  const submissions = (page: Page) =>
    page.evaluate(() => (window as unknown as { __fixture: FixtureState }).__fixture.submissions);

  /** The feed with the SDUI share composer open and the post typed by the user (trusted input). */
  async function feedWithDraft(prepare?: string): Promise<Page> {
    options = { ui: 'sdui', lang: 'en' };
    const page = await linkedInTab(browser, () => options);
    if (prepare) await page.evaluateOnNewDocument(prepare);
    await page.goto('https://www.linkedin.com/feed/');
    await page.click('[data-fixture-launch="share"]');
    await page.waitForFunction(
      () => (window as unknown as { __fixture: FixtureState }).__fixture.replacedDialogs > 0,
    );
    await (await deepQuery(page, `${COMPOSER} [contenteditable="true"]`)).click();
    await page.keyboard.type(POST);
    return page;
  }

  const clickPost = async (page: Page) =>
    (await deepQuery(page, `${COMPOSER} [data-fixture-commit]:not([disabled])`)).click();

  async function feedWithWarning(): Promise<{ page: Page; before: number }> {
    const page = await feedWithDraft();
    const before = (await decisions()).length;
    await clickPost(page);
    await firefoxWaitForWarning(page);
    return { page, before };
  }

  it('a scripted click on Post is not the user’s: no warning, nothing logged', async () => {
    const page = await feedWithDraft();
    const before = (await decisions()).length;
    await page.evaluate(`document.querySelector('${COMPOSER} [data-fixture-commit]')
      .dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }))`);
    await pause(800);
    expect(await firefoxWarningOpen(page)).toBe(false);
    expect((await decisions()).length).toBe(before);
    await page.close();
  });

  it('scripted clicks and keys on everything the page can reach of an open warning decide nothing', async () => {
    const { page, before } = await feedWithWarning();
    await page.evaluate(`(() => { const host = document.querySelector('${WARNING_HOST}');
      for (const t of [host, ...host.shadowRoot.querySelectorAll('*')]) {
        t.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
        for (const key of ['Enter', 'Escape', ' '])
          t.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
      } })()`);
    await pause(800);
    expect(await firefoxWarningOpen(page)).toBe(true);
    expect(await submissions(page)).toEqual([]);
    expect((await decisions()).length).toBe(before);
    await firefoxClickWarningAction(page, 'cancel');
    await pause(600);
    expect((await decisions()).slice(before)).toEqual(['cancel']);
    await page.close();
  });

  it('prototype overrides in the page change nothing: warned, Cancel keeps the draft, Proceed posts once', async () => {
    // What our script could lean on, changed in the page's world before any script runs (the page's own
    // behaviour keeps working: it needs none of these).
    const page = await feedWithDraft(`(() => {
      for (const name of ['preventDefault', 'stopPropagation', 'stopImmediatePropagation'])
        Event.prototype[name] = function () {};
      const add = EventTarget.prototype.addEventListener;
      EventTarget.prototype.addEventListener = function (type, listener, options) {
        if (options === true || (options && options.capture)) return;
        return add.call(this, type, listener, options);
      };
      Element.prototype.attachShadow = function () { throw new Error('no shadow for you'); };
      Element.prototype.getBoundingClientRect = function () { return new DOMRect(); };
      Element.prototype.checkVisibility = function () { return false; };
      HTMLElement.prototype.focus = function () {};
      HTMLDialogElement.prototype.close = function () {};
      customElements.define = function () { throw new Error('no elements for you'); };
    })()`);
    const before = (await decisions()).length;
    await clickPost(page);
    await firefoxWaitForWarning(page);
    await pause(400);
    expect(await submissions(page)).toEqual([]);
    await firefoxClickWarningAction(page, 'cancel');
    await pause(600);
    expect(await submissions(page)).toEqual([]);
    await clickPost(page);
    await firefoxWaitForWarning(page);
    await firefoxClickWarningAction(page, 'proceed');
    await pause(1_200);
    expect(await submissions(page)).toEqual([{ surface: 'feed-composer', text: POST }]);
    expect((await decisions()).slice(before)).toEqual(['cancel', 'proceed']);
    await page.close();
  });

  it('a comment form the page submits on its own (requestSubmit, synthetic click) is held and logs nothing', async () => {
    options = { ui: 'classic', lang: 'en' };
    const page = await linkedInTab(browser, () => options);
    await page.goto('https://www.linkedin.com/feed/');
    const before = (await decisions()).length;
    await page.evaluate(`(async () => {
      document.querySelector('[data-fixture-open-comment]').click();
      const box = document.querySelector('[data-fixture-surface="comment"]');
      const p = document.createElement('p'); p.textContent = 'Acme does this really well';
      box.querySelector('[contenteditable]').replaceChildren(p);
      const form = box.querySelector('form'), button = box.querySelector('[data-fixture-commit]');
      button.removeAttribute('disabled');
      for (let i = 0; i < 10; i++) { form.requestSubmit(button); form.requestSubmit(); button.click(); }
    })()`);
    await pause(1_200);
    expect(await firefoxWarningOpen(page)).toBe(false);
    expect(await submissions(page)).toEqual([]);
    expect((await decisions()).length).toBe(before);
    await page.close();
  });

  for (const [name, attack] of [
    [
      'dialog.close()',
      `document.querySelector('${WARNING_HOST}').shadowRoot.querySelector('dialog').close()`,
    ],
    [
      'dialog.requestClose()',
      `(() => { const d = document.querySelector('${WARNING_HOST}').shadowRoot.querySelector('dialog');
        (d.requestClose || d.close).call(d); })()`,
    ],
    ['removing the host', `document.querySelector('${WARNING_HOST}').remove()`],
  ] as const) {
    it(`${name}: the warning is shown again, no cancel is logged for the user, nothing is posted`, async () => {
      const { page, before } = await feedWithWarning();
      await page.evaluate(attack);
      await pause(800);
      expect(await firefoxWarningOpen(page)).toBe(true);
      expect((await decisions()).length).toBe(before);
      expect(await submissions(page)).toEqual([]);
      await firefoxClickWarningAction(page, 'cancel');
      await pause(600);
      expect((await decisions()).slice(before)).toEqual(['cancel']);
      await page.close();
    });
  }

  it('a page that defines our old element name first changes nothing: the warning shows', async () => {
    const page = await feedWithDraft(`customElements.define('exposure-guard-ui', class extends HTMLElement {
      constructor() { super(); this.attachShadow({ mode: 'closed' }); } });`);
    await clickPost(page);
    await firefoxWaitForWarning(page);
    expect(await submissions(page)).toEqual([]);
    await page.close();
  });

  it('an element or a modal the page puts over the warning does not stay above it', async () => {
    const { page } = await feedWithWarning();
    await page.evaluate(`(() => {
      const cover = document.createElement('div');
      cover.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:#fff;pointer-events:none';
      document.documentElement.append(cover);
      const d = document.createElement('dialog'); d.textContent = 'Cancel';
      d.style.cssText = 'width:100vw;height:100vh;max-width:none;max-height:none;pointer-events:none';
      document.body.append(d); d.showModal(); })()`);
    await pause(800);
    const topmost = await page.evaluate((host: string) => {
      const dialog = document.querySelector(host)?.shadowRoot?.querySelector('dialog');
      const box = dialog?.getBoundingClientRect();
      if (!box) return 'no dialog';
      const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      return hit === document.querySelector(host) ? 'ours' : (hit?.outerHTML.slice(0, 80) ?? 'nothing');
    }, WARNING_HOST);
    expect(topmost).toBe('ours');
    await page.close();
  });
});
