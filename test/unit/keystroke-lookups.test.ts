/**
 * The document-level look-ups a keystroke no longer redoes over the whole draft read the same as the whole-draft
 * scans they replace: descriptors ("the agency") read a sentence at a time, a document noun's places found once per
 * analysis, a test of which claims hold a span. Property: on random news-like text, the same answers as the plain scan.
 */
import * as assert from 'assert';
import { descriptors, DESCRIPTOR_RE } from '../../server/src/core/entities';
import { wordPlaces, wordsBackwards } from '../../server/src/core/speaker';
import { covering } from '../../server/src/core/rules/vague-attribution';
import { PieceReader } from '../../server/src/core/pieces';
import { rng } from './seeded-rng';

// pieces of wire copy, with the edges that matter: periods inside numbers and names, "the" across a line break,
// accented words after "the", a report and its author, words that hold "report" without being it
const PIECES = [
  'The agency said',
  ' the agency',
  'the\nministry',
  'The café owner',
  ' the état',
  ' the report.',
  'A report by the Harbor Institute found',
  ' reporters',
  ' the reports',
  'Report',
  ' $4.2 million',
  ' U.S. officials',
  'Dr. Ana Ruiz',
  '. ',
  '.',
  '\n\n',
  ' ',
  'theagency',
  'Bathe them',
  ' the 3rd report',
  '"the council," ',
  'the  survey',
];

function randomProse(r: ReturnType<typeof rng>): string {
  let s = '';
  const n = 1 + r.int(40);
  for (let i = 0; i < n; i++) s += r.pick(PIECES);
  return s;
}

/** the text with a random piece typed in, or a random stretch deleted, somewhere: as a writer edits a draft */
function edited(r: ReturnType<typeof rng>, text: string): string {
  const at = r.int(text.length + 1);
  if (r.next() < 0.6 || !text.length) return text.slice(0, at) + r.pick(PIECES) + text.slice(at);
  return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + r.int(12)));
}

describe('keystroke look-ups read as the whole-draft scans', () => {
  it('descriptors after each edit of one draft are the matches of the whole prose (60 drafts, 30 edits each)', () => {
    const r = rng(47);
    for (let d = 0; d < 60; d++) {
      let prose = randomProse(r);
      for (let e = 0; e < 30; e++) {
        prose = edited(r, prose);
        const whole = [...prose.matchAll(DESCRIPTOR_RE)].map((m) => ({ index: m.index!, word: m[1] }));
        assert.deepStrictEqual(descriptors(prose), whole, JSON.stringify(prose));
      }
    }
  });

  it("a draft's lines after each edit are its lines cut anew, read the same (60 drafts, 30 edits each)", () => {
    const r = rng(53);
    for (let d = 0; d < 60; d++) {
      const kept = new PieceReader('\n', false, (line) => line.toUpperCase());
      let prose = randomProse(r);
      for (let e = 0; e < 30; e++) {
        prose = edited(r, prose);
        const got = kept.pieces(prose).map((p) => [prose.slice(p.from, p.to), p.value]);
        const fresh = new PieceReader('\n', false, (line) => line.toUpperCase()).pieces(prose);
        assert.deepStrictEqual(
          got,
          fresh.map((p) => [prose.slice(p.from, p.to), p.value]),
          JSON.stringify(prose),
        );
        // and they are the lines split() gives (the empty line after a final break aside)
        const lines = prose.split('\n');
        if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
        assert.deepStrictEqual(
          fresh.map((p) => p.value),
          prose.length ? lines.map((l) => l.toUpperCase()) : [],
        );
      }
    }
  });

  it('descriptors read a sentence at a time are the matches of the whole prose, in order (400 random texts)', () => {
    const r = rng(41);
    for (let i = 0; i < 400; i++) {
      const prose = randomProse(r);
      const whole = [...prose.matchAll(DESCRIPTOR_RE)].map((m) => ({ index: m.index!, word: m[1] }));
      // twice: the second read comes from what the first kept
      assert.deepStrictEqual(descriptors(prose), whole, JSON.stringify(prose));
      assert.deepStrictEqual(descriptors(prose), whole, JSON.stringify(prose));
    }
  });

  it("a document noun's places found once give the places the window scan gives, last first (400 random texts)", () => {
    const r = rng(43);
    for (let i = 0; i < 400; i++) {
      const lower = randomProse(r).toLowerCase();
      for (const word of ['report', 'survey', 'the', 'a']) {
        for (let k = 0; k < 6; k++) {
          const hi = r.int(lower.length + 1);
          const lo = Math.max(0, hi - r.int(lower.length + 1));
          assert.deepStrictEqual(
            [...wordPlaces(lower, word, lo, hi)],
            [...wordsBackwards(lower, word, lo, hi)],
            `${JSON.stringify(lower)} ${word} [${lo}, ${hi})`,
          );
        }
      }
    }
  });

  it('whether some claim holds a span, by the sorted claims, is what looking through every claim says (300 random sets)', () => {
    const r = rng(47);
    for (let i = 0; i < 300; i++) {
      const spans = Array.from({ length: r.int(12) }, () => {
        const start = r.int(200);
        return { start, end: start + r.int(80) };
      });
      const holds = covering(spans);
      for (let k = 0; k < 20; k++) {
        const start = r.int(220);
        const v = { start, end: start + r.int(40) };
        const naive = spans.some((d) => d.start <= v.start && v.end <= d.end);
        assert.strictEqual(holds(v), naive, `${JSON.stringify(spans)} ${JSON.stringify(v)}`);
      }
    }
  });
});
