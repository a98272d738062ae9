#!/usr/bin/env node
// OnRecord benchmark. usage: npm run bench [-- --quick] [-- --profile] [-- --no-build] [-- --only throughput,lsp,index,memory,cli] [-- --repeats N] [-- --keep]
// Prints one table and writes .bench/results.json. Timings are reported, never asserted.
import { spawn, spawnSync } from 'child_process';
import { createRequire } from 'module';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { markdownDraft, smallDraft, sourceFile } from './gen.mjs';

const require = createRequire(import.meta.url);
const benchDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(benchDir, '..');
const outDir = path.join(root, '.bench');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const profile = args.includes('--profile');
const keep = args.includes('--keep');
const oi = args.indexOf('--only');
const only = oi >= 0 ? new Set(args[oi + 1].split(',')) : null;
const want = (k) => !only || only.has(k);
const t0 = Date.now();
fs.mkdirSync(outDir, { recursive: true });

const say = (s) => process.stderr.write(s + '\n');
const fmt = (x, d = 2) => (x === undefined || x === null || Number.isNaN(x) ? 'n/a' : x.toFixed(d));
const mb = (b) => (b / 1e6).toFixed(2) + ' MB';
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};

// ---------------------------------------------------------------- machine
const machine = {
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  node: process.version,
  platform: `${os.platform()} ${os.release()}`,
  memory: mb(os.totalmem()),
  loadavg: os.loadavg().map((x) => +x.toFixed(2)),
};
console.log(`OnRecord benchmark${quick ? ' (--quick)' : ''}`);
console.log(
  `machine: ${machine.cpu}, ${machine.cores} cores, node ${machine.node}, ${machine.platform}, ${machine.memory} RAM, load average at start ${machine.loadavg.join(' ')}`,
);
console.log('');

// ---------------------------------------------------------------- build
const esbuild = require('esbuild');
if (!args.includes('--no-build') || !fs.existsSync(path.join(root, 'dist/server.js'))) {
  say('building dist/ (node esbuild.mjs) ...');
  const b = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: root, stdio: 'inherit' });
  if (b.status !== 0) {
    console.error('build failed');
    process.exit(2);
  }
}
await esbuild.build({
  entryPoints: [path.join(benchDir, 'worker.ts')],
  bundle: true,
  platform: 'node',
  target: 'node20',
  supported: { 'regexp-unicode-property-escapes': true }, // as esbuild.mjs builds dist/
  format: 'cjs',
  outfile: path.join(outDir, 'worker.cjs'),
  sourcemap: false,
  logLevel: 'warning',
  external: ['compromise', 'wink-nlp', 'wink-eng-lite-web-model'],
  plugins: [(await import('../scripts/gazetteer-plugin.mjs')).gazetteerPlugin],
});
const worker = path.join(outDir, 'worker.cjs');

