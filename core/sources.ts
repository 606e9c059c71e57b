// Sources S1–S34 of legal-basis.md §1 as data. `verify` marks the items legal-basis.md marks
// [verify]: the UI shows them as not yet checked against the primary text.
import type { LocalizedText } from './types';

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

export interface Source {
  readonly id: SourceId;
  readonly title: string; // the source's own name, as published
  readonly citation: string; // article, guideline paragraph or ECLI
  readonly url?: string; // a public link where one exists
  readonly verify: boolean;
  readonly summary: LocalizedText;
}

const GDPR = 'https://eur-lex.europa.eu/eli/reg/2016/679/oj';
const curia = (caseNumber: string) => `https://curia.europa.eu/juris/liste.jsf?num=${caseNumber}`;
const rechtspraak = (ecli: string) => `https://uitspraken.rechtspraak.nl/details?id=${ecli}`;
const edpb = (path: string) => `https://www.edpb.europa.eu/our-work-tools/${path}`;

type SourceData = Omit<Source, 'id' | 'verify'> & { verify?: true };

const DATA: Record<SourceId, SourceData> = {
  S1: {
    title: 'General Data Protection Regulation (EU) 2016/679',
    citation: 'GDPR Art. 4(11), 5, 6, 7, 9, 12–21, 24–26, 37–39, 77–82, 88',
    url: GDPR,
    summary: {
      en: 'The GDPR itself: the bases for processing, minimisation, purpose limitation, and the rights of the person concerned.',
      nl: 'De AVG zelf: de grondslagen voor verwerking, dataminimalisatie, doelbinding en de rechten van de betrokkene.',
    },
  },
  S2: {
    title: 'GDPR recitals',
    citation: 'GDPR Recitals 39, 42, 43, 47, 51, 58, 69, 155',
    url: GDPR,
    summary: {
      en: 'Consent is not free without a genuine choice, and rarely valid where there is a clear imbalance of power.',
      nl: 'Toestemming is niet vrij zonder echte keuze, en zelden geldig bij een duidelijke ongelijkheid in macht.',
    },
  },
  S3: {
    title: 'EDPB Guidelines 05/2020 on consent under Regulation 2016/679',
    citation: 'EDPB Guidelines 05/2020 v1.1, §3.1.1, paras 21–24 [numbering unchecked], 46–48',
    url: edpb('our-documents/guidelines/guidelines-052020-consent-under-regulation-2016679_en'),
    verify: true,
    summary: {
      en: 'Employees can rarely give free consent; refusing or withdrawing must cost nothing.',
      nl: 'Werknemers kunnen zelden vrij toestemming geven; weigeren of intrekken mag niets kosten.',
    },
  },
  S4: {
    title: 'Article 29 Working Party, Opinion 2/2017 on data processing at work (WP 249)',
    citation: 'WP 249 (8 June 2017), §5.1–5.2 [section numbers unchecked]',
    url: 'https://ec.europa.eu/newsroom/article29/items/610169',
    verify: true,
    summary: {
      en: 'There is no legal ground to require employees to connect with the employer or give access to their profiles.',
      nl: 'Er is geen grondslag om werknemers te verplichten met de werkgever te connecten of toegang tot hun profiel te geven.',
    },
  },
  S5: {
    title: 'Article 29 Working Party, Guidelines on consent (WP 259 rev.01)',
    citation: 'WP 259 rev.01 (10 April 2018)',
    url: 'https://ec.europa.eu/newsroom/article29/items/623051',
    summary: {
      en: 'The predecessor of the EDPB consent guidelines, with the same reasoning about employees.',
      nl: 'De voorganger van de EDPB-richtsnoeren over toestemming, met dezelfde redenering over werknemers.',
    },
  },
  S6: {
    title: 'EDPB Guidelines 2/2019 on processing under Article 6(1)(b) GDPR',
    citation: 'EDPB Guidelines 2/2019 v2.0, paras 23–25',
    url: edpb('our-documents/guidelines/guidelines-22019-processing-personal-data-under-article-61b_en'),
    summary: {
      en: 'Necessary for a contract means objectively necessary: useful is not enough, and a clause does not make it necessary.',
      nl: 'Noodzakelijk voor een overeenkomst betekent objectief noodzakelijk: nuttig is niet genoeg, en een clausule maakt het niet noodzakelijk.',
    },
  },
  S7: {
    title: 'EDPB Guidelines 1/2024 on processing based on Article 6(1)(f) GDPR',
    citation: 'EDPB Guidelines 1/2024 v1.0 (8 October 2024) [final version unchecked]',
    url: edpb('documents/public-consultations/2024/guidelines-12024-processing-personal-data-based_en'),
    verify: true,
    summary: {
      en: 'Legitimate interest needs three steps: a real interest, necessity, and a balancing that the employee’s interests do not outweigh.',
      nl: 'Gerechtvaardigd belang vraagt drie stappen: een echt belang, noodzaak en een belangenafweging waarin de werknemer niet zwaarder weegt.',
    },
  },
  S8: {
    title: 'EDPB Guidelines 07/2020 on the concepts of controller and processor',
    citation: 'EDPB Guidelines 07/2020 v2.0 (7 July 2021)',
    url: edpb('our-documents/guidelines/guidelines-072020-concepts-controller-and-processor-gdpr_en'),
    verify: true,
    summary: {
      en: 'Parties who decide together on purposes and means are joint controllers, each for its own stage.',
      nl: 'Partijen die samen doel en middelen bepalen, zijn gezamenlijke verwerkingsverantwoordelijken, elk voor de eigen fase.',
    },
  },
  S9: {
    title: 'EDPB Guidelines 8/2020 on the targeting of social media users',
    citation: 'EDPB Guidelines 8/2020 v2.0 (13 April 2021)',
    url: edpb('our-documents/guidelines/guidelines-82020-targeting-social-media-users_en'),
    verify: true,
    summary: {
      en: 'A business using a platform’s targeting or statistics can be joint controller with the platform.',
      nl: 'Een bedrijf dat targeting of statistieken van een platform gebruikt, kan samen met het platform verantwoordelijk zijn.',
    },
  },
  S10: {
    title: 'Article 29 Working Party, Opinion 06/2014 on legitimate interests (WP 217)',
    citation: 'WP 217 (9 April 2014)',
    url: 'https://ec.europa.eu/justice/article-29/documentation/opinion-recommendation/files/2014/wp217_en.pdf',
    summary: {
      en: 'Balancing factors for legitimate interest and the weight of safeguards such as an unconditional opt-out.',
      nl: 'Wegingsfactoren voor gerechtvaardigd belang en het gewicht van waarborgen zoals een onvoorwaardelijke afmelding.',
    },
  },
  S11: {
    title: 'CJEU C-210/16 Wirtschaftsakademie Schleswig-Holstein',
    citation: 'ECLI:EU:C:2018:388 (5 June 2018)',
    url: curia('C-210/16'),
    summary: {
      en: 'The administrator of a page on a social network is controller jointly with the platform for the page statistics.',
      nl: 'De beheerder van een pagina op een sociaal netwerk is samen met het platform verantwoordelijk voor de paginastatistieken.',
    },
  },
  S12: {
    title: 'CJEU C-40/17 Fashion ID',
    citation: 'ECLI:EU:C:2019:629 (29 July 2019)',
    url: curia('C-40/17'),
    summary: {
      en: 'Joint responsibility covers only the stages a party co-decides, not the platform’s later own use.',
      nl: 'Gezamenlijke verantwoordelijkheid geldt alleen voor de fasen die een partij mee bepaalt, niet voor later eigen gebruik door het platform.',
    },
  },
  S13: {
    title: 'CJEU C-252/21 Meta Platforms v Bundeskartellamt',
    citation: 'ECLI:EU:C:2023:537 (4 July 2023), paras 98, 106–117',
    url: curia('C-252/21'),
    summary: {
      en: 'A contract basis needs processing that is objectively indispensable; legitimate interest needs strict necessity and respects reasonable expectations.',
      nl: 'Een contractuele grondslag vraagt objectief onmisbare verwerking; gerechtvaardigd belang vraagt strikte noodzaak en redelijke verwachtingen.',
    },
  },
  S14: {
    title: 'CJEU C-13/16 Rīgas satiksme and C-708/18 TK',
    citation: 'ECLI:EU:C:2017:336 (4 May 2017); ECLI:EU:C:2019:1064 (11 December 2019)',
    url: curia('C-13/16'),
    summary: {
      en: 'The origin of the three-step legitimate-interest test; less restrictive alternatives must be considered.',
      nl: 'De oorsprong van de driestappentoets voor gerechtvaardigd belang; minder ingrijpende alternatieven moeten worden bekeken.',
    },
  },
  S15: {
    title: 'CJEU C-621/22 Koninklijke Nederlandse Lawn Tennisbond',
    citation: 'ECLI:EU:C:2024:857 (4 October 2024), paras 38–40, 48–51',
    url: curia('C-621/22'),
    summary: {
      en: 'A purely commercial interest can be legitimate, but necessity and balancing still apply.',
      nl: 'Een zuiver commercieel belang kan gerechtvaardigd zijn, maar noodzaak en belangenafweging blijven gelden.',
    },
  },
  S16: {
    title: 'CJEU C-394/23 Mousse v CNIL and SNCF Connect',
    citation: 'ECLI:EU:C:2025:2 (9 January 2025)',
    url: curia('C-394/23'),
    summary: {
      en: 'Legitimate interest fails if the person was not told of the interest when the data were collected.',
      nl: 'Gerechtvaardigd belang faalt als de betrokkene bij het verzamelen niet over dat belang is geïnformeerd.',
    },
  },
  S17: {
    title: 'CJEU C-34/21 Hauptpersonalrat der Lehrerinnen und Lehrer',
    citation: 'ECLI:EU:C:2023:270 (30 March 2023)',
    url: curia('C-34/21'),
    summary: {
      en: 'National employment-data rules count under Art. 88 only if they add specific safeguards.',
      nl: 'Nationale regels over werknemersgegevens tellen onder art. 88 alleen als ze specifieke waarborgen toevoegen.',
    },
  },
  S18: {
    title: 'CJEU C-65/23 K GmbH',
    citation: 'ECLI:EU:C:2024:1051 (19 December 2024)',
    url: curia('C-65/23'),
    summary: {
      en: 'Works-council agreements on staff data must still comply with Art. 5, 6 and 9 GDPR.',
      nl: 'Afspraken met de ondernemingsraad over personeelsgegevens moeten nog steeds voldoen aan art. 5, 6 en 9 AVG.',
    },
  },
  S19: {
    title: 'CJEU C-300/21 Österreichische Post, C-487/21 F.F., C-307/22 FT',
    citation: 'ECLI:EU:C:2023:370; ECLI:EU:C:2023:369; ECLI:EU:C:2023:811',
    url: curia('C-300/21'),
    summary: {
      en: 'Damages need no seriousness threshold; a copy must be faithful; the first copy is free.',
      nl: 'Schadevergoeding kent geen ernstdrempel; een kopie moet getrouw zijn; de eerste kopie is gratis.',
    },
  },
  S20: {
    title: 'Autoriteit Persoonsgegevens, Beeldmateriaal op de werkplek',
    citation: 'AP, thema Beeldmateriaal (web page)',
    url: 'https://www.autoriteitpersoonsgegevens.nl/themas/beeldmateriaal',
    summary: {
      en: 'The Dutch regulator: staff photos need a basis, in most cases consent, which may be withdrawn without consequences.',
      nl: 'De AP: foto’s van personeel vragen een grondslag, meestal toestemming, die zonder gevolgen kan worden ingetrokken.',
    },
  },
  S21: {
    title: 'Autoriteit Persoonsgegevens on publishing personal data on the internet',
    citation: 'AP guidance as quoted by dmcc.nl (January 2024)',
    verify: true,
    summary: {
      en: 'For public online publication the basis is almost always consent, in the regulator’s view.',
      nl: 'Voor openbare publicatie online is de grondslag volgens de AP vrijwel altijd toestemming.',
    },
  },
  S22: {
    title: 'A. Engelfriet, Mijn werkgever wil me op social media neerzetten, moet ik daaraan meewerken?',
    citation: 'Ius mentis blog, 26 August 2019 (with related posts 2010, 2012, 2019, 2021, 2023)',
    url: 'https://blog.iusmentis.com/2019/08/26/mijn-werkgever-wil-me-op-social-media-neerzetten-moet-ik-daaraan-meewerken/',
    summary: {
      en: 'A request from the boss is a polite order; the employer needs the contract or its own interest, with balancing and opt-out.',
      nl: 'Een verzoek van de baas is een beleefd bevel; de werkgever heeft de overeenkomst of een eigen belang nodig, met afweging en afmelding.',
    },
  },
  S23: {
    title: 'Gegevensbeschermingsautoriteit (Belgium), Geschillenkamer, decision 35/2024',
    citation: 'GBA Geschillenkamer 35/2024 (20 February 2024)',
    summary: {
      en: 'Publishing staff photos is not necessary for the employment contract; a former employee’s photo had to be erased.',
      nl: 'Foto’s van personeel publiceren is niet nodig voor de arbeidsovereenkomst; de foto van een oud-werknemer moest worden gewist.',
    },
  },
  S24: {
    title: 'Rechtbank Noord-Holland, PostNL/Logistics portrait case',
    citation: 'ECLI:NL:RBNHO:2019:4245 (22 May 2019)',
    url: rechtspraak('ECLI:NL:RBNHO:2019:4245'),
    summary: {
      en: 'A photo for an internal presentation was used on vans and in adverts: portrait right infringed, €5,000 damages.',
      nl: 'Een foto voor een interne presentatie belandde op bestelbussen en in reclame: portretrecht geschonden, € 5.000 schadevergoeding.',
    },
  },
  S25: {
    title: 'Rechtbank Noord-Nederland, Meubelhallen Kolham',
    citation: 'ECLI:NL:RBNNE:2020:3807 (3 November 2020)',
    url: rechtspraak('ECLI:NL:RBNNE:2020:3807'),
    summary: {
      en: 'A brochure photo reused after the saleswoman left for a competitor infringed her portrait right.',
      nl: 'Een brochurefoto die werd hergebruikt nadat de verkoopster naar een concurrent ging, schond haar portretrecht.',
    },
  },
  S26: {
    title: 'Rechtbank Amsterdam, recruiter’s personal LinkedIn account',
    citation: 'ECLI:NL:RBAMS:2018:1103 (2018)',
    url: rechtspraak('ECLI:NL:RBAMS:2018:1103'),
    summary: {
      en: 'Connections on a personal account are not company assets; an employer wanting control must agree it in advance.',
      nl: 'Connecties op een persoonlijk account zijn geen bedrijfseigendom; wie controle wil, moet dat vooraf afspreken.',
    },
  },
  S27: {
    title: 'Rechtbank Rotterdam, Coolblue',
    citation: 'ECLI:NL:RBROT:2021:13048 (17 December 2021)',
    url: rechtspraak('ECLI:NL:RBROT:2021:13048'),
    summary: {
      en: 'An explicit clause allowing use of the portrait after employment held under portrait law.',
      nl: 'Een uitdrukkelijke clausule over gebruik van het portret na het dienstverband hield stand onder het portretrecht.',
    },
  },
  S28: {
    title: 'Rechtbank Amsterdam and Gerechtshof Amsterdam, Picnic',
    citation:
      'ECLI:NL:RBAMS:2022:7151 (24 November 2022); ECLI:NL:GHAMS:2024:2682 [appeal reasoning unchecked]',
    url: rechtspraak('ECLI:NL:RBAMS:2022:7151'),
    verify: true,
    summary: {
      en: 'A quitclaim for a small campaign did not cover a large recruitment campaign later: portrait right infringed.',
      nl: 'Een quitclaim voor een kleine campagne dekte geen latere grote wervingscampagne: portretrecht geschonden.',
    },
  },
  S29: {
    title: 'AWVN, Vraag van de week: foto werknemer website bedrijf',
    citation: 'AWVN (employers’ association), undated',
    summary: {
      en: 'Most jobs do not need external publication; function-linked or internal use can rest on the organisation’s interest.',
      nl: 'De meeste functies vragen geen externe publicatie; functiegebonden of intern gebruik kan op het belang van de organisatie rusten.',
    },
  },
  S30: {
    title: 'ICO, How do we apply legitimate interests in practice? (with sample LIA)',
    citation: 'ICO guidance and LIA template v1.0 (2018)',
    url: 'https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/lawful-basis/legitimate-interests/',
    summary: {
      en: 'A documented purpose, necessity and balancing test, done before processing, including whether an opt-out can be offered.',
      nl: 'Een vastgelegde toets van doel, noodzaak en afweging, vóór de verwerking, inclusief de vraag of afmelden kan.',
    },
  },
  S31: {
    title: 'ICO, Lawful basis interactive guidance tool',
    citation: 'ICO (web tool)',
    url: 'https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/lawful-basis/',
    summary: {
      en: 'Rates each lawful basis and asks whether processing is integral to the contract.',
      nl: 'Beoordeelt elke grondslag en vraagt of de verwerking wezenlijk is voor de overeenkomst.',
    },
  },
  S32: {
    title: 'Germany: BAG 8 AZR 1010/13 and 8 AZR 1011/13; § 26 BDSG',
    citation: 'BAG 11 December 2014 and 19 February 2015; § 26(2) BDSG',
    url: 'https://www.gesetze-im-internet.de/bdsg_2018/__26.html',
    summary: {
      en: 'German law sees an advantage for the employee as a sign of voluntary consent, unlike the EDPB.',
      nl: 'Het Duitse recht ziet een voordeel voor de werknemer als teken van vrijwillige toestemming, anders dan de EDPB.',
    },
  },
  S33: {
    title: 'France: Code civil art. 9; Code du travail L.1121-1; CNIL',
    citation: 'Code civil art. 9; Code du travail L.1121-1 [CNIL items unchecked]',
    verify: true,
    summary: {
      en: 'French image right and the rule that limits on employees’ rights must be justified and proportionate.',
      nl: 'Het Franse portretrecht en de regel dat beperkingen van werknemersrechten gerechtvaardigd en evenredig moeten zijn.',
    },
  },
  S34: {
    title: 'Belgium: GBA practice on targeted and non-targeted images',
    citation: 'GBA 35/2024 and secondary sources',
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
