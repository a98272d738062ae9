/**
 * Configuration: `.onrecord.json` read and validated against the schema declared in protocol/settings.ts, its
 * problems (shown on the file), and the sources folders the settings name.
 */
import * as path from 'path';
import picomatch from 'picomatch';
import Ajv, { type ValidateFunction } from 'ajv';
import { configFileSchema, type Settings } from '../../../protocol/settings';
import { LineIndex } from '../core/text';
import { errorLine } from './readers';
import { nodeFileSystem, type FileSystem } from './fs';
import { fileUri } from './uris';

/** A source, bibliography or configuration file that could not be read as intended: shown as a diagnostic on that file. */
export interface FileProblem {
  uri: string;
  /** 0-based line */ line: number;
  message: string;
  severity: 'error' | 'warning' | 'information';
}

/** problems found in configuration files, by path (readConfigFile runs before a Project exists: the CLI calls it first) */
const configProblemsByPath = new Map<string, FileProblem[]>();
let configValidator: ValidateFunction | null = null;
const MAX_CONFIG_BYTES = 1024 * 1024;

/**
 * Read `.onrecord.json` (or `file`). Invalid JSON or a value the schema rejects becomes a problem on that file
 * (see `configProblems`), is logged once, and the whole file is ignored: the defaults apply.
 */
export function readConfigFile(
  root: string | null,
  log: (m: string) => void = () => {},
  file?: string,
  fs: FileSystem = nodeFileSystem,
): Partial<Settings> {
  const p = file ? path.resolve(file) : root ? path.join(root, '.onrecord.json') : null;
  if (!p) return {};
  configProblemsByPath.delete(p);
  if (!fs.exists(p)) return {};
  const problems: FileProblem[] = [];
  const fail = (line: number, message: string) => {
    problems.push({ uri: fileUri(p), line, message, severity: 'error' });
    configProblemsByPath.set(p, problems);
  };
  try {
    const st = fs.stat(p);
    if (!st.isFile) {
      fail(0, 'not a file');
      log(`${p}: not a file; using defaults.`);
      return {};
    }
    if (st.size > MAX_CONFIG_BYTES) {
      fail(0, `${Math.round(st.size / 1024)} KB is too large for a configuration file`);
      log(`${p}: too large; using defaults.`);
      return {};
    }
    const text = fs
      .readFile(p)
      .toString('utf8')
      .replace(/^\uFEFF/, '');
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (e) {
      const line = errorLine(text, e as Error);
      fail(
        line,
        `.onrecord.json is not valid JSON: ${(e as Error).message}. OnRecord uses its defaults until it is fixed.`,
      );
      log(`${p}:${line + 1}: ${(e as Error).message}. Fix the JSON or delete the file; using defaults.`);
      return {};
    }
    configValidator ??= new Ajv({ allErrors: true, strict: false }).compile(configFileSchema());
    if (!configValidator(raw)) {
      for (const err of (configValidator.errors ?? []).slice(0, 10)) {
        const key =
          err.instancePath.split('/')[1] ?? (err.params as { additionalProperty?: string }).additionalProperty;
        const what =
          err.keyword === 'additionalProperties'
            ? `unknown setting "${(err.params as { additionalProperty?: string }).additionalProperty}"${err.instancePath ? ' in ' + err.instancePath : ''}`
            : `${err.instancePath ? err.instancePath.slice(1).replace(/\//g, '.') : 'the file'} ${err.message}${err.keyword === 'enum' ? ': ' + (err.params as { allowedValues: unknown[] }).allowedValues.join(', ') : ''}`;
        fail(keyLine(text, key), `.onrecord.json: ${what}. OnRecord uses its defaults until it is fixed.`);
      }
      log(`${p}: ${problems.map((x) => `line ${x.line + 1}: ${x.message}`).join('; ')}`);
      return {};
    }
    return settingsOf(raw as Record<string, unknown>);
  } catch (e) {
    fail(0, `could not read .onrecord.json: ${(e as Error).message}`);
    log(`${p}: ${(e as Error).message}. Fix the JSON or delete the file; using defaults.`);
    return {};
  }
}

/** `.onrecord.json` keys to Settings keys: "onrecord.attribution.style", "attribution.style" → attributionStyle */
function settingsOf(raw: Record<string, unknown>): Partial<Settings> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (k === '$schema') continue;
    if (k === 'attribution' && v && typeof v === 'object') out.attributionStyle = (v as { style?: string }).style;
    else out[k.replace(/^onrecord\./, '').replace(/\.(\w)/g, (_, c: string) => c.toUpperCase())] = v;
  }
  return out as Partial<Settings>;
}

/** problems found in configuration files read by readConfigFile (the file at `file`, or all of them) */
export function configProblems(file?: string): FileProblem[] {
  if (file) return configProblemsByPath.get(path.resolve(file)) ?? [];
  return [...configProblemsByPath.values()].flat();
}

export interface SourceEntry {
  dir: string;
  /** for a glob entry, whether a path relative to `dir` matches it */
  match: ((rel: string) => boolean) | null;
}

/** sourcesPath entries: folders, or globs such as "notes/**" + "/*.md", split into their base folder and a matcher */
export function sourceEntries(settings: Settings, root: string | null): SourceEntry[] {
  const list = Array.isArray(settings.sourcesPath) ? settings.sourcesPath : [settings.sourcesPath];
  const base = root ?? process.cwd();
  return list
    .filter((p): p is string => typeof p === 'string' && p.length > 0)
    .map((p) => {
      const parts = p.split(/[\\/]/);
      const gi = parts.findIndex((x) => /[*?[{]/.test(x));
      if (gi < 0) return { dir: path.resolve(base, p), match: null };
      const m = picomatch(parts.slice(gi).join('/'), { dot: false });
      return {
        dir: path.resolve(base, parts.slice(0, gi).join('/') || '.'),
        match: (rel: string) => m(rel.split(path.sep).join('/')),
      };
    });
}

/** the 0-based line of an offset */
export function lineAt(text: string, offset: number): number {
  return new LineIndex(text).positionAt(offset).line;
}
/** the line of a top-level key in a JSON text (0 when not found) */
function keyLine(text: string, key: string | undefined): number {
  if (!key) return 0;
  const at = text.indexOf(JSON.stringify(key));
  return at < 0 ? 0 : lineAt(text, at);
}
