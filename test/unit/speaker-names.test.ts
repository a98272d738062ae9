/**
 * The right name for a speaker (issue 14): pronouns that agree in gender and number with the person or body they
 * stand for, a document that speaks for its owner, a descriptor read with its words. Each draft's last claim (or the
 * one holding `at`) must name the speaker so.
 */
import * as assert from 'assert';
import { attributedClaims, itNamesSpeakers, type Named } from './speaker-harness';
import { analyzeText } from '../../server/src/core/analyze';

const NAMED: Named[] = [
  {
    why: '"she" is the woman, not the man named last',
    text: 'Ana Ruiz met Dan Ortiz at City Hall on Tuesday to go over the inspection report. She said the Elm Street bridge is safe.',
    speaker: 'She',
    name: 'Ana Ruiz',
    sourceType: 'named-person',
  },
  {
    why: 'titles give the gender',
    text: 'Mrs. Kowalczyk met Mr. Brannigan at the depot on Monday. She said the trains would run late through March.',
    speaker: 'She',
    name: 'Kowalczyk',
  },
  {
    why: 'a given name news copy uses for women only, though a name list has it for both ("Claire")',
    text: 'Donald Pruitt met Claire Wendt at the county fair on Saturday. He said the levy would pass.',
    speaker: 'He',
    name: 'Donald Pruitt',
  },
  {
    why: 'a name of either gender takes the gender of the "she" already read as her',
    text:
      "Robin Vale, the county's chief engineer, inspected the span on Monday. She said the bearings were worn.\n\n" +
      'On Tuesday Vale met Jordan Reyes of the transit agency. She said the repairs would take a year.',
    at: 'repairs',
    speaker: 'She',
    name: 'Robin Vale',
  },
  {
    why: 'a name inside the quoted words is not who "he said" them',
    text: 'Mayor Tom Reyes toured the new water plant on Monday.\n\n"I trust Larry Ocampo with every dollar of this budget," he said.',
    speaker: 'he',
    name: 'Tom Reyes',
  },
  {
    why: 'the subject of the sentence before is carried on, ahead of a name later in it',
    text: "Mayor Tom Reyes toured the plant with Larry Ocampo, the county's finance director, on Monday. He said the pumps must be replaced.",
    speaker: 'He',
    name: 'Tom Reyes',
  },
  {
    why: '"they" stands for the people named together as the subject',
    text: 'Ana Ruiz and Dan Ortiz toured the pumping station on Monday. They said the pumps were 40 years old.',
    speaker: 'They',
    name: 'Ana Ruiz and Dan Ortiz',
  },
  {
    why: '"they" stands for a body of members',
    text: 'The Riverside Nurses Association met hospital managers on Monday. They said staffing on night shifts was unsafe.',
    speaker: 'They',
    name: 'Riverside Nurses Association',
    sourceType: 'named-organization',
  },
  {
    why: 'a possessive role before the name: the name',
    text: 'Her lawyer, Jane Doe, said the charges would be dropped.',
    speaker: 'Her lawyer, Jane Doe',
    name: 'Jane Doe',
    sourceType: 'named-person',
  },
  {
    why: "a company's filing speaks for the company, not for the regulator it went to",
    text: "Meridian Health Corp. reported a loss on Thursday. The company's filing with the SEC said revenue fell 12 percent.",
    speaker: "The company's filing with the SEC",
    name: 'Meridian Health Corp.',
    sourceType: 'document',
  },
  {
    why: 'a filing whose company the text has not named',
    text: "The company's filing with the SEC said revenue fell 12 percent.",
    speaker: "The company's filing with the SEC",
    name: 'The company',
    sourceType: 'document',
  },
  {
    why: '"the company" after the regulator it filed with is not the regulator',
    text: 'In a filing with the Securities and Exchange Commission, the company said its sales would slow.',
    speaker: 'the company',
    name: 'the company',
  },
  {
    why: '"the company" after the regulator is the company named before',
    text: 'Meridian Health Corp. cut 400 jobs last year. In a filing with the Securities and Exchange Commission on Friday, the company said its sales would slow.',
    speaker: 'the company',
    name: 'Meridian Health Corp.',
  },
  {
    why: '"The Republican nominee" is the one the text called so, not the nominee named last',
    text: 'Republican nominee Dan Ortiz held a rally in Dayton on Friday. Democratic nominee Ana Ruiz campaigned in Toledo. The Republican nominee said the plant would reopen.',
    speaker: 'The Republican nominee',
    name: 'Dan Ortiz',
  },
  {
    why: 'her letter is hers',
    text: 'Sen. Ana Ruiz wrote to the agency in March. Her letter said the plant had failed two inspections.',
    speaker: 'Her letter',
    name: 'Ana Ruiz',
    sourceType: 'document',
  },
  {
    why: 'a descriptor with words of its own is not the other department named earlier',
    text:
      "Crews from the city's Department of Public Utilities worked through the night on the broken main. " +
      'At least 120 restaurants closed or switched to bottled water, the county health department said.',
    speaker: 'the county health department',
    name: 'the county health department',
  },
  {
    why: 'a descriptor whose words are in the name is that body',
    text:
      'The Tamarack County Health Department confirmed six new cases on Friday. ' +
      'All six were unvaccinated children, the county health department said.',
    speaker: 'the county health department',
    name: 'Tamarack County Health Department',
  },
  {
    why: 'an FAQ question opening with "Who" names no one, and "the utility" is the utilities department',
    text:
      '**Who is affected?** Every customer in Pressure Zones 3 and 4, according to the Department of Public Utilities.\n\n' +
      'Low pressure can let contaminants seep into pipes, so the advisory stays until tests show the water is clean, the utility said.',
    speaker: 'the utility',
    name: 'Department of Public Utilities',
  },
  {
    why: '"the city" is not the City Council',
    text:
      'The City Council voted 5-2 on Monday to delay the repairs. ' +
      'The main was due for replacement in 2031, the city says.',
    speaker: 'the city',
    name: 'the city',
  },
  {
    why: 'a trailing cue after a body whose name has "and" in it names the whole body',
    text: 'The company overstated its earnings for three years, the Securities and Exchange Commission said on Tuesday.',
    speaker: 'the Securities and Exchange Commission',
    name: 'Securities and Exchange Commission',
    sourceType: 'named-organization',
  },
  {
    why: 'a body\'s name joined by "and" is named whole though the names step read only its first part',
    text: 'Coverage of the governor was 71 percent negative in June, the Center for Media and Public Affairs said.',
    speaker: 'the Center for Media and Public Affairs',
    name: 'Center for Media and Public Affairs',
  },
  {
    why: 'the party and state in parentheses do not turn a committee chairman into his committee',
    text: '"Subpoenas are not optional," Oversight Chairman Jason Chaffetz (R-Utah) said after the hearing.',
    speaker: 'Oversight Chairman Jason Chaffetz (R-Utah)',
    name: 'Jason Chaffetz',
    sourceType: 'named-person',
  },
  {
    why: '"the mayor" is the person a sentence opened with as "The mayor, Dan Ortiz,"',
    text:
      'The mayor, Dan Ortiz, said the Elm Street bridge was safe.\n\n' +
      'The mayor added that repairs to the deck would begin in the spring.',
    speaker: 'The mayor',
    name: 'Dan Ortiz',
  },
  {
    why: '"the spokeswoman" is the person named after "a company spokeswoman," and stays a person',
    text:
      'The plant will close in June, said a company spokeswoman, Lena Park. The spokeswoman said the 140 workers ' +
      'would be paid through August.',
    speaker: 'The spokeswoman',
    name: 'Lena Park',
    sourceType: 'named-person',
  },
  {
    why: 'a role the appositive after "according to" names is that person',
    text: "The strike will begin on Monday, according to the union's president, Maria Quell.",
    speaker: "the union's president",
    name: 'Maria Quell',
  },
  {
    why: 'a neighbor named "Earl" is Earl Fontenot, not "Fontenot" under a title',
    text: '"We lost everything but the house," said Thibodaux\'s neighbor, Earl Fontenot.',
    speaker: "Thibodaux's neighbor, Earl Fontenot",
    name: 'Earl Fontenot',
    sourceType: 'named-person',
  },
  {
    why: 'an adverb quoted between subject and verb stays out of the speaker: the company denied',
    text: 'The company "categorically" denied any intent to mislead investors about the recall.',
    speaker: 'The company',
    name: 'The company',
    sourceType: 'named-organization',
  },
  {
    why: 'a company that reports its revenue is an organisation, not a person',
    text: 'Brightline Outdoor reported revenue of $2.1 billion for the quarter, below what analysts had expected.',
    speaker: 'Brightline Outdoor',
    name: 'Brightline Outdoor',
    sourceType: 'named-organization',
  },
  {
    why: '"the Vermont senator" is Bernie Sanders, who spoke last and was named last, though no "Sen." came before',
    text:
      'Bernie Sanders offered pointed advice to Hillary Clinton on Friday. "She has to draw a contrast," Sanders said.\n\n' +
      'Asked whether his supporters would turn out for her, the Vermont senator said most of them would.',
    speaker: 'the Vermont senator',
    name: 'Bernie Sanders',
    sourceType: 'named-person',
  },
  {
    why: '"the GOP nominee" is the man the text wrote beside the party and role',
    text:
      'GOP nominee Donald Trump and Hillary Clinton met for their first debate on Monday. Clinton said she had ' +
      'prepared for weeks.\n\nThe GOP nominee said the moderator had been unfair to him.',
    speaker: 'The GOP nominee',
    name: 'Donald Trump',
  },
  {
    why: "a reader comment signed after a dash is that reader's",
    text:
      'We asked voters in Toledo what they thought of the debate.\n\n' +
      '“He never answered a single question about jobs. How did we get this low?” ― Karen Bobadilla\n',
    speaker: 'Karen Bobadilla',
    name: 'Karen Bobadilla',
    sourceType: 'named-person',
  },
  {
    why: 'a signature keeps its appositive',
    text: '"It was the longest night of my career." — Dana Ortiz, a nurse at St. Vincent hospital\n',
    speaker: 'Dana Ortiz, a nurse at St. Vincent hospital',
    name: 'Dana Ortiz',
  },
  {
    why: "a transcript's label opening a quoted paragraph names its speaker",
    text:
      'Partial transcript of the interview as follows:\n\n' +
      '"PENCE: Well, look, the question really should be why the other campaign invited celebrities to the debate.\n',
    speaker: 'PENCE',
    name: 'PENCE',
  },
];

