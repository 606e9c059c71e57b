// Where the decision log lives in browser.storage.local, shared by its writer and its readers.
import { type DecisionLog, isLogAnchor } from '@/core/log';

export const LOG_KEY = 'decisionLog';
export const CORRUPT_LOG_PREFIX = 'decisionLog.corrupt.';
export const REPLACED_LOG_PREFIX = 'decisionLog.replaced.';
/**
 * The website finding keys already logged (components/website/website-findings.ts). They say what the
 * log holds, so the log writer drops them when the log is cleared or replaced by an import.
 */
export const LOGGED_FINDINGS_KEY = 'websiteFindingKeys';

/** True for a value stored as a log (entries and notes); the chain itself is checked by the core. */
export function isStoredLog(value: unknown): value is DecisionLog {
  if (typeof value !== 'object' || value === null) return false;
  const log = value as Partial<DecisionLog>;
  return (
    Array.isArray(log.entries) &&
    typeof log.notes === 'object' &&
    log.notes !== null &&
    isLogAnchor(log.anchor)
  );
}
