import type { CorpusText } from '../corpus-types';

export default {
  id: 'nl-05-personeelsgids',
  language: 'nl',
  heldOut: false,
  kind: 'hoofdstuk uit een personeelsgids, u-vorm, lange zinnen, a./b./c.',
  text: `Personeelsgids Holland Adviesgroep – Hoofdstuk 7: Online zichtbaarheid

7.1 Uitgangspunt
Holland Adviesgroep hecht aan een professionele uitstraling van haar adviseurs, zowel in het contact met opdrachtgevers als online, en verwacht van haar medewerkers dat zij bijdragen aan de naamsbekendheid van de organisatie.

7.2 Verplichtingen voor adviseurs
Van adviseurs en partners wordt verwacht dat zij:
a. op hun LinkedIn-profiel hun functie bij Holland Adviesgroep vermelden;
b. een profielfoto gebruiken die voldoet aan de richtlijnen van de afdeling Marketing & Communicatie;
c. de meldingen aan hun netwerk inschakelen bij wijzigingen in hun functie;
d. minimaal eens per maand een vakinhoudelijk artikel of bericht delen dat door Marketing is aangeleverd.
De mate waarin u aan deze verplichtingen voldoet, wordt meegewogen bij de jaarlijkse beoordeling en de vaststelling van de variabele beloning.

7.3 Vrijwillige bijdragen
Overige medewerkers worden van harte uitgenodigd om berichten van de bedrijfspagina te delen. Dit is geheel vrijblijvend en heeft geen invloed op uw beoordeling.

7.4 Website en drukwerk
Van alle adviseurs worden naam, functie en portretfoto op de website geplaatst, m.b.t. de pagina van hun vakgroep. Daarnaast kunnen portretfoto's worden gebruikt in brochures en advertenties van Holland Adviesgroep.

7.5 Vertrouwelijkheid
Informatie over opdrachtgevers, lopende adviestrajecten en tarieven is vertrouwelijk en wordt in geen geval via sociale media gedeeld.

7.6 Na het dienstverband
Bij het einde van het dienstverband worden uw gegevens binnen vier weken van de website verwijderd. In advertenties die al gedrukt zijn, kan uw foto nog tot het einde van het lopende jaar voorkomen, zoals overeengekomen in uw arbeidsovereenkomst.
`,
  clauses: [
    {
      quote: 'hun functie bij Holland Adviesgroep vermelden',
      activity: 'profile-employer',
      initiator: 'employer-requires',
      consequence: 'career',
    },
    {
      quote: 'een profielfoto gebruiken die voldoet',
      activity: 'profile-photo',
      initiator: 'employer-requires',
      consequence: 'career',
    },
    {
      quote: 'de meldingen aan hun netwerk inschakelen',
      activity: 'profile-broadcast',
      initiator: 'employer-requires',
      consequence: 'career',
    },
    {
      quote: 'vakinhoudelijk artikel of bericht delen',
      activity: 'feed-post',
      initiator: 'employer-requires',
      consequence: 'career',
    },
    {
      quote: 'van harte uitgenodigd om berichten',
      activity: 'feed-post',
      initiator: 'employer-asks',
      consequence: 'none',
      mitigations: ['opt-out-without-consequences'],
    },
    { quote: 'Van alle adviseurs worden naam', activity: 'website-photo', initiator: 'employer-requires' },
    {
      quote: 'in brochures en advertenties',
      activity: 'employer-social-photo',
      initiator: 'employer-requires',
    },
    {
      quote: 'van de website verwijderd',
      activity: 'website-photo',
      initiator: 'employer-requires',
      mitigations: ['remove-on-departure'],
    },
    {
      quote: 'In advertenties die al gedrukt zijn',
      activity: 'employer-social-photo',
      initiator: 'employer-requires',
      postEmployment: true,
    },
  ],
} satisfies CorpusText;
