/** Entry point of the bundled evaluation (built and launched by eval/run.mjs). */
import * as fs from 'fs';
import * as path from 'path';
import { corporaRoot, EvalOptions, MissingDataError } from './common';
import { CorpusResult } from './metrics';
import { runPolnear } from './score-attribution';
import { runConll } from './score-entities';
import { runNewsquant } from './score-quantities';
import { runMcae } from './score-sourcing';

const RUNNERS: Record<string, (o: EvalOptions) => CorpusResult> = {
  polnear: runPolnear,
  conll: runConll,
  newsquant: runNewsquant,
  mcae: runMcae,
};

export const USAGE =
  'usage: node eval/run.mjs [polnear|conll|newsquant|mcae|all] [--split train|dev|test] [--limit N] [--json out.json] [--include-unattributed]';

function parseArgs(argv: string[]) {
  const o: EvalOptions & { which: string[]; json: string | null } = {
    which: [],
    split: 'dev',
    limit: null,
    verbose: false,
    includeUnattributed: false,
    json: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value\n${USAGE}`);
      return v;
    };
    if (a === '--split') {
      const v = val();
      if (!['train', 'dev', 'test'].includes(v)) throw new Error(`bad --split ${v}\n${USAGE}`);
      o.split = v as EvalOptions['split'];
    } else if (a === '--limit') {
      const n = Number(val());
      if (!Number.isInteger(n) || n <= 0) throw new Error(`bad --limit\n${USAGE}`);
      o.limit = n;
    } else if (a === '--json') o.json = val();
    else if (a === '--core')
      val(); // handled by run.mjs
    else if (a === '--include-unattributed') o.includeUnattributed = true;
    else if (a === '-v' || a === '--verbose') o.verbose = true;
    else if (a === '-h' || a === '--help') {
      console.log(USAGE);
      process.exit(0);
    } else if (a === 'all') o.which.push(...Object.keys(RUNNERS));
    else if (a in RUNNERS) o.which.push(a);
    else throw new Error(`unknown argument ${a}\n${USAGE}`);
  }
  if (!o.which.length) o.which = Object.keys(RUNNERS);
  o.which = [...new Set(o.which)];
  return o;
}

export function main(argv: string[]): number {
  let o: ReturnType<typeof parseArgs>;
  try {
    o = parseArgs(argv);
  } catch (e) {
    console.error((e as Error).message);
    return 2;
  }
  const core = process.env.ONRECORD_EVAL_CORE ?? 'real';
  console.log(
    `OnRecord eval — core: ${core}, split: ${o.split}${o.limit ? `, limit: ${o.limit}` : ''}, corpora: ${corporaRoot()}`,
  );
  if (o.split === 'test') console.log('NOTE: test split — measure once, do not tune against these numbers.');
  const results: CorpusResult[] = [];
  const failures: Array<{ corpus: string; error: string }> = [];
  for (const name of o.which) {
    console.log(`\n=== ${name} ===`);
    try {
      const r = RUNNERS[name](o);
      results.push(r);
      console.log(
        `${r.docs} doc(s), split ${r.split}, ${r.seconds.toFixed(1)}s${r.errors ? `, ${r.errors} core error(s)` : ''}`,
      );
      console.log(r.text);
      for (const n of r.notes) console.log(`  · ${n}`);
    } catch (e) {
      const msg = e instanceof MissingDataError ? e.message : ((e as Error)?.stack ?? String(e));
      console.log(`SKIPPED ${name}: ${msg}`);
      failures.push({ corpus: name, error: (e as Error)?.message ?? String(e) });
    }
  }
  if (o.json) {
    const out = {
      generated: new Date().toISOString(),
      core,
      split: o.split,
      limit: o.limit,
      results: Object.fromEntries(
        results.map((r) => [
          r.corpus,
          { split: r.split, docs: r.docs, errors: r.errors, seconds: r.seconds, notes: r.notes, metrics: r.metrics },
        ]),
      ),
      failures,
    };
    const p = path.resolve(process.env.ONRECORD_EVAL_CWD ?? process.cwd(), o.json);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, JSON.stringify(out, null, 2) + '\n');
    console.log(`\nJSON written to ${p}`);
  }
  return failures.length && !results.length ? 1 : 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
