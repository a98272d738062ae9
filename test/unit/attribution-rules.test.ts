/** The rules that read attribution: vague-attribution, unattributed-quote, unattributed-figure, speaker-mismatch. */
import * as assert from 'assert';
import { analyzeText } from '../../server/src/core/analyze';
import { PassageIndex } from '../../server/src/core/passages';
import { verifyDocument } from '../../server/src/core/check';

/** the findings of one code, as the text they mark */
function marked(draft: string, code: string): string[] {
  return analyzeText(draft)
    .findings.filter((f) => f.code === code)
    .map((f) => draft.slice(f.start, f.end));
}

describe('vague-attribution', () => {
  const vague: [string, string][] = [
    [
      'Reports from last year suggested the company was exploring a sale of its frozen-foods division.',
      'Reports from last year',
    ],
    [
      'The hospital has cancelled operations on at least four days this month, according to reports.',
      'according to reports',
    ],
    ["Nigeria's national team coach was in the stands, local media said.", 'local media'],
    ['It is understood that the trust has asked neighbouring hospitals for help.', 'It is understood'],
    ['The company has reportedly hired advisers to find a buyer.', 'reportedly'],
    ['Several large downtown employers have reportedly told workers they may stay home this week.', 'reportedly'],
    ['The strike killed at least 14 people, Ukrainian officials said on Thursday.', 'Ukrainian officials'],
    [
      "People familiar with the county's budget said the plan could cost more.",
      "People familiar with the county's budget",
    ],
    ['Some parents worry the district will cut arts and music programs to pay for the raises.', 'Some parents'],
  ];
  // one finding, on the phrase or its head ("reports" in "according to reports")
  for (const [draft, phrase] of vague)
    it(`flags “${phrase}”`, () => {
      const found = marked(draft, 'vague-attribution');
      assert.strictEqual(found.length, 1, found.join(' | '));
      assert.ok(phrase.includes(found[0]) || found[0].includes(phrase), `${found[0]} for ${phrase}`);
    });

  const named = [
    'BBC News reported last month that two other hospitals had declared critical incidents.',
    'Officials at the Pine County Water Authority said the repair bill could reach $2 million.',
    'The report said the levee had been neglected for a decade.',
    '"Officials say nothing and it is understood by nobody," the mayor said.',
    'The mayor said the contractor had reportedly warned of weak spots.',
    'Rosalind Pike, an attorney for the family, said the report confirmed what his mother had feared for two months.',
  ];
  for (const draft of named)
    it(`leaves alone: ${draft}`, () => assert.deepStrictEqual(marked(draft, 'vague-attribution'), []));
});

describe('unattributed-quote: the attribution scope', () => {
  const attributed: [string, string][] = [
    [
      'a cue after a quote, with a long speaker',
      '"I thought we were brave," Harbour City manager Annika Brandt said.\n',
    ],
    [
      'a quote run in one paragraph',
      '"I thought we were brave," manager Annika Brandt said. "We went a goal down against a very good side."\n',
    ],
    [
      'a multi-paragraph quote after a lead-in with an appositive',
      'Their lawyer, Jo Park, said in a statement:\n\n“Today’s ruling tells every county in this state that care is not optional. Our clients asked for nothing more.\n\n“We will be watching closely to make sure the county meets every deadline.”\n',
    ],
    [
      'reported speech that runs into a partial quote',
      'The ministry, meanwhile, told a news agency that it had "confirmed that two crew members were rescued" from the water.\n',
    ],
    [
      'a paragraph under a heading that names its source',
      '## What the residents told the council\n\n"We have had brown water for three days and nobody has knocked on a single door."\n',
    ],
    [
      'a lead-in ending with a colon whose verb is no cue',
      'The chief took questions for an hour. On the unapproved shifts, he was blunt: "That is a paperwork failure and we own it."\n',
    ],
    [
      "a quote right after the speaker's own reported sentence",
      'Reginald Torres has driven a city bus for 17 years. He said the strike vote itself was easy. "The vote was not hard. The decision was hard."\n',
    ],
  ];
  for (const [name, draft] of attributed)
    it(`stays silent: ${name}`, () => assert.deepStrictEqual(marked(draft, 'unattributed-quote'), []));
  it("flags a quote after an unattributed sentence, or a paragraph after the speaker's", () => {
    assert.deepStrictEqual(
      marked('Riders waited for hours on Main Street. "Nobody told us anything."\n', 'unattributed-quote'),
      ['"Nobody told us anything."'],
    );
    assert.deepStrictEqual(
      marked('The driver said the vote was easy.\n\n"Nobody told us anything."\n', 'unattributed-quote'),
      ['"Nobody told us anything."'],
    );
  });
  it('still flags a quote with no speaker anywhere', () =>
    assert.deepStrictEqual(
      marked('The winter will be harder still.\n\n"It feels like a war zone some nights."\n', 'unattributed-quote'),
      ['"It feels like a war zone some nights."'],
    ));
});

