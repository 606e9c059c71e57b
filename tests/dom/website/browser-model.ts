// In-memory models of the browser APIs fakeBrowser does not implement: permissions and scripting
// (the host permissions granted, the content scripts registered, the user's answer to the prompt)
// and the toolbar badge.
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

export interface RegisteredScript {
  id: string;
  js?: string[];
  matches?: string[];
  runAt?: string;
  persistAcrossSessions?: boolean;
}

export interface PermissionModel {
  /** Origins granted, e.g. 'https://www.acme.nl/*'. */
  granted: Set<string>;
  registered: RegisteredScript[];
  /** What the user answers when the browser asks for a host. */
  answerPrompt: boolean;
  request: ReturnType<typeof vi.fn>;
  remove: ReturnType<typeof vi.fn>;
}

/** Installs the model on fakeBrowser (call after fakeBrowser.reset()). */
export function installPermissionModel(): PermissionModel {
  const model: PermissionModel = {
    granted: new Set(),
    registered: [],
    answerPrompt: true,
    request: vi.fn(async ({ origins }: { origins: string[] }) => {
      if (model.answerPrompt) for (const o of origins) model.granted.add(o);
      return model.answerPrompt;
    }),
    remove: vi.fn(async ({ origins }: { origins: string[] }) => {
      for (const o of origins) model.granted.delete(o);
      return true;
    }),
  };
  const permissions = fakeBrowser.permissions as unknown as Record<string, unknown>;
  const noEvents = { addListener: () => {}, removeListener: () => {}, hasListener: () => false };
  permissions.onAdded = noEvents;
  permissions.onRemoved = noEvents;
  permissions.request = model.request;
  permissions.remove = model.remove;
  permissions.contains = async ({ origins }: { origins: string[] }) =>
    origins.every((o) => model.granted.has(o));
  const scripting = fakeBrowser.scripting as unknown as Record<string, unknown>;
  scripting.getRegisteredContentScripts = async ({ ids }: { ids: string[] }) =>
    model.registered.filter((r) => ids.includes(r.id));
  scripting.unregisterContentScripts = async ({ ids }: { ids: string[] }) => {
    model.registered = model.registered.filter((r) => !ids.includes(r.id));
  };
  scripting.registerContentScripts = async (scripts: RegisteredScript[]) => {
    for (const s of scripts) {
      if (model.registered.some((r) => r.id === s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
      model.registered.push(s);
    }
  };
  return model;
}

/** The toolbar badge text per tab, as action.setBadgeText sets it (call after fakeBrowser.reset()). */
export function installBadgeModel(): Map<number, string> {
  const badge = new Map<number, string>();
  (fakeBrowser.action as unknown as Record<string, unknown>).setBadgeText = async (d: {
    tabId: number;
    text: string;
  }) => {
    badge.set(d.tabId, d.text);
  };
  return badge;
}
