import * as assert from 'assert';
import { splitSentences } from '../../server/src/core/sentences';

function split(t: string) {
  return splitSentences(t, 0, t.length).map((s) => t.slice(s.start, s.end));
}

describe('sentences', () => {
  it('keeps abbreviations, initials and decimals inside sentences', () => {
    assert.deepStrictEqual(
      split('Mr. Smith met Dr. Jones at 3 p.m. on Jan. 5. The U.S. Navy spent 4.5 million. J. R. Smith agreed.'),
      ['Mr. Smith met Dr. Jones at 3 p.m. on Jan. 5.', 'The U.S. Navy spent 4.5 million.', 'J. R. Smith agreed.'],
    );
  });
  it('splits after closing quotes', () => {
    assert.deepStrictEqual(split('"We are done." She left. Gov. Ortiz and Sen. Lee spoke.'), [
      '"We are done."',
      'She left.',
      'Gov. Ortiz and Sen. Lee spoke.',
    ]);
  });
  it("ends a sentence inside Markdown emphasis, as in an explainer's bold questions", () => {
    assert.deepStrictEqual(
      split('**Is my water safe?** The district says it is. _Why now?_ The state tested in July.'),
      ['**Is my water safe?**', 'The district says it is.', '_Why now?_', 'The state tested in July.'],
    );
  });
  it('handles No., St. and Gen.', () => {
    assert.deepStrictEqual(split('It was No. 5 on St. Mark Street. Gen. Park agreed.'), [
      'It was No. 5 on St. Mark Street.',
      'Gen. Park agreed.',
    ]);
  });
});