describe('vague-attribution: a report whose issuer the sentence names', () => {
  const named = [
    'About half of the 4,200 homes remain unoccupied, according to a parish recovery report released last week.',
    'Marsh altered the figures, according to a summary of its report released by the university.',
    'Landlords filed 3,192 eviction cases last year, according to a city audit report.',
  ];
  for (const draft of named)
    it(`does not flag: ${draft.slice(0, 60)}…`, () => assert.deepStrictEqual(marked(draft, 'vague-attribution'), []));
  it('still flags an unnamed report or an unnamed aide', () => {
    assert.strictEqual(marked('The plant will close in March, according to a report.', 'vague-attribution').length, 1);
    assert.strictEqual(
      marked('The plant will close in March, according to an internal report.', 'vague-attribution').length,
      1,
    );
    assert.strictEqual(marked('One of his aides said the plant will close in March.', 'vague-attribution').length, 1);
  });
});

describe('vague-attribution: who is a source', () => {
  it('flags an unnamed group with a place after it ("Other contractors in the county say")', () =>
    assert.deepStrictEqual(
      marked(
        'Other contractors in the county say the case has made homeowners wary of anyone who knocks after a storm.\n',
        'vague-attribution',
      ),
      ['Other contractors in the county'],
    ));
  it('flags "is reported to be" like "reportedly"', () =>
    assert.deepStrictEqual(
      marked(
        'The win is worth £18,000 to Ashford, whose entire playing budget is reported to be less than £400,000 a season.\n',
        'vague-attribution',
      ),
      ['is reported to'],
    ));
  it('takes no source from people who were told something', () =>
    assert.deepStrictEqual(
      marked(
        'Residents within a mile of the warehouse were told to keep windows closed until Wednesday morning.\n',
        'vague-attribution',
      ),
      [],
    ));
  const lede =
    'CARROW, Ohio (AW) — A fire tore through a distribution warehouse on the edge of Carrow early Tuesday, injuring two workers and sending up a plume of black smoke, officials said.\n\n';
  const named =
    'About 140 workers were inside the building when a forklift battery caught fire just after 2 a.m., Carrow Fire Chief Daniel Okoro said at a news briefing.\n';
  it("lets a wire lede's officials stand when the next paragraph names them", () =>
    assert.deepStrictEqual(marked(lede + named, 'vague-attribution'), []));
  it('flags the officials when no paragraph after the lede names them', () =>
    assert.deepStrictEqual(
      marked(
        lede + 'About 140 workers were inside the building when a forklift battery caught fire.\n',
        'vague-attribution',
      ),
      ['officials'],
    ));
  it('flags unnamed officials after a source the story has already named', () =>
    assert.deepStrictEqual(
      marked(
        'The Marion County Health Department is urging anyone who ate at the Blue Heron Grill in Lakeside this month to get a hepatitis A vaccine after a cook tested positive for the virus.\n\nThe agency said Monday that the employee handled food while he could have been contagious. About 2,000 people are believed to have eaten at the restaurant in that time, health officials said.\n\n"The risk to any one diner is low," said Dr. Anita Rao, the county health officer.\n',
        'vague-attribution',
      ),
      ['health officials'],
    ));
});

