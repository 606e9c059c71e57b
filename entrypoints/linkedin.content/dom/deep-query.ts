// Queries that see through open shadow roots (LinkedIn's classic dialogs live in the open shadow
// root of #interop-outlet, which document.querySelector cannot reach). Read-only.

/** The open shadow roots directly or indirectly below `root`, nearest first. */
function openShadowRootsBelow(root: ParentNode): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  for (const element of root.querySelectorAll('*')) {
    const shadow = element.shadowRoot;
    if (shadow) found.push(shadow, ...openShadowRootsBelow(shadow));
  }
  return found;
}

/** Every element matching `selector` in `root` and in all open shadow roots below it. */
export function deepQueryAll(root: ParentNode, selector: string): Element[] {
  const scopes = [root, ...openShadowRootsBelow(root)];
  return scopes.flatMap((scope) => [...scope.querySelectorAll(selector)]);
}

/** The first element matching `selector` in `root` or in an open shadow root below it. */
export function deepQuery(root: ParentNode, selector: string): Element | null {
  return root.querySelector(selector) ?? deepQueryAll(root, selector)[0] ?? null;
}

/** Like Element.closest, but continues from a shadow root to its host. */
export function closestAcross(start: Element, selector: string): Element | null {
  let element: Element | null = start;
  while (element) {
    const match = element.closest(selector);
    if (match) return match;
    const root = element.getRootNode();
    element = isShadowRoot(root) ? root.host : null;
  }
  return null;
}

/** The elements of an event's composed path, innermost first (shadow roots, document, window dropped). */
export function elementsOfPath(path: readonly EventTarget[]): Element[] {
  return path.filter(isElement);
}

// nodeType checks rather than instanceof, so nodes from another realm (page world, test window) pass.
export function isElement(target: EventTarget | Node | null | undefined): target is Element {
  return (target as Node | null | undefined)?.nodeType === 1;
}

export function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === 11 && 'host' in node;
}
