import * as assert from 'assert';
import { analyzeText } from '../../server/src/core/analyze';
import { PassageIndex } from '../../server/src/core/passages';
import { verifyDocument } from '../../server/src/core/check';
import type { NameUse } from '../../server/src/core/names';

function index() {
  const ix = new PassageIndex();
  const src =
    'We moved every family we could reach before midnight. The levee on the east side held much longer than anyone expected.\n\nThe office said about 2,600 residents were evacuated from low-lying streets.';
  ix.addSource(
    'file:///s/interview.txt',
    'interview.txt',
    src,
    [
      { start: 0, end: src.indexOf('\n\n'), speaker: 'MAYOR VENN' },
      { start: src.indexOf('The office'), end: src.length },
    ],
    { title: 'Interview' },
  );
  return ix;
}
function run(t: string, names?: Map<string, NameUse>, bib = new Map()) {
  const a = analyzeText(t);
  return { a, out: verifyDocument(t, a, { index: index(), bibliography: bib, names }) };
}

describe('verification against sources', () => {
  it('links an exact quote to its passage, ignoring quote typography and final punctuation', () => {
    const { a, out } = run('“We moved every family we could reach before midnight,” Ana Venn said.');
    assert.deepStrictEqual(out, []);
    assert.ok(a.claims[0].sources.some((s) => s.kind === 'passage' && s.score === 1));
  });
  it('reports a reworded quote with a word diff and a correction', () => {
    const { out } = run('"The levee on the east side held longer than anyone expected," Ana Venn said.');
    assert.strictEqual(out.length, 1);
    assert.strictEqual(out[0].code, 'quote-mismatch');
    assert.match(out[0].message, /much/);
    assert.strictEqual(
      (out[0].data!.corrected as { text: string }).text,
      'The levee on the east side held much longer than anyone expected',
    );
  });
  it('shows and corrects a changed last or first word of a quote, not only the words before it', () => {
    const last = run('"The levee on the east side held much longer than anyone hoped," Ana Venn said.').out;
    assert.strictEqual(last.length, 1);
    assert.match(last[0].message, /draft “anyone hoped”, source “anyone expected”/);
    assert.strictEqual(
      (last[0].data!.corrected as { text: string }).text,
      'The levee on the east side held much longer than anyone expected',
    );
    const first = run('"Each levee on the east side held much longer than anyone expected," Ana Venn said.').out;
    assert.match(first[0].message, /draft “Each levee”, source “The levee”/);
  });
  it('widens a quote to a changed end word only within the source sentence', () => {
    const { out } = run('"We moved every family we could reach before midnight today," Ana Venn said.');
    assert.strictEqual(
      (out[0].data!.corrected as { text: string }).text,
      'We moved every family we could reach before midnight',
    );
  });
  it('accepts an ellipsis as an elision', () => {
    const { out } = run('"We moved every family … before midnight," Ana Venn said.');
    assert.deepStrictEqual(out, []);
  });
  it('a number the speaker said in words may be written in digits, and a diff shows the words as written', () => {
    const ix = new PassageIndex();
    const src =
      "You can't teach twenty-six first graders to read. It is the best contract our members have seen since 2008.";
    ix.addSource(
      'file:///s/kowalczyk.txt',
      'kowalczyk.txt',
      src,
      [{ start: 0, end: src.length, speaker: 'DANA KOWALCZYK' }],
      {
        title: 'Interview',
      },
    );
    const check = (t: string) => verifyDocument(t, analyzeText(t), { index: ix, bibliography: new Map() });
    assert.deepStrictEqual(check('"You can\'t teach 26 first graders to read," Dana Kowalczyk said.'), []);
    const out = check('"It is the best contract our members have seen in twenty years," Dana Kowalczyk said.');
    assert.strictEqual(out.length, 1);
    assert.match(out[0].message, /draft “seen in twenty years”/);
    assert.doesNotMatch(out[0].message, /\b20\b/);
  });
  it('reports a figure that differs from its source, and accepts a hedge that covers it', () => {
    const bad = run('Officials said nearly 3,000 residents were evacuated from low-lying streets.').out;
    assert.deepStrictEqual(
      bad.map((f) => f.code),
      ['figure-mismatch'],
    );
    assert.strictEqual(bad[0].data!.replacement, 'about 2,600 residents');
    assert.deepStrictEqual(run('Officials said about 2,600 residents were evacuated from low-lying streets.').out, []);
  });
  it('reports a name spelled two ways', () => {
    const names = new Map<string, NameUse>([
      ['Hritsenko', { spelling: 'Hritsenko', count: 3, files: new Set(['wire.md']), sources: new Set(['wire.md']) }],
      ['Hrytsenko', { spelling: 'Hrytsenko', count: 1, files: new Set(['this draft']) }],
    ]);
    const { out } = run('President Oleksandr Hrytsenko arrived.', names);
    assert.deepStrictEqual(
      out.map((f) => [f.code, f.data!.spelling]),
      [['name-inconsistent', 'Hritsenko']],
    );
  });
  it('reports an unresolved citation with the nearest key', () => {
    const bib = new Map([['reo2026', { key: 'reo2026', uri: 'file:///refs.json' }]]);
    const { out } = run('The river crests on Tuesday [@reo2062].', undefined, bib);
    assert.deepStrictEqual(
      out.map((f) => [f.code, f.data!.nearest]),
      [['unresolved-citation', 'reo2026']],
    );
  });
});
