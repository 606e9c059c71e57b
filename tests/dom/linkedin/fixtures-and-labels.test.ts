import { describe, expect, it } from 'vitest';
import { feedPage, LINKEDIN_FIXTURES } from '../../fixtures/linkedin';
import { click, commentParts, composerParts, mountFixture, onlyMoment, pressEnter } from './support';

const hashed = (html: string) => new Set(html.match(/\b_[0-9a-f]{8}\b/g) ?? []);

describe('LinkedIn fixtures', () => {
  it('generate new hashed class names on every build', () => {
    const first = hashed(feedPage({ ui: 'sdui' }));
    const second = hashed(feedPage({ ui: 'sdui' }));
    expect(first.size).toBeGreaterThan(20);
    expect([...first].filter((name) => second.has(name))).toEqual([]);
  });

  it('list a page per surface with the path it belongs at', () => {
    const covered = new Set(LINKEDIN_FIXTURES.flatMap((f) => f.surfaces));
    expect(covered).toEqual(new Set(['feed-composer', 'group-composer', 'company-page-composer', 'comment']));
    for (const fixture of LINKEDIN_FIXTURES) {
      expect(fixture.path).toMatch(/^\/.+\/$/);
      const html = fixture.build({ ui: 'sdui', lang: 'nl' });
      expect(html.startsWith('<!doctype html>')).toBe(true);
      expect(html).toContain('<html lang="nl">');
    }
  });
});

/** Relabels a commit button as another UI language would (fixtures render EN and NL only). */
function relabel(button: HTMLElement, text: string): void {
  button.textContent = text;
}

describe('German and French labels', () => {
  it.each(['Posten', 'Veröffentlichen', 'Publier', 'Planen'])(
    'a composer commit labelled "%s" is a submit',
    (label) => {
      const { ctx } = mountFixture(
        feedPage({ ui: 'sdui', composer: { open: true, content: { text: 'Acme' } } }),
        '/feed/',
      );
      const { post, editor } = composerParts('sdui');
      relabel(post, label);
      expect(onlyMoment(click(post, ctx)).surface).toBe('feed-composer');
      expect(onlyMoment(pressEnter(editor, ctx, { ctrlKey: true })).submitControl).toBe(post);
    },
  );

  it.each(['Kommentieren', 'Commenter', 'Antworten', 'Répondre'])(
    'a comment commit labelled "%s" is a submit',
    (label) => {
      const { ctx } = mountFixture(
        feedPage({ ui: 'sdui', comment: { open: true, content: { text: 'Acme' } } }),
        '/feed/',
      );
      const { commit, editor } = commentParts();
      relabel(commit, label);
      expect(onlyMoment(click(commit, ctx)).surface).toBe('comment');
      expect(onlyMoment(pressEnter(editor, ctx, { ctrlKey: true })).submitControl).toBe(commit);
    },
  );

  it.each(['Speichern', 'Enregistrer', 'Send', 'Verzenden'])(
    'a text-only button labelled "%s" is not a submit',
    (label) => {
      const { ctx } = mountFixture(
        feedPage({
          ui: 'sdui',
          composer: { open: true, content: { text: 'Acme' } },
          comment: { open: true, content: { text: 'Acme' } },
        }),
        '/feed/',
      );
      const { post } = composerParts('sdui');
      const { commit } = commentParts();
      relabel(post, label);
      relabel(commit, label);
      expect(click(post, ctx).moments).toEqual([]);
      expect(click(commit, ctx).moments).toEqual([]);
    },
  );

  it('German and French comment editors are recognised by their labels', () => {
    const { ctx } = mountFixture(
      feedPage({ ui: 'sdui', comment: { open: true, content: { text: 'x' } } }),
      '/feed/',
    );
    const { editor, commit } = commentParts();
    for (const label of [
      'Texteditor zum Verfassen von Kommentaren',
      'Éditeur de texte pour créer un commentaire',
    ]) {
      editor.setAttribute('aria-label', label);
      editor.removeAttribute('data-placeholder');
      expect(onlyMoment(click(commit, ctx)).editor).toBe(editor);
    }
    editor.setAttribute('aria-label', 'Write a message…');
    expect(click(commit, ctx).moments).toEqual([]);
  });
});
