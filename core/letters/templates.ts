// The text of the rights letters, in English and Dutch. Plain text with {placeholders}; the user's own words
// (names, addresses, details) are filled in as text, never interpreted. Dutch letters address the employer
// with "u". Sources are named as the public knows them (article, recital, guideline, authority), never by
// an internal id, and every text is complete: nothing in a letter is left for the user to fill in.
import type { Activity, LocalizedText, Outcome, Role, Status } from '../types';

export const LETTER_KINDS = [
  'objection',
  'withdraw-consent',
  'access',
  'erasure',
  'refuse-requirement',
] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

/** Who the letter is addressed to at the employer. */
export const ADDRESSEES = ['dpo', 'hr', 'director', 'works-council'] as const;
export type Addressee = (typeof ADDRESSEES)[number];

/** The "Attn." line. Without a choice the letter goes to HR or the management. */
export const ADDRESSEE_LINE: Record<Addressee | 'unknown', LocalizedText> = {
  dpo: {
    en: 'Attn. the data protection officer',
    nl: 'T.a.v. de functionaris gegevensbescherming',
  },
  hr: { en: 'Attn. the HR department', nl: 'T.a.v. de afdeling HR' },
  director: { en: 'Attn. the management', nl: 'T.a.v. de directie' },
  'works-council': { en: 'Attn. the works council', nl: 'T.a.v. de ondernemingsraad' },
  unknown: { en: 'Attn. the HR department or the management', nl: 'T.a.v. de afdeling HR of de directie' },
};

/** A text that reads differently to the works council than to the employer (HR, management, DPO). */
export interface ByReader {
  employer: LocalizedText;
  council: LocalizedText;
}

/** Whom a letter speaks to: the works council, or the employer in any other case. */
export const readerOf = (addressee: Addressee | null | undefined): keyof ByReader =>
  addressee === 'works-council' ? 'council' : 'employer';

export const SALUTATION: ByReader = {
  employer: { en: 'Dear Sir or Madam,', nl: 'Geachte heer, mevrouw,' },
  council: { en: 'Dear members of the works council,', nl: 'Geachte leden van de ondernemingsraad,' },
};

/** The parts every letter shares. */
export const LETTER_TEXT = {
  subjectLine: { en: 'Subject: {subject}', nl: 'Betreft: {subject}' },
  personnelNumber: { en: 'Personnel number: {number}', nl: 'Personeelsnummer: {number}' },
  placeAndDate: { en: '{place}, {date}', nl: '{place}, {date}' },
  concerns: { en: 'This letter concerns {processing}.', nl: 'Deze brief gaat over {processing}.' },
  details: { en: 'Further details: {details}', nl: 'Toelichting: {details}' },
  nextSteps: {
    en: 'If I do not receive an answer in time, or if you refuse my request, I can lodge a complaint with the Autoriteit Persoonsgegevens, the Dutch data protection authority (Art. 77 GDPR), or ask the court to rule on it (Art. 79 GDPR and art. 35 of the Dutch GDPR Implementation Act).',
    nl: 'Als ik niet op tijd een antwoord ontvang, of als u mijn verzoek afwijst, kan ik een klacht indienen bij de Autoriteit Persoonsgegevens (art. 77 AVG) of de rechter om een oordeel vragen (art. 79 AVG en art. 35 UAVG).',
  },
  agreements: {
    en: 'If you see this differently, I am glad to discuss it. I am also open to agreeing in writing what is shown of me, where, for how long, and that it is removed when I leave.',
    nl: 'Als u hier anders over denkt, bespreek ik dat graag met u. Ik sta ook open voor schriftelijke afspraken over wat er van mij wordt getoond, waar, hoe lang, en dat het wordt verwijderd als ik vertrek.',
  },
  closing: { en: 'Kind regards,', nl: 'Met vriendelijke groet,' },
} as const satisfies Record<string, LocalizedText>;

/**
 * The first sentence: the writer's real position at the employer. {role} is a ROLE_PHRASE; the
 * `inRole` variants are used when the role is known.
 */
export const POSITION_TEXT: Record<Status, { plain: LocalizedText; inRole: LocalizedText }> = {
  employee: {
    plain: { en: 'I work for {employer}.', nl: 'Ik werk bij {employer}.' },
    inRole: { en: 'I work for {employer} in {role}.', nl: 'Ik werk bij {employer} in {role}.' },
  },
  intern: {
    plain: { en: 'I am an intern at {employer}.', nl: 'Ik loop stage bij {employer}.' },
    inRole: { en: 'I am an intern at {employer} in {role}.', nl: 'Ik loop stage bij {employer} in {role}.' },
  },
  'agency-worker': {
    plain: {
      en: 'I work at {employer} through an employment agency.',
      nl: 'Ik werk via een uitzendbureau bij {employer}.',
    },
    inRole: {
      en: 'I work at {employer} through an employment agency, in {role}.',
      nl: 'Ik werk via een uitzendbureau bij {employer}, in {role}.',
    },
  },
  'ex-employee': {
    plain: {
      en: 'I used to work for {employer}; my employment there has ended.',
      nl: 'Ik heb bij {employer} gewerkt; mijn dienstverband is beëindigd.',
    },
    inRole: {
      en: 'I used to work for {employer} in {role}; my employment there has ended.',
      nl: 'Ik heb bij {employer} in {role} gewerkt; mijn dienstverband is beëindigd.',
    },
  },
};

