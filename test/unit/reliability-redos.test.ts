/**
 * ReDoS: every regular expression in server/src, found by parsing the sources with the TypeScript compiler API
 * (regex literals, `new RegExp(...)`/`RegExp(...)`, and String#match/search/matchAll with a string pattern), is
 * checked by recheck (its pure-JS backend). A `new RegExp` built from module string constants is evaluated
 * statically and checked like a literal. Anything recheck cannot prove linear or polynomial-safe must be in
 * EXCEPTIONS with a reason, and the list must not go stale. Then timing-free pathological inputs: a catastrophic
 * pattern would hang the suite, a linear one finishes.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { createRequire } from 'module';
import { analyzeText } from '../../server/src/core/analyze';
import { Project, DEFAULT_SETTINGS } from '../../server/src/sources/project';
import { readSourceFile } from '../../server/src/sources/readers';

const ROOT = path.resolve(__dirname, '..', '..');
// loaded at run time, not bundled: the compiler and recheck's backends are large
const req = createRequire(path.join(ROOT, 'package.json'));

interface Found {
  file: string;
  line: number;
  source: string | null;
  flags: string;
  how: string;
  code: string;
}

/**
 * Patterns recheck does not call safe, each with the reason it is safe in practice. Keyed by file and pattern
 * source (or, for dynamic patterns, by the code text).
 */
/**
 * recheck's fuzzer counts a match that runs past a wall-clock limit as an attack, so on a busy machine a safe pattern
 * could be called vulnerable. Without those limits it judges by characters read (its step limits) alone: the same
 * verdict on every machine, every run.
 */
const DETERMINISTIC = { randomSeed: 1, attackTimeout: null, incubationTimeout: null, seedingTimeout: null };

const EXCEPTIONS: { file: string; match: string; why: string }[] = [
  {
    file: 'core/figures.ts',
    match: '(?<hedge>',
    why: 'FIGURE_RE (too large for recheck within its timeout): sticky (y), run only at ANCHOR_RE positions; every repetition is a bounded digit group or a fixed word list, so each attempt ends within a few dozen characters',
  },
  {
    file: 'core/suppress.ts',
    match: 'onrecord-(disable-next-line|disable|enable)',
    why: 'run on the text of one HTML comment; [^>]*? cannot pass a ">", so each attempt ends at the next ">" (recheck times out rather than finding an attack)',
  },
  {
    file: 'core/analyze.ts',
    match: '(?:quoted|cited|lists|listed|says|said|includes',
    why: 'quadratic only in a run of spaces after the verb (and after a possessive subject); run on the one sentence that ends in the colon (bounded by the sentence splitter), once per quote block',
  },
  {
    file: 'core/analyze.ts',
    match: 'as saying|three|two|four',
    why: 'quadratic only in a run of spaces; run on a subject phrase of at most 60 characters captured by the pattern above',
  },
  {
    file: 'core/citations.ts',
    match: '[.:,;]+$',
    why: 'run on one citation key, which KEY_RE caps at one bracket on one line; keys are short',
  },
  {
    file: 'core/citations.ts',
    match: '^\\s*,\\s*(.+)$',
    why: 'run on the locator after one key inside one bracketed citation on one line',
  },
  {
    file: 'core/entities.ts',
    match: '\\b([\\p{Ll}]+)\\s+$',
    why: 'run on the 40 characters before a name mention (prose.slice(start - 40, start))',
  },
  {
    file: 'core/figures.ts',
    match: '\\b\\p{Lu}[\\p{L}]+\\s$',
    why: 'run on the short window before a year-like figure',
  },
  {
    file: 'core/lexicon.ts',
    match: '(?:some|many|several|unnamed|anonymous',
    why: 'VAGUE_SOURCES: run on one attribution noun phrase (at most a few words) after trimming',
  },
  {
    file: 'core/vague.ts',
    match: '${WORDS.passive.map(esc)',
    why: 'an alternation of literal phrases from data/vague-attribution.json (escaped), bounded by letter boundaries: linear',
  },
  {
    file: 'core/figures.ts',
    match: "${WORDS.perUnitModifiers.join('|')}",
    why: 'PER_UNIT: alternations of plain words from data/figure-words.json (an optional modifier, then the unit) between word boundaries, anchored at the start of the short text after a figure: linear',
  },
  {
    file: 'core/scope.ts',
    match: '${CUES.map(',
    why: 'an alternation of literal cue words from data/vague-attribution.json between word boundaries: linear',
  },
  {
    file: 'core/verify.ts',
    match: '\\[[^\\]]*\\])\\s*',
    why: 'run on the content of one quote (ellipses and [bracketed] insertions)',
  },
];

