/**
 * The right name for a speaker written the way wire and local stories vary it (issue 14): a surname after a title the
 * names step must read ("Council Member"), a descriptor that gives the person something new ("the two-term
 * councilman", "the 41-year-old"), a body's descriptor past a wire credit, a lawyer introduced with a plural
 * possessive, a body a country owns, a father and a son who share a surname, and a filing that speaks for who filed it.
 * Each draft's claim holding `at` (default: the last attributed claim) must name the speaker so.
 */
import * as assert from 'assert';
import { attributedClaims, itNamesSpeakers, type Named } from './speaker-harness';

const NAMED: Named[] = [
  {
    why: 'a surname after "Council Member Denise Okonkwo" is that council member',
    text:
      'Council Member Denise Okonkwo, who represents the district, cast the deciding vote on Tuesday.\n\n' +
      '"We cannot keep saying no to housing," Okonkwo said.',
    speaker: 'Okonkwo',
    name: 'Denise Okonkwo',
    sourceType: 'named-person',
  },
  {
    why: 'a spokesman named after his role keeps a surname that is also a body\'s word ("Banks")',
    text:
      'A Harlan spokesman, Trevor Banks, said the company would offer 12 weeks of pay.\n\n' +
      '"We are going to do right by our people," Banks said.',
    speaker: 'Banks',
    name: 'Trevor Banks',
    sourceType: 'named-person',
  },
  {
    why: '"the two-term councilman" is the council member the sentence before was about',
    text:
      'Council Member Paul Brennan voted against the plan. The two-term councilman said the traffic study was ' +
      'worthless.',
    speaker: 'The two-term councilman',
    name: 'Paul Brennan',
  },
  {
    why: '"the 41-year-old" gives the age of the person just written about; her "she" follows',
    text:
      'Okonkwo pushed back on the idea that the council had caved to the developer. The 41-year-old, who was first ' +
      'elected in 2022, said she had won concessions.\n\n"Nobody handed them anything," she said.',
    speaker: 'she',
    name: 'Okonkwo',
  },
  {
    why: '"said the 38-year-old" after a quote is a speaker, the woman named with that age',
    text:
      'Jessica Moreno, 38, said she ate at the restaurant with her two children.\n\n' +
      '"My first thought was my kids," the 38-year-old said.',
    speaker: 'the 38-year-old',
    name: 'Jessica Moreno',
  },
  {
    why: '"the company" is the company named before it, not the wire credited in the dateline',
    text:
      'ATLANTA (AP) — A federal appeals court on Thursday reinstated a verdict against a Georgia trucking company.\n\n' +
      'Delmar Freight Lines said it would ask the full court to rehear the case. In a statement, the company said ' +
      'the panel had "ignored the careful findings of a judge."',
    speaker: 'the company',
    name: 'Delmar Freight Lines',
    sourceType: 'named-organization',
  },
  {
    why: '"the agency" is the health department, not a community center whose town was named in passing',
    text:
      'The Marion County Health Department urged anyone who ate at a grill in Lakeside to get a vaccine.\n\n' +
      'The agency said the risk was low. Clinics will be held at the Lakeside Community Center.',
    speaker: 'The agency',
    name: 'Marion County Health Department',
  },
  {
    why: '"the lawyer" after "The Whitakers\' lawyer, Jerome Castillo": a plural possessive gives the role too',
    text:
      'The Whitakers\' lawyer, Jerome Castillo, called the dissent "thoughtful but wrong."\n\n' +
      '"They will fight this to the end," the lawyer said.',
    speaker: 'the lawyer',
    name: 'Jerome Castillo',
  },
  {
    why: 'a ministry a country owns is the ministry, not the country',
    text: 'Serbia\'s Foreign Ministry said in a statement that Kurti was "the main obstacle to normalisation."',
    speaker: "Serbia's Foreign Ministry",
    name: "Serbia's Foreign Ministry",
    sourceType: 'named-organization',
  },
  {
    why: 'a body\'s name goes on after "and" when its first part has its own connector',
    text:
      'The Centers for Disease Control and Prevention says hepatitis A spreads mainly when a person swallows food ' +
      'or water contaminated with tiny amounts of stool from an infected person.',
    speaker: 'The Centers for Disease Control and Prevention',
    name: 'Centers for Disease Control and Prevention',
  },
  {
    why: '"the filing" speaks for the company that filed suit, past a relative clause naming another',
    text:
      'Acme Logistics, which leased the trailer to Delmar, filed suit against the trucking company in June. The ' +
      'filing says Delmar "concealed the driver\'s hours from its partners."',
    speaker: 'The filing',
    name: 'Acme Logistics',
    sourceType: 'document',
  },
  {
    why: '"He" after "Adeyemi\'s father, Samuel Adeyemi, …" is the father, not the son whose name is the possessor',
    text:
      'Rovers signed striker Tunde Adeyemi on Friday. "I am here to score," Adeyemi said.\n\n' +
      "Adeyemi's father, Samuel Adeyemi, travelled from Lagos for the signing. He said his son had turned down a " +
      'move to Saudi Arabia.',
    speaker: 'He',
    name: 'Samuel Adeyemi',
  },
  {
    why: '"the elder Whitaker" is the father of the two Whitakers named in full',
    text:
      'The student, Caleb Whitaker, 20, was driving home when a truck crossed the median.\n\n' +
      'His father, Gordon Whitaker, sued the company. Reached by phone, the elder Whitaker said he had not read ' +
      'the ruling.',
    speaker: 'the elder Whitaker',
    name: 'Gordon Whitaker',
  },
  {
    why: '"the younger Whitaker" is the one written "Jr."',
    text:
      "His father, Gordon Whitaker, sued the company.\n\nWhitaker's son, Gordon Whitaker Jr., testified at the " +
      'trial.\n\n"He said he was tired," the younger Whitaker told jurors.',
    speaker: 'the younger Whitaker',
    name: 'Gordon Whitaker Jr.',
  },
  {
    why: '"the Massachusetts Democrat" is the senator the story is about, not a body of that name',
    text:
      'Senator Elizabeth Warren on Tuesday urged regulators to block the merger.\n\n' +
      '"This deal is bad for consumers," the Massachusetts Democrat said in a letter.',
    speaker: 'the Massachusetts Democrat',
    name: 'Elizabeth Warren',
    sourceType: 'named-person',
  },
  {
    why: '"the Democrat" for a governor the text never called one is the governor who just spoke',
    text:
      'Gov. Kathy Hochul signed the bill on Monday.\n\nThe governor dismissed the threat. "Let them try," Hochul ' +
      'said.\n\nAsked about the cost, the Democrat said the state would cover administrative expenses.',
    speaker: 'the Democrat',
    name: 'Kathy Hochul',
  },
  {
    why: '"The official added" right after a named official spoke in the same paragraph is that official',
    text:
      'Budget Director Blake Washington said the program would cost about $12 million a year. The official added ' +
      'that federal funds might cover part of it.',
    speaker: 'The official',
    name: 'Blake Washington',
  },
  {
    why: '"He" after a woman spoke of a man named only as an object is the man who spoke before her',
    text:
      "Prosecutor Dana Whitfield told jurors that Marcus Lee planned the robbery. Lee's attorney, Robert Fine, said " +
      'his client was at home that night.\n\nShe showed the jury phone records placing Lee near the bank. He ' +
      'countered that the records were unreliable.',
    speaker: 'He',
    name: 'Robert Fine',
  },
  {
    why: '"the minister" after "Ukraine\'s foreign minister, Dmytro Kuleba,": a country\'s possessive before the role',
    text:
      "KYIV, Ukraine (AP) — Ukraine's foreign minister, Dmytro Kuleba, said Monday that talks had stalled.\n\n" +
      '"There is no progress," the minister told reporters in Kyiv.',
    speaker: 'the minister',
    name: 'Dmytro Kuleba',
  },
  {
    why: 'a surname that is an everyday word opening a sentence ("Fine said") is the person named in full',
    text: "Lee's attorney, Robert Fine, said his client was at home.\n\nFine said he expected an acquittal.",
    speaker: 'Fine',
    name: 'Robert Fine',
    sourceType: 'named-person',
  },
  {
    why: '"The electric-car maker" is the company named before it: words that describe a company need not name it',
    text: 'Tesla Inc. said deliveries rose 20 percent. The electric-car maker said it expected further growth.',
    speaker: 'The electric-car maker',
    name: 'Tesla Inc.',
    sourceType: 'named-organization',
  },
  {
    why: '"Chief Executive Elon Musk": both words are the title',
    text: 'Chief Executive Elon Musk said demand was strong.',
    speaker: 'Chief Executive Elon Musk',
    name: 'Elon Musk',
  },
  {
    why: '"She" after a woman named in the subject\'s appositive is that woman, not the woman who spoke before',
    text:
      'Writing for the panel, Judge Lucia Fernández said jurors had ample reason to find against the company.\n\n' +
      'The third member of the panel, Judge Ellen Tarrant, dissented in part. She said the damages were too high.',
    speaker: 'She',
    name: 'Ellen Tarrant',
  },
  {
    why: 'a court named with its ordinal keeps it: "the 11th U.S. Circuit Court of Appeals"',
    text:
      'A three-judge panel of the 11th U.S. Circuit Court of Appeals said the trial judge had "substituted his own ' +
      'view of the evidence for the jury\'s."',
    speaker: 'A three-judge panel of the 11th U.S. Circuit Court of Appeals',
    name: '11th U.S. Circuit Court of Appeals',
  },
  {
    why: 'a transcript label in capitals is a person, not an acronym, and may open a short answer',
    text: 'Adeyemi took questions from reporters.\n\nQ: Will you be fit for the opener?\n\nRAMOS: I am ready.\n',
    speaker: 'RAMOS',
    name: 'RAMOS',
    sourceType: 'named-person',
  },
];

