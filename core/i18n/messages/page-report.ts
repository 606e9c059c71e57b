// The popup's "A warning was missing here?": the page-structure report, shown before it is saved.
import { defineMessages } from '..';

export const pageReportMessages = defineMessages({
  en: {
    open: 'A warning was missing here?',
    intro:
      'You can save a description of how this LinkedIn page is built, so the makers can teach Exposure Guard to recognise it. It holds the page’s address with every name and number replaced, and for buttons, fields and editors only their kind and LinkedIn’s own button words. No text you or others wrote, no names, no pictures, no links.',
    reading: 'Reading how this page is built…',
    notLinkedIn: 'Open the LinkedIn page where the warning was missing, then try again.',
    noAnswer: 'This page did not answer. Reload it and try again.',
    contents: 'This is exactly what the file contains ({count} buttons, fields and editors):',
    save: 'Save this file',
    cancel: 'Do not save',
    saved:
      'Saved as {file} in your downloads. Nothing has been sent. To help, attach the file to an e-mail or to an issue on the project’s page (the README says where).',
  },
  nl: {
    open: 'Ontbrak hier een waarschuwing?',
    intro:
      'Je kunt een beschrijving opslaan van hoe deze LinkedIn-pagina is opgebouwd, zodat de makers Exposure Guard kunnen leren haar te herkennen. Daarin staat het adres van de pagina met alle namen en nummers vervangen, en van knoppen, velden en tekstvakken alleen hun soort en LinkedIns eigen knopwoorden. Geen tekst die jij of anderen schreven, geen namen, geen foto’s, geen links.',
    reading: 'Bezig met lezen hoe deze pagina is opgebouwd…',
    notLinkedIn: 'Open de LinkedIn-pagina waar de waarschuwing ontbrak en probeer het dan opnieuw.',
    noAnswer: 'Deze pagina reageert niet. Laad haar opnieuw en probeer het nog eens.',
    contents: 'Dit staat er precies in het bestand ({count} knoppen, velden en tekstvakken):',
    save: 'Dit bestand opslaan',
    cancel: 'Niet opslaan',
    saved:
      'Opgeslagen als {file} in je downloads. Er is niets verstuurd. Wil je helpen, stuur het bestand dan mee met een e-mail of een issue op de projectpagina (de README zegt waar).',
  },
});
