// How English policies word each part of a clause. Data only: analyse.ts reads it.
import type { PolicyTable } from './types';

const PHOTO = /\b(?:photos?|photographs?|pictures?|portraits?|headshots?|images?)\b/i;
const WEBSITE =
  /\b(?:(?:our |the |new )?web ?sites?|(?:team|project|location|branch|store's|store|careers?|contact|people) pages?|[a-z0-9-]{2,40}\.(?:com|nl|be|org|eu|example|co\.uk))\b|"[^"\n]{2,40}" page\b/i;
const INTRANET = /\b(?:intranet|staff directory|org(?:anisation(?:al)?)? chart|phone list)\b/i;
const FACE_BOOK = /\bface book\b/i;
const CAMPAIGN =
  /\b(?:campaigns?|adverts?|advertisements?|advertising|ads|posters?|brochures?|Instagram|TikTok|social media (?:channels|adverts))\b/i;

export const EN_TABLE: PolicyTable = {
  language: 'en',
  activities: [
    {
      activity: 'account-access',
      patterns: [
        /\badmin(?:istrator)? (?:access|rights)\b/i,
        /\b(?:password|login details|log-?in details|credentials)\b/i,
        /\bshare your (?:LinkedIn )?log-?in\b/i,
        /\b(?:on|in) your behalf\b/i,
        /\baccess to your (?:LinkedIn )?(?:account|profile)\b/i,
        /\bconnect your (?:LinkedIn )?account\b/i,
        /\b(?:add|accept)\b[^.;]{0,40}\b(?:as a connection|connection requests?)\b/i,
      ],
      replaces: ['monitoring', 'feed-post'],
    },
    {
      activity: 'monitoring',
      patterns: [
        /\bmonitor(?:s|ed|ing)?\b[^.;]{0,40}\b(?:profiles?|posts?|accounts?|activity)\b/i,
        /\b(?:checks?|reviews?|looks? at)\b[^.;]{0,60}\b(?:profiles?|posts|activity|Social Selling Index)\b/i,
        /\bSocial Selling Index\b/i,
        /\bopen to work\b/i,
        /\bfollow your activity\b/i,
      ],
      prohibitionIsDemand: true,
    },
    {
      activity: 'private-content',
      patterns: [
        /\b(?:remove|delete|take down)\b[^.]{0,80}\b(?:private|personal|holidays?|part(?:y|ies)|old posts)\b/i,
        /\b(?:private|personal|holidays?|part(?:y|ies)|old posts)\b[^.]{0,80}\b(?:removed|deleted|taken down)\b/i,
      ],
      prohibitionIsDemand: true,
    },
    {
      activity: 'correct-work-claim',
      patterns: [
        /\b(?:when|after|once|if) you leave\b[^.]{0,80}\b(?:change|update|remove|end)\b[^.]{0,40}\b(?:current position|employer|headline)\b/i,
      ],
      replaces: ['profile-employer'],
    },
    {
      activity: 'create-account',
      patterns: [
        /\b(?:create|set up|open)\b (?:a |an |your own )?(?:LinkedIn )?(?:account|profile)\b/i,
        [/\bcreate one\b/i, /\bLinkedIn account\b/i],
      ],
    },
    {
      activity: 'company-page-post',
      patterns: [
        /\b(?:post|posts|posting|publish|publishes|reply|replies|respond|responds)\b[^.;]{0,30}\b(?:on|to|as|for|via) (?:the |our )?(?:[\w&'-]+ ){0,3}(?:company|Facebook|brand) page\b/i,
        /\badminister(?:s|ing)?\b[^.;]{0,30}\bcompany page\b/i,
        /\bon behalf of the company page\b/i,
      ],
      replaces: ['feed-post', 'comment'],
    },
    {
      activity: 'profile-photo',
      patterns: [
        /\bprofile (?:photo|picture|pic|image)s?\b/i,
        /\bheadshot\b/i,
        /\b(?:LinkedIn|profile)\b[^.;]{0,30}\b(?:photo|picture|portrait)\b/i,
      ],
    },
    {
      activity: 'profile-employer',
      patterns: [
        /\bheadlines?\b/i,
        /\bcurrent (?:position|employer|role|job title)\b/i,
        /\bas (?:your|their|his|her) (?:current )?employer\b/i,
        /\b(?:company |profile |LinkedIn )?banner\b/i,
        /\bAbout section\b/i,
        /\bprofile\b[^.;]{0,40}\b(?:link|links|linked) (?:it )?to (?:our|the) company page\b/i,
        /\bLinkedIn profile\b[^.;]{0,60}\b(?:employer|job title)\b/i,
      ],
    },
    {
      activity: 'profile-broadcast',
      patterns: [
        /\bshare profile updates\b/i,
        /\bnotify your network\b/i,
        /\bnotifications? (?:to|for) your network\b/i,
        /\bnetwork (?:hears|is notified|sees)\b/i,
      ],
      replaces: ['feed-post'],
    },
    {
      activity: 'group-post',
      patterns: [
        /\bLinkedIn groups?\b/i,
        /\bjoin\b[^.;]{0,40}\bgroups?\b/i,
        /\bdiscussions? in\b[^.;]{0,40}\bgroups?\b/i,
      ],
      replaces: ['feed-post'],
    },
    {
      activity: 'comment',
      patterns: [
        /\bcomment(?:s|ing)? on\b/i,
        /\b(?:reply|respond|react)(?:ing)? to (?:customer |their )?(?:comments|reactions|questions)\b/i,
        /\b(?:every|each) (?:share, )?like and comment\b/i,
      ],
    },
    {
      activity: 'feed-post',
      patterns: [
        /(?<!-)\b(?:like|likes|share|shares|shared|sharing|reshare|repost|post|publish|write)\b[^.;]{0,60}\b(?:posts?|updates|vacanc(?:y|ies)|articles?|stor(?:y|ies)|news|content about)\b/i,
        /\b(?:like|share|reshare|repost)\b[^.;]{0,30}\b(?:our|its|company|the company's)\b/i,
        /(?<!-)\b(?:[Pp]ost|[Ss]hare|[Ww]rite)\b[^.;]{0,40}\babout (?:the company|us|[A-Z][\w&-]+)\b/,
        /\b(?:posts?|updates|vacanc(?:y|ies)|news)\b[^.;]{0,40}\b(?:share|like|repost|reshare) (?:them|it)\b/i,
        /\b(?:every|each) share\b/i,
        /\btop sharers?\b/i,
        /\bsocial selling leaderboard\b/i,
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
        /\b(?:vacancy |recruitment |short )video\b/i,
        /\bfilm(?:s|ing)? (?:you|short|the team|clips)\b/i,
        /\bclips? of the team\b/i,
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
      patterns: [[WEBSITE, /\b(?:names?|job titles?|listed|first name)\b/i]],
    },
  ],
  barePhoto: /\b(?:photos?|pictures?|portraits?|unrecogni[sz]able|blurred|from behind)\b/i,
  photoReference: /\b(?:the|these|those|this) (?:same )?(?:photos?|pictures?|portraits?)\b/i,
  prohibition: [
    /(?:^|[,;:–—]\s*|\b(?:you|employees|staff|colleagues|consultants|they)\s+)(?:must not|mustn't|may not|should not|shall not|cannot|can't|do not|don't|never)\b(?! (?:yet )?have\b)/i,
    /\b(?:may|must|should|can) never\b/i,
    /\b(?:are|is) not (?:allowed|permitted)\b/i,
    /\bnot allowed to\b/i,
    /\bprohibited\b/i,
    /\brefrain from\b/i,
    /^(?:please )?(?:avoid|only share|only post)\b/i,
    /^no\b/i,
  ],
  employerNegation: [
    /\bwe (?:do not|don't|will not|won't|never)\b/i,
    /\b(?:is|are) not (?:used|shown|published|monitored|checked)\b/i,
  ],
  requires: [
    /\bmust\b/i,
    /(?<!\bnot )\b(?:required|mandatory|compulsory|obligatory)\b/i,
    /\bshall\b/i,
    /(?<!\bnot )\b(?:is|are) expected\b/i,
    /\bwe expect\b/i,
    /\bno longer optional\b/i,
    /\b(?:is|are) (?:part of|one of) (?:your|their) (?:job|role|sales role|duties|performance objectives)\b/i,
    /(?<!\bno )\b(?:need|needs|have|has) to\b/i,
  ],
  asks: [
    /\bwe(?:'d| would)? (?:like|love|appreciate|encourage|invite)\b/i,
    /\bwe(?:'d| would) be grateful\b/i,
    /\bwe ask (?:you|for|all|everyone)\b/i,
    /\b(?:are|is) (?:(?:warmly|kindly) )?(?:asked|invited|encouraged|welcome)\b/i,
    /\byou(?:'re| are) (?:welcome|free) to\b/i,
    /\b(?:voluntar(?:y|ily)|optional|volunteers?)\b/i,
    /\bif you (?:wish|want|like|prefer|agree)\b/i,
    /\bfeel free\b/i,
    /^please\b/i,
    /\b(?:is|are) not (?:required|mandatory|compulsory|obligatory)\b/i,
    /\bno need to\b/i,
    /\bonly (?:with|after|if)\b[^.;]{0,30}\b(?:consent|agree)/i,
    /\b(?:ask|asks|asking) (?:you )?first\b/i,
    /\bmay ask\b/i,
    /\b(?:you|employees|staff|colleagues) (?:may|can) (?:share|join|mention|list|add|use)\b/i,
    /\byour choice\b/i,
    /\b(?:earn|win|wins)\b/i,
  ],
  voluntary: [
    /\b(?:voluntar(?:y|ily)|optional)\b/i,
    /\b(?:is|are) not (?:required|mandatory|compulsory|obligatory)\b/i,
    /\bno need to\b/i,
    /\byour choice\b/i,
  ],
  states: [/\bwill\b/i, /\bwe (?:use|publish|show|display|place)\b/i],
  consequences: [
    {
      value: 'none',
      patterns: [
        /\bno consequences\b/i,
        /\bwithout (?:any )?consequences\b/i,
        /\bwithout it affecting\b/i,
        /\b(?:is|are) not part of your (?:appraisal|performance review)\b/i,
        /\b(?:will not|won't|does not|doesn't) affect\b/i,
        /\bthat's (?:absolutely )?fine\b/i,
        /\byou can say no\b/i,
      ],
    },
    {
      value: 'career',
      patterns: [
        /\b(?:appraisal|performance (?:review|objectives)|annual review|bonus scheme|KPIs?|disciplinary|dismissal|(?:formal|written) warning|one-to-one|promotion|variable pay)\b/i,
        /\bcounts? towards\b/i,
        /\btaken into account\b/i,
      ],
    },
    {
      value: 'pressure',
      patterns: [
        /\b(?:reminders?|follow up|follow-up|talk it through)\b/i,
        /\bwill check\b/i,
        /\blow scores\b/i,
      ],
    },
  ],
  mitigations: [
    {
      value: 'not-identifiable-photo',
      patterns: [/\b(?:from behind|blurred|avatar|illustrated|unrecogni[sz]able|not recogni[sz]able)\b/i],
    },
    { value: 'first-name-only', patterns: [/\bfirst name\b/i] },
    {
      value: 'internal-only',
      patterns: [/\binternal(?:ly)? only\b/i, /\bonly (?:visible )?(?:to|for) colleagues\b/i],
    },
    {
      value: 'remove-on-departure',
      patterns: [
        /\b(?:removed|deleted|taken down)\b[^.]{0,80}\b(?:leave|left|after|end of (?:your )?employment|departure)\b/i,
        /\b(?:leave|departure|end of employment)\b[^.]{0,80}\b(?:removed|deleted|no longer used)\b/i,
      ],
    },
    {
      value: 'preview-and-approval',
      patterns: [
        /\bpreview\b/i,
        /\b(?:change|edit|reject)\b[^.;]{0,30}\b(?:before it goes live|first)\b/i,
        /\bapprove (?:it|each|every)\b/i,
      ],
    },
    { value: 'no-tagging', patterns: [/\b(?:no tagging|not (?:be )?tag(?:ged)?)\b/i] },
    { value: 'broadcast-off', patterns: [/\bnotifications? (?:off|switched off)\b/i] },
    {
      value: 'work-time-and-equipment',
      patterns: [
        /\b(?:during|in) (?:your )?(?:working hours|work time|your shift|shift|working time)\b/i,
        /\bon (?:company|the store|our|the company's) (?:equipment|tablet|laptop|phone)\b/i,
      ],
    },
  ],
  incentives: [
    {
      value: 'bonus',
      patterns: [/\bbonus\b/i, /\b(?:extra )?days? off\b/i],
    },
    {
      value: 'small-gift',
      patterns: [/\b(?:hoodie|voucher|gift|prize|lunch with|thank-you|points)\b/i],
    },
  ],
  postEmployment: [
    /\b(?:continue to be used|stays? on|until your successor|after (?:you leave|leaving)\b[^.]{0,40}\b(?:still|continue|keep))\b/i,
    /\bagreed in writing\b/i,
  ],
  informed: [/\bprivacy (?:statement|notice)\b/i, /\bexplain the purpose\b[^.]{0,80}\bobject\b/i],
  jobDefined: [
    /\bpart of (?:your|their|his|her) (?:job|role|function|sales role|duties)\b/i,
    /\bpart of their job\b/i,
  ],
  workTime: [/\b(?:during|in) (?:your )?(?:working hours|work time|your shift|shift|working time)\b/i],
  documentReference: [
    /\bth(?:is|ese) (?:policy|guidelines?|guidance|code|standards?|chapter|programme|program)\b/i,
  ],
  blockReference: [/\bthese (?:rules|obligations|points)\b/i, /\bthe above\b/i],
};
