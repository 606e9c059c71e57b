// The background: the one writer of the decision log, the employer-website findings (badge, log)
// and the website script registration, and the first-run onboarding. Each message handler answers
// its own messages and returns undefined for the rest: one listener line per handler.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createSettingsStore, whenLoaded } from '@/components/state/settings-store';
import { keepWebsiteScriptsInSync } from '@/components/website/host-permissions';
import { registerAssessmentService } from '@/entrypoints/background/assessment-service';
import { createDecisionLogWriter } from '@/entrypoints/background/log-writer';
import { registerWarningUiInjector } from '@/entrypoints/background/warning-ui-injector';
import { createWebsiteFindings, logFindingsTo } from '@/entrypoints/background/website-findings';

/** Settings JSON seeded at install in the Firefox test build only (see wxt.config.ts); null otherwise. */
declare const __EG_TEST_SEED_SETTINGS__: string | null;

export default defineBackground(() => {
  const writer = createDecisionLogWriter();
  const settingsStore = createSettingsStore();
  const websiteFindings = createWebsiteFindings({
    log: logFindingsTo(writer, () => whenLoaded(settingsStore)),
  });
  keepWebsiteScriptsInSync((error) =>
    console.warn('[Exposure Guard] could not register the employer-website script', error),
  );
  browser.runtime.onMessage.addListener((message: unknown, sender) =>
    websiteFindings.handleMessage(message, sender),
  );
  browser.runtime.onMessage.addListener((message: unknown, sender) => writer.handleMessage(message, sender));
  // The in-page warning asks here for its assessment, so the legal texts stay out of the content script.
  registerAssessmentService(browser);
  // The LinkedIn guard asks here for its warning UI, injected into its own frame (never web-accessible).
  registerWarningUiInjector(browser);
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    if (__EG_TEST_SEED_SETTINGS__)
      void browser.storage.local.set({ settings: JSON.parse(__EG_TEST_SEED_SETTINGS__) });
    void browser.runtime.openOptionsPage();
  });
});
