/** `onrecord check|sheet|lsp`: the same engine as the language server, for CI and the terminal. */
import * as fs from 'fs';
import * as path from 'path';
import { parseArgs } from 'util';
import { Project, DEFAULT_SETTINGS, type Settings } from '../sources/project';
import { toJsonDocument, severityRank, type JsonDocument } from '../core/report';
import { toSarif } from './sarif';
import { toSheet } from './sheet';

declare const VERSION: string;

const HELP = `onrecord ${VERSION}: who said what, and where every quote and figure comes from.

Usage:
  onrecord check [paths...] [--sources DIR] [--format text|json|sarif] [--config FILE] [--fail-on error|warning|info|none]
  onrecord sheet [paths...] [--sources DIR] [--format csv|md|json] [--output FILE]
  onrecord lsp --stdio           start the language server (for Neovim, Helix, Emacs, Zed, ...)
  onrecord --version | --help

Paths may be files or folders (default: the current folder). Folders are searched for *.md, *.markdown
and *.txt, skipping node_modules, .git and the sources folder. --sources defaults to ./sources when it exists.

Exit codes: 0 nothing at or above --fail-on (default error); 1 findings at or above it; 2 usage error or unreadable path.
`;

class UsageError extends Error {}

export async function runCli(argv: string[], out: (s: string) => void = (s) => process.stdout.write(s), err: (s: string) => void = (s) => process.stderr.write(s)): Promise<number> {
  try {
    return await run(argv, out, err);
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || (e as { code?: string }).code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      err(`onrecord: ${(e as Error).message}\nRun 'onrecord --help' for usage.\n`);
      return 2;
    }
    throw e;
  }
}

async function run(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  if (argv[0] === '--version' || argv[0] === '-v') { out(VERSION + '\n'); return 0; }
  if (!argv.length || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') { out(HELP); return argv.length ? 0 : 2; }
  const cmd = argv[0];
  if (cmd === 'lsp') {
    const { startServer } = await import('../lsp/server');
    if (!argv.includes('--stdio') && !argv.some((a) => a.startsWith('--node-ipc') || a.startsWith('--socket'))) process.argv.push('--stdio');
    startServer();
    return new Promise<number>(() => {});
  }
  if (cmd !== 'check' && cmd !== 'sheet') throw new UsageError(`unknown command '${cmd}'. Use 'check', 'sheet' or 'lsp'.`);
  const { values, positionals } = parseArgs({
    args: argv.slice(1), allowPositionals: true, strict: true,
    options: { sources: { type: 'string' }, format: { type: 'string' }, config: { type: 'string' }, 'fail-on': { type: 'string' }, output: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) { out(HELP); return 0; }
  const format = values.format ?? (cmd === 'check' ? 'text' : 'csv');
  const formats = cmd === 'check' ? ['text', 'json', 'sarif'] : ['csv', 'md', 'json'];
  if (!formats.includes(format)) throw new UsageError(`--format must be one of ${formats.join(', ')} (got '${format}')`);
  const failOn = values['fail-on'] ?? 'error';
  if (!['error', 'warning', 'info', 'information', 'none'].includes(failOn)) throw new UsageError(`--fail-on must be error, warning, info or none (got '${failOn}')`);
  if (values.config && !fs.existsSync(values.config)) throw new UsageError(`config file not found: ${values.config}`);
  const cwd = process.cwd();
  const settings: Settings = { ...DEFAULT_SETTINGS, ...Project.readConfigFile(cwd, (m) => err(m + '\n'), values.config) };
  if (values.sources) {
    if (!fs.existsSync(values.sources) || !fs.statSync(values.sources).isDirectory()) throw new UsageError(`--sources: no such folder: ${values.sources}`);
    settings.sourcesPath = values.sources;
  }
  const paths = positionals.length ? positionals : ['.'];
  for (const p of paths) {
    try { fs.accessSync(p, fs.constants.R_OK); } catch { throw new UsageError(`cannot read '${p}': check the path exists and is readable`); }
  }
  const project = new Project(cwd, settings, (m) => err(`onrecord: ${m}\n`));
  project.loadSources();
  const files = project.collectDrafts(paths);
  const docs: JsonDocument[] = [];
  // analyse every draft once so that workspace rules (name consistency) see all of them, then report
  const results = files.map((f) => {
    try {
      const text = fs.readFileSync(f, 'utf8');
      const lang = /\.(md|markdown)$/i.test(f) ? 'markdown' : 'plaintext';
      return project.analyzeOpen('file://' + path.resolve(f), text, lang, 1);
    } catch (e) { err(`onrecord: skipped ${f}: ${(e as Error).message}\n`); return null; }
  });
  files.forEach((f, i) => {
    const r = results[i];
    if (!r) return;
    const again = project.analyze(r.uri, r.text, /\.(md|markdown)$/i.test(f) ? 'markdown' : 'plaintext', 1, path.dirname(path.resolve(f)));
    docs.push(toJsonDocument(path.relative(cwd, f) || f, again.text, again.analysis, again.index));
  });
  if (cmd === 'sheet') {
    const s = toSheet(docs, format as 'csv' | 'md' | 'json');
    if (values.output) fs.writeFileSync(values.output, s); else out(s);
    return 0;
  }
  if (format === 'json') out(JSON.stringify({ version: VERSION, documents: docs }, null, 2) + '\n');
  else if (format === 'sarif') out(JSON.stringify(toSarif(docs, VERSION), null, 2) + '\n');
  else out(toText(docs));
  const threshold = failOn === 'none' ? Infinity : severityRank(failOn === 'info' ? 'information' : failOn);
  const failing = docs.some((d) => d.diagnostics.some((x) => severityRank(x.severity) >= threshold));
  return failing ? 1 : 0;
}

function toText(docs: JsonDocument[]): string {
  const lines: string[] = [];
  const counts: Record<string, number> = {};
  let claims = 0;
  for (const d of docs) {
    claims += d.claims.length;
    for (const x of d.diagnostics) {
      lines.push(`${d.path}:${x.range.start.line + 1}:${x.range.start.character + 1}: ${x.severity} ${x.code} ${x.message}`);
      counts[x.severity] = (counts[x.severity] ?? 0) + 1;
    }
  }
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  lines.push(`${docs.length} document${docs.length === 1 ? '' : 's'}, ${claims} claims, ${total} finding${total === 1 ? '' : 's'} (${['error', 'warning', 'information', 'hint'].map((s) => `${counts[s] ?? 0} ${s}`).join(', ')})`);
  return lines.join('\n') + '\n';
}
