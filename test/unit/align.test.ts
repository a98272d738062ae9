/** Word alignment and the word-by-word difference that quote-mismatch messages show (the diff package underneath). */
import * as assert from 'assert';
import { alignWords, wordDiff } from '../../server/src/core/normalize';

const words = (s: string) => s.split(' ');

describe('word alignment and difference', () => {
  it('aligns the shared words of a misquote with its source', () => {
    const draft = words('the levee held longer than anyone expected');
    const source = words('the levee held much longer than we expected');
    const pairs = alignWords(draft, source);
    assert.deepStrictEqual(
      pairs.map(([i, j]) => [draft[i], source[j]]),
      [
        ['the', 'the'],
        ['levee', 'levee'],
        ['held', 'held'],
        ['longer', 'longer'],
        ['than', 'than'],
        ['expected', 'expected'],
      ],
    );
  });

  it('says what differs, with one shared word of context on each side', () => {
    assert.strictEqual(
      wordDiff(
        words('the levee held longer than anyone expected'),
        words('the levee held much longer than we expected'),
      ),
      'draft “held longer”, source “held much longer”; draft “than anyone expected”, source “than we expected”',
    );
    assert.strictEqual(wordDiff(words('nobody knew'), words('nobody knew')), '');
    assert.strictEqual(
      wordDiff(words('we will rebuild'), words('we will not rebuild')),
      'draft “will rebuild”, source “will not rebuild”',
    );
  });

  it('has no size limit: a long quote against a long passage is aligned, not dropped', () => {
    // 2,500 × 2,500 words is over the 4 million cells where the old table-based alignment silently gave up
    const source = Array.from({ length: 2500 }, (_, i) => `word${i}`);
    const draft = [...source];
    draft[1200] = 'changed';
    const pairs = alignWords(draft, source);
    assert.strictEqual(pairs.length, 2499);
    assert.strictEqual(
      wordDiff(draft, source),
      'draft “word1199 changed word1201”, source “word1199 word1200 word1201”',
    );
  });
});
