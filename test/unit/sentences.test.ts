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
  it('keeps a name whose initials or title carry a period: "Rep. G.K. Butterfield", "said Del. Stacey Plaskett"', () => {
    assert.deepStrictEqual(
      split(
        '"This is a disgusting day," said Rep. G.K. Butterfield, head of the caucus. "It is a waste of time," said Del. Stacey Plaskett.',
      ),
      [
        '"This is a disgusting day," said Rep. G.K. Butterfield, head of the caucus.',
        '"It is a waste of time," said Del. Stacey Plaskett.',
      ],
    );
  });
  it('still ends a sentence after a state or initials that close it: "Charlotte, N.C. The", "Dover, Del. Police"', () => {
    assert.deepStrictEqual(
      split('The storm hit Charlotte, N.C. Crews worked all night. He lives in Dover, Del. Police said he was safe.'),
      [
        'The storm hit Charlotte, N.C.',
        'Crews worked all night.',
        'He lives in Dover, Del.',
        'Police said he was safe.',
      ],
    );
  });
  it('ends a sentence after "D.C." when the next word opens one', () => {
    assert.deepStrictEqual(split('She moved to Washington D.C. The job paid well.'), [
      'She moved to Washington D.C.',
      'The job paid well.',
    ]);
  });
});