function findRegexes(): Found[] {
  const ts = req('typescript') as typeof import('typescript');
  const out: Found[] = [];
  const files: string[] = [];
  const walkDir = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const f = path.join(d, e.name);
      if (e.isDirectory()) walkDir(f);
      else if (f.endsWith('.ts')) files.push(f);
    }
  };
  walkDir(path.join(ROOT, 'server', 'src'));
  for (const file of files) {
    const rel = path.relative(ROOT, file).split(path.sep).join('/');
    const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    // top-level string constants, for evaluating patterns built with String.raw and +
    const consts = new Map<string, import('typescript').Expression>();
    for (const st of sf.statements)
      if (ts.isVariableStatement(st))
        for (const d of st.declarationList.declarations)
          if (ts.isIdentifier(d.name) && d.initializer) consts.set(d.name.text, d.initializer);
    const evalStr = (e: import('typescript').Expression, depth = 0): string | null => {
      if (depth > 20) return null;
      if (ts.isParenthesizedExpression(e)) return evalStr(e.expression, depth + 1);
      if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return e.text;
      if (ts.isIdentifier(e)) {
        const init = consts.get(e.text);
        return init ? evalStr(init, depth + 1) : null;
      }
      if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) {
        const a = evalStr(e.left, depth + 1),
          b = evalStr(e.right, depth + 1);
        return a === null || b === null ? null : a + b;
      }
      const raw = ts.isTaggedTemplateExpression(e) && e.tag.getText(sf) === 'String.raw';
      const tpl = ts.isTaggedTemplateExpression(e) ? e.template : e;
      if (ts.isNoSubstitutionTemplateLiteral(tpl)) return raw ? (tpl.rawText ?? null) : tpl.text;
      if (ts.isTemplateExpression(tpl) && (raw || !ts.isTaggedTemplateExpression(e))) {
        let s = raw ? (tpl.head.rawText ?? '') : tpl.head.text;
        for (const span of tpl.templateSpans) {
          const v = evalStr(span.expression, depth + 1);
          if (v === null) return null;
          s += v + (raw ? (span.literal.rawText ?? '') : span.literal.text);
        }
        return s;
      }
      return null;
    };
    const visit = (n: import('typescript').Node) => {
      const line = sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const t = n.getText(sf);
        const cut = t.lastIndexOf('/');
        out.push({ file: rel, line, source: t.slice(1, cut), flags: t.slice(cut + 1), how: 'literal', code: t });
      } else if (
        (ts.isNewExpression(n) || ts.isCallExpression(n)) &&
        ts.isIdentifier(n.expression) &&
        n.expression.text === 'RegExp'
      ) {
        const args = n.arguments ?? [];
        const source = args[0] ? evalStr(args[0]) : null;
        const flags = args[1] ? evalStr(args[1]) : '';
        out.push({ file: rel, line, source, flags: flags ?? '', how: 'new RegExp', code: n.getText(sf).slice(0, 120) });
      } else if (
        ts.isCallExpression(n) &&
        ts.isPropertyAccessExpression(n.expression) &&
        ['match', 'search', 'matchAll'].includes(n.expression.name.text) &&
        n.arguments[0] &&
        (ts.isStringLiteral(n.arguments[0]) || ts.isNoSubstitutionTemplateLiteral(n.arguments[0]))
      ) {
        out.push({
          file: rel,
          line,
          source: (n.arguments[0] as import('typescript').StringLiteral).text,
          flags: '',
          how: `String#${n.expression.name.text}`,
          code: n.getText(sf).slice(0, 120),
        });
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return out;
}

