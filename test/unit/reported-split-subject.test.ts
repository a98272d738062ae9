/**
 * An attribution set off by commas between a subject and its verb: both halves are the speaker's words, the subject
 * one claim and the predicate another ("The museum, the mayor said, celebrated …"). The subject may be one word, a
 * gerund, open with "But", or be what the tagger reads as a verb ("Acts of protest"); the attribution may name whom it
 * was told to and when ("he told me on Friday"). A relative clause or a fronted phrase before the attribution is no
 * subject of the words after it.
 */
import * as assert from 'assert';
import { attributed, itGivesClaims, type Reported } from './reported-harness';

const SHAPES: Reported[] = [
  {
    text: 'The museum, Mayor Ana Ruiz said, celebrated several of the city’s own heroes.',
    claims: [
      { speaker: 'Mayor Ana Ruiz', cue: 'said', content: 'The museum' },
      { speaker: 'Mayor Ana Ruiz', cue: 'said', content: 'celebrated several of the city’s own heroes' },
    ],
  },
  {
    text: 'Voters, the senator suggested, do not have to worry that the banks can buy her vote.',
    claims: [
      { speaker: 'the senator', cue: 'suggested', content: 'Voters' },
      {
        speaker: 'the senator',
        cue: 'suggested',
        content: 'do not have to worry that the banks can buy her vote',
      },
    ],
  },
  {
    text: 'Acts of protest, the pastor said, are acts of patriotism.',
    claims: [
      { speaker: 'the pastor', cue: 'said', content: 'Acts of protest' },
      { speaker: 'the pastor', cue: 'said', content: 'are acts of patriotism' },
    ],
  },
  {
    text: 'Freeing the hostages, the governor promised, was his first priority.',
    claims: [
      { speaker: 'the governor', cue: 'promised', content: 'Freeing the hostages' },
      { speaker: 'the governor', cue: 'promised', content: 'was his first priority' },
    ],
  },
  {
    text: 'The promised recovery, the economists concluded, never happened.',
    claims: [
      { speaker: 'the economists', cue: 'concluded', content: 'The promised recovery' },
      { speaker: 'the economists', cue: 'concluded', content: 'never happened' },
    ],
  },
  {
    text: 'But the years that followed, the scientist said, brought a fundamental shift.',
    claims: [
      { speaker: 'the scientist', cue: 'said', content: 'the years that followed' },
      { speaker: 'the scientist', cue: 'said', content: 'brought a fundamental shift' },
    ],
  },
  {
    text: 'The difference now, the anchor told me on Friday, is that he hosts a straight news program.',
    claims: [
      { speaker: 'the anchor', cue: 'told', content: 'The difference now' },
      { speaker: 'the anchor', cue: 'told', content: 'is that he hosts a straight news program' },
    ],
  },
  {
    text: 'The truth, the senator said then, was that the ads had attacked his wife.',
    claims: [
      { speaker: 'the senator', cue: 'said', content: 'The truth' },
      { speaker: 'the senator', cue: 'said', content: 'was that the ads had attacked his wife' },
    ],
  },
];

/** a relative clause or a fronted phrase before the attribution: the words after it are no predicate of a subject */
const NOT_SPLIT: Reported[] = [
  {
    text: 'The plan, which officials said was flawed, would cut taxes for most families.',
    claims: [{ speaker: 'officials', cue: 'said', content: 'was flawed' }],
  },
  {
    text: 'Yesterday, officials said, the bridge was closed to trucks.',
    claims: [{ speaker: 'officials', cue: 'said', content: 'the bridge was closed to trucks' }],
  },
];

describe('reported speech: an attribution between a subject and its verb', () => {
  itGivesClaims(SHAPES);
  itGivesClaims(NOT_SPLIT);
  it('no claim: a passive participle with its agent after the attribution', () => {
    const text = 'The report, the mayor said, followed by a second audit, will be public.';
    assert.ok(attributed(text).every((c) => !text.slice(c.content.start, c.content.end).startsWith('The report')));
  });
});
