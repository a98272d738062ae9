/** People, organisations and places: types, ranges and aliases on short news passages. */
import * as assert from 'assert';
import { analyzeText } from '../../server/src/core/analyze';
import type { EntityType } from '../../server/src/core/types';

/** every mention as "type:text@start", in document order */
function mentions(text: string): string[] {
  const a = analyzeText(text, { languageId: 'markdown' });
  return a.entities
    .flatMap((e) => e.mentions.map((m) => ({ type: e.type, text: m.text, start: m.start })))
    .sort((x, y) => x.start - y.start)
    .map((m) => `${m.type}:${m.text}@${m.start}`);
}
/** the entity a name belongs to */
function entityOf(text: string, name: string) {
  return analyzeText(text).entities.find((e) => e.mentions.some((m) => m.text === name));
}
function expectMention(text: string, name: string, type: EntityType) {
  const at = text.indexOf(name);
  assert.ok(at >= 0, `fixture has ${name}`);
  assert.ok(
    mentions(text).includes(`${type}:${name}@${at}`),
    `${name} as ${type} at ${at}: ${mentions(text).join(', ')}`,
  );
}

describe('entities: the bundled example', () => {
  const text = [
    'The Tessel River broke its banks early on Saturday, forcing nearly 3,000 residents from their homes, according to the Regional Emergency Office (REO).',
    '',
    'President Oleksandr Hrytsenko arrived in Dunmore on Sunday. "No town will face this water alone," the president told reporters.',
    '',
    'Hritsenko promised emergency funds but gave no amount.',
  ].join('\n');
  it('"Tessel River" is a place', () => expectMention(text, 'Tessel River', 'place'));
  it('"Dunmore" is a place and stops before "on Sunday"', () => {
    expectMention(text, 'Dunmore', 'place');
    assert.ok(!mentions(text).some((m) => m.includes('Sunday')));
  });
  it('"Hrytsenko" and "Hritsenko" are one person (the spelling is name-inconsistent\'s business)', () => {
    const e = entityOf(text, 'Oleksandr Hrytsenko')!;
    assert.strictEqual(e.type, 'person');
    assert.deepStrictEqual(
      e.mentions.map((m) => m.text),
      ['Oleksandr Hrytsenko', 'Hritsenko'],
    );
  });
  it('a surname with two letters swapped ("Lindhal") is the same person, not an organisation of its own', () => {
    const story = 'Greta Lindahl leads the chamber of commerce. At the bakery Friday, Lindhal said she understood.';
    const e = entityOf(story, 'Greta Lindahl')!;
    assert.deepStrictEqual(
      e.mentions.map((m) => m.text),
      ['Greta Lindahl', 'Lindhal'],
    );
  });
  it('the acronym after an organisation is its alias', () => {
    const e = entityOf(text, 'Regional Emergency Office')!;
    assert.strictEqual(e.type, 'organization');
    assert.deepStrictEqual(e.aliases, ['REO']);
  });
});

describe('entities: boundaries', () => {
  it('a capitalised pronoun or possessive opening a quote or sentence is no one, even where a dictionary has it as a name', () => {
    const text = [
      '"My takings fell by 30 percent the last time," said Priya Nair, who runs a bakery by the bridge.',
      '',
      'The mayor said: "Our plan works. Her office will publish it." Its cost was not given.',
    ].join('\n');
    expectMention(text, 'Priya Nair', 'person');
    assert.deepStrictEqual(
      mentions(text).filter((m) => /:(My|Our|Her|Its)@/.test(m)),
      [],
      mentions(text).join(', '),
    );
  });
  it('a name does not absorb weekdays, dates or prepositions', () => {
    const text = 'Police questioned Dan Ortiz on Monday and released him in Dunmore on Sunday, March 3.';
    expectMention(text, 'Dan Ortiz', 'person');
    expectMention(text, 'Dunmore', 'place');
    assert.ok(!mentions(text).some((m) => /Monday|Sunday|March/.test(m)), mentions(text).join(', '));
  });
  it('"U.S." and "St." stay inside a name', () => {
    const text = 'The U.S. Treasury sold bonds on Tuesday. Traders in St. Louis and the U.S. watched closely.';
    expectMention(text, 'U.S. Treasury', 'organization');
    expectMention(text, 'St. Louis', 'place');
    assert.ok(mentions(text).includes(`place:U.S.@${text.lastIndexOf('U.S.')}`), mentions(text).join(', '));
  });
  it('titles stay out of the mention, and a title inside a run splits it', () => {
    const text = 'Federal Reserve Governor Lawrence Lindsey said rates would hold. Foreign Minister David Levy agreed.';
    expectMention(text, 'Federal Reserve', 'organization');
    expectMention(text, 'Lawrence Lindsey', 'person');
    expectMention(text, 'David Levy', 'person');
  });
  it('a title word that opens a body\'s name stays in it: "Justice Department", "Republican National Committee"', () => {
    const text =
      'The Justice Department opened an inquiry on Monday. The Republican National Committee called it a stunt, and House Speaker Paul Ryan said the timing was suspicious.';
    expectMention(text, 'Justice Department', 'organization');
    expectMention(text, 'Republican National Committee', 'organization');
    expectMention(text, 'Paul Ryan', 'person');
  });
  it('"X of Country" is two names; "Bank of England" is one', () => {
    const text = 'Jesper Parnevik of Sweden led by two shots. The Bank of England left rates unchanged.';
    expectMention(text, 'Jesper Parnevik', 'person');
    expectMention(text, 'Sweden', 'place');
    expectMention(text, 'Bank of England', 'organization');
  });
});

