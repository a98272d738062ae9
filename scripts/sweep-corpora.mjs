#!/usr/bin/env node
// CI sweep over real news text: every document of ../shared/corpora (PolNeAR all splits, MCAE articles, NewsQuant
// sentences, CoNLL-2003 documents) is written once as .md and once as .txt, under awkward file names (%, #, ?,
// spaces, accents, a leading dash), into a temporary folder outside the repository. `onrecord check --format json`
// (dist/cli.js) runs once over that folder. The sweep fails on a missing document, a document with an `error` or an
// internal-error diagnostic, any range outside its document, or exit code 3. The corpora are read at run time and
// nothing derived from them is kept: the folder is removed at the end.
//
//   npm run build && node scripts/sweep-corpora.mjs [--corpora DIR] [--keep]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({ options: { corpora: { type: 'string' }, keep: { type: 'boolean' } } });
const CORPORA = path.resolve(
  args.corpora ?? process.env.ONRECORD_CORPORA ?? path.join(ROOT, '..', 'shared', 'corpora'),
);
const CLI = path.join(ROOT, 'dist', 'cli.js');

/** file-name stems that have broken tools before: percent signs (also ones that look like escapes), #, ?, spaces,
 *  accents and other scripts, and a leading dash that must never be read as an option */
const AWKWARD = [
  (id) => `50%_growth ${id}`,
  (id) => `a%20b #${id}`,
  (id) => `-${id} leading dash`,
  (id) => `Zürich café ${id}`,
  (id) => `what? ${id} (draft)`,
  (id) => `--${id}`,
  (id) => `市长 ${id} %E9`,
];

function readJsonl(file) {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

/** CoNLL-2003: one document per -DOCSTART-, tokens joined by a space, sentences separated by a blank line */
function conllDocs(file) {
  const docs = [];
  let sents = [],
    cur = [];
  const flushSent = () => {
    if (cur.length) sents.push(cur.join(' '));
    cur = [];
  };
  const flushDoc = () => {
    flushSent();
    if (sents.length) docs.push(sents.join('\n\n') + '\n');
    sents = [];
  };
  for (const raw of fs.readFileSync(file, 'utf8').split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.startsWith('-DOCSTART-')) flushDoc();
    else if (!line.trim()) flushSent();
    else cur.push(line.split(' ')[0]);
  }
  flushDoc();
  return docs;
}

/** every document of the corpora as {corpus, text} */
function corpusDocuments() {
  const out = [];
  const need = (p) => {
    if (!fs.existsSync(p)) throw new Error(`missing ${p}: the sweep needs ../shared/corpora (or --corpora DIR)`);
    return p;
  };
  const polnear = need(path.join(CORPORA, 'polnear', 'jsonl'));
  for (const f of fs
    .readdirSync(polnear)
    .filter((f) => f.endsWith('.jsonl'))
    .sort())
    for (const a of readJsonl(path.join(polnear, f))) out.push({ corpus: 'polnear', text: a.text });
  const mcae = need(path.join(CORPORA, 'mcae-journ-sourcing', 'articles'));
  for (const f of fs
    .readdirSync(mcae)
    .filter((f) => f.endsWith('.txt'))
    .sort())
    out.push({ corpus: 'mcae', text: fs.readFileSync(path.join(mcae, f), 'utf8') });
  for (const s of JSON.parse(fs.readFileSync(need(path.join(CORPORA, 'newsquant', 'NewsQuant.json')), 'utf8')))
    out.push({ corpus: 'newsquant', text: s.text + '\n' });
  for (const split of ['train.txt', 'valid.txt', 'test.txt']) {
    const f = path.join(CORPORA, 'conll2003', split);
    if (fs.existsSync(f)) for (const text of conllDocs(f)) out.push({ corpus: 'conll', text });
  }
  if (!out.some((d) => d.corpus === 'conll')) need(path.join(CORPORA, 'conll2003', 'test.txt'));
  return out;
}

/** line lengths in UTF-16 code units, with LSP's line breaks (\r\n, \r, \n) */
function lineLengths(text) {
  return text.split(/\r\n|\r|\n/).map((l) => l.length);
}

/** every draft range in a report document (passage ranges point into source files, not the draft) */
function* ranges(d) {
  for (const c of d.claims) {
    yield ['claim', c.range];
    if (c.speaker) yield ['speaker', c.speaker.range];
    if (c.innerSpeaker) yield ['innerSpeaker', c.innerSpeaker.range];
    for (const s of c.sources) if (s.range && s.kind !== 'passage') yield [`source ${s.kind}`, s.range];
  }
  for (const f of d.figures) yield ['figure', f.range];
  for (const e of d.entities) for (const m of e.mentions) yield ['mention', m.range];
  for (const x of d.diagnostics) yield [`diagnostic ${x.code}`, x.range];
}

