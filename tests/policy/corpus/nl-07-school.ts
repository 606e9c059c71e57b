import type { CorpusText } from '../corpus-types';

// Held out: never looked at while tuning the tables.
export default {
  id: 'nl-07-school',
  language: 'nl',
  heldOut: true,
  kind: 'protocol van een scholengemeenschap, u-vorm, genummerde lijst met 1)',
  text: `Protocol beeldmateriaal en sociale media personeel – Stedelijk College Oost

Het Stedelijk College Oost wil ouders en leerlingen een goed beeld geven van de school en de mensen die er werken. In dit protocol staat hoe wij daarbij omgaan met foto's en gegevens van personeelsleden.

Wat de school doet:
1) Op de website van de school staat per afdeling een overzicht van de docenten met naam en vakken. Foto's worden daarbij niet gebruikt.
2) Voor de open dag en de schoolgids maken wij sfeerfoto's, waarop personeelsleden alleen na hun toestemming herkenbaar worden afgebeeld. U kunt uw toestemming op ieder moment intrekken, zonder dat dit gevolgen heeft.
3) In het digitale smoelenboek in Magister staat van ieder personeelslid een pasfoto; deze is alleen zichtbaar voor collega's.

Wat wij van u vragen:
4) Docenten die een LinkedIn-profiel hebben, verzoeken wij vriendelijk om het Stedelijk College Oost als werkgever te vermelden. Dit is niet verplicht.
5) Wij stellen het op prijs als u af en toe een bericht van de schoolaccount deelt, bijvoorbeeld bij de open dag.
6) Reageer niet namens de school op berichten van ouders op sociale media; verwijs hen naar de mentor of de schoolleiding.
7) Plaats nooit foto's van leerlingen op uw persoonlijke account.

Bij vertrek van een personeelslid worden naam en foto binnen een maand verwijderd van de website en uit het smoelenboek.
`,
  clauses: [
    {
      quote: 'overzicht van de docenten met naam en vakken',
      activity: 'website-name',
      initiator: 'employer-requires',
      mitigations: ['no-photo'],
    },
    {
      quote: 'Voor de open dag en de schoolgids',
      activity: 'employer-social-photo',
      initiator: 'employer-asks',
      consequence: 'none',
      mitigations: ['opt-out-without-consequences'],
    },
    {
      quote: 'In het digitale smoelenboek',
      activity: 'intranet-photo',
      initiator: 'employer-requires',
      mitigations: ['internal-only'],
    },
    { quote: 'als werkgever te vermelden', activity: 'profile-employer', initiator: 'employer-asks' },
    { quote: 'Wij stellen het op prijs', activity: 'feed-post', initiator: 'employer-asks' },
    {
      quote: 'Bij vertrek van een personeelslid',
      activity: 'website-name',
      initiator: 'employer-requires',
      mitigations: ['remove-on-departure'],
    },
    {
      quote: 'Bij vertrek van een personeelslid',
      activity: 'intranet-photo',
      initiator: 'employer-requires',
      mitigations: ['remove-on-departure'],
    },
  ],
} satisfies CorpusText;
