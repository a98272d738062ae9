/**
 * In-process parts of the benchmark, bundled by bench/run.mjs into .bench/worker.cjs and run in a child process:
 *   node .bench/worker.cjs throughput <out.json> [--quick]   analysis MB/s: OnRecord vs compromise vs wink-nlp
 *   node --expose-gc .bench/worker.cjs memory <out.json> [--quick]   retained heap per analysed 10,000-word draft
 *   node --cpu-prof .bench/worker.cjs profile <out.json> [--quick]   OnRecord per-article passes only, for profiling
 * Results are written as JSON to <out.json>; progress goes to stderr. No timing is ever asserted.
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyzeText } from '../server/src/core/analyze';
import { markdownDraft } from './gen.mjs';

const [mode, outFile, ...rest] = process.argv.slice(2);
const quick = rest.includes('--quick');
const log = (s: string) => process.stderr.write(`  [${mode}] ${s}\n`);
const now = () => performance.now();
const bytesOf = (xs: string[]) => xs.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
const mbps = (bytes: number, ms: number) => bytes / 1e6 / (ms / 1000);

interface Rate {
  bytes: number;
  ms: number;
  mbps: number;
  docs: number;
}

function timeEach(texts: string[], fn: (t: string) => unknown): Rate {
  const t0 = now();
  for (const t of texts) fn(t);
  const ms = now() - t0;
  const bytes = bytesOf(texts);
  return { bytes, ms, mbps: mbps(bytes, ms), docs: texts.length };
}

/** PolNeAR article texts, or generated text (marked as such) when the corpus is missing. */
function loadCorpus(): { texts: string[]; source: string; real: boolean } {
  const root = path.resolve(__dirname, '..');
  const corpora = process.env.ONRECORD_CORPORA ?? path.resolve(root, '..', 'shared', 'corpora');
  const file = path.join(corpora, 'polnear', 'jsonl', 'train.jsonl');
  if (fs.existsSync(file)) {
    const texts = fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l).text as string)
      .filter((t) => typeof t === 'string' && t.length);
    return { texts, source: file, real: true };
  }
  log(`corpus not found at ${file}: falling back to GENERATED text`);
  const texts: string[] = [];
  for (let i = 0; i < 840; i++) texts.push(markdownDraft(700, 1000 + i).replace(/^---[\s\S]*?---\n/, ''));
  return { texts, source: `generated (840 × ~700-word articles; ${file} missing)`, real: false };
}

