// The one table of what LinkedIn's surfaces look like: selectors per UI generation, routes, and the
// visible labels per language that tell already-scoped candidates apart (see linkedin-dom.md §2–§5).
// Structure and attributes first; labels only to pick among controls already inside a composer or card.
// Never LinkedIn's hashed class names.

export type LabelLanguage = 'en' | 'nl' | 'de' | 'fr';
export type Labels = Readonly<Record<LabelLanguage, readonly string[]>>;

export const ROUTES = {
  /** `/groups/<id>/` (also the older `/groups/<Name>-<id>`). */
  group: /^\/groups\/([^/?#]+)/,
  /** The admin view of a company page: posts made there are made as the page. */
  companyAdmin: /^\/company\/([^/?#]+)\/admin(?:\/|$)/,
  /** The Sept 2026 composer route, sometimes with no dialog at all. */
  sharingCompose: /^\/sharing\//,
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
    /** The text-only commit button (it reads "Schedule" once a time is set). */
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
