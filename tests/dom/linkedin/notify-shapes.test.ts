// The notify-network control in each shape LinkedIn ships (classic toggle with only "On"/"Off" text, a
// switch labelled "Share with network", a checkbox labelled only by a sentence), in both generations and
// EN/NL, with its state; the `-optionalCompany` position form; and labels by word stem in DE/FR.
import { describe, expect, it } from 'vitest';
import { isNotifyLabel } from '@/entrypoints/linkedin.content/dom/form-fields';
import { mountForm } from './profile-support';
import { click, onlyMoment, required, VARIANTS } from './support';

const SHAPES = ['toggle-text', 'labelled-switch', 'sentence'] as const;

describe.each(VARIANTS)('notify control shapes, %s UI, %s labels', (ui, lang) => {
  it.each(SHAPES)('%s: found, with its state on and off', (notifyShape) => {
    for (const notifyOn of [true, false]) {
      const { ctx, save, notify } = mountForm('position', {
        ui,
        lang,
        notifyShape,
        notifyOn,
        values: { company: 'Acme Installaties' },
      });
      const moment = onlyMoment(click(save, ctx));
      expect(moment.facts.notifyNetwork).toEqual({
        state: notifyOn ? 'on' : 'off',
        control: required(notify, 'notify control'),
      });
      expect(moment.facts.changedFields?.includes('notify-network')).toBe(notifyOn);
    }
  });

  it('reads a position form whose company field id ends in -optionalCompany', () => {
    const { ctx, save } = mountForm('position', {
      ui,
      lang,
      companyId: 'optionalCompany',
      values: { company: 'Acme Installaties' },
    });
    const moment = onlyMoment(click(save, ctx));
    expect(moment.surface).toBe('profile-position');
    expect(moment.facts.changedFields).toContain('company');
  });
});

describe('notify labels by word stem', () => {
  it.each([
    'Notify network',
    'Share with network',
    'If enabled, your network may be informed of job changes, education changes, and work anniversaries.',
    'Netwerk informeren',
    'Als dit is ingeschakeld, kan je netwerk worden geïnformeerd over baanwijzigingen.',
    'Je netwerk op de hoogte brengen',
    'Profielupdates gedeeld met je netwerk',
    'Wenn aktiviert, wird Ihr Netzwerk über Jobwechsel informiert.',
    'Netzwerk benachrichtigen',
    'Profilaktualisierungen mit Ihrem Netzwerk geteilt',
    'Si activé, votre réseau peut être informé des changements de poste.',
    'Partager avec le réseau',
  ])('"%s" is a notify label', (label) => {
    expect(isNotifyLabel(label)).toBe(true);
  });

  it.each([
    'I am currently working in this role',
    'End current position as of now',
    'Ik werk momenteel in deze functie',
    'Network',
    'Share',
    'Recruiters only',
  ])('"%s" is not', (label) => {
    expect(isNotifyLabel(label)).toBe(false);
  });
});
