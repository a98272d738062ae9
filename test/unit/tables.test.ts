import * as assert from 'assert';
import { analyzeText } from '../../server/src/core/analyze';
import { PassageIndex } from '../../server/src/core/passages';
import { checkWithSources } from '../../server/src/core/check';
import { readSourceFile } from '../../server/src/sources/readers';

const REPORT = [
  '# County Jail Inspection',
  '',
  '## Findings',
  '',
  'The facility was out of compliance with two standards:',
  '| Standard | Requirement | Finding |',
  '|---|---|---|',
  '| Staffing | At least 1 officer per 48 inmates | Night shift ratio 1:64 on March 2 |',
  '| Population | Not to exceed rated capacity of 350 | Population 412 on March 3 |',
  '| Records \\| logs | Checks logged as made | Logs match video |',
  '',
  'The county must submit a plan within 30 days.',
].join('\n');

function index() {
  const ix = new PassageIndex();
  const doc = readSourceFile('inspection.md', REPORT)!;
  ix.addSource('file:///s/inspection.md', 'inspection.md', doc.text, doc.passages, doc.meta);
  const release = [
    '# Harbor ferry schedule',
    '',
    'The ferry operator said Monday it will cut 12 weekday sailings on the island route from March 1, citing a shortage of deckhands.',
  ].join('\n');
  const rel = readSourceFile('release.md', release)!;
  ix.addSource('file:///s/release.md', 'release.md', rel.text, rel.passages, rel.meta);
  return ix;
}
function check(draft: string) {
  const a = analyzeText(draft);
  return checkWithSources(draft, a, { index: index(), bibliography: new Map() }).map((f) => ({
    code: f.code,
    text: draft.slice(f.start, f.end),
  }));
}

describe('tables', () => {
  it("reads a source table's body rows as passages, at their offsets, under the heading and lead-in above it", () => {
    const doc = readSourceFile('inspection.md', REPORT)!;
    const rows = doc.passages.filter((p) => p.table);
    assert.deepStrictEqual(
      rows.map((p) => REPORT.slice(p.start, p.end)),
      REPORT.split('\n').slice(7, 10),
    );
    const [staffing, , records] = rows.map((p) => p.table!);
    assert.strictEqual(REPORT.slice(staffing.label.start, staffing.label.end), 'Staffing');
    assert.deepStrictEqual(
      staffing.cells.map((c) => [REPORT.slice(c.start, c.end), c.header]),
      [
        ['At least 1 officer per 48 inmates', 'Requirement'],
        ['Night shift ratio 1:64 on March 2', 'Finding'],
      ],
    );
    // an escaped pipe is a character of its cell, not a cell boundary
    assert.strictEqual(REPORT.slice(records.label.start, records.label.end), 'Records \\| logs');
    assert.ok(staffing.caption.includes('Findings'));
    assert.ok(staffing.caption.includes('out of compliance with two standards'));
    // the lead-in and the paragraph after the table stay passages of their own
    const plain = doc.passages.filter((p) => !p.table).map((p) => REPORT.slice(p.start, p.end));
    assert.deepStrictEqual(plain, [
      'The facility was out of compliance with two standards:',
      'The county must submit a plan within 30 days.',
    ]);
  });

  it("sets a draft table's cell against the source row it restates, by the date after it", () => {
    const draft = (held: string) =>
      [
        'State inspectors found the county jail out of compliance with two standards.',
        '',
        '## What inspectors found',
        '',
        '| Standard | What the state requires | What inspectors found |',
        '|---|---|---|',
        '| Crowding | No more than 350 inmates | ' + held + ' held on March 3 |',
      ].join('\n');
    assert.deepStrictEqual(check(draft('442')), [{ code: 'figure-mismatch', text: '442' }]);
    assert.deepStrictEqual(check(draft('412')), []);
  });

  it('sets a bare number in a draft table against the same row and column of a wider source table', () => {
    const ix = new PassageIndex();
    const review = [
      '## Table 2. Use and cost by location, fiscal year ending June 30',
      '',
      '| Location | Visits | Items checked out | Operating cost |',
      '|---|---|---|---|',
      '| Central Library | 612,400 | 958,300 | $7,420,000 |',
      '| Eastgate | 61,700 | 48,200 | $590,000 |',
      '| Millbrook | 43,800 | 70,500 | $520,000 |',
    ].join('\n');
    const doc = readSourceFile('review.md', review)!;
    ix.addSource('file:///s/review.md', 'review.md', doc.text, doc.passages, doc.meta);
    const draft = (eastgate: string) =>
      [
        // no lead-in: the cell is a sentence of its own, of one word
        'The board voted 5-2 to close two branches in March.',
        '',
        '| Branch | Visits | Items checked out |',
        '|---|---|---|',
        `| Eastgate | ${eastgate} | 48,200 |`,
        '| Millbrook | 43,800 | 70,500 |',
      ].join('\n');
    const found = (t: string) =>
      checkWithSources(t, analyzeText(t), { index: ix, bibliography: new Map() }).map((f) => [
        f.code,
        t.slice(f.start, f.end),
      ]);
    assert.deepStrictEqual(found(draft('67,100')), [['figure-mismatch', '67,100']]);
    assert.deepStrictEqual(found(draft('61,700')), []);
  });

  it("checks a headline's figure against the sources, and never calls it unattributed", () => {
    // the lede repeats the headline's figure, as a story's top does
    const draft = (n: string) =>
      [
        `# Ferry operator to cut ${n} sailings on island route`,
        '',
        `The harbor ferry operator will cut ${n} weekday sailings on the island route from March 1, the company said Monday.`,
      ].join('\n');
    assert.deepStrictEqual(check(draft('14')), [
      { code: 'figure-mismatch', text: '14' },
      { code: 'figure-mismatch', text: '14' },
    ]);
    assert.deepStrictEqual(check(draft('12')), []);
    // a headline figure no source states: the body's attribution sources it, and no rule asks the headline for one
    const unsourced = [
      '# Ferry operator hires 30 deckhands for the summer',
      '',
      'The harbor ferry operator has hired 30 deckhands for the summer season, a company spokeswoman said Monday.',
    ].join('\n');
    assert.deepStrictEqual(check(unsourced), []);
  });

  it("leaves a headline's age and bare numbers alone", () => {
    const draft = [
      '# Deckhand, 41, hurt as ferry cuts 12 sailings',
      '',
      'The ferry operator said it will cut 12 weekday sailings on the island route from March 1.',
    ].join('\n');
    const a = analyzeText(draft);
    assert.deepStrictEqual(
      a.figures.filter((f) => f.start < draft.indexOf('\n')).map((f) => f.text),
      ['12'],
    );
    assert.deepStrictEqual(check(draft), []);
  });
});
