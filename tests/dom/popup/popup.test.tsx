import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '@/components/popup/PopupApp';
import { readTabStatus } from '@/components/popup/tab-status';
import type { HealthReport } from '@/core/protocol';
import { RIGHTS_CATALOGUE } from '@/core/rights';
import { defaultSettings } from '@/core/settings';
import { websiteRecord } from '../../core/log-fixtures';
import { TEAM_PAGE_HOST, teamPageReport } from '../../fixtures/websites/team-page-report';
import { byText, click, mount, startStores, unmountAll } from '../options/page-harness';
import { record } from '../state/records';

const health: HealthReport = {
  route: '/feed/',
  surfaces: ['feed-composer', 'comment'],
  uiGenerations: ['sdui'],
  failures: 0,
  warnings: [],
};

/** The active tab as tabs.query reports it (the URL only for LinkedIn, thanks to host permission). */
function activeTab(url: string) {
  return vi
    .spyOn(browser.tabs, 'query')
    .mockResolvedValue([
      { id: 7, url, index: 0, highlighted: true, active: true, pinned: false, incognito: false },
    ] as never);
}

async function openPopup(readStatus = readTabStatus, browserLanguage = 'en-US') {
  const stores = await startStores();
  const root = mount(
    <PopupApp
      settingsStore={stores.settingsStore}
      logStore={stores.logStore}
      browserLanguage={browserLanguage}
      readStatus={readStatus}
    />,
  );
  return { ...stores, root };
}

