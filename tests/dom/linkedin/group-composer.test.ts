import { describe, expect, it, vi } from 'vitest';
import { feedComposerDetector } from '@/entrypoints/linkedin.content/detectors/feed-composer';
import { groupComposerDetector } from '@/entrypoints/linkedin.content/detectors/group-composer';
import { FIXTURE_GROUP, feedPage, groupPage } from '../../fixtures/linkedin';
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

const GROUP_PATH = `/groups/${FIXTURE_GROUP.id}/`;

describe.each(VARIANTS)('group composer, %s UI, %s labels', (ui, lang) => {
  it('reports a group post with the group id and name, whatever the text', () => {
    const { ctx } = mountFixture(
      groupPage({
        ui,
        lang,
        composer: { open: true, content: { text: 'Anyone tried the new bike route?' } },
      }),
      GROUP_PATH,
    );
    const { editor, post } = composerParts(ui);
    const moment = onlyMoment(click(post, ctx));
    expect(moment.surface).toBe('group-composer');
    expect(moment.uiGeneration).toBe(ui);
    expect(moment.editor).toBe(editor);
    expect(moment.facts).toEqual({
      text: 'Anyone tried the new bike route?',
      employerSignals: [],
      groupId: FIXTURE_GROUP.id,
      groupName: FIXTURE_GROUP.name,
    });
    expect(onlyMoment(pressEnter(editor, ctx, { ctrlKey: true })).surface).toBe('group-composer');
    expect(pressEnter(editor, ctx).moments).toEqual([]);
  });

  it('still reads employer signals in a group post', () => {
    const { ctx } = mountFixture(
      groupPage({ ui, lang, composer: { open: true, content: { text: 'At Acme we do this daily' } } }),
      GROUP_PATH,
    );
    expect(onlyMoment(click(composerParts(ui).post, ctx)).facts.employerSignals).toEqual(['name']);
  });

  it('leaves group posts to the group detector and feed posts to the feed detector', () => {
    const { ctx } = mountFixture(
      groupPage({ ui, lang, composer: { open: true, content: { text: 'x' } } }),
      GROUP_PATH,
    );
    const captured = click(composerParts(ui).post, ctx);
    expect(feedComposerDetector.momentFromEvent(captured.event, captured.path, 'click', ctx)).toBeNull();
    expect(groupComposerDetector.momentFromEvent(captured.event, captured.path, 'click', ctx)?.surface).toBe(
      'group-composer',
    );
    expect(groupComposerDetector.presentSurfaces([document], ctx)).toEqual(['group-composer']);
    expect(feedComposerDetector.presentSurfaces([document], ctx)).toEqual([]);
  });

  it('mounts lazily from the "Start a public post" launcher; a disabled Post is not a submit', () => {
    vi.useFakeTimers();
    try {
      const { ctx } = mountFixture(groupPage({ ui, lang }), GROUP_PATH);
      click(required(document.querySelector('[data-fixture-launch]'), 'launcher'), ctx);
      vi.advanceTimersByTime(600);
      const { editor, post } = composerParts(ui);
      expect(click(post, ctx).moments).toEqual([]);
      typeInto(editor, 'Hello group');
      expect(onlyMoment(click(post, ctx)).facts.groupId).toBe(FIXTURE_GROUP.id);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('a group chosen as the audience outside the group page', () => {
  it('is a group post when the classic audience control links to the group', () => {
    const { ctx } = mountFixture(
      feedPage({ ui: 'classic', composer: { open: true, content: { text: 'Hi' } } }),
      '/feed/',
    );
    const author = required(
      outletRoot().querySelector('.share-unified-settings-entry-button'),
      'author control',
    );
    const link = document.createElement('a');
    link.href = `/groups/${FIXTURE_GROUP.id}/`;
    link.textContent = FIXTURE_GROUP.name;
    author.append(link);
    const moment = onlyMoment(click(composerParts('classic').post, ctx));
    expect(moment.surface).toBe('group-composer');
    expect(moment.facts.groupId).toBe(FIXTURE_GROUP.id);
  });
});

describe('the classic audience sub-dialog left on "Group"', () => {
  it('is a group post even though the DOM does not show which group', () => {
    const { ctx } = mountFixture(
      feedPage({ ui: 'classic', composer: { open: true, content: { text: 'Hi' } } }),
      '/feed/',
    );
    const dialog = required(outletRoot().querySelector('[role="dialog"]'), 'dialog');
    const option = document.createElement('button');
    option.id = 'CONTAINER';
    option.setAttribute('role', 'radio');
    option.setAttribute('aria-checked', 'true');
    dialog.append(option);
    const moment = onlyMoment(click(composerParts('classic').post, ctx));
    expect(moment.surface).toBe('group-composer');
    expect(moment.facts.groupId).toBeUndefined();
    option.setAttribute('aria-checked', 'false');
    expect(onlyMoment(click(composerParts('classic').post, ctx)).surface).toBe('feed-composer');
  });
});