async function throughput() {
  const { texts: all, source, real } = loadCorpus();
  const texts = quick ? all.slice(0, 120) : all;
  const totalBytes = bytesOf(texts);
  log(`${texts.length} articles, ${(totalBytes / 1e6).toFixed(2)} MB from ${source}`);
  const warm = texts.slice(0, Math.min(40, texts.length));
  for (const t of warm) {
    analyzeText(t, { languageId: 'plaintext' });
    analyzeText(t, { languageId: 'markdown' });
  }

  const perArticle = {
    plaintext: timeEach(texts, (t) => analyzeText(t, { languageId: 'plaintext' })),
    markdown: timeEach(texts, (t) => analyzeText(t, { languageId: 'markdown' })),
  };
  log(
    `per article: plaintext ${perArticle.plaintext.mbps.toFixed(2)} MB/s, markdown ${perArticle.markdown.mbps.toFixed(2)} MB/s`,
  );

  // Whole concatenation, one analyzeText call. Analysis cost grows faster than linearly with document size, so
  // grow the prefix (1/16, 1/8, ... of the corpus) and stop before a step that would blow the time budget.
  const concatBudgetMs = quick ? 6_000 : 20_000;
  const concat: Record<string, { steps: Rate[]; complete: boolean; projectedFullMs?: number; exponent?: number }> = {};
  for (const languageId of ['plaintext', 'markdown']) {
    const steps: Rate[] = [];
    let spent = 0;
    let complete = false;
    const fractions = [1 / 8, 1 / 4, 1 / 2, 1];
    for (let fi = 0; fi < fractions.length; fi++) {
      const n = Math.max(1, Math.round(texts.length * fractions[fi]));
      const joined = texts.slice(0, n).join('\n\n');
      if (steps.length) {
        // predict from the last step assuming the worst growth seen so far (at least linear)
        const a = steps[steps.length - 1];
        const b = steps.length > 1 ? steps[steps.length - 2] : null;
        // growth exponent from the last two steps when they are long enough to trust, clamped to [1, 2.5]; else 2
        const exp =
          b && b.ms >= 200 ? Math.min(2.5, Math.max(1, Math.log(a.ms / b.ms) / Math.log(a.bytes / b.bytes))) : 2;
        const predicted = a.ms * Math.pow(Buffer.byteLength(joined) / a.bytes, exp);
        if (spent + predicted > concatBudgetMs) {
          concat[languageId] = {
            steps,
            complete: false,
            projectedFullMs: a.ms * Math.pow(totalBytes / a.bytes, exp),
            exponent: exp,
          };
          log(
            `concat ${languageId}: stopping at ${(a.bytes / 1e6).toFixed(2)} MB (next step predicted ${(predicted / 1000).toFixed(0)} s)`,
          );
          break;
        }
      }
      const r = timeEach([joined], (t) => analyzeText(t, { languageId }));
      r.docs = n;
      steps.push(r);
      spent += r.ms;
      log(
        `concat ${languageId}: ${n} articles, ${(r.bytes / 1e6).toFixed(2)} MB in ${(r.ms / 1000).toFixed(1)} s = ${r.mbps.toFixed(3)} MB/s`,
      );
      if (n === texts.length) {
        complete = true;
        break;
      }
    }
    concat[languageId] = concat[languageId] ?? { steps, complete };
  }

  // Peers, on the same sample (the first articles up to sampleBytes)
  const sampleBytes = quick ? 100_000 : 300_000;
  const sample: string[] = [];
  let sb = 0;
  for (const t of texts) {
    if (sb >= sampleBytes) break;
    sample.push(t);
    sb += Buffer.byteLength(t);
  }
  const nlp = (await import('compromise')).default;
  const winkNLP = (await import('wink-nlp')).default;
  const model = (await import('wink-eng-lite-web-model')).default;
  const wink = winkNLP(model);
  const compromiseWork = (t: string) => {
    const d = nlp(t);
    d.people().out('array');
    d.quotations().out('array');
  };
  const winkWork = (t: string) => {
    const d = wink.readDoc(t);
    d.entities().out(wink.its.detail);
    d.sentences().out();
  };
  for (const t of warm.slice(0, 10)) {
    compromiseWork(t);
    winkWork(t);
  }
  const onSample = {
    plaintext: timeEach(sample, (t) => analyzeText(t, { languageId: 'plaintext' })),
    markdown: timeEach(sample, (t) => analyzeText(t, { languageId: 'markdown' })),
  };
  const compromise = timeEach(sample, compromiseWork);
  log(`compromise on sample: ${compromise.mbps.toFixed(3)} MB/s`);
  const winkRate = timeEach(sample, winkWork);
  log(`wink-nlp on sample: ${winkRate.mbps.toFixed(3)} MB/s`);

  const out = {
    corpus: { source, real, articles: texts.length, bytes: totalBytes, ofTotalArticles: all.length },
    perArticle,
    concat,
    sample: { articles: sample.length, bytes: bytesOf(sample) },
    onSample,
    compromise,
    wink: winkRate,
    ratios: {
      onrecordOverCompromise: onSample.plaintext.mbps / compromise.mbps,
      onrecordOverWink: onSample.plaintext.mbps / winkRate.mbps,
      onrecordMarkdownOverCompromise: onSample.markdown.mbps / compromise.mbps,
      onrecordMarkdownOverWink: onSample.markdown.mbps / winkRate.mbps,
    },
    peerWorkload: {
      compromise: "nlp(text); .people().out('array'); .quotations().out('array')",
      wink: 'readDoc(text); .entities().out(its.detail); .sentences().out()',
      onrecord: "analyzeText(text, { languageId: 'plaintext' })",
    },
  };
  fs.writeFileSync(outFile, JSON.stringify(out, null, 2));
}

/** Only OnRecord's per-article passes, for `node --cpu-prof` (run.mjs --profile). */
function profileRun() {
  const { texts: all } = loadCorpus();
  const texts = quick ? all.slice(0, 120) : all;
  const pt = timeEach(texts, (t) => analyzeText(t, { languageId: 'plaintext' }));
  const md = timeEach(texts, (t) => analyzeText(t, { languageId: 'markdown' }));
  fs.writeFileSync(outFile, JSON.stringify({ plaintext: pt, markdown: md }, null, 2));
}

function memory() {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  const n = quick ? 5 : 20;
  const texts = Array.from({ length: n }, (_, i) => markdownDraft(10_000, 100 + i));
  const words = texts[0].split(/\s+/).length;
  analyzeText(markdownDraft(2_000, 99), { languageId: 'markdown' }); // load lexicons, compile regexps
  const settle = () => {
    for (let i = 0; i < 4; i++) gc();
    return process.memoryUsage().heapUsed;
  };
  const before = settle();
  const kept: unknown[] = [];
  for (const t of texts) kept.push(analyzeText(t, { languageId: 'markdown' }));
  const after = settle();
  const perDraft = (after - before) / n;
  const textBytes = texts.reduce((s, t) => s + t.length, 0) / n;
  log(`${n} drafts of ~${words} words: ${(perDraft / 1e6).toFixed(2)} MB retained per draft`);
  fs.writeFileSync(
    outFile,
    JSON.stringify(
      {
        copies: n,
        words,
        chars: Math.round(textBytes),
        heapBefore: before,
        heapAfter: after,
        perDraftBytes: perDraft,
        keptCount: kept.length,
      },
      null,
      2,
    ),
  );
}

(async () => {
  if (mode === 'throughput') await throughput();
  else if (mode === 'memory') memory();
  else if (mode === 'profile') profileRun();
  else throw new Error(`unknown mode ${mode}`);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
