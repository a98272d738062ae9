import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cli } from './cli-helpers';

describe('onrecord check (CLI)', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-cli-'));
    fs.mkdirSync(path.join(dir, 'sources'));
    fs.writeFileSync(
      path.join(dir, 'draft.md'),
      '"Nobody knew."\n\nMore than 300 people came.\n\nIt rained [@nokey].\n',
    );
    fs.writeFileSync(path.join(dir, 'clean.md'), '"We are ready," Ana Venn said.\n');
    fs.writeFileSync(path.join(dir, 'sources', 'notes.md'), '"Nobody knew." is not a draft.\n');
    fs.writeFileSync(path.join(dir, 'sources', 'refs.json'), '[{"id":"key1","title":"T"}]');
  });
  it('prints text findings and exits 1 on errors', async () => {
    const r = await cli(['check', '.'], dir);
    assert.strictEqual(r.code, 1, r.err);
    assert.match(r.out, /draft\.md:1:1: warning unattributed-quote/);
    assert.match(r.out, /error unresolved-citation/);
    assert.doesNotMatch(r.out, /notes\.md/);
    assert.match(r.out, /2 documents/);
  });
  it('--fail-on none exits 0; --fail-on warning fails on warnings only', async () => {
    assert.strictEqual((await cli(['check', 'draft.md', '--fail-on', 'none'], dir)).code, 0);
    assert.strictEqual((await cli(['check', 'clean.md', '--fail-on', 'warning'], dir)).code, 0);
  });
  it('--format json has the documented shape', async () => {
    const r = await cli(['check', 'draft.md', '--format', 'json', '--fail-on', 'none'], dir);
    const j = JSON.parse(r.out);
    assert.strictEqual(typeof j.version, 'string');
    const d = j.documents[0];
    assert.strictEqual(d.path, 'draft.md');
    assert.deepStrictEqual(
      Object.keys(d.claims[0]).slice(0, 8),
      ['kind', 'range', 'text', 'cue', 'speaker', 'figures', 'sources', 'status']
        .slice(0, 8)
        .filter((k) => k in d.claims[0]),
    );
    for (const k of ['kind', 'range', 'text', 'cue', 'speaker', 'figures', 'sources', 'content', 'sourceType'])
      assert.ok(k in d.claims[0], k);
    assert.deepStrictEqual(d.figures[0].range.start, { line: 2, character: 0 });
    assert.ok(!('valueTo' in d.figures[0]), 'a single figure has no upper end');
    assert.deepStrictEqual(
      d.diagnostics.map((x: { code: string }) => x.code),
      ['unattributed-quote', 'unattributed-figure', 'unresolved-citation'],
    );
  });
  it('--format json gives a range its upper end as valueTo', async () => {
    fs.writeFileSync(path.join(dir, 'range.md'), 'The city expects growth of 2% to 3% next year, the mayor said.\n');
    const d = JSON.parse((await cli(['check', 'range.md', '--format', 'json', '--fail-on', 'none'], dir)).out)
      .documents[0];
    assert.deepStrictEqual(
      d.figures.map((f: { text: string; value: number; valueTo?: number }) => [f.text, f.value, f.valueTo]),
      [['2% to 3%', 2, 3]],
    );
  });
  it('--format sarif prints SARIF 2.1.0', async () => {
    const j = JSON.parse((await cli(['check', 'draft.md', '--format', 'sarif', '--fail-on', 'none'], dir)).out);
    assert.strictEqual(j.version, '2.1.0');
    assert.strictEqual(j.runs[0].results[0].locations[0].physicalLocation.region.startLine, 1);
  });
  it('exits 2 with a helpful message on usage errors and unreadable paths', async () => {
    const a = await cli(['check', 'missing.md'], dir);
    assert.strictEqual(a.code, 2);
    assert.match(a.err, /cannot read 'missing\.md'/);
    const b = await cli(['check', '--format', 'xml'], dir);
    assert.strictEqual(b.code, 2);
    assert.match(b.err, /--format must be one of/);
    assert.strictEqual((await cli(['frobnicate'], dir)).code, 2);
  });
  it('--version and --help', async () => {
    assert.match((await cli(['--version'], dir)).out, /^\d+\.\d+\.\d+/);
    assert.match((await cli(['--help'], dir)).out, /onrecord check/);
  });
  it('writes a fact-check sheet as CSV', async () => {
    const r = await cli(['sheet', 'draft.md', '--format', 'csv'], dir);
    assert.match(r.out.split('\n')[0], /^document,line,kind,claim text,speaker,cue,figures,source,status,note$/);
    assert.match(r.out, /unattributed/);
  });
});

