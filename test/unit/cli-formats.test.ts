/** `onrecord check --format sarif|github|json`, `--only` and `--ignore`: validated against the SARIF 2.1.0 schema and schema/report.schema.json. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { cli, newsroom } from './cli-helpers';
import { toGithub, toSarif } from '../../server/src/cli/sarif';
import { RULE_IDS } from '../../server/src/core/rules';
import type { JsonDocument } from '../../protocol/report';

const ROOT = path.resolve(__dirname, '../..');
// The SARIF 2.1.0 schema (2.1.0-rtm.5, the one schemastore serves as sarif-2.1.0.json) as shipped by Microsoft's @microsoft/jest-sarif.
const SARIF_SCHEMA = path.join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
const REPORT_SCHEMA = path.join(ROOT, 'schema/report.schema.json');
/** every registered code (test/unit/rules-registry.test.ts checks the registry itself) */
const CODES = RULE_IDS;

type Validator = ((data: unknown) => boolean) & { errors?: unknown };
let sarifCompiled: Validator | undefined;
export function sarifValidator(): Validator {
  if (sarifCompiled) return sarifCompiled;
  // unicodeRegExp: false: the schema's `language` pattern is valid ECMA-262 but not under the u flag
  // inlineRefs/optimize off: the schema is large, and compiling it this way takes a third of the time
  const ajv = new AjvDraft04({
    allErrors: true,
    strict: false,
    unicodeRegExp: false,
    inlineRefs: false,
    code: { optimize: false },
  });
  addFormats(ajv);
  return (sarifCompiled = ajv.compile(JSON.parse(fs.readFileSync(SARIF_SCHEMA, 'utf8'))));
}

/** The shipped schema, with additionalProperties: false added to every object, so that an undocumented field fails the test. */
function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed);
  if (!schema || typeof schema !== 'object') return schema;
  const o: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema))
    o[k] =
      k === 'properties' || k === 'definitions'
        ? Object.fromEntries(Object.entries(v as object).map(([p, s]) => [p, closed(s)]))
        : closed(v);
  if (o.type === 'object' && o.properties && !('additionalProperties' in o)) o.additionalProperties = false;
  return o;
}
export function reportValidator(strict: boolean): Validator {
  const ajv = new Ajv({ allErrors: true, strict: true });
  const schema = JSON.parse(fs.readFileSync(REPORT_SCHEMA, 'utf8'));
  return ajv.compile(strict ? (closed(schema) as object) : schema);
}
const why = (v: { errors?: unknown }) => JSON.stringify(v.errors, null, 1).slice(0, 2000);

