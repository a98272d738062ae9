#!/usr/bin/env node
// Runs the TextMate grammar tests (vscode-tmgrammar-test) for syntaxes/onrecord.injection.json.
//   node test/grammar/run.mjs          (npm run test:grammar)
// The injection grammar is taken from package.json's contributes.grammars (injectTo markdown and plain
// text); the host grammars are the Markdown grammar of the VS Code 1.100 that the editor tests install
// (code-server 4.100.3, via test/vscode/install-code-server.sh) and a stand-in for text.plain. Cases: test/grammar/cases,
// one assertion line (`^^^ scope - excluded scopes`) under each source line.
// The Markdown grammar embeds some fifty code languages that are not needed here: the runner's
// "grammar not found" warnings for them are dropped. Exit code: the runner's (0 = all cases passed).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = createRequire(import.meta.url).resolve('vscode-tmgrammar-test/dist/unit.js');
// VS Code's own Markdown grammar, from the installed editor (not a copy in this repository)
const inst = spawnSync('bash', [path.join(ROOT, 'test/vscode/install-code-server.sh')], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
});
if (inst.status !== 0) {
  console.error('test/grammar: could not install code-server for its Markdown grammar (see above)');
  process.exit(1);
}
const entry = inst.stdout.trim().split('\n').pop();
const mdGrammar = path.resolve(
  path.dirname(entry),
  '../../lib/vscode/extensions/markdown-basics/syntaxes/markdown.tmLanguage.json',
);
const r = spawnSync(
  process.execPath,
  [
    bin,
    '--config',
    'package.json',
    '-g',
    mdGrammar,
    '-g',
    'test/grammar/plain.tmLanguage.json',
    'test/grammar/cases/*.test.*',
  ],
  { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 },
);
process.stdout.write(r.stdout ?? '');
process.stderr.write(
  (r.stderr ?? '')
    .split('\n')
    .filter((l) => !/^grammar not found for "/.test(l))
    .join('\n'),
);
if (r.error) {
  console.error(`test/grammar: ${r.error.message}`);
  process.exit(1);
}
process.exit(r.status ?? 1);
