import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dispatchMessage, listenForMessages } from '@/components/messaging';
import type { MessageSender } from '@/core/protocol';
import {
  answerLoadWarningUi,
  WARNING_UI_FILE,
  warningUiHandlers,
} from '@/entrypoints/background/warning-ui-injector';

const request = { type: 'load-warning-ui' };
const feedSender: MessageSender = {
  tab: { id: 42, url: 'https://www.linkedin.com/feed/' },
  frameId: 0,
  url: 'https://www.linkedin.com/feed/',
};

function scriptingThat(outcome: 'runs' | 'fails') {
  return {
    executeScript: vi.fn(async () => {
      if (outcome === 'fails') throw new Error('Cannot access contents of the page');
      return [{ frameId: 0, result: undefined }];
    }),
  };
}

describe('answerLoadWarningUi', () => {
  it("injects the UI bundle into the sender's own tab and frame, and says so once it ran", async () => {
    const scripting = scriptingThat('runs');
    const sender = { ...feedSender, frameId: 7, url: 'https://www.linkedin.com/groups/123/' };
    expect(await answerLoadWarningUi(sender, scripting)).toEqual({ ok: true });
    expect(scripting.executeScript).toHaveBeenCalledExactlyOnceWith({
      target: { tabId: 42, frameIds: [7] },
      files: [WARNING_UI_FILE],
    });
    expect(WARNING_UI_FILE).toBe('/linkedin-warning-ui.js');
  });

  it.each<[string, MessageSender]>([
    [
      'another site',
      { ...feedSender, url: 'https://evil.example/feed/', tab: { id: 42, url: 'https://evil.example/' } },
    ],
    ['a look-alike host', { ...feedSender, url: 'https://www.linkedin.com.evil.example/feed/' }],
    ['plain http', { ...feedSender, url: 'http://www.linkedin.com/feed/' }],
    ['the popup (no tab)', { url: 'chrome-extension://abc/popup.html' }],
    ['a sender without a frame', { tab: feedSender.tab, url: feedSender.url }],
    ['a tab without an id', { ...feedSender, tab: { url: feedSender.url } }],
  ])('refuses %s and injects nothing', async (_, sender) => {
    const scripting = scriptingThat('runs');
    const answer = await answerLoadWarningUi(sender, scripting);
    expect(answer).toEqual({ ok: false, error: expect.any(String) });
    expect(scripting.executeScript).not.toHaveBeenCalled();
  });

  it("takes the tab's URL when the sender has no URL of its own", async () => {
    const scripting = scriptingThat('runs');
    const sender = { tab: feedSender.tab, frameId: 0 };
    expect(await answerLoadWarningUi(sender, scripting)).toEqual({ ok: true });
  });

  it('answers ok: false with the reason when the browser refuses to inject', async () => {
    const answer = await answerLoadWarningUi(feedSender, scriptingThat('fails'));
    expect(answer).toEqual({ ok: false, error: 'Cannot access contents of the page' });
  });

  it('leaves every other message to the other listeners', () => {
    const scripting = scriptingThat('runs');
    const handlers = warningUiHandlers(scripting);
    expect(dispatchMessage(handlers, { type: 'get-health' }, feedSender)).toBeUndefined();
    expect(dispatchMessage(handlers, 'load-warning-ui', feedSender)).toBeUndefined();
    expect(dispatchMessage(handlers, null, feedSender)).toBeUndefined();
    expect(scripting.executeScript).not.toHaveBeenCalled();
  });
});

describe('the load-warning-ui handler on the runtime', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers runtime messages from LinkedIn tabs until its signal aborts', async () => {
    const executeScript = vi.fn(async () => []);
    (fakeBrowser.scripting as unknown as Record<string, unknown>).executeScript = executeScript;
    const listening = new AbortController();
    listenForMessages(fakeBrowser, warningUiHandlers(fakeBrowser.scripting), listening.signal);

    const answers = await fakeBrowser.runtime.onMessage.trigger(
      request,
      feedSender as Browser.runtime.MessageSender,
    );
    expect(answers).toContainEqual({ ok: true });
    expect(executeScript).toHaveBeenCalledExactlyOnceWith({
      target: { tabId: 42, frameIds: [0] },
      files: ['/linkedin-warning-ui.js'],
    });

    const refused = await fakeBrowser.runtime.onMessage.trigger(request, { url: 'https://evil.example/' });
    expect(refused).toContainEqual({ ok: false, error: expect.any(String) });
    expect(executeScript).toHaveBeenCalledTimes(1);

    listening.abort();
    expect(
      await fakeBrowser.runtime.onMessage.trigger(request, feedSender as Browser.runtime.MessageSender),
    ).toEqual([]);
    expect(executeScript).toHaveBeenCalledTimes(1);
  });
});
