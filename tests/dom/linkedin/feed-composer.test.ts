import { afterEach, describe, expect, it, vi } from 'vitest';
import { feedComposerDetector } from '@/entrypoints/linkedin.content/detectors/feed-composer';
import { groupComposerDetector } from '@/entrypoints/linkedin.content/detectors/group-composer';
import { companyAdminPage, FIXTURE_COMPANY, feedPage, sharingComposePage } from '../../fixtures/linkedin';
import {
  click,
  composerParts,
  mountFixture,
  onlyMoment,
  outletRoot,
  pressEnter,
  required,
  typeInto,
  VARIANTS,
} from './support';

afterEach(() => {
  vi.useRealTimers();
});

describe.each(VARIANTS)('feed composer, %s UI, %s labels', (ui, lang) => {
  it('finds the editor and the Post button from a click path and reads the facts', () => {
    const { ctx } = mountFixture(
      feedPage({
        ui,
        lang,
        composer: { open: true, content: { text: 'Proud of the team at Acme Installaties' } },
      }),
      '/feed/',
    );
    const { editor, post } = composerParts(ui);
    const moment = onlyMoment(click(post, ctx));
    expect(moment.surface).toBe('feed-composer');
    expect(moment.uiGeneration).toBe(ui);
    expect(moment.editor).toBe(editor);
    expect(moment.submitControl).toBe(post);
    expect(moment.container.contains(editor)).toBe(true);
    expect(moment.facts.text).toBe('Proud of the team at Acme Installaties');
    expect(moment.facts.employerSignals).toEqual(['name']);
    expect(moment.facts.asCompanyPage).toBeUndefined();
    expect(moment.facts.groupId).toBeUndefined();
  });

  it('reports no employer signal for a post that does not name the employer', () => {
    const { ctx } = mountFixture(
      feedPage({
        ui,
        lang,
        composer: { open: true, content: { text: 'Greetings from Acmeville\nsecond line' } },
      }),
      '/feed/',
    );
    const moment = onlyMoment(click(composerParts(ui).post, ctx));
    expect(moment.facts.text).toBe('Greetings from Acmeville\nsecond line');
    expect(moment.facts.employerSignals).toEqual([]);
  });

  it('finds a company mention, a company hashtag and a link to the company page', () => {
    const { ctx } = mountFixture(
      feedPage({
        ui,
        lang,
        composer: {
          open: true,
          content: {
            text: 'Great week #AcmeInstallaties with',
            mention: { name: 'Our Company', urn: FIXTURE_COMPANY.urn, href: FIXTURE_COMPANY.href },
            link: { text: 'see our page', href: 'https://www.linkedin.com/company/12345/about/' },
          },
        },
      }),
      '/feed/',
    );
    const moment = onlyMoment(click(composerParts(ui).post, ctx));
    expect(new Set(moment.facts.employerSignals)).toEqual(new Set(['hashtag', 'mention', 'company-link']));
  });

  it('treats Ctrl+Enter and Cmd+Enter in the editor as a submit, plain or Shift+Enter as a new line', () => {
    const { ctx } = mountFixture(
      feedPage({ ui, lang, composer: { open: true, content: { text: 'Hi Acme' } } }),
      '/feed/',
    );
    const { editor, post } = composerParts(ui);
    const inner = required(editor.querySelector('p'), 'paragraph');
    expect(onlyMoment(pressEnter(inner, ctx, { ctrlKey: true })).submitControl).toBe(post);
    expect(onlyMoment(pressEnter(editor, ctx, { metaKey: true })).editor).toBe(editor);
    expect(pressEnter(inner, ctx).moments).toEqual([]);
    expect(pressEnter(inner, ctx, { shiftKey: true }).moments).toEqual([]);
  });

  it('ignores a click on the disabled Post button of an empty composer, and Ctrl+Enter there', () => {
    const { ctx } = mountFixture(feedPage({ ui, lang, composer: { open: true } }), '/feed/');
    const { editor, post } = composerParts(ui);
    expect(post.hasAttribute('disabled')).toBe(true);
    expect(click(post, ctx).moments).toEqual([]);
    expect(pressEnter(editor, ctx, { ctrlKey: true }).moments).toEqual([]);
  });

  it('ignores distractors: reactions, comment opener, repost, send, search, messaging, dismiss, media, launcher', () => {
    const { ctx } = mountFixture(
      feedPage({ ui, lang, composer: { open: true, content: { text: 'Acme' } } }),
      '/feed/',
    );
    const { container } = composerParts(ui);
    // Dismiss closes the composer, so it comes last.
    const dismiss = required(container.querySelector('[data-fixture-dismiss]'), 'Dismiss');
    const icons = [...container.querySelectorAll('button')].filter(
      (b) => b.querySelector('svg') && b !== dismiss,
    );
    const pageButtons = [...document.querySelectorAll('main button, header button, aside button')];
    const messaging = required(document.querySelector('aside [contenteditable="true"]'), 'messaging box');
    typeInto(messaging, 'Hello from Acme');
    const search = required(document.querySelector('header input'), 'search');
    expect(icons.length).toBeGreaterThanOrEqual(2);
    expect(pageButtons.length).toBeGreaterThanOrEqual(8);
    for (const target of [...pageButtons, search, ...icons, dismiss]) {
      expect(click(target, ctx).moments, target.outerHTML.slice(0, 80)).toEqual([]);
    }
    expect(pressEnter(messaging, ctx, { ctrlKey: true }).moments).toEqual([]);
    expect(pressEnter(search, ctx, { ctrlKey: true }).moments).toEqual([]);
  });

  it('is not the group composer on the feed', () => {
    const { ctx } = mountFixture(
      feedPage({ ui, lang, composer: { open: true, content: { text: 'x' } } }),
      '/feed/',
    );
    const captured = click(composerParts(ui).post, ctx);
    expect(groupComposerDetector.momentFromEvent(captured.event, captured.path, 'click', ctx)).toBeNull();
    expect(feedComposerDetector.presentSurfaces([document], ctx)).toEqual(['feed-composer']);
    expect(groupComposerDetector.presentSurfaces([document], ctx)).toEqual([]);
  });

  it('mounts the composer lazily from the launcher; the Post button enables once there is text', () => {
    vi.useFakeTimers();
    const { ctx, state } = mountFixture(feedPage({ ui, lang }), '/feed/');
    expect(feedComposerDetector.presentSurfaces([document], ctx)).toEqual([]);
    const launcher = required(document.querySelector('[data-fixture-launch]'), 'launcher');
    expect(click(launcher, ctx).moments).toEqual([]);
    const first = composerParts(ui);
    if (ui === 'sdui') {
      vi.advanceTimersByTime(600);
      expect(state.replacedDialogs).toBe(1);
      expect(first.container.isConnected).toBe(false);
    }
    const { editor, post } = composerParts(ui);
    expect(post.hasAttribute('disabled')).toBe(true);
    typeInto(editor, 'Working on a new Acme project');
    expect(post.hasAttribute('disabled')).toBe(false);
    const moment = onlyMoment(click(post, ctx));
    expect(moment.editor).toBe(editor);
    expect(moment.facts.employerSignals).toEqual(['name']);
    // The held click did not submit; an unheld one does, and the fixture (playing LinkedIn) closes the composer.
    expect(state.submissions).toEqual([]);
    post.click();
    expect(state.submissions).toEqual([{ surface: 'feed-composer', text: 'Working on a new Acme project' }]);
    expect(editor.isConnected).toBe(false);
  });
});

