/**
 * Property tests (fast-check): for arbitrary Unicode text and arbitrary edit sequences the analysis never throws,
 * every range lies inside the document on UTF-16 boundaries, incremental analysis equals a fresh one, and the
 * JSON report validates against schema/report.schema.json.
 *
 * `npm test` runs FUZZ_RUNS (default 200) cases per property; `npm run fuzz` sets FUZZ_RUNS=20000.
 * FUZZ_SEED replays a failure (fast-check prints the seed and the shrunk counterexample).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import fc from 'fast-check';
import Ajv from 'ajv';
import { analyzeText } from '../../server/src/core/analyze';
import { ParseCache } from '../../server/src/core/textmodel';
import { toJsonDocument } from '../../server/src/core/report';
import { Project, DEFAULT_SETTINGS } from '../../server/src/sources/project';
import { runCli } from '../../server/src/cli/cli';
import { assertRangesSound } from './reliability-input.test';

const RUNS = Number(process.env.FUZZ_RUNS) || 200;
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const params = (n = RUNS): fc.Parameters<unknown> => ({ numRuns: n, ...(SEED !== undefined ? { seed: SEED } : {}) });
/** cases run and characters tried, printed at the end for the README's fuzz figures */
const tally = { cases: 0, chars: 0 };

const ROOT = path.resolve(__dirname, '..', '..');

// ---- generators -------------------------------------------------------------------------------------------------

/** any code point, plus lone surrogates (which a UTF-16 editor buffer can hold) */
const anyUnicode = fc.string({
  unit: fc.oneof(
    { weight: 8, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
    { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) },
  ),
  maxLength: 400,
  size: 'large',
});

const TOKENS = [
  '"',
  '“',
  '”',
  "'",
  '‘',
  '’',
  '«',
  '»',
  '„',
  ' ',
  ' ',
  ' ',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  '\t',
  '.',
  ',',
  '?',
  '!',
  ':',
  ';',
  '—',
  '(',
  ')',
  'said',
  'says',
  'told reporters',
  'according to',
  'Sources say',
  'officials said',
  'he',
  'she',
  'they',
  'the mayor',
  'that',
  'Mayor',
  'Ana',
  'Venn',
  'Hrytsenko',
  'Hritsenko',
  'President',
  'Regional Emergency Office',
  'Dunmore',
  'A',
  'I',
  'Q:',
  'MAYOR VENN:',
  '3,000',
  '$12 million',
  '40%',
  '1.5',
  '2026',
  'nearly',
  'about',
  'twelve',
  '½',
  '٣',
  '0',
  '9',
  '-',
  '1e9',
  '€5bn',
  '[@reo2026]',
  '[@',
  '@key',
  '[^1]',
  '[^1]: note',
  '[link](https://x.org/a)',
  'https://x.org/(a)',
  '<https://x.org>',
  '](',
  '![i](j)',
  '*',
  '**',
  '_',
  '`',
  '```',
  '~~~',
  '#',
  '## ',
  '>',
  '> ',
  '- ',
  '* ',
  '1. ',
  '    ',
  '|',
  '---',
  '<b>',
  '</b>',
  '<!--',
  '-->',
  '<!-- onrecord-disable-next-line unattributed-quote -->',
  '<!-- onrecord-disable -->',
  '<!-- onrecord-enable -->',
  '---\ntitle: x\n---\n',
  '😀',
  '👩🏽‍⚕️',
  'e\u0301',
  '\u0301',
  '\u200d',
  '\u202e',
  '\u200f',
  'ש',
  'قال',
  '\ud83d',
  '\ude00',
  '\u0000',
  '\uFEFF',
  '\u00a0',
  '\u2028',
];
const token = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...TOKENS) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 99999 }).map(String) },
);
/** text biased towards what the extractors look at: quotes, capitals, digits, cues and Markdown */
const newsy = fc.array(token, { maxLength: 150, size: 'large' }).map((t) => t.join(''));
const anyText = fc.oneof(newsy, newsy, anyUnicode);
const lang = fc.constantFrom('markdown', 'plaintext');

// ---- the report schema ----------------------------------------------------------------------------------------------

/** schema/report.schema.json when it exists; otherwise the shape documented in the README */
function reportSchema(): object {
  const file = path.join(ROOT, 'schema', 'report.schema.json');
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8'));
  const pos = {
    type: 'object',
    required: ['line', 'character'],
    properties: { line: { type: 'integer', minimum: 0 }, character: { type: 'integer', minimum: 0 } },
  };
  const range = { type: 'object', required: ['start', 'end'], properties: { start: pos, end: pos } };
  return {
    type: 'object',
    required: ['version', 'documents'],
    properties: {
      version: { type: 'string' },
      documents: {
        type: 'array',
        items: {
          type: 'object',
          required: ['path', 'claims', 'figures', 'entities', 'diagnostics'],
          properties: {
            claims: {
              type: 'array',
              items: { type: 'object', required: ['kind', 'range', 'text'], properties: { range } },
            },
            figures: { type: 'array', items: { type: 'object', required: ['text', 'range'], properties: { range } } },
            entities: { type: 'array', items: { type: 'object', required: ['name', 'mentions'] } },
            diagnostics: {
              type: 'array',
              items: { type: 'object', required: ['code', 'severity', 'message', 'range'], properties: { range } },
            },
          },
        },
      },
    },
  };
}
const ajv = new Ajv({ allErrors: true, strict: false });
const validateReport = ajv.compile(reportSchema());
function assertValidReport(report: unknown) {
  if (!validateReport(report))
    assert.fail(
      `report does not validate: ${ajv.errorsText(validateReport.errors)}\n${JSON.stringify(report).slice(0, 2000)}`,
    );
}

