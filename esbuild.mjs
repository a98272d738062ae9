// Builds the bundles: the VS Code client, the language server, the CLI and the test bundles.
import * as esbuild from 'esbuild';
import { readFileSync, existsSync, readdirSync } from 'fs';
import { createHash } from 'crypto';
import * as path from 'path';
import { gazetteerPlugin } from './scripts/gazetteer-plugin.mjs';
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
/**
 * a hash of the engine's sources and word lists: the on-disk cache's entries are kept per engine, so a build with a
 * changed rule or list never reads results the old one cached, though the version number is the same
 */
function engineHash() {
  const h = createHash('sha256');
  const files = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const f = path.join(dir, e.name);
      if (e.isDirectory()) walk(f);
      else files.push(f);
    }
  };
  ['server/src', 'protocol'].forEach(walk);
  for (const f of files.sort()) h.update(f).update('\0').update(readFileSync(f)).update('\0');
  return h.digest('hex').slice(0, 16);
}
const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // esbuild otherwise rewrites every regex literal with \p{…} into `new RegExp(…)`, built again on each call of the
  // function it is in (Node has had Unicode property escapes since version 10)
  supported: { 'regexp-unicode-property-escapes': true },
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  define: { VERSION: JSON.stringify(pkg.version), ENGINE: JSON.stringify(engineHash()) },
  mainFields: ['module', 'main'],
  plugins: [gazetteerPlugin],
};
const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' },
  { ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // worker threads of `onrecord check --jobs N`, next to the bundle that starts them
  { ...common, entryPoints: ['server/src/sources/check-worker.ts'], outfile: 'dist/check-worker.js' },
];
if (process.argv.includes('--tests')) {
  const tests = [
    ['test/protocol/protocol.test.ts', 'out/test/protocol.js'],
    ['test/vscode/suite/index.ts', 'out/test/vscode-suite.js'],
    ['server/src/sources/check-worker.ts', 'out/test/check-worker.js'], // the unit tests run the CLI in process
  ];
  // the unit suite is every test/unit/*.test.ts: no hand-kept index to forget a file in
  const unit = readdirSync('test/unit')
    .filter((f) => f.endsWith('.test.ts'))
    .sort();
  builds.push({
    ...common,
    stdin: { contents: unit.map((f) => `import './${f}';`).join('\n'), resolveDir: 'test/unit', loader: 'ts' },
    outfile: 'out/test/unit.js',
    external: ['vscode', 'mocha'],
  });
  for (const [entry, outfile] of tests) {
    if (!existsSync(entry)) continue; // its runner fails loudly when the bundle is missing
    builds.push({ ...common, entryPoints: [entry], outfile, external: ['vscode', 'mocha'] });
  }
}
if (watch) {
  for (const b of builds) (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
