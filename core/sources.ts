// The sources S1–S34 as data, each with its name and citation in both languages. `verify` marks
// what has not yet been checked against the primary text: the UI says so next to it.
import type { Language, LocalizedText } from './types';

export const SOURCE_IDS = [
  'S1',
  'S2',
  'S3',
  'S4',
  'S5',
  'S6',
  'S7',
  'S8',
  'S9',
  'S10',
  'S11',
  'S12',
  'S13',
  'S14',
  'S15',
  'S16',
  'S17',
  'S18',
  'S19',
  'S20',
  'S21',
  'S22',
  'S23',
  'S24',
  'S25',
  'S26',
  'S27',
  'S28',
  'S29',
  'S30',
  'S31',
  'S32',
  'S33',
  'S34',
] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

/** Law and guidance from outside the EU's common rules, shown to the reader only as comparison. */
export const COMPARISON_JURISDICTIONS = ['de', 'fr', 'uk'] as const;
export type ComparisonJurisdiction = (typeof COMPARISON_JURISDICTIONS)[number];

export const COMPARISON_LABEL: Readonly<Record<ComparisonJurisdiction, LocalizedText>> = {
  de: { en: 'For comparison, German law', nl: 'Ter vergelijking, Duits recht' },
  fr: { en: 'For comparison, French law', nl: 'Ter vergelijking, Frans recht' },
  uk: { en: 'For comparison, the UK regulator', nl: 'Ter vergelijking, de Britse toezichthouder' },
};

export interface Source {
  readonly id: SourceId;
  /** The source's public name in the reader's language (its own name where it has no translation). */
  readonly title: LocalizedText;
  /** Article, guideline paragraph or ECLI, with dates written the reader's way. */
  readonly citation: LocalizedText;
  readonly url?: string; // a public link where one exists
  /** Not yet checked against the primary text. */
  readonly verify: boolean;
  readonly summary: LocalizedText;
  /** Set for foreign law or guidance: it illustrates, it does not decide a Dutch case. */
  readonly comparison?: ComparisonJurisdiction;
}

const GDPR = 'https://eur-lex.europa.eu/eli/reg/2016/679/oj';
const curia = (caseNumber: string) => `https://curia.europa.eu/juris/liste.jsf?num=${caseNumber}`;
const rechtspraak = (ecli: string) => `https://uitspraken.rechtspraak.nl/details?id=${ecli}`;
const edpb = (path: string) => `https://www.edpb.europa.eu/our-work-tools/${path}`;

type SourceData = Omit<Source, 'id' | 'verify'> & { verify?: true };

/** A name that is the same in both languages (a case name, a Dutch title). */
const same = (text: string): LocalizedText => ({ en: text, nl: text });

