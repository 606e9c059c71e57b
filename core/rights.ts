// The employee's rights: what to ask, to whom, by when, and what next if the answer does not come.
// Used by the popup, the assessment and the letters; the content script needs only the ids. Every
// text, article references included, is in both languages: Dutch readers see "AVG", English "GDPR".
import type { SourceId } from './sources';
import type { LocalizedText, Right } from './types';

/** Art. 12(3) GDPR: answer within one month; two more months for complex or many requests, if the
 * person is told so, with reasons, within the first month. */
export const ANSWER_DEADLINE = {
  months: 1,
  extensionMonths: 2,
  article: { en: 'Art. 12(3) GDPR', nl: 'art. 12, lid 3, AVG' } as LocalizedText,
  sources: ['S1'] as readonly SourceId[],
  text: {
    en: 'Your employer must answer without undue delay and within one month of receiving your request. It may extend this by two months for complex or many requests, but must tell you so, with reasons, within the first month.',
    nl: 'Je werkgever moet zonder onnodige vertraging en binnen een maand na ontvangst van je verzoek antwoorden. Bij ingewikkelde of veel verzoeken mag dat twee maanden langer, maar dan moet hij je dat binnen de eerste maand met redenen laten weten.',
  } as LocalizedText,
} as const;

/** Art. 35(2) UAVG: a petition to the court within six weeks of the controller's answer. Missing it
 * does not bar a new request or summary proceedings (Hoge Raad 15 September 2023). */
export const COURT_DEADLINE = {
  weeks: 6,
  article: { en: 'Art. 35(2) UAVG', nl: 'art. 35, lid 2, UAVG' } as LocalizedText,
  ruling: 'ECLI:NL:HR:2023:1216',
  verify: false,
} as const;

/** What to do when the employer never answers at all. */
export const NO_ANSWER: LocalizedText = {
  en: 'If your employer does not answer at all, the month of Art. 12(3) GDPR still runs. Once it has passed, you can complain to the Autoriteit Persoonsgegevens and you can ask the court to rule on your request.',
  nl: 'Antwoordt je werkgever helemaal niet, dan loopt de maand van art. 12, lid 3, AVG toch. Is die voorbij, dan kun je een klacht indienen bij de Autoriteit Persoonsgegevens en de rechter vragen over je verzoek te beslissen.',
};

/** Besides refusing or objecting: agree in writing what is shown (the "afspraken" route). */
export const AGREEMENTS = {
  text: {
    en: 'You, or the works council, can also propose written agreements: what is shown, where, for how long, removal when you leave, and who owns the account and its connections. An employer that wants control over an account must agree it beforehand.',
    nl: 'Jij, of de ondernemingsraad, kunt ook schriftelijke afspraken voorstellen: wat er zichtbaar is, waar, hoe lang, verwijdering als je vertrekt, en van wie het account en de connecties zijn. Een werkgever die zeggenschap over een account wil, moet dat vooraf afspreken.',
  } as LocalizedText,
  sources: ['S26', 'S22'] as readonly SourceId[],
} as const;

export type Addressee = 'employer' | 'dpo' | 'linkedin-ireland' | 'autoriteit-persoonsgegevens' | 'court';

export const ADDRESSEES: Readonly<Record<Addressee, LocalizedText>> = {
  employer: {
    en: 'Your employer (HR or the privacy contact named in its privacy notice)',
    nl: 'Je werkgever (HR of het privacycontact uit de privacyverklaring)',
  },
  dpo: {
    en: 'Your employer’s data protection officer, if it has one (Art. 38(4) GDPR)',
    nl: 'De functionaris gegevensbescherming (FG) van je werkgever, als die er is (art. 38, lid 4, AVG)',
  },
  'linkedin-ireland': {
    en: 'LinkedIn Ireland Unlimited Company, for what LinkedIn itself does with your profile',
    nl: 'LinkedIn Ireland Unlimited Company, voor wat LinkedIn zelf met je profiel doet',
  },
  'autoriteit-persoonsgegevens': {
    en: 'The Dutch Data Protection Authority (Autoriteit Persoonsgegevens)',
    nl: 'De Autoriteit Persoonsgegevens (AP)',
  },
  court: { en: 'The subdistrict court (kantonrechter)', nl: 'De kantonrechter' },
};

export type NextStep = 'complaint' | 'court' | 'damages' | 'portrait-right';

