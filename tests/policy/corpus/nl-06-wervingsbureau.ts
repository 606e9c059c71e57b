import type { CorpusText } from '../corpus-types';

export default {
  id: 'nl-06-wervingsbureau',
  language: 'nl',
  heldOut: false,
  kind: 'gedragscode van een uitzendbureau, je-vorm, controle en privéberichten',
  text: `Gedragscode online – FlexPeople Uitzendgroep

Waarom deze code?
Onze intercedenten en recruiters zijn online voortdurend zichtbaar voor kandidaten en opdrachtgevers. Daarom hebben we een paar afspraken gemaakt.

Afspraken
- Je vermeldt FlexPeople als huidige werkgever op LinkedIn en je kopregel bevat je functie bij FlexPeople.
- Je plaatst elke werkdag minimaal één vacature vanaf je eigen account en je reageert binnen een dag op reacties van kandidaten.
- Je stelt je profiel niet in op "Open to work"; de teamleider controleert dit maandelijks.
- Oude berichten met feestfoto's of politieke uitspraken verwijder je van je persoonlijke profiel, ook als die van voor je indiensttreding zijn.
- Je voegt de regiomanager toe als connectie, zodat zij kan meekijken wat je deelt.
- Deelname aan de LinkedIn-groep "FlexPeople Talent Noord" is verplicht; daar stel je jezelf voor en plaats je je vacatures.

Bedrijfspagina
Alleen medewerkers van het team Marketing plaatsen berichten op de bedrijfspagina van FlexPeople, als onderdeel van hun functie.

Niet doen
- Deel nooit persoonsgegevens van kandidaten.
- Gebruik geen oude logo's of andere kleuren dan het FlexPeople-paars.

Wie zich niet aan deze afspraken houdt, krijgt eerst een gesprek met de teamleider; bij herhaling volgt een officiële waarschuwing.
`,
  clauses: [
    {
      quote: 'Je vermeldt FlexPeople als huidige werkgever',
      activity: 'profile-employer',
      initiator: 'employer-requires',
      consequence: 'career',
    },
    {
      quote: 'Je plaatst elke werkdag',
      activity: 'feed-post',
      initiator: 'employer-requires',
      consequence: 'career',
    },
    {
      quote: 'Je plaatst elke werkdag',
      activity: 'comment',
      initiator: 'employer-requires',
      consequence: 'career',
    },
    {
      quote: 'Je stelt je profiel niet in op "Open to work"',
      activity: 'monitoring',
      initiator: 'employer-requires',
      consequence: 'career',
    },
    {
      quote: 'Oude berichten met feestfoto',
      activity: 'private-content',
      initiator: 'employer-requires',
      consequence: 'career',
    },
    {
      quote: 'Je voegt de regiomanager toe als connectie',
      activity: 'account-access',
      initiator: 'employer-requires',
      consequence: 'career',
    },
    {
      quote: 'Deelname aan de LinkedIn-groep',
      activity: 'group-post',
      initiator: 'employer-requires',
      consequence: 'career',
    },
    {
      quote: 'Alleen medewerkers van het team Marketing',
      activity: 'company-page-post',
      initiator: 'employer-requires',
      jobDefined: true,
    },
  ],
} satisfies CorpusText;
