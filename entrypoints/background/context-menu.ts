// "Check this text with Exposure Guard" on a selection on any page. The browser passes the selected
// text (info.selectionText): no host access, no script in the page. The text is handed to the options
// page's policy tab through storage.session, or kept in this worker's memory where that is missing,
// for a minute at most; never in the URL, never on disk.
import type { browser as extensionBrowser } from 'wxt/browser';
import { resolveLanguage } from '@/core/i18n';
import { policyMessages } from '@/core/i18n/messages/policy';
import {
  POLICY_HANDOFF_KEY,
  POLICY_HANDOFF_MAX_CHARS,
  type PolicyHandoff,
  readPolicyHandoff,
} from '@/core/policy';
import type { Handlers } from '@/core/protocol';
import type { Settings } from '@/core/settings';

export const POLICY_MENU_ID = 'exposure-guard-check-policy';
export const POLICY_TAB_PATH = '/options.html#policy';

interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
}

/** What the registration did, for the real-browser test (Playwright cannot click a native menu). */
export interface PolicyMenuHook {
  properties: { id: string; title: string; contexts: ['selection'] };
  onClicked(info: MenuClick): Promise<void>;
}

const titleFor = (settings: Pick<Settings, 'language'> | null, uiLanguage: string) =>
  policyMessages[resolveLanguage(settings?.language ?? 'auto', uiLanguage)].contextMenuTitle;

type ExtensionBrowser = typeof extensionBrowser;

/** The background's memory of a handoff, for browsers without storage.session; answered to our pages only. */
export function createPolicyHandoff(ownPages: string) {
  let pending: PolicyHandoff | null = null;
  const messageHandlers: Handlers<'policy-handoff-take'> = {
    'policy-handoff-take': (_message, sender) => {
      if (!sender.url?.startsWith(ownPages)) return { text: null };
      const text = readPolicyHandoff(pending, Date.now());
      pending = null;
      return { text };
    },
  };
  return {
    keep(handoff: PolicyHandoff) {
      pending = handoff;
    },
    messageHandlers,
  };
}

export function policyContextMenu(
  browser: ExtensionBrowser,
  settings: { current(): Promise<Pick<Settings, 'language'> | null>; onChange(listener: () => void): void },
): { messageHandlers: Handlers<'policy-handoff-take'> } {
  const memory = createPolicyHandoff(browser.runtime.getURL('/'));
  const menus = browser.contextMenus;
  const uiLanguage = () => globalThis.navigator?.language ?? 'en';
  const hook: PolicyMenuHook = {
    properties: { id: POLICY_MENU_ID, title: titleFor(null, uiLanguage()), contexts: ['selection'] },
    async onClicked(info) {
      if (info.menuItemId !== POLICY_MENU_ID) return;
      const text = (info.selectionText ?? '').slice(0, POLICY_HANDOFF_MAX_CHARS);
      if (text.trim() === '') return;
      const handoff: PolicyHandoff = { text, at: Date.now() };
      if (browser.storage.session) await browser.storage.session.set({ [POLICY_HANDOFF_KEY]: handoff });
      else memory.keep(handoff);
      await browser.tabs.create({ url: browser.runtime.getURL(POLICY_TAB_PATH as '/options.html') });
    },
  };
  const retitle = async () => {
    hook.properties.title = titleFor(await settings.current(), uiLanguage());
    await menus.update(POLICY_MENU_ID, { title: hook.properties.title });
  };
  try {
    // A worker restart finds the item still there: it is removed first, so creating never fails.
    void menus
      .removeAll()
      .then(() => menus.create(hook.properties))
      .then(retitle)
      .catch((error: unknown) => console.warn('[Exposure Guard] context menu', error));
    settings.onChange(() => void retitle().catch(() => undefined));
    menus.onClicked.addListener((info: MenuClick) => void hook.onClicked(info));
  } catch (error) {
    // Without a menu the rest of the background still works (the options page has the same check).
    console.warn('[Exposure Guard] context menu unavailable', error);
  }
  // The test hook: the service worker's global scope is reachable by no page and no content script.
  Reflect.set(globalThis, '__exposureGuardPolicyMenu', hook);
  return { messageHandlers: memory.messageHandlers };
}