describe('onrecord check: sources named on the command line', () => {
  it('reads a --sources folder outside the current folder, and reports a malformed bibliography on stderr with its line', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-src-'));
    fs.writeFileSync(
      path.join(outside, 'notes.txt'),
      'MAYOR VENN: We moved every family we could reach before midnight.\n',
    );
    fs.writeFileSync(path.join(outside, 'refs.json'), '[{"id": "a"},\n {"id": broken}]');
    const here = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-cwd-'));
    fs.writeFileSync(path.join(here, 'd.md'), '"We moved every family we could reach before midnight," Venn said.\n');
    const r = await cli(['check', 'd.md', '--sources', outside, '--format', 'json'], here);
    assert.strictEqual(r.code, 0, r.err);
    const claim = JSON.parse(r.out).documents[0].claims[0];
    assert.ok(
      claim.sources.some((s: { kind: string }) => s.kind === 'passage'),
      'linked to the passage outside the current folder',
    );
    assert.match(r.err, /refs\.json:\d+: error /);
  });
});

describe('onrecord check: the checked folder is the project', () => {
  // a reporter's story folder, checked from their home folder or a CI job's top folder
  let elsewhere: string, story: string;
  before(() => {
    const top = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-root-'));
    elsewhere = path.join(top, 'elsewhere');
    story = path.join(top, 'stories', 'river-flood');
    fs.mkdirSync(elsewhere, { recursive: true });
    fs.mkdirSync(path.join(story, 'drafts'), { recursive: true });
    fs.mkdirSync(path.join(story, 'sources'));
    fs.writeFileSync(
      path.join(story, 'sources', 'venn-interview.txt'),
      'MAYOR VENN: We moved every family we could reach before midnight.\n',
    );
    fs.writeFileSync(
      path.join(story, 'drafts', 'flood.md'),
      '"We moved every family we could reach before midnight," Mayor Ana Venn said.\n',
    );
  });
  const passageLinked = (out: string) =>
    JSON.parse(out).documents[0].claims[0].sources.some((s: { kind: string }) => s.kind === 'passage');

  it("reads the story folder's sources when the folder is checked from outside it", async () => {
    const r = await cli(['check', story, '--format', 'json'], elsewhere);
    assert.strictEqual(r.code, 0, r.err);
    const reported = JSON.parse(r.out).documents.map((d: { path: string }) => path.basename(d.path));
    assert.deepStrictEqual(reported, ['flood.md'], 'the interview is a source, not a draft');
    assert.ok(passageLinked(r.out), 'the quote is linked to the interview');
  });
  it('finds the project above a single draft given by its path', async () => {
    const r = await cli(['check', path.join(story, 'drafts', 'flood.md'), '--format', 'json'], elsewhere);
    assert.strictEqual(r.code, 0, r.err);
    assert.ok(passageLinked(r.out));
  });
  it("applies the story folder's .onrecord.json", async () => {
    const bare = path.join(story, 'drafts', 'bare.md');
    fs.writeFileSync(bare, '"Nobody told us anything."\n');
    try {
      assert.match((await cli(['check', bare], elsewhere)).out, /unattributed-quote/);
      fs.writeFileSync(path.join(story, '.onrecord.json'), JSON.stringify({ rules: { 'unattributed-quote': 'off' } }));
      assert.doesNotMatch((await cli(['check', bare], elsewhere)).out, /unattributed-quote/);
    } finally {
      fs.rmSync(path.join(story, '.onrecord.json'), { force: true });
      fs.rmSync(bare);
    }
  });
});
