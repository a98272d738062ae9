/**
 * The name index answers near-spelling look-ups from pairs of letters instead of scanning every name of the same
 * initial and length: its answers must be those of the plain scan over the same spellings, in the same order.
 */
import * as assert from 'assert';
import { NameIndex, preferredVariant, rivalSpelling, type NameUse } from '../../server/src/core/names';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 0x100000000;
  };
}

const STEMS = ['Halvorsen', 'Okonkwo', 'Zelensky', 'Brannigan', 'Castellanos', 'Mbeki', 'Quintero', 'Delores', 'Tomás'];
const LETTERS = 'aeiouyhklmnrst';

/** a stem with up to two letters changed, dropped or added */
function variant(r: () => number): string {
  let w = STEMS[Math.floor(r() * STEMS.length)];
  const edits = Math.floor(r() * 3);
  for (let k = 0; k < edits; k++) {
    const at = 1 + Math.floor(r() * (w.length - 1));
    const letter = LETTERS[Math.floor(r() * LETTERS.length)];
    const op = Math.floor(r() * 3);
    w =
      op === 0
        ? w.slice(0, at) + letter + w.slice(at + 1)
        : op === 1
          ? w.slice(0, at) + w.slice(at + 1)
          : w.slice(0, at) + letter + w.slice(at);
  }
  return w;
}

function use(r: () => number, spelling: string): NameUse {
  const files = new Set<string>();
  const n = 1 + Math.floor(r() * 3);
  for (let i = 0; i < n; i++) files.add(`d${Math.floor(r() * 6)}.md`);
  return { spelling, count: 1 + Math.floor(r() * 4), files, ...(r() < 0.15 ? { sources: new Set(['wire.md']) } : {}) };
}

describe('name index', () => {
  it('finds the same preferred and rival spellings as a scan of every name (300 random archives)', () => {
    const r = rng(5);
    for (let a = 0; a < 300; a++) {
      const index = new NameIndex();
      const added = new Map<string, NameUse>();
      for (let i = 0; i < 40; i++) {
        const w = variant(r);
        if (!added.has(w)) added.set(w, use(r, w));
      }
      // the index visits names length by length, in the order added, and breaks ties by the order added: both see
      // the names added length by length
      const plain = new Map([...added].sort(([a], [b]) => a.length - b.length));
      for (const [w, u] of plain) index.set(w, u);
      // names dropped from the archive leave both
      for (const w of [...plain.keys()]) {
        if (r() < 0.2) {
          index.delete(w);
          plain.delete(w);
        }
      }
      for (let q = 0; q < 20; q++) {
        const w = r() < 0.5 ? ([...plain.keys()][Math.floor(r() * plain.size)] ?? variant(r)) : variant(r);
        const given = r() < 0.3;
        const context = `archive ${a}, "${w}"${given ? ' as a given name' : ''}`;
        assert.strictEqual(preferredVariant(w, index, given), preferredVariant(w, plain, given), context);
        assert.strictEqual(rivalSpelling(w, index, given), rivalSpelling(w, plain, given), context);
      }
    }
  });

  it('finds a near spelling that shares only one piece of the word', () => {
    const index = new NameIndex();
    const wire: NameUse = { spelling: 'Castellanos', count: 5, files: new Set(['wire.md']) };
    index.set('Castellanos', wire);
    index.set('Cartwright', { spelling: 'Cartwright', count: 9, files: new Set(['b.md']) });
    assert.strictEqual(preferredVariant('Castelanos', index), wire);
  });
});
