/**
 * A cue word that names a document or what was said, not a speaker's verb (issue 14, precision): "the jobs report the
 * Labor Department released", "Her opening remarks that …". Each draft must give exactly the listed claims; the
 * near-misses beside them, where the same word is the verb, keep their claims.
 */
import { itGivesClaims, type Reported } from './reported-harness';

const DOCUMENTS: Reported[] = [
  // a plural that names a document with "report" keeps "report" a noun: no claim by "The jobs"
  {
    text: 'The jobs report the Labor Department released Friday showed that wages rose 3 percent.',
    claims: [
      {
        speaker: 'The jobs report the Labor Department released Friday',
        cue: 'showed',
        content: 'that wages rose 3 percent',
      },
    ],
  },
  {
    text: 'The earnings report the company filed Tuesday showed losses widening.',
    claims: [{ speaker: 'The earnings report the company filed Tuesday', cue: 'showed', content: 'losses widening' }],
  },
  // near-misses: a plural subject before "report" is still the speaker
  {
    text: 'Officials report that the Route 9 bridge will reopen in May.',
    claims: [{ speaker: 'Officials', cue: 'report', content: 'that the Route 9 bridge will reopen in May' }],
  },
  {
    text: 'Tenants report that the heat has been off since Sunday.',
    claims: [{ speaker: 'Tenants', cue: 'report', content: 'that the heat has been off since Sunday' }],
  },
  {
    text: 'Police report that the road will stay closed overnight.',
    claims: [{ speaker: 'Police', cue: 'report', content: 'that the road will stay closed overnight' }],
  },
];

const SAID_NOUNS: Reported[] = [
  // what was said, named by a noun inside the subject, is no cue: no claim by "Her opening"
  { text: 'Her opening remarks that the plan was dead drew applause.', claims: [] },
  { text: 'His opening claim that the levy would fail proved wrong.', claims: [] },
  { text: 'New emissions rules that limit coal plants took effect in March.', claims: [] },
  {
    text: 'Her remarks that the plan was dead were wrong, the mayor said.',
    claims: [{ speaker: 'the mayor', cue: 'said', content: 'Her remarks that the plan was dead were wrong' }],
  },
  // near-misses: a subject that agrees with the cue form is its speaker
  {
    text: 'A memo on the county website states that the pool will close in August.',
    claims: [{ speaker: 'A memo on the county website', cue: 'states', content: 'that the pool will close in August' }],
  },
  {
    text: 'The mayor claims that the levy will pass.',
    claims: [{ speaker: 'The mayor', cue: 'claims', content: 'that the levy will pass' }],
  },
  // an owned noun still reports for its owner
  {
    text: "The mayor's claim that the levy will pass drew laughter.",
    claims: [{ speaker: 'The mayor', cue: 'claim', content: 'that the levy will pass' }],
  },
];

describe('cue words that name a document or what was said (issue 14)', () => {
  itGivesClaims(DOCUMENTS);
  itGivesClaims(SAID_NOUNS);
});
