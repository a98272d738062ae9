/**
 * Speaker names a story gives away from the attribution itself (issue 14): what it calls a person it has just named
 * ("the billionaire", "the mother of three"), a quoted paragraph whose speaker the next paragraph names ("That was the
 * view of …"), a club's short name after its full one ("KRC Genk" … "Genk said"), a transcript's answer past its first
 * sentence, and names the sentence splitter or the phrase grammar cut short ("Rep. G.K. Butterfield", "Theresa May").
 * Each has a near miss that must keep its speaker as written or give none.
 */
import * as assert from 'assert';
import { attributedClaims, itNamesSpeakers, type Named } from './speaker-harness';
import { analyzeText } from '../../server/src/core/analyze';

const NAMED: Named[] = [
  {
    why: '"the billionaire" is the person the story was just about',
    text:
      'Elon Musk arrived 40 minutes late to the Senate hearing on Tuesday and took his seat without a word.\n\n' +
      '"I have nothing to hide," the billionaire said.',
    speaker: 'the billionaire',
    name: 'Elon Musk',
    sourceType: 'named-person',
  },
  {
    why: '"the mother of three" is the woman the story just named, not the man named with her',
    text:
      'Maria Lopez and her landlord, Peter Hall, walked through what was left of the house on Friday.\n\n' +
      '"We have nothing left," the mother of three said.',
    speaker: 'the mother of three',
    name: 'Maria Lopez',
  },
  {
    why: 'a quoted paragraph whose speaker the next paragraph names: "That was the view of …"',
    text:
      'The new Elm Street bridge will open in March, the county said Monday.\n\n' +
      '"It is the safest span we have ever built. Nothing like it stands anywhere in the state."\n\n' +
      'That was the view of Dan Ortiz, the county engineer, who has overseen the project since 2021.',
    at: 'safest span',
    speaker: 'Dan Ortiz, the county engineer, who has overseen the project since 2021',
    name: 'Dan Ortiz',
  },
  {
    why: '"That was how …, described the morning" names the quote before it',
    text:
      'Harlan Biotech said Wednesday it would cut 600 jobs.\n\n' +
      '"It was a gut punch. People walked out of the town hall crying."\n\n' +
      'That was how Erin Castellano, a lab technician in Worcester, described the morning.',
    at: 'gut punch',
    speaker: 'Erin Castellano, a lab technician in Worcester',
    name: 'Erin Castellano',
  },
  {
    why: '"So says …" after a quoted paragraph',
    text:
      'Rents in the city rose 9 percent last year.\n\n' +
      '"Rents will keep rising until the city builds."\n\n' +
      'So says Ana Ruiz, who has run the tenants union since 2019.',
    at: 'keep rising',
    speaker: 'Ana Ruiz, who has run the tenants union since 2019',
    name: 'Ana Ruiz',
  },
  {
    why: 'a club named in full earlier keeps its full name when the story shortens it',
    text:
      'Bristol Rovers signed the striker from Belgian side KRC Genk on Friday.\n\n' +
      'Genk said in a statement that it had accepted "an offer that reflects the player\'s value."',
    speaker: 'Genk',
    name: 'KRC Genk',
    sourceType: 'named-organization',
  },
  {
    why: "a transcript's answer is its label's to the end of the paragraph, not only the first sentence",
    text:
      'Q: Will you be fit for the opener?\n\n' +
      'ADEYEMI: I trained every day in Belgium. I am ready. The manager decides.',
    at: 'I am ready',
    speaker: 'ADEYEMI',
    name: 'ADEYEMI',
  },
  {
    why: 'initials inside a name do not end the sentence: "said Rep. G.K. Butterfield"',
    text: '"This is a disgusting day," said Rep. G.K. Butterfield, head of the Congressional Black Caucus.',
    speaker: 'Rep. G.K. Butterfield, head of the Congressional Black Caucus',
    name: 'G.K. Butterfield',
  },
  {
    why: 'a title that is also a state is no name: "said Del. Stacey Plaskett of the Virgin Islands"',
    text:
      'The committee voted 19-15 on Thursday to hold the contractor in contempt.\n\n' +
      '"This is a waste of time. It is destroying this committee," said Del. Stacey Plaskett of the Virgin Islands.',
    speaker: 'Del. Stacey Plaskett of the Virgin Islands',
    name: 'Stacey Plaskett',
  },
  {
    why: 'a last name that is also a month stays in the speaker: "Theresa May said"',
    text: 'British Prime Minister Theresa May said this week that the country would leave the single market.',
    speaker: 'British Prime Minister Theresa May',
    name: 'Theresa May',
  },
  {
    why: 'the setting a subject carries is not the speaker: "Stumpf in a televised interview appeared to blame"',
    text:
      'Wells Fargo chief executive John Stumpf testified before the Senate on Tuesday. Last week Stumpf in a televised ' +
      'interview appeared to blame low-level workers for the fake accounts.',
    speaker: 'Stumpf',
    name: 'John Stumpf',
  },
  {
    why: "a reporter's aside in parentheses after the name is not the speaker's",
    text:
      'Using the capital gains tax to reward patience "is a misguided approach," said Leonard Burman (a view echoed by ' +
      'everyone I interviewed).',
    speaker: 'Leonard Burman',
    name: 'Leonard Burman',
  },
  {
    why: 'a focus word before the name is not the speaker\'s: "Even China, …, said"',
    text:
      'North Korea conducted its fifth nuclear test on Friday. The U.N. Security Council condemned the test.\n\n' +
      "Even China, Pyongyang's only ally and its economic lifeline to the outside world, said it was " +
      '"resolutely opposed" to the test.',
    speaker: "China, Pyongyang's only ally and its economic lifeline to the outside world",
    name: 'China',
  },
  {
    why: 'the person after a body and its title, not the state after "of": "CBC Chairman G.K. Butterfield of North Carolina"',
    text:
      'The Congressional Black Caucus met on Monday.\n\n' +
      'CBC Chairman G.K. Butterfield of North Carolina said he was "outraged" to even hear about it.',
    speaker: 'CBC Chairman G.K. Butterfield of North Carolina',
    name: 'G.K. Butterfield',
  },
  {
    why: '"Mr. Paulson" is the founder, not the fund the names step linked the surname to',
    text:
      'Paulson Partners, a hedge fund founded by John A. Paulson, increased its stake in the drugmaker last quarter. ' +
      'Mr. Paulson, who made billions betting against subprime mortgages, told investors the worries were overblown.',
    speaker: 'Mr. Paulson, who made billions betting against subprime mortgages',
    name: 'John A. Paulson',
    sourceType: 'named-person',
  },
  {
    why: 'the time a subject carries is not the speaker: "Trump at the time said"',
    text: 'Donald Trump ran a rally in Iowa on Monday. Trump at the time said he had asked his people to pay the fees.',
    speaker: 'Trump',
    name: 'Donald Trump',
  },
  {
    why: 'a quote closed with doubled apostrophes leaves none of its marks on the speaker',
    text:
      'Ann Compton covered the White House for ABC News.\n\n' +
      "''Barbara Bush looked at me and said, 'You weren't in line,''' Ms. Compton recalled.",
    speaker: 'Ms. Compton',
    name: 'Ann Compton',
  },
  {
    why: '"the retired neurosurgeon" is the candidate the story is about',
    text:
      'Ben Carson fell to 10 percent in the latest national poll, a slide driven by a series of foreign policy ' +
      'stumbles.\n\nThe retired neurosurgeon said he was refining some operational practices.',
    speaker: 'The retired neurosurgeon',
    name: 'Ben Carson',
  },
  {
    why: '"the candidate" after the moderator pressed him',
    text:
      'When the moderator pointed out that Donald Trump had not answered the question, the candidate said families ' +
      'of people killed by police file lawsuits.',
    speaker: 'the candidate',
    name: 'Donald Trump',
  },
];

