import { describe, expect, it } from 'vitest';
import { LINKEDIN_DETECTORS } from '@/entrypoints/linkedin.content/detectors';
import { commentDetector } from '@/entrypoints/linkedin.content/detectors/comment';
import {
  FIXTURE_COMPANY,
  FIXTURE_GROUP,
  type FixtureLanguage,
  type FixtureUi,
  feedPage,
  groupPage,
  groupPostPermalinkPage,
} from '../../fixtures/linkedin';
import {
  click,
  commentParts,
  mountFixture,
  onlyMoment,
  outletRoot,
  pressEnter,
  required,
  submitForm,
  typeInto,
} from './support';

const VARIANTS: [FixtureUi, FixtureLanguage][] = [
  ['classic', 'en'],
  ['classic', 'nl'],
  ['sdui', 'en'],
  ['sdui', 'nl'],
];

describe.each(VARIANTS)('comment box, %s UI, %s labels', (ui, lang) => {
  it('finds the editor, the Comment button and the owning card, and reads the facts', () => {
    const { ctx } = mountFixture(
      feedPage({ ui, lang, comment: { open: true, content: { text: 'Congrats from all of us at Acme!' } } }),
      '/feed/',
    );
    const { editor, commit, card } = commentParts();
    const moment = onlyMoment(click(commit, ctx));
    expect(moment.surface).toBe('comment');
    expect(moment.uiGeneration).toBe(ui);
    expect(moment.editor).toBe(editor);
    expect(moment.submitControl).toBe(commit);
    expect(moment.container).toBe(card);
    expect(moment.facts).toEqual({ text: 'Congrats from all of us at Acme!', employerSignals: ['name'] });
  });

  it('reads a company mention in a comment', () => {
    const { ctx } = mountFixture(
      feedPage({
        ui,
        lang,
        comment: {
          open: true,
          content: {
            text: 'Thanks',
            mention: { name: 'Our Company', urn: FIXTURE_COMPANY.urn, href: FIXTURE_COMPANY.href },
          },
        },
      }),
      '/feed/',
    );
    expect(onlyMoment(click(commentParts().commit, ctx)).facts.employerSignals).toEqual(['mention']);
  });

  it('treats Ctrl/Cmd+Enter as a submit and plain Enter as a new line', () => {
    const { ctx } = mountFixture(
      feedPage({ ui, lang, comment: { open: true, content: { text: 'Nice' } } }),
      '/feed/',
    );
    const { editor, commit } = commentParts();
    const paragraph = required(editor.querySelector('p'), 'paragraph');
    expect(onlyMoment(pressEnter(paragraph, ctx, { ctrlKey: true })).submitControl).toBe(commit);
    expect(onlyMoment(pressEnter(editor, ctx, { metaKey: true })).surface).toBe('comment');
    expect(pressEnter(paragraph, ctx).moments).toEqual([]);
    expect(pressEnter(paragraph, ctx, { shiftKey: true }).moments).toEqual([]);
  });

  it('is not a submit while the box is empty (button disabled or not yet shown)', () => {
    const { ctx } = mountFixture(feedPage({ ui, lang, comment: { open: true } }), '/feed/');
    const { editor, commit } = commentParts();
    expect(commit.hasAttribute('disabled')).toBe(true);
    expect(click(commit, ctx).moments).toEqual([]);
    expect(pressEnter(editor, ctx, { ctrlKey: true }).moments).toEqual([]);
    expect(commentDetector.presentSurfaces([document], ctx)).toEqual(['comment']);
  });

  it('ignores reactions, the Comment opener, repost, send, reply openers, search and messaging', () => {
    const { ctx, state } = mountFixture(
      feedPage({ ui, lang, comment: { open: true, content: { text: 'Acme rocks' } } }),
      '/feed/',
    );
    const { commit } = commentParts();
    const others = [...document.querySelectorAll<HTMLElement>('button, input')].filter((b) => b !== commit);
    const messaging = required(document.querySelector('aside [contenteditable="true"]'), 'messaging box');
    typeInto(messaging, 'Lunch at Acme?');
    expect(others.length).toBeGreaterThanOrEqual(12);
    for (const target of others) {
      expect(click(target, ctx).moments, target.outerHTML.slice(0, 100)).toEqual([]);
    }
    expect(pressEnter(messaging, ctx, { ctrlKey: true }).moments).toEqual([]);
    expect(state.messages).toEqual(['Lunch at Acme?']);
  });

  it('mounts lazily from the Comment button (SDUI: as a sibling after the card) and enables on text', () => {
    const { ctx, state } = mountFixture(feedPage({ ui, lang }), '/feed/');
    expect(commentDetector.presentSurfaces([document], ctx)).toEqual([]);
    const card = required(document.querySelector('[data-fixture-card]'), 'card');
    const opener = required(card.querySelector('[data-fixture-open-comment]'), 'Comment opener');
    expect(click(opener, ctx).moments).toEqual([]);
    const { box, editor, commit } = commentParts();
    expect(card.contains(box)).toBe(ui === 'classic');
    typeInto(editor, 'Well done Acme Installaties');
    expect(commit.hasAttribute('disabled')).toBe(false);
    const moment = onlyMoment(click(commit, ctx));
    expect(moment.container).toBe(card);
    expect(moment.facts.employerSignals).toEqual(['name']);
    expect(state.submissions).toEqual([]);
    commit.click();
    expect(state.submissions).toEqual([{ surface: 'comment', text: 'Well done Acme Installaties' }]);
    expect(editor.textContent).toBe('');
  });

  it('on a group page, carries the group id and name', () => {
    const { ctx } = mountFixture(
      groupPage({ ui, lang, comment: { open: true, content: { text: 'Agreed' } } }),
      `/groups/${FIXTURE_GROUP.id}/`,
    );
    const moment = onlyMoment(click(commentParts().commit, ctx));
    expect(moment.surface).toBe('comment');
    expect(moment.facts.groupId).toBe(FIXTURE_GROUP.id);
    expect(moment.facts.groupName).toBe(FIXTURE_GROUP.name);
    expect(moment.facts.employerSignals).toEqual([]);
  });

  it('on a group post opened by its permalink, takes the group from the card header link', () => {
    const { ctx } = mountFixture(
      groupPostPermalinkPage({ ui, lang, comment: { open: true, content: { text: 'Same here' } } }),
      '/feed/update/urn:li:activity:7000000000000000042/',
    );
    const moment = onlyMoment(click(commentParts().commit, ctx));
    expect(moment.facts.groupId).toBe(FIXTURE_GROUP.id);
    expect(moment.facts.groupName).toBe(FIXTURE_GROUP.name);
  });
});

