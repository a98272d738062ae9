/** figure-mismatch compares a draft figure only with the source figure that counts the same thing (issue 16's cases). */
import * as assert from 'assert';
import { analyzeText } from '../../server/src/core/analyze';
import { PassageIndex } from '../../server/src/core/passages';
import { verifyDocument } from '../../server/src/core/check';
import type { BibEntry } from '../../server/src/core/verify';

/** one source file whose paragraphs are passages */
function mismatches(draft: string, source: string) {
  const ix = new PassageIndex();
  const passages: { start: number; end: number; speaker: null }[] = [];
  for (const m of source.matchAll(/[^\n]+/g))
    passages.push({ start: m.index, end: m.index + m[0].length, speaker: null });
  ix.addSource('file:///s/source.md', 'source.md', source, passages, { title: 'The source' });
  const a = analyzeText(draft);
  return verifyDocument(draft, a, { index: ix, bibliography: new Map() })
    .filter((f) => f.code === 'figure-mismatch')
    .map((f) => draft.slice(f.start, f.end));
}

/** the messages of figure-mismatch, with the same source */
function mismatchMessages(draft: string, source: string) {
  const ix = new PassageIndex();
  ix.addSource('file:///s/source.md', 'source.md', source, [{ start: 0, end: source.length, speaker: null }], {
    title: 'The release',
  });
  return verifyDocument(draft, analyzeText(draft), { index: ix, bibliography: new Map() })
    .filter((f) => f.code === 'figure-mismatch')
    .map((f) => f.message);
}

describe('figure-mismatch: the message quotes the source sentence whole', () => {
  it('a decimal point or "Dr." in the source sentence does not cut it short', () => {
    const release =
      'Net income was $88.1 million, or $1.12 per diluted share, compared with $102.5 million, or $1.29 per share, in the prior-year quarter. Dr. Lindqvist called it a good quarter.';
    const [message] = mismatchMessages(
      'The company reported net income of $81.8 million, or $1.12 a share, down from $102.5 million a year earlier.',
      release,
    );
    assert.ok(message, 'no figure-mismatch');
    assert.ok(
      message.endsWith(
        '“Net income was $88.1 million, or $1.12 per diluted share, compared with $102.5 million, or $1.29 per share, in the prior-year quarter.”',
      ),
      message,
    );
  });
});

