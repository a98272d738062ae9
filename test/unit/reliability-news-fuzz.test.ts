/**
 * News-shaped fuzzing (fast-check): drafts built the way stories are written — lead-ins ending in a colon before
 * block quotes and lists, nested block quotes with quotes inside, quotes over several paragraphs, unclosed quotes,
 * quotes that open in one block and close in another, headings and setext underlines with quotes, tables,
 * footnotes, reference links, HTML and suppress comments, front matter, figures, citations and names.
 *
 * Properties: analysis never throws; every range lies inside the document; incremental analysis after random edits
 * equals a fresh one; `onrecord check` lists every input file, whatever its name.
 * `npm test` runs FUZZ_RUNS (default 200) cases per property; `npm run fuzz` sets FUZZ_RUNS=20000.
 * FUZZ_SEED replays a failure.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import fc from 'fast-check';
import { analyzeText, AnalysisCache } from '../../server/src/core/analyze';
import { ParseCache } from '../../server/src/core/textmodel';
import { toJsonDocument } from '../../server/src/core/report';
import { Project, DEFAULT_SETTINGS } from '../../server/src/sources/project';
import { runCli } from '../../server/src/cli/cli';
import { assertRangesSound } from './reliability-input.test';

const RUNS = Number(process.env.FUZZ_RUNS) || 200;
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const params = (n = RUNS): fc.Parameters<unknown> => ({ numRuns: n, ...(SEED !== undefined ? { seed: SEED } : {}) });
const tally = { cases: 0, chars: 0 };

// ---- the pieces of a news story -------------------------------------------------------------------------------------

const name = fc.constantFrom(
  'Ana Venn',
  'Mayor Ana Venn',
  'Oleksandr Hrytsenko',
  'President Oleksandr Hritsenko',
  'Dr. Maria Ortiz',
  'the governor',
  'the spokeswoman',
  'Its lawyer',
  'The company’s lawyer',
  'the Regional Emergency Office',
  'Harbor Freight Lines',
  'officials',
  'Sources',
  'people familiar with the matter',
  'she',
  'they',
);
const cue = fc.constantFrom(
  'said',
  'says',
  'told reporters',
  'wrote',
  'added',
  'said in a statement',
  'quoted the governor',
  'told The Associated Press',
);
const figure = fc.constantFrom(
  '$3 million',
  '3,000 residents',
  'nearly 3,000 people',
  '40%',
  '12 percent',
  '€5bn',
  'twelve',
  '1.5 million',
  'about 2,600',
  'in 2026',
  '½',
);
const citation = fc.constantFrom(
  '[@reo2026]',
  '[@nokey]',
  '[^1]',
  '[^note]',
  '[the report](https://example.org/report)',
  '[the audit][r1]',
  '[budget]',
  '<https://example.org>',
);
const word = fc.constantFrom(
  'we',
  'will',
  'rebuild',
  'every',
  'home',
  'the',
  'levee',
  'held',
  'budget',
  'is',
  'balanced',
  'nobody',
  'knew',
  'it',
  'was',
  'not',
  'enough',
  'and',
  'Dunmore',
  'Tessel River',
  'council',
  'on Monday',
  'reportedly',
  'it is believed',
  '—',
  ',',
  '(',
  ')',
  '*emphasis*',
  '**strong**',
  '`code`',
);
const OPEN_CLOSE: [string, string][] = [
  ['"', '"'],
  ['“', '”'],
  ['‘', '’'],
  ['«', '»'],
  ['„', '“'],
  ["'", "'"],
];
const marks = fc.constantFrom(...OPEN_CLOSE);

/** words with, now and then, a figure, a name, a citation or a nested quote */
const clause: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 8, arbitrary: word },
      { weight: 1, arbitrary: figure },
      { weight: 1, arbitrary: name },
      { weight: 1, arbitrary: citation },
      { weight: 1, arbitrary: fc.tuple(word, word).map(([a, b]) => `‘${a} ${b}’`) },
    ),
    { minLength: 1, maxLength: 14 },
  )
  .map((ws) => ws.join(' '));

const end = fc.constantFrom('.', '.', '?', '!', '', ':', ',');

