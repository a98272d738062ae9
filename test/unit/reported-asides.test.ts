/**
 * A fronted "as" attribution with an aside between its cue and the comma ("As the auditor put it in a letter on
 * Monday, …"), a connecting word before it ("Yet, as …"), and a setting that opens the reported clause ("…, in the
 * first hours of the blaze, the crews …"); a setting between a cue and a clause without "that" ("acknowledged under
 * oath the bank had …"); a participle after the main clause past a longer aside ("The mayor, in an interview on
 * Friday, …, saying …") or after an adverb ("…, eventually saying …"). An "as" of time is no attribution.
 */
import * as assert from 'assert';
import { attributed, itGivesClaims, type Reported } from './reported-harness';

const SHAPES: Reported[] = [
  {
    text: 'As the county auditor put it in a letter to commissioners on Monday, the reserve fund cannot survive another year.',
    claims: [{ speaker: 'the county auditor', cue: 'put it', content: 'the reserve fund cannot survive another year' }],
  },
  {
    text: 'As one parent pointed out with a hand-drawn chart, the new bus routes add 40 minutes to the trip.',
    claims: [{ speaker: 'one parent', cue: 'pointed out', content: 'the new bus routes add 40 minutes to the trip' }],
  },
  {
    text: 'Yet, as the mayor observed, in the first hours of the blaze, the crews had no water.',
    claims: [{ speaker: 'the mayor', cue: 'observed', content: 'the crews had no water' }],
  },
  {
    text: 'The chief executive acknowledged under oath the bank had failed its customers.',
    claims: [{ speaker: 'The chief executive', cue: 'acknowledged', content: 'the bank had failed its customers' }],
  },
  // a participle after the main clause, past a longer aside after its subject or an adverb before it
  {
    text: 'The mayor, in an interview on Friday, barely dwelled on her rivals, saying that she was already looking ahead to the general election.',
    claims: [
      {
        speaker: 'The mayor',
        cue: 'saying',
        content: 'that she was already looking ahead to the general election',
      },
    ],
  },
  {
    text: 'Two council members, including Ana Ruiz and Dan Ortiz, have joined the protest, saying the levy is the only way to keep the library open.',
    claims: [
      {
        speaker: 'Two council members',
        cue: 'saying',
        content: 'the levy is the only way to keep the library open',
      },
    ],
  },
  {
    text: 'The senator stuck to policy at first but gradually turned against the plan, eventually saying it would be a disaster.',
    claims: [{ speaker: 'The senator', cue: 'saying', content: 'it would be a disaster' }],
  },
];

/** "as" of time, before a clause with no cue or with a cue that takes a plain object */
const NOT_CLAIMS = [
  'As the storm approached the coast, residents boarded up their windows.',
  'As the council met in the evening, protesters gathered outside.',
  // after an adverb, a participle that reports no clause
  'The mayor toured the flooded streets on Monday, then calling the county for more sandbags.',
];

describe('reported speech: asides around a fronted "as" attribution', () => {
  itGivesClaims(SHAPES);
  for (const text of NOT_CLAIMS) it(`no claim: ${text}`, () => assert.deepStrictEqual(attributed(text), []));
});
