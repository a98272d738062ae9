/**
 * The workspace (Project) over an in-memory file system: sources, bibliographies, globs, re-indexing and draft
 * search without temporary folders. The on-disk analysis cache at the end is about the disk, so it uses one.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Project, DEFAULT_SETTINGS } from '../../server/src/sources/project';
import { MemoryFileSystem } from '../../server/src/sources/fs';

const WS = path.resolve('/ws');
const at = (...parts: string[]) => path.join(WS, ...parts);

describe('project: sources', () => {
  const files = new MemoryFileSystem({
    [at('sources', 'call.txt')]: 'Q: What happened?\nMAYOR VENN: Nobody should be sleeping in a car tonight.\n',
    [at('sources', 'refs.bib')]:
      '@report{reo2026, title={Damage assessment}, year={2026}, url={https://example.org/a}}',
    [at('sources', 'page.html')]:
      '<html><head><title>Wire</title><script>"Evil," he said.</script></head><body><p>About 2,600 residents were evacuated.</p></body></html>',
    [at('sources', 'blob.bin')]: Buffer.from([0, 1, 2, 3, 0]),
    [at('.onrecord.json')]: '{"attribution": {"style": "according-to"}}',
  });
  const project = (settings = DEFAULT_SETTINGS, log?: (m: string) => void) => new Project(WS, settings, log, files);

  it('reads transcripts with speaker labels, BibTeX and HTML, and skips binaries with a log line', () => {
    const logs: string[] = [];
    const p = project({ ...DEFAULT_SETTINGS, ...Project.readConfigFile(WS, undefined, undefined, files) }, (m) =>
      logs.push(m),
    );
    const n = p.loadSources();
    assert.strictEqual(n.files, 3);
    assert.ok(p.index.passages.some((x) => x.speaker === 'MAYOR VENN' && x.text.startsWith('Nobody')));
    assert.strictEqual(p.bibliography.get('reo2026')?.title, 'Damage assessment');
    assert.ok(p.index.passages.some((x) => x.text.includes('2,600')));
    assert.ok(!p.index.passages.some((x) => x.text.includes('Evil')));
    assert.strictEqual(logs.filter((l) => l.includes('binary')).length, 1);
    assert.strictEqual(p.settings.attributionStyle, 'according-to');
  });
  it('proposes the speaker of the matching passage in the quick fix', () => {
    const p = project();
    p.loadSources();
    const r = p.analyze('file:///d.md', '"Nobody should be sleeping in a car tonight."\n', 'markdown', 1);
    const f = r.analysis.findings.find((x) => x.code === 'unattributed-quote')!;
    const fixes = p.fixesFor(r, f);
    assert.strictEqual(fixes[0].title.startsWith('Attribute to Mayor Venn'), true);
    assert.strictEqual(fixes[0].edits[0].newText, ',” Mayor Venn said.'.replace('”', '"'));
  });
  it('reads nothing in an untrusted workspace', () => {
    const p = project({ ...DEFAULT_SETTINGS, trusted: false });
    assert.deepStrictEqual(p.loadSources(), { files: 0, passages: 0 });
  });
  it('skips files over maxFileSizeKB with a message', () => {
    const p = project({ ...DEFAULT_SETTINGS, maxFileSizeKB: 1 });
    const r = p.analyze('file:///big.md', 'x'.repeat(4096), 'markdown', 1);
    assert.match(r.notice ?? '', /maxFileSizeKB/);
  });
});

describe('project: source globs and incremental re-index', () => {
  it('reads several folders and globs, and re-reads one changed source', async () => {
    const files = new MemoryFileSystem({
      [at('wire', 'a.md')]: 'About 2,600 residents were evacuated.\n',
      [at('notes', 'calls', 'venn.txt')]: 'MAYOR VENN: Nobody should be sleeping in a car tonight.\n',
      [at('notes', 'todo.md')]: 'Not a source.\n',
    });
    const p = new Project(WS, { ...DEFAULT_SETTINGS, sourcesPath: ['wire', 'notes/**/*.txt'] }, undefined, files);
    let reported = 0;
    const n = await p.loadSourcesAsync(() => {
      reported++;
    });
    assert.deepStrictEqual(n, { files: 2, passages: 2 });
    assert.ok(reported >= 1);
    assert.deepStrictEqual(p.sourceDirs(), [at('wire')]);
    // a draft folder search skips the plain source folder but not the glob's base
    assert.deepStrictEqual(
      p
        .collectDrafts([WS])
        .map((f) => path.relative(WS, f))
        .sort(),
      [path.join('notes', 'todo.md')],
    );
    files.write(at('wire', 'a.md'), 'About 2,700 residents were evacuated.\n\nShelters opened at four schools.\n');
    assert.strictEqual(p.reindexSource(at('wire', 'a.md')), true);
    assert.strictEqual(p.index.passages.length, 3);
    assert.ok(p.index.passages.some((x) => x.text.includes('2,700')));
    assert.ok(!p.index.passages.some((x) => x.text.includes('2,600')));
    assert.strictEqual(p.reindexSource(at('notes', 'todo.md')), false);
    files.delete(at('wire', 'a.md'));
    p.reindexSource(at('wire', 'a.md'));
    assert.strictEqual(p.index.passages.length, 1);
  });

  it('indexes the drafts of the workspace for names and workspace symbols, and drops a deleted one', async () => {
    const files = new MemoryFileSystem({
      [at('drafts', 'flood.md')]: 'Mayor Ana Venn said the levee held.\n',
      [at('drafts', 'council.md')]: 'Council member Ana Venn voted against the plan.\n',
      [at('sources', 'call.txt')]: 'MAYOR VENN: We held.\n',
    });
    const p = new Project(WS, DEFAULT_SETTINGS, undefined, files);
    p.loadSources();
    assert.strictEqual(await p.indexWorkspaceAsync(), 2);
    const names = () => p.workspaceAnalyses().map((d) => path.basename(d.uri));
    assert.deepStrictEqual(names().sort(), ['council.md', 'flood.md']);
    files.delete(at('drafts', 'council.md'));
    p.indexDraftFile(at('drafts', 'council.md'));
    assert.deepStrictEqual(names(), ['flood.md']);
  });
});

