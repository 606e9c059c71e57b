import { defineMessages } from '..';

/**
 * The core's assessment as shown by the warning, the popup's request checker and the letters. The
 * verdict lines say how sure the answer is in their first words: a contested answer says so, a
 * not-allowed answer is "most likely", and the interest route without prior information is "not
 * available until you have been told" (core/assessment-presentation.ts picks the line).
 */
export const assessmentMessages = defineMessages({
  en: {
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
    outcomeRequired: 'Part of your job: your employer may require this, as far as the work needs it.',
    outcomeRequiredContested:
      'Probably part of your job, but contested: sources disagree whether your job really needs this.',
    outcomeInterest: 'Possible on your employer’s legitimate interest, after weighing yours; you can object.',
    outcomeInterestContested:
      'Possibly on your employer’s legitimate interest, but contested: sources disagree, and you can object.',
    outcomeInterestNotTold:
      'Your employer’s legitimate interest: not available until you have been told the purpose, the interest and your right to object.',
    outcomeInterestContestedNotTold:
      'Your employer’s legitimate interest: contested, and not available until you have been told the purpose, the interest and your right to object.',
    outcomeVoluntary: 'Only if you freely choose it.',
    outcomeVoluntaryContested:
      'Only if you freely choose it, and contested: sources disagree whether your choice can be free here.',
    outcomeNotAllowed: 'Most likely no valid basis: your employer may not do this or demand it.',
    mayRequireRequired:
      'Yes, within the job: only what the work needs, and you may still ask whether it is really needed.',
    mayRequireRequiredContested:
      'Probably, but this is contested. Ask whether something less intrusive would do: if it is not really necessary for you, your employer can only rely on its interest, and you can object to that.',
    mayRequireInterest:
      'No. Your employer may plan it after a documented balancing test and must tell you first. If you object, it must stop, unless it can demonstrate compelling legitimate grounds that override your interests, rights and freedoms.',
    mayRequireInterestNotTold:
      'No. Your employer cannot rely on its interest until it has told you the purpose, that interest and your right to object. After that, if you object, it must stop, unless it can demonstrate compelling legitimate grounds that override your interests, rights and freedoms.',
    mayRequireVoluntary:
      'No. Your employer may at most ask; saying no or changing your mind later must have no consequences.',
    mayRequireNotAllowed:
      'Most likely not. You can refuse, and ask for removal of anything already published.',
  },
  nl: {
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
    outcomeRequired:
      'Hoort bij je functie: je werkgever mag dit verplichten, voor zover het werk het nodig heeft.',
    outcomeRequiredContested:
      'Waarschijnlijk onderdeel van je functie, maar omstreden: de bronnen zijn het er niet over eens of je functie dit echt nodig heeft.',
    outcomeInterest:
      'Mogelijk op grond van het gerechtvaardigd belang van je werkgever, na afweging van jouw belangen; je kunt bezwaar maken.',
    outcomeInterestContested:
      'Mogelijk op grond van het gerechtvaardigd belang van je werkgever, maar omstreden: de bronnen zijn het niet eens, en je kunt bezwaar maken.',
    outcomeInterestNotTold:
      'Het gerechtvaardigd belang van je werkgever: niet beschikbaar zolang je niet bent geïnformeerd over het doel, dat belang en je recht van bezwaar.',
    outcomeInterestContestedNotTold:
      'Het gerechtvaardigd belang van je werkgever: omstreden, en niet beschikbaar zolang je niet bent geïnformeerd over het doel, dat belang en je recht van bezwaar.',
    outcomeVoluntary: 'Alleen als jij er vrij voor kiest.',
    outcomeVoluntaryContested:
      'Alleen als jij er vrij voor kiest, en omstreden: de bronnen zijn het er niet over eens of je keuze hier vrij kan zijn.',
    outcomeNotAllowed:
      'Hoogstwaarschijnlijk geen geldige grondslag: je werkgever mag dit niet doen of eisen.',
    mayRequireRequired:
      'Ja, binnen je functie: alleen wat het werk nodig heeft, en je mag nog steeds vragen of het echt nodig is.',
    mayRequireRequiredContested:
      'Waarschijnlijk wel, maar dit is omstreden. Vraag of iets minder ingrijpends volstaat: is het voor jou niet echt nodig, dan kan je werkgever zich alleen op zijn belang beroepen, en daartegen kun je bezwaar maken.',
    mayRequireInterest:
      'Nee. Je werkgever mag het na een vastgelegde belangenafweging plannen en moet het je vooraf melden. Maak je bezwaar, dan moet hij stoppen, tenzij hij dwingende gerechtvaardigde gronden aantoont die zwaarder wegen dan jouw belangen, rechten en vrijheden.',
    mayRequireInterestNotTold:
      'Nee. Je werkgever kan zich pas op zijn belang beroepen als hij je het doel, dat belang en je recht van bezwaar heeft meegedeeld. Maak je daarna bezwaar, dan moet hij stoppen, tenzij hij dwingende gerechtvaardigde gronden aantoont die zwaarder wegen dan jouw belangen, rechten en vrijheden.',
    mayRequireVoluntary:
      'Nee. Je werkgever mag het hooguit vragen; nee zeggen of later van gedachten veranderen mag geen gevolgen hebben.',
    mayRequireNotAllowed:
      'Hoogstwaarschijnlijk niet. Je kunt weigeren en verwijdering vragen van wat al gepubliceerd is.',
  },
});
