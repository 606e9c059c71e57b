import { defineMessages } from '..';

/** Strings shared by every surface. */
export const commonMessages = defineMessages({
  en: {
    appName: 'Exposure Guard',
    cancel: 'Cancel',
    close: 'Close',
    yes: 'Yes',
    no: 'No',
    notSure: 'Not sure',
    notYetChecked: 'Not yet checked against the primary source',
    languageAuto: 'Browser language',
    languageEn: 'English',
    languageNl: 'Nederlands',
  },
  nl: {
    appName: 'Exposure Guard',
    cancel: 'Annuleren',
    close: 'Sluiten',
    yes: 'Ja',
    no: 'Nee',
    notSure: 'Weet ik niet',
    notYetChecked: 'Nog niet gecontroleerd aan de hand van de oorspronkelijke bron',
    languageAuto: 'Taal van de browser',
    languageEn: 'English',
    languageNl: 'Nederlands',
  },
});
