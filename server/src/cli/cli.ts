/** `onrecord check|sheet|lsp`: the same engine as the language server, for CI and the terminal. */
import * as fs from 'fs';
import * as path from 'path';
import { parseArgs } from 'util';
import { execFileSync } from 'child_process';
import { Project, fileUri, uriToPath } from '../sources/project';
import { DEFAULT_SETTINGS, type Settings } from '../../../protocol/settings';
import { DiskCache } from '../sources/diskcache';
import { toJsonDocument, severityRank, ISSUES_URL } from '../core/report';
import type { JsonDocument } from '../../../protocol/report';
import { toSarif, toGithub, RULE_IDS } from './sarif';
import { toSheet } from '../../../protocol/sheet';

declare const VERSION: string;

const HELP = `onrecord ${VERSION}: who said what, and where every quote and figure comes from.

Usage:
  onrecord check [paths...] [--sources DIR] [--format text|json|sarif|github] [--config FILE] [--fail-on error|warning|info|none]
                 [--only CODE,...] [--ignore CODE,...] [--changed [--base REF]] [--cache DIR]
  onrecord sheet [paths...] [--sources DIR] [--format csv|md|json] [--output FILE] [--only CODE,...] [--ignore CODE,...] [--changed [--base REF]]
  onrecord lsp --stdio           start the language server (for Neovim, Helix, Emacs, Zed, ...)
  onrecord --version | --help

Paths may be files or folders (default: the current folder). Folders are searched for *.md, *.markdown
and *.txt, skipping node_modules, .git and the sources folder. --sources defaults to ./sources when it exists.

  --format github   GitHub Actions annotations (::error/::warning/::notice file=...,line=...,col=...::message)
  --format sarif    SARIF 2.1.0 for code scanning (github/codeql-action/upload-sarif)
  --format json     the report; its JSON schema ships as schema/report.schema.json
  --only CODES      report only these codes (comma-separated; repeatable)
  --ignore CODES    drop these codes
  --cache DIR       keep analyses on disk in DIR (keyed by content and engine version): a second run reads them
  --changed         only drafts changed against HEAD (tracked changes, staged or not, and untracked files)
  --base REF        with --changed: changed since the merge base of REF and HEAD (e.g. --base origin/main)

Codes: ${RULE_IDS.join(', ')}.

Exit codes: 0 nothing at or above --fail-on (default error); 1 findings at or above it; 2 usage error or unreadable path;
3 a draft could not be read or analysed (it is in the report with an "error"; stderr says why). 3 wins over 0 and 1.
`;

