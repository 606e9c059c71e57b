// The "Check a policy" tab: paste or open a file, check, read the marked text, the summary and each
// clause's answer; keyboard use; the selection handed over by the context menu; bad input.
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LanguageProvider } from '@/components/i18n';
import { PolicyCheck } from '@/components/policy/PolicyCheck';
import { htmlToText } from '@/components/policy/policy-file';
import type { Language } from '@/core/types';
import {
  byLabel,
  byText,
  chooseFile,
  click,
  mount,
  startStores,
  type,
  unmountAll,
} from '../options/page-harness';
import { POLICY } from './policy-text';

async function openPage(language: Language = 'en', takeHandoff = async () => null as string | null) {
  const { settingsStore } = await startStores();
  await settingsStore
    .getState()
    .update({ role: 'sales', employer: { name: 'Acme B.V.', aliases: [], companyPageUrl: null } });
  const root = mount(
    <LanguageProvider language={language}>
      <PolicyCheck settingsStore={settingsStore} takeHandoff={takeHandoff} />
    </LanguageProvider>,
  );
  return root;
}

const summary = (root: HTMLElement) => root.querySelector('.policy-summary')?.textContent ?? '';
const marks = (root: HTMLElement) =>
  [...root.querySelectorAll<HTMLElement>('mark.policy-clause')].map((mark) => mark.dataset.verdict);

