// The text of the rights letters, in English and Dutch. Plain text with {placeholders}; the user's own words
// (names, details) are filled in as text, never interpreted. Dutch letters address the employer with "u";
// the placeholders speak to the user ("je").
import type { Activity, LocalizedText, Outcome, Role } from '../types';

export const LETTER_KINDS = [
  'objection',
  'withdraw-consent',
  'access',
  'erasure',
  'refuse-requirement',
] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

/**
 * The answer a letter asks for, with {deadline} one calendar month after the letter. Art. 12(3)–(4) GDPR
 * set that month only for requests under Articles 15 to 22 (access, erasure, objection); a refusal of a
 * requirement is not such a request, so it asks for a written answer without citing them.
 */
export const ANSWER_REQUEST = {
  rightsRequest: {
    en: 'Please answer without undue delay and at the latest within one month of receiving this letter, that is by {deadline} (Art. 12(3) GDPR). You may extend this period by two further months only where that is necessary because of the complexity or number of requests, and you must then tell me so, with the reasons, within the first month. If you decide not to act on my request, you must tell me why within that month (Art. 12(4) GDPR).',
    nl: 'Ik verzoek u zonder onnodige vertraging en uiterlijk binnen een maand na ontvangst van deze brief te antwoorden, dus uiterlijk op {deadline} (art. 12, lid 3, AVG). U kunt deze termijn alleen met twee maanden verlengen als dat nodig is vanwege de complexiteit of het aantal verzoeken, en u moet mij dat dan binnen de eerste maand laten weten, met de redenen. Als u besluit geen gevolg te geven aan mijn verzoek, moet u mij binnen die maand laten weten waarom (art. 12, lid 4, AVG).',
  },
  erasureAfterWithdrawal: {
    en: 'My withdrawal takes effect now and needs no answer. On my request for erasure, please answer without undue delay and at the latest within one month of receiving this letter, that is by {deadline} (Art. 12(3) GDPR). You may extend this period by two further months only where that is necessary because of the complexity or number of requests, and you must then tell me so, with the reasons, within the first month. If you decide not to erase the data, you must tell me why within that month (Art. 12(4) GDPR).',
    nl: 'Mijn intrekking geldt vanaf nu en vraagt geen antwoord. Op mijn verzoek om verwijdering verzoek ik u zonder onnodige vertraging en uiterlijk binnen een maand na ontvangst van deze brief te antwoorden, dus uiterlijk op {deadline} (art. 12, lid 3, AVG). U kunt deze termijn alleen met twee maanden verlengen als dat nodig is vanwege de complexiteit of het aantal verzoeken, en u moet mij dat dan binnen de eerste maand laten weten, met de redenen. Als u besluit de gegevens niet te wissen, moet u mij binnen die maand laten weten waarom.',
  },
  writtenAnswer: {
    en: 'Please give me your answer in writing, preferably by {deadline}.',
    nl: 'Ik ontvang uw antwoord graag schriftelijk, bij voorkeur uiterlijk op {deadline}.',
  },
} as const satisfies Record<string, LocalizedText>;

/** Subject line, the GDPR article the letter rests on, the request itself and the answer it asks for. */
export interface LetterKindText {
  subject: LocalizedText;
  article: LocalizedText;
  request: LocalizedText;
  answer: LocalizedText;
}

