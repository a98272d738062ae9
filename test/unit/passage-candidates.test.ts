/**
 * The source passages a draft sentence is checked against come best first, by how many of its distinctive words they
 * share: the first few of a ranking that a stable sort of every passage sharing a word would give, ties in the order
 * the passages were first found.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { PassageIndex, topByScore } from '../../server/src/core/passages';

const RUNS = Number(process.env.FUZZ_RUNS) || 200;

describe('source passage candidates', () => {
  it('the top of the ranking is what a stable sort of all scores puts first, ties in the order found', () => {
    fc.assert(
      fc.property(
        // few distinct scores, so that ties are common
        fc.array(fc.constantFrom(0.25, 0.5, 1, 1.5, 2), { minLength: 0, maxLength: 40 }),
        fc.integer({ min: 0, max: 12 }),
        (values, limit) => {
          const scores = Float64Array.from(values);
          const ids = values.map((_, i) => i).reverse(); // found in another order than the ids
          const sorted = [...ids].sort((a, b) => scores[b] - scores[a]).slice(0, limit);
          assert.deepStrictEqual(topByScore(ids, scores, limit), sorted);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("the sources' passages that share the most words with a sentence come first, and a second ask gets the same", () => {
    const ix = new PassageIndex();
    const add = (name: string, text: string) =>
      ix.addSource(`file:///s/${name}`, name, text, [{ start: 0, end: text.length }], { title: name });
    add('council.txt', 'The council voted to close the Harbor Street pool for the summer.');
    add('levee.txt', 'The east levee held through the night, the county engineer said.');
    add('pool.txt', 'Harbor Street pool repairs will cost the council about $2.1 million, the parks director said.');
    add('weather.txt', 'Rain is expected through the weekend across the county.');
    const words = ['harbor', 'street', 'pool', 'repairs', 'cost'];
    const first = ix.candidates(words, 3).map((c) => c.passage.text.slice(0, 20));
    assert.deepStrictEqual(first, ['Harbor Street pool r', 'The council voted to']);
    // the scores are cleared between asks
    assert.deepStrictEqual(
      ix.candidates(words, 3).map((c) => c.passage.text.slice(0, 20)),
      first,
    );
    assert.deepStrictEqual(
      ix.candidates(['levee', 'county'], 3).map((c) => c.passage.text.slice(0, 20)),
      ['The east levee held ', 'Rain is expected thr'],
    );
  });

  it('remembers a bounded number of look-ups: an archive asks about every sentence once, and the latest are kept', () => {
    const ix = new PassageIndex();
    const text = 'The east levee held for nine hours, the county engineer said.';
    ix.addSource('file:///s/levee.md', 'levee.md', text, [{ start: 0, end: text.length }], { title: 'levee.md' });
    // one look-up per sentence of 2,500 drafts of ten sentences
    for (let i = 0; i < 25_000; i++) ix.memo.set(`q\u0000sentence ${i} of the archive`, i);
    assert.ok(ix.memo.size <= 10_000, `${ix.memo.size} look-ups kept`);
    assert.strictEqual(ix.memo.get('q\u0000sentence 24999 of the archive'), 24_999);
    assert.strictEqual(ix.memo.has('q\u0000sentence 0 of the archive'), false);
    // and it still answers
    assert.strictEqual(ix.candidates(['levee'], 3).length, 1);
  });
});
