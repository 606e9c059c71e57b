// Matching the employer's name, aliases, hashtags and company page in text and links. Pure: no DOM.

import type { EmployerSettings } from './settings';

/** How a piece of text or a link ties something to the employer (mirrors the detector contract). */
export type NameSignal = 'name' | 'hashtag';

/** Lower case, diacritics removed (NFD, marks stripped), runs of white space collapsed to one space. */
export function normalizeForMatch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** Letters and digits only, for comparing hashtags with names ("Acme Installaties" → "acmeinstallaties"). */
function compact(text: string): string {
  return normalizeForMatch(text).replace(/[^\p{L}\p{N}]/gu, '');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

const WORD_CHAR = '\\p{L}\\p{N}_';
// A name must not touch a letter or digit on either side, and must not be a hashtag ("#Acme" is a hashtag).
const BEFORE_NAME = `(?<![${WORD_CHAR}#])`;
const AFTER_NAME = `(?![${WORD_CHAR}])`;
const HASHTAG = /#([\p{L}\p{N}_]+)/gu;

function namePattern(name: string): RegExp | null {
  const words = normalizeForMatch(name).split(' ').filter(Boolean);
  if (words.length === 0 || compact(name) === '') return null;
  return new RegExp(`${BEFORE_NAME}${words.map(escapeRegExp).join('\\s+')}${AFTER_NAME}`, 'u');
}

/** True when `phrase` occurs in `text` as whole words (same rules as names; for UI labels). */
export function containsPhrase(text: string, phrase: string): boolean {
  const pattern = namePattern(phrase);
  return pattern?.test(normalizeForMatch(text)) ?? false;
}

interface CompanyPageId {
  slugOrId: string; // lower case
  numericId: string | null;
}

const LINKEDIN_HOST = /(^|\.)linkedin\.com$/i;
const COMPANY_PATH = /^\/company\/([^/?#]+)/i;
const COMPANY_URN =
  /^urn:li:(?:fsd_company|fs_company|fs_minicompany|company|organization|fsd_organization):(\d+)$/i;

function companyPathId(url: URL): string | null {
  if (!LINKEDIN_HOST.test(url.hostname)) return null;
  const match = COMPANY_PATH.exec(url.pathname);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]).toLowerCase();
  } catch {
    return match[1].toLowerCase();
  }
}

function parseCompanyPage(companyPageUrl: string | null): CompanyPageId | null {
  if (!companyPageUrl) return null;
  const url = toUrl(companyPageUrl.trim());
  const slugOrId = url ? companyPathId(url) : null;
  if (!slugOrId) return null;
  return { slugOrId, numericId: /^\d+$/.test(slugOrId) ? slugOrId : null };
}

function toUrl(text: string): URL | null {
  try {
    const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) || text.startsWith('/') ? text : `https://${text}`;
    return new URL(withScheme, 'https://www.linkedin.com');
  } catch {
    return null;
  }
}

export interface EmployerMatcher {
  /** Signals found in plain text: the name or an alias as whole words, or a company hashtag. */
  signalsInText(text: string): NameSignal[];
  /** True when a LinkedIn URL (absolute or relative) or an entity URN points at the employer's page. */
  isCompanyRef(hrefOrUrn: string): boolean;
}

export function createEmployerMatcher(
  employer: Pick<EmployerSettings, 'name' | 'aliases' | 'companyPageUrl'>,
): EmployerMatcher {
  const names = [employer.name, ...employer.aliases];
  const patterns = names.map(namePattern).filter((p): p is RegExp => p !== null);
  const hashtags = new Set(names.map(compact).filter(Boolean));
  const page = parseCompanyPage(employer.companyPageUrl);

  return {
    signalsInText(text) {
      const signals: NameSignal[] = [];
      const normalized = normalizeForMatch(text);
      if (patterns.some((p) => p.test(normalized))) signals.push('name');
      for (const [, tag] of normalized.matchAll(HASHTAG)) {
        if (tag && hashtags.has(compact(tag))) {
          signals.push('hashtag');
          break;
        }
      }
      return signals;
    },
    isCompanyRef(hrefOrUrn) {
      if (!page) return false;
      const ref = hrefOrUrn.trim();
      const urn = COMPANY_URN.exec(ref);
      if (urn) return page.numericId !== null && urn[1] === page.numericId;
      if (ref.toLowerCase().startsWith('urn:')) return false;
      const url = toUrl(ref);
      return url !== null && companyPathId(url) === page.slugOrId;
    },
  };
}