/** one sentence: attributed or not, quoted or not, closed or not */
const sentence: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(name, cue, clause, end).map(([n, c, t, e]) => `${n} ${c} ${t}${e}`),
  fc
    .tuple(marks, clause, fc.boolean(), name, cue)
    .map(([[o, cl], t, closed, n, c]) => `${o}${t},${closed ? cl : ''} ${n} ${c}.`),
  fc.tuple(marks, clause, fc.boolean()).map(([[o, cl], t, closed]) => `${o}${t}.${closed ? cl : ''}`),
  fc.tuple(name, cue, marks, clause).map(([n, c, [o, cl], t]) => `${n} ${c}: ${o}${t}.${cl}`),
  fc.tuple(clause, figure, end).map(([t, f, e]) => `${t} ${f}${e}`),
  fc.tuple(clause, name, citation).map(([t, n, ci]) => `According to ${n}, ${t} ${ci}.`),
);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(' '));
const leadIn = fc.tuple(name, cue).map(([n, c]) => `${n} ${c}:`);
const quoteLines = (p: string, depth = 1) =>
  p
    .split('\n')
    .map((l) => `${'> '.repeat(depth)}${l}`)
    .join('\n');

/** blocks of a story */
const block: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: paragraph },
  // lead-in, then a block quote (one or more paragraphs)
  {
    weight: 3,
    arbitrary: fc
      .tuple(leadIn, fc.array(paragraph, { minLength: 1, maxLength: 3 }), fc.constantFrom('\n>\n', '\n\n'))
      .map(([l, ps, sep]) => `${l}\n\n${ps.map((p) => quoteLines(p)).join(sep)}`),
  },
  // lead-in, then a list
  {
    weight: 2,
    arbitrary: fc
      .tuple(leadIn, fc.array(paragraph, { minLength: 1, maxLength: 4 }), fc.constantFrom('- ', '* ', '1. '))
      .map(([l, items, bullet]) => `${l}\n\n${items.map((i) => bullet + i).join('\n')}`),
  },
  // nested block quotes with quotes inside
  {
    weight: 2,
    arbitrary: fc
      .tuple(paragraph, paragraph, marks, clause)
      .map(([a, b, [o, c], t]) => `${quoteLines(a)}\n>\n${quoteLines(`${b} ${o}${t}${c}`, 2)}`),
  },
  // a quote over several paragraphs after a lead-in: no closing mark until the last paragraph
  {
    weight: 3,
    arbitrary: fc
      .tuple(leadIn, marks, fc.array(clause, { minLength: 2, maxLength: 4 }), fc.boolean())
      .map(
        ([l, [o, c], ps, closed]) =>
          `${l}\n\n${ps.map((p, i) => `${o}${p}.${i === ps.length - 1 && closed ? c : ''}`).join('\n\n')}`,
      ),
  },
  // a quote that opens in one block and closes in another kind of block
  {
    weight: 2,
    arbitrary: fc
      .tuple(marks, clause, clause, fc.constantFrom('> ', '- ', '## ', '| '))
      .map(([[o, c], a, b, prefix]) => `${o}${a}\n\n${prefix}${b}${c} she said.`),
  },
  // headings and setext underlines containing quotes
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom('# ', '## ', '### ', ''), marks, clause, name, fc.constantFrom('===', '---', ''))
      .map(([h, [o, c], t, n, under]) =>
        h ? `${h}${o}${t}${c}, ${n} says` : `${o}${t}${c}, ${n} says${under ? '\n' + under : ''}`,
      ),
  },
  // tables
  {
    weight: 1,
    arbitrary: fc
      .tuple(clause, figure, marks, clause)
      .map(([a, f, [o, c], b]) => `| Item | Cost |\n|---|---:|\n| ${a} | ${f} |\n| ${o}${b}${c} | ${f} [@reo2026] |`),
  },
  // footnotes and reference definitions
  { weight: 1, arbitrary: sentence.map((s) => `[^1]: ${s}`) },
  {
    weight: 1,
    arbitrary: fc.constant('[r1]: https://example.org/audit "The audit"\n[budget]: <https://example.org/b>'),
  },
  // HTML comments and suppress comments
  { weight: 1, arbitrary: clause.map((t) => `<!-- ${t} -->`) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.constantFrom(
          '<!-- onrecord-disable-next-line unattributed-quote -->',
          '<!-- onrecord-disable-next-line -->',
          '<!-- onrecord-disable unattributed-figure -->',
          '<!-- onrecord-disable -->',
          '<!-- onrecord-enable -->',
        ),
        paragraph,
      )
      .map(([c, p]) => `${c}\n${p}`),
  },
  // code, thematic breaks, HTML
  { weight: 1, arbitrary: clause.map((t) => '```\n"' + t + '," he said.\n```') },
  { weight: 1, arbitrary: fc.constantFrom('---', '***', '<div>“Quoted,” she said.</div>', '<br>') },
);

