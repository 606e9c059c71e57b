// Splits a policy text into sentences and list items with their offsets, the way such texts reach
// us: bullets and numbering, headings, e-mails hard-wrapped by the mail client, PDFs with words
// hyphenated at the line end, abbreviations with full stops. Linear in the text: every regex here
// is anchored to one line or bounded, so a megabyte of junk cannot make it backtrack.

/** One sentence or list item, as the reader sees it. */
export interface Segment {
  /** Offsets into the original text (whitespace trimmed). */
  start: number;
  end: number;
  /** The text with hard line breaks joined and line-end hyphenation undone. */
  text: string;
  /** For character i of `text`, its offset in the original text is map[mapStart + i] (one buffer per text). */
  map: Int32Array;
  mapStart: number;
  /** Paragraph or list (units not separated by a blank line or a heading). */
  block: number;
  /** Text between two headings. */
  section: number;
  /** The list item or paragraph it is part of. */
  unit: number;
  listItem: boolean;
  /** Ends with ':' and is followed by list items of its block. */
  leadIn: boolean;
  /** A question (FAQ line, or a sentence ending in '?'): never a clause. */
  question: boolean;
}

type UnitKind = 'paragraph' | 'item' | 'heading' | 'question';

interface Unit {
  kind: UnitKind;
  /** [start, end) of each line's content in the original text. */
  lines: [number, number][];
  block: number;
  section: number;
}

const LIST_MARKER =
  /^[ \t]*(?:[•·▪◦‣∙●○■□►▸✓✔–—*+-]|\(?(?:\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}[.)]|[a-z][.)]))[ \t]+(?=\S)/;
