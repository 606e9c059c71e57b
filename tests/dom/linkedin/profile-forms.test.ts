// Intro, about, photo and open-to-work forms, and the global notify setting: each detector, both UI
// generations, English and Dutch.
import { describe, expect, it } from 'vitest';
import { profileFormDetector } from '@/entrypoints/linkedin.content/detectors/profile-form';
import { createPageContext } from '@/entrypoints/linkedin.content/page-context';
import { mountForm, mountSetting } from './profile-support';
import { click, EMPLOYER, onlyMoment, required, VARIANTS } from './support';

describe.each(VARIANTS)('intro form, %s UI, %s labels', (ui, lang) => {
  it('warns when the headline names the employer, focus back to the headline', () => {
    const { ctx, save, form } = mountForm('intro', {
      ui,
      lang,
      values: { headline: 'Heat pumps at Acme Installaties', currentPosition: 'other' },
    });
    const moment = onlyMoment(click(save, ctx));
    expect(moment.surface).toBe('profile-intro');
    expect(moment.facts.changedFields).toEqual(['headline', 'notify-network']);
    expect(moment.editor).toBe(form.querySelector('[contenteditable="true"]'));
    expect(moment.facts.notifyNetwork?.state).toBe('on');
  });

  it('warns when the current position chosen is at the employer', () => {
    const { ctx, save } = mountForm('intro', {
      ui,
      lang,
      notifyOn: false,
      values: { currentPosition: 'employer' },
    });
    expect(onlyMoment(click(save, ctx)).facts.changedFields).toEqual(['current-position']);
  });

  it('does not warn when neither names the employer', () => {
    const { ctx, save } = mountForm('intro', { ui, lang, values: { currentPosition: 'other' } });
    expect(click(save, ctx).moments).toEqual([]);
  });
});

describe.each(VARIANTS)('about form, %s UI, %s labels', (ui, lang) => {
  it('warns only when the text names the employer', () => {
    let mounted = mountForm('about', {
      ui,
      lang,
      values: { about: 'Ten years at Acme, installing heat pumps.' },
    });
    const moment = onlyMoment(click(mounted.save, mounted.ctx));
    expect(moment.surface).toBe('profile-about');
    expect(moment.facts.changedFields).toEqual(['about']);
    expect(moment.facts.notifyNetwork).toBeUndefined();
    mounted = mountForm('about', { ui, lang, values: { about: 'I like heat pumps.' } });
    expect(click(mounted.save, mounted.ctx).moments).toEqual([]);
  });
});

describe.each(VARIANTS)('photo form, %s UI, %s labels', (ui, lang) => {
  it('saving the photo is always a moment, with its visibility setting', () => {
    const { ctx, save } = mountForm('photo', { ui, lang });
    const moment = onlyMoment(click(save, ctx));
    expect(moment.surface).toBe('profile-photo');
    expect(moment.facts.employerSignals).toEqual([]);
    expect(moment.facts.changedFields).toEqual(['photo', 'photo-visibility']);
  });
});

describe.each(VARIANTS)('open to work, %s UI, %s labels', (ui, lang) => {
  it('warns when visible to all LinkedIn members, not for recruiters only', () => {
    let mounted = mountForm('open-to-work', { ui, lang, values: { openToWork: 'all' } });
    const moment = onlyMoment(click(mounted.save, mounted.ctx));
    expect(moment.surface).toBe('profile-open-to-work');
    expect(moment.facts.changedFields).toEqual(['open-to-work-visibility']);
    mounted = mountForm('open-to-work', { ui, lang, values: { openToWork: 'recruiters' } });
    expect(click(mounted.save, mounted.ctx).moments).toEqual([]);
  });
});

describe.each(['en', 'nl'] as const)('the global notify setting (%s)', (lang) => {
  it('its Save with the switch on is a moment; off is none', () => {
    let mounted = mountSetting({ lang });
    const moment = onlyMoment(click(mounted.save, mounted.ctx));
    expect(moment.surface).toBe('notify-network-setting');
    expect(moment.facts.notifyNetwork).toEqual({ state: 'on', control: mounted.notify });
    expect(profileFormDetector.presentSurfaces([document], mounted.ctx)).toEqual(['notify-network-setting']);
    mounted = mountSetting({ lang, notifyOn: false });
    expect(click(mounted.save, mounted.ctx).moments).toEqual([]);
  });
});

describe('routes and the health view', () => {
  it('a form is known by its fields, or by its route when the fields say little', () => {
    const unlabelled = () => {
      const mounted = mountForm('about', { ui: 'sdui', values: { about: 'At Acme' } });
      const editor = required(mounted.form.querySelector('[contenteditable="true"]'), 'editor');
      editor.parentElement?.firstElementChild?.remove(); // the "About" label beside the editor
      return mounted;
    };
    const profile = createPageContext(new URL('https://www.linkedin.com/in/jane-doe/'), EMPLOYER);
    const labelled = mountForm('about', { ui: 'sdui', values: { about: 'At Acme' } });
    expect(onlyMoment(click(labelled.save, profile)).surface).toBe('profile-about');
    let mounted = unlabelled();
    expect(onlyMoment(click(mounted.save, mounted.ctx)).surface).toBe('profile-about');
    mounted = unlabelled();
    expect(click(mounted.save, profile).moments).toEqual([]);
  });

  it('lists the open form and the edit entry points of the profile page', () => {
    const { ctx } = mountForm('photo', { ui: 'classic', lang: 'nl' });
    expect(new Set(profileFormDetector.presentSurfaces([document], ctx))).toEqual(
      new Set(['profile-photo', 'profile-intro', 'profile-position', 'profile-about']),
    );
  });
});
