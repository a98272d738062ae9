// CI gate: runs the evaluation and fails (exit 1) when a measured F1 drops below its floor in eval/floors.json.
import { execFileSync } from 'child_process';
import { readFileSync, mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { fileURLToPath } from 'url';

const here = path.dirname(fileURLToPath(import.meta.url));
const { split, floors } = JSON.parse(readFileSync(path.join(here, 'floors.json'), 'utf8'));
const out = path.join(mkdtempSync(path.join(tmpdir(), 'onrecord-eval-')), 'eval.json');
execFileSync(process.execPath, [path.join(here, 'run.mjs'), 'all', '--split', split, '--json', out], {
  stdio: ['ignore', 'inherit', 'inherit'],
});
const results = JSON.parse(readFileSync(out, 'utf8'));
let failed = 0,
  passed = 0;
for (const [key, floor] of Object.entries(floors)) {
  const [corpus, ...rest] = key.split('.');
  let v = results.results?.[corpus]?.metrics;
  for (const k of rest) v = v?.[k];
  if (typeof v !== 'number') {
    console.error(`eval floor: ${key} was not measured (is ../shared/corpora there?)`);
    failed++;
    continue;
  }
  const got = v * 100;
  if (got + 1e-9 < floor) {
    console.error(`eval floor: ${key} = ${got.toFixed(1)} is below its floor ${floor}`);
    failed++;
  } else {
    console.log(`eval floor: ${key} = ${got.toFixed(1)} ≥ ${floor}`);
    passed++;
  }
}
console.log(`eval floors: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