describe('popup', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });
  afterEach(() => {
    unmountAll();
    vi.restoreAllMocks();
  });

  it('asks the LinkedIn tab for its health and lists the surfaces protected', async () => {
    activeTab('https://www.linkedin.com/feed/');
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(health as never);
    const { root } = await openPopup();
    await vi.waitFor(() => expect(root.querySelector('[data-tab-status="protected"]')).not.toBeNull());
    expect(send).toHaveBeenCalledWith(7, { type: 'get-health' });
    const surfaces = [...root.querySelectorAll('[data-surface]')].map((li) => li.textContent);
    expect(surfaces).toEqual(['Post composer', 'Comment']);
  });

  it('says when the tab is not on LinkedIn, and asks to reload when the content script does not answer', async () => {
    const query = activeTab('https://example.com/');
    const first = await openPopup();
    await vi.waitFor(() =>
      expect(first.root.querySelector('[data-tab-status="not-linkedin"]')).not.toBeNull(),
    );
    unmountAll();

    query.mockResolvedValue([{ id: 7, url: 'https://www.linkedin.com/in/ann/' }] as never);
    vi.spyOn(browser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    const second = await openPopup();
    await vi.waitFor(() => expect(second.root.querySelector('[data-tab-status="no-answer"]')).not.toBeNull());
    expect(second.root.textContent).toContain('Reload the page');
  });

  it('reports failures of the content script on this page', async () => {
    const { root } = await openPopup(async () => ({ kind: 'protected', health: { ...health, failures: 2 } }));
    await vi.waitFor(() => expect(root.textContent).toContain('hit 2 problems'));
  });

  it('says in one line whether this page is protected, with the next step when the setup is missing', async () => {
    const protection = (root: HTMLElement) => root.querySelector('[data-protection]');
    const { root, settingsStore } = await openPopup(async () => ({ kind: 'protected', health }));
    await vi.waitFor(() => expect(protection(root)?.getAttribute('data-protection')).toBe('setup-needed'));
    expect(root.querySelector('.protection-line')?.textContent).toBe(
      'Setup needed: Exposure Guard does not know your employer yet.',
    );
    const next = byText<HTMLAnchorElement>(root, '[data-next-step] a', 'Finish the setup');
    expect(next.getAttribute('href')).toBe(browser.runtime.getURL('/options.html'));

    // "I don't know" answers (role, job questions left open) are no missing setup: the warning asks.
    await settingsStore.getState().update({
      onboardingDone: true,
      employer: { name: 'Acme', aliases: [], companyPageUrl: null },
    });
    await vi.waitFor(() => expect(protection(root)?.getAttribute('data-protection')).toBe('protected'));
    expect(root.querySelector('.protection-line')?.textContent).toBe('This page is protected.');
    expect(root.querySelector('[data-next-step]')).toBeNull();
    expect(root.textContent).not.toMatch(/missing setting|setup needed/i);
    expect(byText<HTMLAnchorElement>(root, 'a', 'Open the settings').getAttribute('href')).toBe(
      browser.runtime.getURL('/options.html'),
    );
  });

  it('says "not a LinkedIn page" and "something went wrong" with an icon, not by colour alone', async () => {
    const first = await openPopup(async () => ({ kind: 'not-linkedin' }));
    await vi.waitFor(() =>
      expect(first.root.querySelector('.protection-line')?.textContent).toBe(
        'Not a LinkedIn page: nothing to protect here.',
      ),
    );
    expect(first.root.querySelector('.protection .eg-icon')?.getAttribute('aria-hidden')).toBe('true');
    unmountAll();
    const second = await openPopup(async () => ({ kind: 'no-answer' }));
    await vi.waitFor(() =>
      expect(second.root.querySelector('[data-protection]')?.getAttribute('data-protection')).toBe(
        'went-wrong',
      ),
    );
    expect(second.root.querySelector('.protection-line')?.textContent).toBe(
      'Something went wrong on this page.',
    );
    expect(second.root.querySelector('.protection .eg-icon')?.textContent).toBe('✕');
  });

  it('shows the latest decisions, newest first, with a link to the full log', async () => {
    const { root, writer, logStore } = await openPopup(async () => ({ kind: 'not-linkedin' }));
    for (const activity of ['feed-post', 'comment', 'profile-photo'] as const) {
      await writer.append(record({ activity }));
    }
    await vi.waitFor(() => expect(logStore.getState().log.entries).toHaveLength(3));
    await click(byText(root, 'nav button', 'Latest decisions'));
    await vi.waitFor(() => expect(root.querySelectorAll('.latest li')).toHaveLength(3));
    const items = [...root.querySelectorAll<HTMLLIElement>('.latest li')];
    expect(items.map((li) => li.getAttribute('data-seq'))).toEqual(['3', '2', '1']);
    // Numbered as in the log: the newest entry is number 3, not "1.".
    expect(items.map((li) => li.value)).toEqual([3, 2, 1]);
    expect(items[0]?.querySelector('.latest-what')?.textContent).toBe('Profile photo: did not post');
    // The integrity check lives in the options log, not here.
    expect(root.textContent).not.toMatch(/fingerprint|seal|hash/i);
    expect(byText<HTMLAnchorElement>(root, 'a', 'Open the full log').getAttribute('href')).toBe(
      `${browser.runtime.getURL('/options.html')}#log`,
    );
    await writer.append(record({ activity: 'group-post', surface: 'group-composer' }));
    await vi.waitFor(() => expect(root.querySelector('.latest li')?.getAttribute('data-seq')).toBe('4'));
  });

  it('explains the rights with their articles, deadline and linked sources, in Dutch too', async () => {
    const { root, settingsStore } = await openPopup(async () => ({ kind: 'not-linkedin' }));
    await click(byText(root, 'nav button', 'Know your rights'));
    await vi.waitFor(() => expect(root.querySelector('[data-right]')).not.toBeNull());
    for (const right of ['object', 'withdraw-consent', 'access', 'erasure'] as const) {
      const section = root.querySelector(`[data-right="${right}"]`);
      expect(section?.textContent).toContain(RIGHTS_CATALOGUE[right].article.en);
      expect(section?.textContent).toContain(RIGHTS_CATALOGUE[right].name.en);
      expect(section?.querySelector('a[href^="https://"]')).not.toBeNull();
    }
    expect(root.textContent).toContain('When may your employer require it?');
    expect(root.textContent).toContain('What is consent at work worth?');
    expect(root.querySelector('[data-deadline]')?.textContent).toContain('one month');

    await settingsStore.getState().update({ language: 'nl' });
    await vi.waitFor(() => expect(root.textContent).toContain('Ken je rechten'));
    expect(root.querySelector('[data-right="object"]')?.textContent).toContain(
      RIGHTS_CATALOGUE.object.name.nl,
    );
    expect(document.documentElement.lang).toBe('nl');
  });

  it('has a nav whose buttons say which view is shown', async () => {
    const { root } = await openPopup(async () => ({ kind: 'not-linkedin' }));
    const pressed = () => root.querySelector('nav button[aria-pressed="true"]')?.textContent;
    expect(pressed()).toBe('This page');
    await click(byText(root, 'nav button', 'Check a request'));
    expect(pressed()).toBe('Check a request');
    await vi.waitFor(() => expect(root.querySelector('h2')?.textContent).toBe('Check a request'));
  });

  describe('on one of the employer’s websites', () => {
    const HOST = TEAM_PAGE_HOST;
    const report = teamPageReport;

    async function openOnWebsite(hosts: string[]) {
      await browser.storage.local.set({
        settings: {
          ...defaultSettings(),
          ownName: 'Jan de Vries',
          role: 'back-office',
          employer: { name: 'Acme Installaties', aliases: [], companyPageUrl: null },
          websiteHosts: hosts,
        },
      });
      activeTab(`https://${HOST}/team/?utm=mail`);
      return openPopup();
    }

    it('asks the tab what the page shows and shows the finding, its assessment and a letter', async () => {
      const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(report as never);
      const { root } = await openOnWebsite([HOST]);
      await vi.waitFor(() =>
        expect(root.querySelector('[data-tab-status="employer-website"]')).not.toBeNull(),
      );
      expect(send).toHaveBeenCalledWith(7, { type: 'get-website-findings' });
      expect(root.textContent).toContain(`This page is on your employer’s website ${HOST}.`);
      await vi.waitFor(() => expect(root.querySelector('.website-finding')).not.toBeNull());
      expect(root.textContent).toContain('You appear on this page');
      const exposed = [...root.querySelectorAll('.exposed li')].map((li) => li.textContent);
      expect(exposed).toEqual(['your name', 'your job title', 'your photo']);
      // The finding view sits outside the live status region, which only names the site.
      expect(root.querySelector('[role="status"] .website-finding')).toBeNull();

      await click(byText(root, 'label', 'Yes, my employer requires it'));
      await vi.waitFor(() => expect(root.querySelector('.assessment')).not.toBeNull());
      expect([...root.querySelectorAll('.letter-kinds li')].map((li) => li.textContent)).toContain(
        'Request for erasure of my photo (Art. 17 GDPR)',
      );
      expect(root.querySelector<HTMLTextAreaElement>('#website-letter-text')?.value).toContain(
        'Jan de Vries',
      );
    });

    it('does not ask a tab whose host is not one of the user’s websites', async () => {
      const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(report as never);
      const { root } = await openOnWebsite(['www.acme.nl']);
      await vi.waitFor(() => expect(root.querySelector('[data-tab-status="not-linkedin"]')).not.toBeNull());
      expect(send).not.toHaveBeenCalled();
    });

    it('asks to reload when the website script does not answer, or answers nonsense', async () => {
      const send = vi
        .spyOn(browser.tabs, 'sendMessage')
        .mockRejectedValue(new Error('Receiving end does not exist.'));
      const first = await openOnWebsite([HOST]);
      await vi.waitFor(() =>
        expect(first.root.querySelector('[data-tab-status="website-no-answer"]')?.textContent).toContain(
          `This page of ${HOST} does not answer yet`,
        ),
      );
      unmountAll();
      send.mockResolvedValue({
        host: HOST,
        route: '/team',
        truncated: false,
        findings: [{ activity: 'x' }],
      } as never);
      const second = await openOnWebsite([HOST]);
      await vi.waitFor(() =>
        expect(second.root.querySelector('[data-tab-status="website-no-answer"]')).not.toBeNull(),
      );
    });

    it('lists a logged website finding in the latest decisions as noticed', async () => {
      const { root, writer, logStore } = await openPopup(async () => ({ kind: 'not-linkedin' }));
      await writer.append(websiteRecord({ exposed: ['name', 'photo'] }));
      await vi.waitFor(() => expect(logStore.getState().log.entries).toHaveLength(1));
      await click(byText(root, 'nav button', 'Latest decisions'));
      await vi.waitFor(() => expect(root.querySelector('.latest li')?.textContent).toContain('noticed'));
      expect(root.querySelector('.latest li')?.textContent).toContain(`${HOST}/team shows: name, photo`);
    });
  });
});
