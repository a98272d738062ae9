/** `onrecord check|sheet|lsp`: the same engine as the language server, for CI and the terminal. */
import * as fs from 'fs';
import * as path from 'path';
import { parseArgs } from 'util';
import { execFileSync } from 'child_process';
import { Project, uriToPath } from '../sources/project';
import { DEFAULT_SETTINGS, type Settings } from '../../../protocol/settings';
import {
  batchProject,
  batchWorkers,
  checkDrafts,
  crossCheck,
  documentJson,
  outcomeJson,
  outcomeText,
  type BatchSetup,
  type DraftJob,
  type DraftOutcome,
} from '../sources/batch';
import { defaultThreads, Pool } from '../sources/pool';
import { Spool } from '../sources/spool';
import { findProjectRoot } from '../sources/project-root';
import { severityRank, ISSUES_URL, type JsonDiagnostic } from '../core/report';
import type { JsonDocument } from '../../../protocol/report';
import { toSarif, toGithub } from './sarif';
import { RULE_IDS } from '../core/rules';
import { toSheet } from '../../../protocol/sheet';
import { formatProfile, profileReport } from './profile';

declare const VERSION: string;

const HELP = `onrecord ${VERSION}: who said what, and where every quote and figure comes from.

Usage:
  onrecord check [paths...] [--sources DIR] [--format text|json|sarif|github] [--config FILE] [--fail-on error|warning|info|none]
                 [--only CODE,...] [--ignore CODE,...] [--changed [--base REF]] [--cache DIR] [--jobs N]
  onrecord sheet [paths...] [--sources DIR] [--format csv|md|json] [--output FILE] [--only CODE,...] [--ignore CODE,...] [--changed [--base REF]]
  onrecord profile [paths...] [--sources DIR] [--format text|json|csv]
                                 the sourcing profile of each draft and of them all (named, anonymous, unattributed)
  onrecord lsp --stdio           start the language server (for Neovim, Helix, Emacs, Zed, ...)
  onrecord --version | --help

Paths may be files or folders (default: the current folder). Folders are searched for *.md, *.markdown
and *.txt, skipping node_modules, .git and the sources folder. The project is the nearest folder at or above
the checked paths that holds sources/ or .onrecord.json (not above the repository's top or the home folder),
else the current folder; its sources/ and .onrecord.json apply unless --sources or --config say otherwise.

  --format github   GitHub Actions annotations (::error/::warning/::notice file=...,line=...,col=...::message)
  --format sarif    SARIF 2.1.0 for code scanning (github/codeql-action/upload-sarif)
  --format json     the report; its JSON schema ships as schema/report.schema.json
  --only CODES      report only these codes (comma-separated; repeatable)
  --ignore CODES    drop these codes
  --cache DIR       keep results on disk in DIR: a second run reads an unchanged draft's analysis, its check
                    against unchanged sources and the cross-draft findings instead of redoing them (keyed by
                    the texts, the settings and the engine build)
  --jobs N          analyse drafts on N threads (default: one per core); the report is the same for any N
  --changed         only drafts changed against HEAD (tracked changes, staged or not, and untracked files)
  --base REF        with --changed: changed since the merge base of REF and HEAD (e.g. --base origin/main)

Codes: ${RULE_IDS.join(', ')}.

Exit codes: 0 nothing at or above --fail-on (default error); 1 findings at or above it; 2 usage error or unreadable path;
3 a draft could not be read or analysed (it is in the report with an "error"; stderr says why). 3 wins over 0 and 1.
`;

class UsageError extends Error {}

const FORMATS: Record<string, string[]> = {
  check: ['text', 'json', 'sarif', 'github'],
  sheet: ['csv', 'md', 'json'],
  profile: ['text', 'json', 'csv'],
};

