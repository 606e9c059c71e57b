// Plain-language texts for the evaluator's vocabulary, in English and Dutch (glossary of
// core/README.md). One to three sentences each: the content script bundles some of them.
import type { Activity, Flag, LocalizedText, Mitigation, Role } from './types';

// The one-line verdicts ("how sure") are in the assessment catalogue and chosen by
// assessment-presentation.ts: the outcome alone does not say whether it is contested.

export const FLAG_TEXT: Readonly<Record<Flag, LocalizedText>> = {
  contested: {
    en: 'Contested: sources disagree here, so the answer is not certain.',
    nl: 'Omstreden: de bronnen zijn het hier niet over eens, dus het antwoord staat niet vast.',
  },
  'portrait-right': {
    en: 'Portrait right: for a photo used in promotion or recruitment you may also have a claim under Dutch portrait law (Art. 21 Auteurswet).',
    nl: 'Portretrecht: bij een foto voor promotie of werving kun je ook een beroep doen op het portretrecht (art. 21 Auteurswet).',
  },
  'works-council': {
    en: 'Works council: a scheme for staff photos or online presence likely needs the works council’s consent, also when staff are only asked. A works council is mandatory from 50 staff; a staff representation of 10–49 has no such right by default.',
    nl: 'Ondernemingsraad: voor een regeling over foto’s of online zichtbaarheid van personeel is waarschijnlijk instemming van de ondernemingsraad nodig, ook als personeel het alleen wordt gevraagd. Een ondernemingsraad is verplicht vanaf 50 werknemers; een personeelsvertegenwoordiging (10–49 werknemers) heeft dat recht niet zonder meer.',
  },
  'joint-controller': {
    en: 'Joint controllers: for the data of the company page’s visitors your employer and LinkedIn share responsibility. That is about the visitors, not about you; what your employer has posted is its own responsibility.',
    nl: 'Gezamenlijke verwerkingsverantwoordelijken: voor de gegevens van bezoekers van de bedrijfspagina delen je werkgever en LinkedIn de verantwoordelijkheid. Dat gaat over de bezoekers, niet over jou; wat je werkgever laat posten, is zijn eigen verantwoordelijkheid.',
  },
};

/** The safeguard, phrased as what to ask for. */
export const MITIGATION_TEXT: Readonly<Record<Mitigation, LocalizedText>> = {
  'opt-out-without-consequences': {
    en: 'A way to opt out at any time, without any consequence for you.',
    nl: 'Een mogelijkheid om je op elk moment af te melden, zonder enig gevolg voor jou.',
  },
  'not-identifiable-photo': {
    en: 'A photo in which you cannot be recognised: from behind, blurred or a silhouette.',
    nl: 'Een foto waarop je niet herkenbaar bent: van achteren, vervaagd of als silhouet.',
  },
  'no-photo': {
    en: 'No photo: your name and job title are enough.',
    nl: 'Geen foto: je naam en functie zijn genoeg.',
  },
  'first-name-only': {
    en: 'Only your first name, or your initials.',
    nl: 'Alleen je voornaam, of je initialen.',
  },
  'internal-only': {
    en: 'Use only inside the company, not on public channels.',
    nl: 'Alleen intern gebruik, niet op openbare kanalen.',
  },
  'remove-on-departure': {
    en: 'Removal as soon as you leave.',
    nl: 'Verwijdering zodra je uit dienst gaat.',
  },
  'preview-and-approval': {
    en: 'Seeing and approving each use before it is published.',
    nl: 'Elk gebruik vooraf zien en goedkeuren voordat het wordt gepubliceerd.',
  },
  'no-tagging': {
    en: 'No tag that links the post to your personal profile.',
    nl: 'Geen tag die het bericht aan je persoonlijke profiel koppelt.',
  },
  'broadcast-off': {
    en: 'Keeping “share profile updates with your network” switched off.',
    nl: '“Profielupdates delen met je netwerk” uitgeschakeld laten.',
  },
  'work-time-and-equipment': {
    en: 'Doing it as work: in work time, with the employer’s equipment.',
    nl: 'Het als werk doen: in werktijd, met de middelen van de werkgever.',
  },
};

export interface ActivityText {
  readonly label: LocalizedText;
  /** What becomes visible, and to whom. */
  readonly visible: LocalizedText;
}

