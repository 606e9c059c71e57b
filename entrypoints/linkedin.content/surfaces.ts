// The one table of what LinkedIn's surfaces look like: selectors per UI generation, routes, and the
// visible labels per language that tell already-scoped candidates apart (see README.md here).
// Structure and attributes first; labels only to pick among controls already inside a composer or card.
// Never LinkedIn's hashed class names.

import type { LinkedInSurfaceId } from '@/core/surfaces';

export type LabelLanguage = 'en' | 'nl' | 'de' | 'fr';
export type Labels = Readonly<Record<LabelLanguage, readonly string[]>>;

export const ROUTES = {
  /** `/groups/<id>/` (also the older `/groups/<Name>-<id>`). */
  group: /^\/groups\/([^/?#]+)/,
  /** The admin view of a company page: posts made there are made as the page. */
  companyAdmin: /^\/company\/([^/?#]+)\/admin(?:\/|$)/,
  /** The Sept 2026 composer route, sometimes with no dialog at all; the group it came from is not in it. */
  sharingCompose: /^\/sharing\//,
  /** A group post's permalink, `/feed/update/urn:li:groupPost:<groupId>-<activityId>/` (also percent-encoded). */
  groupPost: /^\/feed\/update\/urn(?::|%3A)li(?::|%3A)groupPost(?::|%3A)(\d+)-\d+/i,
} as const;

export const SHARE_COMPOSER = {
  classic: {
    /** The modal (inside #interop-outlet's open shadow root). */
    container: '.share-box-v2__modal, [data-test-modal-id="sharebox"], [role="dialog"]',
    editor: '.ql-editor[contenteditable="true"]',
    submit: '.share-actions__primary-action',
    /** Author (person or page) on line 1, audience on line 2. */
    authorControl: '.share-unified-settings-entry-button',
    mention: 'a.ql-mention[data-entity-urn]',
    /** The audience option "Group" when the audience sub-dialog is still mounted. */
    groupAudienceSelected: '#CONTAINER[aria-checked="true"]',
  },
  sdui: {
    /** Native dialog or screen that scopes the composer. */
    container: 'dialog, [data-sdui-screen*="ShareCompose"]',
    screen: '[data-sdui-screen*="ShareCompose"]',
    editor: '[componentkey="ShareBox_textEditor"]',
    /** Rendered mentions and links inside a Tiptap editor (the entity id is not in the DOM). */
    mention: '[data-type="mention"], .mention',
  },
  labels: {
    /** The text-only commit button (it reads "Schedule" once a time is set; "Posten" on company pages). */
    submit: {
      en: ['Post', 'Schedule'],
      nl: ['Plaatsen', 'Posten', 'Inplannen'],
      de: ['Posten', 'Veröffentlichen', 'Planen'],
      fr: ['Publier', 'Programmer'],
    },
    /** Words in the SDUI author/audience control ("Acme Labs Post to Anyone"). */
    audience: {
      en: ['Post to Anyone', 'Connections only', 'Post as'],
      nl: ['Iedereen', 'Alleen connecties', 'Plaatsen als'],
      de: ['Auf Alle posten', 'Nur Kontakte', 'Posten als'],
      fr: ['Tout le monde', 'Relations uniquement', 'Publier en tant que'],
    },
  } satisfies Record<string, Labels>,
} as const;

export const COMMENT_BOX = {
  classic: {
    form: 'form.comments-comment-box__form',
    box: '.comments-comment-box',
    editor: '.ql-editor[contenteditable="true"]',
    submit: '.comments-comment-box__submit-button--cr, .comments-comment-box__submit-button',
    mention: 'a.ql-mention[data-entity-urn]',
  },
  sdui: {
    editor: '[role="textbox"][contenteditable="true"]',
    mention: '[data-type="mention"], .mention',
    /** How many ancestors above the commit button may hold its editor. */
    maxAncestorLevels: 7,
    /** Blocks that hold many posts or another surface: the search for a box's editor stops below them. */
    scopeLimit: 'body, main, dialog, [role="dialog"], [role="list"], [data-testid="mainFeed"]',
  },
  /** A post card (feed, group or permalink); the comment box may mount as its next sibling. */
  card: '[role="listitem"], article, [data-urn], [data-view-tracking-scope], [data-id]',
  /** Parts of a card that are content, not the card's header (a link there is not the post's group). */
  cardContent: '[data-testid="expandable-text-box"], [data-testid$="commentList"], .comments-comments-list',
  labels: {
    /** Visible text of the text-only commit button. */
    submit: {
      en: ['Comment', 'Reply', 'Post'],
      nl: ['Commentaar', 'Reageren', 'Beantwoorden', 'Plaatsen'],
      de: ['Kommentieren', 'Antworten', 'Posten'],
      fr: ['Commenter', 'Répondre', 'Publier'],
    },
    /** Phrases in the aria-labels of buttons that only open a comment or reply box ("Reply to Sam’s comment"). */
    opener: {
      en: ['Comment', 'Reply'],
      nl: ['Commentaar', 'Reageren'],
      de: ['Kommentieren', 'Antworten', 'Kommentar'],
      fr: ['Commenter', 'Répondre', 'Commentaire'],
    },
    /** Phrases in the aria-labels of reaction buttons (Dutch "Reageren" is both reply and react). */
    reaction: {
      en: ['React', 'Like'],
      nl: ['Reageren met', 'Vind ik leuk'],
      de: ['Reagieren', 'Gefällt mir'],
      fr: ['Réagir', 'J’aime'],
    },
    /** Phrases in a comment editor's aria-label or placeholder. */
    editor: {
      en: ['creating comment', 'Add a comment', 'creating content', 'comment', 'reply'],
      nl: ['Voeg commentaar toe', 'Teksteditor voor het maken van', 'commentaar', 'reageren op'],
      de: ['Kommentar', 'Kommentaren', 'Kommentieren', 'Antwort', 'Antworten'],
      fr: ['commentaire', 'répondre'],
    },
  } satisfies Record<string, Labels>,
} as const;

/** All labels of a table entry, every language. The page language is not trusted to be known. */
export function allLabels(labels: Labels): string[] {
  return Object.values(labels).flat();
}

/** Profile edit forms: modals over `/in/<vanity>/`, classic or SDUI. */
export const PROFILE_FORM = {
  routes: {
    /** `/in/<vanity>/edit/…`, `/edit/forms/…`, `/add-edit/…`, `/details/<section>/edit/…`. */
    edit: /^\/in\/[^/]+\/(?:edit\/|add-edit\/|details\/[^/]+\/edit\/)/,
    intro: /\/edit\/(?:forms\/)?intro\//,
    position: /\/edit\/forms\/position\/|\/add-edit\/POSITION\b|\/details\/experience\/edit\//,
    about: /\/edit\/forms\/summary\/|\/add-edit\/(?:GUIDED_EDIT_)?SUMMARY\b/,
    /** The global "Share profile updates with your network" setting. */
    notifySetting: /^\/mypreferences\/d\/[^?#]*(?:share-profile-updates|notify-network)/,
  },
  /** The modal that holds a form: classic artdeco dialog (often in #interop-outlet) or native dialog. */
  dialog: 'dialog, [role="dialog"]',
  /** Classic form submit button, besides the labelled Save button. */
  submit: 'button[type="submit"]',
  company:
    '[id*="profileEditFormElement-POSITION"][id$="-requiredCompany"], [id*="profileEditFormElement-POSITION"][id$="-optionalCompany"]',
  title: '[id*="profileEditFormElement-POSITION"][id$="-title"]',
  photo:
    'input[type="file"][accept*="image"], .profile-photo-edit__preview, .imgedit-profile-photo-frame-viewer__target-image',
  openToWork: '[id*="openToWorkPreferencesFormElement"]',
  checkbox: 'input[type="checkbox"], [role="checkbox"], [role="switch"]',
  radio: 'input[type="radio"], [role="radio"]',
  field: 'input[type="text"], input:not([type]), textarea, [contenteditable="true"], select',
  /** Edit entry points on the profile page (health view). */
  entryPoints: {
    'profile-intro': 'a[href*="/edit/intro/"], a[href*="/edit/forms/intro/"]',
    'profile-position': 'a[href*="/edit/forms/position/"], a[href*="add-edit/POSITION"]',
    'profile-about': 'a[href*="/edit/forms/summary/"], a[href*="add-edit/SUMMARY"]',
    'profile-photo': '.profile-photo-edit__edit-btn, a[href*="/edit/photo/"]',
    'profile-open-to-work': 'a[href*="/opportunities/job-opportunities/"], a[href*="open-to-work"]',
  },
  labels: {
    save: {
      en: ['Save', 'Save changes', 'Save photo', 'Apply'],
      nl: ['Opslaan', 'Wijzigingen opslaan', 'Foto opslaan', 'Toepassen'],
      de: ['Speichern', 'Änderungen speichern', 'Foto speichern', 'Anwenden'],
      fr: ['Enregistrer', 'Enregistrer les modifications', 'Appliquer'],
    },
    /** Placeholders of the newer position form's company field ("Ex: Microsoft"). */
    companyPlaceholder: {
      en: ['Ex: Microsoft'],
      nl: ['Bijv.: Microsoft', 'Bijvoorbeeld: Microsoft'],
      de: ['Z. B.: Microsoft', 'Beispiel: Microsoft'],
      fr: ['Ex : Microsoft', 'Ex: Microsoft'],
    },
    company: {
      en: ['Company name', 'Company'],
      nl: ['Bedrijfsnaam', 'Bedrijf'],
      de: ['Unternehmensname', 'Unternehmen'],
      fr: ['Nom de l’entreprise', 'Entreprise'],
    },
    title: {
      en: ['Title', 'Ex: Retail Sales Manager'],
      nl: ['Functietitel', 'Titel'],
      de: ['Titel', 'Positionsbezeichnung'],
      fr: ['Titre', 'Intitulé du poste'],
    },
    currentRole: {
      en: ['currently working in this role'],
      nl: ['werk momenteel in deze functie', 'werk op dit moment in deze functie'],
      de: ['derzeit in dieser Position'],
      fr: ['occupe actuellement ce poste'],
    },
    endCurrent: {
      en: ['End current position'],
      nl: ['Huidige functie beëindigen', 'Huidige functie nu beëindigen'],
      de: ['Aktuelle Position beenden'],
      fr: ['Mettre fin au poste actuel'],
    },
    headline: {
      en: ['Headline'],
      nl: ['Kopregel', 'Kop'],
      de: ['Überschrift', 'Headline'],
      fr: ['Titre du profil'],
    },
    currentPosition: {
      en: ['Current position'],
      nl: ['Huidige functie'],
      de: ['Aktuelle Position'],
      fr: ['Poste actuel'],
    },
    about: {
      en: ['About', 'Summary'],
      nl: ['Info', 'Over', 'Samenvatting'],
      de: ['Info', 'Zusammenfassung'],
      fr: ['Infos', 'Résumé'],
    },
    recruitersOnly: {
      en: ['Recruiters only'],
      nl: ['Alleen recruiters'],
      de: ['Nur Recruiter'],
      fr: ['Recruteurs uniquement'],
    },
    allMembers: {
      en: ['All LinkedIn members'],
      // 'Alle LinkedIn' also covers 'Alle LinkedIn-leden' (and core's matcher refuses '-' in a phrase).
      nl: ['Alle LinkedIn'],
      de: ['Alle LinkedIn'],
      fr: ['Tous les membres LinkedIn'],
    },
  } satisfies Record<string, Labels>,
  /**
   * The notify-network control, in any of its shapes: a classic artdeco toggle, a switch, or a checkbox
   * labelled only by a sentence ("If enabled, your network may be informed of job changes …").
   */
  notify: {
    /** The classic toggle's own hook; the other shapes are roles and inputs. */
    classicToggle: '[data-control-name="toggle_share"]',
    controls:
      '[data-control-name="toggle_share"], [role="switch"], input[type="checkbox"], [role="checkbox"]',
    /** The classic toggle's visible state text ("On"/"Off" and translations). */
    toggleText: '.artdeco-toggle__text',
    /**
     * Word stems, matched at the start of a word (a Dutch or German "ge-" participle counts:
     * "geïnformeerd", "gedeeld", "geteilt"): one verb and one object make a notify label.
     */
    verbStems: {
      en: ['notif', 'inform', 'shar', 'announc'],
      nl: ['inform', 'deel', 'delen', 'melding', 'laat weten', 'op de hoogte'],
      de: ['benachrichtig', 'inform', 'teil', 'mitteil'],
      fr: ['inform', 'partag', 'notifi', 'avert'],
    },
    objectStems: {
      en: ['network', 'connection', 'profile update', 'job change', 'work anniversar'],
      nl: ['netwerk', 'connectie', 'profielupdate', 'baanwijziging', 'functiewijziging', 'werkjubile'],
      de: ['netzwerk', 'kontakt', 'profilaktualisierung', 'jobwechsel', 'arbeitsjubil'],
      fr: ['reseau', 'relation', 'mises a jour du profil', 'changement de poste', 'anniversaire'],
    },
    on: { en: ['On'], nl: ['Aan'], de: ['An', 'Ein'], fr: ['Activé', 'Oui'] },
    off: { en: ['Off'], nl: ['Uit'], de: ['Aus'], fr: ['Désactivé', 'Non'] },
  } satisfies Record<string, Labels | string>,
} as const;

/** The table each LinkedIn surface is read by (the compiler names a surface of the registry left out). */
export const SELECTORS_OF_SURFACE: Readonly<Record<LinkedInSurfaceId, object>> = {
  'feed-composer': SHARE_COMPOSER,
  'group-composer': SHARE_COMPOSER,
  'company-page-composer': SHARE_COMPOSER,
  comment: COMMENT_BOX,
  'profile-intro': PROFILE_FORM,
  'profile-position': PROFILE_FORM,
  'profile-photo': PROFILE_FORM,
  'profile-about': PROFILE_FORM,
  'profile-open-to-work': PROFILE_FORM,
  'notify-network-setting': PROFILE_FORM,
};