// ---- properties -----------------------------------------------------------------------------------------------------

describe(`reliability: property tests (${RUNS} runs each)`, function () {
  this.timeout(Math.max(120000, RUNS * 200));
  after(() => {
    if (RUNS > 1000) console.log(`      fuzz: ${tally.cases} cases, ${tally.chars} characters`);
  });

  it('analyzeText never throws, and every range is inside the document on UTF-16 boundaries', () => {
    fc.assert(
      fc.property(anyText, lang, (t, l) => {
        tally.cases++;
        tally.chars += t.length;
        const a = analyzeText(t, { languageId: l });
        assertRangesSound(t, a, l);
      }),
      params(),
    );
  });

  it('with sources, the project analysis keeps ranges sound and its JSON report validates against the schema', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-props-'));
    fs.mkdirSync(path.join(dir, 'sources'));
    fs.writeFileSync(
      path.join(dir, 'sources', 'call.txt'),
      'Q: What happened?\nMAYOR VENN: Nobody should be sleeping in a car tonight. About 3,000 residents left.\n',
    );
    fs.writeFileSync(
      path.join(dir, 'sources', 'refs.json'),
      '[{"id":"reo2026","title":"Damage assessment","URL":"https://example.org/a"}]',
    );
    const p = new Project(dir, DEFAULT_SETTINGS);
    p.loadSources();
    try {
      fc.assert(
        fc.property(anyText, lang, (t, l) => {
          tally.cases++;
          tally.chars += t.length;
          const r = p.analyze('file:///draft.md', t, l, 1);
          assertRangesSound(r.text, r.analysis, l);
          const doc = toJsonDocument('draft.md', r.text, r.analysis, r.index);
          assertValidReport(JSON.parse(JSON.stringify({ version: '0.1.0', documents: [doc] })));
          for (const d of doc.diagnostics)
            for (const pos of [d.range.start, d.range.end]) {
              const line = r.text.split(/\r\n|\r|\n/)[pos.line];
              assert.ok(
                line !== undefined && pos.character <= line.length,
                `diagnostic position ${JSON.stringify(pos)} outside its line`,
              );
            }
        }),
        params(),
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('incremental analysis (reusing parsed chunks across edits) equals a fresh analysis', () => {
    const edit = fc.record({ at: fc.nat(), del: fc.nat({ max: 40 }), ins: anyText });
    fc.assert(
      fc.property(newsy, fc.array(edit, { minLength: 1, maxLength: 8 }), (start, edits) => {
        const cache = new ParseCache();
        let t = start;
        analyzeText(t, { cache });
        for (const e of edits) {
          tally.cases++;
          tally.chars += e.ins.length;
          const at = e.at % (t.length + 1);
          t = t.slice(0, at) + e.ins + t.slice(at + e.del);
          const inc = analyzeText(t, { cache });
          const fresh = analyzeText(t);
          assertRangesSound(t, inc, 'incremental');
          assert.deepStrictEqual(toJsonDocument('d', t, inc), toJsonDocument('d', t, fresh));
        }
      }),
      params(Math.min(2000, Math.max(20, Math.round(RUNS / 4)))),
    );
  });

  it('`onrecord check --format json` output validates against the schema', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-cli-props-'));
    fs.mkdirSync(path.join(dir, 'sources'));
    fs.writeFileSync(
      path.join(dir, 'sources', 'call.txt'),
      'MAYOR VENN: Nobody should be sleeping in a car tonight.\n',
    );
    const prev = process.cwd();
    process.chdir(dir);
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(anyText, { minLength: 1, maxLength: 3 }), async (texts) => {
          tally.cases++;
          texts.forEach((t, i) => fs.writeFileSync(path.join(dir, `d${i}.md`), t));
          let out = '',
            err = '';
          const code = await runCli(
            ['check', '.', '--format', 'json', '--fail-on', 'none'],
            (s) => {
              out += s;
            },
            (s) => {
              err += s;
            },
          );
          assert.strictEqual(code, 0, err);
          const report = JSON.parse(out);
          assertValidReport(report);
          assert.ok(report.documents.length >= 1);
          texts.forEach((_, i) => fs.rmSync(path.join(dir, `d${i}.md`)));
        }),
        params(Math.max(10, Math.round(RUNS / 10))),
      );
    } finally {
      process.chdir(prev);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