export async function runCli(
  argv: string[],
  out: (s: string) => void = (s) => process.stdout.write(s),
  err: (s: string) => void = (s) => process.stderr.write(s),
): Promise<number> {
  try {
    return await run(argv, out, err);
  } catch (e) {
    if (
      e instanceof UsageError ||
      (e as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ||
      (e as { code?: string }).code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
    ) {
      err(`onrecord: ${(e as Error).message}\nRun 'onrecord --help' for usage.\n`);
      return 2;
    }
    throw e;
  }
}

async function run(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  if (argv[0] === '--version' || argv[0] === '-v') {
    out(VERSION + '\n');
    return 0;
  }
  if (!argv.length || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    out(HELP);
    return argv.length ? 0 : 2;
  }
  const cmd = argv[0];
  if (cmd === 'lsp') {
    const { startServer } = await import('../lsp/server');
    if (!argv.includes('--stdio') && !argv.some((a) => a.startsWith('--node-ipc') || a.startsWith('--socket')))
      process.argv.push('--stdio');
    startServer();
    return new Promise<number>(() => {});
  }
  if (cmd !== 'check' && cmd !== 'sheet' && cmd !== 'profile')
    throw new UsageError(`unknown command '${cmd}'. Use 'check', 'sheet', 'profile' or 'lsp'.`);
  const { values, positionals } = parseArgs({
    args: argv.slice(1),
    allowPositionals: true,
    strict: true,
    options: {
      sources: { type: 'string' },
      format: { type: 'string' },
      config: { type: 'string' },
      'fail-on': { type: 'string' },
      output: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
      only: { type: 'string', multiple: true },
      ignore: { type: 'string', multiple: true },
      changed: { type: 'boolean' },
      base: { type: 'string' },
      cache: { type: 'string' },
      jobs: { type: 'string', short: 'j' },
    },
  });
  if (values.help) {
    out(HELP);
    return 0;
  }
  const format = values.format ?? (cmd === 'sheet' ? 'csv' : 'text');
  const formats = FORMATS[cmd];
  if (!formats.includes(format))
    throw new UsageError(`--format must be one of ${formats.join(', ')} (got '${format}')`);
  const failOn = values['fail-on'] ?? 'error';
  if (!['error', 'warning', 'info', 'information', 'none'].includes(failOn))
    throw new UsageError(`--fail-on must be error, warning, info or none (got '${failOn}')`);
  const only = codeList('--only', values.only);
  const ignore = codeList('--ignore', values.ignore);
  if (values.config && !fs.existsSync(values.config)) throw new UsageError(`config file not found: ${values.config}`);
  const cwd = process.cwd();
  const paths = positionals.length ? positionals : ['.'];
  for (const p of paths) {
    try {
      fs.accessSync(p, fs.constants.R_OK);
    } catch {
      throw new UsageError(`cannot read '${p}': check the path exists and is readable`);
    }
  }
  // the checked folder's own sources/ and .onrecord.json apply, wherever the command runs from
  const root = findProjectRoot(paths, cwd);
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    ...Project.readConfigFile(root, (m) => err(m + '\n'), values.config),
  };
  if (values.sources) {
    if (!fs.existsSync(values.sources) || !fs.statSync(values.sources).isDirectory())
      throw new UsageError(`--sources: no such folder: ${values.sources}`);
    settings.sourcesPath = path.resolve(values.sources);
  }
  const changed = values.changed || values.base !== undefined ? changedFiles(cwd, values.base) : null;
  const threads = jobsOption(values.jobs);
  const setup: BatchSetup = {
    root,
    settings,
    explicitSourceDirs: values.sources ? [path.resolve(values.sources)] : [],
    cacheDir: values.cache ? path.resolve(values.cache) : null,
    only: only && [...only],
    ignore: ignore && [...ignore],
  };
  const project = batchProject(setup, true, (m) => err(`onrecord: ${m}\n`));
  // malformed bibliographies, source front matter and .onrecord.json: say where, on stderr (stdout stays parseable)
  for (const fp of [...project.fileProblems, ...(values.config ? Project.configProblems(values.config) : [])]) {
    const file = uriToPath(fp.uri);
    const where = file !== null ? path.relative(cwd, file) || fp.uri : fp.uri;
    err(`onrecord: ${where}:${fp.line + 1}: ${fp.severity} ${fp.message}\n`);
  }
  const files = project.collectDrafts(paths);
  const docs: JsonDocument[] = [];
  const texts: Record<string, string> = {};
  // every draft is analysed (on every thread), so that name consistency sees all of them; the changed ones are reported
  const jobs: DraftJob[] = files.map((f) => ({
    file: f,
    rel: path.relative(cwd, f) || f,
    report: !changed || changed.has(realpath(f)),
  }));
  const threshold = failOn === 'none' ? Infinity : severityRank(failOn === 'info' ? 'information' : failOn);
  const streamJson = cmd === 'check' && format === 'json';
  let streamed = 0,
    streamFailing = false,
    failed = 0;
  /** a reported draft's document, in draft order, as soon as pass 2 has its final diagnostics */
  const report = (o: DraftOutcome, job: DraftJob, diagnostics: JsonDiagnostic[] | undefined) => {
    let doc: JsonDocument;
    let json: string;
    if (o.failure) {
      // never silent: the draft stays in the report with its error, stderr says what failed, the exit code is 3
      failed++;
      err(failureMessage(job.rel, o.failure, o.failure.unreadable));
      doc = {
        path: job.rel,
        claims: [],
        figures: [],
        entities: [],
        diagnostics: [],
        error: { message: o.failure.message },
      };
      json = JSON.stringify(doc, null, 2).replace(/^/gm, '    ');
    } else {
      if (diagnostics!.some((x) => severityRank(x.severity) >= threshold)) streamFailing = true;
      if (streamJson) json = documentJson(o, diagnostics!, spool);
      else doc = { ...(JSON.parse(outcomeJson(o, spool)) as JsonDocument), diagnostics: diagnostics! };
    }
    if (streamJson) {
      // JSON is written document by document, as pass 1 built it
      out((streamed++ ? ',\n' : '') + json!);
      return;
    }
    texts[doc!.path] = outcomeText(o, spool) ?? '';
    docs.push(doc!);
  };
  const workerFile = path.join(__dirname, 'check-worker.js');
  const pool = new Pool(batchWorkers(jobs, threads, workerFile), workerFile, setup);
  const spool = jobs.length > 1 ? Spool.open() : null;
  try {
    const outcomes = await checkDrafts(project, setup, jobs, pool, spool);
    if (streamJson) out(`{\n  "version": ${JSON.stringify(VERSION)},\n  "documents": [\n`);
    await crossCheck(pool, project, jobs, outcomes, report, spool);
  } finally {
    await pool.close();
    spool?.close();
  }
  if (streamJson) {
    out(`${streamed ? '\n' : ''}  ]\n}\n`);
    return failed ? 3 : streamFailing ? 1 : 0;
  }
  if (changed && !docs.length && format === 'text')
    err(`onrecord: no changed drafts${values.base ? ` since ${values.base}` : ''}\n`);
  if (cmd === 'profile') {
    const p = formatProfile(profileReport(docs, VERSION), format as 'text' | 'json' | 'csv');
    if (values.output) fs.writeFileSync(values.output, p);
    else out(p);
    return failed ? 3 : 0;
  }
  if (cmd === 'sheet') {
    const s = toSheet(docs, format as 'csv' | 'md' | 'json');
    if (values.output) fs.writeFileSync(values.output, s);
    else out(s);
    return failed ? 3 : 0;
  }
  if (format === 'json') out(JSON.stringify({ version: VERSION, documents: docs }, null, 2) + '\n');
  else if (format === 'sarif') out(JSON.stringify(toSarif(docs, VERSION, texts), null, 2) + '\n');
  else if (format === 'github') out(toGithub(docs) + summary(docs) + '\n');
  else out(toText(docs));
  const failing = docs.some((d) => d.diagnostics.some((x) => severityRank(x.severity) >= threshold));
  return failed ? 3 : failing ? 1 : 0;
}

