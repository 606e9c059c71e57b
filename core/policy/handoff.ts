// The selected text the context menu hands to the options page's policy tab: kept only in memory
// (storage.session, or the background's memory where that is missing), for a minute at most, never in
// the URL and never on disk.

export const POLICY_HANDOFF_KEY = 'policyHandoff';
export const POLICY_HANDOFF_MAX_AGE_MS = 60_000;
/** A selection longer than this (2 MB) is cut: nobody selects a longer policy by hand. */
export const POLICY_HANDOFF_MAX_CHARS = 2_000_000;

export interface PolicyHandoff {
  text: string;
  /** Date.now() when the menu item was clicked. */
  at: number;
}

/** The handed-over text, if `value` is a handoff younger than a minute; null otherwise. */
export function readPolicyHandoff(value: unknown, now: number): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const { text, at } = value as Partial<PolicyHandoff>;
  if (typeof text !== 'string' || typeof at !== 'number') return null;
  if (now - at > POLICY_HANDOFF_MAX_AGE_MS || now < at - 5_000) return null;
  return text.slice(0, POLICY_HANDOFF_MAX_CHARS);
}