describe('unattributed-figure: the attribution scope', () => {
  const attributed: [string, string][] = [
    [
      'a trailing attribution with a long organisation name',
      'About 14,000 households were still under a boil-water notice on Thursday night, the Pine County Water Authority said in its evening bulletin.\n',
    ],
    [
      'a lead-in paragraph',
      "The authority's morning update set out the scale of the damage:\n\nTwo mains broke on Wednesday evening, and 17 streets are closed to traffic in Eastvale and Millbrook.\n",
    ],
    [
      'a list lead-in',
      "The council's meeting also heard from residents of Eastvale:\n\n- 23 households said they had not received bottled water.\n- 14 shops had closed for the week.\n",
    ],
    [
      'a claim resting on unnamed sources (vague-attribution says so instead)',
      "People familiar with the county's budget said the new staffing plan could cost at least $3 million a year.\n",
    ],
    [
      "the paper's own count in a trailing appositive",
      'The six papers have been cited more than 1,400 times, a count the Courier compiled from a citation database.\n',
    ],
  ];
  for (const [name, draft] of attributed)
    it(`stays silent: ${name}`, () => assert.deepStrictEqual(marked(draft, 'unattributed-figure'), []));
  it('still flags a figure whose trailing appositive is no tally ("a figure that startled the board")', () =>
    assert.deepStrictEqual(
      marked(
        'The six papers have been cited more than 1,400 times, a figure that startled the board.\n',
        'unattributed-figure',
      ),
      ['more than 1,400 times'],
    ));
  it('takes an age for a description, not a figure to attribute', () =>
    assert.deepStrictEqual(
      marked(
        'June Halversen, 71, lost her barn. The 71-year-old lost the house and 40 acres of pasture.\n',
        'unattributed-figure',
      ),
      ['40 acres'],
    ));
  it('lets a sentence about a document sourced earlier in its paragraph rest on that source', () => {
    const poll =
      'A poll by the Front Range Polling Institute had Ruiz ahead 46 percent to 41 percent [@frpi2026]. The survey of 612 registered voters had a margin of error of 4 percentage points.\n';
    assert.deepStrictEqual(marked(poll, 'unattributed-figure'), []);
    // without the citation, the survey is nobody's: both sentences are flagged
    assert.deepStrictEqual(marked(poll.replace(' [@frpi2026]', ''), 'unattributed-figure'), [
      '46 percent to 41 percent',
      '612',
      '4 percentage points',
    ]);
  });
  it('flags a damage count in a follow-up story', () =>
    assert.deepStrictEqual(
      marked(
        'The break damaged 37 homes and flooded the basement of Millbrook Elementary School.\n',
        'unattributed-figure',
      ),
      ['37 homes'],
    ));
});

describe('unattributed-figure: figures of record need no source', () => {
  const record: [string, string][] = [
    ['a share price move', 'Shares of Harlan fell 38 percent to $7.12 in afternoon trading.\n'],
    ['an index move', 'The Dow Jones industrial average closed down 412 points, or 1.1 percent, on Friday.\n'],
    ['a move in a trading session', 'Harlan fell 38 percent in afternoon trading after the layoffs were announced.\n'],
    [
      "a jury's award",
      'After three days of deliberation, the jury awarded $14 million to the family of the 19-year-old.\n',
    ],
    [
      'a verdict reinstated',
      'A federal appeals court on Thursday reinstated a $14 million verdict against a Georgia trucking company.\n',
    ],
    ['a sentence served', 'The driver pleaded guilty to vehicular homicide and served 18 months in state prison.\n'],
    [
      'a sentence and a fine',
      'Judge Ellen Park sentenced Morrow to 12 years in prison and fined the company $250,000.\n',
    ],
    [
      "a player's goal tally",
      'The 24-year-old, who scored 19 goals in the Belgian league last season, signed a four-year contract.\n',
    ],
    [
      'what the council voted on',
      'The Millbrook City Council voted 5-2 late Tuesday to rezone 14 acres along Harbor Street for apartments.\n',
    ],
    [
      'a fall in market value',
      "The selloff wiped roughly $9 billion off the company's market value and dragged down other chip stocks.\n",
    ],
    ['a stock index', 'The Philadelphia Semiconductor Index fell 3.1 percent on Thursday.\n'],
    ["a player's appearances", 'Okafor has now scored 17 goals in 24 appearances this season.\n'],
    ["a manager's record", 'Dearden has won 58 of his 112 matches in charge.\n'],
    ['a match minute', "Kelbrook had led through Marcus Feeney's penalty after 34 minutes.\n"],
    [
      "a town's size and whereabouts",
      'It is the largest employer in Carrow, a town of about 11,000 people 40 miles north of Columbus.\n',
    ],
    [
      'people a reporter at the hearing counts',
      'More than 40 people signed up to speak at the state hearing at the county fairgrounds on Thursday.\n',
    ],
    ['a drive', 'The plant is a 30-minute drive from downtown Carrow.\n'],
    ["an election's result", 'Ruiz was first elected in 2018 with 62 percent of the vote.\n'],
    [
      'a correction notice',
      '_CORRECTION: An earlier version of this story misstated the number of workers inside the warehouse when the fire began. It was about 140, not 410._\n',
    ],
  ];
  for (const [name, draft] of record)
    it(`stays silent: ${name}`, () => assert.deepStrictEqual(marked(draft, 'unattributed-figure'), []));
  const claims: [string, string, string[]][] = [
    ['a crime trend', 'Crime rose 40 percent last year.\n', ['40 percent']],
    [
      "a company's own sales",
      'Sales fell 38 percent to $412 million in the quarter.\n',
      ['38 percent', '$412 million'],
    ],
    ['a housing stock (no market)', "The city's housing stock fell 3 percent over the decade.\n", ['3 percent']],
    [
      'a clinic serving patients (not time served)',
      'The clinic served 1,200 patients last year.\n',
      ['1,200 patients'],
    ],
    [
      'a figure after the vote, past a comma',
      'Workers voted overwhelmingly to authorize a strike, raising the prospect of the first walkout in more than 30 years.\n',
      ['more than 30 years'],
    ],
    ['a price index (no market)', 'The consumer price index rose 3.1 percent in October.\n', ['3.1 percent']],
    ["a march's size (an estimate)", 'Some 5,000 people marched downtown on Saturday.\n', ['Some 5,000 people']],
    ['people who died', 'More than 40 people died in the fire.\n', ['More than 40 people']],
    ['a wait out of play', 'The ambulance arrived after 34 minutes.\n', ['34 minutes']],
    ['miles of road', 'The county spent $40 million on 40 miles of new road.\n', ['$40 million', '40 miles']],
    [
      'a figure beside a share price',
      'The company, whose stock fell 10 percent last year, plans to cut 200 jobs.\n',
      ['200 jobs'],
    ],
  ];
  for (const [name, draft, want] of claims)
    it(`still flags ${name}`, () => assert.deepStrictEqual(marked(draft, 'unattributed-figure'), want));
});

