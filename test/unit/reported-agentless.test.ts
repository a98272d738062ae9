/**
 * Claims no one is named for (issue 14): a passive of an accusing, reporting or expecting verb with no agent ("The
 * mayor was accused of steering contracts"), "It was reported that …", and a clause hedged by "allegedly" or
 * "reportedly". Each is a reported claim with no speaker; the accusing and reporting ones are vague attributions
 * (accused by whom?), while a forecast ("is expected to arrive at noon") is a claim but no false alarm. Near-misses
 * beside them: a named agent is the speaker, and "was considered for the job" reports nothing.
 */
import * as assert from 'assert';
import { analyzeText } from '../../server/src/core/analyze';

/** the claims with no speaker, as cue and reported words */
function unnamed(text: string): { kind: string; cue: string | null; content: string }[] {
  return analyzeText(text)
    .claims.filter((c) => !c.speaker && c.kind !== 'unattributed')
    .map((c) => ({ kind: c.kind, cue: c.cue, content: text.slice(c.content.start, c.content.end) }));
}

/** the vague-attribution findings, as the text they mark */
function vague(text: string): string[] {
  return analyzeText(text)
    .findings.filter((f) => f.code === 'vague-attribution')
    .map((f) => text.slice(f.start, f.end));
}

describe('reported speech: claims with no one named for them', () => {
  const shapes: [string, string, string][] = [
    [
      'Mr. Quiros was accused of using $50 million for personal expenses, including a condominium in New York.',
      'accused of',
      'Mr. Quiros was accused of using $50 million for personal expenses',
    ],
    [
      'Perhaps most damaging, peacekeepers have been blamed for introducing cholera to Haiti, killing more than 10,000.',
      'blamed for',
      'peacekeepers have been blamed for introducing cholera to Haiti',
    ],
    [
      'He has been harshly criticized for policies that objectors see as far too burdensome for the economy.',
      'criticized for',
      'He has been harshly criticized for policies that objectors see as far too burdensome for the economy',
    ],
    [
      'The governor’s veto is expected to come before the deadline at midnight Friday, but lawmakers seem confident.',
      'expected to',
      'The governor’s veto is expected to come before the deadline at midnight Friday',
    ],
    [
      'Although North Korea is not thought to be capable of reaching the mainland, it remains a threat to troops.',
      'thought to',
      'North Korea is not thought to be capable of reaching the mainland',
    ],
    [
      'It was reported that the harbor master had resigned on Friday.',
      'reported',
      'the harbor master had resigned on Friday',
    ],
    [
      'Scott was shot by an officer after he allegedly brandished a pistol during a run-in with deputies.',
      'allegedly',
      'he allegedly brandished a pistol during a run-in with deputies',
    ],
    [
      'Now the first lady seems to have vanished from the campaign trail, and aides will not say why.',
      'seems to',
      'the first lady seems to have vanished from the campaign trail',
    ],
  ];
  for (const [text, cue, content] of shapes)
    it(text, () => assert.deepStrictEqual(unnamed(text), [{ kind: 'indirect', cue, content }]));

  const none = [
    // a named agent is the speaker (passive.ts), not an unnamed one
    'The plan to close the bridge was criticized by engineers at the county.',
    // considered for a job, known as a name: nothing is reported
    'Ortiz was considered for the job of harbor master last spring.',
    'The bill, known as the Harbor Safety Act, passed on Tuesday.',
    // a named speaker comes first: the hedge is inside what she said
    'The mayor said the levee had reportedly failed overnight.',
    // "seems to me" says whom it seems to; a noun "appearance" is no impression
    'The ferry schedule seems fine to me, the harbor master said.',
    'Her appearance at the hearing was brief.',
  ];
  for (const text of none) it(`no unnamed claim: ${text}`, () => assert.deepStrictEqual(unnamed(text), []));
});

describe('vague-attribution: agentless passives', () => {
  it('flags an accusation with no accuser', () =>
    assert.deepStrictEqual(vague('The former mayor was accused of steering contracts to his brother’s firm.'), [
      'was accused of',
    ]));
  it('flags a criticism with no critic', () =>
    assert.deepStrictEqual(vague('The county has been criticized for delays in repairing the seawall.'), [
      'been criticized for',
    ]));
  it('leaves alone an impression, which is a claim but not an attribution', () =>
    assert.deepStrictEqual(vague('The storm appears to have weakened overnight.'), []));
  it('leaves alone a forecast, which is a claim but not an accusation', () =>
    assert.deepStrictEqual(vague('The ferry is expected to arrive at noon.'), []));
  it('leaves alone a hedge inside the words of a speaker named after them', () =>
    assert.deepStrictEqual(
      vague('About 2,000 people are believed to have eaten at the restaurant, the county health department said.'),
      [],
    ));
  it('leaves alone a passive whose agent is named', () =>
    assert.deepStrictEqual(vague('The former mayor was accused by prosecutors of steering contracts.'), []));
});

describe('unattributed-figure: a claim no one is named for', () => {
  const figures = (text: string) =>
    analyzeText(text)
      .findings.filter((f) => f.code === 'unattributed-figure')
      .map((f) => text.slice(f.start, f.end));
  it('still flags the figure of a forecast no one is named for', () =>
    assert.deepStrictEqual(figures('The convention is expected to inject $200 million into the local economy.'), [
      '$200 million',
    ]));
  it('leaves the figure of an accusation to vague-attribution', () =>
    assert.deepStrictEqual(figures('Mr. Quiros was accused of using $50 million for personal expenses.'), []));
});
