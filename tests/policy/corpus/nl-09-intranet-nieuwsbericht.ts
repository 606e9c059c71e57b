import type { CorpusText } from '../corpus-types';

export default {
  id: 'nl-09-intranet-nieuwsbericht',
  language: 'nl',
  heldOut: false,
  kind: 'nieuwsbericht op intranet over zichtbaarheid, je-vorm, genummerde lijst met 1.',
  text: `Intranet › Nieuws › Samen zichtbaar op LinkedIn

Vanaf 1 oktober zetten we als Groen Hoveniers een nieuwe stap in onze online communicatie. De directie heeft besloten dat iedere medewerker een rol krijgt in het zichtbaar maken van ons mooie werk. Concreet betekent dit het volgende:

1. Heb je nog geen LinkedIn-account, dan maak je er een aan. De afdeling Communicatie helpt je daar graag bij tijdens werktijd.
2. Je profielfoto en kopregel pas je aan volgens het voorbeeld op het intranet (groene achtergrond, "Hovenier bij Groen Hoveniers").
3. Je schakelt de instelling "Netwerk op de hoogte brengen" in, zodat je connecties zien dat je bij ons werkt.
4. Elke vrijdag deel je de projectfoto van de week, die Communicatie klaarzet.
5. De marketingafdeling krijgt beheerrechten op je profiel, zodat zij berichten kan inplannen.

Voor het smoelenboek op het intranet maken we in september nieuwe foto's. Wie niet op de foto wil, kan ook kiezen voor een foto van achteren of een avatar.

Heb je vragen over de privacy? In de privacyverklaring lees je waarvoor we je gegevens gebruiken en hoe je bezwaar kunt maken.

Afspraken over vertrouwelijkheid blijven gewoon gelden: foto's van tuinen van klanten deel je alleen als de klant daar schriftelijk toestemming voor heeft gegeven.

Medewerkers die niet meedoen, spreken we daarop aan.
`,
  clauses: [
    {
      quote: 'dan maak je er een aan',
      activity: 'create-account',
      initiator: 'employer-requires',
      consequence: 'pressure',
      workTime: true,
      mitigations: ['work-time-and-equipment'],
    },
    {
      quote: 'Je profielfoto en kopregel pas je aan',
      activity: 'profile-photo',
      initiator: 'employer-requires',
      consequence: 'pressure',
    },
    {
      quote: 'Je profielfoto en kopregel pas je aan',
      activity: 'profile-employer',
      initiator: 'employer-requires',
      consequence: 'pressure',
    },
    {
      quote: 'Je schakelt de instelling',
      activity: 'profile-broadcast',
      initiator: 'employer-requires',
      consequence: 'pressure',
    },
    {
      quote: 'Elke vrijdag deel je de projectfoto',
      activity: 'feed-post',
      initiator: 'employer-requires',
      consequence: 'pressure',
    },
    {
      quote: 'krijgt beheerrechten op je profiel',
      activity: 'account-access',
      initiator: 'employer-requires',
      consequence: 'pressure',
    },
    {
      quote: 'Voor het smoelenboek op het intranet',
      activity: 'intranet-photo',
      initiator: 'employer-requires',
    },
    {
      quote: 'Wie niet op de foto wil',
      activity: 'intranet-photo',
      initiator: 'employer-requires',
      mitigations: ['not-identifiable-photo'],
    },
  ],
} satisfies CorpusText;