describe('figure-mismatch: figures bound to what they count', () => {
  const silent: [string, string, string][] = [
    [
      '12 weeks of pay against three weeks for each year of service',
      'The chief executive wrote that departing staff would receive 12 weeks of pay plus three weeks for every year of service.',
      'Everyone leaving will receive twelve weeks of pay, plus three additional weeks for each year of service.',
    ],
    [
      'a duration against a count',
      'The midfielder signed a deal worth £4 million over three years, the club said.',
      'Ferreira, 27, joined from Porto and has made 60 appearances for the club. The contract is worth £4 million over three years.',
    ],
    [
      'minutes against patients',
      'The trust says a new assessment area has cut the average ambulance wait by 10 minutes.',
      'In October, 71 patients waited in an ambulance outside the department for more than an hour, and the new assessment area cut the average wait.',
    ],
    [
      'years against a ratio',
      'The company has closed plants in each of the past four years, and its debt has risen.',
      'The company closed two plants in the year. Its net leverage ratio rose to 4.2 at year end as debt has risen.',
    ],
    [
      'a count of people against a deadline in days',
      'The order covers the 62 men and women held in the medical unit of the jail.',
      'The County shall, within ninety (90) days of this Order, submit a staffing plan for the medical unit of the jail.',
    ],
    [
      'two amounts in one source: each draft figure finds its own',
      'The company posted a restructuring charge of $8 million for the fourth quarter and expects total restructuring costs of about $31 million.',
      'The company recorded a restructuring charge of $8 million in the fourth quarter.\nIt expects total restructuring costs of about $31 million, most of them in the first half.',
    ],
    [
      'a figure too far from the only candidate to be a misreport of it',
      "The region's ambulance service answered 212,000 calls last year.",
      'Ambulance arrivals at the hospital rose in October compared with last year, to 3,480.',
    ],
    [
      'a plural possessive counts its own noun: "the two systems\' flagship hospitals" is no count of hospitals',
      'The deal would create a seven-hospital system serving most of the Toledo area.',
      "The two systems' flagship hospitals in the Toledo area are 3.2 miles apart.\nThe combined system will include seven hospitals.",
    ],
    [
      'a slide that labels its numbers: "enrollment 214" counts no positions, the total is the draft\'s',
      'The board voted to eliminate 87 positions and close Whitman Elementary School at the end of the school year.',
      '- Total positions eliminated: 87 full-time equivalents\n- Close Whitman Elementary School (enrollment 214; 52 percent of capacity) at end of school year',
    ],
    [
      "the next bullet of the list states the draft's value",
      'The plan eliminates 22 paraprofessional and aide positions across the district.',
      '- Classroom teaching positions eliminated across the district: 41\n- Paraprofessionals and aides: 22',
    ],
    [
      '"ones" counts whatever the sentence counts: the source states the value',
      'Judges completed 7,918 cases while 20,375 new ones were filed, the report said.',
      'The court had 41,862 pending cases, up from 29,405 a year earlier.\nThe court completed 7,918 cases, while 20,375 new cases were filed.',
    ],
    [
      'a number left vague: "thousands of families" against a table\'s 3,412',
      'Insurers dropped policies across the eastern ridge, leaving thousands of families to scramble for coverage.',
      'Policies not renewed in the eastern ridge zip codes, 2026: 3,412 families',
    ],
    [
      'an hourly wage given as a plain amount: "the $5.80 training wage" against "$5.80 per hour"',
      'The bill also ends the $5.80 training wage for workers under 20.',
      "The bill also ends the training wage of $5.80 per hour for employees under 20 during their first 60 days of employment.\nUsing the Independent Fiscal Office's wage model, an estimated 1.1 million workers, about 19 percent of the state's hourly and salaried workforce, would receive a raise by the time the $15.00 rate takes effect.",
    ],
    [
      'a bound rounded outward: "more than 60 percent" for "more than 62 percent"',
      'More than 60 percent of the bridges were built before 1970, the report found.',
      'More than 62 percent of county bridges were built before 1970.',
    ],
  ];
  for (const [name, draft, source] of silent)
    it(`stays silent: ${name}`, () => assert.deepStrictEqual(mismatches(draft, source), []));

  const fires: [string, string, string, string][] = [
    [
      'transposed digits',
      'Calloway Foods will close its Brookfield bakery in June and cut 450 jobs across the company.',
      'We will close our Brookfield bakery at the end of June, and we will reduce our workforce by 540 jobs across the company.',
      '450 jobs',
    ],
    [
      'a stale figure with the same words around it',
      "At Northgate, the average handover took 41 minutes last month, the trust's board papers show.",
      'The average time to hand a patient over from an ambulance crew to emergency department staff was 38 minutes, against the national standard of 15 minutes. In October, 71 patients waited in an ambulance outside the department for more than an hour.',
      '41 minutes',
    ],
    [
      'a death toll that a hedge does not cover',
      'A missile strike on the port overnight killed at least 14 people and wounded 34, officials said.',
      'A missile strike on the port overnight killed at least 11 people and wounded 34, officials said on Thursday.',
      'at least 14 people',
    ],
    [
      'a hedge on a share is read in points: nearly 66 percent is not 61 percent',
      'Nearly 66 percent of respondents with pending cases had no attorney of record, the institute found.',
      'Sixty-one percent of respondents with pending cases had no attorney of record as of Sept. 30.',
      'Nearly 66 percent',
    ],
    [
      "a count of another order of magnitude in the passage does not make the draft's figure ambiguous",
      'The new system would have about 16,400 employees and 1,940 licensed beds, the systems said.',
      'The combined system will include 1,940 licensed beds, more than 60 outpatient and urgent care sites, about 14,600 employees and 2,100 affiliated physicians.',
      'about 16,400 employees',
    ],
    [
      "a transposed share, though another passage happens to state the draft's value",
      'Overtime spending rose 83% between 2022 and 2025, driven by a shortage of bus operators, the audit found.',
      'Overtime spending rose 38 percent between 2022 and 2025, driven by a shortage of about 60 bus operators.\nRidership reached 11.2 million trips in fiscal 2026, 83 percent of its 2019 level.',
      '83%',
    ],
    [
      'a changed digit keeps the scale: the "$15.00 rate" of another paragraph is no slip of "$18,000"',
      'At $15 an hour, that worker would earn $31,200, a raise of more than $18,000.',
      'Using the wage model, an estimated 1.1 million workers would receive a raise by the time the $15.00 rate takes effect.\nA full-time worker at the current minimum earns $15,080 a year. At $15.00 an hour the same worker would earn $31,200, an increase of $16,120.',
      'more than $18,000',
    ],
    [
      'a ceiling against the source\'s ceiling: "as much as 45 percent" says the loss reached 45, "up to 35" denies it',
      'Two steel girders have lost as much as 45 percent of their steel to corrosion, the inspection report found.',
      'Corrosion section loss of up to 35 percent in the bottom flanges of girders G2 and G3.',
      'as much as 45 percent',
    ],
  ];
  for (const [name, draft, source, flagged] of fires)
    it(`fires: ${name}`, () => assert.deepStrictEqual(mismatches(draft, source), [flagged]));

  it("a figure cited to a work whose title states it is that work's, not one to set against this release", () => {
    const release =
      'The Board of Trustees on Wednesday approved a budget that raises in-state undergraduate tuition by 5.5 percent.';
    const draft = 'Two years ago the board raised tuition 4.5 percent, also citing flat state funding [@ledger2024].';
    const cite = (bib: Map<string, BibEntry>) => {
      const ix = new PassageIndex();
      ix.addSource(
        'file:///s/release.md',
        'release.md',
        release,
        [{ start: 0, end: release.length, speaker: null }],
        {},
      );
      return verifyDocument(draft, analyzeText(draft), { index: ix, bibliography: bib })
        .filter((f) => f.code === 'figure-mismatch')
        .map((f) => draft.slice(f.start, f.end));
    };
    const ledger = {
      key: 'ledger2024',
      title: 'Lakeshore State raises tuition 4.5 percent',
      uri: 'file:///s/refs.bib',
    };
    assert.deepStrictEqual(cite(new Map([['ledger2024', ledger]])), []);
    // a key the bibliography lacks names no work, and a title without the figure says nothing of it: the release is
    // still the figure's likeliest source
    assert.deepStrictEqual(cite(new Map()), ['4.5 percent']);
    assert.deepStrictEqual(cite(new Map([['ledger2024', { ...ledger, title: 'Lakeshore State raises tuition' }]])), [
      '4.5 percent',
    ]);
    // the cited work is the release itself when the file is named after its key: there it differs
    assert.deepStrictEqual(cite(new Map([['ledger2024', { ...ledger, key: 'release' }]])), ['4.5 percent']);
  });
});

