/**
 * The table-driven check of reported speech shared by the shape suites: each draft must give exactly these attributed
 * claims, in order, with these speakers, cues and reported words (content); kind defaults to indirect.
 */
import * as assert from 'assert';
import { analyzeText } from '../../server/src/core/analyze';
import type { Claim } from '../../server/src/core/types';

export interface Reported {
  text: string;
  /** every attributed claim the draft must give, in order */
  claims: { speaker: string; cue: string; content: string; kind?: Claim['kind'] }[];
}

/** the claims of a text that have a speaker */
export function attributed(text: string): Claim[] {
  return analyzeText(text).claims.filter((c) => c.speaker);
}

/** one `it` per shape, asserting its attributed claims deep-equal the listed ones */
export function itGivesClaims(shapes: readonly Reported[]): void {
  for (const s of shapes) {
    it(s.text, () => {
      const got = attributed(s.text).map((c) => ({
        speaker: c.speaker!.text,
        cue: c.cue,
        content: s.text.slice(c.content.start, c.content.end),
        kind: c.kind,
      }));
      const want = s.claims.map((c) => ({ kind: 'indirect' as Claim['kind'], ...c }));
      assert.deepStrictEqual(got, want);
    });
  }
}