describe('entities: cues', () => {
  it('organisation suffixes and prefixes', () => {
    const text = [
      'Acme Widgets Inc. and Harbor Freight Corp. bid for the contract, as did Tullow Holdings Ltd. and the Vance Group.',
      'The Greenfield Savings Bank, Ridgeway University and the Marlow County Council objected.',
      'The Ministry of Health, the Water Department, the Coastal Agency and the Green Party asked for a delay.',
      'Dunmore Rowing Club, Ashby FC and Leeds United sent letters.',
    ].join(' ');
    for (const name of [
      'Acme Widgets Inc.',
      'Harbor Freight Corp.',
      'Tullow Holdings Ltd.',
      'Vance Group',
      'Greenfield Savings Bank',
      'Ridgeway University',
      'Marlow County Council',
      'Ministry of Health',
      'Water Department',
      'Coastal Agency',
      'Green Party',
      'Dunmore Rowing Club',
      'Ashby FC',
      'Leeds United',
    ])
      expectMention(text, name, 'organization');
  });
  it('place cues: prepositions, County, River, Street, Avenue, Province, and the gazetteers', () => {
    const text = [
      'Flooding closed roads in Marlow County and along the Tessel River.',
      'Water reached Harbor Street and Fifth Avenue, and crews came from Hebei Province.',
      'Residents near Kettleby were told to leave. Aid arrived from Canada and from Manchester.',
    ].join(' ');
    for (const name of [
      'Marlow County',
      'Tessel River',
      'Harbor Street',
      'Fifth Avenue',
      'Hebei Province',
      'Kettleby',
      'Canada',
      'Manchester',
    ])
      expectMention(text, name, 'place');
  });
  it('person cues: titles, Mr./Ms./Dr., given names and the subject of a speech verb', () => {
    const text =
      'Dr. Amara Osei and Ms. Lund met Mr. Haddad. Sen. Rita Alvarez voted no. Priya Natarajan chaired the panel. Okafor said the report was late.';
    expectMention(text, 'Amara Osei', 'person');
    expectMention(text, 'Lund', 'person');
    expectMention(text, 'Haddad', 'person');
    expectMention(text, 'Rita Alvarez', 'person');
    expectMention(text, 'Priya Natarajan', 'person');
    expectMention(text, 'Okafor', 'person');
  });
});