export interface NextStepInfo {
  readonly article: LocalizedText;
  readonly name: LocalizedText;
  readonly what: LocalizedText;
  readonly to: Addressee;
  readonly sources: readonly SourceId[];
  readonly verify?: true;
}

/** What to do when a request is refused or ignored. */
export const NEXT_STEPS: Readonly<Record<NextStep, NextStepInfo>> = {
  complaint: {
    article: { en: 'Art. 77 GDPR', nl: 'art. 77 AVG' },
    name: { en: 'Complaint to the regulator', nl: 'Klacht bij de toezichthouder' },
    what: {
      en: 'File a complaint with the Autoriteit Persoonsgegevens through its website, with your request and the answer, or the fact that none came.',
      nl: 'Dien via de website een klacht in bij de Autoriteit Persoonsgegevens, met je verzoek en het antwoord, of het feit dat er geen kwam.',
    },
    to: 'autoriteit-persoonsgegevens',
    sources: ['S1'],
  },
  court: {
    article: { en: 'Art. 79 GDPR; Art. 35 UAVG', nl: 'art. 79 AVG; art. 35 UAVG' },
    name: { en: 'Court', nl: 'Rechter' },
    what: {
      en: 'Ask the subdistrict court, by petition, to rule on your request within six weeks of your employer’s answer. Missing that term does not stop you: you can make a new request or start summary proceedings (Hoge Raad 15 September 2023, ECLI:NL:HR:2023:1216). If no answer comes at all, you can go to court once the month has passed.',
      nl: 'Vraag de kantonrechter met een verzoekschrift binnen zes weken na het antwoord van je werkgever om een beslissing op je verzoek. Mis je die termijn, dan kun je een nieuw verzoek doen of een kort geding beginnen (Hoge Raad 15 september 2023, ECLI:NL:HR:2023:1216). Komt er helemaal geen antwoord, dan kun je naar de rechter zodra de maand voorbij is.',
    },
    to: 'court',
    sources: ['S1'],
  },
  damages: {
    article: { en: 'Art. 82 GDPR', nl: 'art. 82 AVG' },
    name: { en: 'Compensation', nl: 'Schadevergoeding' },
    what: {
      en: 'Claim compensation for material or non-material damage caused by the infringement. There is no seriousness threshold, but you must show the damage and that the infringement caused it.',
      nl: 'Eis vergoeding van materiële of immateriële schade door de inbreuk. Er geldt geen ernstdrempel, maar je moet de schade aantonen en dat de inbreuk die veroorzaakte.',
    },
    to: 'court',
    sources: ['S1', 'S19'],
  },
  'portrait-right': {
    article: { en: 'Art. 21 Auteurswet (Dutch Copyright Act)', nl: 'art. 21 Auteurswet' },
    name: { en: 'Portrait right', nl: 'Portretrecht' },
    what: {
      en: 'For a photo used in promotion or recruitment, object on the ground of your reasonable interest. Courts have found infringements; whether damages follow differs from case to case, and in the Picnic case they were rejected on appeal.',
      nl: 'Maak bij een foto voor promotie of werving bezwaar op grond van je redelijk belang. Rechters hebben inbreuken vastgesteld; of er schadevergoeding volgt, verschilt per zaak, en in de zaak-Picnic werd die in hoger beroep afgewezen.',
    },
    to: 'court',
    sources: ['S24', 'S25', 'S27', 'S28'],
  },
};

export interface RightInfo {
  readonly right: Right;
  readonly article: LocalizedText;
  readonly name: LocalizedText;
  readonly whatToAsk: LocalizedText;
  /** Whom to ask, first the one to start with. */
  readonly to: readonly Addressee[];
  readonly deadline: LocalizedText;
  readonly nextSteps: readonly NextStep[];
  readonly sources: readonly SourceId[];
}