describe('reliability: ReDoS', function () {
  this.timeout(600000);
  let found: Found[] = [];
  before(() => {
    found = findRegexes();
  });

  it('finds the regular expressions of server/src (the enumeration works)', () => {
    assert.ok(found.length > 50, `only ${found.length} found`);
    assert.ok(found.some((f) => f.file.endsWith('core/hover.ts') && f.how === 'literal'));
    assert.ok(
      found.some(
        (f) =>
          f.file.endsWith('core/figures.ts') && f.how === 'new RegExp' && f.source && f.source.includes('(?<hedge>'),
      ),
      'dynamic FIGURE_RE evaluated',
    );
  });

  it('every one is safe according to recheck, or a justified exception', () => {
    process.env.RECHECK_SYNC_BACKEND ??= 'pure';
    const { checkSync } = req('recheck') as {
      checkSync: (
        s: string,
        f: string,
        p?: object,
      ) => { status: string; complexity?: { summary: string }; attack?: { pattern: string }; error?: { kind: string } };
    };
    const problems: string[] = [];
    const used = new Set<number>();
    const seen = new Map<string, string>();
    for (const f of found) {
      const exc = EXCEPTIONS.findIndex((e) => f.file.endsWith(e.file) && (f.source ?? f.code).includes(e.match));
      if (exc >= 0) {
        used.add(exc);
        continue;
      }
      if (f.source === null) {
        problems.push(
          `${f.file}:${f.line}: ${f.how} with a pattern that is not a module constant: ${f.code} — make it one, or add an exception with a reason`,
        );
        continue;
      }
      const key = f.flags + '/' + f.source;
      let verdict = seen.get(key);
      if (!verdict) {
        let r = checkSync(f.source, f.flags.replace(/[gyd]/g, ''), { ...DETERMINISTIC, timeout: 20000 });
        // recheck's own time limit can run out on a busy machine: that is "unknown", not a verdict, so try once more with longer
        if (r.status === 'unknown' && r.error?.kind === 'timeout')
          r = checkSync(f.source, f.flags.replace(/[gyd]/g, ''), { ...DETERMINISTIC, timeout: 120000 });
        verdict =
          r.status === 'safe'
            ? 'safe'
            : `${r.status}${r.complexity ? ' (' + r.complexity.summary + ')' : ''}${r.attack ? ' attack ' + r.attack.pattern : ''}${r.error ? ' ' + r.error.kind : ''}`;
        seen.set(key, verdict);
      }
      if (verdict !== 'safe')
        problems.push(
          `${f.file}:${f.line}: /${f.source.length > 100 ? f.source.slice(0, 100) + '…' : f.source}/${f.flags} is ${verdict}`,
        );
    }
    EXCEPTIONS.forEach((e, i) => {
      if (!used.has(i)) problems.push(`stale exception ${e.file}: ${e.match}`);
    });
    assert.deepStrictEqual(problems, [], `${found.length} regular expressions checked (${seen.size} distinct)`);
  });
});

// Timing-free: each input is large enough that a super-linear pattern would not finish within the suite's timeout.
describe('reliability: pathological inputs finish (linear work)', function () {
  this.timeout(600000);
  const N = 100000;
  const cases: [string, string][] = [
    ['"a".repeat(1e5)', 'a'.repeat(N)],
    ['a long run of quotes', '"'.repeat(N)],
    ['a long run of spaces between quotes', '"' + ' '.repeat(N) + '"'],
    ['alternating quotes and spaces', '" '.repeat(N / 2)],
    ['curly quotes and spaces', '“ ” '.repeat(N / 4)],
    ['spaces then a cue', ' '.repeat(N) + 'said'],
    ['a capitalised run', 'Ana '.repeat(N / 4)],
    ['a run of title words', 'Mayor President Minister '.repeat(N / 25)],
    ['digits and commas', '1,'.repeat(N / 2)],
    ['digits and dots', '1.'.repeat(N / 2)],
    ['dollar signs and digits', '$1 '.repeat(N / 3)],
    ['hedges without numbers', 'nearly about '.repeat(N / 13)],
    ['a URL prefix without end', 'https://' + 'a'.repeat(N)],
    ['unclosed links', '[a]('.repeat(N / 4)],
    ['citation openers', '[@'.repeat(N / 2)],
    ['one bracket then at-signs (was quadratic in citations.ts BRACKET_RE)', '[' + '@'.repeat(4 * N)],
    ['lone-CR lines opening brackets (was quadratic in splitChunks)', ('[\r' + 'x'.repeat(200) + '\r').repeat(N / 50)],
    ['footnote openers', '[^'.repeat(N / 2)],
    ['HTML comment openers', '<!--'.repeat(N / 4)],
    ['disable comments', '<!-- onrecord-disable '.repeat(N / 22)],
    ['emphasis markers', '*_'.repeat(N / 2)],
    ['a speaker-label prefix', 'A'.repeat(N) + ':'],
    ['newlines and tabs', '\n\t'.repeat(N / 2)],
  ];
  for (const [name, text] of cases) {
    it(`survives ${name}`, () => {
      for (const l of ['markdown', 'plaintext']) {
        const a = analyzeText(text, { languageId: l });
        assert.ok(Array.isArray(a.claims));
      }
    });
  }
  it('survives pathological sources (speaker labels, HTML, front matter)', () => {
    readSourceFile('x.txt', 'A'.repeat(N) + ' B:');
    readSourceFile('x.txt', ('MAYOR ' + 'A '.repeat(20)).repeat(N / 50));
    readSourceFile('x.html', '<p>'.repeat(N / 3));
    readSourceFile('x.md', '---\n' + 'a: '.repeat(N / 3) + '\n---\n');
    const p = new Project(null, { ...DEFAULT_SETTINGS, trusted: false });
    p.analyze('file:///x.md', '---\nbibliography: ' + '['.repeat(5000) + '\n---\n' + '"'.repeat(N), 'markdown', 1);
  });
});