describe('speaker names in second references (issue 14)', () => {
  itNamesSpeakers(NAMED);

  it('"the 54-year-old" is not a person the text gave another age', () => {
    const c = attributedClaims(
      'Tomas Vale, 61, chairs the board. He met the staff on Monday. "We will cut nothing," the 54-year-old said.',
    ).pop();
    assert.notStrictEqual(c?.speaker?.name, 'Tomas Vale');
  });

  it('"Critics called her the finest voice" rests on unnamed critics; "called her the next day" reports nothing', () => {
    const [c] = attributedClaims('Critics called her the finest voice swamp pop ever produced.');
    assert.strictEqual(c?.speaker?.text, 'Critics');
    assert.strictEqual(c.sourceType, 'unnamed-group');
    assert.deepStrictEqual(attributedClaims('Her sister called her the next day to say the house was sold.'), []);
  });

  it('"the official" after an unnamed official stays unnamed', () => {
    const c = attributedClaims(
      'Ana Ruiz met the delegation. A senior official said the bloc was considering freezing funds. "Patience is ' +
        'not unlimited," the official said.',
    ).pop();
    assert.strictEqual(c?.speaker?.name, 'the official');
  });

  it('"the senior official" is nobody the story named', () => {
    const c = attributedClaims(
      'Ana Ruiz met the delegation on Monday. "Patience is not unlimited," the senior official said.',
    ).pop();
    assert.notStrictEqual(c?.speaker?.name, 'Ana Ruiz');
  });
});