describe('project: on-disk analysis cache', () => {
  it('a second project reads the analysis from disk and gets the same findings; a corrupt entry is a miss', async () => {
    const { DiskCache } = await import('../../server/src/sources/diskcache');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-cache-'));
    const text = '"Nobody knew."\n\nMore than 300 people came.\n';
    const a = new Project(dir, DEFAULT_SETTINGS);
    a.diskCache = new DiskCache(path.join(dir, 'c'));
    const r1 = a.analyze('file:///x/d.md', text, 'markdown', 1);
    assert.strictEqual(a.diskCache.misses, 1);
    const b = new Project(dir, DEFAULT_SETTINGS);
    b.diskCache = new DiskCache(path.join(dir, 'c'));
    const r2 = b.analyze('file:///x/d.md', text, 'markdown', 1);
    assert.strictEqual(b.diskCache.hits, 1);
    const json = (x: unknown) => JSON.parse(JSON.stringify(x));
    assert.deepStrictEqual(json(r2.analysis.findings), json(r1.analysis.findings));
    assert.deepStrictEqual(json(r2.analysis.claims), json(r1.analysis.claims));
    // corrupt every entry: the next project re-analyses
    for (const sub of fs.readdirSync(path.join(dir, 'c')))
      for (const f of fs.readdirSync(path.join(dir, 'c', sub)))
        fs.writeFileSync(path.join(dir, 'c', sub, f), '{not json');
    const c = new Project(dir, DEFAULT_SETTINGS);
    c.diskCache = new DiskCache(path.join(dir, 'c'));
    assert.deepStrictEqual(
      json(c.analyze('file:///x/d.md', text, 'markdown', 1).analysis.findings),
      json(r1.analysis.findings),
    );
    assert.strictEqual(c.diskCache.hits, 0);
  });
  it('a draft being edited is written once, when first analysed, not on every keystroke', async () => {
    const { DiskCache } = await import('../../server/src/sources/diskcache');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-cache-'));
    const p = new Project(dir, DEFAULT_SETTINGS);
    p.diskCache = new DiskCache(path.join(dir, 'c'));
    let text = 'More than 300 people came, the mayor said.\n';
    p.analyzeOpen('file:///x/d.md', text, 'markdown', 1);
    for (let v = 2; v < 6; v++) {
      text = text.replace('came', 'came!');
      p.analyzeOpen('file:///x/d.md', text, 'markdown', v);
    }
    const entries = fs.readdirSync(path.join(dir, 'c')).flatMap((sub) => fs.readdirSync(path.join(dir, 'c', sub)));
    assert.strictEqual(entries.length, 1);
  });
});
