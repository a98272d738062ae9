/**
 * Poll results and records as sources (issue 14, recall): a share of those asked as the subject of what it holds
 * ("About three-quarters support a temporary ban"), and what records and polls show when the tagger reads "show" as a
 * noun ("F.A.A. records show, the Cessna has flown …"). Each draft must give exactly the listed claims; the
 * near-misses beside them, where a share only counts something, give none.
 */
import { itGivesClaims, type Reported } from './reported-harness';

const SHARES: Reported[] = [
  {
    text: 'About three-quarters support a temporary ban on new rental permits in the harbor district.',
    claims: [
      {
        speaker: 'About three-quarters',
        cue: 'support',
        content: 'a temporary ban on new rental permits in the harbor district',
      },
    ],
  },
  {
    text: 'Fewer than 15 percent of Republicans approve of his job performance.',
    claims: [{ speaker: 'Fewer than 15 percent of Republicans', cue: 'approve', content: 'his job performance' }],
  },
  {
    text: 'Among women, 57 percent see the mayor negatively, while 61 percent say the same of her challenger.',
    claims: [
      { speaker: '57 percent', cue: 'see', content: 'the mayor negatively' },
      { speaker: '61 percent', cue: 'say', content: 'the same of her challenger' },
    ],
  },
  {
    text: '54 percent of Democratic registered voters held a favorable opinion of the governor.',
    claims: [
      {
        speaker: '54 percent of Democratic registered voters',
        cue: 'held',
        content: 'a favorable opinion of the governor',
      },
    ],
  },
  {
    text: 'More than half the senators surveyed support at least lowering the number of superdelegates.',
    claims: [
      {
        speaker: 'More than half the senators surveyed',
        cue: 'support',
        content: 'at least lowering the number of superdelegates',
      },
    ],
  },
  {
    text: 'Among likely voters, 27 percent would vote for Ortiz.',
    claims: [{ speaker: '27 percent', cue: 'vote', content: 'Ortiz' }],
  },
  {
    text: 'Only a quarter of residents agree with the council.',
    claims: [{ speaker: 'Only a quarter of residents', cue: 'agree', content: 'the council' }],
  },
  {
    text: 'The council approved the budget on Tuesday, while 19 percent of residents polled support a recall.',
    claims: [{ speaker: '19 percent of residents polled', cue: 'support', content: 'a recall' }],
  },
  // near-misses: a share that only counts something holds no view
  { text: 'The mayor spoke for an hour and half the crowd left before the vote.', claims: [] },
  { text: 'About half of the county roads need repair before winter.', claims: [] },
  { text: 'Half the workers had jobs at the mill before it closed.', claims: [] },
  { text: 'Thirty percent of the budget goes to the schools.', claims: [] },
  { text: 'About 40 percent voted early this year.', claims: [] },
  { text: 'A third of the seats went to newcomers in the council race.', claims: [] },
];

const RECORDS: Reported[] = [
  {
    text: 'During the same stretch, F.A.A. records show, the Cessna has flown roughly 216 hours.',
    claims: [{ speaker: 'F.A.A. records', cue: 'show', content: 'the Cessna has flown roughly 216 hours' }],
  },
  {
    text: 'The aircraft was insured at a value of $35 million in 2011, records show.',
    claims: [
      { speaker: 'records', cue: 'show', content: 'The aircraft was insured at a value of $35 million in 2011' },
    ],
  },
  {
    text: 'Polls there show the mayor trailing her challenger ahead of Tuesday’s vote.',
    claims: [
      { speaker: 'Polls there', cue: 'show', content: 'the mayor trailing her challenger ahead of Tuesday’s vote' },
    ],
  },
  // near-misses: "show" after a noun that is no record stays a noun
  { text: 'The county fair’s cattle show drew 4,000 visitors on Saturday.', claims: [] },
  { text: 'The talent show raised $3,000 for the library.', claims: [] },
];

describe('reported speech: poll shares and records', () => {
  describe('a share of those asked holds a view', () => itGivesClaims(SHARES));
  describe('what records and polls show', () => itGivesClaims(RECORDS));
});
