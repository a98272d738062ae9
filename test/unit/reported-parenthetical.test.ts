/**
 * What follows an attribution set off by commas after the words it reports: a clause after "and" or "but", a
 * predicate that shares the reported clause's subject, or a "that" clause the words before it lead up to ("so bad,
 * he noted, that …"). Not a phrase without a verb, a quote's narration, or a setting of the attribution.
 */
import { itGivesClaims, type Reported } from './reported-harness';

const SHAPES: Reported[] = [
  {
    text: 'The middle fifth of earners paid 8.9 percent, the agency said in a June report, and those in the bottom fifth paid 0.8 percent.',
    claims: [
      { speaker: 'the agency', cue: 'said', content: 'The middle fifth of earners paid 8.9 percent' },
      { speaker: 'the agency', cue: 'said', content: 'those in the bottom fifth paid 0.8 percent' },
    ],
  },
  {
    text: 'The pilot had no known political affiliations, the airline added, and had passed all background security checks.',
    claims: [
      { speaker: 'the airline', cue: 'added', content: 'The pilot had no known political affiliations' },
      { speaker: 'the airline', cue: 'added', content: 'had passed all background security checks' },
    ],
  },
  {
    text: 'Paratransit service continues to operate, the transit authority said, and monthly pass holders will be offered refunds.',
    claims: [
      { speaker: 'the transit authority', cue: 'said', content: 'Paratransit service continues to operate' },
      { speaker: 'the transit authority', cue: 'said', content: 'monthly pass holders will be offered refunds' },
    ],
  },
  {
    text: 'The smog had become so bad, the ambassador noted, that the most-visited page in the city was the air-quality monitor.',
    claims: [
      { speaker: 'the ambassador', cue: 'noted', content: 'The smog had become so bad' },
      {
        speaker: 'the ambassador',
        cue: 'noted',
        content: 'that the most-visited page in the city was the air-quality monitor',
      },
    ],
  },
];

/** what follows the attribution is no more of what was said */
const ONLY_FIRST: Reported[] = [
  {
    // a phrase without a verb of its own
    text: 'The city had 62 main breaks last year, the utility director said, and 19 the year before.',
    claims: [{ speaker: 'the utility director', cue: 'said', content: 'The city had 62 main breaks last year' }],
  },
  {
    // a setting of what the board did next, not a clause
    text: 'The chief executive left the company in March, the board said, and in a statement thanked her for her service.',
    claims: [{ speaker: 'the board', cue: 'said', content: 'The chief executive left the company in March' }],
  },
];

describe('reported speech: the words after an attribution between commas', () => {
  itGivesClaims(SHAPES);
  itGivesClaims(ONLY_FIRST);
});
