/**
 * The workspace's figure index (sources/figures.ts) looks figures up by quantity and rules pairs out by their context
 * words before figure-inconsistent compares them. It must change what the rule finds in no case: the keys and the
 * bound are checked against `sameQuantity` and `affinity` on arbitrary figures, and the rule's findings through the
 * index against its findings through the lookup by measure alone, over generated flood and budget stories.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import {
  affinity,
  commonWords,
  contextSignature,
  isCheckable,
  isComparable,
  quantityKey,
  sameQuantity,
  sharedAtMost,
} from '../../server/src/core/figures';
import { analyzeText } from '../../server/src/core/analyze';
import { rule } from '../../server/src/core/rules/figure-inconsistent';
import type { DraftFigure } from '../../server/src/core/rules';
import type { Figure, Finding } from '../../server/src/core/types';
import { WorkspaceFigures } from '../../server/src/sources/figures';
import { LineIndex } from '../../server/src/core/text';

const RUNS = Number(process.env.FUZZ_RUNS) || 200;
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const params = (n = RUNS): fc.Parameters<unknown> => ({ numRuns: n, ...(SEED !== undefined ? { seed: SEED } : {}) });

// ---- figures with the shapes the lookup keys on -------------------------------------------------------------------

/** words that `sameWord` relates in every way it can: plurals ("-s", "-es"), shared stems, short words */
const WORD = fc.constantFrom(
  'levee',
  'levees',
  'hand',
  'handover',
  'handovers',
  'bus',
  'buses',
  'ases',
  'asesx',
  'es',
  's',
  'flood',
  'flooding',
  'floods',
  'evacuated',
  'evacuate',
  'dunmore',
  'river',
  'rivers',
  'county',
  'council',
  'budget',
  'budgets',
  'tax',
  'taxes',
  'sheriff',
);
const UNIT = fc.constantFrom(null, 'residents', 'Residents', 'resident', 'homes', 'home', 'buses', 'bus', '%', 'USD');
const figureArb: fc.Arbitrary<Figure> = fc
  .record({
    value: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 5000 })),
    measure: fc.constantFrom('count', 'money', 'percent', 'duration', 'rate', 'date'),
    kind: fc.constantFrom('count', 'range', 'amount', 'percent', 'tally', 'date'),
    unit: UNIT,
    noun: fc.oneof(fc.constant(null), fc.constantFrom('residents', 'weeks of pay', 'weeks of notice', 'homes of pay')),
    context: fc.uniqueArray(WORD, { maxLength: 12 }),
  })
  .map((r) => ({ start: 0, end: 1, text: '', hedge: null, ...r }) as unknown as Figure);

describe('figure index', () => {
  it('figures that could state the same quantity have the same lookup key', () => {
    fc.assert(
      fc.property(figureArb, figureArb, (a, b) => {
        const ka = quantityKey(a),
          kb = quantityKey(b);
        if (ka !== null && kb !== null && sameQuantity(a, b)) assert.strictEqual(ka, kb);
      }),
      params(),
    );
  });

  it('context words are the same word as the plural and shared-stem reading says, letter for letter', () => {
    // the reading as first written: singulars by a regular expression, a stem of four letters shared
    const singular = (w: string) => w.replace(/(?:es|s)$/, '');
    const same = (a: string, b: string) => {
      const [s, l] = a.length < b.length ? [a, b] : [b, a];
      return a === b || singular(a) === singular(b) || (s.length >= 4 && l.startsWith(s));
    };
    const spelled = fc.oneof(WORD, fc.stringMatching(/^[aes]{0,6}$/));
    fc.assert(
      fc.property(fc.array(spelled, { maxLength: 8 }), fc.array(spelled, { maxLength: 8 }), (xs, ys) => {
        assert.strictEqual(commonWords(xs, ys), xs.filter((x) => ys.some((y) => same(x, y))).length);
      }),
      params(),
    );
    assert.strictEqual(commonWords(['levees', 'handovers', 'taxes', 'es'], ['levee', 'hand', 'tax', 's']), 4);
  });

  it('the context bound is never below the words affinity counts as shared', () => {
    fc.assert(
      fc.property(figureArb, figureArb, (a, b) => {
        const bound = sharedAtMost(contextSignature(a), contextSignature(b));
        assert.ok(bound >= affinity(a, b).shared, `${bound} < ${affinity(a, b).shared}`);
      }),
      params(),
    );
  });

  it('"about 2,600 residents" against "nearly 3,000 residents": the lookup returns the other draft\'s figure, not the draft\'s own', () => {
    const index = new WorkspaceFigures();
    const sat = draft(
      'The Tessel River broke its banks, and about 2,600 residents were evacuated from Dunmore, police said.',
    );
    const sun = draft(
      'Nearly 3,000 residents were evacuated from Dunmore after the Tessel River broke its banks, police said.',
    );
    index.update('file:///ws/sat.md', sat.text, sat.figures);
    index.update('file:///ws/sun.md', sun.text, sun.figures);
    const found = index.othersThan('file:///ws/sat.md')(sat.figures[0], 4);
    assert.deepStrictEqual(
      found.map((d) => [d.path, d.figure.text]),
      [['sun.md', 'Nearly 3,000 residents']],
    );
    // a figure of another counted noun is not looked up at all
    const festival = draft('The festival drew 2,400 visitors to the riverside park, organisers said.');
    assert.deepStrictEqual(index.othersThan('file:///ws/fest.md')(festival.figures[0], 0), []);
  });

  it('the rule finds the same through the index as through the lookup by measure, over generated stories', () => {
    let findings = 0;
    fc.assert(
      fc.property(fc.array(storyArb, { minLength: 2, maxLength: 5 }), (stories) => {
        const drafts = stories.map((s, i) => ({ uri: `file:///ws/d${i}.md`, ...draft(s) }));
        const index = new WorkspaceFigures();
        for (const d of drafts) index.update(d.uri, d.text, d.figures);
        const compare = (order: typeof drafts) => {
          for (const d of order) {
            const viaIndex = check(d, index.othersThan(d.uri));
            const byMeasure = check(d, lookupByMeasure(order, d.uri));
            assert.deepStrictEqual(viaIndex, byMeasure);
            findings += viaIndex.length;
          }
        };
        compare(drafts);
        // an edit to the first draft: its figures are now the last added
        index.update(drafts[0].uri, drafts[0].text, drafts[0].figures);
        compare([...drafts.slice(1), drafts[0]]);
      }),
      params(Math.min(RUNS, 100)),
    );
    assert.ok(findings > 0, 'the generated stories never disagreed: the comparison proved nothing');
  });
});

