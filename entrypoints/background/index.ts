// The background: the one writer of the decision log, the employer-website findings (badge, log)
// and the website script registration, the warning's assessment and UI, and the first-run onboarding.
// Messages: one listener, one handler table; each feature spreads its handlers into it (one line per
// feature), and the compiler refuses the table while a message of core/protocol.ts has no handler.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { listenForMessages } from '@/components/messaging';
import { createSettingsStore, whenLoaded } from '@/components/state/settings-store';
import { keepWebsiteScriptsInSync } from '@/components/website/host-permissions';
import type { BackgroundHandlers } from '@/core/protocol';
import { assessmentHandlers } from '@/entrypoints/background/assessment-service';
import { policyContextMenu } from '@/entrypoints/background/context-menu';
import { createDecisionLogWriter } from '@/entrypoints/background/log-writer';
import { settingsHandlers } from '@/entrypoints/background/settings-writer';
import { warningUiHandlers } from '@/entrypoints/background/warning-ui-injector';
import { createWebsiteFindings, logFindingsTo } from '@/entrypoints/background/website-findings';

export default defineBackground(() => {
  const writer = createDecisionLogWriter();
  const settingsStore = createSettingsStore();
  const websiteFindings = createWebsiteFindings({
    log: logFindingsTo(writer, () => whenLoaded(settingsStore)),
  });
  keepWebsiteScriptsInSync((error) =>
    console.warn('[Exposure Guard] could not register the employer-website script', error),
  );
  const handlers: BackgroundHandlers = {
    ...writer.messageHandlers,
    ...websiteFindings.messageHandlers,
    // The in-page warning asks here for its assessment, so the legal texts stay out of the content script.
    ...assessmentHandlers,
    // The LinkedIn guard asks here for its warning UI, injected into its own frame (never web-accessible).
    ...warningUiHandlers(browser.scripting),
    // Every context's settings update is written here, one after another, on top of what is stored.
    ...settingsHandlers(browser.storage.local, browser.runtime.getURL('/')),
    // "Check this text with Exposure Guard" on a selection; hands the text to the options page's policy tab.
    ...policyContextMenu(browser, {
      current: () => whenLoaded(settingsStore),
      onChange: (listener) =>
        settingsStore.subscribe(
          (now, before) => now.settings.language !== before.settings.language && listener(),
        ),
    }).messageHandlers,
  };
  listenForMessages(browser, handlers);
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    void browser.runtime.openOptionsPage();
  });
});
