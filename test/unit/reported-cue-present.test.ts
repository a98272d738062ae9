/**
 * Reported speech with an ordinary cue ("said", "argued", "suggested") that the rules used to miss (issue 14,
 * attribution recall): a participle after a trailing attribution, a setting or a span of time between the cue and
 * its clause, a floating "both" or "all" between the speaker and the cue. Each draft must give exactly these
 * attributed claims, in order; the near misses below must give no more than they list.
 */
import * as assert from 'assert';
import { attributed, itGivesClaims, type Reported } from './reported-harness';

const SHAPES: Reported[] = [
  // a quote closed by two apostrophes, as archive and wire copy print it, then a participle that reports more
  {
    text: "''We will not raise fares this year,'' the transit director said, referring to the board's vote on Tuesday.",
    claims: [
      { speaker: 'the transit director', cue: 'said', content: 'We will not raise fares this year,', kind: 'direct' },
      { speaker: 'the transit director', cue: 'referring to', content: "the board's vote on Tuesday" },
    ],
  },
  // what the cue was said of, then the participle
  {
    text: '"The county owes these families an answer," the commissioner said of the flooded homes, adding that repairs would start in May.',
    claims: [
      {
        speaker: 'the commissioner',
        cue: 'said',
        content: 'The county owes these families an answer,',
        kind: 'direct',
      },
      { speaker: 'the commissioner', cue: 'adding', content: 'that repairs would start in May' },
    ],
  },
  // when, or a longer where and when, then the participle
  {
    text: '"This is the safest bridge in the state," the engineer said Thursday evening, suggesting that the closure would end soon.',
    claims: [
      { speaker: 'the engineer', cue: 'said', content: 'This is the safest bridge in the state,', kind: 'direct' },
      { speaker: 'the engineer', cue: 'suggesting', content: 'that the closure would end soon' },
    ],
  },
  {
    text: '"We have done our part," the mayor said at a town hall meeting in Dayton, Ohio, on Monday, hinting at a tax increase.',
    claims: [
      { speaker: 'the mayor', cue: 'said', content: 'We have done our part,', kind: 'direct' },
      { speaker: 'the mayor', cue: 'hinting at', content: 'a tax increase' },
    ],
  },
  // "before" or "while" and the participle
  {
    text: '"I have lived here for 40 years," the pastor said, before clarifying that he would not run for the seat.',
    claims: [
      { speaker: 'the pastor', cue: 'said', content: 'I have lived here for 40 years,', kind: 'direct' },
      { speaker: 'the pastor', cue: 'clarifying', content: 'that he would not run for the seat' },
    ],
  },
  // a cue inside the opening quote is the speaker's own word: the attribution after the quote comes first
  {
    text: '"Where I sit right now, I think the deal is dead," the senator said, while arguing the state should sue the contractor.',
    claims: [
      {
        speaker: 'the senator',
        cue: 'said',
        content: 'Where I sit right now, I think the deal is dead,',
        kind: 'direct',
      },
      { speaker: 'the senator', cue: 'arguing', content: 'the state should sue the contractor' },
    ],
  },
  {
    text: '"We were never told," the union president said, echoing complaints from the drivers.',
    claims: [
      { speaker: 'the union president', cue: 'said', content: 'We were never told,', kind: 'direct' },
      { speaker: 'the union president', cue: 'echoing', content: 'complaints from the drivers' },
    ],
  },
  // a span of time between the cue and a clause without "that"
  {
    text: 'The county treasurer has said for months she will not sign the budget.',
    claims: [{ speaker: 'The county treasurer', cue: 'said', content: 'she will not sign the budget' }],
  },
  // where it was said, then a "that" the tagger reads as a pronoun
  {
    text: 'The governor even suggested on local radio that he would veto the bill.',
    claims: [{ speaker: 'The governor', cue: 'suggested', content: 'that he would veto the bill' }],
  },
  // "both" after the auxiliary
  {
    text: 'The mayor and the county executive have both argued that the stadium would pay for itself.',
    claims: [
      {
        speaker: 'The mayor and the county executive',
        cue: 'argued',
        content: 'that the stadium would pay for itself',
      },
    ],
  },
  // a participle phrase before the speaker reports what the speaker did, then the speaker's own claim
  {
    text: 'Noting that only two council members voted for the levy, the mayor added that the schools would close in June.',
    claims: [
      { speaker: 'the mayor', cue: 'Noting', content: 'that only two council members voted for the levy' },
      { speaker: 'the mayor', cue: 'added', content: 'that the schools would close in June' },
    ],
  },
  {
    text: 'Recalling that the levee had failed twice before, Fire Chief Dana Holt said the department had no boats to reach the east side.',
    claims: [
      { speaker: 'Fire Chief Dana Holt', cue: 'Recalling', content: 'that the levee had failed twice before' },
      { speaker: 'Fire Chief Dana Holt', cue: 'said', content: 'the department had no boats to reach the east side' },
    ],
  },
  // a trailing attribution, then a second cue of the same speaker later in the sentence
  {
    text: 'The levy is dead, the treasurer said after the meeting on Tuesday, because she said the council lacks the votes.',
    claims: [
      { speaker: 'the treasurer', cue: 'said', content: 'The levy is dead' },
      { speaker: 'she', cue: 'said', content: 'the council lacks the votes' },
    ],
  },
  // a stance word the tagger reads as a cue does not take in the attribution that closes the sentence
  {
    text: 'The new overtime rules are worrying, the union president said.',
    claims: [{ speaker: 'the union president', cue: 'said', content: 'The new overtime rules are worrying' }],
  },
  // a quote after a colon, then a participle after the quote's closing mark
  {
    text: 'In a statement, the utility said: "The sale was a success for our customers," adding that rates would fall in March.',
    claims: [
      {
        speaker: 'the utility',
        cue: 'said',
        content: 'The sale was a success for our customers,',
        kind: 'direct',
      },
      { speaker: 'the utility', cue: 'adding', content: 'that rates would fall in March' },
    ],
  },
];

