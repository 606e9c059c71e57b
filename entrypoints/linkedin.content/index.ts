import { defineContentScript } from 'wxt/utils/define-content-script';
import { startLinkedInGuard } from './linkedin-guard';

export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  // Listeners only: registered before LinkedIn's app boots, so no submit can slip past.
  runAt: 'document_start',
  main(ctx) {
    startLinkedInGuard(ctx);
  },
});
