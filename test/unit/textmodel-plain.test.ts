/**
 * Markdown without markup (most news copy) is read without the parser's syntax tree: the model must be exactly the
 * parser's, offsets and masks included, and anything that could be markup must still go to the parser.
 */
import * as assert from 'assert';
import { analyzeText } from '../../server/src/core/analyze';
import { buildTextModel, buildTextModelWhole } from '../../server/src/core/textmodel';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 0x100000000;
  };
}

/** plain lines, and some that only look plain: indents, trailing spaces, numbers, a stray marker or URL */
const LINES = [
  'Councillor Idris Maloney said the ferry would run twice a day from June.',
  '"We have waited long enough," said Rosa Quintero, who runs the harbour cafe.',
  'The port authority expects 1.5 million passengers, up 12% on last year.',
  '2019 was the last year the crossing made money, according to the audit.',
  'Details are at https://example.org/ferry-plan and www.example.org/faq today.',
  '   Three spaces before this sentence, she said.',
  'Trailing spaces after this one.   ',
  'A non-breaking\u00a0space sits in this line.',
  '\u00a0A line that opens with a non-breaking space.',
  'Tickets cost $4 & up, a spokesman said.',
  '*Emphasis* and _more_ in the middle, he said.',
  '    Four spaces: indented code on its own.',
  '# A heading line',
  '- A list item',
  '1. A numbered item',
  '12) Another numbered item',
  '> A quoted line',
  '***',
  '===',
  'Text with <b>html</b> in it.',
  'A [bracketed] aside.',
  'A `code` span.',
  'A tab\there.',
  '',
  '',
  '   ',
];

function randomDoc(r: () => number, lines: string[]): string {
  const n = 1 + Math.floor(r() * 12);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(lines[Math.floor(r() * lines.length)]);
  return out.join('\n') + (r() < 0.5 ? '\n' : '');
}

describe('TextModel of plain prose', () => {
  it('equals the parser’s model for random drafts, plain and not (1,000 drafts)', () => {
    const r = rng(17);
    for (let i = 0; i < 1000; i++) {
      const doc = randomDoc(r, r() < 0.5 ? LINES.slice(0, 11).concat('', '') : LINES);
      assert.deepStrictEqual(buildTextModel(doc, 'markdown'), buildTextModelWhole(doc), `draft ${i}:\n${doc}`);
    }
  });

  it('reads paragraphs from their first non-space character to the end of their last line, URLs masked', () => {
    const doc = '  First paragraph, she said.  \nIts second line. \n \nSee www.example.org now.\n';
    const m = buildTextModel(doc, 'markdown');
    assert.deepStrictEqual(
      m.blocks.map((b) => doc.slice(b.start, b.end)),
      ['First paragraph, she said.  \nIts second line. ', 'See www.example.org now.'],
    );
    assert.strictEqual(m.prose, doc.replace('www.example.org', ' '.repeat(15)));
  });
});

describe('a plain-text draft: its first line as its headline', () => {
  it('a first line with no full stop, then a blank line or a byline, is a heading and no sentence of the story', () => {
    const draft =
      'Flooding closes 14 roads across Marlow County\nBy Jordan Ames\n\nHeavy rain closed 14 roads, the county said.\n';
    const a = analyzeText(draft, { languageId: 'plaintext' });
    assert.deepStrictEqual(
      a.model.headings.map((h) => h.text),
      ['Flooding closes 14 roads across Marlow County'],
    );
    // the headline states no claim of its own, unattributed or not; the byline stays a paragraph
    assert.ok(!a.claims.some((c) => c.start < draft.indexOf('By')), JSON.stringify(a.claims));
    assert.ok(a.model.blocks.some((b) => draft.slice(b.start, b.end) === 'By Jordan Ames'));
  });
  it('a sentence, or a line wrapped inside a paragraph, is not a headline; nor is a Markdown draft read this way', () => {
    const sentence = 'Heavy rain closed 14 roads on Tuesday.\n\nCrews worked overnight.\n';
    assert.deepStrictEqual(analyzeText(sentence, { languageId: 'plaintext' }).model.headings, []);
    const wrapped = 'Heavy rain closed 14 roads across Marlow County on Tuesday, the\nroads department said.\n';
    assert.deepStrictEqual(analyzeText(wrapped, { languageId: 'plaintext' }).model.headings, []);
  });
});
