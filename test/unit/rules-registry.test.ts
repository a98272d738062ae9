/**
 * The rule registry (server/src/core/rules) is the one place a diagnostic code is declared: every code the engine
 * can emit is registered there, and the README's table, the report schema's code list and the SARIF catalogue are
 * read from it (npm run docs:rules regenerates the first two).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { RULES, RULE_IDS, ruleById } from '../../server/src/core/rules';
import { rulesTable, TABLE_START, TABLE_END } from '../../server/src/core/rules/catalogue';
import { toSarif } from '../../server/src/cli/sarif';
import { cli, newsroom, DRAFT } from './cli-helpers';
import { Project, DEFAULT_SETTINGS } from '../../server/src/sources/project';

const ROOT = path.resolve(__dirname, '..', '..');
const RULES_DIR = path.join(ROOT, 'server/src/core/rules');
const REGENERATE = 'out of date: run `npm run docs:rules`';
const NOT_RULES = new Set(['types.ts', 'index.ts', 'catalogue.ts']);

/** every .ts file under dir */
function tsFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? tsFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
    );
}

describe('rule registry', () => {
  it('lists one module per code, named after its code, each declaring what the catalogue needs', () => {
    const modules = fs
      .readdirSync(RULES_DIR)
      .filter((f) => f.endsWith('.ts') && !NOT_RULES.has(f))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    assert.deepStrictEqual([...RULE_IDS].sort(), modules);
    assert.strictEqual(new Set(RULE_IDS).size, RULE_IDS.length, 'codes are unique');
    for (const r of RULES) {
      assert.match(r.id, /^[a-z]+(?:-[a-z]+)*$/, r.id);
      assert.ok(['error', 'warning', 'information', 'hint'].includes(r.severity), r.id);
      assert.ok(['document', 'sources', 'workspace'].includes(r.phase), r.id);
      assert.match(r.summary, /^[A-Z].*\.$/, `${r.id}: the summary is one sentence`);
      assert.ok(!r.summary.includes('\n'), `${r.id}: the summary is one line`);
      assert.ok(r.help.length > r.summary.length, `${r.id}: the help says more than the summary`);
    }
  });

  it('registers every code that the core and the sources layer write down', () => {
    // a finding's code appears as a literal (`code: '…'`, `code === '…'`) or through a rule module's id
    const literal = /\bcode\s*(?::|===|!==)\s*'([a-z-]+)'/g;
    const files = [...tsFiles(path.join(ROOT, 'server/src/core')), ...tsFiles(path.join(ROOT, 'server/src/sources'))];
    const seen = new Set<string>();
    for (const f of files) for (const m of fs.readFileSync(f, 'utf8').matchAll(literal)) seen.add(m[1]);
    assert.ok(seen.size > 0, 'the scan finds code literals');
    for (const code of seen) assert.ok(ruleById(code), `'${code}' is written in the engine but not registered`);
    // findings are made by rules (rules/types.ts `finding`): no object literal elsewhere gives a code its severity
    for (const f of files.filter((x) => !x.startsWith(RULES_DIR)))
      assert.doesNotMatch(fs.readFileSync(f, 'utf8'), /\bcode:\s*'[a-z-]+',\s*severity:/, f);
  });

  it('every code reported on real workspaces is registered, at its declared severity', async function () {
    this.timeout(300000); // it checks every newsroom workspace: minutes on a machine that is busy with other work
    const workspaces = [
      newsroom('onrecord-registry-'),
      path.join(ROOT, 'examples/newsroom'),
      ...fs.readdirSync(path.join(ROOT, 'test/newsroom')).map((n) => path.join(ROOT, 'test/newsroom', n)),
    ];
    const reported = new Set<string>();
    for (const dir of workspaces) {
      const r = await cli(['check', 'drafts', '--format', 'json', '--fail-on', 'none'], dir);
      const report = JSON.parse(r.out) as { documents: { diagnostics: { code: string; severity: string }[] }[] };
      for (const d of report.documents)
        for (const x of d.diagnostics) {
          const rule = ruleById(x.code);
          assert.ok(rule, `'${x.code}' reported in ${dir} but not registered`);
          assert.strictEqual(x.severity, rule.severity, x.code);
          reported.add(x.code);
        }
    }
    assert.ok(reported.size >= 8, `most codes are exercised: ${[...reported].join(', ')}`);
  });

  it("the README's table of codes is generated from it", () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const a = readme.indexOf(TABLE_START),
      b = readme.indexOf(TABLE_END);
    assert.ok(a >= 0 && b > a, 'README.md has the table markers');
    assert.strictEqual(readme.slice(a + TABLE_START.length, b).trim(), rulesTable(), REGENERATE);
  });

  it("the report schema's code list is generated from it", () => {
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schema/report.schema.json'), 'utf8'));
    assert.deepStrictEqual(schema.definitions.diagnostic.properties.code.examples, RULE_IDS, REGENERATE);
  });

  it('the SARIF catalogue lists every rule with its summary, help and default level', () => {
    const level = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };
    const rules = toSarif([], '0.0.0').runs[0].tool.driver.rules;
    assert.deepStrictEqual(
      rules.map((r) => [r.id, r.shortDescription.text, r.fullDescription.text, r.defaultConfiguration.level]),
      RULES.map((r) => [r.id, r.summary, r.help, level[r.severity]]),
    );
  });

  it("each finding's fixes come from its rule as edits inside the draft; fix-all codes have a preferred correction", () => {
    const dir = newsroom('onrecord-registry-fixes-');
    const p = new Project(dir, DEFAULT_SETTINGS);
    p.loadSources();
    const r = p.analyze('file://' + path.join(dir, 'drafts', 'flood.md'), DRAFT, 'markdown', 1);
    const fixed = new Set<string>();
    for (const f of r.analysis.findings) {
      const fixes = p.fixesFor(r, f);
      assert.strictEqual(
        fixes.length > 0,
        !!ruleById(f.code)?.fixes,
        `${f.code}: fixes exactly when its rule has them`,
      );
      for (const fix of fixes) {
        assert.strictEqual(fix.code, f.code);
        for (const e of fix.edits) assert.ok(0 <= e.start && e.start <= e.end && e.end <= DRAFT.length, fix.title);
      }
      if (ruleById(f.code)?.fixAllSafe)
        assert.ok(
          fixes.some((x) => x.preferred),
          `${f.code}: a preferred fix`,
        );
      if (fixes.length) fixed.add(f.code);
    }
    for (const code of ['unattributed-quote', 'quote-mismatch', 'figure-mismatch', 'name-inconsistent'])
      assert.ok(fixed.has(code), `the draft has a fixed ${code}: ${[...fixed].join(', ')}`);
  });
});