/** What ties the writer to the employer, as the object of "a requirement of …". */
export const RELATIONSHIP: Record<Status, LocalizedText> = {
  employee: { en: 'my employment contract', nl: 'mijn arbeidsovereenkomst' },
  intern: { en: 'my internship agreement', nl: 'mijn stageovereenkomst' },
  'agency-worker': { en: 'my assignment with you', nl: 'mijn opdracht bij u' },
  'ex-employee': { en: 'my former employment', nl: 'mijn vroegere dienstverband' },
};

/** The role as the object of "I work for … in …". */
export const ROLE_PHRASE: Record<Role, LocalizedText> = {
  'field-service': { en: 'field service', nl: 'de buitendienst' },
  sales: { en: 'sales', nl: 'de verkoop' },
  communications: { en: 'communications', nl: 'de communicatie' },
  management: { en: 'management', nl: 'het management' },
  'customer-service': { en: 'customer service', nl: 'de klantenservice' },
  recruiter: { en: 'recruitment', nl: 'werving en selectie' },
  'back-office': { en: 'a back-office role', nl: 'een ondersteunende functie (backoffice)' },
};

/** How the employer put it: a requirement, a request, or (unknown) neither. */
export type Framing = 'requires' | 'asks' | 'neutral';

/**
 * What the letter is about. `noun` is neutral ("posting messages …"); `act` is what the writer is
 * asked to do, after "your requirement that I" / "your request that I" (EN, base form) or "uw eis
 * om" / "uw verzoek om" (NL, te-infinitive). Activities the employer does itself have no `act`.
 */
export interface ProcessingText {
  noun: LocalizedText;
  act?: LocalizedText;
}

export const FRAMED: Record<Exclude<Framing, 'neutral'>, LocalizedText> = {
  requires: { en: 'your requirement that I {act}', nl: 'uw eis om {act}' },
  asks: { en: 'your request that I {act}', nl: 'uw verzoek om {act}' },
};