const DATA: Record<SourceId, SourceData> = {
  S1: {
    title: {
      en: 'General Data Protection Regulation (EU) 2016/679',
      nl: 'Algemene verordening gegevensbescherming (EU) 2016/679',
    },
    citation: {
      en: 'GDPR Art. 4(11), 5, 6, 7, 9, 12–21, 24–26, 37–39, 77–82, 88',
      nl: 'art. 4, punt 11, 5, 6, 7, 9, 12–21, 24–26, 37–39, 77–82 en 88 AVG',
    },
    url: GDPR,
    summary: {
      en: 'The GDPR itself: the bases for processing, minimisation, purpose limitation, and the rights of the person concerned.',
      nl: 'De AVG zelf: de grondslagen voor verwerking, dataminimalisatie, doelbinding en de rechten van de betrokkene.',
    },
  },
  S2: {
    title: { en: 'GDPR recitals', nl: 'Overwegingen van de AVG' },
    citation: {
      en: 'GDPR Recitals 39, 42, 43, 47, 51, 58, 69, 155',
      nl: 'overwegingen 39, 42, 43, 47, 51, 58, 69 en 155 AVG',
    },
    url: GDPR,
    summary: {
      en: 'Consent is not free without a genuine choice, and rarely valid where there is a clear imbalance of power.',
      nl: 'Toestemming is niet vrij zonder echte keuze, en zelden geldig bij een duidelijke ongelijkheid in macht.',
    },
  },
  S3: {
    title: {
      en: 'EDPB Guidelines 05/2020 on consent under Regulation 2016/679',
      nl: 'EDPB-richtsnoeren 05/2020 inzake toestemming overeenkomstig Verordening 2016/679',
    },
    citation: {
      en: 'EDPB Guidelines 05/2020, version 1.1 (13 May 2020), paras 16–19 and 46–48',
      nl: 'EDPB-richtsnoeren 05/2020, versie 1.1 (13 mei 2020), randnummers 16–19 en 46–48',
    },
    url: edpb('our-documents/guidelines/guidelines-052020-consent-under-regulation-2016679_en'),
    summary: {
      en: 'Employees can rarely give free consent; refusing or withdrawing must cost nothing.',
      nl: 'Werknemers kunnen zelden vrij toestemming geven; weigeren of intrekken mag niets kosten.',
    },
  },
  S4: {
    title: {
      en: 'Article 29 Working Party, Opinion 2/2017 on data processing at work (WP 249)',
      nl: 'Artikel 29-werkgroep, Advies 2/2017 over gegevensverwerking op het werk (WP 249)',
    },
    citation: { en: 'WP 249, adopted 8 June 2017', nl: 'WP 249, vastgesteld op 8 juni 2017' },
    url: 'https://ec.europa.eu/newsroom/article29/items/610169',
    summary: {
      en: 'Employers may not require applicants to connect with them or give access to their profiles; at work, looking at social media needs a real need and proportion.',
      nl: 'Een werkgever mag sollicitanten niet verplichten met hem te connecten of toegang tot hun profiel te geven; op het werk vraagt meekijken op sociale media een echte noodzaak en evenredigheid.',
    },
  },
  S5: {
    title: {
      en: 'Article 29 Working Party, Guidelines on consent under Regulation 2016/679 (WP 259 rev.01)',
      nl: 'Artikel 29-werkgroep, Richtsnoeren inzake toestemming overeenkomstig Verordening 2016/679 (WP 259 rev.01)',
    },
    citation: {
      en: 'WP 259 rev.01, adopted 28 November 2017, revised 10 April 2018',
      nl: 'WP 259 rev.01, vastgesteld op 28 november 2017, herzien op 10 april 2018',
    },
    url: 'https://ec.europa.eu/newsroom/article29/items/623051',
    summary: {
      en: 'The predecessor of the EDPB consent guidelines, with the same reasoning about employees.',
      nl: 'De voorganger van de EDPB-richtsnoeren over toestemming, met dezelfde redenering over werknemers.',
    },
  },
  S6: {
    title: {
      en: 'EDPB Guidelines 2/2019 on processing under Article 6(1)(b) GDPR',
      nl: 'EDPB-richtsnoeren 2/2019 inzake verwerking op grond van artikel 6, lid 1, onder b, AVG',
    },
    citation: {
      en: 'EDPB Guidelines 2/2019, version 2.0 (8 October 2019), paras 23–25',
      nl: 'EDPB-richtsnoeren 2/2019, versie 2.0 (8 oktober 2019), randnummers 23–25',
    },
    url: edpb('our-documents/guidelines/guidelines-22019-processing-personal-data-under-article-61b_en'),
    summary: {
      en: 'Necessary for a contract means objectively necessary: useful is not enough, and a clause does not make it necessary.',
      nl: 'Noodzakelijk voor een overeenkomst betekent objectief noodzakelijk: nuttig is niet genoeg, en een clausule maakt het niet noodzakelijk.',
    },
  },
  S7: {
    title: {
      en: 'EDPB Guidelines 1/2024 on processing of personal data based on Article 6(1)(f) GDPR',
      nl: 'EDPB-richtsnoeren 1/2024 inzake verwerking van persoonsgegevens op grond van artikel 6, lid 1, onder f, AVG',
    },
    citation: {
      en: 'EDPB Guidelines 1/2024, version 1.0 (8 October 2024), the consultation version',
      nl: 'EDPB-richtsnoeren 1/2024, versie 1.0 (8 oktober 2024), de consultatieversie',
    },
    url: edpb('documents/public-consultations/2024/guidelines-12024-processing-personal-data-based_en'),
    summary: {
      en: 'Legitimate interest needs three steps: a real interest, necessity, and a balancing that the employee’s interests do not outweigh.',
      nl: 'Gerechtvaardigd belang vraagt drie stappen: een echt belang, noodzaak en een belangenafweging waarin de werknemer niet zwaarder weegt.',
    },
  },
  S8: {
    title: {
      en: 'EDPB Guidelines 07/2020 on the concepts of controller and processor in the GDPR',
      nl: 'EDPB-richtsnoeren 07/2020 over de begrippen verwerkingsverantwoordelijke en verwerker in de AVG',
    },
    citation: {
      en: 'EDPB Guidelines 07/2020, version 2.0 (7 July 2021)',
      nl: 'EDPB-richtsnoeren 07/2020, versie 2.0 (7 juli 2021)',
    },
    url: edpb('our-documents/guidelines/guidelines-072020-concepts-controller-and-processor-gdpr_en'),
    summary: {
      en: 'Parties who decide together on purposes and means are joint controllers, each for its own stage.',
      nl: 'Partijen die samen doel en middelen bepalen, zijn gezamenlijke verwerkingsverantwoordelijken, elk voor de eigen fase.',
    },
  },
  S9: {
    title: {
      en: 'EDPB Guidelines 8/2020 on the targeting of social media users',
      nl: 'EDPB-richtsnoeren 8/2020 over het targeten van gebruikers van sociale media',
    },
    citation: {
      en: 'EDPB Guidelines 8/2020, version 2.0 (13 April 2021)',
      nl: 'EDPB-richtsnoeren 8/2020, versie 2.0 (13 april 2021)',
    },
    url: edpb('our-documents/guidelines/guidelines-82020-targeting-social-media-users_en'),
    summary: {
      en: 'A business using a platform’s targeting or statistics can be joint controller with the platform.',
      nl: 'Een bedrijf dat targeting of statistieken van een platform gebruikt, kan samen met het platform verantwoordelijk zijn.',
    },
  },
  S10: {
    title: {
      en: 'Article 29 Working Party, Opinion 06/2014 on legitimate interests (WP 217)',
      nl: 'Artikel 29-werkgroep, Advies 06/2014 over gerechtvaardigd belang (WP 217)',
    },
    citation: { en: 'WP 217, adopted 9 April 2014', nl: 'WP 217, vastgesteld op 9 april 2014' },
    url: 'https://ec.europa.eu/justice/article-29/documentation/opinion-recommendation/files/2014/wp217_en.pdf',
    summary: {
      en: 'Balancing factors for legitimate interest and the weight of safeguards such as an unconditional opt-out.',
      nl: 'Wegingsfactoren voor gerechtvaardigd belang en het gewicht van waarborgen zoals een onvoorwaardelijke afmelding.',
    },
  },
  S11: {
    title: {
      en: 'CJEU, Wirtschaftsakademie Schleswig-Holstein (C-210/16)',
      nl: 'HvJ EU, Wirtschaftsakademie Schleswig-Holstein (C-210/16)',
    },
    citation: {
      en: 'CJEU 5 June 2018, C-210/16, ECLI:EU:C:2018:388',
      nl: 'HvJ EU 5 juni 2018, C-210/16, ECLI:EU:C:2018:388',
    },
    url: curia('C-210/16'),
    summary: {
      en: 'The administrator of a page on a social network is controller jointly with the platform for the data of the page’s visitors.',
      nl: 'De beheerder van een pagina op een sociaal netwerk is samen met het platform verantwoordelijk voor de gegevens van de bezoekers van die pagina.',
    },
  },
  S12: {
    title: { en: 'CJEU, Fashion ID (C-40/17)', nl: 'HvJ EU, Fashion ID (C-40/17)' },
    citation: {
      en: 'CJEU 29 July 2019, C-40/17, ECLI:EU:C:2019:629',
      nl: 'HvJ EU 29 juli 2019, C-40/17, ECLI:EU:C:2019:629',
    },
    url: curia('C-40/17'),
    summary: {
      en: 'Joint responsibility covers only the stages a party co-decides, not the platform’s later own use.',
      nl: 'Gezamenlijke verantwoordelijkheid geldt alleen voor de fasen die een partij mee bepaalt, niet voor later eigen gebruik door het platform.',
    },
  },
  S13: {
    title: {
      en: 'CJEU, Meta Platforms v Bundeskartellamt (C-252/21)',
      nl: 'HvJ EU, Meta Platforms tegen Bundeskartellamt (C-252/21)',
    },
    citation: {
      en: 'CJEU 4 July 2023, C-252/21, ECLI:EU:C:2023:537, paras 98 and 106–117',
      nl: 'HvJ EU 4 juli 2023, C-252/21, ECLI:EU:C:2023:537, punten 98 en 106–117',
    },
    url: curia('C-252/21'),
    summary: {
      en: 'A contract basis needs processing that is objectively indispensable; legitimate interest needs strict necessity and respects reasonable expectations.',
      nl: 'Een contractuele grondslag vraagt objectief onmisbare verwerking; gerechtvaardigd belang vraagt strikte noodzaak en redelijke verwachtingen.',
    },
  },
  S14: {
    title: {
      en: 'CJEU, Rīgas satiksme (C-13/16) and TK (C-708/18)',
      nl: 'HvJ EU, Rīgas satiksme (C-13/16) en TK (C-708/18)',
    },
    citation: {
      en: 'CJEU 4 May 2017, C-13/16, ECLI:EU:C:2017:336; CJEU 11 December 2019, C-708/18, ECLI:EU:C:2019:1064',
      nl: 'HvJ EU 4 mei 2017, C-13/16, ECLI:EU:C:2017:336; HvJ EU 11 december 2019, C-708/18, ECLI:EU:C:2019:1064',
    },
    url: curia('C-13/16'),
    summary: {
      en: 'The origin of the three-step legitimate-interest test; less restrictive alternatives must be considered.',
      nl: 'De oorsprong van de driestappentoets voor gerechtvaardigd belang; minder ingrijpende alternatieven moeten worden bekeken.',
    },
  },
  S15: {
    title: {
      en: 'CJEU, Koninklijke Nederlandse Lawn Tennisbond (C-621/22)',
      nl: 'HvJ EU, Koninklijke Nederlandse Lawn Tennisbond (C-621/22)',
    },
    citation: {
      en: 'CJEU 4 October 2024, C-621/22, ECLI:EU:C:2024:857, paras 38–40, 48, 49 and 51',
      nl: 'HvJ EU 4 oktober 2024, C-621/22, ECLI:EU:C:2024:857, punten 38–40, 48, 49 en 51',
    },
    url: curia('C-621/22'),
    summary: {
      en: 'A purely commercial interest can be legitimate, but necessity and balancing still apply.',
      nl: 'Een zuiver commercieel belang kan gerechtvaardigd zijn, maar noodzaak en belangenafweging blijven gelden.',
    },
  },
  S16: {
    title: { en: 'CJEU, Mousse (C-394/23)', nl: 'HvJ EU, Mousse (C-394/23)' },
    citation: {
      en: 'CJEU 9 January 2025, C-394/23, ECLI:EU:C:2025:2',
      nl: 'HvJ EU 9 januari 2025, C-394/23, ECLI:EU:C:2025:2',
    },
    url: curia('C-394/23'),
    summary: {
      en: 'Legitimate interest fails if the person was not told of the interest when the data were collected.',
      nl: 'Gerechtvaardigd belang faalt als de betrokkene bij het verzamelen niet over dat belang is geïnformeerd.',
    },
  },
  S17: {
    title: {
      en: 'CJEU, Hauptpersonalrat der Lehrerinnen und Lehrer (C-34/21)',
      nl: 'HvJ EU, Hauptpersonalrat der Lehrerinnen und Lehrer (C-34/21)',
    },
    citation: {
      en: 'CJEU 30 March 2023, C-34/21, ECLI:EU:C:2023:270',
      nl: 'HvJ EU 30 maart 2023, C-34/21, ECLI:EU:C:2023:270',
    },
    url: curia('C-34/21'),
    summary: {
      en: 'National employment-data rules count under Art. 88 only if they add specific safeguards.',
      nl: 'Nationale regels over werknemersgegevens tellen onder art. 88 AVG alleen als ze specifieke waarborgen toevoegen.',
    },
  },
  S18: {
    title: { en: 'CJEU, K GmbH (C-65/23)', nl: 'HvJ EU, K GmbH (C-65/23)' },
    citation: {
      en: 'CJEU 19 December 2024, C-65/23, ECLI:EU:C:2024:1051',
      nl: 'HvJ EU 19 december 2024, C-65/23, ECLI:EU:C:2024:1051',
    },
    url: curia('C-65/23'),
    summary: {
      en: 'Works-council agreements on staff data must still comply with Art. 5, 6 and 9 GDPR.',
      nl: 'Afspraken met de ondernemingsraad over personeelsgegevens moeten nog steeds voldoen aan art. 5, 6 en 9 AVG.',
    },
  },
  S19: {
    title: {
      en: 'CJEU, Österreichische Post (C-300/21), F.F. (C-487/21) and FT (C-307/22)',
      nl: 'HvJ EU, Österreichische Post (C-300/21), F.F. (C-487/21) en FT (C-307/22)',
    },
    citation: {
      en: 'CJEU 4 May 2023, ECLI:EU:C:2023:370 and ECLI:EU:C:2023:369; CJEU 26 October 2023, ECLI:EU:C:2023:811',
      nl: 'HvJ EU 4 mei 2023, ECLI:EU:C:2023:370 en ECLI:EU:C:2023:369; HvJ EU 26 oktober 2023, ECLI:EU:C:2023:811',
    },
    url: curia('C-300/21'),
    summary: {
      en: 'Damages need no seriousness threshold; a copy must be faithful; the first copy is free.',
      nl: 'Schadevergoeding kent geen ernstdrempel; een kopie moet getrouw zijn; de eerste kopie is gratis.',
    },
  },
  S20: {
    title: {
      en: 'Dutch Data Protection Authority, “Beeldmateriaal op de werkplek”',
      nl: 'Autoriteit Persoonsgegevens, “Beeldmateriaal op de werkplek”',
    },
    citation: {
      en: 'Autoriteit Persoonsgegevens, web page “Beeldmateriaal op de werkplek”',
      nl: 'Autoriteit Persoonsgegevens, webpagina “Beeldmateriaal op de werkplek”',
    },
    url: 'https://www.autoriteitpersoonsgegevens.nl/themas/internet-slimme-apparaten/beeldmateriaal/beeldmateriaal-op-de-werkplek',
    summary: {
      en: 'The Dutch regulator: staff photos need a basis, in most cases consent, which may be withdrawn without consequences.',
      nl: 'De Autoriteit Persoonsgegevens: foto’s van personeel vragen een grondslag, meestal toestemming, die zonder gevolgen kan worden ingetrokken.',
    },
  },
  S21: {
    title: {
      en: 'Dutch Data Protection Authority, “Persoonsgegevens op internet”',
      nl: 'Autoriteit Persoonsgegevens, “Persoonsgegevens op internet”',
    },
    citation: {
      en: 'Autoriteit Persoonsgegevens, web page “Persoonsgegevens op internet”',
      nl: 'Autoriteit Persoonsgegevens, webpagina “Persoonsgegevens op internet”',
    },
    summary: {
      en: 'For publishing personal data on the internet the basis is almost always consent, in the regulator’s view.',
      nl: 'Voor het publiceren van persoonsgegevens op internet is de grondslag volgens de Autoriteit Persoonsgegevens “vrijwel altijd” toestemming.',
    },
  },
  S22: {
    title: same(
      'A. Engelfriet, “Mijn werkgever wil me op social media neerzetten, moet ik daaraan meewerken?”',
    ),
    citation: {
      en: 'Ius mentis blog, 26 August 2019, and related posts from 2010, 2012, 2019, 2021 and 2023',
      nl: 'Ius mentis-blog, 26 augustus 2019, en verwante berichten uit 2010, 2012, 2019, 2021 en 2023',
    },
    url: 'https://blog.iusmentis.com/2019/08/26/mijn-werkgever-wil-me-op-social-media-neerzetten-moet-ik-daaraan-meewerken/',
    summary: {
      en: 'A request from the boss is a polite order; the employer needs the contract or its own interest, with balancing and opt-out.',
      nl: 'Een verzoek van de baas is een beleefd bevel; de werkgever heeft de overeenkomst of een eigen belang nodig, met afweging en afmelding.',
    },
  },
  S23: {
    title: {
      en: 'Belgian Data Protection Authority, Litigation Chamber, decision 35/2024',
      nl: 'Belgische Gegevensbeschermingsautoriteit, Geschillenkamer, beslissing 35/2024',
    },
    citation: {
      en: 'Belgian Data Protection Authority, decision 35/2024 of 20 February 2024',
      nl: 'Gegevensbeschermingsautoriteit (België), beslissing 35/2024 van 20 februari 2024',
    },
    summary: {
      en: 'Under the same GDPR: publishing staff photos is not necessary for the employment contract; a former employee’s photo had to be erased.',
      nl: 'Onder dezelfde AVG: foto’s van personeel publiceren is niet nodig voor de arbeidsovereenkomst; de foto van een oud-werknemer moest worden gewist.',
    },
  },
  S24: {
    title: {
      en: 'District Court of North Holland, portrait right of a driver (Logistics, a PostNL group company)',
      nl: 'Rechtbank Noord-Holland, portretrecht van een chauffeur (Logistics, een PostNL-bedrijf)',
    },
    citation: {
      en: 'District Court of North Holland 22 May 2019, ECLI:NL:RBNHO:2019:4245',
      nl: 'Rb. Noord-Holland 22 mei 2019, ECLI:NL:RBNHO:2019:4245',
    },
    url: rechtspraak('ECLI:NL:RBNHO:2019:4245'),
    summary: {
      en: 'A photo for an internal presentation was used on vans and in adverts: portrait right infringed, and the court awarded €5,000 in that case.',
      nl: 'Een foto voor een interne presentatie belandde op bestelbussen en in reclame: portretrecht geschonden, en de rechter kende in die zaak € 5.000 toe.',
    },
  },
  S25: {
    title: {
      en: 'District Court of the Northern Netherlands, Meubelhallen Kolham',
      nl: 'Rechtbank Noord-Nederland, Meubelhallen Kolham',
    },
    citation: {
      en: 'District Court of the Northern Netherlands (subdistrict) 3 November 2020, ECLI:NL:RBNNE:2020:3807',
      nl: 'Rb. Noord-Nederland (kantonrechter) 3 november 2020, ECLI:NL:RBNNE:2020:3807',
    },
    url: rechtspraak('ECLI:NL:RBNNE:2020:3807'),
    summary: {
      en: 'A brochure photo reused after the saleswoman left for a competitor infringed her portrait right; the court awarded €500.',
      nl: 'Een brochurefoto die werd hergebruikt nadat de verkoopster naar een concurrent ging, schond haar portretrecht; de rechter kende € 500 toe.',
    },
  },
  S26: {
    title: {
      en: 'Amsterdam District Court, a recruiter’s personal LinkedIn account',
      nl: 'Rechtbank Amsterdam, het persoonlijke LinkedIn-account van een recruiter',
    },
    citation: {
      en: 'Amsterdam District Court (subdistrict) 26 January 2018, ECLI:NL:RBAMS:2018:1103',
      nl: 'Rb. Amsterdam (kantonrechter) 26 januari 2018, ECLI:NL:RBAMS:2018:1103',
    },
    url: rechtspraak('ECLI:NL:RBAMS:2018:1103'),
    summary: {
      en: 'Connections on a personal account are not company assets; an employer wanting control must agree it in advance or use a company account.',
      nl: 'Connecties op een persoonlijk account zijn geen bedrijfseigendom; wie controle wil, moet dat vooraf afspreken of een bedrijfsaccount gebruiken.',
    },
  },
  S27: {
    title: { en: 'Rotterdam District Court, Coolblue', nl: 'Rechtbank Rotterdam, Coolblue' },
    citation: {
      en: 'Rotterdam District Court (subdistrict) 17 December 2021, ECLI:NL:RBROT:2021:13048',
      nl: 'Rb. Rotterdam (kantonrechter) 17 december 2021, ECLI:NL:RBROT:2021:13048',
    },
    url: rechtspraak('ECLI:NL:RBROT:2021:13048'),
    summary: {
      en: 'An explicit clause allowing use of the portrait after employment held under portrait law, and the court accepted the employer’s legitimate interest in advertising.',
      nl: 'Een uitdrukkelijke clausule over gebruik van het portret na het dienstverband hield stand onder het portretrecht, en de rechter aanvaardde het gerechtvaardigd belang van de werkgever bij reclame.',
    },
  },
  S28: {
    title: {
      en: 'Amsterdam District Court and Amsterdam Court of Appeal, Picnic',
      nl: 'Rechtbank Amsterdam en Gerechtshof Amsterdam, Picnic',
    },
    citation: {
      en: 'Amsterdam District Court 24 November 2022, ECLI:NL:RBAMS:2022:7151; on appeal Amsterdam Court of Appeal 2024, ECLI:NL:GHAMS:2024:2682',
      nl: 'Rb. Amsterdam 24 november 2022, ECLI:NL:RBAMS:2022:7151; in hoger beroep Hof Amsterdam 2024, ECLI:NL:GHAMS:2024:2682',
    },
    url: rechtspraak('ECLI:NL:GHAMS:2024:2682'),
    summary: {
      en: 'A quitclaim for a small campaign did not cover a large recruitment campaign later: portrait right infringed. On appeal the infringement stood, but the €10,000 damages and the penalty payments were rejected.',
      nl: 'Een quitclaim voor een kleine campagne dekte geen latere grote wervingscampagne: portretrecht geschonden. In hoger beroep bleef de inbreuk staan, maar werden de € 10.000 schadevergoeding en de dwangsommen afgewezen.',
    },
  },
  S29: {
    title: same('AWVN, “Vraag van de week: foto werknemer website bedrijf”'),
    citation: {
      en: 'AWVN (Dutch employers’ association), web page “Vraag van de week”',
      nl: 'AWVN (werkgeversvereniging), webpagina “Vraag van de week”',
    },
    summary: {
      en: 'Most jobs do not need external publication; function-linked publication (sales, communication) or internal use can rest on the organisation’s interest.',
      nl: 'De meeste functies vragen geen externe publicatie; functiegebonden publicatie (verkoop, communicatie) of intern gebruik kan op het belang van de organisatie rusten.',
    },
  },
  S30: {
    title: {
      en: 'ICO, How do we apply legitimate interests in practice? (with a sample assessment)',
      nl: 'ICO, handreiking over gerechtvaardigd belang in de praktijk (met een voorbeeldafweging)',
    },
    citation: {
      en: 'Information Commissioner’s Office, guidance and assessment template, version 1.0 (2018)',
      nl: 'Information Commissioner’s Office, handreiking en sjabloon voor de afweging, versie 1.0 (2018)',
    },
    url: 'https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/lawful-basis/legitimate-interests/',
    comparison: 'uk',
    summary: {
      en: 'A documented purpose, necessity and balancing test, done before processing, including whether an opt-out can be offered.',
      nl: 'Een vastgelegde toets van doel, noodzaak en afweging, vóór de verwerking, inclusief de vraag of afmelden kan.',
    },
  },
  S31: {
    title: {
      en: 'ICO, Lawful basis interactive guidance tool',
      nl: 'ICO, interactieve hulp bij het kiezen van een grondslag',
    },
    citation: {
      en: 'Information Commissioner’s Office, interactive web tool',
      nl: 'Information Commissioner’s Office, interactief hulpmiddel op de website',
    },
    url: 'https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/lawful-basis/',
    comparison: 'uk',
    summary: {
      en: 'Rates each lawful basis and asks whether processing is integral to the contract.',
      nl: 'Beoordeelt elke grondslag en vraagt of de verwerking wezenlijk is voor de overeenkomst.',
    },
  },
  S32: {
    title: {
      en: 'German Federal Labour Court (BAG) 8 AZR 1010/13 and 8 AZR 1011/13; § 26 BDSG',
      nl: 'Duits Bundesarbeitsgericht (BAG) 8 AZR 1010/13 en 8 AZR 1011/13; § 26 BDSG',
    },
    citation: {
      en: 'BAG 11 December 2014 and 19 February 2015; § 26(2) BDSG',
      nl: 'BAG 11 december 2014 en 19 februari 2015; § 26, lid 2, BDSG',
    },
    url: 'https://www.gesetze-im-internet.de/bdsg_2018/__26.html',
    comparison: 'de',
    summary: {
      en: 'German law sees an advantage for the employee as a sign of voluntary consent, unlike the EDPB; it does not decide a Dutch case.',
      nl: 'Het Duitse recht ziet een voordeel voor de werknemer als teken van vrijwillige toestemming, anders dan de EDPB; voor een Nederlandse zaak beslist het niets.',
    },
  },
  S33: {
    title: {
      en: 'France: Civil Code art. 9; Labour Code art. L.1121-1; CNIL',
      nl: 'Frankrijk: Code civil art. 9; Code du travail art. L.1121-1; CNIL',
    },
    citation: {
      en: 'Code civil art. 9; Code du travail art. L.1121-1; guidance of the CNIL',
      nl: 'Code civil art. 9; Code du travail art. L.1121-1; richtsnoeren van de CNIL',
    },
    comparison: 'fr',
    verify: true,
    summary: {
      en: 'French image right and the rule that limits on employees’ rights must be justified and proportionate.',
      nl: 'Het Franse portretrecht en de regel dat beperkingen van werknemersrechten gerechtvaardigd en evenredig moeten zijn.',
    },
  },
  S34: {
    title: {
      en: 'Belgian Data Protection Authority, targeted and non-targeted images',
      nl: 'Belgische Gegevensbeschermingsautoriteit, gerichte en niet-gerichte beelden',
    },
    citation: {
      en: 'Belgian Data Protection Authority, decision 35/2024, and commentary on it',
      nl: 'Gegevensbeschermingsautoriteit (België), beslissing 35/2024, en commentaar daarop',
    },
    summary: {
      en: 'Posed (targeted) images need consent; atmosphere (non-targeted) images can rest on an interest.',
      nl: 'Gerichte (geposeerde) beelden vragen toestemming; niet-gerichte sfeerbeelden kunnen op een belang rusten.',
    },
  },
};

export const SOURCES: Readonly<Record<SourceId, Source>> = Object.fromEntries(
  SOURCE_IDS.map((id) => [id, { id, ...DATA[id], verify: DATA[id].verify === true }]),
) as Record<SourceId, Source>;

export function isSourceId(id: string): id is SourceId {
  return (SOURCE_IDS as readonly string[]).includes(id);
}

/** The source with this id, if there is one (reasons carry plain strings). */
export function findSource(id: string): Source | undefined {
  return isSourceId(id) ? SOURCES[id] : undefined;
}

/** A source's citation in the reader's language, labelled as comparison where it is foreign law. */
export function citeSource(source: Source, language: Language): string {
  const citation = source.citation[language];
  return source.comparison ? `${COMPARISON_LABEL[source.comparison][language]}: ${citation}` : citation;
}
