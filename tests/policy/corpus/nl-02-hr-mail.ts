import type { CorpusText } from '../corpus-types';

// Een e-mail van HR, door het mailprogramma afgebroken op 70 tekens.
export default {
  id: 'nl-02-hr-mail',
  language: 'nl',
  heldOut: false,
  kind: 'e-mail van HR, harde regelafbrekingen, u-vorm',
  text: `Onderwerp: Fotodag en nieuw smoelenboek

Beste collega,

Op donderdag 18 april organiseren wij een fotodag voor alle
medewerkers van het hoofdkantoor. De foto's worden gebruikt voor het
nieuwe smoelenboek op het intranet en voor de pagina "Ons team" op
onze website, d.w.z. met uw naam, functie en foto.

Wij verzoeken u vriendelijk om op deze dag in zakelijke kleding te
verschijnen. Medewerkers die niet aanwezig kunnen zijn, dienen zelf
uiterlijk 1 mei een recente pasfoto aan te leveren bij de afdeling
Communicatie.

Daarnaast willen wij u vragen om de nieuwe foto ook als profielfoto
op LinkedIn te gebruiken, zodat wij als organisatie een eenduidig
beeld uitstralen. Dit is uiteraard niet verplicht.

Het doel van de foto's, de bewaartermijn en uw recht om bezwaar te
maken staan in de bijgevoegde privacyverklaring. Na uw vertrek worden
uw naam en foto binnen vier weken van de website en het intranet
verwijderd.

Met vriendelijke groet,

Afdeling HR
Gemeente Westerkwartier-Noord
`,
  clauses: [
    {
      quote: 'nieuwe smoelenboek op het intranet',
      activity: 'intranet-photo',
      initiator: 'employer-requires',
      informed: true,
    },
    {
      quote: 'nieuwe smoelenboek op het intranet',
      activity: 'website-photo',
      initiator: 'employer-requires',
      informed: true,
    },
    { quote: 'dienen zelf', activity: 'website-photo', initiator: 'employer-requires', informed: true },
    { quote: 'dienen zelf', activity: 'intranet-photo', initiator: 'employer-requires', informed: true },
    { quote: 'als profielfoto', activity: 'profile-photo', initiator: 'employer-asks' },
    {
      quote: 'Na uw vertrek worden',
      activity: 'website-photo',
      initiator: 'employer-requires',
      mitigations: ['remove-on-departure'],
    },
    {
      quote: 'Na uw vertrek worden',
      activity: 'intranet-photo',
      initiator: 'employer-requires',
      mitigations: ['remove-on-departure'],
    },
  ],
} satisfies CorpusText;
