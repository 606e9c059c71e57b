import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPersonMatcher } from '@/core/person-match';
import type { WebsitePageReport } from '@/core/protocol';
import { MARKER_TAG } from '@/entrypoints/employer-website.content/scanner';
import { type WebsiteWatch, watchWebsite } from '@/entrypoints/employer-website.content/website-watch';
import { largeTeamPage } from '../../fixtures/websites/large-page';
import { mountFixture, mountHtml } from './support';

const matcher = createPersonMatcher('Jan Pieter de Vries');
if (!matcher) throw new Error('no matcher');

let watch: WebsiteWatch | null = null;
let watching = new AbortController();
beforeEach(() => {
  watching = new AbortController();
});
afterEach(() => {
  watching.abort();
  watch = null;
});

let scans = 0;

function start(language: 'en' | 'nl' = 'en', showMarkers = true) {
  const reports: WebsitePageReport[] = [];
  scans = 0;
  watch = watchWebsite({
    document,
    signal: watching.signal,
    matcher: matcher as NonNullable<typeof matcher>,
    language,
    markers: showMarkers,
    onReport: (report) => reports.push(report),
    onScan: () => {
      scans += 1;
    },
    debounceMs: 20,
    // One slice per pass on these small pages: happy-dom's timing is no browser's (the time cap is
    // tested on its own below and in the scanner's tests).
    limits: { maxNodes: 30_000, maxMs: 10_000 },
  });
  return reports;
}

const markers = () => [...document.querySelectorAll(MARKER_TAG)];

