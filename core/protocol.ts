// Typed messages between the extension's contexts (content scripts, background, popup, options).
// Types only: the transport (the runtime and tabs messaging APIs) lives in entrypoints/.
import type { AssessmentPresentation } from './assessment-presentation';
import type { NameVariantKind } from './person-match';
import type { SurfaceId } from './surfaces';
import type { Activity, Assessment, Language, LocalizedText, Outcome, Situation } from './types';

export type { SurfaceId } from './surfaces';

export type UiGeneration = 'classic' | 'sdui';

/**
 * What the user did at a warning ('cancel', 'proceed'), or 'noticed' for a finding that is not the
 * user's choice (the employer's website shows them; logged by the background, issue 8).
 */
export type UserDecision = 'cancel' | 'proceed' | 'noticed';

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
  /** Profile edits only: which kinds of field the save carried (ids, never values). Added by the profile part. */
  changedFields?: ProfileFieldKind[];
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
  surfaces: SurfaceId[];
  uiGenerations: UiGeneration[];
  failures: number; // exceptions in our code that let the user's action through
  warnings: string[]; // e.g. a form without a recognisable notify-network switch
}

export type ExtensionMessage = { type: 'log-decision'; record: DecisionRecord } | { type: 'get-health' };

/**
 * Commands from the extension's own pages (options, popup) to the background, the one writer of the
 * decision log. Added by the settings/log UI part; answered with `LogCommandResult`.
 */
export type LogCommand =
  | { type: 'log-set-note'; seq: number; note: string }
  | { type: 'log-clear' }
  | { type: 'log-import'; json: string }
  | { type: 'log-apply-retention' }
  | { type: 'log-status' };

/** Writes the background could not save yet (quota, write failure): kept in memory and retried. */
export interface LogWriteStatus {
  unsaved: boolean;
  lastError: string | null;
  failedSince: string | null; // ISO 8601
}

export type LogCommandResult =
  | { ok: true; status: LogWriteStatus }
  | { ok: false; error: LocalizedText | string; status: LogWriteStatus };

/** The background's answer to `log-decision`. */
export type LogDecisionResult = { ok: true; seq: number } | { ok: false; error: string };

// ── The employer's website (issue 8). Added by the website part. ──

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

export type WebsiteMessage =
  /** Content script → background, after every scan whose result changed (badge, log once per change). */
  | { type: 'website-findings'; report: WebsitePageReport }
  /** Popup → content script of the active tab (tabs.sendMessage); answered with a WebsitePageReport. */
  | { type: 'get-website-findings' };

// ── The warning's assessment, answered by the background (issue 7: the legal texts stay out of the
// content script). Added by the bundle-size part. ──

/** Content script → background: evaluate this situation and resolve its texts in this language. */
export type AssessRequest = { type: 'assess'; situation: Situation; language: Language };

/** The background's answer to `assess`; `ok: false` for a situation or language the core refuses. */
export type AssessResult =
  | { ok: true; assessment: Assessment; presentation: AssessmentPresentation }
  | { ok: false; error: string };

// ── The warning UI, loaded on demand (issue 7: the LinkedIn content script stays small). Added by the
// lazy-UI part. ──

/**
 * LinkedIn content script → background: inject the warning UI bundle into the sender's tab and frame
 * (it shares the content script's isolated world). Answered with `LoadWarningUiResult`.
 */
export type LoadWarningUiRequest = { type: 'load-warning-ui' };

/** The background's answer to `load-warning-ui`: `ok: true` once the bundle has run in that frame. */
export type LoadWarningUiResult = { ok: true } | { ok: false; error: string };