export const ACTIVITY_TEXT: Readonly<Record<Activity, ActivityText>> = {
  'website-name': {
    label: { en: 'Name on the employer’s website', nl: 'Naam op de website van de werkgever' },
    visible: {
      en: 'Your name and job title on a public team or contact page.',
      nl: 'Je naam en functie op een openbare team- of contactpagina.',
    },
  },
  'website-photo': {
    label: { en: 'Photo on the employer’s website', nl: 'Foto op de website van de werkgever' },
    visible: {
      en: 'A recognisable photo of you, public to anyone.',
      nl: 'Een herkenbare foto van jou, voor iedereen zichtbaar.',
    },
  },
  'employer-social-photo': {
    label: { en: 'In the employer’s posts or ads', nl: 'In berichten of advertenties van de werkgever' },
    visible: {
      en: 'Your photo or video in the employer’s social media posts or adverts.',
      nl: 'Je foto of video in socialemediaberichten of advertenties van de werkgever.',
    },
  },
  'intranet-photo': {
    label: { en: 'Photo on the intranet', nl: 'Foto op intranet' },
    visible: {
      en: 'Your photo in an internal face book or org chart, for colleagues.',
      nl: 'Je foto in een intern smoelenboek of organogram, voor collega’s.',
    },
  },
  'profile-employer': {
    label: { en: 'Employer on your profile', nl: 'Werkgever op je profiel' },
    visible: {
      en: 'Your headline, current position or banner naming the employer, public on LinkedIn.',
      nl: 'Je kopregel, huidige functie of banner met de werkgever, openbaar op LinkedIn.',
    },
  },
  'profile-photo': {
    label: { en: 'Profile photo', nl: 'Profielfoto' },
    visible: {
      en: 'Your face on your LinkedIn profile, next to everything you post.',
      nl: 'Je gezicht op je LinkedIn-profiel, naast alles wat je plaatst.',
    },
  },
  'profile-broadcast': {
    label: { en: 'Sharing profile updates', nl: 'Profielupdates delen' },
    visible: {
      en: 'Every change to your profile is announced to your network, which can also reveal job-seeking.',
      nl: 'Elke wijziging van je profiel wordt aan je netwerk gemeld, wat ook kan verraden dat je een baan zoekt.',
    },
  },
  'feed-post': {
    label: { en: 'Post about the employer', nl: 'Bericht over de werkgever' },
    visible: {
      en: 'A post from your personal account, to your network or the public.',
      nl: 'Een bericht vanaf je persoonlijke account, voor je netwerk of iedereen.',
    },
  },
  'group-post': {
    label: { en: 'Group post for work', nl: 'Groepsbericht voor het werk' },
    visible: {
      en: 'Your name, title and photo next to a post in a LinkedIn group.',
      nl: 'Je naam, functie en foto bij een bericht in een LinkedIn-groep.',
    },
  },
  comment: {
    label: { en: 'Comment for work', nl: 'Reactie voor het werk' },
    visible: {
      en: 'Your name, title and photo next to a comment, in a work capacity.',
      nl: 'Je naam, functie en foto bij een reactie, in je rol als werknemer.',
    },
  },
  'company-page-post': {
    label: { en: 'Posting as the company page', nl: 'Posten als de bedrijfspagina' },
    visible: {
      en: 'Posts in the company’s name; your admin role is known to LinkedIn.',
      nl: 'Berichten op naam van het bedrijf; je beheerdersrol is bekend bij LinkedIn.',
    },
  },
  'create-account': {
    label: { en: 'Creating a LinkedIn account', nl: 'Een LinkedIn-account aanmaken' },
    visible: {
      en: 'A public profile with your name, where there was none.',
      nl: 'Een openbaar profiel met je naam, waar er eerst geen was.',
    },
  },
  'account-access': {
    label: { en: 'Access to your account', nl: 'Toegang tot je account' },
    visible: {
      en: 'Your employer sees or controls your personal account: messages, connections, posts.',
      nl: 'Je werkgever ziet of beheert je persoonlijke account: berichten, connecties, posts.',
    },
  },
  'private-content': {
    label: { en: 'Changes to private content', nl: 'Wijzigingen in privé-inhoud' },
    visible: {
      en: 'Your employer decides on private content that has nothing to do with work.',
      nl: 'Je werkgever beslist over privé-inhoud die niets met het werk te maken heeft.',
    },
  },
  'correct-work-claim': {
    label: { en: 'Correcting a work claim', nl: 'Een bewering over je werk corrigeren' },
    visible: {
      en: 'A corrected statement about your job at this employer.',
      nl: 'Een gecorrigeerde bewering over je functie bij deze werkgever.',
    },
  },
  monitoring: {
    label: { en: 'Watching your profile', nl: 'Meekijken op je profiel' },
    visible: {
      en: 'Your employer follows your profile or status, such as “open to work”.',
      nl: 'Je werkgever volgt je profiel of status, zoals “open to work”.',
    },
  },
};

export interface RoleText {
  readonly label: LocalizedText;
  /** A plain hint so people can place themselves. */
  readonly hint: LocalizedText;
}

export const ROLE_TEXT: Readonly<Record<Role, RoleText>> = {
  'field-service': {
    label: { en: 'Field service', nl: 'Buitendienst' },
    hint: { en: 'You visit customers at their place.', nl: 'Je gaat bij klanten langs.' },
  },
  sales: {
    label: { en: 'Sales', nl: 'Verkoop' },
    hint: {
      en: 'You find and keep customers, for example as account manager.',
      nl: 'Je werft en behoudt klanten, bijvoorbeeld als accountmanager.',
    },
  },
  communications: {
    label: { en: 'Communications', nl: 'Communicatie' },
    hint: {
      en: 'You handle marketing, social media or press.',
      nl: 'Je doet marketing, sociale media of persvoorlichting.',
    },
  },
  management: {
    label: { en: 'Management', nl: 'Directie' },
    hint: {
      en: 'You lead the company or speak for it in public.',
      nl: 'Je leidt het bedrijf of treedt er publiek namens op.',
    },
  },
  'customer-service': {
    label: { en: 'Customer service', nl: 'Klantenservice' },
    hint: {
      en: 'You help customers by phone, chat or e-mail.',
      nl: 'Je helpt klanten via telefoon, chat of e-mail.',
    },
  },
  recruiter: {
    label: { en: 'Recruiter', nl: 'Recruiter' },
    hint: { en: 'You find and approach candidates.', nl: 'Je zoekt en benadert kandidaten.' },
  },
  'back-office': {
    label: { en: 'Back office', nl: 'Backoffice' },
    hint: {
      en: 'You work behind the scenes, for example in finance, IT or administration.',
      nl: 'Je werkt achter de schermen, bijvoorbeeld bij financiën, ICT of administratie.',
    },
  },
};
