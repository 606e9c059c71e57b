// The "A warning was missing here?" report: a page full of names and post text yields a report that
// contains none of them, and still shows the structure a detector needs (roles, UI labels, editors,
// data-testid, componentkey presence, shadow roots, route shapes).
import { describe, expect, it } from 'vitest';
import { PAGE_STRUCTURE_KIND, routeShape, type StructureNode } from '@/core/page-structure';
import { pageStructureReport } from '@/entrypoints/linkedin.content/page-structure';
import { FIXTURE_GROUP, feedPage, groupPage, groupPostPermalinkPage } from '../../fixtures/linkedin';
import { mountForm } from './profile-support';
import { mountFixture, VARIANTS } from './support';

const PRIVATE = [
  'Jane Doe',
  'Sam Sample',
  'Alex Example',
  'Acme',
  FIXTURE_GROUP.name,
  'Lorem ipsum',
  'Placeholder post',
  'Placeholder comment',
  'heat pump',
  'Sales Advisor',
  'Secret plans',
  '7000000000000000',
  'jane-doe',
  'sam-sample',
  'ACoA',
  'data:',
  'example.com',
];

/** Names and text where a careless report would pick them up: labels, alt, title, links, values. */
function sprinkleNames(): void {
  const add = (html: string) => document.querySelector('main')?.insertAdjacentHTML('beforeend', html);
  add(`<button type="button" aria-label="View Sam Sample’s profile" title="Sam Sample">Sam Sample</button>
<a href="https://www.linkedin.com/in/sam-sample/" aria-label="Jane Doe">Jane Doe</a>
<a href="https://example.com/Secret plans">Secret plans</a>
<img alt="Jane Doe" src="https://media.example.com/jane.jpg">
<input type="text" value="Secret plans at Acme" aria-label="Secret plans" placeholder="Alex Example">
<div role="textbox" contenteditable="true" aria-label="Reply to Sam Sample’s comment"><p>Secret plans</p></div>
<button type="button" data-testid="Secret plans" data-control-name="Alex Example">Lorem ipsum</button>`);
}

const flatten = (node: StructureNode): StructureNode[] => [
  node,
  ...(node.children ?? []).flatMap(flatten),
  ...(node.shadow ?? []).flatMap(flatten),
];

describe.each(VARIANTS)('page-structure report, %s UI, %s labels', (ui, lang) => {
  it('holds no name, post text, image or link of the page', () => {
    const pages = [
      ['/feed/', feedPage({ ui, lang, composer: { open: true, content: { text: 'Secret plans at Acme' } } })],
      [
        '/groups/4242/',
        groupPage({ ui, lang, comment: { open: true, content: { text: 'Jane Doe says hi' } } }),
      ],
      ['/feed/update/urn:li:activity:7000000000000000042/', groupPostPermalinkPage({ ui, lang })],
    ] as const;
    for (const [path, html] of pages) {
      mountFixture(html, path);
      sprinkleNames();
      const report = pageStructureReport(document, new URL(`https://www.linkedin.com${path}`));
      const json = JSON.stringify(report).toLowerCase();
      for (const secret of PRIVATE)
        expect(json, `${path} leaks "${secret}"`).not.toContain(secret.toLowerCase());
      expect(report.kind).toBe(PAGE_STRUCTURE_KIND);
      const nodes = flatten(report.root);
      expect(nodes.some((n) => n.contenteditable)).toBe(true);
      expect(nodes.some((n) => n.label === (lang === 'nl' ? 'Commentaar' : 'Comment'))).toBe(true);
      if (ui === 'sdui') expect(nodes.some((n) => n.componentkey)).toBe(true);
    }
  });

  it('shows a profile form in its shadow root without its field values', () => {
    mountForm('position', { ui, lang, values: { company: 'Acme Installaties', title: 'Sales Advisor' } });
    const report = pageStructureReport(
      document,
      new URL('https://www.linkedin.com/in/jane-doe/add-edit/POSITION/'),
    );
    const json = JSON.stringify(report);
    expect(json).not.toMatch(/Acme|Sales Advisor|jane-doe|Jane/i);
    expect(report.route).toBe('/in/<vanity>/add-edit/POSITION/');
    const nodes = flatten(report.root);
    if (ui === 'classic') expect(nodes.some((n) => n.shadow && n.shadow.length > 0)).toBe(true);
    expect(nodes.some((n) => n.role === 'switch' || n.type === 'checkbox')).toBe(true);
  });
});

describe('route shapes', () => {
  it.each([
    ['/feed/', '/feed/'],
    ['/in/jane-doe/edit/forms/position/1234/', '/in/<vanity>/edit/forms/position/<id>/'],
    ['/groups/4242/', '/groups/<id>/'],
    ['/groups/Acme-Friends-4242/', '/groups/<id>/'],
    ['/feed/update/urn:li:groupPost:4242-7000000000000000043/', '/feed/update/urn:li:groupPost:<id>/'],
    ['/company/acme-installaties/admin/page-posts/published/', '/company/<id>/admin/page-posts/published/'],
    ['/posts/jane-doe_secret-plans-activity-7000-abc/', '/posts/<id>/'],
    ['/sharing/compose/', '/sharing/compose/'],
    ['/search/results/Jane Doe/', '/search/results/<segment>/'],
  ])('%s → %s', (path, shape) => {
    expect(routeShape(path)).toBe(shape);
  });
});
