import { describe, expect, it } from 'vitest';
import { containsPhrase, createEmployerMatcher, normaliseForMatch } from '@/core/name-match';

const acme = createEmployerMatcher({
  name: 'Acme Installaties',
  aliases: ['Acme', 'AI Groep'],
  companyPageUrl: 'https://www.linkedin.com/company/acme-installaties/',
});

describe('normaliseForMatch', () => {
  it('lower-cases, strips diacritics and collapses white space', () => {
    expect(normaliseForMatch('  Café  Noir\u00a0B.V. ')).toBe('cafe noir b.v.');
    expect(normaliseForMatch('ÅNGSTRÖM Über')).toBe('angstrom uber');
  });
});

describe('signalsInText: names and aliases', () => {
  it('finds the name case-insensitively on word boundaries', () => {
    expect(acme.signalsInText('Proud to work at ACME installaties today!')).toEqual(['name']);
    expect(acme.signalsInText('Acme, what a team.')).toEqual(['name']);
    expect(acme.signalsInText('(acme)')).toEqual(['name']);
  });

  it('does not match inside longer words or other companies with a similar name', () => {
    expect(acme.signalsInText('Greetings from Acmeville')).toEqual([]);
    expect(acme.signalsInText('NewAcme Installations is hiring')).toEqual([]);
    expect(acme.signalsInText('Acme2 Holding')).toEqual([]);
    expect(acme.signalsInText('Acme_Installaties')).toEqual([]);
    expect(acme.signalsInText('I bought an AI gadget')).toEqual([]);
  });

  it('matches multi-word names across flexible white space and line breaks', () => {
    expect(acme.signalsInText('Acme\n  Installaties rocks')).toEqual(['name']);
    expect(acme.signalsInText('ai   groep')).toEqual(['name']);
  });

  it('ignores diacritics on both sides and handles punctuation in names', () => {
    const cafe = createEmployerMatcher({ name: 'Café Noir B.V.', aliases: [], companyPageUrl: null });
    expect(cafe.signalsInText('Lunch at cafe noir b.v. today')).toEqual(['name']);
    expect(cafe.signalsInText('CAFÉ NOIR B.V.')).toEqual(['name']);
    expect(cafe.signalsInText('Café Noirs B.V.')).toEqual([]);
    const zurich = createEmployerMatcher({ name: 'Zürich Zorg', aliases: [], companyPageUrl: null });
    expect(zurich.signalsInText('werken bij zurich zorg')).toEqual(['name']);
  });

  it('treats letters of every script as word characters', () => {
    const m = createEmployerMatcher({ name: 'Öz', aliases: [], companyPageUrl: null });
    expect(m.signalsInText('Özgür')).toEqual([]);
    expect(m.signalsInText('bij Öz!')).toEqual(['name']);
  });

  it('never matches empty or blank names', () => {
    const empty = createEmployerMatcher({ name: '', aliases: ['  ', '...'], companyPageUrl: null });
    expect(empty.signalsInText('')).toEqual([]);
    expect(empty.signalsInText('anything at all ... #')).toEqual([]);
  });
});

describe('signalsInText: hashtags', () => {
  it('matches a hashtag of the name with spaces removed, and of any alias', () => {
    expect(acme.signalsInText('Great day #AcmeInstallaties')).toEqual(['hashtag']);
    expect(acme.signalsInText('#acme')).toEqual(['hashtag']);
    expect(acme.signalsInText('#AIGroep #fun')).toEqual(['hashtag']);
  });

  it('does not match other hashtags that merely start with the name', () => {
    expect(acme.signalsInText('#AcmeVille #AcmeInstallatiesFans')).toEqual([]);
  });

  it('reports both signals once when both occur', () => {
    expect(acme.signalsInText('Acme! #Acme #AcmeInstallaties')).toEqual(['name', 'hashtag']);
  });

  it('ignores diacritics and punctuation in hashtags', () => {
    const cafe = createEmployerMatcher({ name: 'Café Noir B.V.', aliases: [], companyPageUrl: null });
    expect(cafe.signalsInText('#CafeNoirBV')).toEqual(['hashtag']);
  });
});

describe('isCompanyRef', () => {
  it('recognises links to the configured company page by slug', () => {
    expect(acme.isCompanyRef('https://www.linkedin.com/company/acme-installaties/')).toBe(true);
    expect(acme.isCompanyRef('https://nl.linkedin.com/company/Acme-Installaties/posts/?x=1')).toBe(true);
    expect(acme.isCompanyRef('/company/acme-installaties/about/')).toBe(true);
    expect(acme.isCompanyRef('www.linkedin.com/company/acme-installaties')).toBe(true);
  });

  it('rejects other companies, other hosts and other kinds of pages', () => {
    expect(acme.isCompanyRef('https://www.linkedin.com/company/acme-installaties-bv/')).toBe(false);
    expect(acme.isCompanyRef('https://www.linkedin.com/company/acme/')).toBe(false);
    expect(acme.isCompanyRef('https://evil.example/company/acme-installaties/')).toBe(false);
    expect(acme.isCompanyRef('https://www.linkedin.com/in/acme-installaties/')).toBe(false);
    expect(acme.isCompanyRef('urn:li:fsd_company:12345')).toBe(false);
  });

  it('matches URNs and numeric paths when the configured page uses the numeric id', () => {
    const byId = createEmployerMatcher({
      name: 'Acme',
      aliases: [],
      companyPageUrl: 'https://www.linkedin.com/company/12345/admin/',
    });
    expect(byId.isCompanyRef('urn:li:fsd_company:12345')).toBe(true);
    expect(byId.isCompanyRef('urn:li:organization:12345')).toBe(true);
    expect(byId.isCompanyRef('urn:li:fsd_company:123456')).toBe(false);
    expect(byId.isCompanyRef('urn:li:fsd_profile:12345')).toBe(false);
    expect(byId.isCompanyRef('https://www.linkedin.com/company/12345/')).toBe(true);
  });

  it('is false without a configured company page', () => {
    const none = createEmployerMatcher({ name: 'Acme', aliases: [], companyPageUrl: null });
    expect(none.isCompanyRef('https://www.linkedin.com/company/acme/')).toBe(false);
    const bad = createEmployerMatcher({ name: 'Acme', aliases: [], companyPageUrl: 'not a url at all' });
    expect(bad.isCompanyRef('https://www.linkedin.com/company/acme/')).toBe(false);
  });
});

describe('containsPhrase', () => {
  it('finds a label phrase as whole words, ignoring case and diacritics', () => {
    expect(containsPhrase('Jane Doe Post to Anyone', 'post to anyone')).toBe(true);
    expect(containsPhrase('Tout le monde', 'TOUT LE MONDE')).toBe(true);
    expect(containsPhrase('Allerlei', 'Alle')).toBe(false);
    expect(containsPhrase('anything', '  ')).toBe(false);
  });
});

describe('names with regular-expression characters', () => {
  it('matches hyphenated and dotted employer names instead of throwing', () => {
    const matcher = createEmployerMatcher({
      name: 'Coca-Cola',
      aliases: ['A.S.R. (Utrecht)', 'C++ Works/NL'],
      companyPageUrl: null,
    });
    expect(matcher.signalsInText('I love working at Coca-Cola!')).toContain('name');
    expect(matcher.signalsInText('Nieuws van a.s.r. (utrecht) vandaag')).toContain('name');
    expect(matcher.signalsInText('c++ works/nl is hiring')).toContain('name');
    expect(matcher.signalsInText('Coca Cola zero')).toEqual([]);
  });
});