describe('comment scoping', () => {
  it('a group link inside the post text does not make it a group post', () => {
    const { ctx } = mountFixture(
      feedPage({ ui: 'sdui', comment: { open: true, content: { text: 'Hi' } } }),
      '/feed/',
    );
    const body = required(document.querySelector('[data-testid="expandable-text-box"]'), 'post text');
    const link = document.createElement('a');
    link.href = '/groups/999/';
    link.textContent = 'join us';
    body.append(link);
    expect(onlyMoment(click(commentParts().commit, ctx)).facts.groupId).toBeUndefined();
  });

  it('classic: a submit of the comment form is a submit, by script or sent by its button', () => {
    const { ctx } = mountFixture(
      feedPage({ ui: 'classic', comment: { open: true, content: { text: 'Acme' } } }),
      '/feed/',
    );
    const form = required(document.querySelector<HTMLFormElement>('form.comments-comment-box__form'), 'form');
    const { commit } = commentParts();
    const moment = onlyMoment(submitForm(form, ctx));
    expect(moment.surface).toBe('comment');
    expect(moment.submitControl).toBe(commit);
    expect(onlyMoment(submitForm(form, ctx, commit)).submitControl).toBe(commit);
    // A script may submit while the button is still disabled: the form is submitted all the same.
    commit.setAttribute('disabled', '');
    expect(onlyMoment(submitForm(form, ctx)).surface).toBe('comment');
  });

  it.each(['classic', 'sdui'] as const)(
    'with the share composer and a comment box both open, each submit is its own surface (%s)',
    (ui) => {
      const { ctx } = mountFixture(
        feedPage({
          ui,
          composer: { open: true, content: { text: 'Post about Acme' } },
          comment: { open: true, content: { text: 'Comment text' } },
        }),
        '/feed/',
      );
      const scope: ParentNode =
        ui === 'classic' ? outletRoot() : required(document.querySelector('dialog'), 'dialog');
      const post = required(scope.querySelector('[data-fixture-commit]'), 'Post');
      expect(onlyMoment(click(post, ctx)).surface).toBe('feed-composer');
      const comment = onlyMoment(click(commentParts().commit, ctx));
      expect(comment.surface).toBe('comment');
      expect(comment.facts.text).toBe('Comment text');
    },
  );
});

describe('a classic comment box inside some other dialog', () => {
  it('is a comment, not a share composer', () => {
    const { ctx } = mountFixture(
      feedPage({ ui: 'classic', comment: { open: true, content: { text: 'Acme' } } }),
      '/feed/',
    );
    const card = required(document.querySelector('[data-fixture-card]'), 'card');
    card.setAttribute('role', 'dialog');
    const { editor, commit } = commentParts();
    expect(onlyMoment(click(commit, ctx)).surface).toBe('comment');
    expect(onlyMoment(pressEnter(editor, ctx, { ctrlKey: true })).surface).toBe('comment');
    expect(LINKEDIN_DETECTORS.flatMap((d) => d.presentSurfaces([document], ctx))).toEqual(['comment']);
  });
});