export const PROCESSING: Record<Activity, ProcessingText> = {
  'website-name': {
    noun: {
      en: 'the publication of my name and job title on your website',
      nl: 'het publiceren van mijn naam en functie op uw website',
    },
    act: {
      en: 'have my name and job title published on your website',
      nl: 'mijn naam en functie op uw website te laten publiceren',
    },
  },
  'website-photo': {
    noun: {
      en: 'the publication of my photo on your website',
      nl: 'het publiceren van mijn foto op uw website',
    },
    act: {
      en: 'have my photo published on your website',
      nl: 'mijn foto op uw website te laten publiceren',
    },
  },
  'employer-social-photo': {
    noun: {
      en: 'the use of photos or videos of me in your social media posts or advertisements',
      nl: "het gebruik van foto's of video's van mij in uw berichten op sociale media of in advertenties",
    },
    act: {
      en: 'appear in photos or videos in your social media posts or advertisements',
      nl: "in foto's of video's in uw berichten op sociale media of in advertenties te verschijnen",
    },
  },
  'intranet-photo': {
    noun: {
      en: 'the use of my photo on the intranet or in the internal staff directory',
      nl: 'het gebruik van mijn foto op het intranet of in het smoelenboek',
    },
    act: {
      en: 'provide a photo for the intranet or the internal staff directory',
      nl: 'een foto aan te leveren voor het intranet of het smoelenboek',
    },
  },
  'profile-employer': {
    noun: {
      en: 'naming the company as my employer on my personal LinkedIn profile (position, headline or banner)',
      nl: 'het vermelden van het bedrijf als werkgever op mijn persoonlijke LinkedIn-profiel (functie, kopregel of banner)',
    },
    act: {
      en: 'name the company as my employer on my personal LinkedIn profile (position, headline or banner)',
      nl: 'het bedrijf als werkgever te vermelden op mijn persoonlijke LinkedIn-profiel (functie, kopregel of banner)',
    },
  },
  'profile-photo': {
    noun: {
      en: 'showing a (particular) profile photo on my personal LinkedIn account',
      nl: 'het tonen van een (bepaalde) profielfoto op mijn persoonlijke LinkedIn-account',
    },
    act: {
      en: 'show a (particular) profile photo on my personal LinkedIn account',
      nl: 'een (bepaalde) profielfoto op mijn persoonlijke LinkedIn-account te tonen',
    },
  },
  'profile-broadcast': {
    noun: {
      en: 'sharing my profile updates with my LinkedIn network',
      nl: 'het delen van wijzigingen in mijn profiel met mijn LinkedIn-netwerk',
    },
    act: {
      en: 'share my profile updates with my LinkedIn network',
      nl: 'wijzigingen in mijn profiel met mijn LinkedIn-netwerk te delen',
    },
  },
  'feed-post': {
    noun: {
      en: 'posting or sharing messages about the company from my personal LinkedIn account',
      nl: 'het plaatsen of delen van berichten over het bedrijf vanaf mijn persoonlijke LinkedIn-account',
    },
    act: {
      en: 'post or share messages about the company from my personal LinkedIn account',
      nl: 'berichten over het bedrijf te plaatsen of te delen vanaf mijn persoonlijke LinkedIn-account',
    },
  },
  'group-post': {
    noun: {
      en: 'posting in LinkedIn groups for the company under my own name',
      nl: 'het onder mijn eigen naam plaatsen van berichten in LinkedIn-groepen voor het bedrijf',
    },
    act: {
      en: 'post in LinkedIn groups for the company under my own name',
      nl: 'onder mijn eigen naam berichten in LinkedIn-groepen voor het bedrijf te plaatsen',
    },
  },
  comment: {
    noun: {
      en: 'commenting on LinkedIn for the company under my own name',
      nl: 'het onder mijn eigen naam reageren op LinkedIn voor het bedrijf',
    },
    act: {
      en: 'comment on LinkedIn for the company under my own name',
      nl: 'onder mijn eigen naam reacties op LinkedIn voor het bedrijf te plaatsen',
    },
  },
  'company-page-post': {
    noun: {
      en: "posting as, or managing, the company's LinkedIn page under my name",
      nl: 'het plaatsen van berichten als, of het beheren van, de LinkedIn-bedrijfspagina onder mijn naam',
    },
    act: {
      en: "post as, or manage, the company's LinkedIn page under my name",
      nl: 'onder mijn naam berichten als de LinkedIn-bedrijfspagina te plaatsen of die pagina te beheren',
    },
  },
  'create-account': {
    noun: {
      en: 'creating a personal LinkedIn account',
      nl: 'het aanmaken van een persoonlijk LinkedIn-account',
    },
    act: {
      en: 'create a personal LinkedIn account',
      nl: 'een persoonlijk LinkedIn-account aan te maken',
    },
  },
  'account-access': {
    noun: {
      en: 'access to my personal LinkedIn account (my password, admin rights, posting as me, or a connection to watch it)',
      nl: 'toegang tot mijn persoonlijke LinkedIn-account (mijn wachtwoord, beheerrechten, namens mij posten of een connectie om mee te kijken)',
    },
    act: {
      en: 'give you access to my personal LinkedIn account (my password, admin rights, posting as me, or a connection to watch it)',
      nl: 'u toegang te geven tot mijn persoonlijke LinkedIn-account (mijn wachtwoord, beheerrechten, namens mij posten of een connectie om mee te kijken)',
    },
  },
  'private-content': {
    noun: {
      en: 'changes to private content on my personal account that is unrelated to my work',
      nl: 'het wijzigen van privé-inhoud op mijn persoonlijke account die niets met mijn werk te maken heeft',
    },
    act: {
      en: 'change private content on my personal account that is unrelated to my work',
      nl: 'privé-inhoud op mijn persoonlijke account te wijzigen die niets met mijn werk te maken heeft',
    },
  },
  'correct-work-claim': {
    noun: {
      en: 'correcting a statement on my profile about my job at the company',
      nl: 'het corrigeren van een bewering op mijn profiel over mijn functie bij het bedrijf',
    },
    act: {
      en: 'correct a statement on my profile about my job at the company',
      nl: 'een bewering op mijn profiel over mijn functie bij het bedrijf te corrigeren',
    },
  },
  monitoring: {
    noun: {
      en: 'the monitoring of my personal LinkedIn profile or status (for example "open to work")',
      nl: 'het volgen van mijn persoonlijke LinkedIn-profiel of -status (bijvoorbeeld "open to work")',
    },
  },
};

