/**
 * The tagger's misreadings around a cue (core/reported/cue-neighbours.ts): a subject's modifier read as a verb ("Fed
 * officials"), an adverb read as a verb ("She further announced"), a cue read as a noun after its subject ("The
 * candidate claims his …"), a plural read as a verb before the cue ("Some analyses suggest"), and a reported clause's
 * verb read as a noun ("each year of schooling yields a 10 percent bump"). The near misses keep the tagger's reading.
 */
import * as assert from 'assert';
import { mendCueNeighbours } from '../../server/src/core/reported/cue-neighbours';
import { tagSpan } from '../../server/src/core/tagger';
import { attributed, itGivesClaims, type Reported } from './reported-harness';

const SHAPES: Reported[] = [
  {
    text: 'Fed officials have said that the bank will not raise rates before the election.',
    claims: [
      { speaker: 'Fed officials', cue: 'said', content: 'that the bank will not raise rates before the election' },
    ],
  },
  {
    text: 'She further announced that the county would drop its lawsuit against the state.',
    claims: [{ speaker: 'She', cue: 'announced', content: 'that the county would drop its lawsuit against the state' }],
  },
  {
    text: 'Some advocates for stem cell research said the ruling would slow the work of local labs.',
    claims: [
      {
        speaker: 'Some advocates for stem cell research',
        cue: 'said',
        content: 'the ruling would slow the work of local labs',
      },
    ],
  },
  {
    text: 'The candidate claims his plan would cut property taxes by a third.',
    claims: [{ speaker: 'The candidate', cue: 'claims', content: 'his plan would cut property taxes by a third' }],
  },
  {
    text: 'Some say the new bus routes leave the east side without service.',
    claims: [{ speaker: 'Some', cue: 'say', content: 'the new bus routes leave the east side without service' }],
  },
  {
    text: 'Some analyses suggest that the levy will raise less than the county promised.',
    claims: [
      { speaker: 'Some analyses', cue: 'suggest', content: 'that the levy will raise less than the county promised' },
    ],
  },
  {
    text: 'Doyle said each year of schooling yields a 10 percent bump in income.',
    claims: [{ speaker: 'Doyle', cue: 'said', content: 'each year of schooling yields a 10 percent bump in income' }],
  },
  {
    text: 'Leading Democrats say that the levy will pass easily in November.',
    claims: [{ speaker: 'Leading Democrats', cue: 'say', content: 'that the levy will pass easily in November' }],
  },
  {
    text: "Planned Parenthood's state director noted that the clinic had stayed open through the strike.",
    claims: [
      {
        speaker: "Planned Parenthood's state director",
        cue: 'noted',
        content: 'that the clinic had stayed open through the strike',
      },
    ],
  },
  {
    text: 'Others wonder how the county will pay for the new bridge.',
    claims: [{ speaker: 'Others', cue: 'wonder', content: 'how the county will pay for the new bridge' }],
  },
  {
    text: 'The woman disputes the idea that the clinic turned her away.',
    claims: [{ speaker: 'The woman', cue: 'disputes', content: 'the idea that the clinic turned her away' }],
  },
];

/** the part of speech the correction layer gives the first token written `word` in `text` */
function tagOf(text: string, word: string): string {
  const toks = mendCueNeighbours(tagSpan(text, 0, text.length));
  const tok = toks.find((t) => t.t === word);
  assert.ok(tok, `no token "${word}"`);
  return tok.pos;
}

describe('reported speech: the words around a cue the tagger misreads', () => {
  itGivesClaims(SHAPES);

  it('"the Fed raised rates": the Fed stays a noun and its verb a verb', () => {
    const text = 'The Fed raised rates in December, and officials said more increases were likely.';
    assert.notStrictEqual(tagOf(text, 'Fed'), 'VERB');
    assert.strictEqual(tagOf(text, 'raised'), 'VERB');
  });

  it('after a subject or "to", a listed modifier stays a verb: "Ranchers fed the cattle", "to stem the losses"', () => {
    assert.strictEqual(tagOf('Ranchers fed the cattle hay through the winter.', 'fed'), 'VERB');
    assert.strictEqual(tagOf('The utility hopes to stem the losses by spring.', 'stem'), 'VERB');
  });

  it('"further" before a noun is no adverb: "Further talks are planned", "to seek further delays"', () => {
    assert.notStrictEqual(tagOf('Further talks are planned for next week, the mayor said.', 'Further'), 'ADV');
    assert.notStrictEqual(tagOf('The county will seek further delays in the case.', 'further'), 'ADV');
  });

  it('a sentence that opens with a verb of its own keeps it: "Assuming voters approve …", "Follow Pam Key …"', () => {
    const text = 'Assuming voters approve the levy, work on the bridge will begin in May.';
    assert.strictEqual(tagOf(text, 'Assuming'), 'VERB');
    assert.strictEqual(tagOf('Follow Pam Key on Twitter.', 'Follow'), 'VERB');
  });

  it('a cue read as a noun after "who" is the verb of its relative clause: "voters who favor its use"', () => {
    assert.strictEqual(tagOf('The law hurt rural voters who favor its use, the clerk said.', 'favor'), 'VERB');
  });

  it('a cue form after a possessive, or an object after a verb, stays a noun', () => {
    assert.strictEqual(tagOf("Trump's attacks on the judge drew criticism from Republicans.", 'attacks'), 'NOUN');
    assert.strictEqual(tagOf('His support for the levy surprised the council.', 'support'), 'NOUN');
    assert.strictEqual(tagOf('The council gave union members the right to vote on the contract.', 'members'), 'NOUN');
  });

  it('a plural noun before a relative clause stays a noun: "Southern states that hold early primaries"', () => {
    assert.strictEqual(tagOf('Southern states that hold early primaries favor him.', 'states'), 'NOUN');
    assert.strictEqual(tagOf('Special interest groups that support the mayor gave $40,000.', 'groups'), 'NOUN');
  });

  it('no claim: a cue form after a possessive is what was said about, not a verb', () => {
    assert.deepStrictEqual(attributed("Trump's attacks on the judge drew criticism from Republicans."), []);
  });
});
