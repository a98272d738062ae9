import * as assert from 'assert';
import { findCitations } from '../../server/src/core/citations';

function keys(t: string) {
  return findCitations(t, [{ start: 0, end: t.length }]).map((c) =>
    c.keys.map((k) => [k.key, t.slice(k.start, k.end), k.locator ?? null]),
  );
}

describe('citations', () => {
  it('reads Pandoc citation groups and locators', () => {
    assert.deepStrictEqual(keys('As shown [@a; @b] and [@c, p. 31] and [see @d, pp. 14–15].'), [
      [
        ['a', 'a', null],
        ['b', 'b', null],
      ],
      [['c', 'c', 'p. 31']],
      [['d', 'd', 'pp. 14–15']],
    ]);
  });
  it('reads in-text keys but not e-mail addresses', () => {
    assert.deepStrictEqual(keys('@smith2020 says so; write to desk@example.org.'), [
      [['smith2020', 'smith2020', null]],
    ]);
  });
});
