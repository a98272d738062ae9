/**
 * Every shape of attribution that news copy uses (issue 14): each line must give one claim with the right speaker,
 * kind, cue and source type.
 */
import * as assert from 'assert';
import { analyzeText } from '../../server/src/core/analyze';
import type { Claim } from '../../server/src/core/types';

interface Shape {
  /** the draft */
  text: string;
  /** the claim to check: the one whose text contains this (default: the only attributed claim) */
  at?: string;
  speaker: string;
  /** the resolved name, when it differs from the words written */
  name?: string;
  kind: Claim['kind'];
  cue: string;
  sourceType: Claim['sourceType'];
}

const SHAPES: Shape[] = [
  // subjects of every kind, trailing
  {
    text: 'The ban on night flights runs until next year, the panel said.',
    speaker: 'the panel',
    kind: 'indirect',
    cue: 'said',
    sourceType: 'unnamed-group',
  },
  {
    text: 'The company plans to sell its trucking arm, these people said.',
    speaker: 'these people',
    kind: 'indirect',
    cue: 'said',
    sourceType: 'unnamed-group',
  },
  {
    text: 'The merger talks have stalled over price, a person familiar with the matter said.',
    speaker: 'a person familiar with the matter',
    kind: 'indirect',
    cue: 'said',
    sourceType: 'anonymous',
  },
  {
    text: 'Farm groups say the new water rule is unworkable.',
    speaker: 'Farm groups',
    kind: 'indirect',
    cue: 'say',
    sourceType: 'unnamed-group',
  },
  // subjects with titles, names, time phrases, parentheticals
  {
    text: 'City spokesman Dan Ortiz said the Elm Street bridge is safe.',
    speaker: 'City spokesman Dan Ortiz',
    name: 'Dan Ortiz',
    kind: 'indirect',
    cue: 'said',
    sourceType: 'named-person',
  },
  {
    text: 'Sen. Ana Ruiz (D-Ohio) said the farm bill would pass before the recess.',
    speaker: 'Sen. Ana Ruiz (D-Ohio)',
    name: 'Ana Ruiz',
    kind: 'indirect',
    cue: 'said',
    sourceType: 'named-person',
  },
  {
    text: 'The Environmental Protection Agency opened an inquiry in May. The agency on Monday said the water tests were clean.',
    at: 'on Monday',
    speaker: 'The agency',
    name: 'Environmental Protection Agency',
    kind: 'indirect',
    cue: 'said',
    sourceType: 'named-organization',
  },
  {
    text: 'Last week Dan Ortiz said the bridge would reopen by June.',
    speaker: 'Dan Ortiz',
    kind: 'indirect',
    cue: 'said',
    sourceType: 'named-person',
  },
  {
    text: 'The mayor is saying the bridge is safe for every truck.',
    speaker: 'The mayor',
    kind: 'indirect',
    cue: 'saying',
    sourceType: 'unnamed-person',
  },
  {
    text: 'U.S. officials said the talks in Geneva had failed.',
    speaker: 'U.S. officials',
    kind: 'indirect',
    cue: 'said',
    sourceType: 'unnamed-group',
  },
  // inverted, with a long appositive
  {
    text: 'The bridge is safe, said Dan Ortiz, a senior engineer at the state transport department in Columbus.',
    speaker: 'Dan Ortiz, a senior engineer at the state transport department in Columbus',
    name: 'Dan Ortiz',
    kind: 'indirect',
    cue: 'said',
    sourceType: 'named-person',
  },
  // the name in apposition beats the role, in every word order; the span keeps the appositive, as news annotation does
  {
    text: 'Her lawyer, Jane Doe, said the charges against the nurse were baseless.',
    speaker: 'Her lawyer, Jane Doe',
    name: 'Jane Doe',
    kind: 'indirect',
    cue: 'said',
    sourceType: 'named-person',
  },
  {
    text: 'Jane Doe, her lawyer, said the charges against the nurse were baseless.',
    speaker: 'Jane Doe, her lawyer',
    name: 'Jane Doe',
    kind: 'indirect',
    cue: 'said',
    sourceType: 'named-person',
  },
  {
    text: 'The charges against the nurse are baseless, said Jane Doe, her lawyer.',
    speaker: 'Jane Doe, her lawyer',
    name: 'Jane Doe',
    kind: 'indirect',
    cue: 'said',
    sourceType: 'named-person',
  },
  {
    text: 'The store on Main Street will close early on Sunday, the manager, Annika Brandt, said.',
    speaker: 'the manager, Annika Brandt',
    name: 'Annika Brandt',
    kind: 'indirect',
    cue: 'said',
    sourceType: 'named-person',
  },
  {
    text: 'The store on Main Street will close early on Sunday, manager Annika Brandt said.',
    speaker: 'manager Annika Brandt',
    name: 'Annika Brandt',
    kind: 'indirect',
    cue: 'said',
    sourceType: 'named-person',
  },
  {
    text: 'The company’s chief executive, Tim Cook, said the plant in Lorain would stay open.',
    speaker: 'The company’s chief executive, Tim Cook',
    name: 'Tim Cook',
    kind: 'indirect',
    cue: 'said',
    sourceType: 'named-person',
  },
  {
    text: 'Dan Ortiz, a senior engineer at the state transport department, said the bridge is safe.',
    speaker: 'Dan Ortiz, a senior engineer at the state transport department',
    name: 'Dan Ortiz',
    kind: 'indirect',
    cue: 'said',
    sourceType: 'named-person',
  },
  {
    text: '"We checked every bolt on that bridge twice," Dan Ortiz, a senior engineer at the transport department, said.',
    speaker: 'Dan Ortiz, a senior engineer at the transport department',
    name: 'Dan Ortiz',
    kind: 'direct',
    cue: 'said',
    sourceType: 'named-person',
  },
  {
    text: '"The deck is sound," said Dan Ortiz, an engineer at the county’s transport department.',
    speaker: 'Dan Ortiz, an engineer at the county’s transport department',
    name: 'Dan Ortiz',
    kind: 'direct',
    cue: 'said',
    sourceType: 'named-person',
  },
  {
    text: 'Ana Ruiz, director of community organizing at the Elm Street Tenants Union, said the rent rise was illegal.',
    speaker: 'Ana Ruiz, director of community organizing at the Elm Street Tenants Union',
    name: 'Ana Ruiz',
    kind: 'indirect',
    cue: 'said',
    sourceType: 'named-person',
  },
  {
    text: '"The cause of the fire has not been determined," said Fire Chief Ana Ruiz, speaking at the scene on Monday.',
    speaker: 'Fire Chief Ana Ruiz',
    name: 'Ana Ruiz',
    kind: 'direct',
    cue: 'said',
    sourceType: 'named-person',
  },
  // an aside between commas is not part of the source
  {
    text: 'Mayor Tom Becker, speaking at a news conference on Monday, said the bridge would reopen in May.',
    speaker: 'Mayor Tom Becker',
    name: 'Tom Becker',
    kind: 'indirect',
    cue: 'said',
    sourceType: 'named-person',
  },
  // documents and organisations
  {
    text: 'Two of the county’s bridges are unsafe, according to the report.',
    speaker: 'the report',
    kind: 'indirect',
    cue: 'according to',
    sourceType: 'document',
  },
  {
    text: 'The report says the Elm Street bridge is unsafe.',
    speaker: 'The report',
    kind: 'indirect',
    cue: 'says',
    sourceType: 'document',
  },
  {
    text: 'Most tenants in the county pay too much for heating, the survey shows.',
    speaker: 'the survey',
    kind: 'indirect',
    cue: 'shows',
    sourceType: 'document',
  },
  {
    text: 'The study found that most tenants pay too much for heating.',
    speaker: 'The study',
    kind: 'indirect',
    cue: 'found',
    sourceType: 'document',
  },
  {
    text: 'A study published last year in the Journal of Rural Health found that clinic closures were followed by more hospital admissions.',
    speaker: 'A study published last year in the Journal of Rural Health',
    kind: 'indirect',
    cue: 'found',
    sourceType: 'document',
  },
  {
    text: 'A report released Thursday by the state auditor found that the agency overpaid its contractors.',
    speaker: 'A report released Thursday by the state auditor',
    kind: 'indirect',
    cue: 'found',
    sourceType: 'document',
  },
  {
    text: 'The retired judge said the ruling ignored the facts of the case.',
    speaker: 'The retired judge',
    kind: 'indirect',
    cue: 'said',
    sourceType: 'unnamed-person',
  },
  {
    text: 'The alliance estimates that thousands of patients would have to travel farther for care.',
    speaker: 'The alliance',
    kind: 'indirect',
    cue: 'estimates',
    sourceType: 'named-organization',
  },
  {
    text: 'Water use must fall by a third, the Pine County Water Authority said in its evening bulletin.',
    speaker: 'the Pine County Water Authority',
    name: 'Pine County Water Authority',
    kind: 'indirect',
    cue: 'said',
    sourceType: 'named-organization',
  },
  {
    text: 'Tavon Reese, 19, was saving up for a car, said Denise Hollis, who has known him since he was a toddler.',
    speaker: 'Denise Hollis',
    kind: 'indirect',
    cue: 'said',
    sourceType: 'named-person',
  },
  {
    text: 'According to the same update, the reservoir is half full.',
    speaker: 'the same update',
    kind: 'indirect',
    cue: 'According to',
    sourceType: 'document',
  },
  // cue verbs beyond "say"
  {
    text: 'The union demanded that the Lorain plant reopen.',
    speaker: 'The union',
    kind: 'indirect',
    cue: 'demanded',
    sourceType: 'named-organization',
  },
  {
    text: 'Tenants report that the heating in Block C has failed.',
    speaker: 'Tenants',
    kind: 'indirect',
    cue: 'report',
    sourceType: 'unnamed-group',
  },
  {
    text: 'The council urged residents to save water this summer.',
    speaker: 'The council',
    kind: 'indirect',
    cue: 'urged',
    sourceType: 'named-organization',
  },
  {
    text: 'The mayor asked the council to delay the vote.',
    speaker: 'The mayor',
    kind: 'indirect',
    cue: 'asked',
    sourceType: 'unnamed-person',
  },
  {
    text: 'The two sides agreed to resume talks next week.',
    speaker: 'The two sides',
    kind: 'indirect',
    cue: 'agreed',
    sourceType: 'unnamed-group',
  },
  {
    text: 'The union called for a strike at the Lorain plant.',
    speaker: 'The union',
    kind: 'indirect',
    cue: 'called for',
    sourceType: 'named-organization',
  },
  {
    text: 'The panel recommended that the plant close by December.',
    speaker: 'The panel',
    kind: 'indirect',
    cue: 'recommended',
    sourceType: 'unnamed-group',
  },
  {
    text: 'A spokeswoman for the company declined to comment.',
    speaker: 'A spokeswoman for the company',
    kind: 'indirect',
    cue: 'declined',
    sourceType: 'unnamed-person',
  },
  {
    text: 'The court ruled that the contract was void.',
    speaker: 'The court',
    kind: 'indirect',
    cue: 'ruled',
    sourceType: 'named-organization',
  },
  {
    text: 'Investigators found that the brakes had failed twice.',
    speaker: 'Investigators',
    kind: 'indirect',
    cue: 'found',
    sourceType: 'unnamed-group',
  },
  {
    text: 'The agency estimated that 300 homes were damaged.',
    speaker: 'The agency',
    kind: 'indirect',
    cue: 'estimated',
    sourceType: 'named-organization',
  },
  {
    text: 'The company acknowledged that the customer data was lost.',
    speaker: 'The company',
    kind: 'indirect',
    cue: 'acknowledged',
    sourceType: 'named-organization',
  },
  {
    text: 'The mayor insisted that the budget was balanced.',
    speaker: 'The mayor',
    kind: 'indirect',
    cue: 'insisted',
    sourceType: 'unnamed-person',
  },
  // clause shapes
  {
    text: 'The mayor toured the site on Friday, saying the bridge is safe.',
    speaker: 'The mayor',
    kind: 'indirect',
    cue: 'saying',
    sourceType: 'unnamed-person',
  },
  {
    text: 'The mayor toured the site on Friday and said the bridge is safe.',
    speaker: 'The mayor',
    kind: 'indirect',
    cue: 'said',
    sourceType: 'unnamed-person',
  },
  {
    text: 'Residents who say the bridge is unsafe have sued the city.',
    // "who" is the clause's subject: the speaker spans it, and is named by what it stands for
    speaker: 'Residents who',
    name: 'Residents',
    kind: 'indirect',
    cue: 'say',
    sourceType: 'unnamed-group',
  },
  {
    text: 'The cleanup will be paid for by Harlan Voss, who has denied any role in the spill.',
    speaker: 'Harlan Voss, who',
    name: 'Harlan Voss',
    kind: 'indirect',
    cue: 'denied',
    sourceType: 'named-person',
  },
  {
    text: 'As Dan Ortiz noted, the bridge is nearly a century old.',
    speaker: 'Dan Ortiz',
    kind: 'indirect',
    cue: 'noted',
    sourceType: 'named-person',
  },
  {
    text: 'While Ana Ruiz warns that the dam is weak, the council has not acted.',
    speaker: 'Ana Ruiz',
    kind: 'indirect',
    cue: 'warns',
    sourceType: 'named-person',
  },
  // quotes
  {
    text: 'Dan Ortiz, engineer: "The bridge is safe for every truck on the road."',
    speaker: 'Dan Ortiz',
    kind: 'direct',
    cue: ':',
    sourceType: 'named-person',
  },
  {
    text: '"Why is the bridge still closed?" Dan Ortiz said.',
    speaker: 'Dan Ortiz',
    kind: 'direct',
    cue: 'said',
    sourceType: 'named-person',
  },
  {
    text: 'The mayor said the bridge is "perfectly safe for every truck."',
    speaker: 'The mayor',
    kind: 'mixed',
    cue: 'said',
    sourceType: 'unnamed-person',
  },
  {
    text: "''This isn't tax reform,'' said Alan Cole, an economist at the Tax Foundation.",
    speaker: 'Alan Cole, an economist at the Tax Foundation',
    name: 'Alan Cole',
    kind: 'direct',
    cue: 'said',
    sourceType: 'named-person',
  },
  {
    text: 'The old plant was a juggernaut, Mr. Clarke said, until it went bankrupt in 1999.',
    speaker: 'Mr. Clarke',
    name: 'Clarke',
    kind: 'indirect',
    cue: 'said',
    sourceType: 'named-person',
  },
  {
    text: 'PENCE: Gennifer Flowers will not be attending the debate tomorrow night.',
    speaker: 'PENCE',
    kind: 'indirect',
    cue: ':',
    sourceType: 'named-person',
  },
  {
    text: 'Clinton says at a campaign stop in Toledo, Ohio, that the plan never helped students.',
    speaker: 'Clinton',
    kind: 'indirect',
    cue: 'says',
    sourceType: 'named-person',
  },
  // coordination and nesting
  {
    text: 'The union and the company said the talks would resume on Monday.',
    speaker: 'The union and the company',
    kind: 'indirect',
    cue: 'said',
    sourceType: 'unnamed-group',
  },
  {
    text: 'The company said it believed "the talks will succeed in the end."',
    speaker: 'The company',
    kind: 'direct',
    cue: 'believed',
    sourceType: 'named-organization',
  },
  // pronouns agree in gender
  {
    text: 'Ana Ruiz met Dan Ortiz on Tuesday. She said the bridge is safe.',
    at: 'She said',
    speaker: 'She',
    name: 'Ana Ruiz',
    kind: 'indirect',
    cue: 'said',
    sourceType: 'named-person',
  },
  {
    text: 'Ana Ruiz met Dan Ortiz at the bridge. He said the bridge is safe.',
    at: 'He said',
    speaker: 'He',
    name: 'Dan Ortiz',
    kind: 'indirect',
    cue: 'said',
    sourceType: 'named-person',
  },
  {
    text: 'Two weeks later, Ana Ruiz wrote to the residents, telling them "the water is safe to drink again."',
    speaker: 'Ana Ruiz',
    kind: 'direct',
    cue: 'telling',
    sourceType: 'named-person',
  },
  // passives, beliefs and intentions
  {
    text: 'The plan to close the bridge was criticized by engineers.',
    speaker: 'engineers',
    kind: 'indirect',
    cue: 'criticized',
    sourceType: 'unnamed-group',
  },
  {
    text: 'The council believes that the budget is balanced.',
    speaker: 'The council',
    kind: 'indirect',
    cue: 'believes',
    sourceType: 'named-organization',
  },
  {
    text: 'The mayor hopes that the bridge will reopen in May.',
    speaker: 'The mayor',
    kind: 'indirect',
    cue: 'hopes',
    sourceType: 'unnamed-person',
  },
  {
    text: 'The mayor wants to reopen the bridge in May.',
    speaker: 'The mayor',
    kind: 'indirect',
    cue: 'wants',
    sourceType: 'unnamed-person',
  },
  {
    text: 'Residents fear that the dam will fail.',
    speaker: 'Residents',
    kind: 'indirect',
    cue: 'fear',
    sourceType: 'unnamed-group',
  },
  // a role, then the name with its own title
  {
    text: "The bill's author, Democratic state Sen. Marcus Ollin, said the measure was overdue.",
    speaker: "The bill's author, Democratic state Sen. Marcus Ollin",
    name: 'Marcus Ollin',
    kind: 'indirect',
    cue: 'said',
    sourceType: 'named-person',
  },
  {
    text: 'U.S. Secretary of Labor Dana Whitcombe said the rule would take effect in May.',
    speaker: 'U.S. Secretary of Labor Dana Whitcombe',
    name: 'Dana Whitcombe',
    kind: 'indirect',
    cue: 'said',
    sourceType: 'named-person',
  },
  // a title abbreviation's period inside the speaker after the cue
  {
    text: '"This is a crisis," said the Rev. Ellen Marsh, who leads the coalition.',
    speaker: 'the Rev. Ellen Marsh, who leads the coalition',
    name: 'Ellen Marsh',
    kind: 'direct',
    cue: 'said',
    sourceType: 'named-person',
  },
  // a number's comma inside a coordinated subject is not an appositive's
  {
    text: 'The union and its 1,900 members said the ordinance would keep families housed.',
    speaker: 'The union and its 1,900 members',
    kind: 'indirect',
    cue: 'said',
    sourceType: 'unnamed-group',
  },
  // family and friends, named by the role an earlier appositive gave them
  {
    text: 'Her death was confirmed by her daughter, Lorraine Watts. "She never stopped being a teacher," her daughter said.',
    at: 'never stopped',
    speaker: 'her daughter',
    name: 'Lorraine Watts',
    kind: 'direct',
    cue: 'said',
    sourceType: 'named-person',
  },
  // a possessive before any noun: the tagger reads "her" as a pronoun
  {
    text: '"Nobody asked us what we needed," said her hairdresser.',
    speaker: 'her hairdresser',
    kind: 'direct',
    cue: 'said',
    sourceType: 'unnamed-person',
  },
  {
    text: '"Nobody asked us what we needed," her hairdresser said.',
    speaker: 'her hairdresser',
    kind: 'direct',
    cue: 'said',
    sourceType: 'unnamed-person',
  },
  {
    text: '"He fixed every bike on the street," said his neighbor.',
    speaker: 'his neighbor',
    kind: 'direct',
    cue: 'said',
    sourceType: 'unnamed-person',
  },
  // an inverted speaker keeps the appositive that closes the sentence, up to an aside, with its relative clause
  {
    text: '"We will fight for every suburb," said Ed Rendell, a former Pennsylvania governor, referring to the county vote.',
    at: 'every suburb',
    speaker: 'Ed Rendell, a former Pennsylvania governor',
    name: 'Ed Rendell',
    kind: 'direct',
    cue: 'said',
    sourceType: 'named-person',
  },
  {
    text: '"The platform is growing fast," said Ken Sena, managing director at Evercore.',
    speaker: 'Ken Sena, managing director at Evercore',
    name: 'Ken Sena',
    kind: 'direct',
    cue: 'said',
    sourceType: 'named-person',
  },
  {
    text: '"That is a big concern for everybody," said Diana Orrock, a party committeewoman from Nevada who supports the nominee.',
    at: 'big concern',
    speaker: 'Diana Orrock, a party committeewoman from Nevada who supports the nominee',
    name: 'Diana Orrock',
    kind: 'direct',
    cue: 'said',
    sourceType: 'named-person',
  },
  // coordinated subjects are one source: a pronoun and a group, a pair, names the tagger half-read
  {
    text: 'She and her aides said the plan would pass the Senate by June.',
    speaker: 'She and her aides',
    kind: 'indirect',
    cue: 'said',
    sourceType: 'unnamed-group',
  },
  {
    text: 'Neither Cruz nor Christie said the plan would work.',
    speaker: 'Neither Cruz nor Christie',
    name: 'Christie',
    kind: 'indirect',
    cue: 'said',
    sourceType: 'named-person',
  },
  {
    text: 'Rivals Ted Cruz and John Kasich said they would stay in the race.',
    speaker: 'Rivals Ted Cruz and John Kasich',
    name: 'Ted Cruz',
    kind: 'indirect',
    cue: 'said',
    sourceType: 'named-person',
  },
  // a conjunction before a subject with an appositive
  {
    text: 'But Akhil Johri, the chief financial officer, noted that factory costs had risen.',
    speaker: 'Akhil Johri, the chief financial officer',
    name: 'Akhil Johri',
    kind: 'indirect',
    cue: 'noted',
    sourceType: 'named-person',
  },
  // governments, outlets and spokespeople speak as named organisations
  {
    text: 'China said on Tuesday that it would not accept the new tariff terms.',
    speaker: 'China',
    kind: 'indirect',
    cue: 'said',
    sourceType: 'named-organization',
  },
  {
    text: 'Reuters reported that the port deal had collapsed overnight.',
    speaker: 'Reuters',
    kind: 'indirect',
    cue: 'reported',
    sourceType: 'named-organization',
  },
  {
    text: 'The Sentinel Project said the county had undercounted the evictions.',
    speaker: 'The Sentinel Project',
    name: 'Sentinel Project',
    kind: 'indirect',
    cue: 'said',
    sourceType: 'named-organization',
  },
  {
    text: 'A spokesperson for Harlow Energy said the outage was caused by high winds.',
    speaker: 'A spokesperson for Harlow Energy',
    kind: 'indirect',
    cue: 'said',
    sourceType: 'named-organization',
  },
  {
    text: 'Zuleyka Toledo, the director of the county food bank, said donations had fallen. Toledo said the shelves were bare by noon.',
    at: 'shelves',
    speaker: 'Toledo',
    name: 'Zuleyka Toledo',
    kind: 'indirect',
    cue: 'said',
    sourceType: 'named-person',
  },
];

