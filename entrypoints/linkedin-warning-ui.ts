// The warning UI bundle: Preact, the warning, the notices, the switch ring and their texts,
// kept out of the always-loaded LinkedIn guard. The background injects this file into the guard's tab
// and frame on request (components/state/warning-ui-injector.ts); it runs in the guard's isolated world
// and hands its API over through that world's globalThis (entrypoints/linkedin.content/warning-ui-loader.ts).
// Never web-accessible: LinkedIn probes web-accessible resources to detect extensions.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { profileAddendum } from '@/components/warning/ProfileNotice';
import { showNotice, showWarning } from '@/components/warning/show-warning';
import { highlightControl } from '@/components/warning/switch-highlight';
import { createTranslator } from '@/core/i18n';
import { surfaceLabels } from '@/core/i18n/messages/log';
import { profileMessages } from '@/core/i18n/messages/profile';
import { warningMessages } from '@/core/i18n/messages/warning';
import { warningSafetyMessages } from '@/core/i18n/messages/warning-safety';
import { WARNING_UI_SLOT, type WarningUi, type WarningUiScope } from './linkedin.content/warning-ui-loader';

const warningUi: WarningUi = {
  showWarning,
  showNotice,
  profileAddendum,
  highlightControl,
  switchLabel: (language) => createTranslator(profileMessages, language)('switchHere'),
  submitAgainText: (language) => createTranslator(warningMessages, language)('submitAgain'),
  noSwitchNote: (form, language) =>
    createTranslator(profileMessages, language)('healthNoSwitch', {
      form: createTranslator(surfaceLabels, language)(form),
    }),
  notSavedText: (language) => createTranslator(warningSafetyMessages, language)('notSaved'),
  unsavedText: (count, language) =>
    createTranslator(warningSafetyMessages, language)('unsavedDecisions', { count }),
};

export default defineUnlistedScript(() => {
  // Injected twice (a preload racing a warning): the first API stays, with its open notice.
  (globalThis as WarningUiScope)[WARNING_UI_SLOT] ??= warningUi;
});
