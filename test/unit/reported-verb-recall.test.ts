/**
 * Reported speech with a verb cue the attribution rules used to miss (issue 14, unquoted recall): a participle that
 * goes on from "said" with what the speaker recalled or recited, a subject with a relative clause that has no "who",
 * the topic of a question after its addressee, a subject the tagger reads as adjectives, two speakers joined by "and" after the words, and indefinite speakers; and where the words end: a plain object before
 * where or when it was said, and a sentence's linking word left out. Each draft must give exactly these claims;
 * the near misses, where the same words are an action and not a report, must give none of their own.
 */
import * as assert from 'assert';
import { attributed, itGivesClaims, type Reported } from './reported-harness';

const SHAPES: Reported[] = [
  // a participle after an attribution of speech reports a plain noun phrase
  {
    text: '"He would get choked up talking about the mill," Mr. Brown said, recalling a visit to his church by the candidate.',
    claims: [
      { speaker: 'Mr. Brown', cue: 'said', content: 'He would get choked up talking about the mill,', kind: 'direct' },
      { speaker: 'Mr. Brown', cue: 'recalling', content: 'a visit to his church by the candidate' },
    ],
  },
  {
    text: '"You knew what I was before you let me in," Trump told the crowd, reciting the lyrics of the song.',
    claims: [
      { speaker: 'Trump', cue: 'told', content: 'You knew what I was before you let me in,', kind: 'direct' },
      { speaker: 'Trump', cue: 'reciting', content: 'the lyrics of the song' },
    ],
  },
  {
    text: 'The levy is the only way to keep the clinic open, the treasurer said, explaining the board’s decision.',
    claims: [
      { speaker: 'the treasurer', cue: 'said', content: 'The levy is the only way to keep the clinic open' },
      { speaker: 'the treasurer', cue: 'explaining', content: 'the board’s decision' },
    ],
  },
  // a relative clause without "who" inside the subject
  {
    text: 'Several people I have spoken with over the past week said the governor had courted donors for months.',
    claims: [
      {
        speaker: 'Several people I have spoken with over the past week',
        cue: 'said',
        content: 'the governor had courted donors for months',
      },
    ],
  },
  {
    text: 'Still, none of the election lawyers I interviewed thought a recount was likely.',
    claims: [
      { speaker: 'none of the election lawyers I interviewed', cue: 'thought', content: 'a recount was likely' },
    ],
  },
  {
    text: 'The officials we spoke to said the bridge would cost more than $4 million to repair.',
    claims: [
      {
        speaker: 'The officials we spoke to',
        cue: 'said',
        content: 'the bridge would cost more than $4 million to repair',
      },
    ],
  },
  // the topic of a question, after whom it was asked
  {
    text: 'The anchor drew criticism after he asked Clinton about her email server during the forum.',
    claims: [{ speaker: 'he', cue: 'asked', content: 'her email server' }],
  },
  {
    text: 'The host asked her about several women who said they were harassed by the senator.',
    claims: [
      { speaker: 'The host', cue: 'asked', content: 'several women' },
      { speaker: 'several women who', cue: 'said', content: 'they were harassed by the senator' },
    ],
  },
  // two speakers joined by "and" after the words they report
  {
    text: 'The bridge will stay closed through March, current and former county officials said.',
    claims: [
      {
        speaker: 'current and former county officials',
        cue: 'said',
        content: 'The bridge will stay closed through March',
      },
    ],
  },
  {
    text: 'The union’s support is strongest among younger teachers, teachers and union officials told the Ledger.',
    claims: [
      {
        speaker: 'teachers and union officials',
        cue: 'told',
        content: 'The union’s support is strongest among younger teachers',
      },
    ],
  },
  {
    text: 'The manager grabbed the reporter’s arm as she tried to ask a question, she and another reporter said.',
    claims: [
      {
        speaker: 'she and another reporter',
        cue: 'said',
        content: 'The manager grabbed the reporter’s arm as she tried to ask a question',
      },
    ],
  },
  // a plain object ends before where or when it was said
  {
    text: 'Trump attacked the former beauty queen in early-morning tweets.',
    claims: [{ speaker: 'Trump', cue: 'attacked', content: 'the former beauty queen' }],
  },
  {
    text: 'The nurses union endorsed the governor on Thursday, its first endorsement in a decade.',
    claims: [{ speaker: 'The nurses union', cue: 'endorsed', content: 'the governor' }],
  },
  {
    text: 'Ortiz praised the road crews during the council meeting.',
    claims: [{ speaker: 'Ortiz', cue: 'praised', content: 'the road crews' }],
  },
  {
    text: 'The governor endorsed the former mayor last week.',
    claims: [{ speaker: 'The governor', cue: 'endorsed', content: 'the former mayor' }],
  },
  // … but a preposition inside the phrase is part of it, and so is a time in the middle of it
  {
    text: 'The developer announced plans this week to build 200 homes on the site.',
    claims: [{ speaker: 'The developer', cue: 'announced', content: 'plans this week to build 200 homes on the site' }],
  },
  {
    text: 'The mayor praised investment in rural schools.',
    claims: [{ speaker: 'The mayor', cue: 'praised', content: 'investment in rural schools' }],
  },
  // a linking word that opens the sentence is the writer's, not the speaker's
  {
    text: 'However, the levy will fail in November, the treasurer said.',
    claims: [{ speaker: 'the treasurer', cue: 'said', content: 'the levy will fail in November' }],
  },
  {
    text: 'For now, the bridge will stay closed to trucks, county officials said.',
    claims: [{ speaker: 'county officials', cue: 'said', content: 'the bridge will stay closed to trucks' }],
  },
  // what "called" names, after wire copy's doubled apostrophes or an appositive on the person named
  {
    text: "The governor called the proposal ''reckless.''",
    claims: [{ speaker: 'The governor', cue: 'called', content: "the proposal ''reckless" }],
  },
  {
    text: 'At the time, the consultant called the mayor, a former trucking executive who twice ran for Congress, an outstanding leader.',
    claims: [
      {
        speaker: 'the consultant',
        cue: 'called',
        content: 'the mayor, a former trucking executive who twice ran for Congress, an outstanding leader',
      },
    ],
  },
  // a second verb of the speaker's ends a plain object, and its own cue may follow
  {
    text: 'Ortiz praised the road crews and thanked the volunteers.',
    claims: [
      { speaker: 'Ortiz', cue: 'praised', content: 'the road crews' },
      { speaker: 'Ortiz', cue: 'thanked', content: 'the volunteers' },
    ],
  },
  {
    text: 'The treasurer praised the auditor and seemed to think the levy was too small.',
    claims: [
      { speaker: 'The treasurer', cue: 'praised', content: 'the auditor' },
      { speaker: 'The treasurer', cue: 'think', content: 'the levy was too small' },
    ],
  },
  // an answer that stands for a whole clause
  {
    text: 'Asked whether the council would back the levy, Councilman Dan Ortiz said he would.',
    claims: [{ speaker: 'Councilman Dan Ortiz', cue: 'said', content: 'he would' }],
  },
  {
    text: 'In March, 26 percent of likely voters said the same.',
    claims: [{ speaker: '26 percent of likely voters', cue: 'said', content: 'the same' }],
  },
  {
    text: 'The senator said no to the pipeline.',
    claims: [{ speaker: 'The senator', cue: 'said', content: 'no to the pipeline' }],
  },
  // a subject whose last word the tagger reads as an adjective
  {
    text: 'The self-described democratic socialist said he would carry the county if turnout was high.',
    claims: [
      {
        speaker: 'The self-described democratic socialist',
        cue: 'said',
        content: 'he would carry the county if turnout was high',
      },
    ],
  },
  // an indefinite pronoun for a person
  {
    text: 'Then someone asked how the senator could win back young voters.',
    claims: [{ speaker: 'someone', cue: 'asked', content: 'how the senator could win back young voters' }],
  },
];

describe('reported speech: verb cues (recall)', () => {
  itGivesClaims(SHAPES);

  // the same words as actions: no claim of their own
  const NEAR_MISSES = [
    'Asked about the levy, the mayor said nothing.',
    'The mayor called the fire department, a volunteer crew, at noon.',
    'The automaker is recalling 40,000 pickup trucks over a faulty brake line.',
    'The union recalled its negotiators from the talks on Friday.',
    'The choir is reciting the pledge at noon, before the parade.',
    'The officials we spoke to left the meeting before the vote.',
    'Nobody left the hall before the mayor arrived.',
  ];
  for (const text of NEAR_MISSES)
    it(`no claim: ${text}`, () => {
      assert.deepStrictEqual(
        attributed(text).map((c) => c.cue),
        [],
      );
    });

  it('a participle of speech on its own, with a plain object, reports nothing', () => {
    const text = 'The mayor toured the flooded plant, recalling the workers who had been sent home.';
    assert.deepStrictEqual(
      attributed(text).map((c) => c.cue),
      [],
    );
  });
});
