import { defineMessages } from '..';

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
      'Your personal LinkedIn account is yours. Your employer may ask you to post or to name it on your profile. It can demand this only if your job is in sales, communications, management or recruitment, that task was agreed as part of it, and you do it in work time; otherwise you may say no. It can never ask for your password or access, or tell you to change private content. On its own channels (website, company page) it depends on your job. A name customers need to reach you, such as a field engineer’s, can be part of the job: then you cannot object, but you can ask whether it is really needed. Other uses, such as your name on a team page, can rest on a legitimate interest that you can object to. A photo of staff without customer contact, such as in the back office, needs your free consent.',
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
      'Je persoonlijke LinkedIn-account is van jou. Je werkgever mag je vragen om te posten of hem op je profiel te noemen. Eisen kan hij dat alleen als je in de verkoop, communicatie, directie of werving werkt, die taak als deel van je functie is afgesproken en je het in werktijd doet; anders mag je nee zeggen. Hij mag nooit om je wachtwoord of toegang vragen of je opdragen privé-inhoud te wijzigen. Op zijn eigen kanalen (website, bedrijfspagina) hangt het af van je functie. Een naam die klanten nodig hebben om je te bereiken, zoals die van een monteur, kan bij de functie horen: dan kun je geen bezwaar maken, maar wel vragen of het echt nodig is. Ander gebruik, zoals je naam op een teampagina, kan berusten op een gerechtvaardigd belang waartegen je bezwaar kunt maken. Een foto van medewerkers zonder klantcontact, zoals in de backoffice, mag alleen met je vrije toestemming.',
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