function attributed(text: string) {
  return analyzeText(text).claims.filter((c) => c.kind !== 'unattributed');
}

describe('attribution shapes (issue 14)', () => {
  for (const s of SHAPES) {
    it(s.text, () => {
      const found = attributed(s.text);
      const c = s.at ? found.find((x) => x.text.includes(s.at!)) : found[0];
      if (!s.at) assert.strictEqual(found.length, 1, `claims: ${JSON.stringify(found.map((x) => x.text))}`);
      assert.ok(c, 'no claim');
      assert.strictEqual(c.speaker?.text, s.speaker);
      assert.strictEqual(c.speaker?.name, s.name ?? s.speaker);
      assert.strictEqual(c.kind, s.kind);
      assert.strictEqual(c.cue, s.cue);
      assert.strictEqual(c.sourceType, s.sourceType);
    });
  }

  it('content is the reported words without cue or speaker', () => {
    const t = 'City spokesman Dan Ortiz said that the bridge is safe.';
    const [c] = attributed(t);
    assert.strictEqual(t.slice(c.content.start, c.content.end), 'that the bridge is safe');
    assert.strictEqual(t.slice(c.cueSpan!.start, c.cueSpan!.end), 'said');
  });

  it('a quote run is one claim with one speaker', () => {
    const c = attributed('"The bridge is safe," the mayor said. "We checked it twice."');
    assert.strictEqual(c.length, 1);
    assert.strictEqual(c[0].speaker?.text, 'the mayor');
    assert.strictEqual(c[0].text, '"The bridge is safe," the mayor said. "We checked it twice."');
  });

  it('a quote whose own attribution is not understood does not inherit the previous speaker', () => {
    const a = analyzeText(
      '"The bridge is safe," the mayor said.\n\nThe council met on Tuesday. "Nobody told us anything about the cracks in the deck," one of them complained bitterly over coffee.',
    );
    const q = a.claims.find((c) => c.text.includes('Nobody told us'))!;
    assert.notStrictEqual(q.speaker?.text, 'the mayor');
  });

  it('"It was reported that" is a vague attribution, not a claim with a speaker', () => {
    const a = analyzeText('It was reported that the mayor would resign before the vote.');
    assert.ok(a.findings.some((f) => f.code === 'vague-attribution'));
    assert.ok(!a.claims.some((c) => c.speaker));
  });

  it('a metadata line is no speaker label', () => {
    const found = attributed('Date: 2024-09-02\nPublisher: Valley Ledger\n\nThe mayor said the bridge was safe.');
    assert.deepStrictEqual(
      found.map((c) => c.speaker?.text),
      ['The mayor'],
    );
  });

  it('plain actions are not claims', () => {
    assert.deepStrictEqual(attributed('The council approved the budget on Tuesday.'), []);
    assert.deepStrictEqual(attributed('The mayor toured the flooded streets with engineers.'), []);
  });
});

