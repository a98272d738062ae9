import * as assert from 'assert';
import { LineIndex, hashString } from '../../server/src/core/text';

describe('LineIndex (UTF-16 offsets ↔ positions)', () => {
  it('maps offsets on LF, CRLF and lone CR line ends', () => {
    for (const nl of ['\n', '\r\n', '\r']) {
      const t = `ab${nl}cd${nl}ef`;
      const ix = new LineIndex(t);
      const off = t.indexOf('d');
      assert.deepStrictEqual(ix.positionAt(off), { line: 1, character: 1 });
      assert.strictEqual(ix.offsetAt({ line: 1, character: 1 }), off);
      assert.strictEqual(ix.offsetAt({ line: 2, character: 0 }), t.indexOf('e'));
    }
  });
  it('counts emoji and combining marks in UTF-16 code units', () => {
    const t = 'a😀b e\u0301x';
    const ix = new LineIndex(t);
    assert.deepStrictEqual(ix.positionAt(t.indexOf('b')), { line: 0, character: 3 });
    assert.deepStrictEqual(ix.positionAt(t.indexOf('x')), { line: 0, character: 7 });
  });
  it('clamps out-of-range positions', () => {
    const ix = new LineIndex('abc\ndef');
    assert.strictEqual(ix.offsetAt({ line: 0, character: 99 }), 3);
    assert.strictEqual(ix.offsetAt({ line: 9, character: 0 }), 7);
    assert.deepStrictEqual(ix.positionAt(999), { line: 1, character: 3 });
  });
  it('hashes content', () => {
    assert.notStrictEqual(hashString('a'), hashString('b'));
    assert.strictEqual(hashString('abc'), hashString('abc'));
  });
});
