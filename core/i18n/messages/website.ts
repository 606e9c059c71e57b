import { defineMessages } from '../index';

/** The employer's website: the in-page marker, the popup's finding view, the host permission. */
export const websiteMessages = defineMessages(
  {
    markerLabel: 'This is you',
    markerExplain:
      'Exposure Guard found your name on this page. Open Exposure Guard in the toolbar to see what your employer may do and what you can ask.',
    markerDismiss: 'Hide this marker',
    markerOpenDetails: 'Exposure Guard: your name is on this page. Show more',
    findingTitle: 'You appear on this page',
    exposedIntro: 'This page shows:',
    exposedName: 'your name',
    exposedJobTitle: 'your job title',
    exposedPhoto: 'your photo',
    nameFormLabel: 'Written as: {form}',
    nameFormFull: 'your full name',
    nameFormFirstAndSurname: 'your first name and surname',
    nameFormFirstAndInitial: 'your first name and the initial of your surname',
    nameFormInitialsAndSurname: 'your initials and surname',
    scanTruncated: 'This page is very large: only part of it was checked.',
    questionsIntro: 'Answer this to see what your employer may do with it.',
    safeguardsQuestion: 'What did your employer offer? (tick what applies)',
    lettersHeading: 'Letters you can send',
    noFinding: 'Your name was not found on this page.',
    permissionDenied: 'Exposure Guard did not get access to {host}, so it cannot check its pages.',
    permissionInvalidHost: '"{host}" is not a website address.',
  },
  {
    markerLabel: 'Dit ben jij',
    markerExplain:
      'Exposure Guard heeft je naam op deze pagina gevonden. Open Exposure Guard in de werkbalk om te zien wat je werkgever mag en wat je kunt vragen.',
    markerDismiss: 'Deze markering verbergen',
    markerOpenDetails: 'Exposure Guard: je naam staat op deze pagina. Meer tonen',
    findingTitle: 'Je staat op deze pagina',
    exposedIntro: 'Deze pagina toont:',
    exposedName: 'je naam',
    exposedJobTitle: 'je functietitel',
    exposedPhoto: 'je foto',
    nameFormLabel: 'Geschreven als: {form}',
    nameFormFull: 'je volledige naam',
    nameFormFirstAndSurname: 'je voornaam en achternaam',
    nameFormFirstAndInitial: 'je voornaam en de eerste letter van je achternaam',
    nameFormInitialsAndSurname: 'je voorletters en achternaam',
    scanTruncated: 'Deze pagina is erg groot: maar een deel ervan is gecontroleerd.',
    questionsIntro: 'Beantwoord dit om te zien wat je werkgever ermee mag.',
    safeguardsQuestion: 'Wat heeft je werkgever aangeboden? (vink aan wat klopt)',
    lettersHeading: 'Brieven die je kunt sturen',
    noFinding: 'Je naam is niet op deze pagina gevonden.',
    permissionDenied:
      'Exposure Guard heeft geen toegang tot {host} gekregen en kan die pagina’s dus niet controleren.',
    permissionInvalidHost: '"{host}" is geen websiteadres.',
  },
);
