import { defineMessages } from '..';

/** "Know your rights" (popup): the plain explainer around the core's RIGHTS_CATALOGUE. */
export const rightsMessages = defineMessages({
  en: {
    title: 'Know your rights',
    intro: 'A short guide to the GDPR when your employer wants you visible online. It is not legal advice.',
    requireTitle: 'When may your employer require it?',
    requireText:
      'Only when it is truly indispensable for the job you agreed to and nothing less intrusive would do, such as the name of a field engineer customers expect at their door. “Useful” or “good for business” is not enough, and a clause in your contract or job description does not make it necessary. Even a field engineer’s photo is contested: the Dutch regulator says a photo is not needed. A profile photo or sharing your profile updates is never required.',
    askTitle: 'When may it only ask?',
    askText:
      'Your personal LinkedIn account is yours. Your employer may ask you to post or to name it on your profile. It can demand this only if the task was agreed as part of your job, you do it in work time and nothing less intrusive would do: plainly so in sales, communications, management, recruitment or customer service, and contested in other jobs. Otherwise you may say no. It can never ask for your password or access, or tell you to change private content. On its own channels (website, company page) it depends on your job. The name of a field engineer or a manager can be part of the job: then you cannot object, but you can ask whether it is really needed. Other uses, such as your name on a team page, can rest on a legitimate interest that you can object to, and only once you have been told about it. A photo of staff without customer contact, such as in the back office, needs your free consent, unless you can opt out without consequences; even then it is contested.',
    consentTitle: 'What is consent at work worth?',
    consentText:
      'Little, usually: consent only counts when saying no has no consequences at all. If you are pressed, reminded or your career is at stake, it is not free consent. Consent you gave can be withdrawn at any time, as easily as you gave it.',
    questionsTitle: 'Questions people ask',
    agreementsTitle: 'Agree it in writing',
    rightsTitle: 'Your rights',
    article: 'Article',
    deadline: 'Deadline',
    sources: 'Sources',
    deadlineTitle: 'The one-month deadline, and no answer',
    letterHint: 'The options page drafts a letter for each of these rights.',
  },
  nl: {
    title: 'Ken je rechten',
    intro:
      'Een korte gids over de AVG als je werkgever wil dat je online zichtbaar bent. Dit is geen juridisch advies.',
    requireTitle: 'Wanneer mag je werkgever het verplichten?',
    requireText:
      'Alleen als het echt onmisbaar is voor het werk dat je hebt afgesproken en niets minder ingrijpends volstaat, zoals de naam van een monteur die klanten aan de deur verwachten. “Handig” of “goed voor de zaak” is niet genoeg, en een bepaling in je contract of functieomschrijving maakt het nog niet noodzakelijk. Zelfs de foto van een monteur is omstreden: de Autoriteit Persoonsgegevens vindt een foto niet nodig. Een profielfoto of het delen van je profielwijzigingen is nooit verplicht.',
    askTitle: 'Wanneer mag hij het alleen vragen?',
    askText:
      'Je persoonlijke LinkedIn-account is van jou. Je werkgever mag je vragen om te posten of hem op je profiel te noemen. Eisen kan hij dat alleen als die taak als deel van je functie is afgesproken, je het in werktijd doet en niets minder ingrijpends volstaat: duidelijk zo in de verkoop, communicatie, directie, werving of klantenservice, en omstreden in andere functies. Anders mag je nee zeggen. Hij mag nooit om je wachtwoord of toegang vragen of je opdragen privé-inhoud te wijzigen. Op zijn eigen kanalen (website, bedrijfspagina) hangt het af van je functie. De naam van een monteur of een directeur kan bij de functie horen: dan kun je geen bezwaar maken, maar wel vragen of het echt nodig is. Ander gebruik, zoals je naam op een teampagina, kan berusten op een gerechtvaardigd belang waartegen je bezwaar kunt maken, en pas nadat je erover bent geïnformeerd. Een foto van medewerkers zonder klantcontact, zoals in de backoffice, mag alleen met je vrije toestemming, tenzij je je zonder gevolgen kunt afmelden; ook dan is het omstreden.',
    consentTitle: 'Wat is toestemming op het werk waard?',
    consentText:
      'Meestal weinig: toestemming telt alleen als nee zeggen helemaal geen gevolgen heeft. Word je onder druk gezet, steeds herinnerd of staat je loopbaan op het spel, dan is het geen vrije toestemming. Gegeven toestemming kun je altijd intrekken, even gemakkelijk als je haar gaf.',
    questionsTitle: 'Vragen die mensen stellen',
    agreementsTitle: 'Leg het schriftelijk vast',
    rightsTitle: 'Je rechten',
    article: 'Artikel',
    deadline: 'Termijn',
    sources: 'Bronnen',
    deadlineTitle: 'De termijn van een maand, en geen antwoord',
    letterHint: 'Op de instellingenpagina kun je voor elk van deze rechten een brief opstellen.',
  },
});