export const LETTER_KIND_TEXT: Record<LetterKind, LetterKindText> = {
  objection: {
    subject: {
      en: 'Objection to the processing of my personal data (Art. 21 GDPR)',
      nl: 'Bezwaar tegen de verwerking van mijn persoonsgegevens (art. 21 AVG)',
    },
    article: { en: 'Art. 21(1) GDPR', nl: 'art. 21, lid 1, AVG' },
    request: {
      en: 'Under Article 21(1) GDPR I object to this processing, on grounds relating to my particular situation: {grounds}\n\nI ask you to stop this processing unless you can demonstrate compelling legitimate grounds that override my interests, rights and freedoms. While you assess my objection, I ask you to restrict the processing (Art. 18(1)(d) GDPR). Once my objection is upheld, I ask you to erase the personal data concerned (Art. 17(1)(c) GDPR).',
      nl: 'Op grond van artikel 21, lid 1, AVG maak ik bezwaar tegen deze verwerking, om redenen die verband houden met mijn specifieke situatie: {grounds}\n\nIk verzoek u deze verwerking te staken, tenzij u dwingende gerechtvaardigde gronden aantoont die zwaarder wegen dan mijn belangen, rechten en vrijheden. Zolang u mijn bezwaar beoordeelt, verzoek ik u de verwerking te beperken (art. 18, lid 1, onder d, AVG). Zodra mijn bezwaar is toegewezen, verzoek ik u de betreffende persoonsgegevens te wissen (art. 17, lid 1, onder c, AVG).',
    },
    answer: ANSWER_REQUEST.rightsRequest,
  },
  'withdraw-consent': {
    subject: {
      en: 'Withdrawal of my consent (Art. 7(3) GDPR)',
      nl: 'Intrekken van mijn toestemming (art. 7, lid 3, AVG)',
    },
    article: { en: 'Art. 7(3) GDPR', nl: 'art. 7, lid 3, AVG' },
    request: {
      en: 'Under Article 7(3) GDPR I hereby withdraw my consent to this processing. Withdrawing consent must be as easy as giving it, and I do not need to give a reason.\n\nI ask you to stop this processing and to erase the photos, videos or other personal data concerned (Art. 17(1)(b) GDPR), also where you made them public (Art. 17(2) GDPR). Withdrawing my consent may not have any negative consequences for me (Art. 7(4) and Recital 43 GDPR).',
      nl: "Op grond van artikel 7, lid 3, AVG trek ik hierbij mijn toestemming voor deze verwerking in. Het intrekken van toestemming moet even eenvoudig zijn als het geven ervan, en ik hoef er geen reden voor te geven.\n\nIk verzoek u deze verwerking te stoppen en de betreffende foto's, video's of andere persoonsgegevens te wissen (art. 17, lid 1, onder b, AVG), ook waar u ze openbaar hebt gemaakt (art. 17, lid 2, AVG). Het intrekken van mijn toestemming mag voor mij geen nadelige gevolgen hebben (art. 7, lid 4, en overweging 43 AVG).",
    },
    answer: ANSWER_REQUEST.erasureAfterWithdrawal,
  },
  access: {
    subject: {
      en: 'Request for information and access (Art. 13 and 15 GDPR)',
      nl: 'Verzoek om informatie en inzage (art. 13 en 15 AVG)',
    },
    article: { en: 'Art. 13 and 15 GDPR', nl: 'art. 13 en 15 AVG' },
    request: {
      en: 'Under Articles 13 and 15 GDPR I ask you for information about, and access to, the personal data you process about me in this connection. Please tell me:\n- for which purposes you process these data, and on which legal basis (Art. 13(1)(c) GDPR);\n- if you rely on your legitimate interest, which interest that is (Art. 13(1)(d) GDPR);\n- to whom you disclose them, including platforms such as LinkedIn;\n- how long you keep them;\n- whether providing them is a requirement of my employment contract, and what happens if I do not (Art. 13(2)(e) GDPR).\n\nI also ask for a copy of the personal data concerned, such as photos and texts, and a list of the places where you published them (Art. 15(1) and 15(3) GDPR). The first copy is free of charge (Art. 12(5) GDPR).',
      nl: "Op grond van de artikelen 13 en 15 AVG verzoek ik u om informatie over en inzage in de persoonsgegevens die u in dit verband over mij verwerkt. Ik verneem graag:\n- voor welke doelen u deze gegevens verwerkt en op welke grondslag (art. 13, lid 1, onder c, AVG);\n- als u zich op uw gerechtvaardigd belang beroept: welk belang dat is (art. 13, lid 1, onder d, AVG);\n- aan wie u ze verstrekt, waaronder platforms zoals LinkedIn;\n- hoe lang u ze bewaart;\n- of het verstrekken ervan een verplichting uit mijn arbeidsovereenkomst is, en wat de gevolgen zijn als ik dat niet doe (art. 13, lid 2, onder e, AVG).\n\nDaarnaast vraag ik u om een kopie van de betreffende persoonsgegevens, zoals foto's en teksten, en een overzicht van de plaatsen waar u ze hebt gepubliceerd (art. 15, lid 1 en lid 3, AVG). De eerste kopie is kosteloos (art. 12, lid 5, AVG).",
    },
    answer: ANSWER_REQUEST.rightsRequest,
  },
  erasure: {
    subject: {
      en: 'Request to erase my {what} (Art. 17 GDPR)',
      nl: 'Verzoek om verwijdering van mijn {what} (art. 17 AVG)',
    },
    article: { en: 'Art. 17 GDPR', nl: 'art. 17 AVG' },
    request: {
      en: 'Under Article 17 GDPR I ask you to erase my {what} and to remove it from every place where you published it. {ground}\n\nWhere you made my {what} public, I ask you to take reasonable steps to inform others who copied it or link to it that I have asked for its erasure (Art. 17(2) GDPR).',
      nl: 'Op grond van artikel 17 AVG verzoek ik u mijn {what} te wissen en te verwijderen van alle plaatsen waar u die hebt gepubliceerd. {ground}\n\nWaar u mijn {what} openbaar hebt gemaakt, verzoek ik u redelijke maatregelen te nemen om anderen die deze hebben gekopieerd of ernaar linken te laten weten dat ik om verwijdering heb gevraagd (art. 17, lid 2, AVG).',
    },
    answer: ANSWER_REQUEST.rightsRequest,
  },
  'refuse-requirement': {
    subject: {
      en: 'Refusal of a requirement without a legal basis',
      nl: 'Weigering van een eis zonder grondslag',
    },
    article: { en: 'Art. 6(1) GDPR', nl: 'art. 6, lid 1, AVG' },
    request: {
      en: 'I do not agree to this requirement. In my view there is no legal basis for requiring it under Article 6(1) GDPR: it is not necessary for the performance of my employment contract (Art. 6(1)(b) GDPR), and consent given under pressure is not freely given (Art. 4(11) and 7(4) GDPR, Recital 43). Your right to give instructions covers the work itself, not my personal accounts or personal data beyond what the job needs (Art. 7:660 Dutch Civil Code).\n\nI therefore ask you to confirm in writing that this will not be required of me and that my refusal will have no consequences for me.',
      nl: 'Ik ga niet akkoord met deze eis. Naar mijn mening is er op grond van artikel 6, lid 1, AVG geen grondslag om dit van mij te verlangen: het is niet noodzakelijk voor de uitvoering van mijn arbeidsovereenkomst (art. 6, lid 1, onder b, AVG), en toestemming die onder druk wordt gegeven is niet vrij gegeven (art. 4, onder 11, en art. 7, lid 4, AVG, overweging 43). Uw instructiebevoegdheid betreft het werk zelf, niet mijn persoonlijke accounts of persoonsgegevens verder dan het werk vereist (art. 7:660 BW).\n\nIk verzoek u daarom schriftelijk te bevestigen dat dit niet van mij wordt verlangd en dat mijn weigering voor mij geen gevolgen heeft.',
    },
    answer: ANSWER_REQUEST.writtenAnswer,
  },
};

