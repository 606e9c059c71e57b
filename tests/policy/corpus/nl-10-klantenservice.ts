import type { CorpusText } from '../corpus-types';

export default {
  id: 'nl-10-klantenservice',
  language: 'nl',
  heldOut: false,
  kind: 'werkafspraken webcare en klantenservice, je-vorm, gemengde lijst met * en -',
  text: `Werkafspraken webcare & klantenservice – Energiek Nederland

Voor alle collega's van klantenservice en webcare gelden vanaf 1 februari de volgende afspraken. Lees ze goed door; bij vragen kun je terecht bij je teamleider.

Webcare
* Als webcaremedewerker reageer je tijdens je dienst namens de bedrijfspagina op vragen en klachten op LinkedIn, Facebook en Instagram. Dit is onderdeel van je functie en gebeurt alleen onder werktijd, op de apparatuur van Energiek.
* Je ondertekent reacties met je voornaam, zodat klanten weten met wie ze praten.
* Reageer nooit vanaf je persoonlijke account op klachten over Energiek.

Je eigen profiel
- Je bent niet verplicht om een LinkedIn-profiel te hebben. Heb je er wel een, dan vinden we het fijn als je Energiek als werkgever vermeldt, maar als je dat liever niet doet, is dat ook goed.
- We vragen je wel om geen foto in bedrijfskleding te gebruiken als je op je profiel niet vermeldt dat je bij ons werkt, om verwarring bij klanten te voorkomen.

Zichtbaarheid in de klantportal
- In de chat op onze website tonen we je voornaam en een avatar; je eigen foto wordt niet getoond.
- Op de pagina "Onze klantenservice" staat een groepsfoto van het team. Sta je daar liever niet op, dan word je onherkenbaar gemaakt.

Campagne
In het voorjaar maken we een campagne met echte medewerkers in plaats van modellen. Wil je meedoen? Meld je aan bij Marketing; je krijgt er een extra vrije dag voor. Na je vertrek gebruiken we de beelden nog maximaal een jaar, zoals in het aanmeldformulier staat.

Toezicht
Teamleiders kunnen de kwaliteit van webcare-reacties steekproefsgewijs beoordelen. Persoonlijke profielen van medewerkers worden niet gecontroleerd.

Vertrouwelijkheid
Deel nooit klantnummers, adressen of verbruiksgegevens, ook niet in een privébericht.
`,
  clauses: [
    {
      quote: 'reageer je tijdens je dienst namens de bedrijfspagina',
      activity: 'company-page-post',
      initiator: 'employer-requires',
      jobDefined: true,
      workTime: true,
      mitigations: ['work-time-and-equipment'],
    },
    {
      quote: 'Je ondertekent reacties met je voornaam',
      activity: 'company-page-post',
      initiator: 'employer-requires',
      mitigations: ['first-name-only'],
    },
    {
      quote: 'dan vinden we het fijn als je Energiek als werkgever vermeldt',
      activity: 'profile-employer',
      initiator: 'employer-asks',
      consequence: 'none',
    },
    {
      quote: 'In de chat op onze website tonen we je voornaam',
      activity: 'website-name',
      initiator: 'employer-requires',
      mitigations: ['first-name-only', 'not-identifiable-photo'],
    },
    { quote: 'staat een groepsfoto van het team', activity: 'website-photo', initiator: 'employer-requires' },
    {
      quote: 'dan word je onherkenbaar gemaakt',
      activity: 'website-photo',
      initiator: 'employer-requires',
      mitigations: ['not-identifiable-photo'],
    },
    {
      quote: 'In het voorjaar maken we een campagne',
      activity: 'employer-social-photo',
      initiator: 'employer-asks',
    },
    {
      quote: 'je krijgt er een extra vrije dag voor',
      activity: 'employer-social-photo',
      initiator: 'employer-asks',
      incentive: 'bonus',
    },
    {
      quote: 'Na je vertrek gebruiken we de beelden',
      activity: 'employer-social-photo',
      initiator: 'employer-requires',
      postEmployment: true,
    },
  ],
} satisfies CorpusText;
