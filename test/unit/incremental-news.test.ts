/**
 * Re-analysis after an edit reuses what the edit left alone (the block caches, the entity memo, the server's
 * per-draft state). Property: for the newsroom suite's drafts under random small edits — characters, words and whole
 * paragraphs typed or deleted, a speaker's name changed once or everywhere — the result equals analysing the edited
 * text from scratch: claims, figures, entities and diagnostics, deep-equal.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeText, AnalysisCache } from '../../server/src/core/analyze';
import { Project, DEFAULT_SETTINGS } from '../../server/src/sources/project';
import { rng } from './seeded-rng';

type Rng = ReturnType<typeof rng>;

const ROOT = path.resolve('test/newsroom');
const DRAFTS = fs
  .readdirSync(ROOT)
  .sort()
  .flatMap((ws) => {
    const dir = path.join(ROOT, ws, 'drafts');
    if (!fs.existsSync(dir)) return [];
    return fs
      .readdirSync(dir)
      .filter((f) => /\.(md|txt)$/.test(f))
      .sort()
      .map((f) => ({ name: `${ws}/${f}`, text: fs.readFileSync(path.join(dir, f), 'utf8'), md: f.endsWith('.md') }));
  });

const WORDS = [
  'said',
  'the mayor',
  'not',
  'percent',
  '"',
  ',',
  '3,000',
  'Okafor',
  'according to officials',
  'She',
  'the report',
  'the agency',
  '.',
];
const PARAGRAPHS = [
  '"We will rebuild every home," Mayor Ana Venn said Tuesday.',
  'About 3,000 residents left the valley, officials said.',
  'Venn added that the county would pay $4.2 million for the repairs.',
  'The agency declined to comment.',
  'She said the plan was "a mistake from the start."',
  // what a keystroke's look-ups keep (see keystroke-lookups.test.ts): a report and its author, descriptors, gendered
  // role words before and after names, unsourced and vaguely sourced figures
  'A report by the Harbor Institute found that 40 percent of homes flooded. The report said repairs would take a year.',
  'Spokeswoman Lena Ortiz, a former nurse, said the agency would pay. The agency has 1,200 staff.',
  'Dan Ortiz, her husband, said 700 of its 741 members voted, a turnout of about 94 percent.',
  'Officials estimated the damage at $40 million, the Halden Port Authority said. Officials said it was reportedly worse.',
];
const NEW_NAMES = ['Dana Whitcomb', 'Okafor', 'Marisol Quintero-Diaz', 'Li'];

/** a capitalised name of two words the draft uses, to rename */
function someName(text: string, r: Rng): string | null {
  const names = [...text.matchAll(/\b\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\b/gu)].map((m) => m[0]);
  return names.length ? r.pick(names) : null;
}

/** one random edit of the kinds a writer makes */
function edit(text: string, r: Rng): string {
  const at = r.int(text.length + 1);
  const kind = r.int(7);
  if (kind === 0) return text.slice(0, at) + r.pick(['x', 'e', ' ', '.', '\n', '"', '5']) + text.slice(at);
  if (kind === 1) return text.slice(0, at) + text.slice(at + 1 + r.int(3));
  if (kind === 2) return text.slice(0, at) + ' ' + r.pick(WORDS) + text.slice(at);
  if (kind === 3) {
    // a whole word out
    const m = /\S+\s*/.exec(text.slice(at));
    return m ? text.slice(0, at + m.index) + text.slice(at + m.index + m[0].length) : text;
  }
  if (kind === 4) {
    // a paragraph in, at a paragraph break
    const br = text.indexOf('\n\n', at);
    const p = br < 0 ? text.length : br;
    return text.slice(0, p) + '\n\n' + r.pick(PARAGRAPHS) + text.slice(p);
  }
  if (kind === 5) {
    // a paragraph out
    const from = text.lastIndexOf('\n\n', at);
    const to = text.indexOf('\n\n', at);
    return from < 0 || to < 0 ? text : text.slice(0, from) + text.slice(to);
  }
  // a speaker renamed: everywhere, or at one place only (a misspelling the draft should now flag)
  const name = someName(text, r);
  if (!name) return text;
  const to = r.pick(NEW_NAMES);
  if (r.next() < 0.5) return text.split(name).join(to);
  const i = text.indexOf(name, r.int(text.length));
  const first = i < 0 ? text.indexOf(name) : i;
  return text.slice(0, first) + to + text.slice(first + name.length);
}

const plain = (x: unknown) => JSON.parse(JSON.stringify(x));
const core = (a: ReturnType<typeof analyzeText>) =>
  plain({ claims: a.claims, figures: a.figures, entities: a.entities, findings: a.findings });

describe('incremental analysis of newsroom drafts under random edits', function () {
  this.timeout(300000);

  it('the draft, re-analysed with its caches after each edit, equals a fresh analysis (every newsroom draft, 6 edits)', () => {
    assert.ok(DRAFTS.length >= 10, 'the newsroom drafts are found');
    const r = rng(2026);
    for (const d of DRAFTS) {
      const languageId = d.md ? 'markdown' : 'plaintext';
      const cache = new AnalysisCache();
      let text = d.text;
      analyzeText(text, { languageId, cache });
      for (let e = 0; e < 6; e++) {
        text = edit(text, r);
        assert.deepStrictEqual(
          core(analyzeText(text, { languageId, cache })),
          core(analyzeText(text, { languageId })),
          `${d.name}, edit ${e}:\n${text}`,
        );
      }
    }
  });

  it('an open draft edited in the server equals a fresh check of its text, diagnostics included (every newsroom workspace)', () => {
    const r = rng(17);
    const workspaces = [...new Set(DRAFTS.map((d) => d.name.split('/')[0]))];
    for (const ws of workspaces) {
      const dir = path.join(ROOT, ws);
      const drafts = DRAFTS.filter((d) => d.name.startsWith(ws + '/'));
      const editing = new Project(dir, DEFAULT_SETTINGS);
      editing.loadSources();
      const d = drafts[r.int(drafts.length)];
      const uri = 'file://' + path.join(dir, 'drafts', d.name.split('/')[1]);
      const languageId = d.md ? 'markdown' : 'plaintext';
      let text = d.text;
      editing.analyzeOpen(uri, text, languageId, 1);
      for (let e = 0; e < 4; e++) {
        text = edit(text, r);
        const inc = editing.analyzeOpen(uri, text, languageId, e + 2);
        // the reference: a new project, so no cache or memo of any kind is shared
        const fresh = new Project(dir, DEFAULT_SETTINGS);
        fresh.editing = false;
        fresh.loadSources();
        const ref = fresh.analyzeOpen(uri, text, languageId, e + 2);
        assert.deepStrictEqual(core(inc.analysis), core(ref.analysis), `${d.name}, edit ${e}:\n${text}`);
      }
    }
  });
});
