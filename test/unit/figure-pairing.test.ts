/**
 * A figure is set against a source figure only when both are about the same thing: a change is not a level, a share
 * of one thing is not a share of another, and a digit slip keeps the scale. A figure worked out from sourced figures
 * (their sum, or a share of two counts in its sentence) is not unsourced.
 */
import * as assert from 'assert';
import { analyzeText } from '../../server/src/core/analyze';
import { PassageIndex } from '../../server/src/core/passages';
import { checkWithSources } from '../../server/src/core/check';

/** the findings of one code on a draft, with one source whose lines are passages, as the draft's words they cover */
function findings(code: string, draft: string, source: string): string[] {
  const ix = new PassageIndex();
  const passages: { start: number; end: number; speaker: null }[] = [];
  for (const m of source.matchAll(/[^\n]+/g))
    passages.push({ start: m.index, end: m.index + m[0].length, speaker: null });
  ix.addSource('file:///s/source.md', 'source.md', source, passages, { title: 'The source' });
  return checkWithSources(draft, analyzeText(draft), { index: ix, bibliography: new Map() })
    .filter((f) => f.code === code)
    .map((f) => draft.slice(f.start, f.end));
}
const mismatches = (draft: string, source: string) => findings('figure-mismatch', draft, source);

describe('figure-mismatch: a draft figure is set only against a source figure about the same thing', () => {
  const contract =
    "Teachers' share of health insurance premiums held at 12 percent for the life of the contract, the union said.";
  it('a raise is not a premium share', () => {
    assert.deepStrictEqual(
      mismatches('The teachers contract raises pay by 11 percent over three years, the union said.', contract),
      [],
    );
  });
  it('a share that differs is still caught', () => {
    assert.deepStrictEqual(
      mismatches(
        "The contract holds teachers' share of health insurance premiums at 14 percent, the union said.",
        contract,
      ),
      ['14 percent'],
    );
  });

  const study =
    'Nighttime operations averaged 57 per night in the 12 months ending June 2026, up 39 percent from 41 per night in 2019, driven mainly by overnight cargo flights.';
  it('a share of flights is not the growth in night flights', () => {
    assert.deepStrictEqual(
      mismatches('Cargo carriers now account for 62 percent of night flights, the study found.', study),
      [],
    );
  });
  it('a growth that differs is still caught', () => {
    assert.deepStrictEqual(
      mismatches(
        'Nighttime flights averaged 57 a night in the year ending in June, up 49 percent from 2019, the study found.',
        study,
      ),
      ['49 percent'],
    );
  });

  const report = 'Forty-seven percent of renter households in the county are cost-burdened, the housing report found.';
  it('a share of the poverty line is not a share of renter households', () => {
    assert.deepStrictEqual(
      mismatches(
        'Renter households earning less than 200 percent of the federal poverty line would qualify, the housing report found.',
        report,
      ),
      [],
    );
  });

  const minutes =
    'County Attorney Pratt said the current medical contract is $4.8 million a year and runs through June 30.';
  it('$38 million is no slip of $4.8 million: a changed digit keeps the scale', () => {
    assert.deepStrictEqual(
      mismatches('The county spends about $38 million a year to run the jail, County Attorney Pratt said.', minutes),
      [],
    );
  });
  it('a changed digit at the same scale is still caught', () => {
    assert.deepStrictEqual(
      mismatches('The medical contract costs the county $5.8 million a year, County Attorney Pratt said.', minutes),
      ['$5.8 million a year'],
    );
  });
});

describe('unattributed-figure: a figure worked out from others', () => {
  const statement =
    'The agreement provides across-the-board raises of 4.5 percent in 2026-27, 3.5 percent in 2027-28 and 3.0 percent in 2028-29.';
  it('the sum of raises a source states is not unsourced', () => {
    const draft =
      'The board approved a contract that raises teacher pay by 11 percent over three years.\n\nThe agreement gives across-the-board raises of 4.5 percent in 2026-27, 3.5 percent in 2027-28 and 3.0 percent in 2028-29.\n';
    assert.deepStrictEqual(findings('unattributed-figure', draft, statement), []);
  });
  it('a total the parts do not add up to is still unsourced', () => {
    const draft =
      'The board approved a contract that raises teacher pay by 13 percent over three years.\n\nThe agreement gives across-the-board raises of 4.5 percent in 2026-27, 3.5 percent in 2027-28 and 3.0 percent in 2028-29.\n';
    assert.deepStrictEqual(findings('unattributed-figure', draft, statement), ['13 percent']);
  });
  it('a turnout worked out from the counts of its sentence is not flagged on its own', () => {
    const draft = 'Union officials said 700 of the 741 members cast ballots, a turnout of about 94 percent.\n';
    assert.deepStrictEqual(findings('unattributed-figure', draft, 'The union ratified the contract on Monday.'), []);
  });
  it('a turnout the counts do not give is', () => {
    const draft =
      'Of the 741 members, 700 cast ballots, union officials said. Turnout was the highest in a decade, about 81 percent.\n';
    assert.deepStrictEqual(findings('unattributed-figure', draft, 'The union ratified the contract on Monday.'), [
      'about 81 percent',
    ]);
  });
});