const frontMatter = fc.oneof(
  { weight: 3, arbitrary: fc.constant('') },
  {
    weight: 1,
    arbitrary: clause.map((t) => `---\ntitle: "${t.replace(/"/g, '')}"\nbibliography: refs.json\n---\n\n`),
  },
  { weight: 1, arbitrary: fc.constant('---\nonrecord: false\n---\n\n') },
  { weight: 1, arbitrary: fc.constant('---\ntitle: [unclosed\n---\n\n') },
);

/** a whole draft; now and then with CRLF line ends or a final line without a newline */
const draft: fc.Arbitrary<string> = fc
  .tuple(frontMatter, fc.array(block, { minLength: 1, maxLength: 10 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
  .map(([fm, blocks, eol, finalNewline]) => {
    const t = fm + blocks.join('\n\n') + (finalNewline ? '\n' : '');
    return eol === '\n' ? t : t.replace(/\n/g, eol);
  });
const lang = fc.constantFrom('markdown', 'markdown', 'plaintext');

/** an edit as an editor sends one: typing, deleting, pasting a sentence or a block */
const edit = fc.record({
  at: fc.nat(),
  del: fc.oneof(fc.constant(0), fc.nat({ max: 3 }), fc.nat({ max: 60 })),
  ins: fc.oneof(
    fc.constantFrom('', '"', '“', '”', '\n', '\n\n', '> ', ':', '- ', '#', ' said', 'x'),
    sentence,
    block.map((b) => `\n\n${b}\n\n`),
  ),
});

/** file names that have broken tools: %, #, ?, spaces, accents, other scripts, a leading dash */
const fileStem = fc
  .tuple(
    fc.constantFrom('', '-', '--', ' '),
    fc.constantFrom(
      '50%_growth',
      'a%20b',
      'issue #4',
      'what?',
      'city budget',
      'Zürich café',
      '市长',
      'x',
      '%E9%',
      '.draft',
    ),
    fc.nat({ max: 999 }),
  )
  .map(([pre, stem, n]) => `${pre}${stem}${n}`);

// ---- properties -----------------------------------------------------------------------------------------------------

describe(`reliability: news-shaped property tests (${RUNS} runs each)`, function () {
  this.timeout(Math.max(120000, RUNS * 200));
  after(() => {
    if (RUNS > 1000) console.log(`      news fuzz: ${tally.cases} cases, ${tally.chars} characters`);
  });

  it('analysis of news-shaped drafts never throws, and every range lies inside the document', () => {
    fc.assert(
      fc.property(draft, lang, (t, l) => {
        tally.cases++;
        tally.chars += t.length;
        assertRangesSound(t, analyzeText(t, { languageId: l }), l);
      }),
      params(),
    );
  });

  it('with sources and a bibliography, the project analysis never throws and keeps ranges inside the document', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-news-props-'));
    fs.mkdirSync(path.join(dir, 'sources'));
    fs.writeFileSync(
      path.join(dir, 'sources', 'call.txt'),
      'MAYOR VENN: We will rebuild every home. The levee held.\nTHE GOVERNOR: We balanced the books.\n',
    );
    fs.writeFileSync(path.join(dir, 'sources', 'refs.json'), '[{"id":"reo2026","title":"Damage assessment"}]');
    const p = new Project(dir, DEFAULT_SETTINGS);
    p.loadSources();
    try {
      fc.assert(
        fc.property(draft, lang, (t, l) => {
          tally.cases++;
          tally.chars += t.length;
          const r = p.analyze('file:///news.md', t, l, 1, dir);
          assertRangesSound(r.text, r.analysis, l);
          toJsonDocument('news.md', r.text, r.analysis, r.index);
        }),
        params(),
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('incremental analysis after random edits (typing, deleting, pasting blocks) equals a fresh one, with the parse cache or the block caches', () => {
    fc.assert(
      fc.property(
        draft,
        lang,
        fc.boolean(),
        fc.array(edit, { minLength: 1, maxLength: 8 }),
        (start, l, blocks, edits) => {
          const cache = blocks ? new AnalysisCache() : new ParseCache();
          let t = start;
          analyzeText(t, { cache, languageId: l });
          for (const e of edits) {
            tally.cases++;
            tally.chars += e.ins.length;
            const at = e.at % (t.length + 1);
            t = t.slice(0, at) + e.ins + t.slice(at + e.del);
            const inc = analyzeText(t, { cache, languageId: l });
            const fresh = analyzeText(t, { languageId: l });
            assertRangesSound(t, inc, 'incremental');
            assert.deepStrictEqual(toJsonDocument('d', t, inc), toJsonDocument('d', t, fresh));
          }
        },
      ),
      params(Math.max(20, Math.round(RUNS / 4))),
    );
  });

  it('a draft edited in the editor is checked as a fresh check of its text: sources, names and figures included', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-news-edits-'));
    fs.mkdirSync(path.join(dir, 'sources'));
    fs.writeFileSync(
      path.join(dir, 'sources', 'call.txt'),
      'MAYOR VENN: We will rebuild every home. The levee held. About 3,000 residents left.\nTHE GOVERNOR: We balanced the books, and it cost $3 million.\n',
    );
    fs.writeFileSync(path.join(dir, 'sources', 'refs.json'), '[{"id":"reo2026","title":"Damage assessment"}]');
    // the reference: a new project for every version, so no cache or memo of any kind is shared
    const fresh = () => {
      const p = new Project(dir, DEFAULT_SETTINGS);
      p.editing = false;
      p.loadSources();
      return p;
    };
    const uri = 'file:///news.md';
    try {
      fc.assert(
        fc.property(draft, lang, fc.array(edit, { minLength: 1, maxLength: 8 }), (start, l, edits) => {
          const editing = new Project(dir, DEFAULT_SETTINGS);
          editing.loadSources();
          let t = start;
          editing.analyzeOpen(uri, t, l, 1);
          edits.forEach((e, i) => {
            tally.cases++;
            const at = e.at % (t.length + 1);
            t = t.slice(0, at) + e.ins + t.slice(at + e.del);
            const inc = editing.analyzeOpen(uri, t, l, i + 2);
            const ref = fresh().analyzeOpen(uri, t, l, i + 2);
            assert.deepStrictEqual(
              toJsonDocument('d', t, inc.analysis, inc.index),
              toJsonDocument('d', t, ref.analysis, ref.index),
            );
          });
        }),
        params(Math.max(20, Math.round(RUNS / 4))),
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('`onrecord check` lists every input file, whatever its name, with no error', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-news-cli-'));
    const prev = process.cwd();
    process.chdir(dir);
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.uniqueArray(fc.tuple(fileStem, fc.constantFrom('.md', '.txt', '.markdown')), {
            minLength: 1,
            maxLength: 4,
            selector: ([s, e]) => (s + e).toLowerCase(),
          }),
          fc.array(draft, { minLength: 4, maxLength: 4 }),
          async (files, texts) => {
            tally.cases++;
            const names = files.map(([s, e]) => s + e);
            names.forEach((n, i) => fs.writeFileSync(path.join(dir, n), texts[i]));
            let out = '',
              err = '';
            try {
              const code = await runCli(
                ['check', '--format', 'json', '--fail-on', 'none', '--', ...names],
                (s) => {
                  out += s;
                },
                (s) => {
                  err += s;
                },
              );
              assert.strictEqual(code, 0, err);
              const docs = JSON.parse(out).documents as { path: string; error?: unknown }[];
              assert.deepStrictEqual(docs.map((d) => d.path).sort(), [...names].sort());
              assert.ok(!docs.some((d) => d.error), JSON.stringify(docs.filter((d) => d.error)));
            } finally {
              names.forEach((n) => fs.rmSync(path.join(dir, n), { force: true }));
            }
          },
        ),
        params(Math.max(10, Math.round(RUNS / 10))),
      );
    } finally {
      process.chdir(prev);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
