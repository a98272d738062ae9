/** figure-mismatch compares a draft figure only with the source figure that counts the same thing (issue 16's cases). */
import * as assert from 'assert';
import { analyzeText } from '../../server/src/core/analyze';
import { PassageIndex } from '../../server/src/core/passages';
import { verifyDocument } from '../../server/src/core/check';

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
  ];
  for (const [name, draft, source, flagged] of fires)
    it(`fires: ${name}`, () => assert.deepStrictEqual(mismatches(draft, source), [flagged]));
});