/** What an erasure asks to remove, by activity (as the object of "erase …"). */
export const ERASURE_OBJECT: Partial<Record<Activity, LocalizedText>> = {
  'website-photo': { en: 'my photo', nl: 'mijn foto' },
  'employer-social-photo': { en: 'the photos and videos of me', nl: "de foto's en video's van mij" },
  'intranet-photo': { en: 'my photo', nl: 'mijn foto' },
  'website-name': { en: 'my name and job title', nl: 'mijn naam en functie' },
  'company-page-post': {
    en: 'my name and other personal data on your company page',
    nl: 'mijn naam en andere persoonsgegevens op uw bedrijfspagina',
  },
};
export const ERASURE_OBJECT_DEFAULT: LocalizedText = {
  en: 'the personal data concerned',
  nl: 'de betreffende persoonsgegevens',
};

/** Public names of the sources the letters cite, in each language. */
export const CITE = {
  consentFree: {
    en: 'Recital 42 GDPR; EDPB Guidelines 05/2020 on consent, paragraphs 46–48',
    nl: 'overweging 42 AVG; EDPB-richtlijnen 05/2020 inzake toestemming, randnummers 46–48',
  },
  consentDefinition: {
    en: 'Art. 4(11) and Art. 7 GDPR; Recital 43 GDPR',
    nl: 'art. 4, punt 11, en art. 7 AVG; overweging 43 AVG',
  },
  necessity: {
    en: 'EDPB Guidelines 2/2019 on processing under Article 6(1)(b) GDPR, paragraphs 25–27',
    nl: 'EDPB-richtlijnen 2/2019 over verwerking op grond van artikel 6, lid 1, onder b, AVG, randnummers 25–27',
  },
  instructions: {
    en: 'art. 7:660 Dutch Civil Code',
    nl: 'art. 7:660 BW',
  },
  photosAp: {
    en: 'For photos of staff, the Autoriteit Persoonsgegevens, the Dutch data protection authority, takes the view that an employer will almost always need their consent (its guidance "Beeldmateriaal op de werkplek").',
    nl: 'Voor foto\'s van medewerkers is de Autoriteit Persoonsgegevens van oordeel dat een werkgever vrijwel altijd hun toestemming nodig heeft (de uitleg "Beeldmateriaal op de werkplek").',
  },
  monitoringWp: {
    en: 'Article 29 Working Party, Opinion 2/2017 on data processing at work',
    nl: 'Artikel 29-werkgroep, Advies 2/2017 over gegevensverwerking op het werk',
  },
} as const satisfies Record<string, LocalizedText>;

/**
 * The answer a letter asks for. A rights request (Articles 15 to 22) has the one-month term of Art. 12(3)
 * counted from receipt: the date is printed only as "if you receive it today". A refusal of a requirement
 * is not such a request: it asks for a written answer without citing them.
 */
export const ANSWER_REQUEST = {
  rightsRequest: {
    en: 'Please answer without undue delay and at the latest within one month of receiving this letter (Art. 12(3) GDPR); if you receive it today, that is on {deadline} at the latest. You may extend this period by two further months only where that is necessary because of the complexity or number of requests, and you must then tell me so, with the reasons, within the first month. If you decide not to act on my request, you must tell me why within that month (Art. 12(4) GDPR).',
    nl: 'Ik verzoek u zonder onnodige vertraging en uiterlijk binnen een maand na ontvangst van deze brief te antwoorden (art. 12, lid 3, AVG); als u deze brief vandaag ontvangt, is dat uiterlijk op {deadline}. U kunt deze termijn alleen met twee maanden verlengen als dat nodig is vanwege de complexiteit of het aantal verzoeken, en u moet mij dat dan binnen de eerste maand laten weten, met de redenen. Als u besluit geen gevolg te geven aan mijn verzoek, moet u mij binnen die maand laten weten waarom (art. 12, lid 4, AVG).',
  },
  erasureAfterWithdrawal: {
    en: 'My withdrawal takes effect now and needs no answer. On my request for erasure, please answer without undue delay and at the latest within one month of receiving this letter (Art. 12(3) GDPR); if you receive it today, that is on {deadline} at the latest. You may extend this period by two further months only where that is necessary because of the complexity or number of requests, and you must then tell me so, with the reasons, within the first month. If you decide not to erase the data, you must tell me why within that month (Art. 12(4) GDPR).',
    nl: 'Mijn intrekking geldt vanaf nu en vraagt geen antwoord. Op mijn verzoek om verwijdering verzoek ik u zonder onnodige vertraging en uiterlijk binnen een maand na ontvangst van deze brief te antwoorden (art. 12, lid 3, AVG); als u deze brief vandaag ontvangt, is dat uiterlijk op {deadline}. U kunt deze termijn alleen met twee maanden verlengen als dat nodig is vanwege de complexiteit of het aantal verzoeken, en u moet mij dat dan binnen de eerste maand laten weten, met de redenen. Als u besluit de gegevens niet te wissen, moet u mij binnen die maand laten weten waarom (art. 12, lid 4, AVG).',
  },
  writtenAnswer: {
    en: 'I would appreciate your answer in writing, preferably by {deadline}.',
    nl: 'Ik ontvang uw antwoord graag schriftelijk, bij voorkeur uiterlijk op {deadline}.',
  },
} as const satisfies Record<string, LocalizedText>;

