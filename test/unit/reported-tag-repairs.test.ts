/**
 * Cue verbs the tagger misreads: "alleged" read as an adjective between its subject and "that" ("Mr. Ortiz alleged
 * that …") is the clause's verb; after a determiner it stays a modifier ("the alleged bribery charges that …").
 */
import * as assert from 'assert';
import { attributed, itGivesClaims, type Reported } from './reported-harness';

const SHAPES: Reported[] = [
  {
    text: 'Mr. Ortiz alleged that the council had hidden the audit from voters.',
    claims: [{ speaker: 'Mr. Ortiz', cue: 'alleged', content: 'that the council had hidden the audit from voters' }],
  },
  {
    text: 'The union alleged that Mr. Ortiz had hidden the audit.',
    claims: [{ speaker: 'The union', cue: 'alleged', content: 'that Mr. Ortiz had hidden the audit' }],
  },
  // "fall" after a plural subject, then "mostly on": the verb of the clause a trailing attribution closes
  {
    text: "The cuts fall mostly on the company's research staff in Cambridge, Harlan said in a filing.",
    claims: [
      { speaker: 'Harlan', cue: 'said', content: "The cuts fall mostly on the company's research staff in Cambridge" },
    ],
  },
];

describe('reported speech: cue verbs the tagger misreads', () => {
  itGivesClaims(SHAPES);
  it('keeps "union" the noun in "The workers union strongly opposed the plan": the verb comes after the adverb', () => {
    const text = 'The workers union strongly opposed the plan in March.';
    assert.deepStrictEqual(
      attributed(text).map((c) => text.slice(c.speaker!.start, c.speaker!.end)),
      ['The workers union'],
    );
  });
  it('no speaker in a passive: "…, whose entire playing budget is reported to be …"', () => {
    const text =
      'The win is worth £18,000 to Ashford, whose entire playing budget is reported to be less than £400,000.';
    assert.deepStrictEqual(attributed(text), []);
  });
  it('no claim: "the alleged bribery charges that …" is a modifier', () => {
    const text = 'Prosecutors dropped the alleged bribery charges that the mayor had fought for two years.';
    assert.deepStrictEqual(attributed(text), []);
  });
});
