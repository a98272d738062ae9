/** "find" and "seek" meaning getting something, not reporting it: no claim, while findings still are claims. */
import * as assert from 'assert';
import { attributed, itGivesClaims, type Reported } from './reported-harness';

const FINDINGS: Reported[] = [
  {
    text: 'Investigators found no evidence that the ballots had been altered.',
    claims: [{ speaker: 'Investigators', cue: 'found', content: 'no evidence that the ballots had been altered' }],
  },
  {
    text: 'The audit found the district overspent on busing for three years.',
    claims: [{ speaker: 'The audit', cue: 'found', content: 'the district overspent on busing for three years' }],
  },
  // "will" before "find" does not make it getting when a "that" clause follows
  {
    text: 'The inspector general will find that the county ignored its own engineers.',
    claims: [{ speaker: 'The inspector general', cue: 'find', content: 'that the county ignored its own engineers' }],
  },
];

describe('reported speech: "find" as a finding, not as getting', () => {
  itGivesClaims(FINDINGS);

  for (const text of [
    'The school board must find another $2 million before the June vote.',
    'Crews were still trying to find the leak on Tuesday night.',
    'The city will seek $4 million from the state to rebuild the pier.',
    'Tenants can find the forms at the library.',
  ])
    it(`no claim: ${text}`, () => assert.deepStrictEqual(attributed(text), []));
});

describe('reported speech: a two-word clause', () => {
  itGivesClaims([
    {
      text: 'Procter & Gamble said sales rose.',
      claims: [{ speaker: 'Procter & Gamble', cue: 'said', content: 'sales rose' }],
    },
    {
      text: 'Asked about the strike, the union’s president said talks stalled.',
      claims: [{ speaker: 'the union’s president', cue: 'said', content: 'talks stalled' }],
    },
  ]);
  it('a cue and a day are no clause', () => assert.deepStrictEqual(attributed('The company said Tuesday.'), []));
});
