// The types exchanged between the extension's contexts (content scripts, background, popup, options),
// and the message protocol: one map from each message type to its request and its response.
// Types only: the transport (runtime and tabs messaging) is components/messaging.ts.
//
// How to add a message
// 1. Add one entry to `Protocol` below:
//      'my-message': { to: 'background'; request: { field: string }; response: MyResult };
//    `to: 'background'` for a message the background answers (runtime.sendMessage); `to: 'tab'` for one
//    the popup sends to the content script of a tab (tabs.sendMessage). A message without data has
//    `request: NoData`. The request is the message itself, flat on the wire: { type: 'my-message', field }.
// 2. Answer it. Background: add `'my-message': (message, sender) => …` to the handler table in
//    entrypoints/background/index.ts (usually by spreading the feature's `messageHandlers`); the table is
//    typed `BackgroundHandlers`, so the compiler refuses it while a background message has no handler.
//    Check `sender` there when only some pages may send it (LinkedIn, the extension's own pages).
//    Tab: pass `{ 'my-message': … }` to listenForMessages() in the content script that answers it.
//    Handlers return the response (or a promise of it); a request comes from another context, so a
//    handler validates what it stores or acts on (the compiler cannot vouch for the other side).
// 3. Send it: `await sendToBackground('my-message', { field })` or `await sendToTab(tabId, 'my-message')`
//    from components/messaging.ts; the answer has the entry's response type. Never call
//    browser.runtime.sendMessage or add a runtime.onMessage listener directly.
import type { AssessmentPresentation } from './assessment-presentation';
import type { PageStructureReport } from './page-structure';
import type { NameVariantKind } from './person-match';
import type { PolicyLanguage, PolicyVerdict } from './policy/types';
import type { Settings } from './settings';
import type { FieldError } from './settings/io';
import type { SurfaceId } from './surfaces';
import type { Activity, Assessment, Language, LocalizedText, Outcome, Role, Situation } from './types';

export type { SurfaceId } from './surfaces';

export type UiGeneration = 'classic' | 'sdui';

/**
 * What the user did at a warning ('cancel', 'proceed'), 'noticed' for a finding that is not the
 * user's choice (the employer's website shows them; logged by the background), or 'saved' for a report
 * the user saved from one of the extension's own pages (a checked policy).
 */
export type UserDecision = 'cancel' | 'proceed' | 'noticed' | 'saved';

/** What a content script sends when the user decides. Never any post text or field value. */
export interface DecisionRecord {
  time: string; // ISO 8601
  activity: Activity;
  surface: SurfaceId;
  employerLinked: boolean;
  /** 'unassessed' when the user decided before answering the questions the core needs. */
  outcome: Outcome | 'unassessed';
  rules: string[];
  decision: UserDecision;
  route: string; // page path without query or fragment
  /** Employer-website findings only: the site's host name (e.g. www.acme-installaties.nl). */
  host?: string;
  /** Employer-website findings only: what the page shows of the user. */
  exposed?: WebsiteExposure[];
  /** Profile edits only: which kinds of field the save carried (ids, never values). */
  changedFields?: ProfileFieldKind[];
  /** A saved policy report only: what the check found, never the policy's text. */
  policy?: PolicyReportSummary;
}

/**
 * What the log keeps of a checked policy: the language it was read in, the role it was read for, and
 * per activity found its outcome, how the page grouped it and in how many clauses. Ids and counts only:
 * never the text, a clause, a cue or a file name.
 */
export interface PolicyReportSummary {
  language: PolicyLanguage;
  role: Role;
  /** The most serious first (the record's activity and outcome are the first finding's). */
  findings: PolicyFinding[];
}

export interface PolicyFinding {
  activity: Activity;
  outcome: Outcome;
  verdict: PolicyVerdict;
  /** How many clauses of the text found this. */
  clauses: number;
}

/** Kinds of profile field a save can carry (ids only, never values). */
export type ProfileFieldKind =
  | 'headline'
  | 'current-position'
  | 'company'
  | 'title'
  | 'current-role'
  | 'end-current-position'
  | 'about'
  | 'photo'
  | 'photo-visibility'
  | 'open-to-work-visibility'
  | 'notify-network';

