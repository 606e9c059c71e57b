// Which group a full-page composer was opened from. "Start a post" on a group page can navigate
// (pushState) to `/sharing/compose/`, whose URL no longer names the group. The tab remembers the group
// page the user was on at their last gesture there, and forgets it at the first gesture or navigation
// anywhere but the composer route: no observer, no timer, one regular-expression test per gesture.
import { type GroupFacts, groupOfPage } from '@/entrypoints/linkedin.content/dom/group-context';
import { ROUTES } from '@/entrypoints/linkedin.content/surfaces';

export interface ComposeOrigin {
  /** The page the user is on now (at a gesture or after a navigation). */
  note(url: URL, doc: Document): void;
  /** The group the composer at `url` was opened from, when `url` is the composer route. */
  groupFor(url: URL): GroupFacts | null;
}

export function createComposeOrigin(): ComposeOrigin {
  let origin: GroupFacts | null = null;
  return {
    note(url, doc) {
      if (ROUTES.sharingCompose.test(url.pathname)) return;
      // Only a group's own pages (not a group post's permalink) have a "Start a post" for that group.
      origin = ROUTES.group.test(url.pathname) ? groupOfPage(url, doc) : null;
    },
    groupFor(url) {
      return ROUTES.sharingCompose.test(url.pathname) ? origin : null;
    },
  };
}

interface NavigationLike {
  addEventListener(type: 'currententrychange', listener: () => void, options: { signal: AbortSignal }): void;
}

/** Tells `origin` about every same-document navigation (Navigation API where present, and history moves). */
export function followNavigation(win: Window, origin: ComposeOrigin, signal: AbortSignal): void {
  const onNavigate = () => origin.note(new URL(win.location.href), win.document);
  const navigation = (win as Window & { navigation?: NavigationLike }).navigation;
  navigation?.addEventListener('currententrychange', onNavigate, { signal });
  win.addEventListener('popstate', onNavigate, { signal });
}
