// The LinkedIn variants seen in 2026 (public automation code and captures; see the fixture headers):
// the full-page composer at /sharing/compose/ opened from a group, a group post's urn:li:groupPost
// permalink with the comment box beside a wrapper, a company page's Quill composer in a light-DOM dialog,
// a Tiptap editor inside the classic comment form, and Dutch "Reageren" meaning react as well as reply.
import { describe, expect, it } from 'vitest';
import { createComposeOrigin } from '@/entrypoints/linkedin.content/compose-origin';
import { createPageContext } from '@/entrypoints/linkedin.content/page-context';
import {
  companyAdminPage,
  FIXTURE_GROUP,
  feedPage,
  GROUP_POST_URN_PATH,
  groupPage,
  groupPostUrnPage,
} from '../../fixtures/linkedin';
import {
  click,
  commentParts,
  EMPLOYER,
  mountFixture,
  onlyMoment,
  pressEnter,
  required,
  typeInto,
  VARIANTS,
} from './support';

const COMPOSE = '/sharing/compose/';
const LANGS = ['en', 'nl'] as const;
const SHAPES = ['plain', 'dialog'] as const;

describe('the group a full-page composer was opened from', () => {
  it('is remembered from a group page and forgotten on any other page', () => {
    const origin = createComposeOrigin();
    mountFixture(groupPage({ ui: 'sdui' }), '/groups/4242/');
    origin.note(new URL('https://www.linkedin.com/groups/4242/'), document);
    const compose = new URL(`https://www.linkedin.com${COMPOSE}`);
    origin.note(compose, document);
    expect(origin.groupFor(compose)).toEqual({ groupId: '4242', groupName: FIXTURE_GROUP.name });
    expect(origin.groupFor(new URL('https://www.linkedin.com/feed/'))).toBeNull();
    origin.note(new URL('https://www.linkedin.com/feed/'), document);
    expect(origin.groupFor(compose)).toBeNull();
    origin.note(new URL(`https://www.linkedin.com${GROUP_POST_URN_PATH}`), document);
    expect(origin.groupFor(compose)).toBeNull();
  });
});

describe.each(LANGS)('/sharing/compose/ (%s)', (lang) => {
  it.each(SHAPES)('%s composer: a group post when opened from a group, a feed post otherwise', (shape) => {
    mountFixture(
      groupPage({ ui: 'sdui', lang, composeRoute: shape, composer: { open: true, content: { text: 'Hi' } } }),
      COMPOSE,
    );
    const box = required(document.querySelector('[data-fixture-surface="group-composer"]'), 'composer');
    const post = required(box.querySelector<HTMLElement>('[data-fixture-commit]'), 'Post');
    const editor = required(box.querySelector<HTMLElement>('[contenteditable="true"]'), 'editor');
    expect(box.closest('[role="dialog"], [aria-modal]')).toBeNull();
    const url = new URL(`https://www.linkedin.com${COMPOSE}`);
    const fromGroup = createPageContext(url, EMPLOYER, { groupId: '4242', groupName: FIXTURE_GROUP.name });
    const moment = onlyMoment(click(post, fromGroup));
    expect(moment.surface).toBe('group-composer');
    expect(moment.facts.groupId).toBe('4242');
    expect(moment.facts.groupName).toBe(FIXTURE_GROUP.name);
    expect(onlyMoment(pressEnter(editor, fromGroup, { ctrlKey: true })).surface).toBe('group-composer');
    const fromFeed = createPageContext(url, EMPLOYER);
    expect(onlyMoment(click(post, fromFeed)).surface).toBe('feed-composer');
  });
});

describe.each(VARIANTS)('group post by its groupPost permalink, %s UI, %s labels', (ui, lang) => {
  it('a comment there is a comment in that group, found from the card beside its wrapper', () => {
    const { ctx } = mountFixture(
      groupPostUrnPage({ ui, lang, comment: { open: true, content: { text: 'Agreed' } } }),
      GROUP_POST_URN_PATH,
    );
    const { commit, card } = commentParts();
    const moment = onlyMoment(click(commit, ctx));
    expect(moment.surface).toBe('comment');
    expect(moment.facts.groupId).toBe(FIXTURE_GROUP.id);
    expect(moment.container).toBe(card);
  });
});

describe.each(LANGS)('company page composer (Quill in a light-DOM dialog, %s)', (lang) => {
  it('a text-only Post without the classic class posts as the page', () => {
    const { ctx } = mountFixture(
      companyAdminPage({ ui: 'classic', lang, composer: { open: true, content: { text: 'New office' } } }),
      '/company/12345/admin/page-posts/published/',
    );
    const dialog = required(document.querySelector('[role="dialog"]'), 'light-DOM dialog');
    const post = required(dialog.querySelector<HTMLElement>('[data-fixture-commit]'), 'Post');
    const editor = required(dialog.querySelector<HTMLElement>('.ql-editor'), 'Quill editor');
    expect(post.className).not.toContain('share-actions__primary-action');
    const moment = onlyMoment(click(post, ctx));
    expect(moment).toMatchObject({ surface: 'company-page-composer', uiGeneration: 'classic', editor });
    expect(onlyMoment(pressEnter(editor, ctx, { ctrlKey: true })).submitControl).toBe(post);
  });
});

describe.each(LANGS)('Tiptap editor inside the classic comment form (%s)', (lang) => {
  it('is the comment box the submit belongs to', () => {
    const { ctx } = mountFixture(
      feedPage({ ui: 'classic', lang, comment: { open: true, content: { text: 'Acme!' }, tiptap: true } }),
      '/feed/',
    );
    const { editor, commit } = commentParts();
    expect(editor.classList.contains('ProseMirror')).toBe(true);
    const moment = onlyMoment(click(commit, ctx));
    expect(moment.editor).toBe(editor);
    expect(moment.facts.employerSignals).toContain('name');
    expect(onlyMoment(pressEnter(editor, ctx, { ctrlKey: true })).surface).toBe('comment');
  });
});

describe.each(VARIANTS)('"Reageren" as react, %s UI, %s labels', (ui, lang) => {
  it('a text-only react button in the thread is never a comment submit', () => {
    const { ctx } = mountFixture(
      feedPage({ ui, lang, comment: { open: true, content: { text: 'Acme Installaties' } } }),
      '/feed/',
    );
    const react = required(document.querySelector<HTMLElement>('[data-fixture-react]'), 'react button');
    expect(click(react, ctx).moments).toEqual([]);
    const { editor, commit } = commentParts();
    typeInto(editor, '');
    expect(click(react, ctx).moments).toEqual([]);
    typeInto(editor, 'Acme Installaties');
    expect(onlyMoment(click(commit, ctx)).surface).toBe('comment');
  });
});