/** The parts every letter shares. */
export const LETTER_TEXT = {
  to: { en: 'To: {employer}', nl: 'Aan: {employer}' },
  attention: {
    en: 'Attn.: the data protection officer, or HR / the privacy contact',
    nl: 'T.a.v.: de functionaris gegevensbescherming, of HR / de privacycontactpersoon',
  },
  subjectLine: { en: 'Subject: {subject}', nl: 'Betreft: {subject}' },
  salutation: { en: 'Dear Sir or Madam,', nl: 'Geachte heer, mevrouw,' },
  workAt: { en: 'I work at {employer}.', nl: 'Ik werk bij {employer}.' },
  workAtInRole: { en: 'I work at {employer} in {role}.', nl: 'Ik werk bij {employer} in {role}.' },
  concerns: { en: 'This letter concerns {processing}.', nl: 'Deze brief gaat over {processing}.' },
  details: { en: 'Further details: {details}', nl: 'Toelichting: {details}' },
  assessment: { en: 'My assessment: {outcome}', nl: 'Mijn beoordeling: {outcome}' },
  basis: {
    en: 'This assessment rests on the following rules and sources:',
    nl: 'Deze beoordeling berust op de volgende regels en bronnen:',
  },
  sources: { en: 'sources', nl: 'bronnen' },
  nextSteps: {
    en: 'If I do not receive an answer in time, or if you refuse my request, I may lodge a complaint with the Autoriteit Persoonsgegevens, the Dutch data protection authority (Art. 77 GDPR), or go to court (Art. 79 GDPR).',
    nl: 'Als ik niet op tijd een antwoord ontvang, of als u mijn verzoek afwijst, kan ik een klacht indienen bij de Autoriteit Persoonsgegevens (art. 77 AVG) of naar de rechter stappen (art. 79 AVG).',
  },
  closing: { en: 'Kind regards,', nl: 'Met vriendelijke groet,' },
  employerPlaceholder: { en: '[name of your employer]', nl: '[naam van je werkgever]' },
  namePlaceholder: { en: '[your name]', nl: '[je naam]' },
  groundsPlaceholder: {
    en: '[describe your reasons, for example privacy, your safety, or a new job]',
    nl: '[beschrijf je redenen, bijvoorbeeld privacy, je veiligheid of een nieuwe baan]',
  },
} as const satisfies Record<string, LocalizedText>;

