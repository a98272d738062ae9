/**
 * Rule fixtures: test/rules/<code>/ holds small news drafts (in drafts/, next to any sources/ and .onrecord.json they
 * are checked with) that carry their expected findings inline, as an HTML comment under the line:
 *
 *     "Nobody knew," the statement said.
 *     <!-- ^^^^^^^^^^^^^ some-code -->
 *
 * Columns count from the end of `<!--`: the first caret after `<!--` is column 0 of the line above (the nearest line
 * that is not itself an annotation). Each file is checked exactly: a finding not annotated fails, and so does an
 * annotation with no finding. A file without annotations is a negative fixture: it must report nothing.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { cli } from './cli-helpers';
import { RULE_IDS } from '../../server/src/core/rules';

const ROOT = path.resolve(__dirname, '..', '..', 'test', 'rules');
const ANNOTATION = /^<!--(\s*)(\^+)\s+([a-z][a-z0-9-]*)\s*-->\s*$/;

interface Expected {
  line: number;
  start: number;
  end: number;
  code: string;
}

/** the findings a fixture expects, from its annotations (0-based lines and UTF-16 columns) */
export function expectedFindings(text: string): Expected[] {
  const lines = text.split(/\r?\n/);
  const out: Expected[] = [];
  let target = -1;
  lines.forEach((l, i) => {
    const m = ANNOTATION.exec(l);
    if (!m) {
      target = i;
      return;
    }
    assert.ok(target >= 0, `line ${i + 1}: an annotation needs a line above it`);
    out.push({ line: target, start: m[1].length, end: m[1].length + m[2].length, code: m[3] });
  });
  return out;
}

/** every folder under test/rules that holds a drafts/ folder: one workspace each */
function workspaces(dir: string): string[] {
  const entries = fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory());
  // a workspace may hold others beside its drafts and sources (figure-mismatch/results-release)
  const own = entries.some((e) => e.name === 'drafts') ? [dir] : [];
  const inner = entries.filter((e) => e.name !== 'sources' && e.name !== 'drafts');
  return [...own, ...inner.flatMap((e) => workspaces(path.join(dir, e.name)))];
}

const key = (x: Expected) => `${x.line + 1}:${x.start}-${x.end} ${x.code}`;

describe('rule fixtures (test/rules/<code>/)', () => {
  it('the annotation syntax reads columns from the end of <!--', () => {
    const text = [
      '"Nobody knew."',
      '<!--^^^^^^^^^^^^^^ unattributed-quote -->',
      'Officials said so.',
      '<!--^^^^^^^^^ vague-attribution -->',
    ].join('\n');
    assert.deepStrictEqual(expectedFindings(text).map(key), ['1:0-14 unattributed-quote', '3:0-9 vague-attribution']);
  });

  it('every code has a fixture folder with a positive and a negative fixture', () => {
    for (const code of RULE_IDS) {
      const dir = path.join(ROOT, code);
      assert.ok(fs.existsSync(dir), `test/rules/${code}/ is missing`);
      const files = workspaces(dir).flatMap((w) =>
        fs.readdirSync(path.join(w, 'drafts')).map((f) => fs.readFileSync(path.join(w, 'drafts', f), 'utf8')),
      );
      assert.ok(
        files.some((t) => expectedFindings(t).some((x) => x.code === code)),
        `${code}: a fixture that expects it`,
      );
      assert.ok(
        files.some((t) => !expectedFindings(t).length),
        `${code}: a fixture that expects nothing`,
      );
    }
  });

  for (const code of fs.existsSync(ROOT) ? fs.readdirSync(ROOT) : []) {
    for (const ws of workspaces(path.join(ROOT, code))) {
      it(`${path.relative(ROOT, ws) || code}: exactly the annotated findings`, async () => {
        const r = await cli(['check', 'drafts', '--format', 'json', '--fail-on', 'none'], ws);
        assert.strictEqual(r.code, 0, r.err);
        const report = JSON.parse(r.out) as {
          documents: {
            path: string;
            diagnostics: {
              code: string;
              range: { start: { line: number; character: number }; end: { line: number; character: number } };
            }[];
          }[];
        };
        for (const file of fs.readdirSync(path.join(ws, 'drafts'))) {
          const text = fs.readFileSync(path.join(ws, 'drafts', file), 'utf8');
          const doc = report.documents.find((d) => path.basename(d.path) === file);
          const found = (doc?.diagnostics ?? []).map((d) =>
            key({
              line: d.range.start.line,
              start: d.range.start.character,
              end: d.range.end.line === d.range.start.line ? d.range.end.character : -1,
              code: d.code,
            }),
          );
          assert.deepStrictEqual(found.sort(), expectedFindings(text).map(key).sort(), `${code}/${file}`);
        }
      });
    }
  }
});
