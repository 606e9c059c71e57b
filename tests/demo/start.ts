// `npm start`: the demo a newcomer runs first. It opens Debian's Chromium (driven by playwright-core)
// with the built extension on a bundled LinkedIn-like page set, served at https://www.linkedin.com/...
// through request routing, plus the options page for onboarding.
//
// - With a display ($DISPLAY set): a visible window you can use. Close it to stop.
// - Without one (a server, CI), or with --tour: a scripted tour runs headless and saves a screenshot of
//   each step (onboarding, warning in English and Dutch, popup, log, a letter) to .output/tour/, outside
//   the tracked tree; `npm start -- --tour --update-screenshots` writes them over the README's images.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { defaultSettings, type Settings } from '@/core/settings';
import {
  CHROME_BUILD,
  CHROMIUM_PATH,
  type ExtensionBrowser,
  launchWithExtension,
  ROOT,
  serveLinkedIn,
} from '../e2e/harness';
import { openComposer, storeSettings, warningButton, warningDialog } from '../e2e/linkedin-support';
import { logDemoDecisions } from '../e2e/seed-log';
import type { FixtureOptions } from '../fixtures/linkedin';
import { DEMO_EMPLOYER, DEMO_USER, demoRoutes } from './linkedin-look';

const SCREENSHOTS = process.argv.includes('--update-screenshots')
  ? join(ROOT, 'tests/demo/screenshots')
  : join(ROOT, '.output/tour');
const DEMO_TEXT = {
  en: 'Open day at Bakker Installatietechniek this Saturday: come and see how a heat pump works!',
  nl: 'Zaterdag open dag bij Bakker Installatietechniek: kom kijken hoe een warmtepomp werkt!',
};

function preflight(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    console.error(
      [
        `Chromium was not found at ${CHROMIUM_PATH}.`,
        'The demo drives Debian’s Chromium. Install it with:',
        '',
        '    sudo apt-get update && sudo apt-get install -y chromium',
        '',
        'or point CHROMIUM_PATH at another Chromium or Chrome binary, then run `npm start` again.',
      ].join('\n'),
    );
    process.exit(1);
  }
  if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) {
    console.error(
      'No build found in .output/chrome-mv3: run `npm start` (it builds first) or `npm run build`.',
    );
    process.exit(1);
  }
}

const demoSettings = (language: Settings['language']): Settings => ({
  ...defaultSettings(),
  onboardingDone: true,
  language,
  employer: DEMO_EMPLOYER,
  ownName: DEMO_USER,
  role: 'field-service',
  jobDefined: false,
  workTime: false,
  worksCouncil: true,
});

async function shot(page: Page, name: string): Promise<void> {
  const file = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  console.log(`  saved ${file}`);
}

async function writeGroupPost(
  browser: ExtensionBrowser,
  ui: 'classic' | 'sdui',
  lang: 'en' | 'nl',
): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto('https://www.linkedin.com/groups/4242/');
  await openComposer(page, ui);
  const box = page.locator('[data-fixture-surface="group-composer"]').first();
  await box.locator('[contenteditable="true"]').click();
  await page.keyboard.type(DEMO_TEXT[lang]);
  await box.locator('[data-fixture-commit]').click();
  await warningDialog(page).waitFor();
  return page;
}

function serveDemo(browser: ExtensionBrowser) {
  let options: FixtureOptions = { ui: 'sdui', lang: 'en' };
  const ready = serveLinkedIn(
    browser.context,
    demoRoutes(() => options),
  );
  return {
    ready,
    use(next: FixtureOptions) {
      options = next;
    },
  };
}

const inWarning = (selector: string) => `[data-exposure-guard] ${selector}`;

