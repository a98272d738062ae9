import * as assert from 'assert';
import { analyzeText } from '../../server/src/core/analyze';
import { PassageIndex } from '../../server/src/core/passages';
import { checkWithSources, verifyDocument } from '../../server/src/core/check';
import { NameIndex, type NameUse } from '../../server/src/core/names';
import { countNames } from '../../server/src/sources/project';
import { ruleById } from '../../server/src/core/rules';
import { readSourceFile } from '../../server/src/sources/readers';

function indexOf(src: string, speaker: string | null = null) {
  const ix = new PassageIndex();
  ix.addSource('file:///s/src.txt', 'src.txt', src, [{ start: 0, end: src.length, speaker }], { title: 'Source' });
  return ix;
}
function codes(draft: string, src: string, speaker: string | null = null) {
  const a = analyzeText(draft);
  return verifyDocument(draft, a, { index: indexOf(src, speaker), bibliography: new Map() }).map((f) => f.code);
}

describe('figure-mismatch tolerances', () => {
  const cases: [string, string, string][] = [
    [
      'number words against digits',
      'Officials said fourteen patients were moved to the county hospital.',
      'The county hospital took 14 patients moved from the ward.',
    ],
    [
      'digits in parentheses',
      'The lease runs for ten (10) years under the city agreement.',
      'The city agreement sets a lease of 10 years.',
    ],
    [
      '% against percent',
      'The survey found 19% of tenants behind on rent in the county.',
      'In the county, 19 percent of tenants were behind on rent, the survey found.',
    ],
    [
      '$61.0 million against $61 million',
      'The county budget set aside $61.0 million for road repairs.',
      'Road repairs get $61 million in the county budget.',
    ],
    [
      'forty-five miles an hour against 45 mph',
      'Winds reached forty-five miles an hour on the coast road.',
      'Gusts on the coast road hit 45 mph overnight.',
    ],
    [
      'a hedge that holds',
      'The storm forced nearly 3,000 residents from homes near the river.',
      'About 2,950 residents left homes near the river during the storm.',
    ],
  ];
  for (const [name, draft, src] of cases)
    it(`stays silent: ${name}`, () =>
      assert.deepStrictEqual(
        codes(draft, src).filter((c) => c === 'figure-mismatch'),
        [],
      ));
  it('fires on $8.1 million against $1.8 million', () => {
    assert.deepStrictEqual(
      codes(
        'The county budget set aside $8.1 million for road repairs.',
        'Road repairs get $1.8 million in the county budget.',
      ),
      ['figure-mismatch'],
    );
  });
  it('fires on six patients against eight', () => {
    assert.deepStrictEqual(
      codes(
        'Officials said six patients were moved to the county hospital.',
        'The county hospital took eight patients moved from the ward.',
      ),
      ['figure-mismatch'],
    );
  });
  it('stays silent on a second amount beside the one that matches the same source figure', () => {
    const draft =
      'Third-quarter revenue rose 4 percent to $1.92 billion, the company said, short of the $2.05 billion analysts had expected.';
    const src = 'Revenue for the quarter was $1.92 billion, an increase of 4 percent from the third quarter of 2025.';
    assert.deepStrictEqual(
      codes(draft, src).filter((c) => c === 'figure-mismatch'),
      [],
    );
    // without the matching amount, the wrong one is still set against the source
    assert.deepStrictEqual(
      codes('Third-quarter revenue rose 4 percent to $2.05 billion, the company said.', src).filter(
        (c) => c === 'figure-mismatch',
      ),
      ['figure-mismatch'],
    );
  });
  it('stays silent when the source figure counts something else', () => {
    assert.deepStrictEqual(
      codes(
        'Officials said 40 patients were moved to the county hospital.',
        'The county hospital has 12 beds in the ward.',
      ),
      [],
    );
  });
});

describe('unattributed-figure against the sources', () => {
  it('a figure of the sentence found in a source answers for itself only', () => {
    const src = 'The combined system employs 2,100 employed and affiliated physicians across the region.';
    const draft = 'The two hospitals together deliver about 9,000 babies a year and employ 2,100 physicians.';
    const a = analyzeText(draft);
    const found = checkWithSources(draft, a, { index: indexOf(src), bibliography: new Map() })
      .filter((f) => f.code === 'unattributed-figure')
      .map((f) => draft.slice(f.start, f.end));
    assert.deepStrictEqual(found, ['about 9,000 babies a year']);
  });
  it('a trailing cue before a colon attributes the figures: "…, the results show: 15,604 in favor"', () => {
    const draft = 'The measure passed by about 4,700 votes, the results show: 15,604 in favor and 10,889 against.';
    const a = analyzeText(draft);
    assert.deepStrictEqual(
      checkWithSources(draft, a, { index: indexOf('Nothing.'), bibliography: new Map() }).map((f) => f.code),
      [],
    );
  });
});

