import { defineMessages } from '../index';

/** The core's assessment as shown by the warning and the popup's request checker. */
export const assessmentMessages = defineMessages(
  {
    mayRequireQuestion: 'May your employer require this?',
    details: 'Why, your rights and what to ask for',
    reasonsHeading: 'Why',
    sources: 'Sources:',
    opensInNewTab: '(opens in a new tab)',
    flagsHeading: 'Good to know',
    rightsHeading: 'Your rights',
    safeguardsHeading: 'Safeguards to ask your employer for',
    notLegalAdvice: 'General information, not legal advice.',
  },
  {
    mayRequireQuestion: 'Mag je werkgever dit verplichten?',
    details: 'Waarom, je rechten en wat je kunt vragen',
    reasonsHeading: 'Waarom',
    sources: 'Bronnen:',
    opensInNewTab: '(opent in een nieuw tabblad)',
    flagsHeading: 'Goed om te weten',
    rightsHeading: 'Je rechten',
    safeguardsHeading: 'Waarborgen die je aan je werkgever kunt vragen',
    notLegalAdvice: 'Algemene informatie, geen juridisch advies.',
  },
);
