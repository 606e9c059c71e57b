import { describe, expect, it } from 'vitest';
import { createPersonMatcher, nameVariants, parsePersonName } from '@/core/person-match';

function kindFound(ownName: string, text: string): string | null {
  const matcher = createPersonMatcher(ownName);
  if (!matcher) throw new Error(`no matcher for ${ownName}`);
  return matcher.find(text)?.variant.kind ?? null;
}

describe('parsePersonName', () => {
  it('keeps Dutch surname prefixes with the surname', () => {
    expect(parsePersonName('Jan Pieter de Vries')).toEqual({
      givenNames: ['Jan', 'Pieter'],
      prefix: ['de'],
      surname: 'Vries',
    });
    expect(parsePersonName('Anna van der Berg')).toEqual({
      givenNames: ['Anna'],
      prefix: ['van', 'der'],
      surname: 'Berg',
    });
  });

  it('never takes the first word as a prefix ("Van" can be a given name)', () => {
    expect(parsePersonName('Van Morrison')).toEqual({ givenNames: ['Van'], prefix: [], surname: 'Morrison' });
  });

  it('refuses a single word or nothing: one word would match strangers', () => {
    expect(parsePersonName('Jan')).toBeNull();
    expect(parsePersonName('   ')).toBeNull();
    expect(createPersonMatcher('Jan')).toBeNull();
    expect(createPersonMatcher('')).toBeNull();
  });
});

describe('nameVariants', () => {
  it('writes out full name, first name plus initial and initials with surname', () => {
    expect(nameVariants('Jan Pieter de Vries')).toEqual([
      { kind: 'full', text: 'Jan Pieter de Vries' },
      { kind: 'first-and-surname', text: 'Jan de Vries' },
      { kind: 'first-and-initial', text: 'Jan de V.' },
      { kind: 'initials-and-surname', text: 'J.P. de Vries' },
      { kind: 'initials-and-surname', text: 'J. de Vries' },
    ]);
  });

  it('has no duplicate forms for a single given name', () => {
    expect(nameVariants('Sanne Jansen').map((v) => v.text)).toEqual([
      'Sanne Jansen',
      'Sanne J.',
      'S. Jansen',
    ]);
  });
});

describe('createPersonMatcher: finding the user', () => {
  const own = 'Jan Pieter de Vries';

  it.each([
    ['Jan Pieter de Vries', 'full'],
    ['Meet Jan de Vries, our service engineer', 'first-and-surname'],
    ['Jan de V. komt bij u langs', 'first-and-initial'],
    ['J. de Vries', 'initials-and-surname'],
    ['J.P. de Vries', 'initials-and-surname'],
    ['J. P. de Vries (servicemonteur)', 'initials-and-surname'],
  ])('finds %j as %s', (text, kind) => {
    expect(kindFound(own, text)).toBe(kind);
  });

  it('is case-insensitive', () => {
    expect(kindFound(own, 'JAN DE VRIES')).toBe('first-and-surname');
    expect(kindFound(own, 'jan pieter DE vries')).toBe('full');
    expect(kindFound(own, 'Jan De Vries')).toBe('first-and-surname');
  });

  it('ignores diacritics on either side', () => {
    expect(kindFound('José Müller', 'Jose Muller')).toBe('full');
    expect(kindFound('Jose Muller', 'José Müller, verkoop')).toBe('full');
    expect(kindFound('Zoë van Dijk', 'ZOE VAN DIJK')).toBe('full');
    expect(kindFound('Zoë van Dijk', 'Z. van Dijk')).toBe('initials-and-surname');
  });

  it('handles multi-word prefixes ("van der") and apostrophe prefixes', () => {
    expect(kindFound('Anna van der Berg', 'A. van der Berg')).toBe('initials-and-surname');
    expect(kindFound('Anna van der Berg', 'Anna van der B.')).toBe('first-and-initial');
    expect(kindFound('Anna van der Berg', 'Anna van  der\nBerg')).toBe('full');
    expect(kindFound('Kees ’t Hart', "K. 't Hart")).toBe('initials-and-surname');
  });

  it('does not match a name inside a longer word', () => {
    expect(kindFound('Sanne Jansen', 'Sanne Jansens')).toBeNull();
    expect(kindFound('Sanne Jansen', 'Susanne Jansen')).toBeNull();
    expect(kindFound('Jan de Vries', 'Jan de Vriesland')).toBeNull();
    expect(kindFound('Jan de Vries', 'Marjan de Vries')).toBeNull();
    expect(kindFound('Jan de Vries', 'Jan de Vries-Bakker')).toBeNull();
    expect(kindFound('Jan de Vries', 'Jan de V.W. Smit')).toBeNull();
  });

  it('still matches with punctuation around the name', () => {
    expect(kindFound('Jan de Vries', '“Jan de Vries”, monteur')).toBe('full');
    expect(kindFound('Jan de Vries', 'Team: Jan de Vries; Piet Bakker')).toBe('full');
    expect(kindFound('Jan de Vries', "Jan de Vries' collega's")).toBe('full');
  });

  it('does not match other people with the same first name or surname', () => {
    expect(kindFound('Jan de Vries', 'Jan Bakker')).toBeNull();
    expect(kindFound('Jan de Vries', 'Jan van Vries')).toBeNull();
    expect(kindFound('Jan de Vries', 'Piet de Vries')).toBeNull();
    expect(kindFound('Jan de Vries', 'P. de Vries')).toBeNull();
    expect(kindFound('Jan de Vries', 'Jan de Vos')).toBeNull();
    expect(kindFound('Jan Pieter de Vries', 'J.K. de Vries')).toBeNull();
    expect(kindFound('Jan de Vries', 'Jan')).toBeNull();
    expect(kindFound('Jan de Vries', 'De Vries')).toBeNull();
  });

  it('does not take a prefix-less surname for a prefixed one', () => {
    expect(kindFound('Jan de Vries', 'Jan Vries')).toBeNull();
    expect(kindFound('Jan de Vries', 'J. Vries')).toBeNull();
  });

  it('reports the first occurrence with its place in the normalised text', () => {
    const matcher = createPersonMatcher(own);
    expect(matcher?.find('Team: J. de Vries — Jan Pieter de Vries')).toEqual({
      variant: { kind: 'initials-and-surname', text: 'J. de Vries' },
      index: 6,
      followedBy: ' — jan pieter de vries',
    });
  });
});

describe('createPersonMatcher: the name as a reader reads it', () => {
  const own = 'Jan de Vries';
  it.each([
    ['zero-width spaces', 'Team: Jan\u200b de Vr\u200cies, monteur'],
    ['soft hyphens', 'Team: Jan de Vr\u00adies, monteur'],
    ['full-width letters', 'Team: \uff2a\uff41\uff4e de Vries, monteur'],
    ['Cyrillic look-alikes', 'Team: J\u0430n de Vri\u0435s, monteur'],
    ['a word joiner and a BOM', 'Team: Jan\u2060 de \ufeffVries'],
  ])('finds "Jan de Vries" written with %s', (_, text) => {
    expect(kindFound(own, text)).toBe('full');
  });

  it('still tells colleagues apart', () => {
    expect(kindFound(own, 'Team: J\u0430n de Groot, monteur')).toBeNull();
  });
});
