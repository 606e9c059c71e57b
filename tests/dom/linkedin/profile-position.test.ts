import { describe, expect, it } from 'vitest';
import {
  formsMissingNotifySwitch,
  profileFormDetector,
} from '@/entrypoints/linkedin.content/detectors/profile-form';
import { createPageContext } from '@/entrypoints/linkedin.content/page-context';
import { mountForm } from './profile-support';
import { click, EMPLOYER, onlyMoment, required, submitForm, VARIANTS } from './support';

describe.each(VARIANTS)('position form, %s UI, %s labels', (ui, lang) => {
  it('warns when the company is the employer, with the fields concerned and the switch', () => {
    const { ctx, save, form, notify } = mountForm('position', {
      ui,
      lang,
      values: { company: 'Acme Installaties', title: 'Sales Advisor', currentRole: true },
    });
    const moment = onlyMoment(click(save, ctx));
    expect(moment.surface).toBe('profile-position');
    expect(moment.uiGeneration).toBe(ui);
    expect(moment.container).toBe(form);
    expect(moment.submitControl).toBe(save);
    expect(moment.facts.employerSignals).toEqual(['name']);
    expect(moment.facts.changedFields).toEqual(['company', 'title', 'current-role', 'notify-network']);
    expect(moment.facts.notifyNetwork).toEqual({ state: 'on', control: notify });
    expect(moment.facts.text).toBe('');
    expect(profileFormDetector.presentSurfaces([document], ctx)).toContain('profile-position');
  });
});

describe.each(VARIANTS)('position form cases, %s UI, %s labels', (ui, lang) => {
  it('stays a position form when it also has a media upload (an image file input)', () => {
    const { ctx, save, form } = mountForm('position', { ui, lang, values: { company: 'Globex' } });
    const media = document.createElement('input');
    media.type = 'file';
    media.accept = 'image/*';
    form.append(media);
    expect(click(save, ctx).moments).toEqual([]);
  });

  it('does not warn for a position at another company', () => {
    const { ctx, save } = mountForm('position', {
      ui,
      lang,
      values: { company: 'Globex', title: 'Planner' },
    });
    expect(click(save, ctx).moments).toEqual([]);
  });

  it('warns when "End current position" ends the job at the employer, and says so', () => {
    const { ctx, save } = mountForm('position', {
      ui,
      lang,
      values: { company: 'Globex', title: 'Planner', endCurrent: true },
    });
    const moment = onlyMoment(click(save, ctx));
    expect(moment.surface).toBe('profile-position');
    expect(moment.facts.endsCurrentPositionAtEmployer).toBe(true);
    expect(moment.facts.employerSignals).toEqual(['name']);
    expect(moment.facts.changedFields).toEqual([
      'title',
      'current-role',
      'end-current-position',
      'notify-network',
    ]);
  });

  it('matches the employer by alias and reports a switch that is off, or missing', () => {
    let mounted = mountForm('position', { ui, lang, notifyOn: false, values: { company: 'ACME' } });
    let moment = onlyMoment(click(mounted.save, mounted.ctx));
    expect(moment.facts.notifyNetwork).toEqual({ state: 'off', control: mounted.notify });
    expect(moment.facts.changedFields).toEqual(['company', 'current-role']);
    mounted = mountForm('position', {
      ui,
      lang,
      notifySwitch: false,
      values: { company: 'Acme Installaties' },
    });
    moment = onlyMoment(click(mounted.save, mounted.ctx));
    expect(moment.facts.notifyNetwork).toEqual({ state: 'not-found' });
    expect(formsMissingNotifySwitch([document], mounted.ctx)).toEqual(['profile-position']);
  });

  it('never changes a field or the switch while reading them', () => {
    const { ctx, save, state } = mountForm('position', {
      ui,
      lang,
      values: { company: 'Acme Installaties' },
    });
    const before = state.fields();
    click(save, ctx);
    expect(state.fields()).toEqual(before);
    expect(state.submissions).toEqual([]);
  });
});

describe('position form, classic submit and other buttons', () => {
  it('the dialog’s other buttons and the switch are no moment', () => {
    const { ctx, form, notify } = mountForm('position', {
      ui: 'classic',
      values: { company: 'Acme Installaties' },
    });
    expect(click(required(notify, 'switch'), ctx).moments).toEqual([]);
    expect(click(required(form.querySelector('[data-fixture-dismiss]'), 'dismiss'), ctx).moments).toEqual([]);
  });

  it.each([
    ['sent by its Save button', true],
    ['by a script', false],
  ])('a submit of its form is a moment, %s (the guard tells them apart)', (_, bySave) => {
    const { ctx, save, form } = mountForm('position', {
      ui: 'classic',
      values: { company: 'Acme Installaties' },
    });
    const element = required(form.querySelector('form'), 'form') as HTMLFormElement;
    const moment = onlyMoment(submitForm(element, ctx, bySave ? save : null));
    expect([moment.surface, moment.submitControl]).toEqual(['profile-position', save]);
  });

  it('is no moment outside a profile page', () => {
    const { save } = mountForm('position', { ui: 'sdui', values: { company: 'Acme Installaties' } });
    const elsewhere = createPageContext(new URL('https://www.linkedin.com/feed/'), EMPLOYER);
    expect(click(save, elsewhere).moments).toEqual([]);
  });
});