/** Who a speaker phrase stands for, in copy where the name comes earlier: pronouns, titles, descriptors, lead-ins. */
describe('speaker resolution (issue 14)', () => {
  interface Resolution {
    text: string;
    /** the claim to check: the one whose text contains this */
    at: string;
    speaker: string;
    name: string;
    sourceType: Claim['sourceType'];
  }
  const CASES: Resolution[] = [
    // an outlet whose name ends with a document's word is an organisation, not a document; "the Post" is the one
    // named earlier
    {
      text: 'The Washington Post reported on Friday that the talks had collapsed. The port strike will go on, the Post said.',
      at: 'port strike',
      speaker: 'the Post',
      name: 'Washington Post',
      sourceType: 'named-organization',
    },
    {
      text: 'Two of the missing hikers were found alive on Sunday, the Associated Press reported.',
      at: 'missing hikers',
      speaker: 'the Associated Press',
      name: 'Associated Press',
      sourceType: 'named-organization',
    },
    // a count or share of a group is a group; one of them is one person
    {
      text: 'Most of the tenants said the heating had failed for weeks.',
      at: 'the heating',
      speaker: 'Most of the tenants',
      name: 'Most of the tenants',
      sourceType: 'unnamed-group',
    },
    {
      text: 'One of the council members said the vote was rushed.',
      at: 'the vote',
      speaker: 'One of the council members',
      name: 'One of the council members',
      sourceType: 'unnamed-person',
    },
    // outlets and bodies named after "the", with a connector, or by an appositive are organisations
    {
      text: 'The plant will close in March, the Times said.',
      at: 'The plant',
      speaker: 'the Times',
      name: 'Times',
      sourceType: 'named-organization',
    },
    {
      text: 'Customs and Border Protection said it had stopped 40 trucks at the crossing.',
      at: 'stopped 40 trucks',
      speaker: 'Customs and Border Protection',
      name: 'Customs and Border Protection',
      sourceType: 'named-organization',
    },
    {
      text: 'Fares fell 12 percent in March, according to Rydewise, an app that helps drivers track their earnings.',
      at: 'Fares fell',
      speaker: 'Rydewise',
      name: 'Rydewise',
      sourceType: 'named-organization',
    },
    // a given name alone has that name's gender, whatever pronouns follow it in other people's sentences
    {
      text: 'Teodora Campa has lived in the shelter since June.\n\nBack on the East Side, Campa said Mateo will be able to start school soon, but she does not know when. She has waited two months for a call from the district. She started filing Mateo\'s papers a year ago.\n\nShe does not like to think about the camp. Now she has 90 days left at the motel.\n\n"I felt like I was failing as a mom," she said.',
      at: 'failing as a mom',
      speaker: 'she',
      name: 'Teodora Campa',
      sourceType: 'named-person',
    },
    // a document descriptor names the author the text gave that document earlier
    {
      text: 'A new report by the Harbor Economic Council found rents rose 40 percent in five years.\n\nLandlords disputed the findings.\n\nThe report says most tenants pay too much for their homes.',
      at: 'most tenants',
      speaker: 'The report',
      name: 'Harbor Economic Council',
      sourceType: 'document',
    },
    {
      text: "The Valley Courier's survey of 900 parents was published on Sunday. The survey found that half of students sleep less than seven hours.",
      at: 'half of students',
      speaker: 'The survey',
      name: 'Valley Courier',
      sourceType: 'document',
    },
    {
      text: 'This spring, the Pell Housing Forum, a nonprofit research group, submitted its final report to the council. The report recommends lower rent caps.',
      at: 'lower rent caps',
      speaker: 'The report',
      name: 'Pell Housing Forum',
      sourceType: 'document',
    },
    // … or the owner the text gave it otherwise: who said something in it, filed it or sued
    {
      text: 'Harlow Energy said in a statement on Friday that no workers were hurt in the blast.\n\nFirefighters stayed at the site overnight. The statement said the plant would stay closed until inspectors approve it.',
      at: 'stay closed',
      speaker: 'The statement',
      name: 'Harlow Energy',
      sourceType: 'document',
    },
    {
      text: 'In a statement released Tuesday, Mayor Ana Ruiz said the budget was balanced. The statement said the city would hire 40 officers.',
      at: '40 officers',
      speaker: 'The statement',
      name: 'Ana Ruiz',
      sourceType: 'document',
    },
    {
      text: 'The Sierra Club sued the Interior Department on Monday over drilling permits in southern Utah. The lawsuit alleges that the permits were rushed.',
      at: 'rushed',
      speaker: 'The lawsuit',
      name: 'Sierra Club',
      sourceType: 'document',
    },
    {
      text: 'The Marlow Teachers Union filed a complaint with the state labor board on Monday. The complaint says the district broke the contract.',
      at: 'broke the contract',
      speaker: 'The complaint',
      name: 'Marlow Teachers Union',
      sourceType: 'document',
    },
    {
      text: 'A study by researchers at Stanford University found that the rebate cut emissions by 12 percent. The study said the savings were larger in rural counties.',
      at: 'rural counties',
      speaker: 'The study',
      name: 'Stanford University',
      sourceType: 'document',
    },
    // … and one the text gave no author stays as written
    {
      text: 'Mayor Dana Ortiz toured the plant on Monday. The report says the pumps are too old.',
      at: 'the pumps',
      speaker: 'The report',
      name: 'The report',
      sourceType: 'document',
    },
    // an organisation descriptor before a spokesperson's or leader's role: the organisation speaks
    {
      text: 'The Maple Unified School District closed three schools on Friday. District leaders said the buildings were unsafe.',
      at: 'the buildings',
      speaker: 'District leaders',
      name: 'Maple Unified School District',
      sourceType: 'named-organization',
    },
    {
      text: 'The Delmar Policy Lab tracked 400 families for two years. The lab found that most spent the money on food.',
      at: 'most spent',
      speaker: 'The lab',
      name: 'Delmar Policy Lab',
      sourceType: 'named-organization',
    },
    {
      text: 'Sen. Ana Ruiz (D-Ohio) toured the flooded farms on Monday. The senator said federal aid would arrive within a week.',
      at: 'The senator',
      speaker: 'The senator',
      name: 'Ana Ruiz',
      sourceType: 'named-person',
    },
    {
      text: 'Gov. Tom Becker declared an emergency in three counties on Sunday. The governor said the National Guard would help fill sandbags.',
      at: 'The governor',
      speaker: 'The governor',
      name: 'Tom Becker',
      sourceType: 'named-person',
    },
    {
      text: 'Police Chief Maria Lopez closed Route 9 after the crash. The chief said the road would reopen by evening.',
      at: 'The chief',
      speaker: 'The chief',
      name: 'Maria Lopez',
      sourceType: 'named-person',
    },
    {
      text: 'Laura Kim, a spokeswoman for the utility, spoke to reporters at noon. The spokeswoman said power would be restored by Friday.',
      at: 'The spokeswoman',
      speaker: 'The spokeswoman',
      name: 'Laura Kim',
      sourceType: 'named-person',
    },
    // a pronoun continues the last speaker, not a name mentioned inside that speaker's claim
    {
      text: 'Dan Ortiz, who inspected the bridge with Mayor Tom Becker on Monday, said the deck was sound. He said repairs to the railings would take a week.',
      at: 'He said',
      speaker: 'He',
      name: 'Dan Ortiz',
      sourceType: 'named-person',
    },
    // a person described, not named, is who "she" goes on speaking for, and the claim keeps that kind of source
    {
      text: 'The Elm Street bridge is safe, the county engineer said. "We checked every bolt twice," she said.',
      at: 'every bolt',
      speaker: 'she',
      name: 'the county engineer',
      sourceType: 'unnamed-person',
    },
    {
      text: 'A county spokeswoman said the office was still reviewing the audit. She said a decision would come next month.',
      at: 'a decision',
      speaker: 'She',
      name: 'A county spokeswoman',
      sourceType: 'unnamed-person',
    },
    // … not when someone has been named since
    {
      text: 'The fire chief said the blaze was contained. Mayor Ana Ruiz toured the site at noon. She said the town would rebuild.',
      at: 'would rebuild',
      speaker: 'She',
      name: 'Ana Ruiz',
      sourceType: 'named-person',
    },
    // "it" and "they" are the kind of source they stand for: a report is a document, a union an organisation
    {
      text: 'The county housing report found that evictions doubled last year. It also found that rents rose 11 percent.',
      at: 'rents rose',
      speaker: 'It',
      name: 'The county housing report',
      sourceType: 'document',
    },
    {
      text: "The tenants' union said the new rules were unfair. They said the county should act before winter.",
      at: 'before winter',
      speaker: 'They',
      name: "The tenants' union",
      sourceType: 'named-organization',
    },
    // … but a person named after that claim is nearer
    {
      text: 'Tom Becker said the plant would close in March. Hours later Dan Ortiz arrived at the gate. He said the workers would be paid until June.',
      at: 'He said',
      speaker: 'He',
      name: 'Dan Ortiz',
      sourceType: 'named-person',
    },
    // gender decides between two recent speakers
    {
      text: 'Dan Ortiz said the levee would hold. Ana Ruiz said the pumps were too old. She said the county had ignored three warnings.',
      at: 'She said the county',
      speaker: 'She',
      name: 'Ana Ruiz',
      sourceType: 'named-person',
    },
    {
      text: 'Ana Ruiz said the levee would hold. Dan Ortiz said the pumps were too old. She said the county had answered every warning.',
      at: 'She said the county',
      speaker: 'She',
      name: 'Ana Ruiz',
      sourceType: 'named-person',
    },
    // a given name on neither list: the pronouns the writer uses after the name tell
    {
      text: 'Ana Ruiz said the levee would hold. Kwabena Osei said his crew had found the pumps too old. She said the county had ignored three warnings.',
      at: 'She said',
      speaker: 'She',
      name: 'Ana Ruiz',
      sourceType: 'named-person',
    },
    // a given name on both lists: the role word in the appositive tells
    {
      text: 'Dan Ortiz said the levee would hold. Robin Vale, a spokeswoman for the utility, said the pumps were old. He said the county had ignored three warnings.',
      at: 'He said',
      speaker: 'He',
      name: 'Dan Ortiz',
      sourceType: 'named-person',
    },
    {
      text: 'The water authority said the reservoir was half full. It said restrictions on garden hoses would start on Friday.',
      at: 'It said',
      speaker: 'It',
      name: 'The water authority',
      sourceType: 'named-organization',
    },
    {
      text: 'Residents of Elm Street said the tap water smelled of chlorine. They said the city had ignored their complaints for months.',
      at: 'They said',
      speaker: 'They',
      name: 'Residents of Elm Street',
      sourceType: 'unnamed-group',
    },
    // two people named since the group spoke: "they" is not resolved by guesswork
    {
      text: 'Residents said the tap water smelled of chlorine. Ana Ruiz met Dan Ortiz at the plant on Tuesday. They said the pipes would be replaced.',
      at: 'They said the pipes',
      speaker: 'They',
      name: 'They',
      sourceType: 'unnamed-group',
    },
    {
      text: 'Dan Ortiz on Tuesday said the bridge would reopen before the holiday weekend.',
      at: 'on Tuesday',
      speaker: 'Dan Ortiz',
      name: 'Dan Ortiz',
      sourceType: 'named-person',
    },
    // an organisation descriptor stands only for an organisation it fits
    {
      text: 'The Marlow Teachers Union filed a grievance over class sizes last week. The district said the contract already caps them at 28.',
      at: 'The district',
      speaker: 'The district',
      name: 'The district',
      sourceType: 'named-organization',
    },
    {
      text: 'The Marlow Teachers Union met officials of the Marlow Unified School District on Friday. The district said the contract already caps class sizes.',
      at: 'The district',
      speaker: 'The district',
      name: 'Marlow Unified School District',
      sourceType: 'named-organization',
    },
    {
      text: 'The Marlow Teachers Union and Ridgeline Energy signed a training deal. The company said it would hire 40 apprentices.',
      at: 'The company',
      speaker: 'The company',
      name: 'Ridgeline Energy',
      sourceType: 'named-organization',
    },
    // a body's name after its role word, and the role word alone later
    {
      text: "The nurses' union, the Riverside Nurses Association, called the plan reckless. The union said staffing on night shifts was already thin.",
      at: 'night shifts',
      speaker: 'The union',
      name: 'Riverside Nurses Association',
      sourceType: 'named-organization',
    },
    {
      text: "The nurses' union, the Riverside Nurses Association, called the plan reckless.",
      at: 'reckless',
      speaker: "The nurses' union, the Riverside Nurses Association",
      name: 'Riverside Nurses Association',
      sourceType: 'named-organization',
    },
    // … not a body named after a fronted phrase that ends with another's role word
    {
      text: "In an email exchange with Ortiz's campaign, the Valley Courier asked three times whether he had paid the fine. The campaign refused to answer.",
      at: 'refused',
      speaker: 'The campaign',
      name: 'The campaign',
      sourceType: 'named-organization',
    },
    // "his campaign": the body of the person the pronoun stands for; "the campaign": the campaign that spoke last
    {
      text: 'Dan Becker held a rally at the fairgrounds in Toledo on Saturday. His campaign said the event drew 3,000 people.',
      at: '3,000 people',
      speaker: 'His campaign',
      name: 'Dan Becker campaign',
      sourceType: 'named-organization',
    },
    {
      text: 'The Becker campaign said the television ad was false. Later on Monday, the campaign said it would ask the station to pull it.',
      at: 'pull it',
      speaker: 'the campaign',
      name: 'The Becker campaign',
      sourceType: 'named-organization',
    },
    // a name that modifies the descriptor makes it its own organisation
    {
      text: 'Ridgeline Energy bought ads in three states. The Becker campaign said the ads were misleading.',
      at: 'The Becker campaign',
      speaker: 'The Becker campaign',
      name: 'The Becker campaign',
      sourceType: 'named-organization',
    },
    // title words lead up to the person they describe
    {
      text: 'Ridgeline Energy spokesman Tom Becker said the plant would reopen in March.',
      at: 'reopen',
      speaker: 'Ridgeline Energy spokesman Tom Becker',
      name: 'Tom Becker',
      sourceType: 'named-person',
    },
    // … but a name of no known gender does not take "she" from a speaker known to be a woman
    {
      text: 'Maria Quell said the clinic would stay open. Hours later Ardley Varrow arrived at the gate. She said the line had grown to 300 people.',
      at: 'She said',
      speaker: 'She',
      name: 'Maria Quell',
      sourceType: 'named-person',
    },
    // an age stands for the person given it earlier
    {
      text: 'Council member Tomas Vale, 54, has led the housing committee since 2019. The 54-year-old said rents in the district had doubled.',
      at: 'The 54-year-old',
      speaker: 'The 54-year-old',
      name: 'Tomas Vale',
      sourceType: 'named-person',
    },
    {
      text: 'Mira Castell, a 41-year-old nurse, lost her home in the fire. The 41-year-old said the insurer had refused to pay.',
      at: 'The 41-year-old',
      speaker: 'The 41-year-old',
      name: 'Mira Castell',
      sourceType: 'named-person',
    },
    // a role word before the name, used again as the descriptor
    {
      text: 'Republican nominee Dan Becker toured the glass plant on Monday. The Republican nominee said the plant would stay open.',
      at: 'The Republican nominee',
      speaker: 'The Republican nominee',
      name: 'Dan Becker',
      sourceType: 'named-person',
    },
    // "they" after an organisation that spoke, with nobody named since
    {
      text: 'The Riverside Tenants Association met the landlord on Monday. The association said the heating had failed for weeks. They said the landlord had ignored every complaint.',
      at: 'They said',
      speaker: 'They',
      name: 'Riverside Tenants Association',
      sourceType: 'named-organization',
    },
    // an office named with "and" inside, then its acronym alone
    {
      text: 'The Department of Housing and Urban Development (HUD) cut the voucher budget by a fifth this year.\n\nLandlords in three states have sued. HUD said the cuts would take effect in March.',
      at: 'HUD said',
      speaker: 'HUD',
      name: 'Department of Housing and Urban Development',
      sourceType: 'named-organization',
    },
    {
      text: 'Officials at the Department of Health and Human Services briefed governors on Monday. HHS said the vaccine supply would double by June.',
      at: 'HHS said',
      speaker: 'HHS',
      name: 'Department of Health and Human Services',
      sourceType: 'named-organization',
    },
    // … also behind a prepositional tail
    {
      text: 'Officials with the Department of Housing and Urban Development said the voucher rules would change in March.',
      at: 'voucher rules',
      speaker: 'Officials with the Department of Housing and Urban Development',
      name: 'Officials with the Department of Housing and Urban Development',
      sourceType: 'named-organization',
    },
    // a party's member, written capitalised, as the descriptor
    {
      text: 'Sen. Ana Ruiz, a Democrat from Ohio, voted against the farm bill. The Democrat said it would hurt growers.',
      at: 'The Democrat',
      speaker: 'The Democrat',
      name: 'Ana Ruiz',
      sourceType: 'named-person',
    },
    // a person, then the group the person works for
    {
      text: 'Steve Smith of Civic Nebraska said the new district map splits rural counties.',
      at: 'district map',
      speaker: 'Steve Smith of Civic Nebraska',
      name: 'Steve Smith',
      sourceType: 'named-person',
    },
    // lawyers and spokespeople for a named party give that party's word, as a spokesperson for a company does
    {
      text: 'Lawyers for Dan Ortiz said he would appeal the ruling.',
      at: 'appeal',
      speaker: 'Lawyers for Dan Ortiz',
      name: 'Lawyers for Dan Ortiz',
      sourceType: 'named-person',
    },
    {
      text: 'A lawyer for Meridian Health said the lawsuit had no merit.',
      at: 'no merit',
      speaker: 'A lawyer for Meridian Health',
      name: 'A lawyer for Meridian Health',
      sourceType: 'named-organization',
    },
    {
      text: 'A spokeswoman for Sen. Ana Ruiz said the senator was resting at home.',
      at: 'resting',
      speaker: 'A spokeswoman for Sen. Ana Ruiz',
      name: 'A spokeswoman for Sen. Ana Ruiz',
      sourceType: 'named-person',
    },
    // a descriptor refers back to the role an appositive gave, whatever adjectives and clauses go with it
    {
      text: 'Dana Whitcombe, a structural engineer who inspected the span in May, walked the deck on Monday. The engineer said the bolts had rusted through.',
      at: 'The engineer',
      speaker: 'The engineer',
      name: 'Dana Whitcombe',
      sourceType: 'named-person',
    },
    // a group's word refers back to a body named with it
    {
      text: 'The Harbor Safety Panel reviewed the crash for a year. The panel found that the signals had failed.',
      at: 'The panel',
      speaker: 'The panel',
      name: 'Harbor Safety Panel',
      sourceType: 'named-organization',
    },
    // "she" skips names that only the lack of other evidence made people's
    {
      text: 'Maria Quell has run the shelter on Elm Street since 2019.\n\nThe shelter moved last year from Copper Ridge to a warehouse owned by Harbor Freight. She said the new building had no heat.',
      at: 'She said',
      speaker: 'She',
      name: 'Maria Quell',
      sourceType: 'named-person',
    },
    // a lead-in with an appositive, then the quote in its own paragraph
    {
      text: 'Their lawyer, Jo Park, said in a statement:\n\n"Our client has done nothing wrong and will fight these charges in court."\n',
      at: 'Our client',
      speaker: 'Their lawyer, Jo Park',
      name: 'Jo Park',
      sourceType: 'named-person',
    },
  ];
  it("a linked document whose finding is reported is that finding's speaker", () => {
    const text =
      'Supporters point to [a 2023 review](https://example.org/review) that found the program cut absences by a fifth.';
    const c = attributed(text).find((x) => text.slice(x.content.start, x.content.end).startsWith('the program'));
    assert.ok(c, JSON.stringify(attributed(text).map((x) => x.text)));
    assert.strictEqual(c.speaker?.text, 'a 2023 review');
    assert.strictEqual(c.sourceType, 'document');
  });
  it('a linked source is named as the writer reads it, and a web page is a document', () => {
    const text =
      "A 27-year-old man has been charged with murder, according to a [police news release](https://example.org/mpd/1). His family has raised more than $8,000, according to the fundraiser's page.";
    const [release, page] = attributed(text);
    assert.strictEqual(release.speaker?.name, 'a police news release');
    assert.strictEqual(release.sourceType, 'document');
    assert.strictEqual(page.speaker?.name, "the fundraiser's page");
    assert.strictEqual(page.sourceType, 'document');
  });
  for (const r of CASES)
    it(r.text.replace(/\n+/g, ' '), () => {
      const c = attributed(r.text).find((x) => x.text.includes(r.at));
      assert.ok(c, `no claim at "${r.at}": ${JSON.stringify(attributed(r.text).map((x) => x.text))}`);
      assert.strictEqual(c.speaker?.text, r.speaker);
      assert.strictEqual(c.speaker?.name, r.name);
      assert.strictEqual(c.sourceType, r.sourceType);
    });
});