describe('entities: aliases and consistency', () => {
  it('a surname alone, an acronym and its expansion, a possessive', () => {
    const text = [
      'Maria Ortiz, a spokeswoman for the National Intelligence Service (NIS), spoke in Kyiv.',
      'Ortiz said the NIS would publish its findings. Ortiz’s office later confirmed the date.',
    ].join(' ');
    const ortiz = entityOf(text, 'Maria Ortiz')!;
    assert.deepStrictEqual(
      ortiz.mentions.map((m) => m.text),
      ['Maria Ortiz', 'Ortiz', 'Ortiz'],
    );
    const nis = entityOf(text, 'National Intelligence Service')!;
    assert.strictEqual(nis.type, 'organization');
    assert.deepStrictEqual(
      nis.mentions.map((m) => m.text),
      ['National Intelligence Service', 'NIS', 'NIS'],
    );
  });
  it('a role descriptor is an alias of the entity given that role', () => {
    const text = [
      'President Oleksandr Hrytsenko visited the Coastal Agency on Sunday.',
      'The president praised its staff, and the agency promised a report.',
    ].join(' ');
    assert.ok(entityOf(text, 'Oleksandr Hrytsenko')!.aliases.includes('the president'));
    assert.ok(entityOf(text, 'Coastal Agency')!.aliases.includes('the agency'));
  });
  it('a name typed once is typed the same everywhere in the draft', () => {
    const text =
      'Flooding hit homes in Kettleby overnight. Kettleby has no shelter, and Kettleby residents slept in cars.';
    const e = entityOf(text, 'Kettleby')!;
    assert.strictEqual(e.type, 'place');
    assert.strictEqual(e.mentions.length, 3);
  });
  it('a headline in capitals takes its names from the story', () => {
    const text =
      '# x\n\nLEEDS UNITED SIGN KETTLEBY STRIKER\n\nLeeds United signed the striker from a club near Kettleby on Friday.';
    expectMention(text, 'LEEDS UNITED', 'organization');
    expectMention(text, 'KETTLEBY', 'place');
  });
  it('a dateline is a place', () => {
    expectMention('KETTLEBY, England (Reuters) — Flooding closed the town centre on Friday.', 'KETTLEBY', 'place');
  });
});

describe('entities: organisations named with a demonym', () => {
  const text =
    'The American Beverage Association opposed the tax. British Airways cancelled 40 flights. Ukrainian President Volodymyr Zelensky spoke in Kyiv.';
  it('"American Beverage Association" keeps its demonym', () =>
    expectMention(text, 'American Beverage Association', 'organization'));
  it('"British Airways" keeps its demonym', () => expectMention(text, 'British Airways', 'organization'));
  it('a demonym before a title is still no part of the name: "Volodymyr Zelensky"', () =>
    expectMention(text, 'Volodymyr Zelensky', 'person'));
});

describe('entities: a given name that is also a month', () => {
  const text =
    'Fire Chief Tomás Arrieta said crews held the line.\n\nJune Halversen, 71, lost her home. "We had ten minutes to get out," she said.\n\nIn June Congress passed the relief bill.';
  it('"June Halversen" is a person, so the quote after it is hers', () => {
    expectMention(text, 'June Halversen', 'person');
    const quote = analyzeText(text).claims.find((c) => c.kind === 'direct');
    assert.strictEqual(quote?.speaker?.name, 'June Halversen');
  });
  it('"In June Congress" stays a month and an organisation', () => expectMention(text, 'Congress', 'organization'));
});

describe('entities: a crime story', () => {
  const text =
    'Marcus Dell was booked into the Kessler County Jail on Thursday. The City Council put off streetlight upgrades in March, the Merriton Ledger reported.';
  it('a jail is a place, not a person', () => expectMention(text, 'Kessler County Jail', 'place'));
  it('a local paper named "Ledger" is an organisation', () => expectMention(text, 'Merriton Ledger', 'organization'));
});

describe('entities: a university board story, as the People and Organisations lists show it', () => {
  const text = [
    '*By Tess Adebayo-Lund, Lakeshore Ledger*',
    '',
    "MARQUETTE BAY — Lakeshore State University's trustees voted Wednesday to raise tuition by 5.5 percent.",
    '',
    "Lakeshore State's appropriation from Lansing fell 2.8 percent, Vice President for Finance Philip Granholm told the board. Even after the increase, tuition remains below the state average.",
    '',
    'Trustee Raymond Szabo voted no. "At some point the board has to make the Legislature own it," Szabo said.',
    '',
    'Trustees Deshawn Pruitt and Lucille Fournier voted yes. Szabo told the Ledger afterward that he would try again.',
  ].join('\n');
  const names = (type: EntityType) =>
    analyzeText(text)
      .entities.filter((e) => e.type === type)
      .map((e) => e.name);
  it('a title is not part of the name, also an office "for" a portfolio and a plural title before a list', () => {
    const people = names('person');
    for (const name of ['Philip Granholm', 'Raymond Szabo', 'Deshawn Pruitt', 'Lucille Fournier'])
      assert.ok(people.includes(name), `${name} in ${people.join(', ')}`);
    assert.ok(!people.some((p) => /Trustee|President/.test(p)), people.join(', '));
  });
  it('"Even" opening a sentence is no one, though a dictionary has it as a given name', () => {
    assert.ok(!analyzeText(text).entities.some((e) => e.name === 'Even'));
  });
  it('"the Ledger" is the paper of the byline, "Lakeshore State" the university, and "the state" is not the university', () => {
    const paper = entityOf(text, 'Lakeshore Ledger')!;
    assert.strictEqual(paper.type, 'organization');
    assert.deepStrictEqual(
      paper.mentions.map((m) => m.text),
      ['Lakeshore Ledger', 'Ledger'],
    );
    const university = entityOf(text, 'Lakeshore State University')!;
    assert.ok(university.mentions.some((m) => m.text === 'Lakeshore State'));
    assert.ok(!university.aliases.includes('the state'), university.aliases.join(', '));
  });
  it('"the Legislature" is an organisation', () => expectMention(text, 'Legislature', 'organization'));
});

