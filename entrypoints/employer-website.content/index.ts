import { defineContentScript } from 'wxt/utils/define-content-script';
import { startWebsiteGuard } from './website-guard';

// Registered at run time only (components/website/host-permissions.ts), for the employer hosts the
// user added and granted: never in the static manifest, and no `matches` here (WXT would add them
// to host_permissions).
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  async main(ctx) {
    await startWebsiteGuard(document, ctx.signal);
  },
});
