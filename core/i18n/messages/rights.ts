import { defineMessages } from '../index';

/** "Know your rights" (popup): the plain explainer around the core's RIGHTS_CATALOGUE. */
export const rightsMessages = defineMessages(
  {
    title: 'Know your rights',
    intro:
      'A short guide to the GDPR (AVG) when your employer wants you visible online. It is not legal advice.',
    requireTitle: 'When may your employer require it?',
    requireText:
      'Only when it is truly indispensable for the job you agreed to, such as the name of a field engineer customers expect at their door. “Useful” or “good for business” is not enough, and a clause in your contract does not make it necessary. A profile photo or sharing your profile updates is never required.',
    askTitle: 'When may it only ask?',
    askText:
      'Your personal LinkedIn account is yours. Your employer may ask you to post or to name it on your profile, but it cannot demand it, ask for your password or access, or tell you to change private content. On its own channels (website, company page) it may use your name or photo for a legitimate interest, but you can object.',
    consentTitle: 'What is consent at work worth?',
    consentText:
      'Little, usually: consent only counts when saying no has no consequences at all. If you are pressed, reminded or your career is at stake, it is not free consent. Consent you gave can be withdrawn at any time, as easily as you gave it.',
    rightsTitle: 'Your rights',
    article: 'Article',
    deadline: 'Deadline',
    sources: 'Sources',
    deadlineTitle: 'The one-month deadline',
    letterHint: 'The options page drafts a letter for each of these rights.',
  },
  {
    title: 'Ken je rechten',
    intro:
      'Een korte gids over de AVG als je werkgever wil dat je online zichtbaar bent. Dit is geen juridisch advies.',
    requireTitle: 'Wanneer mag je werkgever het verplichten?',
    requireText:
      'Alleen als het echt onmisbaar is voor het werk dat je hebt afgesproken, zoals de naam van een monteur die klanten aan de deur verwachten. “Handig” of “goed voor de zaak” is niet genoeg, en een bepaling in je contract maakt het nog niet noodzakelijk. Een profielfoto of het delen van je profielwijzigingen is nooit verplicht.',
    askTitle: 'Wanneer mag hij het alleen vragen?',
    askText:
      'Je persoonlijke LinkedIn-account is van jou. Je werkgever mag je vragen om te posten of hem op je profiel te noemen, maar kan het niet eisen, niet om je wachtwoord of toegang vragen en je niet opdragen privé-inhoud te wijzigen. Op zijn eigen kanalen (website, bedrijfspagina) mag hij je naam of foto gebruiken op grond van een gerechtvaardigd belang, maar je kunt bezwaar maken.',
    consentTitle: 'Wat is toestemming op het werk waard?',
    consentText:
      'Meestal weinig: toestemming telt alleen als nee zeggen helemaal geen gevolgen heeft. Word je onder druk gezet, steeds herinnerd of staat je loopbaan op het spel, dan is het geen vrije toestemming. Gegeven toestemming kun je altijd intrekken, even gemakkelijk als je haar gaf.',
    rightsTitle: 'Je rechten',
    article: 'Artikel',
    deadline: 'Termijn',
    sources: 'Bronnen',
    deadlineTitle: 'De termijn van een maand',
    letterHint: 'Op de instellingenpagina kun je voor elk van deze rechten een brief opstellen.',
  },
);