const ONE_MONTH: LocalizedText = {
  en: 'An answer within one month of receipt (two more months at most, if you are told so within the first).',
  nl: 'Antwoord binnen een maand na ontvangst (hooguit twee maanden langer, als je dat binnen de eerste maand hoort).',
};
const AT_ANY_TIME: LocalizedText = {
  en: 'At any time; no deadline applies to you, and the employer must act without undue delay.',
  nl: 'Op elk moment; voor jou geldt geen termijn, en de werkgever moet zonder onnodige vertraging handelen.',
};
/** Art. 82 claims are not requests under Art. 15–22, so Art. 12(3) does not apply to them. */
const NO_ANSWER_DEADLINE: LocalizedText = {
  en: 'No one-month deadline: that term of Art. 12(3) GDPR covers requests under Articles 15 to 22, not a claim for damages. Ask your employer first; if it does not pay, the court decides, within the ordinary limitation periods of civil law.',
  nl: 'Geen termijn van een maand: die termijn van art. 12, lid 3, AVG geldt voor verzoeken op grond van de artikelen 15 tot en met 22, niet voor een eis tot schadevergoeding. Vraag het eerst aan je werkgever; betaalt hij niet, dan beslist de rechter, binnen de gewone verjaringstermijnen van het burgerlijk recht.',
};
const EMPLOYER: readonly Addressee[] = ['employer', 'dpo'];
const EMPLOYER_OR_LINKEDIN: readonly Addressee[] = ['employer', 'dpo', 'linkedin-ireland'];
const ESCALATE: readonly NextStep[] = ['complaint', 'court'];