describe('Check a policy', () => {
  afterEach(unmountAll);

  it('checks a pasted text: summary, marked clauses with labels and cue words, and an answer per clause', async () => {
    const root = await openPage();
    await type(byLabel<HTMLTextAreaElement>(root, 'Policy text'), POLICY);
    await click(byText(root, 'button', 'Check this text'));
    expect(root.querySelector('h2')?.textContent).toBe('What Acme B.V. asks of you');
    // A profile photo can only be voluntary, so demanding it is a demand the employer may not make.
    expect(summary(root)).toBe('2 demands your employer may not require, 0 contested, 1 fine');
    expect(marks(root)).toEqual(['may-not-require', 'may-not-require', 'fine']);
    // Not colour alone: each mark carries its number, an icon and a spoken label.
    const badge = root.querySelectorAll('mark.policy-clause .policy-badge')[1];
    expect(badge?.textContent).toContain('2 ✕');
    expect(badge?.querySelector('.visually-hidden')?.textContent).toBe('Clause 2: May not be required');
    const cues = [...root.querySelectorAll('.policy-cue')].map((cue) => cue.textContent);
    expect(cues).toEqual(expect.arrayContaining(['profile photo', 'password', 'We encourage']));
    const cards = [...root.querySelectorAll<HTMLElement>('.policy-card')];
    const headings = cards.map((card) => card.querySelector('h4')?.textContent ?? '');
    expect(headings[0]).toMatch(/^Clause 1: .+ ✕ May not be required$/);
    expect(headings[1]).toMatch(/^Clause 2: .+ ✕ May not be required$/);
    expect(headings[2]).toMatch(/^Clause 3: .+ ✓ Fine$/);
    // The answer, why, rights and safeguards come from the one assessment view.
    expect(cards[1]?.querySelector('.assessment')?.getAttribute('data-outcome')).toBe('not-allowed');
    expect(cards[1]?.querySelector('.rights')).not.toBeNull();
    expect(cards[1]?.textContent).toContain('Read as: your employer requires this.');
  });

  it('works from the keyboard: Ctrl+Enter checks, a mark’s link moves focus to its clause', async () => {
    const root = await openPage();
    const textarea = byLabel<HTMLTextAreaElement>(root, 'Policy text');
    await type(textarea, POLICY);
    await act(() => {
      textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    });
    expect(marks(root)).toHaveLength(3);
    expect(document.activeElement?.id).toBe('policy-result-title');
    await click(root.querySelectorAll<HTMLAnchorElement>('mark.policy-clause a')[1] as HTMLAnchorElement);
    expect(document.activeElement?.id).toBe('policy-clause-2');
  });

  it('reads the role from the settings and lets the page change it', async () => {
    const root = await openPage();
    const role = byLabel<HTMLSelectElement>(root, 'Your role');
    expect(role.value).toBe('sales');
    expect(byLabel(root, 'Your employer').value).toBe('Acme B.V.');
  });

  it('opens a .txt file and an .html file as text only: scripts never run, nothing is rendered as HTML', async () => {
    const root = await openPage();
    const file = root.querySelector<HTMLInputElement>('input[type="file"]') as HTMLInputElement;
    await chooseFile(file, 'policy.txt', POLICY);
    await vi.waitFor(() => expect(marks(root)).toHaveLength(3));
    const html =
      '<html><head><script>window.__policyPwned = true</script></head><body><h1>Policy</h1><ul><li>Use a profile photo.</li><li>Share our vacancies <img src=x onerror="window.__policyPwned = true">please.</li></ul></body></html>';
    await chooseFile(file, 'policy.html', html);
    await vi.waitFor(() =>
      expect(byLabel<HTMLTextAreaElement>(root, 'Policy text').value).toContain('• Use a profile photo.'),
    );
    expect((window as unknown as { __policyPwned?: boolean }).__policyPwned).toBeUndefined();
    expect(root.querySelector('.policy-text img, .policy-text script')).toBeNull();
    await chooseFile(file, 'policy.pdf', '%PDF-1.7');
    await vi.waitFor(() =>
      expect(root.querySelector('[role="alert"]')?.textContent).toBe('Open a .txt, .md or .html file.'),
    );
  });

  it('shows pasted markup as text, never as HTML', async () => {
    const root = await openPage();
    await type(
      byLabel<HTMLTextAreaElement>(root, 'Policy text'),
      'Please <b>add</b> a profile photo <img src=x>.',
    );
    await click(byText(root, 'button', 'Check this text'));
    expect(root.querySelector('.policy-text b, .policy-text img')).toBeNull();
    expect(root.querySelector('.policy-text')?.textContent).toContain('<b>add</b>');
  });

  it('says so for German text, binary junk and a text without clauses', async () => {
    const root = await openPage();
    const textarea = byLabel<HTMLTextAreaElement>(root, 'Policy text');
    await type(
      textarea,
      'Alle Mitarbeiter müssen ein Profilfoto auf LinkedIn verwenden und die Beiträge teilen.',
    );
    await click(byText(root, 'button', 'Check this text'));
    expect(root.textContent).toContain('another language than English or Dutch');
    await type(textarea, '\u0000\u0001\u0002\u0003'.repeat(100));
    await click(byText(root, 'button', 'Check this text'));
    expect(root.textContent).toContain('This does not look like text');
    await type(textarea, 'Use our brand colours only.');
    await click(byText(root, 'button', 'Check this text'));
    expect(root.textContent).toContain('No clause about your own visibility online was found');
  });

  it('checks the text handed over by the context menu at once, in Dutch', async () => {
    const root = await openPage(
      'nl',
      async () => 'Je dient een profielfoto te gebruiken. We moedigen je aan vacatures te delen.',
    );
    await vi.waitFor(() => expect(marks(root)).toHaveLength(2));
    expect(byLabel<HTMLTextAreaElement>(root, 'Tekst van het beleid').value).toContain('profielfoto');
    expect(root.textContent).toContain('De tekst die je op een pagina selecteerde, is gecontroleerd.');
    expect(summary(root)).toBe('1 eis die je werkgever niet mag stellen, 0 omstreden, 1 in orde');
    expect(root.querySelector('h2')?.textContent).toBe('Wat Acme B.V. van je vraagt');
  });
});

describe('htmlToText', () => {
  it('keeps blocks and list items apart and drops scripts and styles', () => {
    expect(
      htmlToText(
        '<style>p{}</style><p>One.</p><ol><li>Two</li><li>Three</li></ol><script>alert(1)</script>Four<br>Five',
      ),
    ).toBe('One.\n\n• Two\n• Three\n\nFour\nFive');
  });
});