describe('onrecord check: formats for CI', () => {
  let dir: string;
  before(() => {
    dir = newsroom('onrecord-cli-formats-');
  });

  describe('--format sarif', () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed JSON; the tests below validate it against the SARIF schema
    let log: any;
    before(async () => {
      const r = await cli(['check', 'drafts', '--format', 'sarif'], dir);
      assert.strictEqual(r.code, 1, r.err);
      log = JSON.parse(r.out);
    });
    it('validates against the official SARIF 2.1.0 JSON schema', () => {
      const v = sarifValidator();
      assert.ok(v(log), why(v));
      assert.strictEqual(log.version, '2.1.0');
    });
    it('the schema check catches a broken log', () => {
      const v = sarifValidator();
      const bad = JSON.parse(JSON.stringify(log));
      bad.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0; // lines are 1-based
      assert.ok(!v(bad));
      const bad2 = JSON.parse(JSON.stringify(log));
      bad2.runs[0].results[0].level = 'warn';
      assert.ok(!v(bad2));
    });
    it('has one rule per diagnostic code, with help text', () => {
      const rules = log.runs[0].tool.driver.rules;
      for (const code of CODES) {
        const r = rules.find((x: { id: string }) => x.id === code);
        assert.ok(r, code);
        assert.ok(r.help.text.length > 30, code);
        assert.ok(r.shortDescription.text, code);
        assert.ok(['error', 'warning', 'note'].includes(r.defaultConfiguration.level), code);
      }
      assert.strictEqual(new Set(rules.map((x: { id: string }) => x.id)).size, rules.length);
      for (const res of log.runs[0].results) assert.strictEqual(rules[res.ruleIndex].id, res.ruleId);
    });
    it('locates results by region lines and columns, with the claim text in the message', () => {
      const results = log.runs[0].results;
      const mm = results.find((x: { ruleId: string }) => x.ruleId === 'quote-mismatch');
      assert.strictEqual(mm.level, 'error');
      const loc = mm.locations[0].physicalLocation;
      assert.strictEqual(loc.artifactLocation.uri, 'drafts/flood.md');
      assert.deepStrictEqual([loc.region.startLine, loc.region.startColumn], [7, 2]);
      assert.ok(loc.region.endColumn > loc.region.startColumn);
      assert.match(mm.message.text, /held longer/);
      assert.match(
        mm.message.text,
        /Claim: “"The levee on the east side held longer than anyone expected," Mayor Ana Venn said\.”/,
      );
      const fig = results.find((x: { ruleId: string }) => x.ruleId === 'unattributed-figure');
      assert.strictEqual(fig.level, 'warning');
      assert.match(fig.message.text, /Claim: “Repairs will cost \$12 million\.”/);
      assert.strictEqual(fig.locations[0].physicalLocation.region.snippet.text, '$12 million');
      assert.strictEqual(fig.locations[0].physicalLocation.region.startLine, 13);
    });
    it('maps information and hint to note, and keeps rules for unknown codes', () => {
      const doc: JsonDocument = {
        path: 'a.md',
        claims: [],
        figures: [],
        entities: [],
        diagnostics: [
          {
            code: 'quote-not-found',
            severity: 'information',
            message: 'm',
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } },
          },
          {
            code: 'brand-new',
            severity: 'hint',
            message: 'New. More.',
            range: { start: { line: 1, character: 2 }, end: { line: 1, character: 4 } },
          },
        ],
      };
      const s = toSarif([doc], '0.1.0', { 'a.md': 'abc\nxyz\n' });
      assert.deepStrictEqual(
        s.runs[0].results.map((r) => r.level),
        ['note', 'note'],
      );
      assert.strictEqual(s.runs[0].tool.driver.rules[s.runs[0].results[1].ruleIndex].id, 'brand-new');
      assert.match(s.runs[0].results[0].message.text, /Claim: “abc”/);
      const v = sarifValidator();
      assert.ok(v(JSON.parse(JSON.stringify(s))), why(v));
    });
  });

  describe('--format github', () => {
    it('prints one workflow command per finding', async () => {
      const r = await cli(['check', 'drafts', '--format', 'github'], dir);
      assert.strictEqual(r.code, 1, r.err);
      const j = JSON.parse((await cli(['check', 'drafts', '--format', 'json'], dir)).out);
      const n = j.documents.reduce((a: number, d: JsonDocument) => a + d.diagnostics.length, 0);
      const cmds = r.out.split('\n').filter((l) => l.startsWith('::'));
      assert.ok(n >= 6 && cmds.length === n, r.out);
      assert.ok(
        cmds.some((l) =>
          l.startsWith(
            '::error file=drafts/flood.md,line=7,col=2,endLine=7,endColumn=62,title=quote-mismatch::The quote differs from venn.txt',
          ),
        ),
        r.out,
      );
      assert.ok(
        cmds.some((l) =>
          /^::warning file=drafts\/flood\.md,line=13,col=19,endLine=13,endColumn=30,title=unattributed-figure::The figure "\$12 million"/.test(
            l,
          ),
        ),
        r.out,
      );
      for (const l of cmds)
        assert.match(
          l,
          /^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+::\S/,
        );
      assert.match(r.out, new RegExp(`2 documents, \\d+ claims, ${n} findings`));
    });
    it('maps information and hint to notice and escapes properties and data', () => {
      const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
      const s = toGithub([
        {
          path: 'a,b:c%.md',
          claims: [],
          figures: [],
          entities: [],
          diagnostics: [
            { code: 'quote-not-found', severity: 'information', message: '50% done\nnext', range },
            { code: 'x', severity: 'hint', message: 'h', range },
            { code: 'y', severity: 'warning', message: 'w', range },
            { code: 'z', severity: 'error', message: 'e', range },
          ],
        },
      ]);
      const lines = s.trim().split('\n');
      assert.strictEqual(
        lines[0],
        '::notice file=a%2Cb%3Ac%25.md,line=1,col=1,endLine=1,endColumn=2,title=quote-not-found::50%25 done%0Anext',
      );
      assert.deepStrictEqual(
        lines.map((l) => l.split(' ')[0]),
        ['::notice', '::notice', '::warning', '::error'],
      );
    });
  });

  describe('--format json and schema/report.schema.json', () => {
    it('real output validates against the shipped schema, and every field is documented in it', async () => {
      const r = await cli(['check', 'drafts', '--format', 'json', '--fail-on', 'none'], dir);
      assert.strictEqual(r.code, 0, r.err);
      const j = JSON.parse(r.out);
      assert.ok(
        j.documents.some((d: JsonDocument) => d.claims.some((c) => c.sources.some((s) => s.kind === 'passage'))),
        'fixture has a matched passage',
      );
      assert.ok(
        j.documents.some((d: JsonDocument) => d.diagnostics.some((x) => x.data)),
        'fixture has diagnostic data',
      );
      const open = reportValidator(false),
        strict = reportValidator(true);
      assert.ok(open(j), why(open));
      assert.ok(strict(j), why(strict));
    });
    it('the schema rejects a wrong shape', async () => {
      const j = JSON.parse((await cli(['check', 'drafts', '--format', 'json', '--fail-on', 'none'], dir)).out);
      const v = reportValidator(false);
      const flood = j.documents.findIndex((d: JsonDocument) => d.path.endsWith('flood.md'));
      const a = JSON.parse(JSON.stringify(j));
      delete a.documents[flood].diagnostics[0].range;
      assert.ok(!v(a));
      const b = JSON.parse(JSON.stringify(j));
      b.documents[flood].claims[0].status = 'fine';
      assert.ok(!v(b));
      const c = JSON.parse(JSON.stringify(j));
      c.documents[0].undocumented = 1;
      assert.ok(v(c), 'the shipped schema lets later versions add fields');
      assert.ok(!reportValidator(true)(c), 'the strict check flags fields missing from the schema');
    });
    it('is shipped in the package', () => {
      const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
      assert.ok(
        (pkg.files as string[]).some((f) => /^schema\/?(\*\*)?$/.test(f)),
        JSON.stringify(pkg.files),
      );
    });
  });

  describe('--only and --ignore', () => {
    const codes = (out: string) =>
      [...new Set(JSON.parse(out).documents.flatMap((d: JsonDocument) => d.diagnostics.map((x) => x.code)))].sort();
    it('--only keeps only the listed codes, and decides the exit code from them', async () => {
      const r = await cli(
        ['check', 'drafts', '--format', 'json', '--only', 'unattributed-quote,vague-attribution'],
        dir,
      );
      assert.deepStrictEqual(codes(r.out), ['unattributed-quote', 'vague-attribution']);
      assert.strictEqual(r.code, 0, 'only warnings left, --fail-on error');
      const t = await cli(['check', 'drafts', '--only', 'unresolved-citation', '--only', 'quote-mismatch'], dir);
      assert.strictEqual(t.code, 1);
      assert.deepStrictEqual(
        t.out
          .trim()
          .split('\n')
          .slice(0, -1)
          .map((l) => l.split(' ')[2])
          .sort(),
        ['quote-mismatch', 'unresolved-citation'],
      );
    });
    it('--ignore drops the listed codes', async () => {
      const r = await cli(
        [
          'check',
          'drafts',
          '--format',
          'json',
          '--ignore',
          'quote-mismatch,unresolved-citation,figure-mismatch,speaker-mismatch',
        ],
        dir,
      );
      assert.strictEqual(r.code, 0, 'no error-level codes left, --fail-on error');
      const c = codes(r.out);
      assert.ok(
        !c.includes('quote-mismatch') && !c.includes('unresolved-citation') && c.includes('unattributed-quote'),
        c.join(),
      );
      const s = JSON.parse(
        (await cli(['check', 'drafts', '--format', 'sarif', '--ignore', 'vague-attribution'], dir)).out,
      );
      assert.ok(!s.runs[0].results.some((x: { ruleId: string }) => x.ruleId === 'vague-attribution'));
    });
    it('an unknown code is a usage error (exit 2) listing the valid codes', async () => {
      for (const args of [
        ['--only', 'unattributed-quote,nope'],
        ['--ignore', 'Quote-Mismatch'],
        ['--only', ','],
      ]) {
        const r = await cli(['check', 'drafts', ...args], dir);
        assert.strictEqual(r.code, 2, args.join(' '));
        assert.strictEqual(r.out, '');
        for (const code of CODES) assert.ok(r.err.includes(code), `${args.join(' ')}: ${r.err}`);
      }
    });
  });
});