describe('quote rules', () => {
  const src = 'We will rebuild the east levee before the autumn rains arrive.';
  it('speaker-mismatch when the sources give the words to someone else', () => {
    assert.deepStrictEqual(
      codes('"We will rebuild the east levee before the autumn rains arrive," Carla Ibsen said.', src, 'MAYOR VENN'),
      ['speaker-mismatch'],
    );
    assert.deepStrictEqual(
      codes('"We will rebuild the east levee before the autumn rains arrive," Ana Venn said.', src, 'MAYOR VENN'),
      [],
    );
  });
  it('speaker-mismatch against minutes that name the speaker mid-paragraph, and none for the speaker they name', () => {
    const minutes = [
      '**2. Budget.** Trustee Pellegrini said he would vote for the budget with regret. Trustee Pellegrini stated:',
      '"We can close two branches in March or five branches in two years."',
    ].join('\n');
    const doc = readSourceFile('minutes.md', minutes)!;
    const ix = new PassageIndex();
    ix.addSource('file:///s/minutes.md', 'minutes.md', minutes, doc.passages, { title: 'Minutes' });
    const check = (draft: string) =>
      verifyDocument(draft, analyzeText(draft), { index: ix, bibliography: new Map() }).map((f) => f.code);
    const quote = '"We can close two branches in March or five branches in two years,"';
    assert.deepStrictEqual(check(`${quote} board President Gordon Feeney said.`), ['speaker-mismatch']);
    assert.deepStrictEqual(check(`${quote} Trustee Marco Pellegrini said.`), []);
  });
  it('speaker-mismatch against a court transcript: "THE COURT" is the judge its caption names, "THE DEFENDANT" nobody by name', () => {
    const hearing = [
      'STATE OF OREGON v. DANIEL OKAFOR',
      'Before the Honorable Ruth Ellison-Park',
      '',
      'THE COURT: Many of them come from parents who trusted you with their money and with their children.',
      '',
      'THE DEFENDANT: I told myself I would pay it back before anyone noticed.',
    ].join('\n');
    const doc = readSourceFile('hearing.txt', hearing)!;
    const ix = new PassageIndex();
    ix.addSource('file:///s/hearing.txt', 'hearing.txt', hearing, doc.passages, { title: 'hearing.txt' });
    const check = (draft: string) =>
      verifyDocument(draft, analyzeText(draft), { index: ix, bibliography: new Map() }).map((f) => f.code);
    const quote = '"Many of them come from parents who trusted you with their money and with their children,"';
    assert.deepStrictEqual(check(`${quote} Judge Ruth Ellison-Park said.`), []);
    assert.deepStrictEqual(check(`${quote} Deputy District Attorney Claire Delacroix said.`), ['speaker-mismatch']);
    assert.deepStrictEqual(check('"I told myself I would pay it back before anyone noticed," Daniel Okafor said.'), []);
  });
  it('speaker-mismatch on "she" right after that person\'s own named attribution in the paragraph, not on a guessed one', () => {
    const quote = '"We will rebuild the east levee before the autumn rains arrive," she said.';
    assert.deepStrictEqual(
      codes(`Asked about the floods, Carla Ibsen said the town had learned its lesson. ${quote}`, src, 'MAYOR VENN'),
      ['speaker-mismatch'],
    );
    // a paragraph later, or with someone else named between, "she" is a guess: no finding
    assert.deepStrictEqual(
      codes(`Carla Ibsen said the town had learned its lesson.\n\n${quote}`, src, 'MAYOR VENN'),
      [],
    );
    assert.deepStrictEqual(
      codes(`Carla Ibsen said the town had learned its lesson. Then Maria Lund spoke. ${quote}`, src, 'MAYOR VENN'),
      [],
    );
  });
  it('speaker-mismatch names the source speaker as a writer would, and offers to attribute the quote to them', () => {
    const draft = '"We will rebuild the east levee before the autumn rains arrive," said Councilmember Carla Ibsen.';
    const a = analyzeText(draft);
    const [f] = verifyDocument(draft, a, { index: indexOf(src, 'MAYOR ANA VENN'), bibliography: new Map() });
    assert.match(f.message, /gives these words to Mayor Ana Venn, not to Carla Ibsen/);
    const fixes = ruleById('speaker-mismatch')!.fixes!(f, {
      text: draft,
      analysis: a,
      style: 'said',
      passageOf: () => undefined,
    });
    assert.strictEqual(fixes[0].title, 'Attribute to Mayor Ana Venn, as the source does');
    const e = fixes[0].edits[0];
    assert.strictEqual(
      draft.slice(0, e.start) + e.newText + draft.slice(e.end),
      draft.replace('Councilmember Carla Ibsen', 'Mayor Ana Venn'),
    );
  });
  it('quote-not-found for an attributed quote in no source, naming what was searched', () => {
    const a = analyzeText('"The river has never risen this fast in living memory," Ana Venn said.');
    const out = verifyDocument(a.model.text, a, { index: indexOf(src, 'MAYOR VENN'), bibliography: new Map() });
    assert.deepStrictEqual(
      out.map((f) => f.code),
      ['quote-not-found'],
    );
    assert.match(out[0].message, /searched 1 source: src\.txt/);
  });
  it('quote-not-found when the speaker is named in a release rather than a transcript', () => {
    const release = 'Mayor Ana Venn announced the levee budget on Monday. We will rebuild the east levee.';
    assert.deepStrictEqual(codes('"The river has never risen this fast in living memory," Ana Venn said.', release), [
      'quote-not-found',
    ]);
  });
  it('quote-not-found when the sources spell the speaker one letter apart (name drift is still the same person)', () => {
    const release = 'President Oleksandr Hritsenko said he would visit the flooded district on Sunday.';
    assert.deepStrictEqual(
      codes('"No town will face this rising water alone," Oleksandr Hrytsenko told reporters.', release),
      ['quote-not-found'],
    );
  });
  it("no quote-not-found for a speaker the sources only list (minutes' staff present): they hold no words of theirs", () => {
    const minutes = 'Staff present: Chief Executive Paul Lindqvist; Communications Manager Yesenia Calderón.';
    assert.deepStrictEqual(
      codes(
        '"We are going into Thursday in good faith," Yesenia Calderón told reporters outside the headquarters.',
        minutes,
      ),
      [],
    );
  });
  it('quote-not-found for words quoted inside reported speech, and for the second quote of a run', () => {
    assert.deepStrictEqual(
      codes('Ana Venn said the vote was "the start of a conversation, not the end of one."', src, 'MAYOR VENN'),
      ['quote-not-found'],
    );
    const run = `"We will rebuild the east levee before the autumn rains arrive," Ana Venn said. "The river has never risen this fast in living memory."`;
    assert.deepStrictEqual(codes(run, src, 'MAYOR VENN'), ['quote-not-found']);
    assert.deepStrictEqual(
      codes('Ana Venn said the levee would be rebuilt "before the autumn rains arrive."', src),
      [],
    );
  });
  it('checks only the quoted words of a clause that follows another quote, not the whole clause', () => {
    const statement =
      'To the volunteers who knocked on doors in the snow: thank you. I will keep holding this city to that standard as a private citizen.';
    const draft =
      'Gregory Pell thanked "the volunteers who knocked on doors in the snow" and said he would keep pressing the city on roads, water lines and police "as a private citizen."';
    assert.deepStrictEqual(codes(draft, statement, 'GREGORY PELL'), []);
  });
  it('no quote-not-found for a speaker the sources never mention: there is nothing to check against', () => {
    assert.deepStrictEqual(
      codes('"The river has never risen this fast in living memory," Omar Haddad said.', src, 'MAYOR VENN'),
      [],
    );
  });
  it('the capital at the start of a mid-sentence quote, apostrophes and a dropped comma do not count', () => {
    const s2 = 'Engineers said that the levee, which held, won’t need rebuilding this year.';
    assert.deepStrictEqual(codes('"The levee which held won\'t need rebuilding this year," Ana Venn said.', s2), []);
  });
  it('quote-mismatch on a word dropped from a quote whose first word the passage uses earlier', () => {
    const turn =
      'Our enrollment has fallen for seven straight years. We are running buildings designed for 600 students. ' +
      'We cannot keep heating half-empty buildings while we cut reading teachers.';
    const draft = '"We cannot keep heating empty buildings while we cut reading teachers," Inés Calderón said.';
    const found = verifyDocument(draft, analyzeText(draft), { index: indexOf(turn), bibliography: new Map() });
    const m = found.find((f) => f.code === 'quote-mismatch');
    assert.ok(m, JSON.stringify(found));
    assert.match(m.message, /draft “heating empty”, source “heating half empty”/);
  });
  it('quote-mismatch on a changed word in a partial quote, whatever the passage says before it', () => {
    const turn =
      'We will not let insurers use this fire as a reason to walk away. I have asked the commissioner to put a ' +
      'moratorium on non-renewals in every ZIP code touched by this fire.';
    const draft =
      'Tomás Arrieta said he had asked the commissioner to put "a freeze on non-renewals in every ZIP code touched by this fire."';
    const found = verifyDocument(draft, analyzeText(draft), { index: indexOf(turn), bibliography: new Map() });
    const m = found.find((f) => f.code === 'quote-mismatch');
    assert.ok(m, JSON.stringify(found));
    assert.match(m.message, /draft “a freeze on”, source “a moratorium on”/);
  });
  it('a bracketed alteration is accepted', () => {
    assert.deepStrictEqual(
      codes('"We will rebuild [the levee] before the autumn rains arrive," Ana Venn said.', src),
      [],
    );
  });
});

