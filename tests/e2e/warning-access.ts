// The one way real-browser tests reach the warning. The page keeps only a host [data-exposure-guard="warning"]
// with an open shadow root holding the <dialog role=dialog aria-modal=true>; what the user reads and answers
// (texts, questions, assessment, the [data-action] buttons) may live elsewhere (an extension frame), so
// tests never select into the host themselves: they ask here.
import type { Frame, Locator, Page } from 'playwright-core';
import type { ElementHandle, Page as PuppeteerPage } from 'puppeteer-core';

export const WARNING_HOST = '[data-exposure-guard="warning"]';

export type WarningAction = 'proceed' | 'cancel' | 'go-back';

/** Something that finds elements: a Locator, a FrameLocator's content. */
export interface WarningScope {
  locator(selector: string): Locator;
}

/** The open warning dialog in the page (the part a page script can see). */
export const warningDialog = (page: Page): Locator => page.locator(`${WARNING_HOST} dialog[open]`);

/** Where the warning's content is: questions, answers, assessment, buttons. */
export const warningContent = (page: Page): WarningScope => page.locator(WARNING_HOST);

/** One element of the warning's content. */
export const inWarning = (page: Page, selector: string): Locator => warningContent(page).locator(selector);

/** One of the warning's decisions (or the profile notice's "go back"). */
export const warningButton = (page: Page, action: WarningAction): Locator =>
  inWarning(page, `[data-action="${action}"]`);

/** The user's trusted click on a decision. */
export async function clickWarningAction(page: Page, action: WarningAction): Promise<void> {
  await warningButton(page, action).click();
}

export type WarningQuestionId = 'initiator' | 'groupKind' | 'role';

/** The radio of one answer. */
export const warningOption = (page: Page, question: WarningQuestionId, value: string): Locator =>
  inWarning(page, `[data-question="${question}"] input[value="${value}"]`);

/** Answers the warning's questions with trusted clicks, in the order given. */
export async function answerWarning(
  page: Page,
  answers: Partial<Record<WarningQuestionId, string>>,
): Promise<void> {
  for (const [question, value] of Object.entries(answers)) {
    if (value !== undefined) await warningOption(page, question as WarningQuestionId, value).check();
  }
}

/** The ids of the questions the warning shows, in order. */
export const warningQuestions = (page: Page): Promise<(string | null)[]> =>
  inWarning(page, '[data-question]').evaluateAll((els) => els.map((e) => e.getAttribute('data-question')));

/** The playwright Frame that holds the warning's content (the page's own frame while it lives in the host). */
export async function warningFrame(page: Page): Promise<Frame> {
  return page.mainFrame();
}

/** The frame and the element that hold the warning's content, for checks such as axe. */
export async function warningContentRoot(page: Page): Promise<{ frame: Frame; selector: string }> {
  return { frame: await warningFrame(page), selector: WARNING_HOST };
}

/** Where keyboard focus is: inside the warning (and on which action or element), or elsewhere. */
export async function focusInWarning(
  page: Page,
): Promise<{ inWarning: boolean; action: string | null; tag: string }> {
  return page.evaluate((hostSelector) => {
    const host = document.querySelector(hostSelector);
    let el: Element | null = document.activeElement;
    const inside = el === host;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return { inWarning: inside, action: el?.getAttribute('data-action') ?? null, tag: el?.localName ?? '' };
  }, WARNING_HOST);
}

// ── Firefox (puppeteer-core over WebDriver BiDi) ──

/** Whether the page shows an open warning dialog. */
export const firefoxWarningOpen = (page: PuppeteerPage): Promise<boolean> =>
  page.evaluate(
    (host: string) => Boolean(document.querySelector(host)?.shadowRoot?.querySelector('dialog[open]')),
    WARNING_HOST,
  );

/** Waits for the warning to be open with its decisions ready to click. */
export async function firefoxWaitForWarning(page: PuppeteerPage): Promise<void> {
  await page.waitForFunction(
    (host: string) => Boolean(document.querySelector(host)?.shadowRoot?.querySelector('dialog[open]')),
    {},
    WARNING_HOST,
  );
  await firefoxWarningButton(page, 'cancel');
}

/** One of the warning's decisions, once it is there. */
export function firefoxWarningButton(page: PuppeteerPage, action: WarningAction) {
  return page.waitForFunction(
    (host: string, selector: string) => document.querySelector(host)?.shadowRoot?.querySelector(selector),
    {},
    WARNING_HOST,
    `[data-action="${action}"]`,
  ) as Promise<ElementHandle<HTMLElement>>;
}

/** The user's click on a decision. */
export async function firefoxClickWarningAction(page: PuppeteerPage, action: WarningAction): Promise<void> {
  await (await firefoxWarningButton(page, action)).click();
}

/** Waits until the warning is gone from the page. */
export async function firefoxWaitForWarningGone(page: PuppeteerPage): Promise<void> {
  await page.waitForFunction((host: string) => !document.querySelector(host), {}, WARNING_HOST);
}
