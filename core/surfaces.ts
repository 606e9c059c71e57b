// The one registry of places where exposure can happen (LinkedIn surfaces and the employer's website).
// Everything else is derived from it: the SurfaceId union, the id list the log validates against, the
// activity a surface's submission amounts to, and which surfaces are profile forms. Adding a surface
// starts here; `tests/dom/linkedin/surface-registry.test.ts` names every other place it needs.
import type { Activity } from './types';

/** What kind of place a surface is: it decides which detector reads it and which record fields it may carry. */
export type SurfaceKind = 'composer' | 'comment' | 'profile-form' | 'profile-setting' | 'website';

export interface SurfaceEntry {
  /** The core activity a submission on this surface amounts to. */
  activity: Activity;
  kind: SurfaceKind;
  /** Key of the surface's name in the log's catalogue (`surfaceLabels`, core/i18n/messages/log.ts). */
  logLabel: string;
}

export const SURFACES = {
  'feed-composer': { activity: 'feed-post', kind: 'composer', logLabel: 'feed-composer' },
  'group-composer': { activity: 'group-post', kind: 'composer', logLabel: 'group-composer' },
  'company-page-composer': {
    activity: 'company-page-post',
    kind: 'composer',
    logLabel: 'company-page-composer',
  },
  comment: { activity: 'comment', kind: 'comment', logLabel: 'comment' },
  'profile-intro': { activity: 'profile-employer', kind: 'profile-form', logLabel: 'profile-intro' },
  'profile-position': { activity: 'profile-employer', kind: 'profile-form', logLabel: 'profile-position' },
  'profile-photo': { activity: 'profile-photo', kind: 'profile-form', logLabel: 'profile-photo' },
  'profile-about': { activity: 'profile-employer', kind: 'profile-form', logLabel: 'profile-about' },
  'profile-open-to-work': {
    activity: 'profile-broadcast',
    kind: 'profile-form',
    logLabel: 'profile-open-to-work',
  },
  'notify-network-setting': {
    activity: 'profile-broadcast',
    kind: 'profile-setting',
    logLabel: 'notify-network-setting',
  },
  'employer-website': { activity: 'website-name', kind: 'website', logLabel: 'employer-website' },
} as const satisfies Record<string, SurfaceEntry>;

/** A place on LinkedIn (or the employer's site) where exposure can happen. */
export type SurfaceId = keyof typeof SURFACES;

type SurfacesOfKind<K extends SurfaceKind> = {
  [S in SurfaceId]: (typeof SURFACES)[S]['kind'] extends K ? S : never;
}[SurfaceId];

/** Surfaces the profile-form detector reads: the profile edit forms and the global notify setting. */
export type ProfileFormSurface = SurfacesOfKind<'profile-form' | 'profile-setting'>;
/** Surfaces on LinkedIn (every one but the employer's website). */
export type LinkedInSurfaceId = Exclude<SurfaceId, SurfacesOfKind<'website'>>;

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

/** The core activity a surface's submission amounts to. */
export function activityOf(surface: SurfaceId): Activity {
  return SURFACES[surface].activity;
}

/** A profile form or the notify setting: the only surfaces whose records may name changed fields. */
export function isProfileSurface(surface: SurfaceId): surface is ProfileFormSurface {
  return (PROFILE_FORM_SURFACES as readonly SurfaceId[]).includes(surface);
}