const MARKDOWN_HEADING = /^[ \t]*#{1,6}[ \t]+/;
const QUESTION_LINE = /^[ \t]*(?:Q|Question|Vraag|V)[ \t]*:/;
const ANSWER_LINE = /^[ \t]*(?:A|Answer|Antwoord)[ \t]*:/;
const HEADING_MAX = 60;
/** A line ending like this continues or closes a sentence: not a heading. */
const ENDS_LIKE_TEXT = /[.:;,!?…"”'’-]\s*$/;
const ENDS_SENTENCE = /[.!?:]\s*$/;
const STARTS_UPPER_OR_MARK = /^[ \t]*(?:[A-Z0-9À-ÝĲ"“'‘(#•·▪◦‣∙●○■□►▸✓✔–—*+-])/;

interface Line {
  start: number;
  end: number;
  text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const lineEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    lines.push({ start, end: lineEnd, text: text.slice(start, lineEnd) });
    start = end + 1;
  }
  return lines;
}

function isHeading(lines: Line[], index: number, body: string): boolean {
  if (body.length === 0 || body.length > HEADING_MAX || ENDS_LIKE_TEXT.test(body)) return false;
  const previous = lines[index - 1];
  if (previous && previous.text.trim() !== '' && !ENDS_SENTENCE.test(previous.text)) return false;
  const next = lines[index + 1];
  return !next || next.text.trim() === '' || STARTS_UPPER_OR_MARK.test(next.text);
}

function classify(lines: Line[], index: number): { kind: UnitKind | 'blank' | 'text'; content: number } {
  const line = lines[index] as Line;
  if (line.text.trim() === '') return { kind: 'blank', content: 0 };
  const markdown = MARKDOWN_HEADING.exec(line.text);
  if (markdown) return { kind: 'heading', content: markdown[0].length };
  if (QUESTION_LINE.test(line.text)) return { kind: 'question', content: 0 };
  const marker = LIST_MARKER.exec(line.text);
  const content = marker ? marker[0].length : (/^[ \t]*/.exec(line.text)?.[0].length ?? 0);
  if (isHeading(lines, index, line.text.slice(content).trimEnd())) return { kind: 'heading', content };
  if (marker) return { kind: 'item', content };
  if (ANSWER_LINE.test(line.text)) return { kind: 'paragraph', content };
  return { kind: 'text', content };
}

function buildUnits(text: string): Unit[] {
  const lines = splitLines(text);
  const units: Unit[] = [];
  let current: Unit | null = null;
  let block = 0;
  let section = 0;
  let gap = true;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as Line;
    const { kind, content } = classify(lines, index);
    if (kind === 'blank') {
      current = null;
      gap = true;
      continue;
    }
    const span: [number, number] = [line.start + content, line.end];
    if (kind === 'text' && current && current.kind !== 'heading') {
      current.lines.push(span);
      continue;
    }
    if (kind === 'heading') section += 1;
    if (gap || kind === 'heading' || current?.kind === 'heading') block += 1;
    gap = false;
    current = { kind: kind === 'text' ? 'paragraph' : kind, lines: [span], block, section };
    units.push(current);
  }
  return units;
}

/**
 * The unit's lines as one string: hard line breaks become spaces, "em-\nployees" becomes "employees".
 * The offsets go into `map` from `base` on (one buffer for the whole text: no allocation per unit).
 */
function joinLines(text: string, lines: [number, number][], map: Int32Array, base: number): string {
  let out = '';
  for (const [start, end] of lines) {
    const piece = text.slice(start, end).trimEnd();
    if (out.length > 0) {
      const tail = out.slice(-48);
      const hyphenated = /[A-Za-zÀ-ÿ]-$/.test(tail) && /^[a-zà-ÿ]/.test(piece.trimStart());
      // "up-to-\ndate" keeps its hyphen: only a hyphen inside one plain word was added by the line break.
      const compound = hyphenated && /-[A-Za-zÀ-ÿ]+-$/.test(tail);
      if (hyphenated && !compound) out = out.slice(0, -1);
      else if (!hyphenated) {
        map[base + out.length] = start - 1;
        out += ' ';
      }
    }
    const lead = piece.length - piece.trimStart().length;
    for (let i = lead; i < piece.length; i++) map[base + out.length + i - lead] = start + i;
    out += piece.slice(lead);
  }
  return out;
}

const ABBREVIATIONS = new Set(
  (
    'e.g i.e etc incl approx resp vs nr art ca cf viz mr mrs ms dr prof st ' +
    'bijv bv b.v n.v o.a d.w.z m.b.t i.v.m t.a.v a.s z.g.a.n m.a.w e.d enz evt o.b.v p pp zgn jl vlg ' +
    'jan feb mrt apr jun jul aug sep sept okt oct nov dec'
  ).split(' '),
);
/** A full stop, question or exclamation mark (and closing quotes) followed by a capital: a sentence end. */
// The lookbehind starts a match only at the first mark of a run: "......" costs one pass, not one per dot.
const SENTENCE_END = /(?<![.!?…])[.!?…]+["”’')\]]*(?=\s+["“'‘(]?[A-Z0-9À-ÝĲ])/g;
const MAX_SEGMENT = 1200;

function isAbbreviation(text: string, dot: number): boolean {
  const word = /(\S+)$/.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';
  const bare = word.replace(/^["“'‘(]+/, '').toLowerCase();
  return ABBREVIATIONS.has(bare) || /^[A-Z]$/.test(word) || /^\d{1,3}$/.test(bare);
}

/** Sentence boundaries in one unit's joined text, as [start, end) pairs. */
function sentenceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(text); match; match = SENTENCE_END.exec(text)) {
    if (text[match.index] === '.' && match[0].length === 1 && isAbbreviation(text, match.index)) continue;
    spans.push([start, match.index + match[0].length]);
    start = match.index + match[0].length;
  }
  spans.push([start, text.length]);
  return spans.flatMap(([s, e]) => capLength(text, s, e));
}

/** A run-on "sentence" (a page without full stops, binary junk) is cut at whitespace: bounded work per clause. */
function capLength(text: string, start: number, end: number): [number, number][] {
  const spans: [number, number][] = [];
  while (end - start > MAX_SEGMENT) {
    const space = text.slice(start, start + MAX_SEGMENT).lastIndexOf(' ');
    const cut = space > 0 ? start + space : start + MAX_SEGMENT;
    spans.push([start, cut]);
    start = cut;
  }
  spans.push([start, end]);
  return spans;
}

export function segmentText(text: string): Segment[] {
  const units = buildUnits(text);
  // A unit's joined text is never longer than its lines: the text's length (+1 per line) bounds them all.
  const map = new Int32Array(text.length + units.length + 1);
  let base = 0;
  const segments: Segment[] = [];
  units.forEach((unit, unitIndex) => {
    if (unit.kind === 'heading') return;
    const joined = joinLines(text, unit.lines, map, base);
    const spans = sentenceSpans(joined);
    const next = units[unitIndex + 1];
    spans.forEach(([s, e], index) => {
      const raw = joined.slice(s, e);
      const lead = raw.length - raw.trimStart().length;
      const body = raw.trim();
      if (body === '') return;
      const from = s + lead;
      segments.push({
        start: map[base + from] as number,
        end: (map[base + from + body.length - 1] as number) + 1,
        text: body,
        map,
        mapStart: base + from,
        block: unit.block,
        section: unit.section,
        unit: unitIndex,
        listItem: unit.kind === 'item',
        leadIn:
          index === spans.length - 1 &&
          body.endsWith(':') &&
          next?.kind === 'item' &&
          next.block === unit.block,
        question: unit.kind === 'question' || body.endsWith('?'),
      });
    });
    base += joined.length;
  });
  return segments;
}