function runNode(nodeArgs, { pin = false } = {}) {
  return new Promise((resolve, reject) => {
    const useTaskset = pin && fs.existsSync('/usr/bin/taskset');
    const cmd = useTaskset ? '/usr/bin/taskset' : process.execPath;
    const argv = useTaskset ? ['-c', '0', process.execPath, ...nodeArgs] : nodeArgs;
    const p = spawn(cmd, argv, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    p.on('error', reject);
    p.on('exit', (code) =>
      code === 0 ? resolve({ pinned: useTaskset }) : reject(new Error(`node ${nodeArgs.join(' ')} exited ${code}`)),
    );
  });
}

const rows = [];
const raw = {};
const row = (id, measurement, result, detail = '') => rows.push({ id, measurement, result, detail });

// ---------------------------------------------------------------- 1. throughput
if (want('throughput')) {
  say('\n[1/5] analysis throughput (pinned to CPU 0 when taskset exists) ...');
  const out = path.join(outDir, 'throughput.json');
  try {
    const { pinned } = await runNode([worker, 'throughput', out, ...(quick ? ['--quick'] : [])], { pin: true });
    const r = JSON.parse(fs.readFileSync(out, 'utf8'));
    r.pinnedToOneCore = pinned;
    raw.throughput = r;
    const c = r.corpus;
    const corpusNote = c.real
      ? `PolNeAR train, ${c.articles}${c.articles < c.ofTotalArticles ? ` of ${c.ofTotalArticles}` : ''} articles, ${mb(c.bytes)}`
      : `GENERATED fallback text (${c.source}), ${mb(c.bytes)}`;
    row(
      '1a',
      'OnRecord analyzeText, plaintext, per article',
      `${fmt(r.perArticle.plaintext.mbps)} MB/s`,
      `${corpusNote}; ${fmt(r.perArticle.plaintext.ms / 1000, 1)} s${pinned ? '; 1 core (taskset)' : ''}`,
    );
    row(
      '1b',
      'OnRecord analyzeText, markdown, per article',
      `${fmt(r.perArticle.markdown.mbps)} MB/s`,
      `same corpus; ${fmt(r.perArticle.markdown.ms / 1000, 1)} s`,
    );
    for (const [k, id] of [
      ['plaintext', '1c'],
      ['markdown', '1d'],
    ]) {
      const cc = r.concat[k];
      const last = cc.steps[cc.steps.length - 1];
      const scaling = cc.steps.map((s) => `${mb(s.bytes)}→${fmt(s.ms / 1000, 1)}s`).join(', ');
      if (cc.complete)
        row(
          id,
          `OnRecord analyzeText, ${k}, whole concatenation (1 call)`,
          `${fmt(last.mbps, 3)} MB/s`,
          `${mb(last.bytes)} in ${fmt(last.ms / 1000, 1)} s; prefixes: ${scaling}`,
        );
      else
        row(
          id,
          `OnRecord analyzeText, ${k}, concatenation (1 call)`,
          `${fmt(last.mbps, 3)} MB/s on ${mb(last.bytes)} prefix`,
          `WHOLE CONCATENATION NOT RUN (time budget): largest prefix ${last.docs} articles; EXTRAPOLATED whole ${mb(c.bytes)} ≈ ${fmt(cc.projectedFullMs / 1000, 0)} s ≈ ${fmt(c.bytes / 1e6 / (cc.projectedFullMs / 1000), 3)} MB/s; prefixes: ${scaling}`,
        );
    }
    const s = r.sample;
    const sampleNote = `sample: first ${s.articles} articles, ${mb(s.bytes)}`;
    row(
      '1e',
      'OnRecord analyzeText on the peer sample (plaintext / markdown)',
      `${fmt(r.onSample.plaintext.mbps)} / ${fmt(r.onSample.markdown.mbps)} MB/s`,
      sampleNote,
    );
    row(
      '1f',
      'compromise on the sample',
      `${fmt(r.compromise.mbps, 3)} MB/s`,
      `${sampleNote}; ${r.peerWorkload.compromise}`,
    );
    row(
      '1g',
      'wink-nlp + wink-eng-lite-web-model on the sample',
      `${fmt(r.wink.mbps, 3)} MB/s`,
      `${sampleNote}; ${r.peerWorkload.wink}`,
    );
    row(
      '1h',
      'OnRecord ÷ compromise',
      `${fmt(r.ratios.onrecordOverCompromise)}×`,
      `plaintext, same sample (markdown: ${fmt(r.ratios.onrecordMarkdownOverCompromise)}×)`,
    );
    row(
      '1i',
      'OnRecord ÷ wink-nlp',
      `${fmt(r.ratios.onrecordOverWink)}×`,
      `plaintext, same sample (markdown: ${fmt(r.ratios.onrecordMarkdownOverWink)}×)`,
    );
  } catch (e) {
    row('1', 'analysis throughput', 'FAILED', e.message);
  }
  if (profile) {
    say('\n[profile] node --cpu-prof on OnRecord per-article throughput ...');
    try {
      raw.profile = await cpuProfile();
    } catch (e) {
      raw.profile = { error: e.message };
    }
  }
}

async function cpuProfile() {
  const dir = path.join(outDir, 'prof');
  fs.rmSync(dir, { recursive: true, force: true });
  const out = path.join(outDir, 'profile-run.json');
  await runNode(['--cpu-prof', '--cpu-prof-dir', dir, worker, 'profile', out, ...(quick ? ['--quick'] : [])], {
    pin: true,
  });
  const file = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  const prof = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  const bundleLines = fs.readFileSync(worker, 'utf8').split('\n');
  const moduleOf = (line) => {
    for (let i = line; i >= 0; i--) {
      const m = /^\/\/ (\S+\.(?:ts|mjs|js))$/.exec(bundleLines[i]);
      if (m) return m[1];
    }
    return '?';
  };
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const self = new Map();
  let total = 0;
  prof.samples.forEach((id, i) => {
    const cf = byId.get(id).callFrame;
    const dt = prof.timeDeltas[i] ?? 0;
    total += dt;
    let name = cf.functionName || '(anonymous)';
    if (name.length > 70) name = name.slice(0, 67) + '...';
    const where = cf.url.endsWith('worker.cjs')
      ? `${moduleOf(cf.lineNumber)} (bundle line ${cf.lineNumber + 1})`
      : cf.url
        ? path.basename(cf.url)
        : '(V8 built-in / regexp)';
    const k = `${name}\t${where}`;
    self.set(k, (self.get(k) ?? 0) + dt);
  });
  const top = [...self]
    .filter(([k]) => !/^\((idle|program|root)\)/.test(k))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(([k, us]) => {
      const [fn, where] = k.split('\t');
      return { function: fn, where, selfMs: +(us / 1000).toFixed(0), selfPct: +((100 * us) / total).toFixed(1) };
    });
  return { file: path.join(dir, file), totalMs: +(total / 1000).toFixed(0), top };
}

// ---------------------------------------------------------------- 2. keystroke -> publishDiagnostics over stdio LSP
if (want('lsp')) {
  say('\n[2/5] keystroke → publishDiagnostics latency over stdio LSP ...');
  const news = newsDraft(10_000);
  const drafts = [
    ['2', 'synthetic', markdownDraft(10_000, 42)],
    ...(news ? [['2n', 'real news paragraphs (PolNeAR dev)', news]] : []),
  ];
  raw.lsp = {};
  for (const [id, kind, text] of drafts) {
    try {
      const r = await lspLatency(quick ? 100 : 500, text);
      raw.lsp[id] = r;
      row(
        id,
        `keystroke → publishDiagnostics (${r.edits} edits, ${r.words}-word draft, ${kind})`,
        `p50 ${fmt(r.p50, 1)} / p95 ${fmt(r.p95, 1)} / p99 ${fmt(r.p99, 1)} ms`,
        `node dist/server.js --stdio, debounceMs 0, incremental 1-char inserts mid-document; mean ${fmt(r.mean, 1)}, max ${fmt(r.max, 1)} ms; didOpen→first diagnostics ${fmt(r.openMs, 0)} ms (${r.diagnostics} diagnostics)`,
      );
    } catch (e) {
      row(id, 'keystroke → publishDiagnostics', 'FAILED', e.message);
    }
  }
  if (!news) row('2n', 'keystroke, real news paragraphs', 'SKIPPED', 'no ../shared/corpora (or ONRECORD_CORPORA) here');
}

/**
 * A draft of about `words` words made of real news paragraphs, in order, from the PolNeAR dev articles (dense in quotes
 * and figures), or null without the corpora. Only measured, never kept.
 */
function newsDraft(words) {
  const corpora = process.env.ONRECORD_CORPORA ?? path.resolve(root, '..', 'shared', 'corpora');
  const file = path.join(corpora, 'polnear', 'jsonl', 'dev.jsonl');
  if (!fs.existsSync(file)) return null;
  const paragraphs = [];
  let n = 0;
  for (const l of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!l.trim()) continue;
    for (const p of JSON.parse(l).text.split(/\n\s*\n/)) {
      const t = p.trim().replace(/\s*\n\s*/g, ' ');
      if (t.length < 40) continue;
      paragraphs.push(t);
      n += t.split(/\s+/).length;
      if (n >= words) return paragraphs.join('\n\n') + '\n';
    }
  }
  return paragraphs.join('\n\n') + '\n';
}

