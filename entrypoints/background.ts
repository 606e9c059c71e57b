// The background: the one writer of the decision log, and the first-run onboarding.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createDecisionLogWriter } from '../components/state/log-writer';

export default defineBackground(() => {
  const writer = createDecisionLogWriter();
  browser.runtime.onMessage.addListener((message: unknown, sender) => writer.handleMessage(message, sender));
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.runtime.openOptionsPage();
  });
});
