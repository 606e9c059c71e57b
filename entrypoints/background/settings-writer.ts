// The background as the one writer of the settings: every context (options, popup, LinkedIn tabs) sends
// its update here and the updates run one after another, each on top of the settings as stored at that
// moment. Six tabs classifying groups at once, or a tab with a stale copy while the options page changes
// the employer, lose nothing.
import { MERGED_SETTINGS_FIELDS, writeSettingsUpdate } from '@/components/state/settings-persistence';
import { FULL_SETTINGS_RULES } from '@/components/state/settings-store';
import type {
  BackgroundHandlers,
  MergedSettingsField,
  MessageSender,
  SettingsWriteAnswer,
} from '@/core/protocol';

/** What the writer needs of storage.local. */
export interface SettingsArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** Settings change only from LinkedIn (the warning's remembered answers) or the extension's own pages. */
function mayWrite(sender: MessageSender, ownRoot: string): boolean {
  const url = sender.url;
  if (!url) return false;
  if (url.startsWith(ownRoot)) return true;
  try {
    return new URL(url).origin === 'https://www.linkedin.com';
  } catch {
    return false;
  }
}

const NOT_ALLOWED: SettingsWriteAnswer = {
  ok: false,
  errors: [
    {
      field: 'storage',
      message: { en: 'not allowed from this page', nl: 'niet toegestaan vanaf deze pagina' },
    },
  ],
};

/** The `settings-update` handler for the background's table; `ownRoot` is runtime.getURL('/'). */
export function settingsHandlers(
  local: SettingsArea,
  ownRoot: string,
): Pick<BackgroundHandlers, 'settings-update'> {
  let queue: Promise<unknown> = Promise.resolve();
  return {
    'settings-update'({ patch, merge }, sender) {
      if (!mayWrite(sender, ownRoot) || typeof patch !== 'object' || patch === null) {
        return Promise.resolve(NOT_ALLOWED);
      }
      const fields = (Array.isArray(merge) ? merge : []).filter((field): field is MergedSettingsField =>
        (MERGED_SETTINGS_FIELDS as readonly string[]).includes(field),
      );
      const run = () => writeSettingsUpdate(local, FULL_SETTINGS_RULES, patch, fields);
      const result = queue.then(run, run);
      queue = result.catch(() => undefined);
      return result;
    },
  };
}