describe('speaker-mismatch: only between named speakers', () => {
  function mismatches(draft: string, source: string, speaker: string) {
    const ix = new PassageIndex();
    ix.addSource('file:///s/t.txt', 't.txt', source, [{ start: 0, end: source.length, speaker }], {
      title: 'Transcript',
    });
    return verifyDocument(draft, analyzeText(draft), { index: ix, bibliography: new Map() })
      .filter((f) => f.code === 'speaker-mismatch')
      .map((f) => draft.slice(f.start, f.end));
  }
  const words = 'Attacks on civilian port infrastructure must stop, and they must stop now.';
  it('fires when the draft names another person', () => {
    const found = mismatches(`"${words}" said Oleh Marchenko, a ministry spokesman.\n`, words, 'MARTA LINDQVIST');
    assert.strictEqual(found.length, 1);
    assert.ok(found[0].startsWith('Oleh Marchenko'), found[0]);
  });
  it('fires once on a quote run with one attribution', () => {
    const more = 'The ships will sail again when the port is safe.';
    const draft = `"${words}" said Oleh Marchenko. "${more}"\n`;
    assert.deepStrictEqual(mismatches(draft, `${words} ${more}`, 'MARTA LINDQVIST'), ['Oleh Marchenko']);
  });
  it('stays silent on a pronoun the draft resolved by guesswork', () =>
    assert.deepStrictEqual(
      mismatches(
        `Tomás Ferreira scored twice. The manager was pleased. "${words}" she said.\n`,
        words,
        'MARTA LINDQVIST',
      ),
      [],
    ));
  it('stays silent when the sentence names the source speaker after a place', () =>
    assert.deepStrictEqual(mismatches(`"${words}" said Millbrook resident Ana Ruiz.\n`, words, 'ANA RUIZ'), []));
  it('stays silent on words the source speaker retells in the same sentence ("X told her …, Rao said")', () => {
    const told = 'She told me the images had been mislabelled by a student. There was no student on that paper.';
    assert.deepStrictEqual(
      mismatches(
        'Dr. Priyanka Rao raised the issue with Dr. Helena Marsh first. Marsh told her the images had been "mislabelled by a student," Rao said.\n',
        told,
        'PRIYANKA RAO',
      ),
      [],
    );
    // the same words given to Marsh with no retelling are still hers, not Rao's
    assert.deepStrictEqual(
      mismatches(
        'Dr. Priyanka Rao raised the issue with Dr. Helena Marsh first. "The images had been mislabelled by a student," Marsh said.\n',
        told,
        'PRIYANKA RAO',
      ),
      ['Marsh'],
    );
  });
});
