// A saved page-structure report becomes a fixture skeleton on which the detectors recognise the same
// surface: the loop from a user's report back to a test.
import { rmSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { pageStructureReport } from '@/entrypoints/linkedin.content/page-structure';
import { feedPage } from '../../fixtures/linkedin';
import { reportToFixture, samplePath } from '../../fixtures/report-to-fixture';
import { click, mountFixture, onlyMoment, required, typeInto } from './support';

const GENERATED = 'tests/fixtures/linkedin/zz-reported.generated.ts';
afterAll(() => rmSync(GENERATED, { force: true }));

describe('report-to-fixture', () => {
  it('rebuilds a comment box the detectors recognise, with fresh hashed classes', async () => {
    mountFixture(
      feedPage({ ui: 'sdui', lang: 'nl', comment: { open: true, content: { text: 'x' } } }),
      '/feed/',
    );
    const report = pageStructureReport(document, new URL('https://www.linkedin.com/feed/'));
    writeFileSync(GENERATED, reportToFixture(report));
    const { reportedPage, REPORTED_PATH } = (await import(
      /* @vite-ignore */ `${process.cwd()}/${GENERATED}`
    )) as {
      reportedPage(): string;
      REPORTED_PATH: string;
    };
    expect(REPORTED_PATH).toBe('/feed/');
    const html = reportedPage();
    expect(html).toMatch(/class="_[0-9a-f]{8}/);
    const { ctx } = mountFixture(html, REPORTED_PATH);
    const editor = required(
      document.querySelector('[role="textbox"][contenteditable="true"]'),
      'comment editor',
    );
    typeInto(editor, 'Acme Installaties');
    const commit = required(
      [...document.querySelectorAll('button')].find(
        (b) => b.textContent === 'Commentaar' && !b.hasAttribute('aria-label'),
      ),
      'Commentaar button',
    );
    expect(onlyMoment(click(commit, ctx)).surface).toBe('comment');
  });

  it('fills route placeholders with sample values', () => {
    expect(samplePath('/in/<vanity>/edit/forms/position/<id>/')).toBe(
      '/in/jane-doe/edit/forms/position/1234/',
    );
  });
});
