import * as assert from 'assert';
import { extractFigures, isCheckable } from '../../server/src/core/figures';

function figs(t: string) { return extractFigures(t, [{ start: 0, end: t.length }]); }

describe('figures', () => {
  it('finds counts with hedges', () => {
    const f = figs('Nearly 3,000 residents left; at least 10,000 homes and over 300 people.');
    assert.deepStrictEqual(f.map((x) => [x.text, x.value, x.hedge]), [['Nearly 3,000 residents', 3000, 'nearly'], ['at least 10,000 homes', 10000, 'at least'], ['over 300 people', 300, 'more than']]);
  });
  it('finds amounts, percentages and scales', () => {
    const f = figs('It cost $12 million, or 40 percent of the budget, up 5.5% from €3bn.');
    assert.deepStrictEqual(f.map((x) => [x.kind, x.value, x.unit]), [['amount', 12e6, 'USD'], ['percent', 40, '%'], ['percent', 5.5, '%'], ['amount', 3e9, 'EUR']]);
  });
  it('finds dates, years and ranges', () => {
    const f = figs('On March 3, 2024, between 10 and 20 trucks came; in 2019 it was 5-7 days.');
    assert.deepStrictEqual(f.map((x) => x.kind), ['date', 'range', 'year', 'range']);
    assert.strictEqual(f[1].valueTo, 20);
  });
  it('does not check dates, years, ordinals or small counts', () => {
    const f = figs('The 3rd meeting in 2020 had 4 people and 120 visitors.');
    assert.deepStrictEqual(f.filter(isCheckable).map((x) => x.text), ['120']);
  });
  it('ignores codes and times', () => {
    assert.deepStrictEqual(figs('Route A1 and COVID19 at 10:30 and 9 a.m.').map((x) => x.text), []);
  });
});