describe('name-inconsistent', () => {
  function names(...texts: [string, string][]) {
    const m = new Map<string, NameUse>();
    for (const [file, t] of texts) countNames(m, analyzeText(t), file);
    return m;
  }
  function run(draft: string, others: [string, string][]) {
    const a = analyzeText(draft);
    return verifyDocument(draft, a, {
      index: null,
      bibliography: new Map(),
      names: names(['this draft', draft], ...others),
    });
  }
  it('fires on a transliteration variant and names the majority spelling and where', () => {
    const out = run('President Volodymyr Zelensky spoke.', [
      ['wire.md', 'President Volodymyr Zelenskyy spoke. Zelenskyy left.'],
    ]);
    assert.deepStrictEqual(
      out.map((f) => [f.code, f.data!.spelling]),
      [['name-inconsistent', 'Zelenskyy']],
    );
    assert.match(out[0].message, /wire\.md/);
  });
  it('fires on a short given name that lost its accent in another draft', () => {
    const out = run('Supervisor Tomas Arrieta spoke.', [['update.md', 'Supervisor Tomás Arrieta said. Tomás left.']]);
    assert.deepStrictEqual(
      out.map((f) => [f.code, f.data!.spelling]),
      [['name-inconsistent', 'Tomás']],
    );
  });
  it('fires on a hyphen variant', () => {
    const out = run('Councilwoman Ada Okonkwo Reyes voted no.', [
      ['a.md', 'Ada Okonkwo-Reyes voted. Ada Okonkwo-Reyes left.'],
    ]);
    assert.deepStrictEqual(
      out.map((f) => f.data!.spelling),
      ['Ada Okonkwo-Reyes'],
    );
  });
  it('fires on Delores against Dolores', () => {
    const out = run('Delores Grant spoke.', [['a.md', 'Dolores Grant spoke. Dolores Grant left.']]);
    assert.deepStrictEqual(
      out.map((f) => f.data!.spelling),
      ['Dolores'],
    );
  });
  it('the workspace index answers as a plain map does, and answers anew when a file changes', () => {
    const counts = (file: string, t: string) => {
      const m = new Map<string, NameUse>();
      countNames(m, analyzeText(t), file);
      return m;
    };
    const draft = 'President Volodymyr Zelensky spoke. Councilwoman Ada Okonkwo Reyes voted no.';
    const check = (names: Map<string, NameUse>) =>
      verifyDocument(draft, analyzeText(draft), { index: null, bibliography: new Map(), names }).map(
        (f) => f.data!.spelling,
      );
    const ix = new NameIndex();
    ix.apply(counts('this draft', draft), 'this draft', 1);
    const wireText = 'Volodymyr Zelenskyy spoke. Zelenskyy left. Ada Okonkwo-Reyes voted. Ada Okonkwo-Reyes left.';
    const wire = counts('wire.md', wireText);
    ix.apply(wire, 'wire.md', 1);
    assert.deepStrictEqual(check(ix), ['Zelenskyy', 'Ada Okonkwo-Reyes']);
    assert.deepStrictEqual(check(ix), check(names(['this draft', draft], ['wire.md', wireText])));
    // the wire story is corrected: the draft's spellings are now the only ones
    ix.apply(wire, 'wire.md', -1);
    assert.deepStrictEqual(check(ix), []);
  });
  it('stays silent for two people who share a surname, and for apostrophe styles', () => {
    assert.deepStrictEqual(run('Maria Ortiz spoke.', [['a.md', 'Mario Ortiz spoke. Mario Ortiz left.']]), []);
    assert.deepStrictEqual(run('Sean O’Brien spoke.', [['a.md', "Sean O'Brien spoke. Sean O'Brien left."]]), []);
  });
});
