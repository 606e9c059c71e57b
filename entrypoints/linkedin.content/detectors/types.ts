// The contract between LinkedIn surface detectors and the rest of the content script.
// A detector only reads the page: it never writes into LinkedIn's DOM and knows nothing of the law.
import type { ProfileFieldKind, SurfaceId, UiGeneration } from '@/core/protocol';
import type { MomentSurfaceId } from '@/core/surfaces';
import type { GroupFacts } from '@/entrypoints/linkedin.content/dom/group-context';

/** How a piece of text or markup ties the moment to the employer. */
export type EmployerSignal = 'name' | 'mention' | 'hashtag' | 'company-link';

/** Everything a detector needs to know about the page and the user's settings. */
export interface PageContext {
  url: URL;
  /** Returns the employer signals found in a plain text (names/aliases, hashtags), empty if none. */
  employerSignalsInText(text: string): EmployerSignal[];
  /** True when a LinkedIn URL or entity URN points at the employer's company page. */
  isEmployerCompanyRef(hrefOrUrn: string): boolean;
  /** On the full-page composer route: the group page it was opened from in this tab, if any. */
  composeOrigin?: GroupFacts | null;
}

/** Facts read from the page at the moment of submission. Kept in memory only; never stored. */
export interface MomentFacts {
  /** The editor's plain text (for matching only; never logged or stored). */
  text: string;
  employerSignals: EmployerSignal[];
  /** Group id when the moment happens in or on a post of a LinkedIn group. */
  groupId?: string;
  groupName?: string;
  /** The post is made as (or from the admin view of) a company page. */
  asCompanyPage?: boolean;
  /** Profile forms: which kind of field changed (no values). Filled by profile detectors. */
  changedFields?: ProfileFieldKind[];
  /** Profile forms and the global setting: the "notify network" switch, as found at the moment. */
  notifyNetwork?: { state: 'on' | 'off' | 'not-found'; control?: HTMLElement };
  /** Position form: "End current position" is ticked while the current job is at the employer. */
  endsCurrentPositionAtEmployer?: boolean;
}

export type { ProfileFieldKind };

/** A submission the user is about to make, found from an event's composed path. */
export interface ExposureMoment {
  surface: MomentSurfaceId;
  uiGeneration: UiGeneration;
  /** The control whose activation submits (Post / Comment / Save). */
  submitControl: HTMLElement;
  /** Where the user typed; focus returns here after the warning. */
  editor: HTMLElement | null;
  /** The dialog, card or form that scopes this moment. */
  container: Element;
  facts: MomentFacts;
}

/** How the user tried to submit. */
export type SubmitGesture = 'click' | 'keyboard' | 'form-submit';

export interface SurfaceDetector {
  /** The surfaces this detector can report. */
  readonly surfaces: readonly SurfaceId[];
  /**
   * Given the composed path of a trusted click, keydown (Enter / Ctrl+Enter / Cmd+Enter) or form
   * submit, returns the moment when that event would submit this surface, otherwise null.
   * Must be cheap: it runs in a capture-phase listener on every click.
   */
  momentFromEvent(
    event: Event,
    path: readonly EventTarget[],
    gesture: SubmitGesture,
    ctx: PageContext,
  ): ExposureMoment | null;
  /** The surfaces of this detector present on the page right now (for the health report). */
  presentSurfaces(roots: readonly ParentNode[], ctx: PageContext): SurfaceId[];
}
