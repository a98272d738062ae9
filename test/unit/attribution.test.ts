import * as assert from 'assert';
import { analyzeText } from '../../server/src/core/analyze';

function claims(t: string, languageId = 'markdown') {
  return analyzeText(t, { languageId }).claims.filter((c) => c.kind !== 'unattributed' || !c.figures.length);
}
function one(t: string) {
  const c = claims(t);
  assert.strictEqual(
    c.length,
    1,
    `expected one claim in ${JSON.stringify(t)}, got ${JSON.stringify(c.map((x) => x.text))}`,
  );
  return c[0];
}

describe('attributed statements', () => {
  it('direct quote with the speaker after it', () => {
    const c = one('"We will not back down," Maria Ortiz said.');
    assert.strictEqual(c.kind, 'direct');
    assert.strictEqual(c.cue, 'said');
    assert.strictEqual(c.speaker?.name, 'Maria Ortiz');
    assert.strictEqual(c.text, '"We will not back down," Maria Ortiz said.');
  });
  it('an attribution wrapped at the margin between the speaker and the cue', () => {
    const c = one(
      '"We are asking islanders to pay more for less, and we should say so," board Chair Delia Ferrante\nsaid before the vote.',
    );
    assert.strictEqual(c.kind, 'direct');
    assert.strictEqual(c.speaker?.name, 'Delia Ferrante');
    assert.strictEqual(c.speaker?.text, 'board Chair Delia Ferrante');
  });
  it('direct quote with curly marks and inverted cue', () => {
    const c = one('“It is over,” said Maria Ortiz, who runs the agency.');
    assert.strictEqual(c.speaker?.name, 'Maria Ortiz');
    assert.strictEqual(c.cue, 'said');
  });
  it('speaker before the quote', () => {
    const c = one('Maria Ortiz said: "We are ready for the storm."');
    assert.strictEqual(c.speaker?.text, 'Maria Ortiz');
    assert.strictEqual(c.kind, 'direct');
  });
  it('interrupted quote is one claim, and a pronoun resolves to the earlier person', () => {
    const a = analyzeText('Maria Ortiz runs the plant.\n\n"The company," she wrote, "has admitted the pipes leak."');
    const c = a.claims.find((x) => x.kind === 'direct')!;
    assert.strictEqual(c.speaker?.text, 'she');
    assert.strictEqual(c.speaker?.name, 'Maria Ortiz');
    assert.ok(c.text.endsWith('leak."'));
  });
  it('reported speech with "according to" and a vague source', () => {
    const a = analyzeText('According to sources, the mayor will resign.');
    assert.strictEqual(a.claims[0].kind, 'indirect');
    assert.strictEqual(a.claims[0].vague, true);
    assert.deepStrictEqual(
      a.findings.map((f) => f.code),
      ['vague-attribution'],
    );
  });
  it('nested attribution keeps the outer and inner speaker', () => {
    const a = analyzeText(
      'The National Water Agency opened an inquiry. The agency said the contractor had admitted cutting corners.',
    );
    const c = a.claims.find((x) => x.cue === 'said')!;
    assert.strictEqual(c.speaker?.name, 'National Water Agency');
    assert.strictEqual(c.innerSpeaker?.text, 'the contractor');
  });
  it('descriptor resolves to the entity given that role', () => {
    const a = analyzeText(
      'President Volodymyr Zelenskyy arrived on Sunday. "We are ready," the Ukrainian leader told reporters.',
    );
    const c = a.claims.find((x) => x.kind === 'direct')!;
    assert.strictEqual(c.speaker?.name, 'Volodymyr Zelenskyy');
    assert.strictEqual(c.speaker?.text, 'the Ukrainian leader');
  });
  it('a quote with no cue right after an attributed one continues its claim (a quote run)', () => {
    const a = analyzeText('"We moved every family," Ana Venn said. "Nobody was left behind."');
    assert.strictEqual(a.claims.length, 1);
    assert.strictEqual(a.claims[0].speaker?.name, 'Ana Venn');
    assert.ok(a.claims[0].text.endsWith('"Nobody was left behind."'));
    assert.deepStrictEqual(a.findings, []);
  });
  it('a quote run carries on past the rest of the attribution\'s sentence ("…," she told reporters after the meeting. "…")', () => {
    const a = analyzeText(
      '"We are not going to rush a decision of this size," Okafor told reporters after the meeting. "The bridge is safe today. It will not be safe in ten years if we do nothing."',
    );
    assert.deepStrictEqual(
      a.claims.map((c) => [c.kind, c.speaker?.name ?? null]),
      [['direct', 'Okafor']],
    );
    assert.ok(a.claims[0].text.endsWith('if we do nothing."'), a.claims[0].text);
    assert.deepStrictEqual(a.findings, []);
  });
  it('a quote after a second sentence of narration is not a run: it stays unattributed', () => {
    const a = analyzeText(
      '"We are not going to rush this," Okafor said. The council then adjourned. "The bridge is safe today."',
    );
    assert.deepStrictEqual(
      a.claims.map((c) => [c.kind, c.speaker?.name ?? null]),
      [
        ['direct', 'Okafor'],
        ['unattributed', null],
      ],
    );
  });
  it("a partial quote woven into reported speech is part of the speaker's claim, not a quote without a speaker", () => {
    const a = analyzeText(
      'Councillor Maria Okafor, who chairs the infrastructure committee, said the delay would give staff time to "get the numbers right before we ask taxpayers for a cent."',
    );
    assert.deepStrictEqual(
      a.claims.map((c) => [c.kind, c.speaker?.name ?? null]),
      [['mixed', 'Maria Okafor']],
    );
    assert.deepStrictEqual(a.findings, []);
  });
  it('"…, the utility said" after a place: the place is not the speaker', () => {
    const a = analyzeText(
      'More than 40,000 homes were without power on Sunday night after a storm brought down lines across the Kessel Valley, the utility said.',
    );
    assert.deepStrictEqual(
      a.claims.map((c) => [c.speaker?.text, c.speaker?.name]),
      [['the utility', 'the utility']],
    );
  });
  it('mixed quote: reported speech with a quoted fragment', () => {
    const c = one('Ana Venn said the offer was "a fair deal" for the city.');
    assert.strictEqual(c.kind, 'mixed');
  });
  it('an unattributed quote is reported, a scare quote is not', () => {
    const a = analyzeText(
      'Residents called it a "miracle" on the river.\n\n"Nobody should be sleeping in a car tonight."',
    );
    assert.deepStrictEqual(
      a.findings.map((f) => f.code),
      ['unattributed-quote'],
    );
  });
  it('a quote that runs over two paragraphs is one claim', () => {
    const a = analyzeText('"The first part goes here,\n\n"and the second part ends here," Ana Venn said.');
    const d = a.claims.filter((c) => c.kind === 'direct');
    assert.strictEqual(d.length, 1);
    assert.strictEqual(d[0].speaker?.name, 'Ana Venn');
  });
  it('a list under an attributed lead-in is attributed item by item', () => {
    const a = analyzeText(
      "The agency's summary lists three changes:\n\n- a new levee on the east side\n- 200 more beds\n- a warning siren\n",
    );
    const items = a.claims.filter((c) => c.kind === 'indirect');
    assert.strictEqual(items.length, 3);
    assert.ok(!a.findings.some((f) => f.code === 'unattributed-figure'));
  });
  it('unattributed figure gets a finding; cited figure does not', () => {
    const a = analyzeText('More than 300 people attended.\n\nIt cost $4 million [@smith2020].');
    assert.deepStrictEqual(
      a.findings.map((f) => [f.code, a.model.text.slice(f.start, f.end)]),
      [['unattributed-figure', 'More than 300 people']],
    );
  });
  it('ignores quotes in headings, code and comments', () => {
    const a = analyzeText('# "Heading quote," he said\n\n`"code," she said`\n\n<!-- "comment" -->\n');
    assert.deepStrictEqual(a.claims, []);
  });
});

