import type { SurfaceId } from '@/core/protocol';
import type { Activity } from '@/core/types';

/** The core activity a LinkedIn surface's submission amounts to. */
export const ACTIVITY_OF_SURFACE: Readonly<Record<SurfaceId, Activity>> = {
  'feed-composer': 'feed-post',
  'group-composer': 'group-post',
  'company-page-composer': 'company-page-post',
  comment: 'comment',
  'profile-intro': 'profile-employer',
  'profile-position': 'profile-employer',
  'profile-about': 'profile-employer',
  'profile-photo': 'profile-photo',
  'profile-open-to-work': 'profile-broadcast',
  'notify-network-setting': 'profile-broadcast',
  'employer-website': 'website-name',
};
