// The transport of the message protocol (core/protocol.ts, which says how to add a message): typed
// sending to the background or to a tab, and one runtime.onMessage listener per context that
// dispatches by message type to a table of handlers. The wire format is the message itself,
// `{ type, ...request }`, flat.
import { browser } from 'wxt/browser';
import type {
  BackgroundMessageType,
  Handler,
  Handlers,
  Message,
  MessageSender,
  MessageType,
  RequestArgs,
  Response,
  TabMessageType,
} from '@/core/protocol';

/** Sends a message to the background and resolves with its answer (rejects when nothing listens). */
export function sendToBackground<K extends BackgroundMessageType>(
  type: K,
  ...[request]: RequestArgs<K>
): Promise<Response<K>> {
  return browser.runtime.sendMessage({ ...request, type });
}

/**
 * Sends a message to the content scripts of a tab. Resolves with undefined when the tab's script does
 * not answer this type (another page's script), rejects when no script listens at all.
 */
export function sendToTab<K extends TabMessageType>(
  tabId: number,
  type: K,
  ...[request]: RequestArgs<K>
): Promise<Response<K> | undefined> {
  return browser.tabs.sendMessage(tabId, { ...request, type });
}

/**
 * The answer of the handler for the message's type, always as a promise (the browser answers only
 * promises; a handler that throws gives a rejected one); undefined when this table has no handler for
 * it, so another context may answer it. The message is trusted for its type only: handlers validate
 * what they store or act on.
 */
export function dispatchMessage<K extends MessageType>(
  handlers: Partial<Handlers<K>>,
  message: unknown,
  sender: MessageSender,
): Promise<unknown> | undefined {
  const type = (message as { type?: unknown } | null | undefined)?.type;
  if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) return undefined;
  const handler: Handler<K> | undefined = Reflect.get(handlers, type);
  return Promise.resolve(message as Message<K>).then((typed) => handler?.(typed, sender));
}

type MessageListener = (message: unknown, sender: MessageSender) => Promise<unknown> | undefined;

/** What listening needs of `browser` (wxt/browser, or fakeBrowser in tests). */
export interface MessageEvents {
  runtime: {
    onMessage: {
      addListener(listener: MessageListener): void;
      removeListener(listener: MessageListener): void;
    };
  };
}

/**
 * The one runtime.onMessage listener of a context, answering with `handlers` until `signal` aborts.
 * The background passes its complete table (`BackgroundHandlers`); a content script the handlers of
 * the tab messages it answers.
 */
export function listenForMessages<K extends MessageType>(
  target: MessageEvents,
  handlers: Handlers<K>,
  signal?: AbortSignal,
): void {
  if (signal?.aborted) return;
  const listener: MessageListener = (message, sender) => dispatchMessage<K>(handlers, message, sender);
  target.runtime.onMessage.addListener(listener);
  signal?.addEventListener('abort', () => target.runtime.onMessage.removeListener(listener), { once: true });
}