/** Subject line, the article the letter rests on, and the answer it asks for. */
export interface LetterKindText {
  subject: LocalizedText;
  article: LocalizedText;
  answer: LocalizedText;
}

export const LETTER_KIND_TEXT: Record<LetterKind, LetterKindText> = {
  objection: {
    subject: {
      en: 'Objection to the processing of my personal data (Art. 21 GDPR)',
      nl: 'Bezwaar tegen de verwerking van mijn persoonsgegevens (art. 21 AVG)',
    },
    article: { en: 'Art. 21(1) GDPR', nl: 'art. 21, lid 1, AVG' },
    answer: ANSWER_REQUEST.rightsRequest,
  },
  'withdraw-consent': {
    subject: {
      en: 'Withdrawal of my consent (Art. 7(3) GDPR)',
      nl: 'Intrekken van mijn toestemming (art. 7, lid 3, AVG)',
    },
    article: { en: 'Art. 7(3) GDPR', nl: 'art. 7, lid 3, AVG' },
    answer: ANSWER_REQUEST.erasureAfterWithdrawal,
  },
  access: {
    subject: {
      en: 'Request for information and access (Art. 13 and 15 GDPR)',
      nl: 'Verzoek om informatie en inzage (art. 13 en 15 AVG)',
    },
    article: { en: 'Art. 13 and 15 GDPR', nl: 'art. 13 en 15 AVG' },
    answer: ANSWER_REQUEST.rightsRequest,
  },
  erasure: {
    subject: {
      en: 'Request for erasure of {what} (Art. 17 GDPR)',
      nl: 'Verzoek om verwijdering van {what} (art. 17 AVG)',
    },
    article: { en: 'Art. 17 GDPR', nl: 'art. 17 AVG' },
    answer: ANSWER_REQUEST.rightsRequest,
  },
  'refuse-requirement': {
    subject: {
      en: 'My answer to {framing}: {what}',
      nl: 'Mijn antwoord op {framing}: {what}',
    },
    article: { en: 'Art. 6(1) GDPR', nl: 'art. 6, lid 1, AVG' },
    answer: ANSWER_REQUEST.writtenAnswer,
  },
};

/** The objection to monitoring also asks for access. */
export const MONITORING_SUBJECT: LocalizedText = {
  en: 'Objection to the monitoring of my LinkedIn profile, and request for access (Art. 21 and 15 GDPR)',
  nl: 'Bezwaar tegen het volgen van mijn LinkedIn-profiel en verzoek om inzage (art. 21 en 15 AVG)',
};

/** The refusal letter's subject, by framing. */
export const REFUSAL_SUBJECT: Record<Framing, LocalizedText> = {
  requires: { en: 'your requirement', nl: 'uw eis' },
  asks: { en: 'your request', nl: 'uw verzoek' },
  neutral: { en: 'your question', nl: 'uw vraag' },
};

