import type { CorpusText } from '../corpus-types';

export default {
  id: 'nl-04-personal-branding',
  language: 'nl',
  heldOut: false,
  kind: 'memo van marketing over personal branding, je-vorm, zachte woorden',
  text: `Personal branding bij Kraan & Co – zo pakken we het aan

Hoi allemaal,

Zoals besproken op de teamdag gaan we vanaf september aan de slag met personal branding. Het idee is simpel: klanten kopen van mensen, niet van logo's. Hieronder lees je wat we van je vragen.

1. Je profiel op orde
Zorg dat je huidige functie op LinkedIn klopt en dat Kraan & Co als werkgever gekoppeld is aan onze bedrijfspagina. Een goede, recente profielfoto hoort daar natuurlijk bij; heb je die niet, dan maakt onze fotograaf er een voor je.

2. Zichtbaar zijn
We verwachten van iedereen in het accountteam dat je minimaal één keer per week iets deelt of plaatst over Kraan & Co. Like en reageer ook op berichten van collega's, want dat vergroot het bereik.

3. Wij helpen je
Geef je inloggegevens aan Lisa van marketing, dan kan zij namens jou posten als je het druk hebt. Je krijgt altijd eerst een seintje.

4. Groepen
Word lid van de LinkedIn-groep "Bouwlogistiek NL" en neem deel aan de discussies daar.

Wie de eerste drie maanden goed meedoet, maakt kans op een weekendje weg. We houden bij wie wat deelt en bespreken dat in het kwartaalgesprek.

Let op: prijsafspraken, offertes en namen van projecten die nog niet bekend zijn, deel je nooit.

Groet,
Mark (marketing)
`,
  clauses: [
    {
      quote: 'Zorg dat je huidige functie op LinkedIn klopt',
      activity: 'profile-employer',
      initiator: 'employer-requires',
    },
    {
      quote: 'recente profielfoto hoort daar natuurlijk bij',
      activity: 'profile-photo',
      initiator: 'employer-requires',
    },
    {
      quote: 'minimaal één keer per week',
      activity: 'feed-post',
      initiator: 'employer-requires',
      consequence: 'pressure',
    },
    {
      quote: 'Like en reageer ook',
      activity: 'feed-post',
      initiator: 'employer-requires',
      consequence: 'pressure',
    },
    {
      quote: 'Like en reageer ook',
      activity: 'comment',
      initiator: 'employer-requires',
      consequence: 'pressure',
    },
    {
      quote: 'Geef je inloggegevens aan Lisa',
      activity: 'account-access',
      initiator: 'employer-requires',
      mitigations: ['preview-and-approval'],
    },
    { quote: 'Word lid van de LinkedIn-groep', activity: 'group-post', initiator: 'employer-requires' },
    {
      quote: 'maakt kans op een weekendje weg',
      activity: 'feed-post',
      initiator: 'employer-asks',
      incentive: 'small-gift',
    },
    {
      quote: 'We houden bij wie wat deelt',
      activity: 'monitoring',
      initiator: 'employer-requires',
      consequence: 'career',
    },
  ],
} satisfies CorpusText;