describe('speaker names (issue 14)', () => {
  itNamesSpeakers(NAMED);

  it('"they" after one person named as the subject stays "they"', () => {
    const [c] = attributedClaims(
      'Ana Ruiz toured the pumping station on Monday. They said the pumps were 40 years old.',
    );
    assert.strictEqual(c.speaker?.name, 'They');
  });

  it('"they" after a company that interviewed people is not the company', () => {
    const c = attributedClaims(
      'The Harbor Ledger interviewed 20 former crew members on Monday. They described long shifts and broken pumps.',
    ).pop();
    assert.notStrictEqual(c?.speaker?.name, 'Harbor Ledger');
  });

  it('two places named together are not one body', () => {
    const [c] = attributedClaims('China and Russia said the sanctions went too far.');
    assert.notStrictEqual(c.speaker?.name, 'China and Russia');
  });

  it('"the mayor" someone met before speaking is not that someone', () => {
    const c = attributedClaims(
      'After meeting the mayor, Ana Ruiz said the talks had gone well. The mayor said the talks had failed.',
    ).pop();
    assert.strictEqual(c?.speaker?.name, 'The mayor');
  });

  it('"the FBI director" is no one the text named, not the person who spoke last', () => {
    const c = attributedClaims(
      'Hillary Clinton said the FBI investigation of her email server was over. The FBI director said the ' +
        'investigation would continue.',
    ).pop();
    assert.strictEqual(c?.speaker?.name, 'The FBI director');
  });

  it('"the Florida senator" is not the man the text wrote beside "Florida primary winner"', () => {
    const c = attributedClaims(
      'Marco Rubio spoke over boos as he congratulated Florida primary winner Donald Trump on Tuesday night. ' +
        'The Florida senator said the party had lost its way.',
    ).pop();
    assert.notStrictEqual(c?.speaker?.name, 'Donald Trump');
  });

  it('a quoted word the sentence runs on from is no quote with a speaker after it', () => {
    const found = attributedClaims('The ministry on Tuesday "categorically" rejected the claims.');
    assert.ok(!found.some((c) => c.speaker?.text === 'the claims'));
  });

  it('a title that is also a given name stays a title before a given name: Prince Harry', () => {
    const [c] = attributedClaims('Prince Harry said the charity would open two clinics.');
    assert.strictEqual(c?.speaker?.name, 'Harry');
  });

  it('a dash after a quote that goes on in lower case signs nothing', () => {
    const found = attributedClaims('The mayor called it "a fair deal" — a phrase she repeated twice on Monday.');
    assert.ok(!found.some((c) => c.speaker?.text?.startsWith('a phrase')));
  });

  it("a transcript label's quote starts after the label", () => {
    const text = '"PENCE: Gennifer Flowers will not be attending the debate tomorrow night.\n';
    const c = attributedClaims(text).find((x) => x.speaker?.text === 'PENCE');
    assert.ok(c?.content, 'no claim');
    assert.ok(text.slice(c.content.start).startsWith('Gennifer'), text.slice(c.content.start));
  });

  it('a label with nothing after it in its quote gives no claim of a range that ends before it starts', () => {
    for (const text of ['"MAYOR VENN:\n', '"MAYOR VENN: \n\nThe council met.\n', '"PENCE:  "']) {
      for (const c of analyzeText(text).claims) {
        assert.ok(c.start <= c.end && c.content.start <= c.content.end, JSON.stringify([text, c.content]));
        assert.notStrictEqual(c.speaker?.text, text.includes('PENCE') ? 'PENCE' : 'MAYOR VENN');
      }
    }
  });

  it("last year's report is no one's: the phrase keeps its words", () => {
    const [c] = attributedClaims("Last year's report said the bridge was safe.");
    assert.ok(c, 'no claim');
    assert.strictEqual(c.speaker?.name, c.speaker?.text);
  });
});
