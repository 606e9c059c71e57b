import { beforeEach, describe, expect, it } from 'vitest';
import { createPersonMatcher, type PersonMatcher } from '@/core/person-match';
import { photoNear, scanForPerson } from '@/entrypoints/employer-website.content/scanner';
import { largeTeamPage } from '../../fixtures/websites/large-page';
import { mountFixture, mountHtml } from './support';

function matcherFor(name: string): PersonMatcher {
  const matcher = createPersonMatcher(name);
  if (!matcher) throw new Error('no matcher');
  return matcher;
}

const JAN = matcherFor('Jan Pieter de Vries');

describe('scanner on a card grid', () => {
  beforeEach(() => {
    mountFixture('card-grid.html');
  });

  it('finds the user once, with job title and the photo of their own card', () => {
    const { sightings, truncated } = scanForPerson(document.body, JAN);
    expect(truncated).toBe(false);
    expect(sightings).toHaveLength(1);
    const [sighting] = sightings;
    expect(sighting?.anchor.textContent).toBe('Jan de Vries');
    expect(sighting?.photo?.getAttribute('src')).toBe('/img/jan.jpg');
    expect(sighting?.finding).toEqual({
      activity: 'website-photo',
      exposed: ['name', 'job-title', 'photo'],
      source: 'heading',
      nameForm: 'first-and-surname',
    });
  });

  it('does not take colleagues with the same first name or surname for the user', () => {
    const { sightings } = scanForPerson(document.body, matcherFor('Jan Bakker'));
    expect(sightings.map((s) => s.anchor.textContent)).toEqual(['Jan Bakker']);
    expect(scanForPerson(document.body, matcherFor('Kees de Vries')).sightings).toEqual([]);
  });

  it('does not count a small icon as a photo', () => {
    const icon = document.querySelector('footer img');
    expect(icon).not.toBeNull();
    expect(photoNear(icon as Element)).toBeNull();
  });
});

describe('scanner on a list with photos', () => {
  beforeEach(() => {
    mountFixture('photo-list.html');
  });

  it('finds "J.P. de Vries" with the photo in the same list item, and "Jan de V." in prose without photo', () => {
    const { sightings } = scanForPerson(document.body, JAN);
    expect(sightings.map((s) => s.finding)).toEqual([
      {
        activity: 'website-photo',
        exposed: ['name', 'job-title', 'photo'],
        source: 'text',
        nameForm: 'initials-and-surname',
      },
      { activity: 'website-name', exposed: ['name'], source: 'text', nameForm: 'first-and-initial' },
    ]);
    expect(sightings[0]?.photo?.getAttribute('src')).toBe('/img/jp.jpg');
  });

  it('skips hidden content and scripts', () => {
    const full = scanForPerson(document.body, JAN).sightings.filter((s) => s.finding.nameForm === 'full');
    expect(full).toEqual([]);
  });
});

describe('scanner on a page where the name is only in an alt text', () => {
  beforeEach(() => {
    mountFixture('alt-only.html');
  });

  it('finds the user in the alt text: the image is the photo, the text after the name the job title', () => {
    const { sightings } = scanForPerson(document.body, JAN);
    expect(sightings).toHaveLength(1);
    expect(sightings[0]?.anchor.getAttribute('src')).toBe('/img/team-2.jpg');
    expect(sightings[0]?.finding).toEqual({
      activity: 'website-photo',
      exposed: ['name', 'job-title', 'photo'],
      source: 'alt',
      nameForm: 'full',
    });
  });

  it('sees a name without job title in an alt text as a photo with name only', () => {
    const { sightings } = scanForPerson(document.body, matcherFor('Sanne Jansen'));
    expect(sightings.map((s) => s.finding.exposed)).toEqual([['name', 'photo']]);
  });
});

describe('scanner on a figure with caption and a title attribute', () => {
  beforeEach(() => {
    mountFixture('figure-caption.html');
  });

  it('reads a caption whose name is split over inline elements, and a title attribute', () => {
    const { sightings } = scanForPerson(document.body, JAN);
    expect(sightings.map((s) => [s.finding.source, s.finding.activity, s.finding.nameForm])).toEqual([
      ['figcaption', 'website-photo', 'first-and-surname'],
      ['title', 'website-name', 'initials-and-surname'],
    ]);
    expect(sightings[0]?.photo?.getAttribute('src')).toBe('/img/job.jpg');
  });
});

describe('the work cap', () => {
  it('stops at the node cap and says the scan was truncated', () => {
    mountHtml(largeTeamPage({ nodes: 10_000, ownName: 'Jan Pieter de Vries' }));
    const capped = scanForPerson(document.body, JAN, { maxNodes: 2_000, maxMs: 10_000 });
    expect(capped.truncated).toBe(true);
    expect(capped.nodesVisited).toBe(2_000);
    expect(capped.sightings).toEqual([]);
    const full = scanForPerson(document.body, JAN, { maxNodes: 50_000, maxMs: 10_000 });
    expect(full.truncated).toBe(false);
    expect(full.nodesVisited).toBeGreaterThanOrEqual(10_000);
    expect(full.sightings.map((s) => s.finding.activity)).toEqual(['website-photo']);
  });

  it('goes on where a capped slice stopped, without reading a node twice', () => {
    mountHtml(largeTeamPage({ nodes: 10_000, ownName: 'Jan Pieter de Vries' }));
    const limits = { maxNodes: 1_500, maxMs: 10_000 };
    let result = scanForPerson(document.body, JAN, limits);
    let visited = result.nodesVisited;
    const found = [...result.sightings];
    let slices = 1;
    while (result.resumeAt) {
      result = scanForPerson(document.body, JAN, limits, undefined, result.resumeAt);
      visited += result.nodesVisited;
      found.push(...result.sightings);
      slices += 1;
    }
    const whole = scanForPerson(document.body, JAN, { maxNodes: 50_000, maxMs: 10_000 });
    expect(slices).toBe(Math.ceil(whole.nodesVisited / 1_500));
    expect(visited).toBe(whole.nodesVisited);
    expect(found.map((s) => s.anchor)).toEqual(whole.sightings.map((s) => s.anchor));
  });

  it('stops at the time cap, checking the clock as it goes', () => {
    mountHtml(largeTeamPage({ nodes: 10_000 }));
    let clock = 0;
    const result = scanForPerson(document.body, JAN, { maxNodes: 50_000, maxMs: 5 }, () => {
      clock += 1;
      return clock;
    });
    expect(result.truncated).toBe(true);
    expect(result.nodesVisited).toBeLessThan(10_000);
  });
});
