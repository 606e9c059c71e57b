// "A warning was missing here?": the popup shows the report exactly as the file will hold it, saves it
// only when asked, names the page's group, and sends nothing anywhere.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '@/components/popup/PopupApp';
import { readTabStatus } from '@/components/popup/tab-status';
import { PAGE_STRUCTURE_KIND, type PageStructureReport } from '@/core/page-structure';
import type { HealthReport } from '@/core/protocol';
import { click, mount, startStores, unmountAll } from '../options/page-harness';

const report: PageStructureReport = {
  kind: PAGE_STRUCTURE_KIND,
  version: 1,
  route: '/groups/<id>/',
  interactive: 1,
  truncated: false,
  root: { tag: 'body', children: [{ tag: 'button', label: 'Post', type: 'button' }] },
};
const health: HealthReport = {
  route: '/groups/4242/',
  groupName: 'Acme Friends Network',
  surfaces: ['group-composer'],
  uiGenerations: ['sdui'],
  failures: 0,
  warnings: [],
};

function el(root: ParentNode, selector: string): HTMLElement {
  const found = root.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`missing ${selector}`);
  return found;
}

async function openPopup(url: string) {
  vi.spyOn(browser.tabs, 'query').mockResolvedValue([
    { id: 7, url, index: 0, highlighted: true, active: true, pinned: false, incognito: false },
  ] as never);
  const send = vi
    .spyOn(browser.tabs, 'sendMessage')
    .mockImplementation((async (_tab: number, message: { type: string }) =>
      message.type === 'get-page-structure' ? report : health) as never);
  const stores = await startStores();
  const root = mount(
    <PopupApp
      settingsStore={stores.settingsStore}
      logStore={stores.logStore}
      browserLanguage="en-US"
      readStatus={readTabStatus}
    />,
  );
  return { root, send };
}

describe('A warning was missing here?', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    unmountAll();
    vi.restoreAllMocks();
  });

  it('shows exactly what the file will contain, then saves it as JSON only when asked', async () => {
    const { root, send } = await openPopup('https://www.linkedin.com/groups/4242/');
    await vi.waitFor(() =>
      expect(root.querySelector('[data-page-group]')?.textContent).toContain('Acme Friends Network'),
    );
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:report');
    const anchorClick = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await click(el(root, '[data-action="missing-warning"]'));
    await vi.waitFor(() => expect(root.querySelector('[data-report-preview]')).not.toBeNull());
    expect(send).toHaveBeenCalledWith(7, { type: 'get-page-structure' });
    const shown = root.querySelector('[data-report-preview]')?.textContent ?? '';
    expect(JSON.parse(shown)).toEqual(report);
    expect(created).not.toHaveBeenCalled();
    await click(el(root, '[data-action="save-report"]'));
    expect(created).toHaveBeenCalledTimes(1);
    const blob = created.mock.calls[0]?.[0] as Blob;
    expect(JSON.parse(await blob.text())).toEqual(report);
    expect(anchorClick).toHaveBeenCalledTimes(1);
    expect(root.textContent).toContain('Nothing has been sent');
  });

  it('asks for a LinkedIn page first', async () => {
    const { root, send } = await openPopup('https://example.com/');
    await click(el(root, '[data-action="missing-warning"]'));
    await vi.waitFor(() => expect(root.textContent).toContain('Open the LinkedIn page'));
    expect(send).not.toHaveBeenCalledWith(7, { type: 'get-page-structure' });
  });
});