/** What the content script recognises on the current page, for the popup's status view. */
export interface HealthReport {
  route: string;
  /** The LinkedIn group this page posts into, when the page names it (never any other page text). */
  groupName?: string;
  surfaces: SurfaceId[];
  uiGenerations: UiGeneration[];
  failures: number; // exceptions in our code that let the user's action through
  warnings: string[]; // e.g. a form without a recognisable notify-network switch
}

/** Whether the log's latest write failed (quota, storage error); the decisions wait in their tabs. */
export interface LogWriteStatus {
  unsaved: boolean;
  lastError: string | null;
  failedSince: string | null; // ISO 8601
}

export type LogCommandResult =
  | { ok: true; status: LogWriteStatus }
  | { ok: false; error: LocalizedText | string; status: LogWriteStatus };

// ── The employer's website ──

/** What an employer's page shows of the user. Never page text. */
export type WebsiteExposure = 'name' | 'job-title' | 'photo';

/** One place on a page where the user's name appears, as the content script found it. */
export interface WebsiteFinding {
  activity: 'website-name' | 'website-photo';
  exposed: WebsiteExposure[];
  /** Where the name was: visible text, a heading, an image's alt text, a title attribute, a figure caption. */
  source: 'text' | 'heading' | 'alt' | 'title' | 'figcaption';
  /** The form of the user's own name that matched ('full', 'initials-and-surname', ...). */
  nameForm: NameVariantKind;
}

/** What the website content script knows about its page: host and path, no query, no page text. */
export interface WebsitePageReport {
  host: string;
  route: string; // page path without query or fragment
  findings: WebsiteFinding[];
  /** The scan stopped at its work cap before the end of the page. */
  truncated: boolean;
}

/** The background's answer to `website-findings`: whether the finding went into the log. */
export type WebsiteFindingsResult = { ok: true; logged: boolean } | { ok: false; error: string };

/** The background's answer to `log-decision`. */
export type LogDecisionResult =
  | { ok: true; seq: number }
  /** `retry`: storage did not take it (e.g. full); `storageFull` when that is the reason. */
  | { ok: false; error: string; retry?: boolean; storageFull?: boolean };

/** The background's answer to `assess`; `ok: false` for a situation or language the core refuses. */
export type AssessResult =
  | { ok: true; assessment: Assessment; presentation: AssessmentPresentation }
  | { ok: false; error: string };

/** The background's answer to `load-warning-ui`: `ok: true` once the bundle has run in that frame. */
export type LoadWarningUiResult = { ok: true } | { ok: false; error: string };

/** Settings that are maps several contexts add to (a group classified in one tab, another in the next). */
export type MergedSettingsField = 'groups' | 'rememberedInitiator' | 'quietOwnInitiative';

/** The background's answer to `settings-update`: the settings as written, or why not. */
export type SettingsWriteAnswer = { ok: true; settings: Settings } | { ok: false; errors: FieldError[] };

// ── The message protocol ──

/** The request of a message that carries nothing but its type. */
export type NoData = Record<never, never>;

