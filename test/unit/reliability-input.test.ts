/**
 * Reliability: bad input never crashes the analysis, and sources and configuration fail gracefully, each with a
 * message on the file and line that caused it. Behaviour is checked, never time: a quadratic or recursive path
 * would hang or overflow the stack, which fails the suite.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyzeText, type FullAnalysis } from '../../server/src/core/analyze';
import { MAX_NESTING } from '../../server/src/core/textmodel';
import { findCitations } from '../../server/src/core/citations';
import { Project, DEFAULT_SETTINGS, type FileProblem } from '../../server/src/sources/project';

/** every range of an analysis: inside the text, start <= end, and never splitting a surrogate pair */
export function assertRangesSound(text: string, a: FullAnalysis, what = '') {
  const spans: [string, { start: number; end: number }][] = [];
  for (const c of a.claims) {
    spans.push(['claim', c]);
    spans.push(['content', c.content]);
    if (c.speaker) spans.push(['speaker', c.speaker]);
    if (c.innerSpeaker) spans.push(['innerSpeaker', c.innerSpeaker]);
    if (c.cueSpan) spans.push(['cue', c.cueSpan]);
    for (const s of c.sources) if (s.span) spans.push(['source span', s.span]);
  }
  for (const f of a.figures) spans.push(['figure', f]);
  for (const e of a.entities) for (const m of e.mentions) spans.push(['mention', m]);
  for (const f of a.findings) spans.push([`finding ${f.code}`, f]);
  const high = (i: number) => {
    const c = text.charCodeAt(i);
    return c >= 0xd800 && c <= 0xdbff;
  };
  const low = (i: number) => {
    const c = text.charCodeAt(i);
    return c >= 0xdc00 && c <= 0xdfff;
  };
  for (const [kind, s] of spans) {
    const where = `${what} ${kind} ${s.start}-${s.end} in a text of ${text.length}`;
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `non-integer ${where}`);
    assert.ok(s.start >= 0 && s.end <= text.length && s.start <= s.end, `out of range: ${where}`);
    for (const b of [s.start, s.end])
      assert.ok(!(b > 0 && b < text.length && high(b - 1) && low(b)), `splits a surrogate pair: ${where}`);
  }
  assert.strictEqual(a.model.prose.length, text.length, 'prose keeps every offset');
}

function analyze(text: string, languageId = 'markdown') {
  const a = analyzeText(text, { languageId });
  assertRangesSound(text, a, languageId);
  return a;
}

