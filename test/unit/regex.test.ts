import * as assert from 'assert';
import { analyzeText } from '../../server/src/core/analyze';

// Pathological inputs must not make the analysis blow up (linear-time patterns). The check is on
// completion and on behaviour, not on time: a catastrophic pattern would hang the suite.
describe('pathological input', () => {
  const cases: [string, string][] = [
    ['long digit run', '1,'.repeat(20000) + 'x'],
    ['quote marks', '"'.repeat(20000)],
    ['capitalised words', 'Aa '.repeat(20000)],
    ['brackets and at-signs', '[@'.repeat(20000)],
    ['nested emphasis', '*_'.repeat(20000)],
    ['a very long word', 'a'.repeat(100000) + '.'],
    ['NUL and control characters', '\u0000\u0001"Hi," \u0000 he said.\uFFFD'],
  ];
  for (const [name, text] of cases) {
    it(`survives ${name}`, () => {
      const a = analyzeText(text);
      assert.ok(Array.isArray(a.claims));
    });
  }
});