describe('watchWebsite', () => {
  it('scans once when idle, reports the page and puts one marker next to the name', async () => {
    mountFixture('card-grid.html');
    const reports = start();
    await vi.waitFor(() => expect(reports).toHaveLength(1));
    expect(reports[0]).toMatchObject({ host: window.location.hostname, truncated: false });
    expect(reports[0]?.findings.map((f) => f.activity)).toEqual(['website-photo']);
    expect(markers()).toHaveLength(1);
    expect(markers()[0]?.parentElement?.tagName).toBe('H3');
    // The marker does not change the name's text, and our scan ignores it.
    expect(markers()[0]?.parentElement?.textContent).toBe('Jan de Vries');
  });

  it('with markers off (the default setting) reports the finding and adds nothing to the page', async () => {
    mountFixture('card-grid.html');
    const elements = () => [...document.querySelectorAll('*')];
    const before = elements();
    const reports = start('en', false);
    await vi.waitFor(() => expect(reports).toHaveLength(1));
    expect(reports[0]?.findings.map((f) => f.activity)).toEqual(['website-photo']);
    expect(markers()).toHaveLength(0);
    expect(watch?.scanNow().findings).toHaveLength(1);
    expect(elements()).toEqual(before);
    expect(elements().some((element) => element.shadowRoot !== null)).toBe(false);
  });

  it('follows the marker setting: on places one at the user, off removes it and later scans add none', async () => {
    mountFixture('photo-list.html');
    const reports = start('en', false);
    await vi.waitFor(() => expect(reports).toHaveLength(1));
    expect(markers()).toHaveLength(0);
    watch?.showMarkers(true);
    expect(markers()).toHaveLength(1);
    watch?.showMarkers(false);
    expect(markers()).toHaveLength(0);
    expect(watch?.scanNow().findings).toHaveLength(2);
    expect(markers()).toHaveLength(0);
    // Switching the setting neither rescans nor reports again.
    expect(reports).toHaveLength(1);
  });

  it('switching markers on again undoes a dismissal on the page', async () => {
    mountFixture('card-grid.html');
    start();
    await vi.waitFor(() => expect(markers()).toHaveLength(1));
    markers()[0]?.shadowRoot?.querySelector<HTMLButtonElement>('button.dismiss')?.click();
    expect(markers()).toHaveLength(0);
    watch?.showMarkers(true); // already on: the dismissal stands
    expect(markers()).toHaveLength(0);
    watch?.showMarkers(false);
    watch?.showMarkers(true);
    expect(markers()).toHaveLength(1);
  });

  it('puts the marker after the image when the name is only in its alt text', async () => {
    mountFixture('alt-only.html');
    const reports = start();
    await vi.waitFor(() => expect(reports).toHaveLength(1));
    expect(markers()[0]?.previousElementSibling?.getAttribute('src')).toBe('/img/team-2.jpg');
  });

  it('does not rescan for its own marker, debounces a burst of changes into one scan', async () => {
    mountFixture('card-grid.html');
    start();
    await vi.waitFor(() => expect(scans).toBe(1));
    for (let i = 0; i < 10; i += 1) document.querySelector('main')?.append(document.createElement('p'));
    await new Promise((r) => setTimeout(r, 200));
    expect(scans).toBe(2);
  });

  it('reports again only when the findings change', async () => {
    mountFixture('card-grid.html');
    const reports = start();
    await vi.waitFor(() => expect(reports).toHaveLength(1));
    // Inserting our marker was a DOM change too: it must not cause a second scan.
    await new Promise((r) => setTimeout(r, 150));
    expect(scans).toBe(1);
    // Content that changes nothing about the user: scanned again, not reported.
    document.querySelector('main')?.append(document.createElement('p'));
    await vi.waitFor(() => expect(scans).toBe(2));
    expect(reports).toHaveLength(1);
    // A late-rendered card with the user's photo and name in another form: reported.
    const late = document.createElement('div');
    late.append(Object.assign(document.createElement('strong'), { textContent: 'J. de Vries' }));
    document.querySelector('footer')?.append(late);
    await vi.waitFor(() => expect(reports).toHaveLength(2));
    expect(reports[1]?.findings.map((f) => f.nameForm)).toEqual([
      'first-and-surname',
      'initials-and-surname',
    ]);
    // One marker for one person: still at the card that shows most of them.
    expect(markers()).toHaveLength(1);
    expect(markers()[0]?.parentElement?.textContent).toBe('Jan de Vries');
  });

  it('reports once on a page that keeps changing its address and a little content (pushState)', async () => {
    mountFixture('card-grid.html');
    const reports = start();
    await vi.waitFor(() => expect(reports).toHaveLength(1));
    for (let i = 1; i <= 5; i += 1) {
      history.pushState({}, '', `/team/${i}`);
      document
        .querySelector('main')
        ?.append(Object.assign(document.createElement('p'), { textContent: `${i}` }));
      await vi.waitFor(() => expect(scans).toBe(1 + i));
    }
    expect(reports).toHaveLength(1);
  });

  it('removes the marker and reports an empty page when the name goes away', async () => {
    mountFixture('card-grid.html');
    const reports = start();
    await vi.waitFor(() => expect(reports).toHaveLength(1));
    const card = markers()[0]?.closest('.card');
    card?.remove();
    await vi.waitFor(() => expect(reports).toHaveLength(2));
    expect(reports[1]?.findings).toEqual([]);
    expect(markers()).toHaveLength(0);
  });

  it('is dismissible: the marker goes and stays away on later scans, the finding stays reported', async () => {
    mountFixture('photo-list.html');
    const reports = start('nl');
    await vi.waitFor(() => expect(markers()).toHaveLength(1));
    const dismiss = markers()[0]?.shadowRoot?.querySelector<HTMLButtonElement>('button.dismiss');
    expect(dismiss?.getAttribute('aria-label')).toBe('Deze markering verbergen');
    dismiss?.click();
    expect(markers()).toHaveLength(0);
    expect(watch?.scanNow().findings).toHaveLength(2);
    expect(markers()).toHaveLength(0);
    expect(reports.at(-1)?.findings).toHaveLength(2);
  });

  it('reads a big page to the end in capped slices, one idle period each', async () => {
    mountHtml(largeTeamPage({ nodes: 10_000, ownName: 'Jan Pieter de Vries' }));
    const reports: WebsitePageReport[] = [];
    let slices = 0;
    watch = watchWebsite({
      document,
      signal: watching.signal,
      matcher: matcher as NonNullable<typeof matcher>,
      language: 'en',
      markers: false,
      onReport: (report) => reports.push(report),
      onScan: (_ms, result) => {
        slices += 1;
        // At the cap, or a little after it to finish the line of text it is in.
        expect(result.nodesVisited).toBeLessThanOrEqual(2_000 + 600);
      },
      limits: { maxNodes: 2_000, maxMs: 10_000 },
    });
    await vi.waitFor(() => expect(reports).toHaveLength(1), { timeout: 10_000 });
    expect(slices).toBeGreaterThanOrEqual(5);
    expect(reports[0]?.truncated).toBe(false);
    expect(reports[0]?.findings.map((f) => f.activity)).toEqual(['website-photo']);
  });

  it('says the page was only partly checked when it needs more slices than allowed', () => {
    mountHtml(largeTeamPage({ nodes: 10_000, ownName: 'Jan Pieter de Vries' }));
    watch = watchWebsite({
      document,
      signal: watching.signal,
      matcher: matcher as NonNullable<typeof matcher>,
      language: 'en',
      markers: false,
      onReport: () => {},
      limits: { maxNodes: 2_000, maxMs: 10_000 },
      maxSlices: 2,
    });
    const report = watch.scanNow();
    expect(report.truncated).toBe(true);
    expect(report.findings).toEqual([]);
  });

  it('one marker and one finding of each kind on a page that names the user 5,000 times', () => {
    const many = Array.from({ length: 5_000 }, (_, i) =>
      i % 2 ? '<li>Jan Pieter de Vries</li>' : '<li>Jan <b>Pieter</b> de Vries</li>',
    ).join('');
    mountHtml(`<!doctype html><html><body><ul>${many}</ul></body></html>`);
    let slowest = 0;
    watch = watchWebsite({
      document,
      signal: watching.signal,
      matcher: matcher as NonNullable<typeof matcher>,
      language: 'en',
      markers: true,
      onReport: () => {},
      onScan: (ms) => {
        slowest = Math.max(slowest, ms);
      },
      maxSlices: 1_000,
    });
    const report = watch.scanNow();
    expect(report.truncated).toBe(false);
    expect(report.findings).toEqual([
      { activity: 'website-name', exposed: ['name'], source: 'text', nameForm: 'full' },
    ]);
    expect(markers()).toHaveLength(1);
    expect(slowest).toBeGreaterThan(0);
  });

  it('removes every marker and stops observing when its signal aborts', async () => {
    mountFixture('card-grid.html');
    const reports = start();
    await vi.waitFor(() => expect(markers()).toHaveLength(1));
    watching.abort();
    expect(markers()).toHaveLength(0);
    document
      .querySelector('footer')
      ?.append(Object.assign(document.createElement('p'), { textContent: 'J. de Vries' }));
    await new Promise((r) => setTimeout(r, 150));
    expect(reports).toHaveLength(1);
  });
});