describe('classic composer in the shadow root of #interop-outlet', () => {
  it('sees the inner elements on the composed path, not only the host', () => {
    const { ctx } = mountFixture(
      feedPage({ ui: 'classic', composer: { open: true, content: { text: 'Acme' } } }),
      '/feed/',
    );
    const { post, editor } = composerParts('classic');
    expect(document.querySelector('.ql-editor')).toBeNull();
    expect(editor.getRootNode()).toBe(outletRoot());
    const captured = click(required(post.querySelector('span'), 'label span'), ctx);
    expect(captured.path).toContain(document.getElementById('interop-outlet'));
    expect(onlyMoment(captured).submitControl).toBe(post);
    expect(feedComposerDetector.presentSurfaces([document, outletRoot()], ctx)).toEqual(['feed-composer']);
  });
});

describe('posting as the company page', () => {
  it.each(['classic', 'sdui'] as const)(
    'on the admin route (%s UI) the surface is company-page-composer',
    (ui) => {
      const { ctx } = mountFixture(
        companyAdminPage({ ui, composer: { open: true, content: { text: 'We are hiring' } } }),
        '/company/12345/admin/page-posts/published/',
      );
      // Both generations render the page composer in the light DOM (classic: Quill in a role=dialog).
      const post = required(
        document.querySelector<HTMLElement>(
          '[data-fixture-surface="company-page-composer"] [data-fixture-commit]',
        ),
        'Post button',
      );
      const moment = onlyMoment(click(post, ctx));
      expect(moment.surface).toBe('company-page-composer');
      expect(moment.facts.asCompanyPage).toBe(true);
      expect(feedComposerDetector.presentSurfaces([document], ctx)).toEqual(['company-page-composer']);
    },
  );

  it.each(['classic', 'sdui'] as const)(
    'on the feed (%s UI) when the author control names the employer',
    (ui) => {
      const { ctx } = mountFixture(
        feedPage({ ui, composer: { open: true, author: 'Acme Installaties', content: { text: 'News' } } }),
        '/feed/',
      );
      const moment = onlyMoment(click(composerParts(ui).post, ctx));
      expect(moment.surface).toBe('company-page-composer');
      expect(moment.facts.asCompanyPage).toBe(true);
    },
  );

  it('not when the author is another company with a similar name', () => {
    const { ctx } = mountFixture(
      feedPage({
        ui: 'sdui',
        composer: { open: true, author: 'Acmeville Holding', content: { text: 'News' } },
      }),
      '/feed/',
    );
    expect(onlyMoment(click(composerParts('sdui').post, ctx)).surface).toBe('feed-composer');
  });
});

describe('the /sharing/compose route (SDUI composer with no dialog)', () => {
  it.each(['en', 'nl'] as const)('finds the composer and its Post button (%s)', (lang) => {
    const { ctx } = mountFixture(
      sharingComposePage({ lang, composer: { open: true, content: { text: 'Acme rocks' } } }),
      '/sharing/compose/',
    );
    expect(document.querySelector('dialog')).toBeNull();
    const { editor, post } = composerParts('sdui');
    const moment = onlyMoment(click(post, ctx));
    expect(moment.surface).toBe('feed-composer');
    expect(moment.editor).toBe(editor);
    expect(onlyMoment(pressEnter(editor, ctx, { ctrlKey: true })).submitControl).toBe(post);
  });
});
