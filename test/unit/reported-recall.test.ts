/**
 * Reported speech the attribution rules used to miss (issue 14, attribution recall): each draft must give the claims
 * with these speakers, cues and reported words (content), in order, and no other attributed claim.
 */
import * as assert from 'assert';
import { attributed, itGivesClaims, type Reported } from './reported-harness';

const SHAPES: Reported[] = [
  // a sentence with reported words, then another speaker's quote after "and when asked …"
  {
    text: 'The superintendent said teachers hired after July would not get the raise, and when asked why the plan leaves them out, the district’s spokeswoman replied, "It was a budget decision."',
    claims: [
      { speaker: 'The superintendent', cue: 'said', content: 'teachers hired after July would not get the raise' },
      { speaker: 'the district’s spokeswoman', cue: 'replied', content: 'It was a budget decision.', kind: 'direct' },
    ],
  },
  {
    text: 'Ortiz said the bridge would reopen in May, and when asked about the cost, the county engineer said it would rise.',
    claims: [
      { speaker: 'Ortiz', cue: 'said', content: 'the bridge would reopen in May' },
      { speaker: 'the county engineer', cue: 'said', content: 'it would rise' },
    ],
  },
  // where or when it was said, between the cue and a clause without "that"
  {
    text: 'The sheriff said after the recount he would not concede the race.',
    claims: [{ speaker: 'The sheriff', cue: 'said', content: 'he would not concede the race' }],
  },
  {
    text: 'Ortiz said at the rally the crowd was the largest of the campaign.',
    claims: [{ speaker: 'Ortiz', cue: 'said', content: 'the crowd was the largest of the campaign' }],
  },
  // a headline over two lines, and copy wrapped by hand inside a sentence
  {
    text: 'Council delays vote on levy;\nMember of finance panel says county must cut spending first',
    claims: [{ speaker: 'Member of finance panel', cue: 'says', content: 'county must cut spending first' }],
  },
  {
    text: 'The levy will fail in November, the\ntreasurer said.',
    claims: [{ speaker: 'the treasurer', cue: 'said', content: 'The levy will fail in November' }],
  },
  // speakers named only by what is said of them
  {
    text: 'Those close to her say that, in addition to the levy, she would have to raise fees.',
    claims: [
      {
        speaker: 'Those close to her',
        cue: 'say',
        content: 'that, in addition to the levy, she would have to raise fees',
      },
    ],
  },
  {
    text: 'The ruling angered parents at the school, many of whom say the district ignored their complaints.',
    claims: [{ speaker: 'many of whom', cue: 'say', content: 'the district ignored their complaints' }],
  },
  // an attribution between a subject and its verb: the words on both sides are the speaker's
  {
    text: 'The new levy, the treasurer says, is the county’s last chance to fix its roads.',
    claims: [
      { speaker: 'the treasurer', cue: 'says', content: 'The new levy' },
      { speaker: 'the treasurer', cue: 'says', content: 'is the county’s last chance to fix its roads' },
    ],
  },
  // a trailing attribution followed by when it was said
  {
    text: 'This is not about the money, the coach told his players as they boarded the bus.',
    claims: [{ speaker: 'the coach', cue: 'told', content: 'This is not about the money' }],
  },
  {
    text: 'The bridge is safe, the engineer said when asked about the cracks.',
    claims: [{ speaker: 'the engineer', cue: 'said', content: 'The bridge is safe' }],
  },
  // a progressive cue with adverbs after its auxiliary
  {
    text: 'The county clerk is once again questioning the results of the June primary.',
    claims: [{ speaker: 'The county clerk', cue: 'questioning', content: 'the results of the June primary' }],
  },
  // "one" standing for one of a group named before
  {
    text: 'The family met with three lawyers; one suggested they sell the farm before the auction.',
    claims: [{ speaker: 'one', cue: 'suggested', content: 'they sell the farm before the auction' }],
  },
  // a participle after a quote's attribution that reports what the speaker spoke of
  {
    text: '"We kept our promise," the governor said, touting the new bridge over the Elk River.',
    claims: [
      { speaker: 'the governor', cue: 'said', content: 'We kept our promise,', kind: 'direct' },
      { speaker: 'the governor', cue: 'touting', content: 'the new bridge over the Elk River' },
    ],
  },
  // a headline in title case
  {
    text: 'Mayor Hid Road Fund Losses From Council, Former Auditor Says',
    claims: [{ speaker: 'Former Auditor', cue: 'Says', content: 'Mayor Hid Road Fund Losses From Council' }],
  },
];

describe('reported speech recall (issue 14)', () => {
  itGivesClaims(SHAPES);

  it('a question put to the speaker ("when asked about …") is no claim of the speaker', () => {
    const text =
      'Ortiz said the bridge would reopen in May, and when asked about the cost, the engineer said it would rise.';
    assert.ok(!attributed(text).some((c) => c.cue === 'asked about'));
  });

  it('"as much" after a cue is what it reports, not a clause saying when', () => {
    const text = 'The head of the agency, Ortiz’s boss, indicated as much in an email to the board.';
    assert.ok(!attributed(text).some((c) => text.slice(c.content.start, c.content.end).startsWith('The head')));
  });

  it('a fronted phrase and a name between commas are not split from a verb by an attribution', () => {
    assert.deepStrictEqual(attributed('Two weeks later, Ana Ruiz wrote a letter to the board.'), []);
  });

  it('a setting phrase before a plain object is no reported clause', () => {
    assert.deepStrictEqual(attributed('Ortiz spoke at the rally on Monday.'), []);
    assert.deepStrictEqual(attributed('The council voted after the hearing to close the plant.'), []);
  });
});
