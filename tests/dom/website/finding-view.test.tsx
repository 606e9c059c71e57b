import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { LanguageProvider } from '@/components/i18n';
import { WebsiteFindingView } from '@/components/website/WebsiteFindingView';
import type { WebsiteFinding, WebsitePageReport } from '@/core/protocol';
import { defaultSettings, type Settings } from '@/core/settings';
import type { Language } from '@/core/types';
import type { WebsiteAnswers } from '@/core/website-finding';

const container = document.createElement('div');
document.body.append(container);
afterEach(() => render(null, container));

const photo: WebsiteFinding = {
  activity: 'website-photo',
  exposed: ['name', 'job-title', 'photo'],
  source: 'heading',
  nameForm: 'first-and-surname',
};

function page(findings: WebsiteFinding[], truncated = false): WebsitePageReport {
  return { host: 'www.acme-installaties.nl', route: '/team', findings, truncated };
}

const settings: Settings = {
  ...defaultSettings(),
  ownName: 'Jan de Vries',
  employer: { name: 'Acme Installaties', aliases: [], companyPageUrl: null },
};

function show(
  report: WebsitePageReport,
  options: { language?: Language; settings?: Settings; answers?: WebsiteAnswers } = {},
) {
  render(
    <LanguageProvider language={options.language ?? 'en'}>
      <WebsiteFindingView
        report={report}
        settings={options.settings ?? settings}
        initialAnswers={options.answers}
        now={() => new Date('2026-11-30T10:00:00Z')}
      />
    </LanguageProvider>,
    container,
  );
  return container;
}

const texts = (selector: string) => [...container.querySelectorAll(selector)].map((e) => e.textContent);

describe('WebsiteFindingView', () => {
  it('says what the page shows: name, job title, photo, and how the name is written', () => {
    show(page([photo]));
    expect(container.querySelector('h2')?.textContent).toBe('You appear on this page');
    expect(texts('.exposed li')).toEqual(['your name', 'your job title', 'your photo']);
    expect(container.querySelector('.name-forms')?.textContent).toBe(
      'Written as: your first name and surname',
    );
  });

  it('asks who wanted it before it assesses anything', () => {
    show(page([photo]), { settings: { ...settings, role: 'back-office' } });
    expect(container.querySelector('.assessment')).toBeNull();
    expect(container.querySelector('#website-role-6')).toHaveProperty('checked', true);
    const requires = container.querySelector<HTMLInputElement>('#website-initiator-0');
    act(() => requires?.click());
    expect(container.querySelector('.assessment')).not.toBeNull();
  });

  it('shows the assessment, the matching letters (remove my photo, Art. 17) and a drafted letter', () => {
    show(page([photo]), {
      settings: { ...settings, role: 'back-office' },
      answers: { initiator: 'employer-requires' },
    });
    const assessment = container.querySelector('.assessment');
    expect(assessment?.getAttribute('data-outcome')).not.toBe('required-by-job');
    const letters = texts('.letter-kinds li');
    expect(letters).toContain('Request for erasure of my photo (Art. 17 GDPR)');
    const draft = container.querySelector<HTMLTextAreaElement>('#website-letter-text');
    expect(draft?.value).toContain('Acme Installaties');
    expect(draft?.value).toContain('Jan de Vries');
  });

  it('takes the safeguards offered into the assessment', () => {
    show(page([photo]), {
      settings: { ...settings, role: 'back-office' },
      answers: { initiator: 'employer-asks' },
    });
    const before = container.querySelector('.assessment')?.getAttribute('data-outcome');
    const optOut = container.querySelector<HTMLInputElement>(
      '#website-safeguard-opt-out-without-consequences',
    );
    act(() => optOut?.click());
    expect(optOut?.checked).toBe(true);
    const after = container.querySelector('.assessment')?.getAttribute('data-outcome');
    expect(before).toBe('voluntary-only');
    expect(after).toBe('legitimate-interest');
  });

  it('speaks Dutch', () => {
    show(page([photo], true), { language: 'nl' });
    expect(container.querySelector('h2')?.textContent).toBe('Je staat op deze pagina');
    expect(texts('.exposed li')).toEqual(['je naam', 'je functietitel', 'je foto']);
    expect(container.textContent).toContain('maar een deel ervan is gecontroleerd');
  });

  it('says so when the page does not show the user', () => {
    show(page([]));
    expect(container.querySelector('[data-found="false"]')?.textContent).toBe(
      'Your name was not found on this page.',
    );
  });
});
