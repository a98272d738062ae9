/** figure-inconsistent: one quantity given two ways across the workspace's drafts (fixtures in test/rules/figure-inconsistent). */
import * as assert from 'assert';
import * as path from 'path';
import { consistent, interval } from '../../server/src/core/rules/figure-inconsistent';
import { extractFigures } from '../../server/src/core/figures';
import type { Figure } from '../../server/src/core/types';
import { cli } from './cli-helpers';

const FIXTURES = path.resolve(__dirname, '../../test/rules/figure-inconsistent');

interface Diag {
  code: string;
  message: string;
  range: { start: { line: number; character: number } };
  data?: { related?: { uri: string; range: { start: { line: number } }; message: string }[] };
}
async function findings(workspace: string) {
  const r = await cli(['check', 'drafts', '--format', 'json', '--fail-on', 'none'], path.join(FIXTURES, workspace));
  assert.ok([0, 1].includes(r.code), r.err);
  return (JSON.parse(r.out).documents as { path: string; diagnostics: Diag[] }[]).map((d) => ({
    path: d.path,
    found: d.diagnostics.filter((x) => x.code === 'figure-inconsistent'),
  }));
}

const figure = (text: string): Figure => {
  const f = extractFigures(text, [{ start: 0, end: text.length }]);
  assert.ok(f.length, text);
  return f[0];
};

describe('figure-inconsistent', () => {
  it('"about 2,600 residents" against "nearly 3,000 residents" evacuated: a finding on both, each linking the other', async () => {
    const docs = await findings('inconsistent');
    const sat = docs.find((d) => d.path.endsWith('flood-saturday.md'))!;
    const sun = docs.find((d) => d.path.endsWith('flood-sunday.md'))!;
    assert.strictEqual(sat.found.length, 1, JSON.stringify(sat.found));
    assert.strictEqual(sun.found.length, 1, JSON.stringify(sun.found));
    assert.match(
      sat.found[0].message,
      /"about 2,600 residents" here; drafts[/\\]flood-sunday\.md says "Nearly 3,000 residents" \(line 3\)/,
    );
    assert.deepStrictEqual(sat.found[0].range.start, { line: 2, character: 56 });
    const related = sat.found[0].data!.related![0];
    assert.match(related.uri, /^file:.*flood-sunday\.md$/);
    assert.strictEqual(related.range.start.line, 2);
    assert.match(
      sun.found[0].message,
      /"Nearly 3,000 residents" here; drafts[/\\]flood-saturday\.md says "about 2,600 residents"/,
    );
    assert.match(sun.found[0].data!.related![0].uri, /flood-saturday\.md$/);
  });

  it("a figure a source states is not questioned: 23 deckhands per the release against another draft's 32", async () => {
    for (const d of await findings('settled')) assert.deepStrictEqual(d.found, [], d.path);
  });

  it('overlapping hedges, other counted nouns, other events and other amounts stay silent', async () => {
    for (const d of await findings('consistent')) assert.deepStrictEqual(d.found, [], d.path);
  });

  it('hedges read as ranges: "about 2,950" and "nearly 3,000" overlap, "about 2,600" does not', () => {
    assert.deepStrictEqual(interval(figure('nearly 3,000 residents')), [2850, 3000]);
    assert.ok(consistent(figure('about 2,950 residents'), figure('nearly 3,000 residents')));
    assert.ok(!consistent(figure('about 2,600 residents'), figure('nearly 3,000 residents')));
    assert.ok(consistent(figure('more than 2,000 residents'), figure('3,000 residents')));
    assert.ok(!consistent(figure('2,600 residents'), figure('2,650 residents')));
  });

  it('--only figure-inconsistent keeps it; --ignore drops it', async () => {
    const ws = path.join(FIXTURES, 'inconsistent');
    const only = await cli(['check', 'drafts', '--only', 'figure-inconsistent'], ws);
    assert.strictEqual(only.code, 0, only.err);
    assert.match(only.out, /2 findings \(0 error, 0 warning, 2 information/);
    const ignored = await cli(['check', 'drafts', '--ignore', 'figure-inconsistent'], ws);
    assert.doesNotMatch(ignored.out, /figure-inconsistent/);
  });
});