/** Every message: who answers it, what it carries, what comes back. See "How to add a message" above. */
export interface Protocol {
  /** LinkedIn content script → background: log the user's decision (never any text). */
  /**
   * `id`: made by the tab where the user decided, which keeps the decision until the log confirms it and
   * sends it again after a failure; the log stores a decision sent twice once.
   */
  'log-decision': {
    to: 'background';
    request: { record: DecisionRecord; id?: string };
    response: LogDecisionResult;
  };
  /**
   * The options page's policy tab → background: save a checked policy's summary to the log (a record on
   * a report surface, decision 'saved'). Refused from any other sender, so no page script or content
   * script can put a report in the user's log.
   */
  'log-policy-report': { to: 'background'; request: { record: DecisionRecord }; response: LogDecisionResult };
  /** Extension pages → background, the one writer of the log: set or clear the note of entry `seq`. */
  'log-set-note': { to: 'background'; request: { seq: number; note: string }; response: LogCommandResult };
  /** Extension pages → background: empty the log. */
  'log-clear': { to: 'background'; request: NoData; response: LogCommandResult };
  /** Extension pages → background: replace the log by an exported one (all or nothing). */
  'log-import': { to: 'background'; request: { json: string }; response: LogCommandResult };
  /** Extension pages → background: drop entries older than the retention the settings say. */
  'log-apply-retention': { to: 'background'; request: NoData; response: LogCommandResult };
  /** Extension pages → background: the state of writes storage has not taken yet. */
  'log-status': { to: 'background'; request: NoData; response: LogCommandResult };
  /** Employer-website script → background, after every scan whose result changed (badge, log once per change). */
  'website-findings': {
    to: 'background';
    request: { report: WebsitePageReport };
    response: WebsiteFindingsResult;
  };
  /** The warning → background: evaluate this situation and word the answer in this language. */
  assess: { to: 'background'; request: { situation: Situation; language: Language }; response: AssessResult };
  /** LinkedIn content script → background: inject the warning UI into the sender's own tab and frame. */
  'load-warning-ui': { to: 'background'; request: NoData; response: LoadWarningUiResult };
  /**
   * Any context (options, popup, LinkedIn tab) → background, the one writer of the settings: lay `patch`
   * over the settings as stored now; the maps named in `merge` get the patch's keys added.
   */
  'settings-update': {
    to: 'background';
    request: { patch: Partial<Settings>; merge?: MergedSettingsField[] };
    response: SettingsWriteAnswer;
  };
  /**
   * Options page (policy tab) → background: the text selected with the context menu, where the browser
   * has no storage.session to hand it over in; null when there is none (or it is older than a minute).
   */
  'policy-handoff-take': { to: 'background'; request: NoData; response: { text: string | null } };
  /** Popup → LinkedIn content script of the active tab: what it recognises on the page. */
  'get-health': { to: 'tab'; request: NoData; response: HealthReport };
  /** Popup → LinkedIn content script of the active tab: the page's structure without its content. */
  'get-page-structure': { to: 'tab'; request: NoData; response: PageStructureReport };
  /** Popup → employer-website script of the active tab: what the page shows of the user. */
  'get-website-findings': { to: 'tab'; request: NoData; response: WebsitePageReport };
}

export type MessageType = keyof Protocol;
/** The messages the background answers: its handler table must have one handler for each. */
export type BackgroundMessageType = {
  [K in MessageType]: Protocol[K]['to'] extends 'background' ? K : never;
}[MessageType];
/** The messages the popup sends to a tab; the content script of that page answers those it knows. */
export type TabMessageType = Exclude<MessageType, BackgroundMessageType>;

/** A message as it travels: its type and its request's fields, flat. */
export type Message<K extends MessageType> = { type: K } & Protocol[K]['request'];
export type Response<K extends MessageType> = Protocol[K]['response'];

/** The data a sender passes besides the type: optional when the message carries nothing. */
export type RequestArgs<K extends MessageType> = NoData extends Protocol[K]['request']
  ? [request?: Protocol[K]['request']]
  : [request: Protocol[K]['request']];

/** What a handler knows of where a message came from (the parts of runtime.MessageSender we use). */
export interface MessageSender {
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

export type Handler<K extends MessageType> = (
  message: Message<K>,
  sender: MessageSender,
) => Response<K> | Promise<Response<K>>;

/** A handler for each message in K; `BackgroundHandlers` is the background's complete table. */
export type Handlers<K extends MessageType> = { [P in K]: Handler<P> };
export type BackgroundHandlers = Handlers<BackgroundMessageType>;

/** The log commands of the extension's own pages (every `log-*` message but the two that append). */
export type LogCommandType = Exclude<
  Extract<BackgroundMessageType, `log-${string}`>,
  'log-decision' | 'log-policy-report'
>;
export type LogCommand = { [K in LogCommandType]: Message<K> }[LogCommandType];