function rangeProblem(r, lens) {
  const pos = (p) =>
    Number.isInteger(p?.line) &&
    Number.isInteger(p?.character) &&
    p.line >= 0 &&
    p.character >= 0 &&
    p.line < lens.length &&
    p.character <= lens[p.line];
  if (!pos(r.start) || !pos(r.end)) return `outside the document: ${JSON.stringify(r)}`;
  if (r.end.line < r.start.line || (r.end.line === r.start.line && r.end.character < r.start.character))
    return `ends before it starts: ${JSON.stringify(r)}`;
  return null;
}

function runCli(dir, outFile) {
  return new Promise((resolve, reject) => {
    const out = fs.openSync(outFile, 'w');
    const p = spawn(process.execPath, [CLI, 'check', '.', '--format', 'json', '--fail-on', 'none'], {
      cwd: dir,
      stdio: ['ignore', out, 'pipe'],
    });
    let err = '';
    p.stderr.on('data', (b) => (err += b));
    p.on('error', reject);
    p.on('close', (code) => {
      fs.closeSync(out);
      resolve({ code, err });
    });
  });
}

async function main() {
  const t0 = Date.now();
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  const docs = corpusDocuments();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-sweep-'));
  const outFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-sweep-out-')), 'report.json');
  const expected = new Map(); // relative path → text
  docs.forEach((d, i) => {
    const stem = `${d.corpus}-${AWKWARD[i % AWKWARD.length](i)}`;
    for (const ext of ['.md', '.txt']) {
      fs.writeFileSync(path.join(dir, stem + ext), d.text);
      expected.set(stem + ext, d.text);
    }
  });
  const byCorpus = {};
  for (const d of docs) byCorpus[d.corpus] = (byCorpus[d.corpus] ?? 0) + 1;
  console.log(
    `sweep: ${docs.length} documents (${Object.entries(byCorpus)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}), ${expected.size} files, ${([...expected.values()].reduce((n, t) => n + t.length, 0) / 1e6).toFixed(
      1,
    )} M characters`,
  );
  const t1 = Date.now();
  const { code, err } = await runCli(dir, outFile);
  const t2 = Date.now();
  const problems = [];
  if (code === 3) problems.push('onrecord check exited with 3 (a draft could not be analysed)');
  else if (code !== 0) problems.push(`onrecord check exited with ${code}`);
  if (err.trim()) problems.push(`stderr: ${err.trim().slice(0, 2000)}`);
  let report = { documents: [] };
  try {
    report = JSON.parse(fs.readFileSync(outFile, 'utf8'));
  } catch (e) {
    problems.push(`the report is not JSON: ${e.message}`);
  }
  const seen = new Set();
  let claims = 0,
    findings = 0,
    checkedRanges = 0;
  for (const d of report.documents) {
    const text = expected.get(d.path);
    if (text === undefined) {
      problems.push(`${d.path}: in the report but not written by the sweep`);
      continue;
    }
    if (seen.has(d.path)) problems.push(`${d.path}: reported twice`);
    seen.add(d.path);
    if (d.error) problems.push(`${d.path}: error ${JSON.stringify(d.error)}`);
    if (d.diagnostics.some((x) => x.code === 'internal-error')) problems.push(`${d.path}: internal-error`);
    claims += d.claims.length;
    findings += d.diagnostics.length;
    const lens = lineLengths(text);
    for (const [what, r] of ranges(d)) {
      checkedRanges++;
      const p = rangeProblem(r, lens);
      if (p) problems.push(`${d.path}: ${what} ${p}`);
    }
  }
  const missing = [...expected.keys()].filter((p) => !seen.has(p));
  for (const p of missing.slice(0, 20)) problems.push(`${p}: missing from the report`);
  if (missing.length > 20) problems.push(`… and ${missing.length - 20} more missing`);
  console.log(
    `sweep: onrecord check exit ${code} in ${((t2 - t1) / 1000).toFixed(1)} s; ${seen.size} of ${expected.size} files reported, ` +
      `${report.documents.filter((d) => d.error).length} with an error, ${claims} claims, ${findings} findings, ` +
      `${checkedRanges} ranges checked; total ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
  if (args.keep) console.log(`sweep: kept ${dir} and ${outFile}`);
  else {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(path.dirname(outFile), { recursive: true, force: true });
  }
  if (problems.length) {
    console.error(`sweep: FAILED, ${problems.length} problem(s):\n  ${problems.slice(0, 50).join('\n  ')}`);
    process.exit(1);
  }
  console.log('sweep: passed');
}

main().catch((e) => {
  console.error(`sweep: ${e.stack ?? e}`);
  process.exit(1);
});
