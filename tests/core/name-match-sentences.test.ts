// Employer names as people write them in posts: legal forms left out or spelled differently, hashtags,
// capitals, possessives, missing accents. Each employer is entered as it stands on LinkedIn, without
// aliases; sentences that name someone or something else must stay quiet.
import { describe, expect, it } from 'vitest';
import { createEmployerMatcher, type NameSignal } from '@/core/name-match';

interface Case {
  employer: string;
  /** Sentences that name the employer, with the signal expected. */
  names: readonly (readonly [sentence: string, signal: NameSignal])[];
  /** Sentences that do not. */
  quiet: readonly string[];
}

const CASES: readonly Case[] = [
  {
    employer: 'Bakker Installatietechniek B.V.',
    names: [
      ['Trots op Bakker Installatietechniek! Wij zoeken monteurs.', 'name'],
      ["Wij zoeken collega's bij #BakkerInstallatietechniek", 'hashtag'],
      ['Solliciteer nu via #bakkerinstallatietechniek #vacature', 'hashtag'],
      ['BAKKER INSTALLATIETECHNIEK zoekt een servicemonteur in Zwolle', 'name'],
      ['Bakker Installatietechniek’s nieuwe vestiging in Deventer is open!', 'name'],
      ["Bakker Installatietechniek's new office opens on Monday", 'name'],
      ['Vandaag mijn eerste dag bij Bakker Installatietechniek BV 🎉', 'name'],
      ['Vacature bij bakker installatietechniek b.v: werkvoorbereider (32-40 uur)', 'name'],
      ['Proud to join Bakker Installatietechniek B.V. as a project lead.', 'name'],
      ['Warmtepompen van Bakker\nInstallatietechniek, nu ook in Overijssel', 'name'],
      ['Groeten van het team van @Bakker Installatietechniek', 'name'],
      ['#Bakker Installatietechniek bestaat 40 jaar', 'name'],
    ],
    quiet: [
      'Bakkerij de Vries zoekt een verkoper voor de zaterdag',
      'Gisteren sprak ik meneer Bakker over zijn warmtepomp',
      'Onze installatietechniek is de beste van het land',
      'Jan Bakker. Installatietechniek is altijd zijn vak geweest.',
      '#Bakker #Installatietechniek #Vakmanschap',
      'Bakkersinstallatietechniek is geen woord',
    ],
  },
  {
    employer: 'De Vries Bouw V.O.F.',
    names: [
      ['Nieuw project van De Vries Bouw in Amersfoort opgeleverd', 'name'],
      ['de vries bouw vof zoekt een timmerman', 'name'],
      ['Wat een mooi resultaat, team De Vries Bouw!', 'name'],
      ['Bouwen met #DeVriesBouw', 'hashtag'],
      ['DE VRIES BOUW V.O.F. bestaat 25 jaar', 'name'],
    ],
    quiet: [
      'Ik sprak met Anna de Vries over bouw en infra',
      'De Vries bouwt aan zijn carrière',
      'Gefeliciteerd #DeVries met je nieuwe baan',
      'Bakkerij de Vries: vers brood elke dag',
    ],
  },
  {
    employer: 'Philips Lighting N.V.',
    names: [
      ['Excited to start at Philips Lighting next month!', 'name'],
      ['Philips Lighting’s new LED range is out', 'name'],
      ['PHILIPS LIGHTING N.V. publiceert jaarverslag', 'name'],
      ['Visit us at #PhilipsLighting, hall 3', 'hashtag'],
      ['Bij Philips Lighting NV werken is top', 'name'],
    ],
    quiet: [
      'My new Philips shaver arrived today',
      'Philips lampen in de aanbieding bij de bouwmarkt',
      '#Philips innovation day was great',
    ],
  },
  {
    employer: 'Müller Maschinenbau GmbH',
    names: [
      ['Great visit to Müller Maschinenbau in Stuttgart', 'name'],
      ['Bezoek aan Muller Maschinenbau, de machine draait al', 'name'],
      ['MÜLLER MASCHINENBAU GMBH delivered our new press', 'name'],
      ['Onze nieuwe pers komt van #MullerMaschinenbau', 'hashtag'],
      ['Thanks #MüllerMaschinenbau for the tour', 'hashtag'],
    ],
    quiet: ['Thomas Müller scored again', 'Maschinenbau studeren in Aachen'],
  },
  {
    employer: 'Northwind Traders Ltd',
    names: [
      ["I'm happy to share that I'm starting a new position at Northwind Traders Ltd!", 'name'],
      ['Northwind Traders Limited annual report is out', 'name'],
      ['northwind traders is hiring a data engineer', 'name'],
      ['Congrats to the #NorthwindTraders team', 'hashtag'],
      ["Northwind Traders' warehouse in Leeds doubled in size", 'name'],
    ],
    quiet: [
      'The northwind blew all day; traders were nervous',
      'Traders at Northwind Capital had a good year',
      'Welcome to Northwind Tradersville',
    ],
  },
  {
    employer: 'Zonneveld Energie Holding B.V.',
    names: [
      ['Zonneveld Energie plaatst 2.000 zonnepanelen in Almere', 'name'],
      ['Zonneveld Energie Holding neemt installateur over', 'name'],
      ['#ZonneveldEnergie groeit!', 'hashtag'],
      ['Bij ZONNEVELD ENERGIE werken? Kijk op onze site', 'name'],
    ],
    quiet: ['Zonneveld is een mooi dorp', 'Meneer Zonneveld bespaart energie met zijn nieuwe ketel'],
  },
  {
    employer: 'Contoso Inc.',
    names: [
      ['Contoso is hiring!', 'name'],
      ['Proud Contoso employee since 2019', 'name'],
      ['Contoso Inc. Q3 results are in', 'name'],
      ['#Contoso all-hands today', 'hashtag'],
      ['Contoso’s new campus opens in May', 'name'],
    ],
    quiet: ['Contoso2 project kickoff', 'Greetings from Contosoville'],
  },
  {
    employer: 'Groen & Zoon C.V.',
    names: [
      ['Groen & Zoon zoekt een hovenier', 'name'],
      ['Vandaag bij groen &zoon cv aan de slag', 'name'],
      ['Mooie tuin aangelegd #GroenZoon', 'hashtag'],
    ],
    quiet: ['De zoon van meneer Groen helpt in de tuin'],
  },
];

describe.each(CASES)('$employer, without aliases', ({ employer, names, quiet }) => {
  const matcher = createEmployerMatcher({ name: employer, aliases: [], companyPageUrl: null });

  it.each(names)('finds it in "%s"', (sentence, signal) => {
    expect(matcher.signalsInText(sentence)).toContain(signal);
  });

  it.each(quiet.map((sentence) => [sentence]))('stays quiet on "%s"', (sentence) => {
    expect(matcher.signalsInText(sentence)).toEqual([]);
  });
});

describe('the sentence set', () => {
  it('has at least 40 naming and 20 quiet sentences over at least 6 employers', () => {
    expect(CASES.flatMap((c) => c.names).length).toBeGreaterThanOrEqual(40);
    expect(CASES.flatMap((c) => c.quiet).length).toBeGreaterThanOrEqual(20);
    expect(CASES.length).toBeGreaterThanOrEqual(6);
  });
});