describe('attributed statements: scope and vagueness', () => {
  it('a link whose text is an attribution counts as one', () => {
    const a = analyzeText("[The mayor's office said](https://example.org/release) the budget grew by $4 million.");
    assert.strictEqual(a.claims[0].kind, 'indirect');
    assert.strictEqual(a.claims[0].speaker?.text, "The mayor's office");
    assert.ok(a.claims[0].sources.some((s) => s.kind === 'link' && s.uri === 'https://example.org/release'));
    assert.deepStrictEqual(a.findings, []);
  });
  it('"it is believed", "reportedly", "critics say" and "many people say" are vague', () => {
    const a = analyzeText(
      'It is believed the dam failed first. The mayor reportedly left early. Critics say the plan failed. Many people say the river is safe.',
    );
    assert.deepStrictEqual(
      a.findings.map((f) => [f.code, a.model.text.slice(f.start, f.end)]),
      [
        ['vague-attribution', 'It is believed'],
        ['vague-attribution', 'reportedly'],
        ['vague-attribution', 'Critics'],
        ['vague-attribution', 'Many people'],
      ],
    );
  });
  it('"reports" inside an attributed quote, and a named "said in a statement", are not vague', () => {
    const a = analyzeText(
      '"The reports are wrong, reportedly or not," Ana Venn said. The agency said in a statement that the dam held.',
    );
    assert.deepStrictEqual(a.findings, []);
  });
  it('a quoted title is not an unattributed quote', () => {
    assert.deepStrictEqual(
      analyzeText('Staff attended a meeting titled "Role update for the spring" on Monday.').findings,
      [],
    );
  });
  it('a figure in an attributed paragraph counts as attributed', () => {
    const a = analyzeText('Ana Venn said the river rose fast. About 3,000 residents left their homes.');
    assert.deepStrictEqual(a.findings, []);
  });
});

describe('attributed statements: block quotes', () => {
  it('a block quote under "The statement quoted the mayor:" is attributed to the mayor', () => {
    const a = analyzeText(
      'Mayor Ana Venn issued a statement on Sunday. The statement quoted the mayor:\n\n> "We will rebuild the east levee before the autumn rains."\n',
    );
    const c = a.claims.find((x) => x.kind === 'direct')!;
    assert.ok(c, JSON.stringify(a.claims));
    assert.ok(c.speaker, 'the block quote has a speaker');
    assert.match(c.speaker!.text, /mayor/i);
    assert.deepStrictEqual(
      a.findings.filter((f) => f.code === 'unattributed-quote'),
      [],
    );
  });
  it('a block quote without a lead-in is an unattributed quote', () => {
    const a = analyzeText('The river rose overnight.\n\n> "We will rebuild the east levee before the autumn rains."\n');
    assert.deepStrictEqual(
      a.findings.map((f) => f.code),
      ['unattributed-quote'],
    );
  });
});
