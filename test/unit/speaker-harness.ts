/**
 * The table-driven check of speaker names shared by the speaker suites: each draft's claim holding `at` (default: the
 * last attributed claim) must have this speaker span, this resolved name and, when given, this source type.
 */
import * as assert from 'assert';
import { analyzeText } from '../../server/src/core/analyze';
import type { Claim } from '../../server/src/core/types';

export interface Named {
  why: string;
  text: string;
  /** the claim to check: the one whose text contains this (default: the last attributed claim) */
  at?: string;
  speaker: string;
  name: string;
  sourceType?: Claim['sourceType'];
}

/** the claims of a text that are attributed (direct, indirect or mixed) */
export function attributedClaims(text: string): Claim[] {
  return analyzeText(text).claims.filter((c) => c.kind !== 'unattributed');
}

/** one `it` per case, asserting the chosen claim's speaker text, name and source type */
export function itNamesSpeakers(cases: readonly Named[]): void {
  for (const n of cases) {
    it(n.why, () => {
      const found = attributedClaims(n.text);
      const c = n.at ? found.find((x) => x.text.includes(n.at!)) : found[found.length - 1];
      assert.ok(c, `no claim: ${JSON.stringify(found.map((x) => x.text))}`);
      assert.strictEqual(c.speaker?.text, n.speaker);
      assert.strictEqual(c.speaker?.name, n.name);
      if (n.sourceType) assert.strictEqual(c.sourceType, n.sourceType);
    });
  }
}
