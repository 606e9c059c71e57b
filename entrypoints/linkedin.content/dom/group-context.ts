// Which LinkedIn group a moment belongs to: from the route, or from a post card's link to its group.
import { ROUTES } from '@/entrypoints/linkedin.content/surfaces';

export interface GroupFacts {
  groupId: string;
  groupName?: string;
}

/** `12345` from `/groups/12345/` and from the older vanity form `/groups/Some-Name-12345`. */
export function groupIdOf(segment: string): string {
  return /-(\d+)$/.exec(segment)?.[1] ?? segment;
}

function groupIdFromPath(pathname: string): string | null {
  const segment = ROUTES.group.exec(pathname)?.[1];
  if (segment) return groupIdOf(decodeURIComponent(segment));
  return ROUTES.groupPost.exec(pathname)?.[1] ?? null;
}

/**
 * The group of the current page: `/groups/<id>/…` named by the page's group header, or a group post's
 * permalink `/feed/update/urn:li:groupPost:<id>-…/` (its name, if any, is in the post card's header).
 */
export function groupOfPage(url: URL, doc: Document | null): GroupFacts | null {
  const groupId = groupIdFromPath(url.pathname);
  if (!groupId) return null;
  if (!ROUTES.group.test(url.pathname)) return { groupId };
  const heading = doc?.querySelector('main h1') ?? doc?.querySelector('h1');
  const groupName = heading?.textContent?.replace(/\s+/g, ' ').trim();
  return groupName ? { groupId, groupName } : { groupId };
}

/** The group a card links to from its header (links inside the post body or comments do not count). */
export function groupOfLinks(scope: Element, excluded: string): GroupFacts | null {
  for (const link of scope.querySelectorAll('a[href*="/groups/"]')) {
    if (excluded && link.closest(excluded)) continue;
    let groupId: string | null = null;
    try {
      groupId = groupIdFromPath(
        new URL(link.getAttribute('href') ?? '', 'https://www.linkedin.com').pathname,
      );
    } catch {
      groupId = null;
    }
    if (!groupId) continue;
    const groupName = link.textContent?.replace(/\s+/g, ' ').trim();
    return groupName ? { groupId, groupName } : { groupId };
  }
  return null;
}
