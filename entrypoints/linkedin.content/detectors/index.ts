// Every LinkedIn surface detector, in the order the content script asks them.
import { commentDetector } from './comment';
import { feedComposerDetector } from './feed-composer';
import { groupComposerDetector } from './group-composer';
import { profileFormDetector } from './profile-form';
import type { SurfaceDetector } from './types';

export const LINKEDIN_DETECTORS: readonly SurfaceDetector[] = [
  feedComposerDetector,
  groupComposerDetector,
  commentDetector,
  profileFormDetector,
];
