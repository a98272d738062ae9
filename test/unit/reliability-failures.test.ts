/**
 * Never drop a draft silently: the two crashes real news text caused (a lead-in colon before a block quote; `%` in
 * a file name) are analysed correctly, awkward file names are data, and a draft whose analysis throws (injected
 * with the test-only ONRECORD_TEST_THROW) stays in every report format with its error, and the exit code is 3.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyzeText } from '../../server/src/core/analyze';
import { cli } from './cli-helpers';
import { reportValidator, sarifValidator } from './cli-formats.test';

const GOVERNOR = 'The statement quoted the governor:\n\n> We balanced the books.\n\nOther items include $3 million.\n';
const LAWYER = [
  'Harbor Freight Lines denied the claims on Tuesday. Its lawyer said in a statement:',
  '',
  '“The company has cooperated fully with the inquiry from the start and will continue to do so.',
  '',
  '“It denies any wrongdoing.”',
  '',
  'The hearing is set for May.',
  '',
].join('\n');

describe('reliability: lead-ins that crashed the engine', () => {
  it('a paragraph ending in a colon, a block quote, then a paragraph: the block quote is the governor’s direct quote', () => {
    const a = analyzeText(GOVERNOR);
    const quote = a.claims.find((c) => c.text === 'We balanced the books.');
    assert.ok(quote, JSON.stringify(a.claims.map((c) => c.text)));
    assert.strictEqual(quote.kind, 'direct');
    assert.strictEqual(quote.speaker?.text, 'the governor');
    assert.strictEqual(quote.cue, 'quoted');
    // the paragraph after it is not part of the quote, and its figure has no source
    assert.deepStrictEqual(
      a.findings.map((f) => [f.code, GOVERNOR.slice(f.start, f.end)]),
      [['unattributed-figure', '$3 million']],
    );
  });

  it('a quote over two paragraphs after "Its lawyer said in a statement:" is one quote by the lawyer', () => {
    const a = analyzeText(LAWYER);
    const quotes = a.claims.filter((c) => c.kind === 'direct' || /“/.test(c.text));
    assert.strictEqual(quotes.length, 1, JSON.stringify(quotes.map((c) => c.text)));
    const q = quotes[0];
    assert.strictEqual(q.kind, 'direct');
    assert.strictEqual(q.speaker?.text, 'Its lawyer');
    assert.ok(q.text.startsWith('“The company has cooperated') && q.text.endsWith('wrongdoing.”'), q.text);
    assert.deepStrictEqual(
      a.findings.map((f) => f.code),
      [],
    );
  });

  it('"wrote:" before a block quote names the writer', () => {
    const a = analyzeText('Mayor Ana Venn wrote:\n\n> The levee held through the night.\n');
    const q = a.claims.find((c) => c.kind === 'direct');
    assert.strictEqual(q?.speaker?.name, 'Ana Venn');
    assert.strictEqual(q?.cue, 'wrote');
  });
});

function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

describe('reliability: file names are data (CLI)', () => {
  const NAMES = [
    '50%_growth.md',
    'a%20b.txt',
    'issue #4.md',
    'what?.md',
    'city budget.txt',
    'Zürich – crème brûlée.md',
    '市长.txt',
    '-x.md',
    '--fail-on.md',
  ];
  let dir: string;
  before(() => {
    dir = tempDir('onrecord-names-');
    for (const n of NAMES) fs.writeFileSync(path.join(dir, n), LAWYER);
  });

  it('checks every draft in a folder, whatever its name, and reports each under its own name', async () => {
    const r = await cli(['check', '.', '--format', 'json'], dir);
    assert.strictEqual(r.code, 0, r.err);
    assert.strictEqual(r.err, '');
    const j = JSON.parse(r.out);
    assert.ok(reportValidator(true)(j));
    assert.deepStrictEqual(j.documents.map((d: { path: string }) => d.path).sort(), [...NAMES].sort());
    for (const d of j.documents) {
      assert.strictEqual(d.error, undefined, d.path);
      assert.ok(
        d.claims.some((c: { speaker: { text: string } | null }) => c.speaker?.text === 'Its lawyer'),
        d.path,
      );
    }
  });

  it('the two names from the report, given on the command line', async () => {
    const r = await cli(['check', '50%_growth.md', 'a%20b.txt', '--format', 'json'], dir);
    assert.strictEqual(r.code, 0, r.err);
    assert.deepStrictEqual(
      JSON.parse(r.out).documents.map((d: { path: string }) => d.path),
      ['50%_growth.md', 'a%20b.txt'],
    );
  });

  it('a leading dash is a file after -- or as ./-x.md, and a flag otherwise', async () => {
    for (const args of [
      ['check', '--format', 'json', '--', '-x.md', '--fail-on.md'],
      ['check', './-x.md', './--fail-on.md', '--format', 'json'],
    ]) {
      const r = await cli(args, dir);
      assert.strictEqual(r.code, 0, r.err);
      assert.deepStrictEqual(
        JSON.parse(r.out).documents.map((d: { path: string }) => d.path),
        ['-x.md', '--fail-on.md'],
      );
    }
    const flag = await cli(['check', '-x.md'], dir);
    assert.strictEqual(flag.code, 2);
    assert.match(flag.err, /Unknown option '-x'/);
  });
});

describe('reliability: a draft whose analysis throws is never dropped (CLI, ONRECORD_TEST_THROW)', () => {
  let dir: string;
  const prev = process.env.ONRECORD_TEST_THROW;
  before(() => {
    dir = tempDir('onrecord-throw-');
    // the unattributed-quote rule throws whenever it would report: quote.md fails, figure.md does not
    fs.writeFileSync(path.join(dir, 'quote.md'), '"Nobody knew."\n\nThe council met on Monday.\n');
    fs.writeFileSync(path.join(dir, 'figure.md'), 'Repairs will cost $12 million.\n');
    process.env.ONRECORD_TEST_THROW = 'unattributed-quote';
  });
  after(() => {
    if (prev === undefined) delete process.env.ONRECORD_TEST_THROW;
    else process.env.ONRECORD_TEST_THROW = prev;
  });

  it('json: the draft has an error and no claims, the other draft is checked, stderr says what failed, exit 3', async () => {
    for (const failOn of ['none', 'warning', 'error']) {
      const r = await cli(['check', '.', '--format', 'json', '--fail-on', failOn], dir);
      assert.strictEqual(r.code, 3, `--fail-on ${failOn}: ${r.err}`);
      const j = JSON.parse(r.out);
      assert.ok(reportValidator(true)(j));
      const bad = j.documents.find((d: { path: string }) => d.path === 'quote.md');
      assert.deepStrictEqual(bad, {
        path: 'quote.md',
        claims: [],
        figures: [],
        entities: [],
        diagnostics: [],
        error: { message: 'injected failure in rule unattributed-quote (ONRECORD_TEST_THROW)' },
      });
      const good = j.documents.find((d: { path: string }) => d.path === 'figure.md');
      assert.deepStrictEqual(
        good.diagnostics.map((x: { code: string }) => x.code),
        ['unattributed-figure'],
      );
      assert.match(r.err, /could not analyse quote\.md: injected failure in rule unattributed-quote/);
      assert.match(
        r.err,
        /please report it at https?:\/\/\S+ with the stack below\n.*Error: injected failure[^\n]*\n\s+at /s,
      );
      assert.doesNotMatch(r.err, /figure\.md/);
    }
  });

  it('text lists the failure and the summary counts it; exit 3 wins over 1', async () => {
    fs.writeFileSync(path.join(dir, 'cite.md'), 'It rained [@nokey].\n');
    try {
      const r = await cli(['check', '.'], dir);
      assert.strictEqual(r.code, 3);
      assert.match(r.out, /^quote\.md:1:1: error internal-error OnRecord could not analyse this draft: injected/m);
      assert.match(r.out, /3 documents, .*; 1 could not be analysed\n$/);
    } finally {
      fs.rmSync(path.join(dir, 'cite.md'));
    }
  });

  it('sarif: a tool execution notification on the file and executionSuccessful false; github: an ::error on the file', async () => {
    const s = await cli(['check', '.', '--format', 'sarif'], dir);
    assert.strictEqual(s.code, 3);
    const log = JSON.parse(s.out);
    const v = sarifValidator();
    assert.ok(v(log), JSON.stringify(v.errors).slice(0, 2000));
    const inv = log.runs[0].invocations;
    assert.strictEqual(inv.length, 1);
    assert.strictEqual(inv[0].executionSuccessful, false);
    assert.strictEqual(inv[0].toolExecutionNotifications.length, 1);
    const n = inv[0].toolExecutionNotifications[0];
    assert.strictEqual(n.level, 'error');
    assert.strictEqual(n.descriptor.id, 'internal-error');
    assert.strictEqual(n.locations[0].physicalLocation.artifactLocation.uri, 'quote.md');
    assert.match(n.message.text, /could not analyse quote\.md: injected failure/);
    assert.ok(!log.runs[0].results.some((x: { ruleId: string }) => x.ruleId === 'internal-error'));

    const g = await cli(['check', '.', '--format', 'github'], dir);
    assert.strictEqual(g.code, 3);
    assert.match(
      g.out,
      /^::error file=quote\.md,line=1,title=internal-error::OnRecord could not analyse this draft: injected failure/m,
    );
    assert.match(g.out, /^::warning file=figure\.md,/m);
  });

  it('without the hook the same drafts pass: SARIF says the run succeeded', async () => {
    delete process.env.ONRECORD_TEST_THROW;
    try {
      const s = await cli(['check', '.', '--format', 'sarif', '--fail-on', 'none'], dir);
      assert.strictEqual(s.code, 0, s.err);
      assert.deepStrictEqual(JSON.parse(s.out).runs[0].invocations, [
        { executionSuccessful: true, toolExecutionNotifications: [] },
      ]);
    } finally {
      process.env.ONRECORD_TEST_THROW = 'unattributed-quote';
    }
  });

  it('a throw in the whole analysis (ONRECORD_TEST_THROW=analyze) fails every draft, and the sheet exits 3 too', async () => {
    process.env.ONRECORD_TEST_THROW = 'analyze';
    try {
      const r = await cli(['check', '.', '--format', 'json', '--fail-on', 'none'], dir);
      assert.strictEqual(r.code, 3);
      const docs = JSON.parse(r.out).documents;
      assert.strictEqual(docs.length, 2);
      for (const d of docs) assert.match(d.error.message, /ONRECORD_TEST_THROW=analyze/);
      assert.strictEqual((await cli(['sheet', '.', '--format', 'csv'], dir)).code, 3);
    } finally {
      process.env.ONRECORD_TEST_THROW = 'unattributed-quote';
    }
  });
});

describe('reliability: the two reproductions from the report through the CLI', () => {
  it('d.md with a lead-in and a block quote is reported with the governor’s quote, under names with %', async () => {
    const dir = tempDir('onrecord-repro-');
    fs.writeFileSync(path.join(dir, 'd.md'), GOVERNOR);
    fs.writeFileSync(path.join(dir, '50%_growth.md'), LAWYER);
    const r = await cli(['check', '.', '--format', 'json'], dir);
    assert.strictEqual(r.code, 0, r.err);
    assert.strictEqual(r.err, '');
    const docs = JSON.parse(r.out).documents;
    const d = docs.find((x: { path: string }) => x.path === 'd.md');
    const q = d.claims.find((c: { text: string }) => c.text === 'We balanced the books.');
    assert.strictEqual(q.kind, 'direct');
    assert.strictEqual(q.speaker.text, 'the governor');
    const lawyer = docs.find((x: { path: string }) => x.path === '50%_growth.md');
    const direct = lawyer.claims.filter((c: { kind: string }) => c.kind === 'direct');
    assert.strictEqual(direct.length, 1);
    assert.strictEqual(direct[0].speaker.text, 'Its lawyer');
  });
});