/** Why the data should go, by the outcome the core reached (erasure letter). */
export const ERASURE_GROUND: Record<Outcome | 'unknown', LocalizedText> = {
  'not-allowed': {
    en: 'There is no lawful basis for this processing (Art. 17(1)(d) GDPR).',
    nl: 'Voor deze verwerking bestaat geen grondslag (art. 17, lid 1, onder d, AVG).',
  },
  'voluntary-only': {
    en: 'Insofar as this rests on my consent, I withdraw it (Art. 7(3) and 17(1)(b) GDPR).',
    nl: 'Voor zover dit op mijn toestemming berust, trek ik die in (art. 7, lid 3, en art. 17, lid 1, onder b, AVG).',
  },
  'legitimate-interest': {
    en: 'I object to this processing on grounds relating to my particular situation (Art. 21(1) and 17(1)(c) GDPR).',
    nl: 'Ik maak bezwaar tegen deze verwerking om redenen die verband houden met mijn specifieke situatie (art. 21, lid 1, en art. 17, lid 1, onder c, AVG).',
  },
  'required-by-job': {
    en: 'The data are no longer necessary for the purpose for which they were collected (Art. 17(1)(a) GDPR).',
    nl: 'De gegevens zijn niet langer nodig voor het doel waarvoor ze zijn verzameld (art. 17, lid 1, onder a, AVG).',
  },
  unknown: {
    en: 'The data are no longer necessary, there is no valid basis for them, or their processing is unlawful (Art. 17(1) GDPR).',
    nl: 'De gegevens zijn niet langer nodig, er is geen geldige grondslag voor, of de verwerking ervan is onrechtmatig (art. 17, lid 1, AVG).',
  },
};

/** The core's outcome in one sentence, as the letter states it. */
export const OUTCOME_SENTENCE: Record<Outcome, LocalizedText> = {
  'required-by-job': {
    en: 'you may require this only as far as it is strictly necessary for my job (Art. 6(1)(b) GDPR), and with no more personal data than needed (Art. 5(1)(c) GDPR).',
    nl: 'u mag dit alleen verlangen voor zover het strikt noodzakelijk is voor mijn werk (art. 6, lid 1, onder b, AVG), en met niet meer persoonsgegevens dan nodig (art. 5, lid 1, onder c, AVG).',
  },
  'legitimate-interest': {
    en: 'this can at most rest on your legitimate interest (Art. 6(1)(f) GDPR). That requires a documented balancing of interests, prior information about that interest, and it leaves me the right to object.',
    nl: 'dit kan hooguit berusten op uw gerechtvaardigd belang (art. 6, lid 1, onder f, AVG). Dat vraagt een vastgelegde belangenafweging en vooraf informatie over dat belang, en ik houd het recht om bezwaar te maken.',
  },
  'voluntary-only': {
    en: 'this can only happen with my free consent (Art. 6(1)(a) and 7 GDPR). At work, consent is only free when saying no has no consequences at all.',
    nl: 'dit kan alleen met mijn vrije toestemming (art. 6, lid 1, onder a, en art. 7 AVG). Op het werk is toestemming alleen vrij als nee zeggen geen enkel gevolg heeft.',
  },
  'not-allowed': {
    en: 'there is no lawful basis for this under Art. 6(1) GDPR.',
    nl: 'hiervoor bestaat geen grondslag op grond van art. 6, lid 1, AVG.',
  },
};

