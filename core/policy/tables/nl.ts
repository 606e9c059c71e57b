// How Dutch policies word each part of a clause (je- and u-vorm). Data only: analyse.ts reads it.
import type { PolicyTable } from './types';

const PHOTO =
  /\b(?:foto'?s?|portretfoto'?s?|pasfoto'?s?|groepsfoto'?s?|portret(?:ten)?|afbeelding(?:en)?)\b/i;
const WEBSITE =
  /\b(?:(?:de |onze |nieuwe )?website|vacaturesite|klantportal|[a-z0-9-]{2,40}\.(?:nl|com|be|org|eu|example))\b|\bpagina "[^"\n]{2,40}"|"[^"\n]{2,40}"-?pagina\b/i;
const INTRANET = /\b(?:intranet|organogram|Magister|telefoonlijst)\b/i;
const FACE_BOOK = /\bsmoelenboek\b/i;
const CAMPAIGN =
  /\b(?:(?:wervings)?campagnes?|advertenties|advertentie|brochures?|posters?|schoolgids|Instagram|TikTok|social media|sociale media)\b/i;

export const NL_TABLE: PolicyTable = {
  language: 'nl',
  activities: [
    {
      activity: 'account-access',
      patterns: [
        /\b(?:inloggegevens|wachtwoord|beheer(?:ders)?rechten|beheerderstoegang)\b/i,
        /\bnamens (?:jou|u|je)\b/i,
        /\btoegang tot (?:je|jouw|uw) (?:LinkedIn-?)?(?:account|profiel)\b/i,
        /\bals connectie\b/i,
        /\bconnectieverzoek(?:en)?\b/i,
        /\bkoppel (?:je|uw) (?:LinkedIn-?)?account\b/i,
      ],
      replaces: ['monitoring', 'feed-post'],
    },
    {
      activity: 'monitoring',
      patterns: [
        /\b(?:controleert|controleren|monitort|monitoren|volgen|volgt|bekijkt|beoordeelt)\b[^.;]{0,60}\b(?:profiel(?:en)?|berichten|activiteit)\b/i,
        /\b(?:profiel(?:en)?|berichten|activiteit)\b[^.;]{0,60}\b(?:controleert|controleren|gecontroleerd|gemonitord|volgen|gevolgd)\b/i,
        /\bopen to work\b/i,
        /\b(?:houden (?:we|wij)|(?:we|wij) houden) bij\b/i,
        /\bbijhouden wie\b/i,
        /\bcontroleert dit\b/i,
      ],
      prohibitionIsDemand: true,
    },
    {
      activity: 'private-content',
      patterns: [
        /\bverwijder\w*\b[^.]{0,80}\b(?:privé\w*|persoonlijke?|vakantie\w*|feest\w*|oude berichten)/i,
        /\b(?:privé\w*|persoonlijke?|vakantie\w*|feest\w*|oude berichten)\b[^.]{0,80}\bverwijder\w*/i,
      ],
      prohibitionIsDemand: true,
    },
    {
      activity: 'correct-work-claim',
      patterns: [
        /\b(?:na (?:je|uw) vertrek|als je (?:weggaat|vertrekt)|bij (?:je|uw) vertrek)\b[^.]{0,80}\b(?:pas|aanpassen|wijzig|wijzigen|verwijder)\w*\b[^.]{0,40}\b(?:huidige functie|werkgever|kopregel)\b/i,
      ],
      replaces: ['profile-employer'],
    },
    {
      activity: 'create-account',
      patterns: [
        /\b(?:LinkedIn-?)?account (?:aan ?maken|aanmaakt|aangemaakt)\b/i,
        [/\bmaak\w* (?:je |u )?(?:er )?(?:een|één)\b[^.;]{0,20}\baan\b/i, /\baccount\b/i],
      ],
    },
    {
      activity: 'company-page-post',
      patterns: [
        /\bnamens de bedrijfspagina\b/i,
        /\b(?:plaats\w*|post\w*|reageer\w*|reageren)\b[^.;]{0,30}\bop de bedrijfspagina\b/i,
        /\bberichten op de bedrijfspagina\b/i,
        /\bbeheer\w* (?:van )?de bedrijfspagina\b/i,
      ],
      replaces: ['feed-post', 'comment'],
    },
    {
      activity: 'profile-photo',
      patterns: [
        /\bprofiel(?:foto|afbeelding|plaatje)'?s?\b/i,
        /\bfoto (?:op|voor|bij) (?:je|jouw|uw|hun|zijn|haar) (?:LinkedIn-?)?profiel\b/i,
      ],
    },
    {
      activity: 'profile-employer',
      patterns: [
        /\bkopregel\b/i,
        /\bhuidige (?:functie|werkgever)\b/i,
        /\bals (?:huidige )?werkgever\b/i,
        /\b(?:bedrijfs)?banner\b/i,
        /\bachtergrondafbeelding\b/i,
        /\bLinkedIn-?profiel\b[^.;]{0,60}\b(?:werkt|werkgever|functie)\b/i,
      ],
    },
    {
      activity: 'profile-broadcast',
      patterns: [
        /\bnetwerk op de hoogte\b/i,
        /\bmeldingen (?:aan|naar) (?:je|jouw|uw|hun) (?:netwerk|connecties)\b/i,
      ],
    },
    {
      activity: 'group-post',
      patterns: [/\bLinkedIn-?groep(?:en)?\b/i, /\bgroep(?:en)?\b[^.;]{0,40}\bdiscussies?\b/i],
      replaces: ['feed-post'],
    },
    {
      activity: 'comment',
      patterns: [
        /\b(?:reageer|reageert|reageren)\b[^.;]{0,40}\bop\b/i,
        /\breageer ook\b/i,
        /\bcommentaar (?:geven|op)\b/i,
      ],
    },
    {
      activity: 'feed-post',
      patterns: [
        /\b(?:deel|deelt|delen|gedeeld|like|liken|liket|plaats|plaatst|plaatsen|post|posten|repost\w*|schrijf|schrijft)\b[^.;]{0,60}\b(?:bericht(?:en)?|vacatures?|artikel(?:en)?|nieuws|updates?|projectfoto)\b/i,
        /\b(?:bericht(?:en)?|vacatures?|artikel|nieuws)\b[^.;]{0,60}\b(?:te )?(?:delen|deelt|liken|liket|plaatsen|plaatst|posten|post)\b/i,
        /\b(?:deelt|plaatst) over\b/i,
        /\bvia (?:jouw|je|uw) bericht\b/i,
      ],
    },
    {
      activity: 'intranet-photo',
      patterns: [[INTRANET, PHOTO], FACE_BOOK],
    },
    {
      activity: 'employer-social-photo',
      patterns: [
        [PHOTO, CAMPAIGN],
        /\b(?:vacature)?video(?:'s|-opnamen)?\b/i,
        /\bfotoshoots?\b/i,
        /\bbeeldmateriaal\b/i,
        /\bsfeerfoto'?s\b/i,
        /\bbeelden\b/i,
        /\bcampagne met\b[^.;]{0,30}\bmedewerkers\b/i,
      ],
      replaces: ['feed-post', 'profile-photo'],
    },
    {
      activity: 'website-photo',
      patterns: [[WEBSITE, PHOTO]],
      replaces: ['website-name', 'profile-photo'],
    },
    {
      activity: 'website-name',
      patterns: [[WEBSITE, /\b(?:naam|namen|voornaam|functie)\b/i]],
    },
  ],
  barePhoto: /\b(?:foto'?s?|pasfoto'?s?|portret\w*|onherkenbaar|van achteren|vervaagd)\b/i,
  photoReference: /\b(?:de|deze|die) (?:foto'?s?|portretfoto'?s?)\b/i,
  prohibition: [
    /\b(?:deel|deelt|plaats|plaatst|post|reageer|reageert|gebruik|gebruikt|zet|maak)\b(?: \S+){0,3}? (?:niet|nooit|nimmer|geen)\b/i,
    /\b(?:nooit|nimmer)\b/i,
    /\bgeen\b[^.;]{0,40}\b(?:delen|plaatsen|posten|gebruiken|publiceren|te gebruiken)\b/i,
    /\b(?:niet toegestaan|verboden|mag niet|mogen niet)\b/i,
    /^(?:deel|plaats|gebruik) geen\b/i,
    /\balleen (?:berichten )?(?:delen|plaatsen)\b/i,
  ],
  employerNegation: [
    /\b(?:worden|wordt) (?:daarbij )?niet (?:gecontroleerd|gebruikt|getoond|geplaatst|gevolgd)\b/i,
    /\b(?:wij|we) (?:controleren|volgen|gebruiken|plaatsen) (?:\S+ ){0,3}?niet\b/i,
  ],
  requires: [
    /\b(?:moet|moeten|dient|dienen)\b/i,
    /(?<!\bniet )\b(?:verplicht|verplichtingen|vereist)\b/i,
    /\bwordt (?:van \S+(?: \S+){0,3} )?verwacht\b/i,
    /\bverwacht(?:en)? (?:we|wij)\b/i,
    /\b(?:we|wij) verwachten\b/i,
    /\bonderdeel van (?:je|jouw|uw|hun|zijn|haar) (?:functie|werk|taak)\b/i,
  ],
  asks: [
    /\b(?:we|wij) (?:je |u |jullie )?(?:vragen|verzoeken)\b/i,
    /\b(?:vragen|verzoeken) (?:we|wij)\b/i,
    /\bmoedig\w* (?:je|u|jullie)? ?aan\b/i,
    /\baanmoedigen\b/i,
    /\bgraag\b/i,
    /\b(?:vrijwillig|vrijblijvend)\b/i,
    /\b(?:als|indien) (?:je|u) (?:wilt|wil)\b/i,
    /\bdesgewenst\b/i,
    /\bop prijs\b/i,
    /\bvinden (?:we|wij) (?:het )?(?:fijn|leuk|mooi)\b/i,
    /\b(?:het )?(?:fijn|leuk) als\b/i,
    /\buitgenodigd\b/i,
    /\bniet verplicht\b/i,
    /\b(?:hoeft|hoef) (?:je|u) niet\b/i,
    /\balleen (?:na|met) (?:\S+ ){0,2}toestemming\b/i,
    /\b(?:medewerkers|je|u) (?:mag|mogen|kunt|kun) (?:\S+ ){0,3}(?:delen|vermelden|plaatsen|kiezen)\b/i,
    /\bwil je meedoen\b/i,
    /\bmaakt kans\b/i,
  ],
  voluntary: [/\b(?:vrijwillig|vrijblijvend|niet verplicht)\b/i, /\b(?:hoeft|hoef) (?:je|u) niet\b/i],
  states: [
    /\b(?:wij|we) (?:plaatsen|gebruiken|tonen|maken|zetten)\b/i,
    /\bworden? (?:\S+ ){0,4}geplaatst\b/i,
  ],
  consequences: [
    {
      value: 'none',
      patterns: [
        /\bgeen (?:nadelige )?gevolgen\b/i,
        /\bzonder (?:\S+ ){0,3}gevolgen\b/i,
        /\bzonder dat dit gevolgen heeft\b/i,
        /\bgeen invloed op\b/i,
        /\bis dat ook goed\b/i,
      ],
    },
    {
      value: 'career',
      patterns: [
        /\b(?:beoordeling|functioneringsgesprek|beoordelingsgesprek|kwartaalgesprek|disciplinair\w*|maatregel\w*|ontslag|waarschuwing|variabele beloning|bonusregeling)\b/i,
        /\bmeegewogen\b/i,
      ],
    },
    {
      value: 'pressure',
      patterns: [/\bspreken (?:we|wij) (?:\S+ ){0,3}aan\b/i, /\bherinnering\w*\b/i, /\been gesprek met\b/i],
    },
  ],
  mitigations: [
    {
      value: 'not-identifiable-photo',
      patterns: [/\b(?:van achteren|vervaagd|avatar|onherkenbaar|niet herkenbaar)\b/i],
    },
    { value: 'first-name-only', patterns: [/\b(?:alleen (?:je|uw) )?voornaam\b/i] },
    {
      value: 'internal-only',
      patterns: [/\balleen (?:zichtbaar )?(?:voor|voor de) collega'?s\b/i, /\balleen intern\b/i],
    },
    {
      value: 'remove-on-departure',
      patterns: [
        /\b(?:vertrek|uitdiensttreding|einde van het dienstverband)\b[^.]{0,80}\b(?:verwijderd|niet meer gebruikt)\b/i,
        /\b(?:verwijderd|niet meer gebruikt)\b[^.]{0,80}\b(?:vertrek|uitdiensttreding|einde van het dienstverband)\b/i,
      ],
    },
    {
      value: 'preview-and-approval',
      patterns: [/\beerst een seintje\b/i, /\bvooraf (?:te )?(?:zien|goedkeuren)\b/i, /\bter goedkeuring\b/i],
    },
    { value: 'no-tagging', patterns: [/\bniet (?:ge)?tag(?:gen|d)\b/i] },
    { value: 'broadcast-off', patterns: [/\bmeldingen uit\b/i] },
    {
      value: 'work-time-and-equipment',
      patterns: [/\b(?:onder|tijdens|in) (?:je |uw )?(?:werktijd|dienst)\b/i, /\bapparatuur van\b/i],
    },
  ],
  incentives: [
    { value: 'bonus', patterns: [/\bbonus\b/i, /\bvrije dag\b/i, /\bpremie\b/i] },
    {
      value: 'small-gift',
      patterns: [/\b(?:cadeaubon|bedankje|weekendje weg|polo|attentie|prijs)\b/i],
    },
  ],
  postEmployment: [
    /\b(?:na (?:je|uw) vertrek|na uitdiensttreding)\b[^.]{0,60}\b(?:nog|blijft|maximaal)\b/i,
    /\bnog tot\b/i,
    /\bzoals overeengekomen\b/i,
  ],
  informed: [/\bprivacyverklaring\b/i, /\bdoel\b[^.]{0,80}\bbezwaar\b/i],
  jobDefined: [/\bonderdeel van (?:je|jouw|uw|hun|zijn|haar) (?:functie|werk|taak)\b/i],
  workTime: [/\b(?:onder|tijdens|in) (?:je |uw )?(?:werktijd|dienst)\b/i],
  documentReference: [
    /\b(?:dit|deze) (?:beleid|richtlijn(?:en)?|gedragscode|code|protocol|afspraken|hoofdstuk|programma)\b/i,
  ],
  blockReference: [/\bdeze (?:regels|verplichtingen|punten)\b/i, /\bbovenstaande\b/i],
};