async function lspLatency(edits, text) {
  const rpc = require('vscode-jsonrpc/node');
  const proc = spawn(process.execPath, [path.join(root, 'dist/server.js'), '--stdio'], {
    cwd: os.tmpdir(),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  proc.stderr.on('data', (d) => {
    stderr += d;
  });
  const conn = rpc.createMessageConnection(
    new rpc.StreamMessageReader(proc.stdout),
    new rpc.StreamMessageWriter(proc.stdin),
  );
  const waiters = new Map();
  const seen = new Map();
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    if (p.version === undefined) return;
    seen.set(p.version, p.diagnostics.length);
    const w = waiters.get(p.version);
    if (w) {
      waiters.delete(p.version);
      w(p);
    }
  });
  conn.onNotification(() => {});
  conn.onRequest(() => null);
  conn.listen();
  const waitFor = (version, ms = 60_000) =>
    new Promise((resolve, reject) => {
      if (seen.has(version)) return resolve({ diagnostics: [] });
      const timer = setTimeout(
        () =>
          reject(
            new Error(
              `no publishDiagnostics for version ${version} within ${ms} ms; server stderr: ${stderr.slice(-500)}`,
            ),
          ),
        ms,
      );
      waiters.set(version, (p) => {
        clearTimeout(timer);
        resolve(p);
      });
    });
  try {
    await conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: null,
      capabilities: {},
      initializationOptions: { debounceMs: 0 },
    });
    conn.sendNotification('initialized', {});
    const words = text.split(/\s+/).filter(Boolean).length;
    const uri = pathToFileURL(path.join(os.tmpdir(), 'onrecord-bench', 'draft.md')).href;
    // the middle paragraph: the first prose line at or after the middle of the document
    const lines = text.split('\n');
    let line = Math.floor(lines.length / 2);
    while (line < lines.length && lines[line].length < 80) line++;
    let character = lines[line].indexOf(' ', Math.floor(lines[line].length / 2)) + 1;
    let t = performance.now();
    conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const first = await waitFor(1);
    const openMs = performance.now() - t;
    const typed = 'the council said more money was needed ';
    const lat = [];
    for (let i = 0; i < edits; i++) {
      const version = i + 2;
      const ch = typed[i % typed.length];
      const pos = { line, character };
      t = performance.now();
      conn.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: pos, end: pos }, text: ch }],
      });
      await waitFor(version);
      lat.push(performance.now() - t);
      character++;
    }
    const mean = lat.reduce((a, b) => a + b, 0) / lat.length;
    return {
      edits,
      words,
      chars: text.length,
      line: line + 1,
      openMs,
      diagnostics: first.diagnostics.length,
      p50: pct(lat, 50),
      p95: pct(lat, 95),
      p99: pct(lat, 99),
      mean,
      max: Math.max(...lat),
      min: Math.min(...lat),
      latenciesMs: lat.map((x) => +x.toFixed(2)),
    };
  } finally {
    try {
      await conn.sendRequest('shutdown');
      conn.sendNotification('exit');
    } catch {
      /* already gone */
    }
    setTimeout(() => {
      if (proc.exitCode === null) proc.kill();
    }, 1000).unref();
    conn.dispose();
  }
}

