import { defineMessages } from '..';

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
    checking: 'Checking what the rules say…',
    unavailable:
      'The explanation could not be loaded. You can still cancel or go ahead; your decision is logged without an assessment.',
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
    checking: 'Bezig met nagaan wat de regels zeggen…',
    unavailable:
      'De uitleg kon niet worden geladen. Je kunt nog steeds annuleren of doorgaan; je beslissing wordt vastgelegd zonder beoordeling.',
  },
);
