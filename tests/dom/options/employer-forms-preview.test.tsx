// The "We look for" preview in the settings and onboarding: the forms derived from the name typed so far,
// why a name is not looked for, and a sentence field whose answer follows the typing, in English and Dutch.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LanguageProvider } from '@/components/i18n';
import { EmployerFormsPreview } from '@/components/options/EmployerFormsPreview';
import type { Language } from '@/core/types';
import {
  byLabel,
  byText,
  click,
  describedErrors,
  mount,
  openOptionsPage,
  type,
  unmountAll,
} from './page-harness';

function preview(language: Language, name: string, aliases: string[] = []) {
  return mount(
    <LanguageProvider language={language}>
      <EmployerFormsPreview name={name} aliases={aliases} />
    </LanguageProvider>,
  );
}

const listed = (root: HTMLElement) => [...root.querySelectorAll('li')].map((li) => li.textContent);
const result = (root: HTMLElement) => root.querySelector('[role="status"]')?.textContent ?? '';

describe('EmployerFormsPreview', () => {
  afterEach(unmountAll);

  it('lists what it looks for and answers a sentence as it is typed (English)', async () => {
    const root = preview('en', 'Bakker Installatietechniek B.V.');
    expect(root.textContent).toContain('We look for:');
    expect(listed(root)).toEqual([
      'Bakker Installatietechniek B.V.',
      'Bakker Installatietechniek',
      '#BakkerInstallatietechniek',
    ]);
    const sentence = byLabel<HTMLTextAreaElement>(root, 'Try a sentence');
    expect(result(root)).toBe('');
    await type(sentence, 'Trots op Bakker Installatietechniek! Wij zoeken monteurs.');
    expect(result(root)).toBe('Would warn: found “Bakker Installatietechniek”.');
    await type(sentence, 'Gisteren sprak ik meneer Bakker');
    expect(result(root)).toBe('Would not warn: your employer is not named.');
    await type(sentence, 'Kom werken bij #bakkerinstallatietechniek');
    expect(result(root)).toBe('Would warn: found “#BakkerInstallatietechniek”.');
    expect(sentence.getAttribute('aria-describedby')).toContain(root.querySelector('[role="status"]')?.id);
  });

  it('speaks Dutch', async () => {
    const root = preview('nl', 'Bakker Installatietechniek B.V.');
    expect(root.textContent).toContain('We zoeken naar:');
    const sentence = byLabel<HTMLTextAreaElement>(root, 'Probeer een zin');
    await type(sentence, 'BAKKER INSTALLATIETECHNIEK zoekt een monteur');
    expect(result(root)).toBe('Zou waarschuwen: “Bakker Installatietechniek” gevonden.');
    await type(sentence, 'Bakkerij de Vries zoekt een verkoper');
    expect(result(root)).toBe('Zou niet waarschuwen: je werkgever wordt niet genoemd.');
  });

  it('says why a name is not looked for, and asks for a name when there is none', () => {
    const legal = preview('en', 'B.V.');
    expect(legal.textContent).toContain('“B.V.” is only a legal form, so we do not look for it.');
    expect(listed(legal)).toEqual([]);
    const general = preview('nl', 'Groep B.V.');
    expect(general.textContent).toContain('“Groep B.V.” is te algemeen om naar te zoeken');
    const empty = preview('en', '', ['']);
    expect(empty.textContent).toContain('Enter your employer’s name to see what the warnings look for.');
  });

  it('sums up a long list of aliases', () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `Vestiging ${i + 1} Zuid`);
    const root = preview('en', 'Acme', aliases);
    expect(listed(root)).toHaveLength(25);
    expect(listed(root).at(-1)).toMatch(/^and \d+ more$/);
  });
});

describe('the preview and the bounds in the settings form', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    location.hash = '';
  });
  afterEach(unmountAll);

  it('follows the name and other names typed, before they are saved', async () => {
    const { root } = await openOptionsPage('en-US');
    await type(byLabel(root, 'Employer name'), 'Bakker Installatietechniek B.V.');
    await type(byLabel(root, 'Other names of your employer'), 'BIT, Bakker Warmte');
    expect(listed(root)).toContain('Bakker Installatietechniek');
    expect(listed(root)).toContain('Bakker Warmte');
    await type(byLabel<HTMLTextAreaElement>(root, 'Try a sentence'), 'Vacature bij BIT in Zwolle');
    expect(result(root)).toBe('Would warn: found “BIT”.');
  });

  it('says under the field that a name is too long, and saves nothing', async () => {
    const { root, settingsStore } = await openOptionsPage('en-US');
    const name = byLabel(root, 'Employer name');
    await type(name, `Bakker ${'Installatietechniek '.repeat(12)}`);
    await click(byText(root, 'button', 'Save and finish'));
    await vi.waitFor(() =>
      expect(describedErrors(root, name)).toBe(
        'This name is 246 characters long; at most 200 fit. Type the name as people write it.',
      ),
    );
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(settingsStore.getState().settings.employer.name).toBe('');
  });

  it('says in Dutch that there are too many other names', async () => {
    const { root } = await openOptionsPage('nl-NL');
    const aliases = byLabel(root, 'Andere namen van je werkgever');
    await type(aliases, Array.from({ length: 60 }, (_, i) => `Vestiging ${i}`).join(', '));
    await click(byText(root, 'button', 'Opslaan en afronden'));
    await vi.waitFor(() =>
      expect(describedErrors(root, aliases)).toBe(
        'Er staan 60 andere namen; er passen er hoogstens 50. Houd de namen die mensen echt gebruiken.',
      ),
    );
  });
});
