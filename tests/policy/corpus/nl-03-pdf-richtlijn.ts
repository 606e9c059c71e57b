import type { CorpusText } from '../corpus-types';

// Uit een pdf gekopieerd: harde regeleinden, afbreekstreepjes, genummerde artikelen.
export default {
  id: 'nl-03-pdf-richtlijn',
  language: 'nl',
  heldOut: false,
  kind: 'richtlijn uit een pdf, afbreking aan het regeleinde, artikelen, u-vorm',
  text: `RICHTLIJN SOCIALE MEDIA
Zorggroep De Linde – versie 3.0 – vastgesteld door de Raad van Bestuur

Artikel 1 Begripsbepalingen
1.1 Medewerker: eenieder die op basis van een arbeidsovereenkomst of
uitzendovereenkomst werkzaamheden verricht voor Zorggroep De Linde.
1.2 Sociale media: o.a. LinkedIn, Facebook, Instagram en X.

Artikel 2 Profiel
2.1 De medewerker dient op zijn LinkedIn-profiel Zorggroep De Linde als
huidige werkgever te vermelden, indien hij een leidinggevende functie
bekleedt.
2.2 Het is medewerkers niet toegestaan om namens Zorggroep De Linde
uitlatingen te doen zonder voorafgaande toestemming van de afdeling
Communicatie.

Artikel 3 Beeldmateriaal
3.1 Zorggroep De Linde maakt voor wervingscampagnes gebruik van beeld-
materiaal waarop medewerkers herkenbaar in beeld zijn. Deelname aan
fotoshoots en video-opnamen is vrijwillig; medewerkers die niet deel-
nemen ondervinden hiervan geen nadelige gevolgen.
3.2 Beeldmateriaal wordt na uitdiensttreding niet meer gebruikt in
nieuwe uitingen.
3.3 Foto's van cliënten worden nimmer op sociale media geplaatst.

Artikel 4 Toezicht
4.1 De afdeling Communicatie kan openbare berichten van medewerkers
over de organisatie volgen met het oog op reputatiemanagement.

Artikel 5 Sancties
5.1 Overtreding van deze richtlijn kan leiden tot disciplinaire maat-
regelen als bedoeld in de cao.
`,
  clauses: [
    {
      quote: 'De medewerker dient op zijn LinkedIn-profiel',
      activity: 'profile-employer',
      initiator: 'employer-requires',
      consequence: 'career',
    },
    {
      quote: 'maakt voor wervingscampagnes gebruik',
      activity: 'employer-social-photo',
      initiator: 'employer-requires',
    },
    {
      quote: 'Deelname aan\nfotoshoots',
      activity: 'employer-social-photo',
      initiator: 'employer-asks',
      consequence: 'none',
      mitigations: ['opt-out-without-consequences'],
    },
    {
      quote: 'Beeldmateriaal wordt na uitdiensttreding',
      activity: 'employer-social-photo',
      initiator: 'employer-requires',
      mitigations: ['remove-on-departure'],
    },
    {
      quote: 'kan openbare berichten van medewerkers',
      activity: 'monitoring',
      initiator: 'employer-requires',
      consequence: 'career',
    },
  ],
} satisfies CorpusText;