describe('speaker names held elsewhere in the story (issue 14)', () => {
  itNamesSpeakers(NAMED);

  it('"the father of three" is not the woman the story just named', () => {
    const c = attributedClaims(
      'Maria Lopez walked through what was left of the house on Friday.\n\n"We have nothing left," the father of three said.',
    ).pop();
    assert.strictEqual(c?.speaker?.name, 'the father of three');
  });

  it('"a billionaire" brings in someone new', () => {
    const c = attributedClaims(
      'Elon Musk arrived late to the hearing on Tuesday.\n\n"Nobody here understands the rockets," a billionaire in the gallery said.',
    ).pop();
    assert.notStrictEqual(c?.speaker?.name, 'Elon Musk');
  });

  it('a paragraph after a quote that names no speaker leaves the quote without one', () => {
    const a = analyzeText(
      'The council met on Tuesday.\n\n"Rents will keep rising until the city builds."\n\nThat was the week the council voted to delay the plan.',
    );
    const q = a.claims.find((c) => c.text.includes('keep rising'));
    assert.ok(q);
    assert.strictEqual(q.speaker ?? null, null);
  });

  it('a town followed by its state still ends the sentence: "Charlotte, N.C. Crews …"', () => {
    const [c] = attributedClaims('The storm hit Charlotte, N.C. Crews said the lines would be back by Sunday.');
    assert.strictEqual(c.speaker?.text, 'Crews');
  });

  it('"the U.N. chief" is a person, not the U.N.', () => {
    const c = attributedClaims(
      'Secretary-General António Guterres opened the U.N. session on Monday.\n\n"We are running out of time," the U.N. chief said.',
    ).pop();
    assert.strictEqual(c?.speaker?.text, 'the U.N. chief');
    assert.notStrictEqual(c?.speaker?.name, 'U.N.');
  });

  it('an aside that says who the subject is stays: "(that would be Ohio Gov. John Kasich)"', () => {
    const [c] = attributedClaims(
      'Advisers to a rival campaign (that would be Ohio Gov. John Kasich) said the race would tighten.',
    );
    assert.strictEqual(c.speaker?.text, 'Advisers to a rival campaign (that would be Ohio Gov. John Kasich)');
  });

  it('a year inside an appositive stays, and so does the day a poll was released', () => {
    const [a] = attributedClaims('Erin Murphy, a former aide who went to Burma in 2011, said the trip mattered.');
    assert.strictEqual(a.speaker?.text, 'Erin Murphy, a former aide who went to Burma in 2011');
    const [b] = attributedClaims('A CNN poll released on Tuesday showed the governor ahead by 16 points.');
    assert.strictEqual(b.speaker?.text, 'A CNN poll released on Tuesday');
  });

  it('a body and a person joined by "and" are not the person alone', () => {
    const [c] = attributedClaims(
      'The Congressional Black Caucus and Sen. Chuck Schumer of New York said the rule should stay.',
    );
    assert.notStrictEqual(c.speaker?.name, 'Chuck Schumer');
  });

  it('"the Democratic presidential candidate" is not whoever the story named last', () => {
    const c = attributedClaims(
      'Mika Brzezinski opened the show on Tuesday.\n\nThe Democratic presidential candidate said the plan would pass.',
    ).pop();
    assert.notStrictEqual(c?.speaker?.name, 'Mika Brzezinski');
  });

  it('a one-word club with no full name before it keeps its own name', () => {
    const [c] = attributedClaims('Genk said in a statement that it had accepted an offer for the striker.');
    assert.strictEqual(c.speaker?.name, 'Genk');
  });
});