describe('reliability: bad input in drafts', () => {
  it('a subject longer than the reach of vague-attribution is not cut mid-character', () => {
    // found by the property test: the 120-character window began inside a surrogate pair
    const t = 'said—officials said' + '\u{10000}'.repeat(60) + ' officials said';
    for (const l of ['markdown', 'plaintext']) assertRangesSound(t, analyze(t, l), l);
  });
  it('empty files and whitespace-only files', () => {
    for (const t of ['', ' ', '\n', '\r\n\r\n', '\t', '\u00a0', '---\n---\n'])
      for (const l of ['markdown', 'plaintext']) {
        const a = analyze(t, l);
        assert.deepStrictEqual(a.claims, []);
      }
  });
  it('a BOM, CRLF and lone CR line ends give the same claims at the same places', () => {
    const lf = '"The levee held," Mayor Ana Venn said.\n\nShe said 3,000 people left.\n';
    const base = analyze(lf);
    assert.ok(base.claims.length >= 2);
    for (const [name, t] of [
      ['CRLF', lf.replace(/\n/g, '\r\n')],
      ['lone CR', lf.replace(/\n/g, '\r')],
    ] as const) {
      const a = analyze(t);
      assert.deepStrictEqual(
        a.claims.map((c) => [c.kind, c.speaker?.name, c.text.replace(/\r\n?/g, '\n')]),
        base.claims.map((c) => [c.kind, c.speaker?.name, c.text]),
        name,
      );
    }
    // the project turns a leading BOM into a space, so every offset after it is unchanged
    const p = new Project(null, { ...DEFAULT_SETTINGS, trusted: false });
    const r = p.analyze('file:///bom.md', '\uFEFF' + lf, 'markdown', 1);
    assert.strictEqual(r.text.length, lf.length + 1);
    assert.deepStrictEqual(
      r.analysis.claims.map((c) => c.start - 1),
      base.claims.map((c) => c.start),
    );
    // found by the fuzzer: micromark drops a leading BOM, which shifted every Markdown offset by one
    for (const l of ['markdown', 'plaintext']) {
      const a = analyze('\uFEFF' + lf, l);
      assert.deepStrictEqual(
        a.claims.map((c) => [c.start - 1, c.end - 1]),
        analyze(lf, l).claims.map((c) => [c.start, c.end]),
        l,
      );
    }
    analyze('\uFEFF10\u{10000}');
    analyze('\uFEFF"\u{10000}');
  });
  it('an in-text -@key citation covers the key, not the @ (found by the fuzzer)', () => {
    const t = 'As -@smith2020 shows, -@key\u{10000}';
    const cites = findCitations(t, [{ start: 0, end: t.length }]);
    assert.deepStrictEqual(
      cites.flatMap((c) => c.keys.map((k) => t.slice(k.start, k.end))),
      ['smith2020', 'key\u{10000}'],
    );
    analyze('"-@key\u{10000}');
  });
  it('invalid UTF-8 (decoded with U+FFFD) and NUL or control characters', () => {
    const bytes = Buffer.concat([
      Buffer.from('"We '),
      Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xf0, 0x28, 0x8c, 0xbc, 0xff]),
      Buffer.from(' held," Venn said.\u0000\u0007\u001b[31m'),
    ]);
    const t = bytes.toString('utf8');
    assert.ok(t.includes('\uFFFD'));
    const a = analyze(t);
    assert.strictEqual(a.claims[0]?.speaker?.name, 'Venn');
    analyze(t, 'plaintext');
  });
  it(`a 10,000-level nested list or block quote is read as plain text (guard at ${MAX_NESTING} levels), not parsed recursively`, () => {
    const cases: [string, string][] = [
      ['compact list', '- '.repeat(10000) + '"We held," Venn said.'],
      ['compact ordered list', '1. '.repeat(10000) + '"We held," Venn said.'],
      ['block quote', '>'.repeat(10000) + ' "We held," Venn said.'],
      ['block quote with spaces', '> '.repeat(10000) + '"We held," Venn said.\n' + '> '.repeat(10000) + 'more.'],
      ['quote and list', '> - '.repeat(5000) + '"We held," Venn said.'],
      [
        'indented list, 1,000 levels',
        Array.from({ length: 1000 }, (_, i) => ' '.repeat(2 * i) + '- "We held," Venn said.').join('\n'),
      ],
    ];
    for (const [name, t] of cases) {
      const a = analyze(t);
      assert.match(a.model.parseNotice ?? '', /levels deep/, name);
      assert.ok(
        a.claims.some((c) => c.speaker?.name === 'Venn'),
        `${name}: the prose is still checked`,
      );
    }
    // ordinary nesting is still parsed as Markdown
    const ok = analyze('- a\n  - b\n    - "We held," Venn said.\n\n> > > "We held," Venn said.\n');
    assert.strictEqual(ok.model.parseNotice, undefined);
    assert.ok(ok.model.blocks.some((b) => b.containers.filter((c) => c === 'list').length === 3));
  });
  it('a 1 MB line with no spaces', () => {
    for (const t of [
      'a'.repeat(1 << 20),
      '"' + 'b'.repeat(1 << 20) + '," Venn said.',
      'https://x.org/' + 'c'.repeat(1 << 20),
    ]) {
      analyze(t);
      analyze(t, 'plaintext');
    }
  });
  it('a thousand quotation marks with no close', () => {
    for (const q of ['"', '“', '‘', '«', "'"]) {
      const t = Array.from({ length: 1000 }, (_, i) => `He said ${q}word ${i}`).join(' ');
      analyze(t);
      analyze(q.repeat(1000));
      analyze((q + ' ').repeat(1000) + 'Venn said.');
    }
  });
  it('emoji, combining marks and ZWJ sequences around every range', () => {
    const deco = ['😀', '👩🏽‍⚕️', 'e\u0301', '\u0301\u0308', '\u200d', '🇺🇦', '\ud83d'];
    const base =
      '"The levee held," Mayor Ana Venn said. She said 3,000 people left [@reo2026].\n\nOfficials said 40% of homes flooded.';
    for (const d of deco) {
      // the decoration before and after every character: every range boundary gets one
      const t = base.split('').join(d);
      analyze(t);
      const t2 = base.replace(/(\S+)/g, `${d}$1${d}`);
      analyze(t2);
    }
    const a = analyze('😀"The levee held,"😀 Mayor Ana Venn😀 said.');
    assert.strictEqual(a.claims[0].speaker?.name, 'Ana Venn');
  });
  it('right-to-left text, bidi controls and mixed scripts', () => {
    const texts = [
      'قال الرئيس "سنعيد البناء" يوم الأحد. وقال إن 3,000 شخص غادروا.',
      '"אנחנו נבנה מחדש," אמר ראש העיר. 40% מהבתים הוצפו.',
      '"We will rebuild," said \u202eMayor Venn\u202c. \u2067עברית\u2069 3,000 people left.',
      'The mayor \u200fsaid\u200e "we\u2066 held\u2069" on Sunday.',
    ];
    for (const t of texts) {
      analyze(t);
      analyze(t, 'plaintext');
    }
  });
  it('a draft over maxFileSizeKB is skipped with a message (50 MB, held once)', () => {
    const p = new Project(null, { ...DEFAULT_SETTINGS, trusted: false });
    const big = 'x'.repeat(50 * 1024 * 1024);
    const r = p.analyze('file:///big.md', big, 'markdown', 1);
    assert.match(r.notice ?? '', /51200 KB, over onrecord\.maxFileSizeKB \(2048\)/);
    assert.strictEqual(r.text, big, 'the text is not copied');
    assert.deepStrictEqual(r.analysis.claims, []);
  });
});