class UsageError extends Error {}

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
  if (cmd !== 'check' && cmd !== 'sheet')
    throw new UsageError(`unknown command '${cmd}'. Use 'check', 'sheet' or 'lsp'.`);
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
    },
  });
  if (values.help) {
    out(HELP);
    return 0;
  }
  const format = values.format ?? (cmd === 'check' ? 'text' : 'csv');
  const formats = cmd === 'check' ? ['text', 'json', 'sarif', 'github'] : ['csv', 'md', 'json'];
  if (!formats.includes(format))
    throw new UsageError(`--format must be one of ${formats.join(', ')} (got '${format}')`);
  const failOn = values['fail-on'] ?? 'error';
  if (!['error', 'warning', 'info', 'information', 'none'].includes(failOn))
    throw new UsageError(`--fail-on must be error, warning, info or none (got '${failOn}')`);
  const only = codeList('--only', values.only);
  const ignore = codeList('--ignore', values.ignore);
  if (values.config && !fs.existsSync(values.config)) throw new UsageError(`config file not found: ${values.config}`);
  const cwd = process.cwd();
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    ...Project.readConfigFile(cwd, (m) => err(m + '\n'), values.config),
  };
  if (values.sources) {
    if (!fs.existsSync(values.sources) || !fs.statSync(values.sources).isDirectory())
      throw new UsageError(`--sources: no such folder: ${values.sources}`);
    settings.sourcesPath = values.sources;
  }
  const paths = positionals.length ? positionals : ['.'];
  for (const p of paths) {
    try {
      fs.accessSync(p, fs.constants.R_OK);
    } catch {
      throw new UsageError(`cannot read '${p}': check the path exists and is readable`);
    }
  }
  const changed = values.changed || values.base !== undefined ? changedFiles(cwd, values.base) : null;
  const project = new Project(cwd, settings, (m) => err(`onrecord: ${m}\n`));
  project.editing = false;
  project.testThrow = process.env.ONRECORD_TEST_THROW; // test-only fault injection, see Project.testThrow
  if (values.sources) project.explicitSourceDirs = [path.resolve(values.sources)];
  if (values.cache) project.diskCache = new DiskCache(path.resolve(values.cache), (m) => err(`onrecord: ${m}\n`));
  project.loadSources();
  // malformed bibliographies, source front matter and .onrecord.json: say where, on stderr (stdout stays parseable)
  for (const fp of [...project.fileProblems, ...(values.config ? Project.configProblems(values.config) : [])]) {
    const file = uriToPath(fp.uri);
    const where = file !== null ? path.relative(cwd, file) || fp.uri : fp.uri;
    err(`onrecord: ${where}:${fp.line + 1}: ${fp.severity} ${fp.message}\n`);
  }
  const files = project.collectDrafts(paths);
  const docs: JsonDocument[] = [];
  const texts: Record<string, string> = {};
  const keep = (code: string) => (!only || only.has(code)) && !(ignore && ignore.has(code));
  const language = (f: string) => (/\.(md|markdown)$/i.test(f) ? 'markdown' : 'plaintext');
  // analyse every draft once so that workspace rules (name consistency) see all of them, then report
  const results = files.map((f) => {
    const uri = fileUri(f);
    let text: string | null = null;
    try {
      text = fs.readFileSync(f, 'utf8');
      project.preload(uri, text, language(f));
      return { uri, text };
    } catch (e) {
      return { uri, text, failure: e };
    }
  });
  const threshold = failOn === 'none' ? Infinity : severityRank(failOn === 'info' ? 'information' : failOn);
  const streamJson = cmd === 'check' && format === 'json';
  let streamed = 0,
    streamFailing = false,
    failed = 0;
  if (streamJson) out(`{\n  "version": ${JSON.stringify(VERSION)},\n  "documents": [\n`);
  files.forEach((f, i) => {
    const r = results[i];
    if (changed && !changed.has(realpath(f))) return; // every draft was analysed (for name consistency); report the changed ones
    const rel = path.relative(cwd, f) || f;
    let doc: JsonDocument;
    let text = r.text ?? '';
    try {
      if (r.failure || r.text === null) throw r.failure;
      const again = project.analyze(r.uri, r.text, language(f), 1, path.dirname(path.resolve(f)));
      text = again.text;
      doc = toJsonDocument(rel, again.text, again.analysis, again.index);
    } catch (e) {
      // never silent: the draft stays in the report with its error, stderr says what failed, the exit code is 3
      failed++;
      err(failureMessage(rel, e, r.text === null));
      doc = { path: rel, claims: [], figures: [], entities: [], diagnostics: [], error: { message: errorText(e) } };
    } finally {
      project.forget(r.uri);
    }
    if (only || ignore) doc.diagnostics = doc.diagnostics.filter((x) => keep(x.code));
    if (streamJson) {
      // JSON is written document by document, so a large archive never sits in memory as one report
      out((streamed++ ? ',\n' : '') + JSON.stringify(doc, null, 2).replace(/^/gm, '    '));
      if (doc.diagnostics.some((x) => severityRank(x.severity) >= threshold)) streamFailing = true;
      return;
    }
    texts[doc.path] = text;
    docs.push(doc);
  });
  if (streamJson) {
    out(`${streamed ? '\n' : ''}  ]\n}\n`);
    return failed ? 3 : streamFailing ? 1 : 0;
  }
  if (changed && !docs.length && format === 'text')
    err(`onrecord: no changed drafts${values.base ? ` since ${values.base}` : ''}\n`);
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
