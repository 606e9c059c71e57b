import { defineMessages } from '..';

/** The preview under the employer's name: which forms the warnings look for, and a sentence to try. */
export const employerFormsMessages = defineMessages({
  en: {
    lookFor: 'We look for:',
    formsNote: 'In capitals or not, with or without accents, also followed by ’s.',
    more: 'and {count} more',
    nothingYet: 'Enter your employer’s name to see what the warnings look for.',
    onlyLegalForm: '“{name}” is only a legal form, so we do not look for it. Enter the name people use.',
    tooGeneral:
      '“{name}” is too general to look for: it would also warn about other companies. Enter the name people use.',
    tooShort: '“{name}” is too short to look for.',
    tryLabel: 'Try a sentence',
    tryHint: 'Type a sentence as you would post it. Nothing is saved or sent.',
    wouldWarn: 'Would warn: found “{form}”.',
    wouldNotWarn: 'Would not warn: your employer is not named.',
  },
  nl: {
    lookFor: 'We zoeken naar:',
    formsNote: 'In hoofdletters of niet, met of zonder accenten, ook gevolgd door ’s.',
    more: 'en nog {count}',
    nothingYet: 'Vul de naam van je werkgever in om te zien waar de waarschuwingen naar zoeken.',
    onlyLegalForm:
      '“{name}” is alleen een rechtsvorm, daar zoeken we niet naar. Vul de naam in die mensen gebruiken.',
    tooGeneral:
      '“{name}” is te algemeen om naar te zoeken: je zou dan ook over andere bedrijven een waarschuwing krijgen. Vul de naam in die mensen gebruiken.',
    tooShort: '“{name}” is te kort om naar te zoeken.',
    tryLabel: 'Probeer een zin',
    tryHint: 'Typ een zin zoals je hem zou posten. Er wordt niets opgeslagen of verstuurd.',
    wouldWarn: 'Zou waarschuwen: “{form}” gevonden.',
    wouldNotWarn: 'Zou niet waarschuwen: je werkgever wordt niet genoemd.',
  },
});