/** What the employer does or asks, as the object of "This letter concerns ...". */
export const PROCESSING: Record<Activity, LocalizedText> = {
  'website-name': {
    en: 'the publication of my name and job title on your website',
    nl: 'het publiceren van mijn naam en functie op uw website',
  },
  'website-photo': {
    en: 'the publication of my photo on your website',
    nl: 'het publiceren van mijn foto op uw website',
  },
  'employer-social-photo': {
    en: 'the use of photos or videos of me in your social media posts or advertisements',
    nl: "het gebruik van foto's of video's van mij in uw berichten op sociale media of in advertenties",
  },
  'intranet-photo': {
    en: 'the use of my photo on the intranet or in the internal staff directory',
    nl: 'het gebruik van mijn foto op het intranet of in het smoelenboek',
  },
  'profile-employer': {
    en: 'the requirement to name the company as my employer on my personal LinkedIn profile (position, headline or banner)',
    nl: 'de eis om het bedrijf als werkgever te vermelden op mijn persoonlijke LinkedIn-profiel (functie, kopregel of banner)',
  },
  'profile-photo': {
    en: 'the requirement to show a (particular) profile photo on my personal LinkedIn account',
    nl: 'de eis om een (bepaalde) profielfoto op mijn persoonlijke LinkedIn-account te tonen',
  },
  'profile-broadcast': {
    en: 'the requirement to share my profile updates with my LinkedIn network',
    nl: 'de eis om wijzigingen in mijn profiel met mijn LinkedIn-netwerk te delen',
  },
  'feed-post': {
    en: 'the requirement to post or share messages about the company from my personal LinkedIn account',
    nl: 'de eis om vanaf mijn persoonlijke LinkedIn-account berichten over het bedrijf te plaatsen of te delen',
  },
  'group-post': {
    en: 'the requirement to post in LinkedIn groups for the company under my own name',
    nl: 'de eis om onder mijn eigen naam voor het bedrijf berichten in LinkedIn-groepen te plaatsen',
  },
  comment: {
    en: 'the requirement to comment on LinkedIn for the company under my own name',
    nl: 'de eis om onder mijn eigen naam voor het bedrijf reacties op LinkedIn te plaatsen',
  },
  'company-page-post': {
    en: "posting as, or managing, the company's LinkedIn page under my name",
    nl: 'het plaatsen van berichten als, of het beheren van, de LinkedIn-bedrijfspagina onder mijn naam',
  },
  'create-account': {
    en: 'the requirement to create a personal LinkedIn account',
    nl: 'de eis om een persoonlijk LinkedIn-account aan te maken',
  },
  'account-access': {
    en: 'the demand for access to my personal LinkedIn account (my password, admin rights, posting as me, or a connection to watch it)',
    nl: 'de eis van toegang tot mijn persoonlijke LinkedIn-account (mijn wachtwoord, beheerrechten, namens mij posten of een connectie om mee te kijken)',
  },
  'private-content': {
    en: 'the instruction to change private content on my personal account that is unrelated to my work',
    nl: 'de opdracht om privé-inhoud op mijn persoonlijke account te wijzigen die niets met mijn werk te maken heeft',
  },
  'correct-work-claim': {
    en: 'the request to correct a statement on my profile about my job at the company',
    nl: 'het verzoek om een bewering op mijn profiel over mijn functie bij het bedrijf te corrigeren',
  },
  monitoring: {
    en: 'the monitoring of my LinkedIn profile or status (for example "open to work")',
    nl: 'het volgen van mijn LinkedIn-profiel of -status (bijvoorbeeld "open to work")',
  },
};

/** The role as the object of "I work at ... in ...". */
export const ROLE_PHRASE: Record<Role, LocalizedText> = {
  'field-service': { en: 'field service', nl: 'de buitendienst' },
  sales: { en: 'sales', nl: 'de verkoop' },
  communications: { en: 'communications', nl: 'de communicatie' },
  management: { en: 'management', nl: 'het management' },
  'customer-service': { en: 'customer service', nl: 'de klantenservice' },
  recruiter: { en: 'recruitment', nl: 'werving en selectie' },
  'back-office': { en: 'a back-office role', nl: 'een ondersteunende functie (backoffice)' },
};

/** What the erasure letter asks to remove, by activity. */
export const ERASURE_OBJECT: Partial<Record<Activity, LocalizedText>> = {
  'website-photo': { en: 'photo', nl: 'foto' },
  'employer-social-photo': { en: 'photo', nl: 'foto' },
  'intranet-photo': { en: 'photo', nl: 'foto' },
  'profile-photo': { en: 'photo', nl: 'foto' },
  'website-name': { en: 'name', nl: 'naam' },
};
export const ERASURE_OBJECT_DEFAULT: LocalizedText = { en: 'personal data', nl: 'persoonsgegevens' };

export const MONTH_NAMES: Record<keyof LocalizedText, readonly string[]> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  nl: [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ],
};