// ---------------------------------------------------------------- 3. cold index of a synthetic workspace
function makeWorkspace(drafts, sources) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `onrecord-bench-ws-${drafts}-`));
  for (let i = 0; i < drafts; i++) {
    const sub = path.join(dir, 'drafts', `d${String(Math.floor(i / 100)).padStart(3, '0')}`);
    if (i % 100 === 0) fs.mkdirSync(sub, { recursive: true });
    const md = i % 4 !== 3;
    fs.writeFileSync(path.join(sub, `draft-${i}.${md ? 'md' : 'txt'}`), smallDraft(i + 1, md, 3 + (i % 4)));
  }
  fs.mkdirSync(path.join(dir, 'sources'), { recursive: true });
  for (let i = 0; i < sources; i++) {
    const md = i % 2 === 0;
    fs.writeFileSync(path.join(dir, 'sources', `source-${i}.${md ? 'md' : 'txt'}`), sourceFile(i + 1, md));
  }
  let bytes = 0;
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const f = path.join(d, e.name);
      if (e.isDirectory()) walk(f);
      else bytes += fs.statSync(f).size;
    }
  };
  walk(dir);
  return { dir, bytes };
}

function timeCheck(dir, timeoutMs, extra = []) {
  const cli = path.join(root, 'dist/cli.js');
  const cliArgs = [
    'check',
    dir,
    '--sources',
    path.join(dir, 'sources'),
    '--format',
    'json',
    '--fail-on',
    'none',
    ...extra,
  ];
  const hasTime = fs.existsSync('/usr/bin/time');
  let cmd, argv, rssFile;
  if (hasTime) {
    cmd = '/usr/bin/time';
    argv = ['-v', process.execPath, cli, ...cliArgs];
  } else {
    rssFile = path.join(outDir, 'rss.json');
    const wrap = path.join(outDir, 'rss-wrap.cjs');
    fs.writeFileSync(
      wrap,
      "const [out, cli, ...a] = process.argv.slice(2); process.argv = [process.argv[0], cli, ...a];\nprocess.on('exit', () => require('fs').writeFileSync(out, JSON.stringify({ maxRSSkB: process.resourceUsage().maxRSS })));\nrequire(cli);\n",
    );
    cmd = process.execPath;
    argv = [wrap, rssFile, cli, ...cliArgs];
  }
  return new Promise((resolve) => {
    const start = performance.now();
    const p = spawn(cmd, argv, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] }); // stdout → /dev/null
    let err = '';
    p.stderr.on('data', (d) => {
      err += d;
      if (err.length > 1e6) err = err.slice(-1e5);
    });
    const timer = setTimeout(() => {
      p.kill('SIGKILL');
    }, timeoutMs);
    p.on('exit', (code, signal) => {
      clearTimeout(timer);
      const seconds = (performance.now() - start) / 1000;
      let rssKB = null;
      const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(err);
      if (m) rssKB = +m[1];
      else if (rssFile && fs.existsSync(rssFile)) rssKB = JSON.parse(fs.readFileSync(rssFile, 'utf8')).maxRSSkB;
      const timedOut = signal === 'SIGKILL';
      const cliErr = err
        .split('\n')
        .filter((l) => /^onrecord:/.test(l))
        .slice(0, 3)
        .join(' | ');
      resolve({
        seconds,
        rssKB,
        code,
        timedOut,
        rssMethod: hasTime ? '/usr/bin/time -v' : 'process.resourceUsage() in wrapper',
        cliErr,
      });
    });
  });
}

