import { describe, expect, it } from 'vitest';
import { popupMessages } from '@/core/i18n/messages/popup';
import {
  logImportMessages,
  settingsImportMessages,
  settingsValidationMessages,
} from '@/core/i18n/messages/validation';

// Review #19: natural Dutch, one name for the decision log.
describe('Dutch wording', () => {
  it('asks for a whole number of months in plain Dutch', () => {
    expect(settingsValidationMessages.nl.retentionNotPositive).toMatch(
      /vul een heel getal van minstens 1 in, bijvoorbeeld 12\./i,
    );
    expect(settingsValidationMessages.nl.retentionNotPositive).not.toContain('een heel aantal maanden');
  });

  it('calls the log "beslissingenlogboek" everywhere', () => {
    const texts = [settingsValidationMessages, settingsImportMessages, logImportMessages].flatMap((c) =>
      Object.values(c.nl),
    );
    expect(texts.filter((text) => /beslissingslogboek/i.test(text))).toEqual([]);
    expect(logImportMessages.nl.foreign).toContain('beslissingenlogboek');
  });

  it('says the tab is being checked', () => {
    expect(popupMessages.nl.checkingTab).toBe('Dit tabblad wordt gecontroleerd…');
  });
});
