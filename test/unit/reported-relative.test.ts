/**
 * A cue inside a relative clause whose verb follows the cue at once ("a move that the ministry hopes will calm the
 * markets"): the clause's subject is the speaker, and what the noun before it does or is, is what they report. Plain
 * relative clauses without such a cue, and ones whose cue takes an object, are no claims.
 */
import * as assert from 'assert';
import { attributed, itGivesClaims, type Reported } from './reported-harness';

const SHAPES: Reported[] = [
  {
    text: 'Parents and teachers protested the state funding formula, which advocates say shortchanges rural districts.',
    claims: [{ speaker: 'advocates', cue: 'say', content: 'shortchanges rural districts' }],
  },
  {
    text: 'The central bank cut its key rate by half a point, a move that the ministry hopes will calm the markets.',
    claims: [{ speaker: 'the ministry', cue: 'hopes', content: 'will calm the markets' }],
  },
  {
    text: 'The sailors were released within a day, in what many analysts said was a sign of thawing relations.',
    claims: [{ speaker: 'many analysts', cue: 'said', content: 'was a sign of thawing relations' }],
  },
  // no relative word: the speaker follows the noun at once
  {
    text: 'The audit is part of a broader inquiry the county sheriff said was continuing.',
    claims: [{ speaker: 'the county sheriff', cue: 'said', content: 'was continuing' }],
  },
  // the relative of the sentence's subject ends before the main verb
  {
    text: 'The emails that investigators believe were deleted in March have been recovered.',
    claims: [{ speaker: 'investigators', cue: 'believe', content: 'were deleted in March' }],
  },
  // a relative clause inside the reported clause's subject, then the clause's own verb
  {
    text: 'The chief said two officers who were injured are in stable condition.',
    claims: [{ speaker: 'The chief', cue: 'said', content: 'two officers who were injured are in stable condition' }],
  },
  // a cleft still reports what was said
  {
    text: 'What she said is that the city had no choice.',
    claims: [{ speaker: 'she', cue: 'said', content: 'is that the city had no choice' }],
  },
];

/** relative clauses that report nothing: the verb after the cue is the main clause's, or the cue takes an object */
const NOT_CLAIMS = [
  'The council approved the budget the mayor proposed.',
  'The bill the governor signed was challenged in court.',
  'The map that lawmakers drew gives Democrats an edge.',
  'The school board hired the principal the parents wanted.',
  // the cue is inside the sentence's subject, and the verb after it is the sentence's own
  'The plan that the mayor announced would cost $4 million, paid for with federal pandemic relief money.',
  'What he said was not recorded.',
  // a count added to a budget, with a relative clause on its object: no reported clause
  'The budget adds 22 positions to the Department of Community Relations, including eight caseworkers who would work at the shelter.',
];

describe('reported speech: a cue inside a relative clause', () => {
  itGivesClaims(SHAPES);
  for (const text of NOT_CLAIMS) it(`no claim: ${text}`, () => assert.deepStrictEqual(attributed(text), []));
});
