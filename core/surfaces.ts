// The one registry of the places a log entry can come from: where exposure can happen (LinkedIn surfaces
// and the employer's website) and the extension's own reports (a checked policy saved to the log).
// Everything else is derived from it: the SurfaceId union, the id list the log validates against, the
// activity a surface's submission amounts to, which surfaces are profile forms and which are reports.
// Adding a surface starts here; `tests/dom/linkedin/surface-registry.test.ts` names every other place
// it needs.
import type { Activity } from './types';

/**
 * What kind of place a surface is: it decides which detector reads it and which record fields it may
 * carry. A 'report' is one of the extension's own pages saving a result to the log (never a moment on
 * a page): it has no single activity, only the extension's pages may log it, and its records carry
 * the report's summary.
 */
export type SurfaceKind = 'composer' | 'comment' | 'profile-form' | 'profile-setting' | 'website' | 'report';

type MomentKind = Exclude<SurfaceKind, 'report'>;

/**
 * A place where the user does something with one activity: a LinkedIn surface or the employer's site.
 * Its name in the log is the log catalogue's entry under its id (`surfaceLabels`, core/i18n/messages/log.ts).
 */
interface MomentSurfaceEntry {
  /** The core activity a submission on this surface amounts to. */
  activity: Activity;
  kind: MomentKind;
}

/** One of the extension's own pages saving a report: its activities are in the report. */
interface ReportSurfaceEntry {
  kind: 'report';
}

export type SurfaceEntry = MomentSurfaceEntry | ReportSurfaceEntry;

const moment = <A extends Activity, K extends MomentKind>(activity: A, kind: K) => ({ activity, kind });

export const SURFACES = {
  'feed-composer': moment('feed-post', 'composer'),
  'group-composer': moment('group-post', 'composer'),
  'company-page-composer': moment('company-page-post', 'composer'),
  comment: moment('comment', 'comment'),
  'profile-intro': moment('profile-employer', 'profile-form'),
  'profile-position': moment('profile-employer', 'profile-form'),
  'profile-photo': moment('profile-photo', 'profile-form'),
  'profile-about': moment('profile-employer', 'profile-form'),
  'profile-open-to-work': moment('profile-broadcast', 'profile-form'),
  'notify-network-setting': moment('profile-broadcast', 'profile-setting'),
  'employer-website': moment('website-name', 'website'),
  'policy-check': { kind: 'report' },
} as const satisfies Record<string, SurfaceEntry>;

/** A place on LinkedIn (or the employer's site) where exposure can happen. */
export type SurfaceId = keyof typeof SURFACES;

type SurfacesOfKind<K extends SurfaceKind> = {
  [S in SurfaceId]: (typeof SURFACES)[S]['kind'] extends K ? S : never;
}[SurfaceId];

/** Surfaces the profile-form detector reads: the profile edit forms and the global notify setting. */
export type ProfileFormSurface = SurfacesOfKind<'profile-form' | 'profile-setting'>;
/** Surfaces on LinkedIn (every one but the employer's website and the extension's own reports). */
export type LinkedInSurfaceId = Exclude<SurfaceId, SurfacesOfKind<'website' | 'report'>>;
/** The extension's own reports saved to the log (only its own pages may log them). */
export type ReportSurface = SurfacesOfKind<'report'>;
/** Surfaces where a moment has one activity: LinkedIn and the employer's website. */
export type MomentSurfaceId = Exclude<SurfaceId, ReportSurface>;

/** Every SurfaceId at run time, in registry order. */
export const SURFACE_IDS = Object.keys(SURFACES) as SurfaceId[];

const idsOfKind = <K extends SurfaceKind>(...kinds: K[]): SurfacesOfKind<K>[] =>
  SURFACE_IDS.filter((id) => (kinds as SurfaceKind[]).includes(SURFACES[id].kind)) as SurfacesOfKind<K>[];

export const PROFILE_FORM_SURFACES: readonly ProfileFormSurface[] = idsOfKind(
  'profile-form',
  'profile-setting',
);
export const LINKEDIN_SURFACE_IDS: readonly LinkedInSurfaceId[] = idsOfKind(
  'composer',
  'comment',
  'profile-form',
  'profile-setting',
);
export const REPORT_SURFACES: readonly ReportSurface[] = idsOfKind('report');

/** The core activity a surface's submission amounts to. */
export function activityOf(surface: MomentSurfaceId): Activity {
  return SURFACES[surface].activity;
}

/** A report of the extension's own pages: logged only from them, with the report's summary. */
export function isReportSurface(surface: SurfaceId): surface is ReportSurface {
  return (REPORT_SURFACES as readonly SurfaceId[]).includes(surface);
}

/** A profile form or the notify setting: the only surfaces whose records may name changed fields. */
export function isProfileSurface(surface: SurfaceId): surface is ProfileFormSurface {
  return (PROFILE_FORM_SURFACES as readonly SurfaceId[]).includes(surface);
}