if (want('index')) {
  say('\n[3/5] cold index of a synthetic workspace (dist/cli.js check) ...');
  const full = { drafts: 10_000, sources: 2_000 };
  const runs = [];
  const cleanup = [];
  const measure = async (drafts, sources, timeoutMs) => {
    const g0 = performance.now();
    const ws = makeWorkspace(drafts, sources);
    cleanup.push(ws.dir);
    say(
      `  generated ${drafts} drafts + ${sources} sources (${mb(ws.bytes)}) in ${fmt((performance.now() - g0) / 1000, 1)} s; running check ...`,
    );
    const r = { drafts, sources, bytes: ws.bytes, ...(await timeCheck(ws.dir, timeoutMs)) };
    say(
      `  ${r.timedOut ? 'TIMED OUT after' : 'done in'} ${fmt(r.seconds, 1)} s, peak RSS ${r.rssKB ? mb(r.rssKB * 1024) : 'n/a'}, exit ${r.code}`,
    );
    runs.push(r);
    return r;
  };
  try {
    // Double the workspace (drafts:sources = 5:1) from 250 drafts towards 10,000 while the next size is predicted
    // to fit the time budget; when 10,000 is not reached, extrapolate from the two largest runs, clearly marked.
    const budgetS = quick ? 20 : 75;
    const sizes = quick ? [250] : [250, 500, 1_000, 2_000, 4_000, 10_000];
    let spent = 0;
    for (const drafts of sizes) {
      const sources = drafts / 5;
      const done = runs.filter((r) => !r.timedOut);
      if (done.length) {
        const a = done[done.length - 1];
        const b = done.length > 1 ? done[done.length - 2] : null;
        const exp = b
          ? Math.min(2.5, Math.max(1, Math.log(a.seconds / b.seconds) / Math.log(a.drafts / b.drafts)))
          : 1.5;
        const predicted = a.seconds * Math.pow(drafts / a.drafts, exp);
        if (spent + predicted > budgetS) {
          say(`  next size (${drafts} drafts) predicted ${fmt(predicted, 0)} s: stopping`);
          break;
        }
      }
      const r = await measure(drafts, sources, Math.max(30, budgetS - spent + 30) * 1000);
      spent += r.seconds;
      if (r.timedOut) break;
    }
    const done = runs.filter((r) => !r.timedOut);
    if (!done.length) throw new Error(`even ${runs[0]?.drafts} drafts did not finish in time`);
    let result = done[done.length - 1];
    if (result.drafts < full.drafts) {
      const a = result;
      const b = done.length > 1 ? done[done.length - 2] : null;
      const exponent = b
        ? Math.min(2.5, Math.max(1, Math.log(a.seconds / b.seconds) / Math.log(a.drafts / b.drafts)))
        : 1;
      raw.indexExtrapolated = {
        fromDrafts: a.drafts,
        exponent,
        exponentFrom: b ? `${b.drafts}→${a.drafts} drafts` : 'assumed linear',
        seconds: a.seconds * Math.pow(full.drafts / a.drafts, exponent),
        linearSeconds: a.seconds * (full.drafts / a.drafts),
      };
      result = { ...a, extrapolated: raw.indexExtrapolated };
    }
    raw.index = { runs, result };
    const size = `${result.drafts} drafts + ${result.sources} sources, ${mb(result.bytes)}, default --jobs (${machine.cores} threads)`;
    const rss = result.rssKB ? mb(result.rssKB * 1024) : 'n/a';
    const bad = result.code !== 0 ? `; EXIT CODE ${result.code}${result.cliErr ? ` (${result.cliErr})` : ''}` : '';
    const scaling = runs.map((r) => `${r.drafts}→${r.timedOut ? 'timeout' : fmt(r.seconds, 1) + 's'}`).join(', ');
    if (result.extrapolated) {
      const x = result.extrapolated;
      row(
        '3',
        `cold index: check --format json, ${result.drafts.toLocaleString('en-US')} drafts + ${result.sources.toLocaleString('en-US')} sources (measured)`,
        `${fmt(result.seconds, 1)} s, peak RSS ${rss}`,
        `${size}; RSS via ${result.rssMethod}; runs (drafts→s): ${scaling}${bad}`,
      );
      row(
        '3x',
        'cold index, 10,000 drafts + 2,000 sources',
        `EXTRAPOLATED ≈ ${fmt(x.seconds, 0)} s`,
        `NOT MEASURED (over the ${budgetS} s budget): time ∝ drafts^${fmt(x.exponent, 2)} ${x.exponentFrom === 'assumed linear' ? '(one run only: linear assumed)' : `fitted on ${x.exponentFrom}`}; a linear extrapolation would give ${fmt(x.linearSeconds, 0)} s`,
      );
    } else {
      row(
        '3',
        `cold index: check --format json (${result.drafts.toLocaleString('en-US')} drafts + ${result.sources.toLocaleString('en-US')} sources)`,
        `${fmt(result.seconds, 1)} s, peak RSS ${rss}`,
        `${size}; ${fmt(result.drafts / result.seconds, 0)} drafts/s; RSS via ${result.rssMethod}; runs: ${scaling}${bad}`,
      );
    }
  } catch (e) {
    row('3', 'cold index', 'FAILED', e.message);
  } finally {
    if (!keep) for (const d of cleanup) fs.rmSync(d, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- 4. memory per open draft
if (want('memory')) {
  say('\n[4/5] memory per analysed 10,000-word draft ...');
  const out = path.join(outDir, 'memory.json');
  try {
    await runNode(['--expose-gc', worker, 'memory', out, ...(quick ? ['--quick'] : [])]);
    const r = JSON.parse(fs.readFileSync(out, 'utf8'));
    raw.memory = r;
    row(
      '4',
      `heap per open ${r.words}-word draft (analyzeText result kept)`,
      `${fmt(r.perDraftBytes / 1e6)} MB`,
      `(heapUsed after − before) ÷ ${r.copies} distinct drafts, after gc(); excludes the ${(r.chars / 1000).toFixed(0)}k-char source text itself`,
    );
  } catch (e) {
    row('4', 'memory per open draft', 'FAILED', e.message);
  }
}

// ---------------------------------------------------------------- 5. warm re-open
if (want('index') || want('warm')) {
  say('\n[5/5] warm re-open: check --cache DIR twice on the same workspace ...');
  const drafts = quick ? 250 : (raw.index?.result?.drafts ?? 1000);
  const ws = makeWorkspace(drafts, drafts / 5);
  const cacheDir = path.join(ws.dir, '.onrecord-cache');
  try {
    const cold = await timeCheck(ws.dir, 300_000, ['--cache', cacheDir]);
    const warm = await timeCheck(ws.dir, 300_000, ['--cache', cacheDir]);
    raw.warm = { drafts, cold, warm };
    row(
      '5',
      `warm re-open from on-disk cache (${drafts.toLocaleString('en-US')} drafts + ${(drafts / 5).toLocaleString('en-US')} sources)`,
      `${fmt(warm.seconds, 1)} s`,
      `first run with an empty cache ${fmt(cold.seconds, 1)} s → second run ${fmt(warm.seconds, 1)} s (${fmt(cold.seconds / warm.seconds, 1)}× faster); every draft's result and the cross-draft findings read from the cache, drafts and sources read again and hashed; exit ${warm.code}`,
    );
  } catch (e) {
    row('5', 'warm re-open from on-disk cache', 'FAILED', e.message);
  } finally {
    if (!keep) fs.rmSync(ws.dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- 6. the CLI over real news, on 1 and more threads
if (want('cli')) {
  say('\n[6] onrecord check --format json over the PolNeAR articles, --jobs 1 and more ...');
  try {
    raw.cli = await cliThroughput();
    const { articles, bytes, runs } = raw.cli;
    const one = runs.find((r) => r.jobs === 1);
    for (const r of runs) {
      const speedup = r.jobs > 1 && one ? `; ${fmt(one.seconds / r.seconds)}× --jobs 1` : '';
      row(
        `6${r.jobs}`,
        `onrecord check --format json --jobs ${r.jobs}, ${articles} real articles as .md`,
        `${fmt(r.mbps)} MB/s`,
        `${mb(bytes)} in ${fmt(r.seconds, 1)} s, start-up (${fmt(r.startup, 2)} s) excluded; median of ${r.times.length} runs (${r.times.map((t) => fmt(t, 1)).join(', ')} s)${speedup}; CPU ${fmt(r.cpu, 1)} s all threads (${fmt(r.mbPerCpuSecond)} MB per CPU-second)`,
      );
    }
  } catch (e) {
    row('6', 'onrecord check over real articles', 'FAILED', e.message);
  }
}

/** `onrecord check` as users run it, on the PolNeAR train+dev articles written out as .md files (in a temp folder) */
async function cliThroughput() {
  const corpora = process.env.ONRECORD_CORPORA ?? path.resolve(root, '..', 'shared', 'corpora');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-bench-cli-'));
  fs.mkdirSync(path.join(dir, 'drafts'));
  fs.mkdirSync(path.join(dir, 'one'));
  fs.writeFileSync(path.join(dir, 'one', 'a.md'), 'Nothing here, she said.\n');
  let articles = 0,
    bytes = 0;
  for (const f of ['train.jsonl', 'dev.jsonl'])
    for (const l of fs.readFileSync(path.join(corpora, 'polnear', 'jsonl', f), 'utf8').split('\n')) {
      if (!l.trim() || (quick && articles >= 150)) continue;
      const t = JSON.parse(l).text;
      fs.writeFileSync(path.join(dir, 'drafts', `a${articles++}.md`), t);
      bytes += Buffer.byteLength(t);
    }
  const cli = path.join(root, 'dist/cli.js');
  // wall seconds, and CPU seconds (user + system, all threads) from GNU time when it exists
  const cpuFile = path.join(dir, 'cpu.txt');
  const hasTime = fs.existsSync('/usr/bin/time');
  const time = (folder, jobs) => {
    const argv = [cli, 'check', '--format', 'json', '--fail-on', 'none', '--jobs', String(jobs), folder];
    const t = performance.now();
    const r = hasTime
      ? spawnSync('/usr/bin/time', ['-f', '%U %S', '-o', cpuFile, process.execPath, ...argv], {
          cwd: dir,
          stdio: ['ignore', 'ignore', 'pipe'],
        })
      : spawnSync(process.execPath, argv, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    const wall = (performance.now() - t) / 1000;
    if (r.status !== 0)
      throw new Error(`onrecord check --jobs ${jobs} exited ${r.status}: ${String(r.stderr).slice(0, 200)}`);
    const cpu = hasTime
      ? fs
          .readFileSync(cpuFile, 'utf8')
          .trim()
          .split(/\s+/)
          .reduce((x, y) => x + Number(y), 0)
      : NaN;
    return { wall, cpu };
  };
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const jobsList = [...new Set([1, 2, machine.cores])];
  const ri = args.indexOf('--repeats');
  const repeats = ri >= 0 ? Math.max(1, Number(args[ri + 1]) || 1) : quick ? 1 : 3;
  const runs = [];
  try {
    for (const jobs of jobsList) {
      const base = [time('one', jobs), time('one', jobs)];
      const startup = median(base.map((x) => x.wall));
      const startupCpu = median(base.map((x) => x.cpu));
      const all = Array.from({ length: repeats }, () => time('drafts', jobs));
      const times = all.map((x) => x.wall - startup);
      const seconds = median(times);
      const cpu = median(all.map((x) => x.cpu - startupCpu));
      runs.push({ jobs, startup, times, seconds, mbps: bytes / 1e6 / seconds, cpu, mbPerCpuSecond: bytes / 1e6 / cpu });
      say(`  --jobs ${jobs}: ${fmt(seconds, 1)} s (${fmt(bytes / 1e6 / seconds)} MB/s)`);
    }
  } finally {
    if (!keep) fs.rmSync(dir, { recursive: true, force: true });
  }
  return { articles, bytes, runs };
}

// ---------------------------------------------------------------- report
console.log('');
const header = { id: '#', measurement: 'Measurement', result: 'Result', detail: 'Detail' };
const all = [header, ...rows];
const w = (k) => Math.max(...all.map((r) => String(r[k]).length));
const [wi, wm, wr] = [w('id'), w('measurement'), w('result')];
const line = (r) =>
  `${String(r.id).padEnd(wi)}  ${String(r.measurement).padEnd(wm)}  ${String(r.result).padEnd(wr)}  ${r.detail}`;
console.log(line(header));
console.log(`${'-'.repeat(wi)}  ${'-'.repeat(wm)}  ${'-'.repeat(wr)}  ${'-'.repeat(6)}`);
for (const r of rows) console.log(line(r));
if (raw.profile) {
  console.log('');
  if (raw.profile.error) console.log(`profile failed: ${raw.profile.error}`);
  else {
    console.log(
      `CPU profile of OnRecord per-article throughput (${raw.profile.file}, ${raw.profile.totalMs} ms sampled), top self time:`,
    );
    raw.profile.top
      .slice(0, 3)
      .forEach((t, i) => console.log(`  ${i + 1}. ${t.selfMs} ms (${t.selfPct}%)  ${t.function}  [${t.where}]`));
  }
}
const elapsed = (Date.now() - t0) / 1000;
console.log(
  `\nbench wall time ${fmt(elapsed, 0)} s; load average at end ${os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}. Results: ${path.relative(root, path.join(outDir, 'results.json'))}`,
);
fs.writeFileSync(
  path.join(outDir, 'results.json'),
  JSON.stringify({ date: new Date().toISOString(), quick, machine, elapsedSeconds: elapsed, rows, raw }, null, 2),
);