export const RIGHTS_CATALOGUE: Readonly<Record<Right, RightInfo>> = {
  information: {
    right: 'information',
    article: { en: 'Art. 12–13 GDPR', nl: 'art. 12–13 AVG' },
    name: { en: 'Right to information', nl: 'Recht op informatie' },
    whatToAsk: {
      en: 'Ask for the purpose, the legal basis (consent, contract or legitimate interest), the specific interest if it is legitimate interest, who receives it (LinkedIn, hosting), how long it is kept, and what happens if you say no.',
      nl: 'Vraag naar het doel, de grondslag (toestemming, uitvoering van de overeenkomst of gerechtvaardigd belang), het concrete belang bij gerechtvaardigd belang, wie het ontvangt (LinkedIn, hosting), hoe lang het wordt bewaard en wat er gebeurt als je nee zegt.',
    },
    to: EMPLOYER,
    deadline: {
      en: 'Before the use starts; a question about it is answered within one month of receipt.',
      nl: 'Voordat het gebruik begint; een vraag daarover wordt binnen een maand na ontvangst beantwoord.',
    },
    nextSteps: ['complaint'],
    sources: ['S1', 'S16'],
  },
  access: {
    right: 'access',
    article: { en: 'Art. 15 GDPR', nl: 'art. 15 AVG' },
    name: { en: 'Right of access', nl: 'Recht op inzage' },
    whatToAsk: {
      en: 'Ask for a copy of the photos, videos and texts about you, where they were published, who received them and how long they are kept. The first copy is free.',
      nl: 'Vraag een kopie van de foto’s, video’s en teksten over jou, waar ze zijn gepubliceerd, wie ze heeft ontvangen en hoe lang ze worden bewaard. De eerste kopie is gratis.',
    },
    to: EMPLOYER_OR_LINKEDIN,
    deadline: ONE_MONTH,
    nextSteps: ESCALATE,
    sources: ['S1', 'S19'],
  },
  rectification: {
    right: 'rectification',
    article: { en: 'Art. 16 GDPR', nl: 'art. 16 AVG' },
    name: { en: 'Right to rectification', nl: 'Recht op rectificatie' },
    whatToAsk: {
      en: 'Ask for a wrong name, title or description on the website or company page to be corrected.',
      nl: 'Vraag om correctie van een onjuiste naam, functie of omschrijving op de website of bedrijfspagina.',
    },
    to: EMPLOYER_OR_LINKEDIN,
    deadline: ONE_MONTH,
    nextSteps: ESCALATE,
    sources: ['S1'],
  },
  erasure: {
    right: 'erasure',
    article: { en: 'Art. 17 GDPR', nl: 'art. 17 AVG' },
    name: { en: 'Right to erasure', nl: 'Recht op gegevenswissing (‘recht op vergetelheid’)' },
    whatToAsk: {
      en: 'Ask for removal from the website and social media after you withdrew consent, objected successfully, left, or when the use was unlawful. If it was public, the employer must also inform others who copied it.',
      nl: 'Vraag verwijdering van de website en sociale media nadat je toestemming introk, je bezwaar slaagde, je vertrok, of als het gebruik onrechtmatig was. Was het openbaar, dan moet de werkgever ook anderen die het overnamen inlichten.',
    },
    to: EMPLOYER_OR_LINKEDIN,
    deadline: ONE_MONTH,
    nextSteps: ['complaint', 'court', 'damages', 'portrait-right'],
    sources: ['S1', 'S23'],
  },
  restriction: {
    right: 'restriction',
    article: { en: 'Art. 18 GDPR', nl: 'art. 18 AVG' },
    name: { en: 'Right to restriction', nl: 'Recht op beperking van de verwerking' },
    whatToAsk: {
      en: 'Ask the employer to take the publication offline while it assesses your objection, whether it is really necessary, or a dispute about accuracy.',
      nl: 'Vraag de werkgever de publicatie offline te halen zolang hij je bezwaar, de vraag of het echt nodig is, of een geschil over de juistheid beoordeelt.',
    },
    to: EMPLOYER,
    deadline: ONE_MONTH,
    nextSteps: ESCALATE,
    sources: ['S1'],
  },
  object: {
    right: 'object',
    article: { en: 'Art. 21 GDPR', nl: 'art. 21 AVG' },
    name: { en: 'Right to object', nl: 'Recht van bezwaar' },
    whatToAsk: {
      en: 'Where your employer relies on its legitimate interest, state the grounds of your own situation (safety, privacy, a new employer, religion visible). It must stop unless it proves compelling legitimate grounds that override yours; ask for restriction meanwhile. Where the job truly needs it, this right does not apply, but you can contest that it is necessary for you.',
      nl: 'Beroept je werkgever zich op zijn gerechtvaardigd belang, noem dan de redenen uit jouw situatie (veiligheid, privacy, een nieuwe werkgever, zichtbare religie). Hij moet stoppen, tenzij hij dwingende gerechtvaardigde gronden aantoont die zwaarder wegen; vraag intussen om beperking. Heeft je functie het echt nodig, dan geldt dit recht niet, maar je kunt betwisten dat het voor jou noodzakelijk is.',
    },
    to: EMPLOYER_OR_LINKEDIN,
    deadline: ONE_MONTH,
    nextSteps: ['complaint', 'court', 'portrait-right'],
    sources: ['S1', 'S2'],
  },
  'withdraw-consent': {
    right: 'withdraw-consent',
    article: { en: 'Art. 7(3) GDPR', nl: 'art. 7, lid 3, AVG' },
    name: { en: 'Right to withdraw consent', nl: 'Recht om toestemming in te trekken' },
    whatToAsk: {
      en: 'Say you withdraw your consent: no reason is needed, it must be as easy as giving it, and the employer must stop and remove the images. Past use stays lawful.',
      nl: 'Laat weten dat je je toestemming intrekt: een reden is niet nodig, het moet even makkelijk gaan als geven, en de werkgever moet stoppen en de beelden verwijderen. Eerder gebruik blijft rechtmatig.',
    },
    to: EMPLOYER,
    deadline: AT_ANY_TIME,
    nextSteps: ['complaint', 'portrait-right'],
    sources: ['S1', 'S3', 'S20'],
  },
  refuse: {
    right: 'refuse',
    article: { en: 'Art. 4(11) GDPR; Recitals 42 and 43', nl: 'art. 4, punt 11, AVG; overwegingen 42 en 43' },
    name: { en: 'Right to say no', nl: 'Recht om te weigeren' },
    whatToAsk: {
      en: 'Say no, in writing if you like. Refusing must not affect your pay, appraisal or career; note any pressure.',
      nl: 'Zeg nee, eventueel schriftelijk. Weigeren mag geen invloed hebben op je salaris, beoordeling of loopbaan; noteer elke vorm van druk.',
    },
    to: EMPLOYER,
    deadline: AT_ANY_TIME,
    nextSteps: ['complaint'],
    sources: ['S2', 'S3', 'S4'],
  },
  complain: {
    right: 'complain',
    article: { en: 'Art. 77 GDPR', nl: 'art. 77 AVG' },
    name: { en: 'Right to complain', nl: 'Recht om een klacht in te dienen' },
    whatToAsk: {
      en: 'Complain to the Autoriteit Persoonsgegevens if your employer refuses or ignores your request; include the request and the answer, or say that none came.',
      nl: 'Dien een klacht in bij de Autoriteit Persoonsgegevens als je werkgever je verzoek weigert of negeert; voeg het verzoek en het antwoord bij, of meld dat er geen kwam.',
    },
    to: ['autoriteit-persoonsgegevens'],
    deadline: {
      en: 'No fixed term; best once the employer’s month has passed or it refused.',
      nl: 'Geen vaste termijn; het beste zodra de maand van de werkgever voorbij is of hij weigerde.',
    },
    nextSteps: ['court'],
    sources: ['S1'],
  },
  compensation: {
    right: 'compensation',
    article: { en: 'Art. 82 GDPR; Art. 21 Auteurswet', nl: 'art. 82 AVG; art. 21 Auteurswet' },
    name: { en: 'Right to compensation', nl: 'Recht op schadevergoeding' },
    whatToAsk: {
      en: 'Ask for compensation for the damage the publication caused you, material or not; for photos, portrait right can add a claim. Whether it is awarded depends on the damage you can show.',
      nl: 'Vraag vergoeding van de schade die de publicatie je heeft gedaan, materieel of immaterieel; bij foto’s kan het portretrecht een vordering toevoegen. Of die wordt toegekend, hangt af van de schade die je kunt aantonen.',
    },
    to: ['employer', 'court'],
    deadline: NO_ANSWER_DEADLINE,
    nextSteps: ['damages', 'portrait-right'],
    sources: ['S1', 'S19', 'S24', 'S28'],
  },
};