describe('entities: public bodies, venues and plural nouns opening a sentence', () => {
  const story = [
    'Tamarack County Public Health said Tuesday that the advisory would stay in place through the weekend.',
    '',
    'Crews from the water district worked overnight at the Fenwick Fairgrounds, where bottled water was handed out. Parents lined up before dawn.',
    '',
    'Traffic backed up on the Merritt Parkway. Maumee Valley Health, the region’s largest hospital system, said its clinics stayed open.',
  ].join('\n');
  it('a health department named "… Public Health" is an organisation', () =>
    expectMention(story, 'Tamarack County Public Health', 'organization'));
  it('a hospital system named "… Health" is an organisation', () =>
    expectMention(story, 'Maumee Valley Health', 'organization'));
  it('fairgrounds and parkways are places', () => {
    expectMention(story, 'Fenwick Fairgrounds', 'place');
    expectMention(story, 'Merritt Parkway', 'place');
  });
  it('"Crews" and "Parents" opening a sentence are no one', () => {
    const found = mentions(story).join(' ');
    assert.ok(!/:Crews@|:Parents@/.test(found), found);
  });
  it('a surname that is also a plural noun is still a name when the draft gives it in full', () => {
    const text = 'Officer Dana Crews took the call. Crews said the driver was not hurt.';
    assert.strictEqual(entityOf(text, 'Crews')?.type, 'person');
  });
});

describe('entities: an earnings story', () => {
  const text = [
    '*By Aaron Kessel, Mercer Business Journal*',
    '',
    'Shares of Brightline Outdoor fell nearly 14 percent on Tuesday. The Mercer-based company reported revenue of $2.14 billion.',
    '',
    'Same-store sales fell 4.4 percent, the company said.',
  ].join('\n');
  it('"Shares of Brightline Outdoor": a company, not a person', () =>
    expectMention(text, 'Brightline Outdoor', 'organization'));
  it('"the Mercer-based company" is in Mercer, a place, not the Mercer Business Journal', () => {
    assert.ok(mentions(text).includes(`place:Mercer@${text.indexOf('Mercer-based')}`), mentions(text).join(', '));
    assert.ok(!entityOf(text, 'Mercer Business Journal')!.aliases.includes('Mercer'));
  });
  it('"the company" is Brightline Outdoor, not the newspaper in the byline', () => {
    const said = analyzeText(text).claims.find((c) => c.speaker?.text === 'the company');
    assert.strictEqual(said?.speaker?.name, 'Brightline Outdoor');
  });
});

describe('entities: a month that is a surname', () => {
  it('"Theresa May" is one person, and "in May" stays a month', () => {
    const text = 'Prime Minister Theresa May said the talks would resume in May.';
    assert.strictEqual(entityOf(text, 'Theresa May')?.type, 'person');
    assert.ok(!mentions(text).some((m) => m.endsWith(`May@${text.lastIndexOf('May')}`)));
  });
});

describe('entities: a musician or player named with the role as a title', () => {
  it('"Guitarist Brian May said" names Brian May, and the role word is not part of the name', () => {
    const text =
      'Guitarist Brian May, whose band opened for Bayou Sound on a 1975 tour, said she could quiet an arena. Drummer Roger Taylor said the tour sold out.';
    assert.strictEqual(entityOf(text, 'Brian May')?.type, 'person');
    assert.strictEqual(entityOf(text, 'Guitarist Brian May'), undefined);
    const speakers = analyzeText(text).claims.map((c) => c.speaker?.name);
    assert.deepStrictEqual(speakers, ['Brian May', 'Roger Taylor']);
  });
});