async function tour(browser: ExtensionBrowser, fixtures: ReturnType<typeof serveDemo>): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  console.log('Scripted tour (headless):');

  console.log('1. Onboarding on the options page');
  const options = await onboardingTab(browser);
  await options.setViewportSize({ width: 1280, height: 800 });
  await options.getByLabel('Employer name').fill(DEMO_EMPLOYER.name);
  await options.getByLabel('Your name as it appears online').fill(DEMO_USER);
  await shot(options, '01-onboarding');
  await storeSettings(browser, demoSettings('en'));
  await logDemoDecisions(browser);

  console.log('2. A group post that names the employer: the answer first, then the questions (English)');
  fixtures.use({ ui: 'sdui', lang: 'en' });
  const en = await writeGroupPost(browser, 'sdui', 'en');
  await en.locator(inWarning('[data-question="groupKind"] input[value="work"]')).check();
  await en.locator(inWarning('.provisional')).waitFor();
  await en.waitForTimeout(400);
  await shot(en, '02-warning-en');
  await en.locator(inWarning('[data-question="initiator"] input[value="employer-asks"]')).check();
  await en.locator(inWarning('.assessment')).waitFor();
  await en
    .locator(inWarning('details'))
    .first()
    .evaluate((d) => {
      (d as HTMLDetailsElement).open = true;
    });
  await en.waitForTimeout(300);
  await shot(en, '03-warning-en-details');
  await warningButton(en, 'cancel').click();

  console.log('3. The same in Dutch');
  await storeSettings(browser, demoSettings('nl'));
  fixtures.use({ ui: 'sdui', lang: 'nl' });
  const nl = await writeGroupPost(browser, 'sdui', 'nl');
  await nl.locator(inWarning('[data-question="groupKind"] input[value="work"]')).check();
  await nl.locator(inWarning('[data-question="initiator"] input[value="employer-requires"]')).check();
  await nl.locator(inWarning('.assessment')).waitFor();
  await nl.waitForTimeout(300);
  await shot(nl, '04-warning-nl');
  await warningButton(nl, 'proceed').click();
  await storeSettings(browser, demoSettings('en'));

  console.log('4. The popup');
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await popup.getByRole('button', { name: 'Latest decisions' }).click();
  await popup.locator('.latest li').first().waitFor();
  await shot(popup, '05-popup');
  await popup.getByRole('button', { name: 'Know your rights' }).click();
  await popup.waitForTimeout(300);
  await shot(popup, '05-popup-rights');

  console.log('5. The decision log with its summary');
  await options.goto(`chrome-extension://${browser.extensionId}/options.html#log`);
  await options.locator('[data-chart="outcome"]').waitFor();
  await options.waitForTimeout(500);
  await shot(options, '06-log');

  console.log('6. A letter, drafted from the newest log entry');
  await options.getByRole('button', { name: 'Draft a letter' }).first().click();
  const letter = options.getByLabel('Your letter');
  await letter.waitFor();
  await letter.scrollIntoViewIfNeeded();
  await shot(options, '07-letter');
  console.log(`\nScreenshots are in ${SCREENSHOTS}`);
}

/** The options tab the extension opens on install; one is opened only if it did not. */
async function onboardingTab(browser: ExtensionBrowser): Promise<Page> {
  const url = `chrome-extension://${browser.extensionId}/options.html`;
  const isOptions = (page: Page) => page.url().startsWith(url);
  const opened =
    browser.context.pages().find(isOptions) ??
    (await browser.context.waitForEvent('page', { predicate: isOptions, timeout: 3000 }).catch(() => null));
  if (opened) {
    await opened.waitForLoadState();
    return opened;
  }
  const page = await browser.context.newPage();
  await page.goto(url);
  return page;
}

async function main(): Promise<void> {
  preflight();
  const forceTour = process.argv.includes('--tour');
  const headless = forceTour || !process.env.DISPLAY;
  const browser = await launchWithExtension({ headless });
  const fixtures = serveDemo(browser);
  await fixtures.ready;
  if (headless) {
    try {
      await tour(browser, fixtures);
    } finally {
      await browser.close();
    }
    return;
  }
  console.log(
    `Demo running in a window: fill in the onboarding (try "${DEMO_EMPLOYER.name}"), then write a group post naming it.`,
  );
  console.log('Close the browser window to stop.');
  fixtures.use({ ui: 'sdui', lang: 'en' });
  await onboardingTab(browser);
  const group = await browser.context.newPage();
  await group.goto('https://www.linkedin.com/groups/4242/');
  await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
}

main().catch((error: unknown) => {
  console.error(`The demo stopped: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