export const SEED_QUESTION_IDS = [
  'own-time-device',
  'password-post-as-me',
  'keep-profile-current',
  'shared-responsibility',
  'posing-is-work',
  'photo-after-leaving',
  'works-council',
] as const;
export type SeedQuestionId = (typeof SEED_QUESTION_IDS)[number];

export interface SeedQuestion {
  readonly id: SeedQuestionId;
  readonly question: LocalizedText;
  /** The first words say how sure the answer is. */
  readonly answer: LocalizedText;
  readonly sources: readonly SourceId[];
}

/** The questions people ask first, answered plainly ("Know your rights"). */
export const SEED_QUESTIONS: readonly SeedQuestion[] = [
  {
    id: 'own-time-device',
    question: {
      en: 'Can my employer make me post in my own time or on my own device?',
      nl: 'Mag mijn werkgever me laten posten in mijn eigen tijd of op mijn eigen apparaat?',
    },
    answer: {
      en: 'Most likely not. If your employer needs posts from your personal account, that is work: it must be agreed as part of your job and done in work time, with its equipment. Otherwise it can only ask, and saying no must cost you nothing. What you post in your own time is your own choice.',
      nl: 'Hoogstwaarschijnlijk niet. Heeft je werkgever berichten vanaf je persoonlijke account nodig, dan is dat werk: het moet als deel van je functie zijn afgesproken en in werktijd gebeuren, met zijn middelen. Anders mag hij het alleen vragen, en nee zeggen mag je niets kosten. Wat je in je eigen tijd plaatst, is je eigen keuze.',
    },
    sources: ['S22', 'S26', 'S3'],
  },
  {
    id: 'password-post-as-me',
    question: {
      en: 'May my employer ask for my password, or post as me?',
      nl: 'Mag mijn werkgever om mijn wachtwoord vragen, of posten alsof hij mij is?',
    },
    answer: {
      en: 'Most likely not. No rule gives an employer your password, admin rights, a connection to watch you or the right to post in your name, and LinkedIn’s own terms ask you to keep your password to yourself. An employer that wants to post in its own name has its company page for that.',
      nl: 'Hoogstwaarschijnlijk niet. Geen enkele regel geeft een werkgever je wachtwoord, beheerrechten, een connectie om je te volgen of het recht om op jouw naam te posten, en LinkedIn vraagt in zijn eigen voorwaarden je wachtwoord voor jezelf te houden. Een werkgever die op eigen naam wil posten, heeft daarvoor zijn bedrijfspagina.',
    },
    sources: ['S4', 'S26'],
  },
  {
    id: 'keep-profile-current',
    question: {
      en: 'Must I keep my LinkedIn profile up to date for the company?',
      nl: 'Moet ik mijn LinkedIn-profiel voor het bedrijf bijhouden?',
    },
    answer: {
      en: 'Usually not. Your profile is yours: naming your employer or keeping it current is your choice, unless it was agreed as part of your job and done in work time, and even then it is contested outside sales, communications, management, recruitment and customer service. Your employer may require one thing: that you correct an untrue claim about your job there, such as a title you do not have (Central Netherlands District Court 2018, ECLI:NL:RBMNE:2018:2076).',
      nl: 'Meestal niet. Je profiel is van jou: je werkgever noemen of het bijhouden is je eigen keuze, tenzij het als deel van je functie is afgesproken en in werktijd gebeurt, en ook dan is het omstreden buiten de verkoop, communicatie, directie, werving en klantenservice. Eén ding mag je werkgever wel eisen: dat je een onjuiste bewering over je functie bij hem rechtzet, zoals een titel die je niet hebt (Rb. Midden-Nederland 2018, ECLI:NL:RBMNE:2018:2076).',
    },
    sources: ['S22', 'S26'],
  },
  {
    id: 'shared-responsibility',
    question: {
      en: 'Does my employer share responsibility for what it tells me to post?',
      nl: 'Is mijn werkgever mede verantwoordelijk voor wat hij mij laat posten?',
    },
    answer: {
      en: 'Yes, in all likelihood it is responsible itself. What your employer tells you to post for work is its decision, so it answers for it as the one that decides the purpose. Joint responsibility with LinkedIn is another matter: that concerns the visitors of the company page and its statistics, not you.',
      nl: 'Ja, naar alle waarschijnlijkheid is hij er zelf verantwoordelijk voor. Wat je werkgever je voor het werk laat posten, is zijn beslissing, dus hij staat ervoor in als degene die het doel bepaalt. Gezamenlijke verantwoordelijkheid met LinkedIn is iets anders: die gaat over de bezoekers van de bedrijfspagina en de statistieken, niet over jou.',
    },
    sources: ['S8', 'S11', 'S12', 'S22'],
  },
  {
    id: 'posing-is-work',
    question: {
      en: 'Does posing for a photo count as work, paid and in work time?',
      nl: 'Telt poseren voor een foto als werk, betaald en in werktijd?',
    },
    answer: {
      en: 'Most likely yes, when your employer arranges it: a shoot it organises for its own purposes is done for the work, so it belongs in your paid work time. That does not make it a duty: posing is not really the job, so for most jobs your employer can only ask, and you may say no without consequences.',
      nl: 'Hoogstwaarschijnlijk wel, als je werkgever het regelt: een fotoshoot die hij voor zijn eigen doelen organiseert, doe je voor het werk, dus die hoort in je betaalde werktijd. Een plicht wordt het daardoor niet: poseren is niet echt je werk, dus in de meeste functies mag je werkgever het alleen vragen, en mag je zonder gevolgen nee zeggen.',
    },
    sources: ['S22', 'S20', 'S3'],
  },
  {
    id: 'photo-after-leaving',
    question: {
      en: 'What happens to my photo when I leave?',
      nl: 'Wat gebeurt er met mijn foto als ik vertrek?',
    },
    answer: {
      en: 'In most cases it must come down: once you leave, the job no longer needs your name or photo, so ask for erasure, to be answered within one month of receipt. A clear written clause about use after leaving can change that, but it is contested and you can still object; for promotion, portrait right may help as well. Your own account and its connections stay yours.',
      nl: 'Meestal moet hij weg: als je vertrekt, heeft de functie je naam of foto niet meer nodig, dus vraag om verwijdering, met antwoord binnen een maand na ontvangst. Een duidelijke schriftelijke afspraak over gebruik na vertrek kan dat veranderen, maar dat is omstreden en je kunt nog steeds bezwaar maken; bij promotie kan ook het portretrecht helpen. Je eigen account en je connecties blijven van jou.',
    },
    sources: ['S23', 'S25', 'S27', 'S26'],
  },
  {
    id: 'works-council',
    question: { en: 'Can the works council help?', nl: 'Kan de ondernemingsraad helpen?' },
    answer: {
      en: 'Probably, if your company has one. A scheme for staff photos or online presence likely needs its consent (Art. 27(1)(k) WOR; (l) for monitoring), also when the employer only asks everyone; without that consent the decision is void if the council invokes it. A works council is mandatory from 50 staff; a staff representation of 10–49 has no such right by default. The council can also agree written arrangements: what is shown, where, for how long, and removal when you leave.',
      nl: 'Waarschijnlijk wel, als je bedrijf er een heeft. Voor een regeling over foto’s of online zichtbaarheid van personeel is waarschijnlijk instemming van de ondernemingsraad nodig (art. 27 lid 1 onder k WOR; onder l bij controle), ook als de werkgever het iedereen alleen vraagt; zonder die instemming is het besluit nietig als de ondernemingsraad zich daarop beroept. Een ondernemingsraad is verplicht vanaf 50 werknemers; een personeelsvertegenwoordiging (10–49 werknemers) heeft dat recht niet zonder meer. De ondernemingsraad kan ook schriftelijke afspraken maken: wat er zichtbaar is, waar, hoe lang, en verwijdering als je vertrekt.',
    },
    sources: ['S18', 'S22'],
  },
];
