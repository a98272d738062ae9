/**
 * The part-of-speech reader keeps each word's tokens and each learnt form between spans; its tokens and tags must be
 * wink's own readDoc's, read as if each span were the first: news sentences with quotes, hyphens, possessives, money,
 * percentages, abbreviations, dashes, contractions and new names, in several orders so that kept words are reused.
 */
import * as assert from 'assert';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { readTags } from '../../server/src/core/pos-reader';

interface Forms {
  hash: Record<string, number>;
  list: string[];
}
let forms: Forms = { hash: {}, list: [] };
const core = (model as unknown as { core(): { features: { lexeme: Forms } } }).core;
const wink = winkNLP(
  {
    ...model,
    core: () => {
      const c = core();
      forms = c.features.lexeme;
      return c;
    },
  } as unknown as typeof model,
  ['pos'],
);

/** wink's readDoc, the forms it learnt forgotten after it */
function plain(text: string): { values: string[]; tags: string[] } {
  const known = forms.list.length;
  const doc = wink.readDoc(text);
  const out = { values: doc.tokens().out(wink.its.value), tags: doc.tokens().out(wink.its.pos) };
  for (let i = known; i < forms.list.length; i++) delete forms.hash[forms.list[i]];
  return out;
}

const NEWS = [
  '"We are not going anywhere," Gov. Janet Mills said Tuesday.',
  '“We’re not going anywhere,” said Gov. Mills, a Democrat.',
  "The U.S. Army Corps of Engineers' report — released late Friday — found $1.2 billion in overruns.",
  'Unemployment rose to 4.3% in March, up from 3.9%, the Bureau of Labor Statistics said.',
  'Sen. Sherrod Brown, D-Ohio, called the 2,500-page bill "a mess."',
  "Trump's campaign said the rally drew 12,000 people; the fire marshal's count was 4,000.",
  "Officials doubted Mr. Brannigan's plan, the clerk said.",
  "The ledger was Brannigan's.",
  // read whole at the end of a sentence, a new form stays whole for the rest of the span
  "The ledger was Brannigan's. Brannigan's plan failed, Brannigan's clerk said.",
  "BRANNIGAN'S ledger, Brannigan's plan and brannigan's dog, she said.",
  'Zorvath said Zorvath-based firms paid ZORVATH $3.5 million — roughly 40 percent more.',
  "It's not clear whether they'll appeal; the company can't comment, spokeswoman Ana López said.",
  "The vote was 52-48. (Three senators didn't vote.)",
  'At 9:30 a.m. on Jan. 21st, Dr. O\'Neill told reporters: "It\'s over."',
  "According to the Pew Research Center's 2019 survey, 62% of U.K. adults…",
  'Email press@city.gov or visit https://city.gov/budget for the FY2024 plan, the mayor’s office said.',
  'Prices fell 2.5 per cent, to £1,250 — the lowest since the 1990s, said Smith-Jones.',
  'Rep. Alexandria Ocasio-Cortez (D-N.Y.) said:\n"This is wrong."',
  'The\u00a0mayor\u2009said the  bridge would reopen\tnext week.',
  '',
  '— said the spokesman, who declined to be named.',
  "#budget2024 @cityhall The councilwoman's aides tweeted 😀 at 5 p.m.",
];

describe('pos reader', () => {
  it('gives wink its own tokens and tags for news sentences, in any order and again', () => {
    const expected = new Map(NEWS.map((s) => [s, plain(s)]));
    const orders = [NEWS, [...NEWS].reverse(), [...NEWS.slice(7), ...NEWS.slice(0, 7)], NEWS];
    for (const order of orders)
      for (const s of order) assert.deepStrictEqual(readTags(s), expected.get(s), JSON.stringify(s));
  });

  it('reads a new name the same after it was read in other cases, spellings and positions', () => {
    const spans = [
      "Kelvaran's aides said Kelvaran would run.",
      'KELVARAN, the Kelvaran group and kelvaran said.',
      '"Kelvaran," he said.',
      "(Kelvaran's)",
      'kelvaran-led, Kelvaran’s',
    ];
    for (const s of [...spans, ...[...spans].reverse(), ...spans])
      assert.deepStrictEqual(readTags(s), plain(s), JSON.stringify(s));
  });
});