describe('figure-mismatch: a court story rounds and copies the transcript', () => {
  const transcript = [
    'MS. DELACROIX: Over six years Mr. Okafor took $421,380 from the Briar Creek Youth Soccer Association.',
    'THE COURT: The defendant is sentenced to 30 months in prison, followed by three years of post-prison supervision. Restitution is ordered in the amount of $361,380.',
  ].join('\n');
  it('"$421,000" for $421,380 keeps three digits: a rounding, as headlines write it', () => {
    assert.deepStrictEqual(mismatches('# Former treasurer gets 30 months for taking $421,000', transcript), []);
  });
  it('"over six years", in the transcript\'s own words, is not set against the sentence\'s "three years"', () => {
    assert.deepStrictEqual(
      mismatches(
        'A former treasurer was sentenced Monday to 30 months in prison for embezzling more than $421,000 from the league over six years.',
        transcript,
      ),
      [],
    );
  });
  it('a changed figure still fires ("$316,380" for $361,380), and a rounding to two digits needs a hedge', () => {
    assert.deepStrictEqual(mismatches('The judge ordered him to pay $316,380 in restitution.', transcript), [
      '$316,380',
    ]);
    assert.deepStrictEqual(mismatches('The judge ordered him to pay $360,000 in restitution.', transcript), [
      '$360,000',
    ]);
  });
});

describe('figure-mismatch: a plain figure rounded from the source', () => {
  const budget =
    'Ms. Li presented the proposed 2027 operating budget of $611.8 million. Applicants have waited an average of 7.4 months for a decision.';
  it('rounding to the draft’s last digit is not a mismatch ("$612 million" for $611.8 million, "7 months" for 7.4)', () => {
    assert.deepStrictEqual(
      mismatches(
        'The council adopted a $612 million operating budget for 2027. Residents have waited an average of 7 months for a decision, the report found.',
        budget,
      ),
      [],
    );
  });
  it('a figure the source does not round to still is ("$621 million", "8 months", "$611.2 million")', () => {
    assert.deepStrictEqual(
      mismatches(
        'The council adopted a $621 million operating budget for 2027. Residents have waited an average of 8 months for a decision, the report found.',
        budget,
      ),
      ['$621 million', '8 months'],
    );
    assert.deepStrictEqual(mismatches('The council adopted a $611.2 million operating budget for 2027.', budget), [
      '$611.2 million',
    ]);
    // half up: 5.5 percent is "6 percent", not "5 percent"
    assert.deepStrictEqual(
      mismatches(
        '- Out-of-state tuition: up 5 percent, to $33,197.',
        '| Undergraduate tuition, out-of-state | $31,920 | $33,197 | 5.5 percent |',
      ),
      ['5 percent'],
    );
  });
});