/** The request paragraphs of each letter. */
export const REQUEST_TEXT = {
  objection: {
    en: 'Under Article 21(1) GDPR I object to this processing, on grounds relating to my particular situation: {grounds}',
    nl: 'Op grond van artikel 21, lid 1, AVG maak ik bezwaar tegen deze verwerking, om redenen die verband houden met mijn specifieke situatie: {grounds}',
  },
  objectionStop: {
    en: 'I ask you to stop this processing unless you can demonstrate compelling legitimate grounds that override my interests, rights and freedoms. While you assess my objection, I ask you to restrict the processing (Art. 18(1)(d) GDPR).',
    nl: 'Ik verzoek u deze verwerking te staken, tenzij u dwingende gerechtvaardigde gronden aantoont die zwaarder wegen dan mijn belangen, rechten en vrijheden. Zolang u mijn bezwaar beoordeelt, verzoek ik u de verwerking te beperken (art. 18, lid 1, onder d, AVG).',
  },
  objectionErase: {
    en: 'If you uphold my objection, I ask you to erase {what} (Art. 17(1)(c) GDPR), also where you made these data public (Art. 17(2) GDPR).',
    nl: 'Als u mijn bezwaar honoreert, verzoek ik u {what} te wissen (art. 17, lid 1, onder c, AVG), ook waar u die openbaar hebt gemaakt (art. 17, lid 2, AVG).',
  },
  objectionStopAsking: {
    en: 'If you uphold my objection, I ask you to stop asking this of me.',
    nl: 'Als u mijn bezwaar honoreert, verzoek ik u dit niet langer van mij te vragen.',
  },
  contestNecessity: {
    en: 'I understand that you consider this necessary for my work (Art. 6(1)(b) GDPR). I dispute that it is necessary in my case. Necessity is judged objectively, and a task written into a job description does not by itself make it necessary ({necessity}). I ask you to consider a less intrusive way of reaching your purpose.',
    nl: 'Ik begrijp dat u dit noodzakelijk vindt voor mijn werk (art. 6, lid 1, onder b, AVG). Ik betwist dat het in mijn geval noodzakelijk is. Noodzaak wordt objectief beoordeeld, en een taak die in een functieomschrijving staat, is daarmee nog niet noodzakelijk ({necessity}). Ik verzoek u een minder ingrijpende manier te overwegen om uw doel te bereiken.',
  },
  contestObjection: {
    en: 'Insofar as you rely on your legitimate interest instead (Art. 6(1)(f) GDPR), I object to this processing under Article 21(1) GDPR, on grounds relating to my particular situation: {grounds}',
    nl: 'Voor zover u zich in plaats daarvan op uw gerechtvaardigd belang beroept (art. 6, lid 1, onder f, AVG), maak ik op grond van artikel 21, lid 1, AVG bezwaar tegen deze verwerking, om redenen die verband houden met mijn specifieke situatie: {grounds}',
  },
  contestRestrict: {
    en: 'While you assess this, I ask you to restrict the processing (Art. 18(1)(d) GDPR).',
    nl: 'Zolang u dit beoordeelt, verzoek ik u de verwerking te beperken (art. 18, lid 1, onder d, AVG).',
  },
  monitoringObjection: {
    en: 'I object to this monitoring. In my view there is most likely no valid legal basis for it: watching the personal online profile of staff is not necessary for the work, and an employer may not monitor staff on social media as a general measure ({monitoring}). Insofar as you rely on your legitimate interest, I object under Article 21(1) GDPR.',
    nl: 'Ik maak bezwaar tegen dit volgen. Naar mijn mening is daarvoor hoogstwaarschijnlijk geen geldige grondslag: het bekijken van het persoonlijke online profiel van medewerkers is niet nodig voor het werk, en een werkgever mag medewerkers op sociale media niet als algemene maatregel volgen ({monitoring}). Voor zover u zich op uw gerechtvaardigd belang beroept, maak ik bezwaar op grond van artikel 21, lid 1, AVG.',
  },
  monitoringStop: {
    en: 'I ask you to stop the monitoring, to restrict the use of what you collected while you assess my objection (Art. 18(1)(d) GDPR), and then to erase it (Art. 17(1)(c) and (d) GDPR).',
    nl: 'Ik verzoek u het volgen te staken, het gebruik van wat u hebt verzameld te beperken zolang u mijn bezwaar beoordeelt (art. 18, lid 1, onder d, AVG), en het daarna te wissen (art. 17, lid 1, onder c en d, AVG).',
  },
  monitoringAccess: {
    en: 'I also ask you for access under Article 15 GDPR: which data about my LinkedIn profile or activity you collected, since when, for which purpose and on which legal basis, with whom you shared them, and a copy of those data (Art. 15(3) GDPR). The first copy is free of charge (Art. 12(5) GDPR).',
    nl: 'Daarnaast verzoek ik u op grond van artikel 15 AVG om inzage: welke gegevens over mijn LinkedIn-profiel of -activiteit u hebt verzameld, sinds wanneer, voor welk doel en op welke grondslag, met wie u ze hebt gedeeld, en een kopie van die gegevens (art. 15, lid 3, AVG). De eerste kopie is kosteloos (art. 12, lid 5, AVG).',
  },
  monitoringCouncil: {
    en: 'A scheme for monitoring staff also needs the consent of the works council (art. 27(1)(l) Works Councils Act).',
    nl: 'Een regeling voor het volgen van medewerkers vraagt bovendien de instemming van de ondernemingsraad (art. 27, lid 1, onder l, WOR).',
  },
  withdraw: {
    en: 'Under Article 7(3) GDPR I hereby withdraw my consent to this. Withdrawing consent must be as easy as giving it, and I do not need to give a reason.',
    nl: 'Op grond van artikel 7, lid 3, AVG trek ik hierbij mijn toestemming hiervoor in. Het intrekken van toestemming moet even eenvoudig zijn als het geven ervan, en ik hoef er geen reden voor te geven.',
  },
  withdrawInsofar: {
    en: 'Insofar as this rests on my consent, I hereby withdraw it (Art. 7(3) GDPR). Withdrawing consent must be as easy as giving it, and I do not need to give a reason.',
    nl: 'Voor zover dit op mijn toestemming berust, trek ik die hierbij in (art. 7, lid 3, AVG). Het intrekken van toestemming moet even eenvoudig zijn als het geven ervan, en ik hoef er geen reden voor te geven.',
  },
  withdrawErase: {
    en: 'I ask you to stop this processing and to erase {what} (Art. 17(1)(b) GDPR), also where you made these data public (Art. 17(2) GDPR).',
    nl: 'Ik verzoek u deze verwerking te stoppen en {what} te wissen (art. 17, lid 1, onder b, AVG), ook waar u die openbaar hebt gemaakt (art. 17, lid 2, AVG).',
  },
  withdrawOwnAccount: {
    en: 'From now on I will no longer {act}. I ask you to stop asking me to, and to erase any record you keep of my taking part, such as lists, screenshots or reports (Art. 17(1)(b) GDPR).',
    nl: 'Vanaf nu zal ik niet langer {act}. Ik verzoek u mij daar niet meer om te vragen, en gegevens die u over mijn deelname bijhoudt, zoals lijsten, schermafbeeldingen of rapportages, te wissen (art. 17, lid 1, onder b, AVG).',
  },
  noConsequences: {
    en: 'Withdrawing my consent may not have any negative consequences for me: consent is only freely given if I can refuse or withdraw it without detriment ({consentFree}).',
    nl: 'Het intrekken van mijn toestemming mag voor mij geen nadelige gevolgen hebben: toestemming is alleen vrij gegeven als ik die zonder nadeel kan weigeren of intrekken ({consentFree}).',
  },
  accessIntro: {
    en: 'Under Articles 13 and 15 GDPR I ask you for information about, and access to, the personal data you process about me in this connection. Please tell me:',
    nl: 'Op grond van de artikelen 13 en 15 AVG verzoek ik u om informatie over en inzage in de persoonsgegevens die u in dit verband over mij verwerkt. Ik verneem graag:',
  },
  accessList: {
    en: '- for which purposes you process these data, and on which legal basis (Art. 13(1)(c) GDPR);\n- if you rely on your legitimate interest, which interest that is (Art. 13(1)(d) GDPR);\n- to whom you disclose them, including platforms such as LinkedIn;\n- how long you keep them;\n- whether providing them is a requirement of {relationship}, and what happens if I do not (Art. 13(2)(e) GDPR).',
    nl: '- voor welke doelen u deze gegevens verwerkt en op welke grondslag (art. 13, lid 1, onder c, AVG);\n- als u zich op uw gerechtvaardigd belang beroept: welk belang dat is (art. 13, lid 1, onder d, AVG);\n- aan wie u ze verstrekt, waaronder platforms zoals LinkedIn;\n- hoe lang u ze bewaart;\n- of het verstrekken ervan een verplichting uit {relationship} is, en wat de gevolgen zijn als ik dat niet doe (art. 13, lid 2, onder e, AVG).',
  },
  accessCopyPublished: {
    en: 'I also ask for a copy of the personal data concerned, such as photos and texts, and a list of the places where you published them (Art. 15(1) and (3) GDPR). The first copy is free of charge (Art. 12(5) GDPR).',
    nl: "Daarnaast vraag ik u om een kopie van de betreffende persoonsgegevens, zoals foto's en teksten, en een overzicht van de plaatsen waar u ze hebt gepubliceerd (art. 15, lid 1 en lid 3, AVG). De eerste kopie is kosteloos (art. 12, lid 5, AVG).",
  },
  accessCopyKept: {
    en: 'I also ask for a copy of the personal data you keep about me in this connection, such as lists, screenshots or reports of my LinkedIn activity (Art. 15(1) and (3) GDPR). The first copy is free of charge (Art. 12(5) GDPR).',
    nl: 'Daarnaast vraag ik u om een kopie van de persoonsgegevens die u in dit verband over mij bijhoudt, zoals lijsten, schermafbeeldingen of rapportages van mijn LinkedIn-activiteit (art. 15, lid 1 en lid 3, AVG). De eerste kopie is kosteloos (art. 12, lid 5, AVG).',
  },
  erasure: {
    en: "Under Article 17 GDPR (the right to erasure, or 'right to be forgotten') I ask you to erase {what} and to remove these data from every place where you published them. {ground}",
    nl: "Op grond van artikel 17 AVG (het recht op gegevenswissing, 'recht op vergetelheid') verzoek ik u {what} te wissen en te verwijderen van alle plaatsen waar u die hebt gepubliceerd. {ground}",
  },
  erasurePublic: {
    en: 'Where you made these data public, I ask you to take reasonable steps to inform others who copied them or link to them that I have asked for their erasure (Art. 17(2) GDPR).',
    nl: 'Waar u die openbaar hebt gemaakt, verzoek ik u redelijke maatregelen te nemen om anderen die deze hebben gekopieerd of ernaar linken te laten weten dat ik om verwijdering heb gevraagd (art. 17, lid 2, AVG).',
  },
  refuseConfirm: {
    en: 'I therefore ask you to confirm in writing that this will not be asked of me again and that my answer will have no negative consequences for me, also in my assessment or career.',
    nl: 'Ik verzoek u daarom schriftelijk te bevestigen dat dit niet meer van mij wordt gevraagd en dat mijn antwoord voor mij geen nadelige gevolgen heeft, ook niet in mijn beoordeling of loopbaan.',
  },
  refuseConfirmCited: {
    en: 'I therefore ask you to confirm in writing that this will not be asked of me again and that my answer will have no negative consequences for me, also in my assessment or career: saying no to something at work must be possible without detriment ({consentFree}).',
    nl: 'Ik verzoek u daarom schriftelijk te bevestigen dat dit niet meer van mij wordt gevraagd en dat mijn antwoord voor mij geen nadelige gevolgen heeft, ook niet in mijn beoordeling of loopbaan: nee zeggen op het werk moet zonder nadeel mogelijk zijn ({consentFree}).',
  },
} as const satisfies Record<string, LocalizedText>;