function errorText(e: unknown): string {
  return (e as Error)?.message ?? String(e);
}

/** stderr for a draft that could not be checked: which, why, and for an internal error how to report it */
function failureMessage(rel: string, e: unknown, unreadable: boolean): string {
  if (unreadable) return `onrecord: could not read ${rel}: ${errorText(e)}\n`;
  return (
    `onrecord: could not analyse ${rel}: ${errorText(e)}\n` +
    `onrecord: this is an internal error; please report it at ${ISSUES_URL} with the stack below\n` +
    `${(e as Error)?.stack ?? e}\n`
  );
}

/** `--jobs N`: a whole number of threads, at least 1; by default one per core */
function jobsOption(raw: string | undefined): number {
  if (raw === undefined) return defaultThreads();
  if (!/^\d+$/.test(raw) || Number(raw) < 1)
    throw new UsageError(`--jobs must be a whole number of threads, 1 or more (got '${raw}')`);
  return Number(raw);
}

function toText(docs: JsonDocument[]): string {
  const lines: string[] = [];
  for (const d of docs) {
    if (d.error)
      lines.push(`${d.path}:1:1: error internal-error OnRecord could not analyse this draft: ${d.error.message}`);
    for (const x of d.diagnostics)
      lines.push(
        `${d.path}:${x.range.start.line + 1}:${x.range.start.character + 1}: ${x.severity} ${x.code} ${x.message}`,
      );
  }
  lines.push(summary(docs));
  return lines.join('\n') + '\n';
}