// ---------------------------------------------------------------------------------------------------------------

function tmpWorkspace(files: Record<string, string | Buffer>): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-rel-')));
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}
const problemsOn = (p: FileProblem[], file: string) => p.filter((x) => decodeURIComponent(x.uri).endsWith('/' + file));

describe('reliability: sources and configuration fail gracefully', () => {
  const dirs: string[] = [];
  after(() => {
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });
  const ws = (files: Record<string, string | Buffer>) => {
    const d = tmpWorkspace(files);
    dirs.push(d);
    return d;
  };

  it('malformed CSL-JSON and BibTeX become problems on that file, with the line; good files still load', () => {
    const dir = ws({
      'sources/bad.json': '[\n  {"id": "a", "title": "A"},\n  {"id": "b", "title": "B",}\n]\n',
      'sources/notcsl.json': '{"hello": 1}',
      'sources/bad.bib': '@article{good1, title={Good one}, year={2020}}\n\n@misc{broken, title="never closed\n\n',
      'sources/ok.bib': '@report{reo2026, title={Damage assessment}, year={2026}}',
      'sources/call.txt': 'MAYOR VENN: The levee held.\n',
    });
    const logs: string[] = [];
    const p = new Project(dir, DEFAULT_SETTINGS, (m) => logs.push(m));
    const n = p.loadSources();
    const bad = problemsOn(p.fileProblems, 'sources/bad.json');
    assert.strictEqual(bad.length, 1, JSON.stringify(p.fileProblems));
    assert.strictEqual(bad[0].line, 2, 'the line of the trailing comma');
    assert.strictEqual(bad[0].severity, 'error');
    assert.match(problemsOn(p.fileProblems, 'sources/notcsl.json')[0]?.message ?? '', /CSL-JSON/);
    const bib = problemsOn(p.fileProblems, 'sources/bad.bib');
    assert.ok(bib.length >= 1 && bib[0].line >= 2, JSON.stringify(bib));
    assert.ok(p.bibliography.has('good1'), 'entries before the error are kept');
    assert.ok(p.bibliography.has('reo2026'));
    assert.ok(p.index.passages.some((x) => x.speaker === 'MAYOR VENN'));
    assert.ok(n.files >= 3);
    assert.ok(
      logs.some((l) => l.includes('bad.json:3:')),
      logs.join('\n'),
    );
  });
  it('malformed front matter in a source is a problem on its line; in a draft, a finding on its line', () => {
    const dir = ws({
      'sources/release.md':
        '---\ntitle: Flood update\ndate: [2026\nurl: x\n---\n\nAbout 2,600 residents were evacuated.\n',
    });
    const p = new Project(dir, DEFAULT_SETTINGS);
    p.loadSources();
    const fm = problemsOn(p.fileProblems, 'sources/release.md');
    assert.strictEqual(fm.length, 1);
    assert.ok(fm[0].line >= 2 && fm[0].line <= 4, `line ${fm[0].line}`);
    assert.match(fm[0].message, /front matter/);
    assert.ok(
      p.index.passages.some((x) => x.text.includes('2,600')),
      'the body is still a source',
    );
    const draft = '---\ntitle: ok\nbibliography: [a.bib\n---\n\n"We held," Venn said.\n';
    const r = p.analyze('file:///d.md', draft, 'markdown', 1);
    const f = r.analysis.findings.find((x) => x.code === 'front-matter');
    assert.ok(f, 'a front-matter finding');
    assert.ok(r.index.positionAt(f.start).line >= 2 && r.index.positionAt(f.start).line <= 3);
    assert.ok(f.end <= draft.length);
  });
  it('a missing sources folder is fine', () => {
    const dir = ws({ 'drafts/a.md': 'x' });
    const logs: string[] = [];
    const p = new Project(dir, { ...DEFAULT_SETTINGS, sourcesPath: ['sources', 'wire'] }, (m) => logs.push(m));
    assert.deepStrictEqual(p.loadSources(), { files: 0, passages: 0 });
    assert.deepStrictEqual(p.fileProblems, []);
    assert.deepStrictEqual(logs, []);
  });
  it('a sources path that leaves the workspace is refused with a message', () => {
    const outside = ws({ 'secret/passwd.txt': 'ROOT: the secret password is hunter2.\n' });
    const dir = ws({
      '.onrecord.json': JSON.stringify({ sourcesPath: ['sources', `../${path.basename(outside)}/secret`] }),
      'sources/a.txt': 'MAYOR VENN: fine.\n',
    });
    const logs: string[] = [];
    const p = new Project(dir, { ...DEFAULT_SETTINGS, ...Project.readConfigFile(dir, (m) => logs.push(m)) }, (m) =>
      logs.push(m),
    );
    p.loadSources();
    assert.ok(!p.index.passages.some((x) => x.text.includes('hunter2')), 'nothing outside the workspace is read');
    assert.ok(p.index.passages.some((x) => x.text.includes('fine')));
    assert.ok(
      logs.some((l) => /refused to read .*secret: it is outside the workspace/.test(l)),
      logs.join('\n'),
    );
    assert.strictEqual(
      problemsOn(p.fileProblems, '.onrecord.json').length,
      1,
      'shown on the line of .onrecord.json that names it',
    );
    // absolute paths and ../../etc too, and bibliographies
    const p2 = new Project(
      dir,
      { ...DEFAULT_SETTINGS, sourcesPath: ['../../etc', '/etc'], bibliography: ['/etc/passwd', '../x.bib'] },
      (m) => logs.push(m),
    );
    p2.loadSources();
    assert.strictEqual(p2.sourceFiles.length, 0);
    assert.ok(logs.filter((l) => l.includes('refused')).length >= 3);
  });
  it('a symbolic link out of the workspace, or a symbolic-link loop, is refused with a message', function () {
    const outside = ws({ 'secret.txt': 'ROOT: the secret password is hunter2.\n' });
    const dir = ws({ 'sources/a.txt': 'MAYOR VENN: fine.\n', 'sources/sub/b.txt': 'MAYOR VENN: also fine.\n' });
    try {
      fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'sources', 'leak.txt'));
      fs.symlinkSync(outside, path.join(dir, 'sources', 'out'));
      fs.symlinkSync(path.join(dir, 'sources'), path.join(dir, 'sources', 'sub', 'loop'));
      fs.symlinkSync(path.join(dir, 'sources', 'self'), path.join(dir, 'sources', 'self'));
      fs.symlinkSync(path.join(dir, 'sources', 'sub', 'b.txt'), path.join(dir, 'sources', 'inside.txt'));
    } catch {
      this.skip();
    }
    const logs: string[] = [];
    const p = new Project(dir, DEFAULT_SETTINGS, (m) => logs.push(m));
    p.loadSources();
    assert.ok(!p.index.passages.some((x) => x.text.includes('hunter2')));
    assert.ok(
      logs.some((l) => /leak\.txt: it links to .*outside the workspace/.test(l)),
      logs.join('\n'),
    );
    assert.ok(logs.some((l) => /out: it links to .*outside the workspace/.test(l)));
    assert.ok(
      logs.some((l) => /loop.*symbolic-link loop/.test(l)),
      logs.join('\n'),
    );
    assert.ok(
      logs.some((l) => /self.*symbolic-link loop/.test(l)),
      logs.join('\n'),
    );
    assert.deepStrictEqual(p.sourceFiles.map((f) => path.relative(dir, f)).sort(), [
      'sources/a.txt',
      'sources/inside.txt',
      'sources/sub/b.txt',
    ]);
  });
  it("a draft's front matter cannot make OnRecord read a bibliography outside the workspace, or any in Restricted Mode", () => {
    const outside = ws({ 'refs.bib': '@misc{leak, title={SECRET TITLE}}' });
    const dir = ws({ 'refs.bib': '@misc{inside, title={Inside}}' });
    const draft = `---\nbibliography: [${path.join(outside, 'refs.bib')}, ../${path.basename(outside)}/refs.bib, refs.bib]\n---\n\n"We held," Venn said [@inside].\n\n"We left," Ana said [@leak].\n`;
    const p = new Project(dir, DEFAULT_SETTINGS);
    const r = p.analyze(`file://${dir}/d.md`, draft, 'markdown', 1, dir);
    const srcs = r.analysis.claims.flatMap((c) => c.sources).filter((s) => s.kind === 'citation');
    assert.ok(srcs.some((s) => s.label === '@inside' && s.title === 'Inside'));
    assert.ok(!srcs.some((s) => s.title === 'SECRET TITLE'));
    const untrusted = new Project(dir, { ...DEFAULT_SETTINGS, trusted: false });
    const r2 = untrusted.analyze(`file://${dir}/d.md`, draft, 'markdown', 1, dir);
    assert.ok(r2.analysis.claims.flatMap((c) => c.sources).some((s) => s.label === '@inside'));
    assert.ok(!r2.analysis.claims.flatMap((c) => c.sources).some((s) => s.title), 'nothing read in Restricted Mode');
  });
  it('NUL bytes, binaries and invalid UTF-8 in sources: binaries skipped with one log line each, the rest read', () => {
    const dir = ws({
      'sources/blob.bin': Buffer.from([0, 1, 2, 3, 0, 255]),
      'sources/nul.txt': Buffer.concat([Buffer.from('MAYOR VENN: hidden'), Buffer.from([0]), Buffer.from(' text.\n')]),
      'sources/latin1.txt': Buffer.from([
        0x4d, 0x41, 0x59, 0x4f, 0x52, 0x3a, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x70, 0x65, 0x6e, 0x2e, 0x0a,
      ]),
      'sources/bom-crlf.txt': '\uFEFFMAYOR VENN: We held.\r\nQ: And then?\rMAYOR VENN: We rebuilt.\r\n',
      'sources/empty.txt': '',
      'sources/empty.bib': '',
      'sources/empty.json': '',
    });
    const logs: string[] = [];
    const p = new Project(dir, DEFAULT_SETTINGS, (m) => logs.push(m));
    p.loadSources();
    assert.strictEqual(logs.filter((l) => l.includes('blob.bin: binary file')).length, 1);
    assert.strictEqual(logs.filter((l) => l.includes('nul.txt: binary file')).length, 1);
    assert.ok(
      p.index.passages.some((x) => x.text.includes('Caf\uFFFD open')),
      'invalid UTF-8 is read with replacement characters',
    );
    assert.ok(p.index.passages.some((x) => x.speaker === 'MAYOR VENN' && x.text.startsWith('We held')));
    assert.ok(!p.index.passages.some((x) => x.text.includes('\uFEFF')));
    assert.strictEqual(problemsOn(p.fileProblems, 'sources/empty.json').length, 1, 'an empty .json is not CSL-JSON');
  });
  it('a 50 MB source is skipped past maxFileSizeKB with a message, without being read', () => {
    const dir = ws({ 'sources/small.txt': 'MAYOR VENN: fine.\n' });
    const big = path.join(dir, 'sources', 'huge.log.txt');
    const fd = fs.openSync(big, 'w');
    fs.ftruncateSync(fd, 50 * 1024 * 1024); // sparse: no 50 MB buffer anywhere
    fs.closeSync(fd);
    const logs: string[] = [];
    const p = new Project(dir, DEFAULT_SETTINGS, (m) => logs.push(m));
    const before = process.memoryUsage().arrayBuffers;
    const n = p.loadSources();
    assert.ok(process.memoryUsage().arrayBuffers - before < 10 * 1024 * 1024, 'the big file was not loaded');
    assert.strictEqual(n.files, 1);
    assert.ok(
      logs.some((l) => /huge\.log\.txt: 51200 KB is over onrecord\.maxFileSizeKB \(2048\)/.test(l)),
      logs.join('\n'),
    );
  });
  it('an invalid .onrecord.json gets a schema problem on the line of the bad key and falls back to the defaults', () => {
    const cases: [string, RegExp, number][] = [
      ['{\n  "sourcesPath": "wire",\n  "maxFileSizeKB": "big"\n}\n', /maxFileSizeKB must be number/, 2],
      [
        '{\n  "attribution": {"style": "shouted"}\n}',
        /attribution\.style must be equal to one of the allowed values: said, according-to, citation/,
        1,
      ],
      ['{\n  "sourcesPath": "wire",\n  "trusted": true\n}', /unknown setting "trusted"/, 2],
      ['{\n  "debounceMs": -5\n}', /debounceMs must be >= 0/, 1],
      ['[1, 2]', /the file must be object/, 0],
      ['{\n  "sourcesPath": "wire",\n  oops\n}', /not valid JSON/, 2],
      ['', /not valid JSON/, 0],
    ];
    for (const [json, re, line] of cases) {
      const dir = ws({ '.onrecord.json': json });
      const logs: string[] = [];
      const got = Project.readConfigFile(dir, (m) => logs.push(m));
      assert.deepStrictEqual(got, {}, `defaults for ${json}`);
      const p = new Project(dir, { ...DEFAULT_SETTINGS, ...got });
      const probs = problemsOn(p.fileProblems, '.onrecord.json');
      assert.ok(
        probs.some((x) => re.test(x.message)),
        `${json}: ${JSON.stringify(probs)}`,
      );
      assert.strictEqual(probs.find((x) => re.test(x.message))!.line, line, json);
      assert.strictEqual(logs.length, 1);
      assert.strictEqual(p.settings.sourcesPath, 'sources');
    }
    // a valid file: no problem, and a fixed file clears the old problem
    const dir = ws({ '.onrecord.json': '{"maxFileSizeKB": "x"}' });
    Project.readConfigFile(dir);
    assert.strictEqual(Project.configProblems(path.join(dir, '.onrecord.json')).length, 1);
    fs.writeFileSync(
      path.join(dir, '.onrecord.json'),
      '{"$schema": "./s.json", "onrecord.attribution.style": "citation", "sourcesPath": ["a", "b"]}',
    );
    assert.deepStrictEqual(Project.readConfigFile(dir), { attributionStyle: 'citation', sourcesPath: ['a', 'b'] });
    assert.strictEqual(Project.configProblems(path.join(dir, '.onrecord.json')).length, 0);
  });
});