/** The refusal's opening, by framing. */
export const REFUSAL_OPENING: Record<Framing, LocalizedText> = {
  requires: { en: 'I do not agree to this requirement.', nl: 'Ik ga niet akkoord met deze eis.' },
  asks: { en: 'I decline this request.', nl: 'Ik ga niet in op dit verzoek.' },
  neutral: { en: 'I do not wish to take part in this.', nl: 'Ik wil hier niet aan meewerken.' },
};

/** Why the writer may refuse, by the outcome the core reached ('unknown' when there is none). */
export const REFUSAL_GROUND: Record<
  Exclude<Outcome, 'required-by-job' | 'legitimate-interest'> | 'unknown',
  LocalizedText
> = {
  'not-allowed': {
    en: 'In my view there is most likely no valid legal basis for this under Article 6(1) GDPR: it is not necessary for the performance of {relationship} (Art. 6(1)(b) GDPR), and consent given under pressure is not freely given ({consentDefinition}). Your right to give instructions covers the work itself, not my personal accounts or personal data beyond what the job needs ({instructions}).',
    nl: 'Naar mijn mening is hiervoor hoogstwaarschijnlijk geen geldige grondslag op grond van artikel 6, lid 1, AVG: het is niet noodzakelijk voor de uitvoering van {relationship} (art. 6, lid 1, onder b, AVG), en toestemming die onder druk wordt gegeven, is niet vrij gegeven ({consentDefinition}). Uw instructiebevoegdheid betreft het werk zelf, niet mijn persoonlijke accounts of persoonsgegevens verder dan het werk vereist ({instructions}).',
  },
  'voluntary-only': {
    en: 'This can only happen with my free consent (Art. 6(1)(a) GDPR), and I do not give it. At work, consent is only free when saying no has no negative consequences ({consentFree}).',
    nl: 'Dit kan alleen met mijn vrije toestemming (art. 6, lid 1, onder a, AVG), en die geef ik niet. Op het werk is toestemming alleen vrij als nee zeggen geen nadelige gevolgen heeft ({consentFree}).',
  },
  unknown: {
    en: 'In my view this is not necessary for the performance of {relationship} (Art. 6(1)(b) GDPR), and I do not give my consent to it. At work, consent is only free when saying no has no negative consequences ({consentFree}).',
    nl: 'Naar mijn mening is dit niet noodzakelijk voor de uitvoering van {relationship} (art. 6, lid 1, onder b, AVG), en ik geef er geen toestemming voor. Op het werk is toestemming alleen vrij als nee zeggen geen nadelige gevolgen heeft ({consentFree}).',
  },
};

/** Why the data should go (erasure letter), by outcome; an ex-employee's ground comes first. */
export const ERASURE_GROUND: Record<Outcome | 'unknown' | 'ended', LocalizedText> = {
  ended: {
    en: 'My employment has ended, so the data are no longer necessary for the purpose for which you collected them (Art. 17(1)(a) GDPR).',
    nl: 'Mijn dienstverband is beëindigd, dus de gegevens zijn niet langer nodig voor het doel waarvoor u ze hebt verzameld (art. 17, lid 1, onder a, AVG).',
  },
  'not-allowed': {
    en: 'In my view there is most likely no valid legal basis for this processing (Art. 17(1)(d) GDPR).',
    nl: 'Naar mijn mening is er voor deze verwerking hoogstwaarschijnlijk geen geldige grondslag (art. 17, lid 1, onder d, AVG).',
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
    en: 'The data are no longer necessary, there is no valid legal basis for them, or their processing is unlawful (Art. 17(1) GDPR).',
    nl: 'De gegevens zijn niet langer nodig, er is geen geldige grondslag voor, of de verwerking ervan is onrechtmatig (art. 17, lid 1, AVG).',
  },
};

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
