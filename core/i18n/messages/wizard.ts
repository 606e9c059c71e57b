import { defineMessages } from '../index';

/** "Check a request": the popup's wizard for a posting policy or an employer's request. */
export const wizardMessages = defineMessages(
  {
    title: 'Check a request',
    intro:
      'Your employer asks or requires something about your online visibility? Answer a few questions; the answer updates as you change them.',
    activity: 'What is asked of you?',
    chooseActivity: 'Choose what is asked',
    role: 'Your role',
    chooseRole: 'Choose your role',
    refusal: 'What happens if you say no?',
    refusalNone: 'Nothing: saying no has no consequences',
    refusalUnknown: 'I don’t know',
    refusalPressure: 'I am pressed or reminded again and again',
    refusalCareer: 'It affects my assessment, bonus or career',
    safeguards: 'What does your employer offer? (tick all that apply)',
    jobDefined: 'Is this part of the job you agreed to (contract or job description)?',
    workTime: 'Does it happen in work time, on your employer’s equipment?',
    incomplete: 'Answer what is asked, your role and who wants it to see the assessment.',
    resultTitle: 'The assessment',
    letterTitle: 'Draft a letter about this',
    invalid: 'These answers cannot be assessed: {reason}',
  },
  {
    title: 'Verzoek controleren',
    intro:
      'Vraagt of eist je werkgever iets over je online zichtbaarheid? Beantwoord een paar vragen; het antwoord past zich aan terwijl je ze wijzigt.',
    activity: 'Wat wordt er van je gevraagd?',
    chooseActivity: 'Kies wat er wordt gevraagd',
    role: 'Je functie',
    chooseRole: 'Kies je functie',
    refusal: 'Wat gebeurt er als je nee zegt?',
    refusalNone: 'Niets: nee zeggen heeft geen gevolgen',
    refusalUnknown: 'Weet ik niet',
    refusalPressure: 'Ik word onder druk gezet of er steeds aan herinnerd',
    refusalCareer: 'Het telt mee voor mijn beoordeling, bonus of loopbaan',
    safeguards: 'Wat biedt je werkgever aan? (vink alles aan wat klopt)',
    jobDefined: 'Hoort dit bij het werk dat je hebt afgesproken (contract of functieomschrijving)?',
    workTime: 'Gebeurt het in werktijd, met apparatuur van je werkgever?',
    incomplete: 'Beantwoord wat er wordt gevraagd, je functie en wie het wil om de beoordeling te zien.',
    resultTitle: 'De beoordeling',
    letterTitle: 'Hierover een brief opstellen',
    invalid: 'Deze antwoorden kunnen niet worden beoordeeld: {reason}',
  },
);
