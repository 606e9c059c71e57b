// The options page's side of the context menu's handoff: take the selected text once, from
// storage.session where the browser has it, else from the background's memory.
import { browser } from 'wxt/browser';
import { sendToBackground } from '@/components/messaging';
import { POLICY_HANDOFF_KEY, readPolicyHandoff } from '@/core/policy';

export async function takePolicyHandoff(): Promise<string | null> {
  const session = browser.storage.session;
  if (session) {
    try {
      const stored = await session.get(POLICY_HANDOFF_KEY);
      await session.remove(POLICY_HANDOFF_KEY);
      const text = readPolicyHandoff(stored[POLICY_HANDOFF_KEY], Date.now());
      if (text !== null) return text;
    } catch {
      // Not available to this page: the background's memory is asked below.
    }
  }
  try {
    return (await sendToBackground('policy-handoff-take')).text;
  } catch {
    return null;
  }
}