// ---- generated stories ----------------------------------------------------------------------------------------------

const HEDGE = fc.constantFrom('', 'about ', 'nearly ', 'more than ', 'an estimated ');
const COUNT = fc.constantFrom('2,600', '3,000', '2,950', '2,400', '1,200', '40', '45');
const NOUN = fc.constantFrom('residents', 'homes', 'people', 'households');
const sentence = fc.oneof(
  fc
    .tuple(HEDGE, COUNT, NOUN)
    .map(
      ([h, n, u]) =>
        `The Tessel River broke its banks early on Saturday, and ${h}${n} ${u} were evacuated from low-lying streets in Dunmore, the Regional Emergency Office said.`,
    ),
  fc
    .tuple(HEDGE, COUNT, NOUN)
    .map(([h, n, u]) =>
      `${h}${n} ${u} were evacuated from low-lying streets in Dunmore after the Tessel River broke its banks, the Regional Emergency Office said on Sunday.`.replace(
        /^./,
        (c) => c.toUpperCase(),
      ),
    ),
  // two counts of different nouns side by side: a list, which the rule leaves alone whatever the nouns
  fc
    .tuple(HEDGE, COUNT, fc.constantFrom('1,200', '800'))
    .map(
      ([h, n, m]) =>
        `The Tessel River broke its banks early on Saturday, and ${h}${n} residents and ${m} homes were evacuated from low-lying streets in Dunmore, the Regional Emergency Office said.`,
    ),
  fc
    .tuple(fc.constantFrom('46', '44', '52'), fc.constantFrom('44', '41'))
    .map(
      ([a, b]) =>
        `Support for the Dunmore levee bond stood at ${a} percent to ${b} percent among county voters in the latest poll, the pollster said.`,
    ),
  fc
    .tuple(fc.constantFrom('46', '48', '60'))
    .map(([a]) => `Support for the Dunmore levee bond stood at ${a} percent among county voters, the pollster said.`),
  fc
    .tuple(HEDGE, fc.constantFrom('12', '14', '9'))
    .map(
      ([h, n]) => `Repairs to the east levee in Dunmore will cost ${h}$${n} million, Mayor Ana Venn said on Sunday.`,
    ),
  fc.constant('The city festival drew 2,400 visitors to the riverside park last month, organisers said.'),
);
const storyArb = fc
  .array(sentence, { minLength: 1, maxLength: 4 })
  .map((ps) => `# Flood in Dunmore\n\n${ps.join('\n\n')}\n`);

function draft(text: string): { text: string; figures: Figure[] } {
  return { text, figures: analyzeText(text, { languageId: 'markdown' }).figures };
}

/** the lookup the index replaced: every other draft's checkable figure of the same measure (and unit, unless a count) */
function lookupByMeasure(drafts: { uri: string; text: string; figures: Figure[] }[], uri: string) {
  const group = (f: Figure) => `${f.measure}:${f.measure === 'count' ? '' : (f.unit ?? '')}`;
  const all: DraftFigure[] = [];
  for (const d of drafts) {
    const lines = new LineIndex(d.text);
    for (const figure of d.figures)
      if (isCheckable(figure) && isComparable(figure))
        all.push({ uri: d.uri, path: d.uri.split('/').pop()!, range: lines.range(figure.start, figure.end), figure });
  }
  return (f: Figure) => all.filter((d) => d.uri !== uri && group(d.figure) === group(f));
}

function check(d: { text: string; figures: Figure[] }, otherFigures: (f: Figure) => readonly DraftFigure[]): Finding[] {
  const analysis = { entities: [], claims: [], figures: d.figures, findings: [], citations: [] };
  return rule.check({ text: d.text, analysis, index: null, bibliography: new Map(), links: NO_LINKS, otherFigures });
}
const NO_LINKS = { quotes: new Map(), figures: [] };
