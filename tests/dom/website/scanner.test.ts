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

/** A whole scan in one go (happy-dom is no real browser: the time cap would cut it at random). */
const scanAll = (matcher: PersonMatcher) =>
  scanForPerson(document.body, matcher, { maxNodes: 100_000, maxMs: 60_000 });

describe('scanner on a card grid', () => {
  beforeEach(() => {
    mountFixture('card-grid.html');
  });

  it('finds the user once, with job title and the photo of their own card', () => {
    const { sightings, truncated } = scanAll(JAN);
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
    const { sightings } = scanAll(matcherFor('Jan Bakker'));
    expect(sightings.map((s) => s.anchor.textContent)).toEqual(['Jan Bakker']);
    expect(scanAll(matcherFor('Kees de Vries')).sightings).toEqual([]);
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
    const { sightings } = scanAll(JAN);
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
    const full = scanAll(JAN).sightings.filter((s) => s.finding.nameForm === 'full');
    expect(full).toEqual([]);
  });
});

describe('scanner on a page where the name is only in an alt text', () => {
  beforeEach(() => {
    mountFixture('alt-only.html');
  });

  it('finds the user in the alt text: the image is the photo, the text after the name the job title', () => {
    const { sightings } = scanAll(JAN);
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
    const { sightings } = scanAll(matcherFor('Sanne Jansen'));
    expect(sightings.map((s) => s.finding.exposed)).toEqual([['name', 'photo']]);
  });
});

describe('scanner on a figure with caption and a title attribute', () => {
  beforeEach(() => {
    mountFixture('figure-caption.html');
  });

  it('reads a caption whose name is split over inline elements, and a title attribute', () => {
    const { sightings } = scanAll(JAN);
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
    // It stops between two lines of text: at the cap, or just after it to finish the line it is in.
    expect(capped.nodesVisited).toBeGreaterThanOrEqual(2_000);
    expect(capped.nodesVisited).toBeLessThan(2_000 + 600);
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
    expect(slices).toBeLessThanOrEqual(Math.ceil(whole.nodesVisited / 1_500));
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

describe('a name as a reader reads it', () => {
  const JAN_DE_VRIES = matcherFor('Jan de Vries');
  const sightingsIn = (html: string) => {
    mountHtml(`<!doctype html><html><body>${html}</body></html>`);
    return scanAll(JAN_DE_VRIES).sightings;
  };

  it.each([
    ['bold in the middle', '<p>Contact: Jan <b>de</b> Vries</p>'],
    ['each part in its own span', '<p><span>Jan</span> <span>de Vries</span></p>'],
    ['a line break inside', '<p>Jan de<br>Vries</p>'],
    ['a link around the first name', '<li><a href="/jan">Jan</a> de Vries</li>'],
    ['nested inline elements', '<p><strong><em>Jan</em></strong> <span>de <i>Vries</i></span></p>'],
  ])('counts a name split by inline markup (%s), marked at the element holding it', (_, html) => {
    const sightings = sightingsIn(html);
    expect(sightings.map((s) => s.finding.nameForm)).toEqual(['full']);
    expect(sightings[0]?.anchor.localName).toMatch(/^(p|li|span)$/);
    expect(sightings[0]?.anchor.textContent).toContain('Vries');
  });

  it('keeps a name whole in one element marked at that element (its job title next to it)', () => {
    const [sighting] = sightingsIn('<li><a href="/jan">Jan de Vries</a> <span>Servicemonteur</span></li>');
    expect(sighting?.anchor.localName).toBe('a');
    expect(sighting?.finding.exposed).toEqual(['name', 'job-title']);
  });

  it('does not read across blocks: words in separate cells or paragraphs are no name', () => {
    expect(sightingsIn('<div><div>Jan</div><div>de Vries</div></div>')).toEqual([]);
    expect(sightingsIn('<p>Jan</p><p>de Vries</p>')).toEqual([]);
    expect(sightingsIn('<table><tr><td>Jan</td><td>de Vries</td></tr></table>')).toEqual([]);
  });

  it('finds a split name in a heading as a heading', () => {
    const sightings = sightingsIn('<h3><span>Jan</span> <span>de Vries</span></h3>');
    expect(sightings.map((s) => [s.finding.source, s.anchor.localName])).toEqual([['heading', 'h3']]);
  });

  it('reports each kind of finding once, however often the page names the user', () => {
    const many = Array.from({ length: 5_000 }, (_, i) =>
      i % 2 ? '<p>Jan de Vries</p>' : '<p>Jan <b>de</b> Vries</p>',
    ).join('');
    const sightings = sightingsIn(many);
    expect(sightings.map((s) => s.finding)).toEqual([
      { activity: 'website-name', exposed: ['name'], source: 'text', nameForm: 'full' },
    ]);
  });

  it('reads a very long line in overlapping windows, so a name late in it is still found', () => {
    const filler = Array.from({ length: 300 }, (_, i) => `<span>woord${i}</span> `).join('');
    const sightings = sightingsIn(`<p>${filler}<b>Jan</b> de <i>Vries</i></p>`);
    expect(sightings.map((s) => s.finding.nameForm)).toEqual(['full']);
  });

  it('goes on after a capped slice without cutting a line in two', () => {
    const lines = Array.from({ length: 400 }, () => '<p><span>Piet</span> <span>Jansen</span></p>').join('');
    mountHtml(
      `<!doctype html><html><body>${lines}<p><span>Jan</span> <span>de</span> Vries</p></body></html>`,
    );
    const limits = { maxNodes: 97, maxMs: 60_000 };
    const seen = new Set<string>();
    let result = scanForPerson(document.body, JAN_DE_VRIES, limits, undefined, undefined, seen);
    const found = [...result.sightings];
    while (result.resumeAt) {
      result = scanForPerson(document.body, JAN_DE_VRIES, limits, undefined, result.resumeAt, seen);
      found.push(...result.sightings);
    }
    expect(found.map((s) => s.anchor.textContent)).toEqual(['Jan de Vries']);
  });
});
