import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type ProceedChoice, WARNING_TITLE_ID, Warning } from '@/components/warning/Warning';
import { ACTIVITY_TEXT, ROLE_TEXT } from '@/core/explanations';
import { warningMessages } from '@/core/i18n/messages/warning';
import { defaultSettings } from '@/core/settings';
import type { Language } from '@/core/types';
import { planWarning, type WarningAnswers } from '@/core/warning-plan';
import { settle, userCheck, userClick } from './interaction';

const container = document.createElement('div');
document.body.append(container);
afterEach(() => render(null, container));

function mount(language: Language, answers: WarningAnswers = {}) {
  const handlers = {
    onAnswer: vi.fn(),
    onCancel: vi.fn(),
    onProceed: vi.fn<(choice: ProceedChoice) => void>(),
  };
  const plan = planWarning({
    activity: 'group-post',
    employerLinked: true,
    settings: defaultSettings(),
    answers,
  });
  render(<Warning plan={plan} assessment={null} language={language} {...handlers} />, container);
  return handlers;
}

const q = <T extends Element = HTMLElement>(selector: string) => container.querySelector<T>(selector);

describe('Warning', () => {
  it.each<Language>(['en', 'nl'])('names what becomes visible and to whom (%s)', (language) => {
    mount(language);
    const m = warningMessages[language];
    expect(q(`#${WARNING_TITLE_ID}`)?.textContent).toBe(m.title);
    // It presumes no answer it asks for: no "group post for work" before the user said so.
    expect(container.textContent).not.toContain(ACTIVITY_TEXT['group-post'].label[language]);
    const items = [...container.querySelectorAll('.exposure li')].map((li) => li.textContent);
    expect(items).toEqual([m.exposedName, m.exposedPhoto, m.exposedJobTitle, m.exposedEmployer]);
    expect(q('.audience')?.textContent).toBe(m.audienceGroupMembers);
  });

  it.each<Language>(['en', 'nl'])('asks its questions as labelled radio groups (%s)', (language) => {
    mount(language);
    const m = warningMessages[language];
    const legends = [...container.querySelectorAll('fieldset > legend')].map((l) => l.textContent);
    expect(legends).toEqual([m.questionInitiator, m.questionRole, m.questionGroupKind]);
    const roleLabels = [...container.querySelectorAll('[data-question="role"] label')].map((l) =>
      l.textContent?.trim(),
    );
    expect(roleLabels).toContain(ROLE_TEXT.sales.label[language]);
    for (const input of container.querySelectorAll<HTMLInputElement>('fieldset input[type="radio"]')) {
      expect(input.type).toBe('radio');
      expect(input.closest('label')).not.toBeNull();
    }
  });

  it('reports every answer merged with the earlier ones', async () => {
    const { onAnswer } = mount('en');
    userCheck(
      q<HTMLInputElement>('[data-question="initiator"] input[value="employer-asks"]') as HTMLInputElement,
    );
    await settle();
    userCheck(q<HTMLInputElement>('[data-question="groupKind"] input[value="private"]') as HTMLInputElement);
    await settle();
    expect(onAnswer).toHaveBeenLastCalledWith({ initiator: 'employer-asks', groupKind: 'private' });
  });

  it('acts on user clicks only', () => {
    const { onCancel, onProceed } = mount('en');
    q('[data-action="cancel"]')?.click();
    q('[data-action="proceed"]')?.click();
    expect(onCancel).not.toHaveBeenCalled();
    expect(onProceed).not.toHaveBeenCalled();
    userClick(q('[data-action="cancel"]') as HTMLElement);
    expect(onCancel).toHaveBeenCalledTimes(1);
    userClick(q('[data-action="proceed"]') as HTMLElement);
    expect(onProceed).toHaveBeenCalledWith({
      rememberInitiator: false,
      quietOwnInitiative: false,
      rememberGroup: true,
    });
  });

  it('puts cancel first, marked for initial focus', () => {
    mount('en');
    const buttons = [...container.querySelectorAll('.actions button')];
    expect(buttons.map((b) => b.getAttribute('data-action'))).toEqual(['cancel', 'proceed']);
    expect(buttons[0]?.hasAttribute('autofocus')).toBe(true);
  });
});
