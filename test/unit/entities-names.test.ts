/**
 * name-inconsistent flags spelling drift only, on news workspaces in test/entities/: a wire story about the two Koreas
 * (demonyms), a Kyiv story against its wire source (the source's spelling is the reference, whatever the counts), and a
 * council story with the drift the desk must catch and the look-alikes it must leave alone.
 */
import * as assert from 'assert';
import * as path from 'path';
import { cli } from './cli-helpers';
import { analyzeText } from '../../server/src/core/analyze';
import { verifyDocument } from '../../server/src/core/check';
import type { NameUse } from '../../server/src/core/names';
import { countNames } from '../../server/src/sources/project';
import { rule as nameRule } from '../../server/src/core/rules/name-inconsistent';
import type { FixContext } from '../../server/src/core/fixes';

interface Diagnostic {
  code: string;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  data?: { spelling?: string; from?: string };
}
const root = path.resolve(__dirname, '../../test/entities');

async function nameFindings(workspace: string): Promise<{ text: string; spelling: string; message: string }[]> {
  const dir = path.join(root, workspace);
  const { out } = await cli(
    ['check', 'drafts', '--format', 'json', '--only', 'name-inconsistent', '--fail-on', 'none'],
    dir,
  );
  const report = JSON.parse(out) as { documents: { path: string; diagnostics: Diagnostic[] }[] };
  const fs = await import('fs');
  return report.documents.flatMap((d) => {
    const lines = fs.readFileSync(path.resolve(dir, d.path), 'utf8').split('\n');
    return d.diagnostics.map((f) => ({
      text: lines[f.range.start.line].slice(f.range.start.character, f.range.end.character),
      spelling: f.data?.spelling ?? '',
      message: f.message,
    }));
  });
}

describe('name-inconsistent: drift only', () => {
  it('a wire story about the two Koreas: Korea, Koreas, Korean and Koreans are not spelling drift', async () => {
    assert.deepStrictEqual(await nameFindings('koreas'), []);
  });
  it('Kyiv story: "Zelensky" six times in the draft against "Zelenskyy" four times in the wire source is flagged each time', async () => {
    const found = await nameFindings('kyiv');
    assert.deepStrictEqual(
      found.map((f) => [f.text, f.spelling]),
      Array(6).fill(['Zelensky', 'Zelenskyy']),
    );
    // the message names the reference spelling and the source that uses it
    assert.match(
      found[0].message,
      /"Zelensky" \(6× in kyiv-talks\.md\) differs from the sources, which spell it "Zelenskyy" \(wire-kyiv\.md\)/,
    );
  });
  it('Kyiv story: Ukraine/Ukrainian(s), Russia/Russian(s), Kyiv/Kyivans and possessives are not drift', async () => {
    const found = await nameFindings('kyiv');
    assert.ok(
      found.every((f) => f.text === 'Zelensky'),
      found.map((f) => f.text).join(', '),
    );
  });
  it('council story: hyphen, Delores/Dolores and Abramowicz/Abramowitz against the minutes; Hrytsenko/Hritsenko within the draft', async () => {
    const found = await nameFindings('drift');
    assert.deepStrictEqual(
      found.map((f) => [f.text, f.spelling]),
      [
        ['Ada Okonkwo Reyes', 'Ada Okonkwo-Reyes'],
        ['Abramowitz', 'Abramowicz'],
        ['Delores', 'Dolores'],
        ['Hritsenko', 'Hrytsenko'],
      ],
    );
    // within one draft the majority spelling is the reference, and the message says where it is used
    assert.match(
      found[3].message,
      /"Hritsenko" \(1× in council-vote\.md\) is spelled "Hrytsenko" elsewhere \(2× in council-vote\.md\)/,
    );
  });
  it('council story: a surname alone, two Ortizes with different given names and a possessive are not drift', async () => {
    const texts = (await nameFindings('drift')).map((f) => f.text);
    for (const quiet of ['Grant', 'Maria', 'Daniel', 'Ortiz', "Okonkwo-Reyes's", 'Okonkwo-Reyes'])
      assert.ok(!texts.includes(quiet), `${quiet} flagged: ${texts.join(', ')}`);
  });
});

describe('name-inconsistent: look-alikes across drafts', () => {
  function findings(draft: string, others: [string, string][]) {
    const names = new Map<string, NameUse>();
    for (const [file, t] of [['this draft', draft] as [string, string], ...others])
      countNames(names, analyzeText(t), file);
    return verifyDocument(draft, analyzeText(draft), { index: null, bibliography: new Map(), names }).filter(
      (f) => f.code === 'name-inconsistent',
    );
  }
  it('everyday words, two different people and a headline in capitals are not drift', () => {
    const draft = 'Vice President Mike Pence spoke about peace. Osama bin Laden was named. Georgia voters waited.';
    const other = 'The Peace Corps hired. President Barack Obama spoke. George Allen voted. Pence left.';
    assert.deepStrictEqual(findings(draft, [['other.md', other]]), []);
  });
  it('the same full name with one letter changed is drift, across drafts', () => {
    const found = findings('Treasurer Delores Grant spoke.', [
      ['other.md', 'Dolores Grant spoke. Dolores Grant left.'],
    ]);
    assert.deepStrictEqual(
      found.map((f) => f.data!.spelling),
      ['Dolores'],
    );
  });
  it('drift across drafts is reported in the draft with the kept spelling too, without a one-draft fix', () => {
    const found = findings('Treasurer Dolores Grant spoke. Dolores Grant left.', [
      ['other.md', 'Delores Grant spoke.'],
    ]);
    assert.deepStrictEqual(
      found.map((f) => [f.data!.from, f.data!.spelling, f.data!.rival]),
      [
        ['Dolores', 'Delores', true],
        ['Dolores', 'Delores', true],
      ],
    );
    assert.match(found[0].message, /spelled "Delores" in another draft \(1× in other\.md\), and no source settles/);
    assert.deepStrictEqual(nameRule.fixes!(found[0], {} as FixContext), []);
  });
  it('a spelling that several drafts use is not questioned by one stray draft', () => {
    const found = findings('Senator Maria Delgado spoke first. Delgado later left.', [
      ['b.md', 'Senator Maria Delgado voted no.'],
      ['c.md', 'Maria Delgado declined to comment.'],
      ['d.md', 'Senator Maria Delgada spoke.'],
    ]);
    assert.deepStrictEqual(found, []);
  });
  it('a surname with its last letter changed or two letters swapped, for the same person, is drift', () => {
    const draft = [
      'DPU Director Odette Marchetti said the advisory would stay. Marchetti told the council the main was old.',
      'It was installed in 1961, Marchette said.',
      '',
      'Greta Lindahl, who runs the bakery, spoke first. In an interview Friday, Lindhal said she understood.',
      '"Half the shops will be dark by February," Lindahl said.',
    ].join('\n');
    assert.deepStrictEqual(
      findings(draft, []).map((f) => [f.data!.from, f.data!.spelling]),
      [
        ['Marchette', 'Marchetti'],
        ['Lindhal', 'Lindahl'],
      ],
    );
  });
  it('two spellings within one draft are reported on the minority spelling only', () => {
    const found = findings('Dolores Grant spoke. Dolores Grant left. Delores Grant waved.', []);
    assert.deepStrictEqual(
      found.map((f) => f.data!.from),
      ['Delores'],
    );
  });
});
