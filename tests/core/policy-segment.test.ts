import { describe, expect, it } from 'vitest';
import { segmentText } from '@/core/policy/segment';

const texts = (input: string) => segmentText(input).map((segment) => segment.text);

describe('policy text splitting', () => {
  it('splits sentences but not at abbreviations (e.g., i.e., bijv., o.a., d.w.z., m.b.t.)', () => {
    expect(texts('Join groups, e.g. the "Cloud" group. Then post. We use photos, i.e. in ads.')).toEqual([
      'Join groups, e.g. the "Cloud" group.',
      'Then post.',
      'We use photos, i.e. in ads.',
    ]);
    expect(
      texts(
        'Deel bijv. een bericht. Zie o.a. LinkedIn, d.w.z. je profiel. Dit geldt m.b.t. de website. Klaar.',
      ),
    ).toEqual([
      'Deel bijv. een bericht.',
      'Zie o.a. LinkedIn, d.w.z. je profiel.',
      'Dit geldt m.b.t. de website.',
      'Klaar.',
    ]);
  });

  it('makes every bullet and number style its own list item', () => {
    const input = [
      'Everyone is expected to:',
      '• add a photo;',
      '- post weekly;',
      '* join a group;',
      '1. like posts;',
      '2) comment;',
      'a. share news;',
      'b) update the headline.',
    ].join('\n');
    const segments = segmentText(input);
    expect(segments.map((s) => s.text)).toEqual([
      'Everyone is expected to:',
      'add a photo;',
      'post weekly;',
      'join a group;',
      'like posts;',
      'comment;',
      'share news;',
      'update the headline.',
    ]);
    expect(segments[0]?.leadIn).toBe(true);
    expect(segments.slice(1).every((s) => s.listItem && s.block === segments[0]?.block)).toBe(true);
  });

  it('joins hard-wrapped e-mail lines and undoes hyphenation at the line end, keeping offsets', () => {
    const input = 'It describes how em-\nployees represent the\ncompany. An up-to-\ndate profile.';
    const segments = segmentText(input);
    expect(segments.map((s) => s.text)).toEqual([
      'It describes how employees represent the company.',
      'An up-to-date profile.',
    ]);
    const first = segments[0];
    expect(input.slice(first?.start, first?.end)).toBe(
      'It describes how em-\nployees represent the\ncompany.',
    );
    // The joined text maps back: "employees" starts where "em-" starts.
    const at = first?.text.indexOf('employees') ?? -1;
    expect(first?.map[(first?.mapStart ?? 0) + at]).toBe(input.indexOf('em-'));
  });

  it('treats short unpunctuated lines as headings (new section, never a clause) and FAQ questions as questions', () => {
    const input = 'Your profile\nUse a photo.\n\nQ: Do I have to post?\nA: No. Posting is optional.';
    const segments = segmentText(input);
    expect(segments.map((s) => s.text)).toEqual([
      'Use a photo.',
      'Q: Do I have to post?',
      'A: No.',
      'Posting is optional.',
    ]);
    expect(segments[1]?.question).toBe(true);
    expect(segments[0]?.section).toBe(1);
  });

  it('keeps offsets exact with Windows line breaks', () => {
    const input = 'Dear all,\r\n\r\nPlease add a photo.\r\nThanks.';
    for (const segment of segmentText(input)) {
      expect(input.slice(segment.start, segment.end)).toBe(segment.text);
    }
  });

  it('cuts a run-on text without full stops into bounded pieces', () => {
    const segments = segmentText('word '.repeat(2000));
    expect(segments.length).toBeGreaterThan(5);
    expect(Math.max(...segments.map((s) => s.text.length))).toBeLessThanOrEqual(1200);
  });
});