function summary(docs: JsonDocument[]): string {
  const counts: Record<string, number> = {};
  let claims = 0;
  for (const d of docs) {
    claims += d.claims.length;
    for (const x of d.diagnostics) counts[x.severity] = (counts[x.severity] ?? 0) + 1;
  }
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const failed = docs.filter((d) => d.error).length;
  return (
    `${docs.length} document${docs.length === 1 ? '' : 's'}, ${claims} claims, ${total} finding${total === 1 ? '' : 's'} (${['error', 'warning', 'information', 'hint'].map((s) => `${counts[s] ?? 0} ${s}`).join(', ')})` +
    (failed ? `; ${failed} could not be analysed` : '')
  );
}

/** `--only a,b --only c` → {a, b, c}; an unknown code is a usage error that lists the valid ones. */
function codeList(flag: string, raw: string[] | undefined): Set<string> | null {
  if (!raw) return null;
  const codes = raw
    .flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter(Boolean);
  if (!codes.length) throw new UsageError(`${flag} needs one or more codes: ${RULE_IDS.join(', ')}`);
  const bad = codes.filter((c) => !RULE_IDS.includes(c));
  if (bad.length)
    throw new UsageError(
      `${flag}: unknown code${bad.length > 1 ? 's' : ''} ${bad.map((b) => `'${b}'`).join(', ')}. Valid codes: ${RULE_IDS.join(', ')}`,
    );
  return new Set(codes);
}

function realpath(f: string): string {
  try {
    return fs.realpathSync(f);
  } catch {
    return path.resolve(f);
  }
}

function git(args: string[], cwd: string): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
}

/**
 * `--changed [--base REF]`: real paths of the files that differ from HEAD (or from the merge base of REF and HEAD):
 * tracked changes, staged or not, via `git diff --name-only`, plus untracked files that are not ignored.
 */
export function changedFiles(cwd: string, base?: string): Set<string> {
  let top: string;
  try {
    top = git(['rev-parse', '--show-toplevel'], cwd).trim();
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ENOENT')
      throw new UsageError(
        '--changed needs git, and git is not on PATH. Install git, or pass the paths to check instead.',
      );
    throw new UsageError(
      `--changed needs a git repository, and ${cwd} is not inside one. Run it in a clone, or pass the paths to check instead of --changed.`,
    );
  }
  const resolves = (rev: string) => {
    try {
      git(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], top);
      return true;
    } catch {
      return false;
    }
  };
  let from: string;
  if (base !== undefined) {
    if (!base || base.startsWith('-') || !resolves(base))
      throw new UsageError(
        `--base: '${base}' is not a commit in this repository. Fetch it first (in GitHub Actions: actions/checkout with fetch-depth: 0), or name a branch, tag or commit.`,
      );
    let mb = '';
    try {
      mb = git(['merge-base', base, 'HEAD'], top).trim();
    } catch {
      /* unrelated histories: compare with REF itself */
    }
    from = mb || base;
  } else {
    from = resolves('HEAD') ? 'HEAD' : '4b825dc642cb6eb9a060e54bf8d69288fbee4904'; // a repository without commits: compare with the empty tree
  }
  const names = [
    ...git(['diff', '--name-only', '-z', '--no-renames', '--diff-filter=d', from, '--'], top).split('\0'),
    ...git(['ls-files', '--others', '--exclude-standard', '-z'], top).split('\0'),
  ].filter(Boolean);
  return new Set(names.map((n) => realpath(path.join(top, n))));
}
