import type { CorpusText } from '../corpus-types';

export default {
  id: 'nl-01-socialmediabeleid',
  language: 'nl',
  heldOut: false,
  kind: 'socialmediabeleid van een installatiebedrijf, je-vorm, opsommingstekens',
  text: `Socialmediabeleid Van Dijk Installatietechniek

Inleiding
Wij zijn trots op ons vakmanschap en willen dat laten zien. Onze monteurs zijn het gezicht van het bedrijf, ook online. In dit beleid lees je wat wij van je verwachten op LinkedIn en andere kanalen.

Je LinkedIn-profiel
Van iedere medewerker wordt verwacht dat hij:
• een herkenbare profielfoto gebruikt, bij voorkeur de foto die op de fotodag is gemaakt;
• in de kopregel "Servicemonteur bij Van Dijk Installatietechniek" (of je eigen functie) vermeldt;
• de bedrijfsbanner van Van Dijk als achtergrondafbeelding instelt.

Onze website
Op de pagina "Onze monteurs" staat iedere monteur met voornaam en foto, zodat de klant weet wie er komt. Wil je liever niet met je foto op de website, geef dit dan door aan je leidinggevende; we plaatsen dan alleen je voornaam, zonder gevolgen voor jou.

Delen en reageren
We moedigen je aan om berichten van onze bedrijfspagina te liken en te delen. Ook vinden we het leuk als je af en toe zelf een bericht plaatst over een mooi project, bijv. een warmtepomp die je hebt geïnstalleerd. Reageer je op vragen van klanten onder onze berichten, houd het dan vriendelijk en verwijs voor klachten naar de klantenservice.

Wat je niet deelt
Deel geen foto's van klanten, hun woning of adres. Gebruik het logo alleen in de kleuren uit de huisstijlgids (oranje en antraciet). Meningen over concurrenten houd je voor je.

Tot slot
Bij het niet naleven van deze regels kan je leidinggevende dit bespreken in het functioneringsgesprek.
`,
  clauses: [
    {
      quote: 'een herkenbare profielfoto gebruikt',
      activity: 'profile-photo',
      initiator: 'employer-requires',
      consequence: 'career',
    },
    {
      quote: 'in de kopregel',
      activity: 'profile-employer',
      initiator: 'employer-requires',
      consequence: 'career',
    },
    {
      quote: 'de bedrijfsbanner van Van Dijk',
      activity: 'profile-employer',
      initiator: 'employer-requires',
      consequence: 'career',
    },
    {
      quote: 'Op de pagina "Onze monteurs"',
      activity: 'website-photo',
      initiator: 'employer-requires',
      consequence: 'career',
      mitigations: ['first-name-only'],
    },
    {
      quote: 'Wil je liever niet met je foto op de website',
      activity: 'website-photo',
      initiator: 'employer-requires',
      consequence: 'none',
      mitigations: ['first-name-only', 'opt-out-without-consequences'],
    },
    { quote: 'We moedigen je aan om berichten', activity: 'feed-post', initiator: 'employer-asks' },
    {
      quote: 'zelf een bericht plaatst over een mooi project',
      activity: 'feed-post',
      initiator: 'employer-asks',
    },
    { quote: 'Reageer je op vragen van klanten', activity: 'comment', initiator: 'employer-asks' },
  ],
} satisfies CorpusText;
