/**
 * The part-of-speech tags of a span depend on the span alone: not on the texts tagged before it (other drafts, other
 * threads, earlier edits), so that a report is the same for any order and any number of threads.
 */
import * as assert from 'assert';
import { tagSpan } from '../../server/src/core/tagger';

const tagged = (s: string) =>
  tagSpan(s, 0, s.length)
    .map((t) => `${t.t}/${t.pos}`)
    .join(' ');

describe('tagger', () => {
  it('tags a sentence the same after the tagger has read a new word form whole', () => {
    const sentence = "Officials doubted Mr. Brannigan's plan, the clerk said.";
    const fresh = tagged(sentence);
    assert.match(fresh, /Brannigan\/PROPN 's\/PART/);
    // at the end of a sentence the possessive is read as one new form, which the tagger would then reuse
    assert.match(tagged("The ledger was Brannigan's."), /Brannigan's\/PROPN/);
    assert.strictEqual(tagged(sentence), fresh);
  });

  it('keeps offsets into the prose it was given', () => {
    const prose = 'Intro. The mayor said the bridge would reopen.';
    const toks = tagSpan(prose, 7, prose.length);
    assert.deepStrictEqual(
      toks.slice(0, 3).map((t) => prose.slice(t.start, t.end)),
      ['The', 'mayor', 'said'],
    );
  });
});
