import { defineMessages } from '..';

/** Drafting a letter to exercise a right (options page, request checker). */
export const lettersUiMessages = defineMessages(
  {
    title: 'Letters to your employer',
    intro:
      'Draft a letter to exercise your rights. You copy it or save it as a file and send it yourself: Exposure Guard sends nothing.',
    fromEntry: 'About log entry {seq}: {activity}.',
    kind: 'What do you want to do?',
    kindObjection: 'Object to the processing (Art. 21 GDPR)',
    kindWithdraw: 'Withdraw my consent (Art. 7(3) GDPR)',
    kindAccess: 'Ask for information and access (Art. 13 and 15 GDPR)',
    kindErasure: 'Have my photo or name removed (Art. 17 GDPR)',
    kindRefuse: 'Refuse a requirement that has no basis',
    suggested: 'suggested',
    activity: 'What is it about?',
    letterLanguage: 'Language of the letter',
    details: 'Anything to add (optional)',
    detailsHint:
      'For example where the photo appears or when you were asked. It is put into the letter as you type it.',
    subject: 'Subject',
    draft: 'Your letter',
    copy: 'Copy to clipboard',
    copied: 'Copied.',
    copyFailed: 'Copying did not work: select the text and copy it yourself.',
    download: 'Save as a text file',
    notSent: 'Nothing is sent: you decide whether and how to send it.',
  },
  {
    title: 'Brieven aan je werkgever',
    intro:
      'Stel een brief op om je rechten uit te oefenen. Je kopieert hem of slaat hem op als bestand en verstuurt hem zelf: Exposure Guard verstuurt niets.',
    fromEntry: 'Over regel {seq} van het logboek: {activity}.',
    kind: 'Wat wil je doen?',
    kindObjection: 'Bezwaar maken tegen de verwerking (art. 21 AVG)',
    kindWithdraw: 'Mijn toestemming intrekken (art. 7 lid 3 AVG)',
    kindAccess: 'Informatie en inzage vragen (art. 13 en 15 AVG)',
    kindErasure: 'Mijn foto of naam laten verwijderen (art. 17 AVG)',
    kindRefuse: 'Een eis weigeren waarvoor geen grondslag is',
    suggested: 'aanbevolen',
    activity: 'Waar gaat het over?',
    letterLanguage: 'Taal van de brief',
    details: 'Iets toevoegen (optioneel)',
    detailsHint:
      'Bijvoorbeeld waar de foto staat of wanneer het je werd gevraagd. Het komt in de brief zoals je het typt.',
    subject: 'Onderwerp',
    draft: 'Je brief',
    copy: 'Naar klembord kopiëren',
    copied: 'Gekopieerd.',
    copyFailed: 'Kopiëren is niet gelukt: selecteer de tekst en kopieer hem zelf.',
    download: 'Opslaan als tekstbestand',
    notSent: 'Er wordt niets verstuurd: jij beslist of en hoe je hem verstuurt.',
  },
);