describe('reported speech with an ordinary cue (issue 14)', () => {
  itGivesClaims(SHAPES);

  it('a participle that reports nothing after a trailing attribution is no claim', () => {
    const quote = "''We will not raise fares this year,'' the transit director said, leaving the meeting early.";
    assert.deepStrictEqual(
      attributed(quote).map((c) => c.cue),
      ['said'],
    );
    const setting = '"It was a long night," the mayor said at a town hall meeting in Dayton, walking to her car.';
    assert.deepStrictEqual(
      attributed(setting).map((c) => c.cue),
      ['said'],
    );
  });

  it('"before" and a participle with no words of its own is no claim', () => {
    assert.deepStrictEqual(attributed('He said, before leaving the room.'), []);
  });

  it('"for" and a span of time is all the setting: a plain object after it is no clause', () => {
    assert.deepStrictEqual(attributed('She has written for years the column the paper dropped in May.'), []);
  });

  it('a fronted participle is no claim without a speaker and a cue after its comma', () => {
    assert.deepStrictEqual(attributed('Citing the audit, the council cut 40 jobs at the water plant.'), []);
    assert.deepStrictEqual(attributed('Describing the damage, the mayor walked through the ruined shops.'), []);
    const speaking = 'Speaking to students on Monday, the governor said tuition would not rise.';
    assert.deepStrictEqual(
      attributed(speaking).map((c) => c.cue),
      ['said'],
    );
  });

  it('a stance word with its own subject stays a claim when no attribution closes the sentence', () => {
    assert.deepStrictEqual(
      attributed('The mayor said the new overtime rules are worrying.').map((c) => c.cue),
      ['said'],
    );
  });

  it('"all" after its auxiliary does not make a cue of a verb that reports nothing', () => {
    assert.deepStrictEqual(attributed('The commissioners have all voted for the plan.'), []);
  });
});
