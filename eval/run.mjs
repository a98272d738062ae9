#!/usr/bin/env node
// Builds eval/main.ts (and the core it imports) with esbuild into .eval-build/, then runs it.
// usage: node eval/run.mjs [polnear|conll|newsquant|mcae|all] [--split train|dev|test] [--limit N] [--json out.json]
//                          [--include-unattributed]
import { createRequire } from 'module';
import { spawnSync } from 'child_process';
import * as path from 'path';
import { fileURLToPath } from 'url';

const require = createRequire(import.meta.url);
const evalDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(evalDir, '..');
const outdir = path.join(root, '.eval-build');
const args = process.argv.slice(2);

let esbuild;
try {
  esbuild = require('esbuild');
} catch {
  console.error('esbuild is not installed (npm install in the project root)');
  process.exit(2);
}

try {
  await esbuild.build({
    entryPoints: [path.join(evalDir, 'main.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outdir,
    sourcemap: 'inline',
    logLevel: 'silent',
    plugins: [(await import('../scripts/gazetteer-plugin.mjs')).gazetteerPlugin],
  });
} catch (e) {
  const errs = e?.errors ?? [];
  for (const m of errs) {
    const loc = m.location ? `${m.location.file}:${m.location.line}:${m.location.column}: ` : '';
    console.error(`build error: ${loc}${m.text}`);
  }
  if (!errs.length) console.error(`build failed: ${e?.message ?? e}`);
  process.exit(2);
}

const r = spawnSync(process.execPath, ['--enable-source-maps', path.join(outdir, 'main.js'), ...args], {
  stdio: 'inherit',
  env: { ...process.env, ONRECORD_PROJECT_ROOT: root, ONRECORD_EVAL_CWD: process.cwd() },
});
process.exit(r.status ?? 1);
