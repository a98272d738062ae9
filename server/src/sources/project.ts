/**
 * Project: the workspace as the server and the CLI see it. Reads sources and bibliographies from disk
 * (this folder is the only place that touches the file system), keeps analyses of drafts, and runs the
 * workspace-wide rules.
 */
import * as fs from 'fs';
import * as path from 'path';
import picomatch from 'picomatch';
import { URI } from 'vscode-uri';
import { DiskCache } from './diskcache';
import { analyzeText, AnalysisCache, type FullAnalysis } from '../core/analyze';
import { LineIndex } from '../core/text';
import { checkWithSources } from '../core/check';
import { PassageIndex } from '../core/passages';
import type { BibEntry } from '../core/verify';
import { normName, NameIndex, type NameUse } from '../core/names';
import { attributionFix, type Fix } from '../core/fixes';
import type { Finding } from '../core/types';
import { readSourceFile, readBibliography, isBibliography, frontMatterErrorLine, errorLine } from './readers';
import Ajv, { type ValidateFunction } from 'ajv';
import { configFileSchema, DEFAULT_SETTINGS, type Settings } from '../../../protocol/settings';

export { DEFAULT_SETTINGS, type Settings }; // what a Project is made from

/** A source, bibliography or configuration file that could not be read as intended: shown as a diagnostic on that file. */
export interface FileProblem {
  uri: string;
  /** 0-based line */ line: number;
  message: string;
  severity: 'error' | 'warning' | 'information';
}

/** problems found in configuration files, by path (readConfigFile is static: the CLI calls it before it has a Project) */
const configProblems = new Map<string, FileProblem[]>();
let configValidator: ValidateFunction | null = null;
const MAX_CONFIG_BYTES = 1024 * 1024;

/** true when `p` is `root` or inside it (both absolute, already resolved) */
export function isInside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
function realOrSelf(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

export interface DocResult {
  uri: string;
  text: string;
  analysis: FullAnalysis;
  index: LineIndex;
  version: number | null;
  notice?: string;
}

const DRAFT_EXT = /\.(md|markdown|txt)$/i;
/** files OnRecord itself writes, never sources */
const DRAFT_OUTPUTS = /fact-check-sheet\.(?:csv|md|json)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', '.vscode', 'dist', 'out']);

/** one key per file whatever the URI spelling (editors and this module may encode paths differently) */
export function docKey(uri: string): string {
  const file = uriToPath(uri);
  return file === null ? uri : path.resolve(file);
}

/** the file: URI of a path; file names are data, so vscode-uri does the encoding (%, #, ?, spaces, accents) */
export function fileUri(p: string): string {
  return URI.file(path.resolve(p)).toString();
}

/** the path of a file: URI, or null for other schemes (untitled:, ...) and unparseable strings */
export function uriToPath(uri: string): string | null {
  if (!/^file:/i.test(uri)) return null;
  try {
    return URI.parse(uri).fsPath;
  } catch {
    return null;
  }
}

export class Project {
  settings: Settings;
  index = new PassageIndex();
  bibliography = new Map<string, BibEntry>();
  private open = new Map<string, DocResult>();
  private parseCaches = new Map<string, AnalysisCache>();
  /** optional on-disk cache of analyses (extension storage, or `onrecord check --cache DIR`) */
  diskCache: DiskCache | null = null;
  /** source folders given explicitly on a command line: allowed even outside the workspace folder */
  explicitSourceDirs: string[] = [];
  /** keep per-document block caches for fast re-analysis while typing (false for the CLI) */
  editing = true;
  /**
   * false for a batch check's per-draft pass (see batch.ts): `analyze` leaves out the cross-draft rule (name
   * consistency), which the batch runs once every draft has been counted
   */
  crossDraftNames = true;
  /** false where nobody asks for the sources' name spellings (a batch check's worker threads) */
  countSourceNames = true;
  private cores = new Map<string, { text: string; languageId: string; analysis: FullAnalysis }>();
  private sourceNameUses = new NameIndex();
  /** each source file's own name counts, so that one changed source can be taken out and put back */
  private sourceCounts = new Map<string, Map<string, NameUse>>();
  sourceFiles: string[] = [];
  /**
   * TEST ONLY: fault injection, set by the CLI and the server from the ONRECORD_TEST_THROW environment variable
   * (never from settings). 'analyze' makes every draft's analysis throw; a diagnostic code makes that rule throw
   * whenever it would report, so drafts without such a finding are still checked.
   */
  testThrow?: string;

  constructor(
    readonly root: string | null,
    settings: Settings,
    private log: (m: string) => void = () => {},
  ) {
    this.settings = { ...DEFAULT_SETTINGS, ...settings };
  }

  /**
   * Read `.onrecord.json` (or `file`). Invalid JSON or a value the schema rejects becomes a problem on that file
   * (see `fileProblems`), is logged once, and the whole file is ignored: the defaults apply.
   */
  static readConfigFile(root: string | null, log: (m: string) => void = () => {}, file?: string): Partial<Settings> {
    const p = file ? path.resolve(file) : root ? path.join(root, '.onrecord.json') : null;
    if (!p) return {};
    configProblems.delete(p);
    if (!fs.existsSync(p)) return {};
    const problems: FileProblem[] = [];
    const fail = (line: number, message: string) => {
      problems.push({ uri: fileUri(p), line, message, severity: 'error' });
      configProblems.set(p, problems);
    };
    try {
      const st = fs.statSync(p);
      if (!st.isFile()) {
        fail(0, 'not a file');
        log(`${p}: not a file; using defaults.`);
        return {};
      }
      if (st.size > MAX_CONFIG_BYTES) {
        fail(0, `${Math.round(st.size / 1024)} KB is too large for a configuration file`);
        log(`${p}: too large; using defaults.`);
        return {};
      }
      const text = fs.readFileSync(p, 'utf8').replace(/^\uFEFF/, '');
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
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
        if (k === '$schema') continue;
        if (k === 'attribution' && v && typeof v === 'object') out.attributionStyle = (v as { style?: string }).style;
        else out[k.replace(/^onrecord\./, '').replace(/\.(\w)/g, (_, c: string) => c.toUpperCase())] = v;
      }
      return out as Partial<Settings>;
    } catch (e) {
      fail(0, `could not read .onrecord.json: ${(e as Error).message}`);
      log(`${p}: ${(e as Error).message}. Fix the JSON or delete the file; using defaults.`);
      return {};
    }
  }

  /** problems found in configuration files read by readConfigFile (the file at `file`, or all of them) */
  static configProblems(file?: string): FileProblem[] {
    if (file) return configProblems.get(path.resolve(file)) ?? [];
    return [...configProblems.values()].flat();
  }

  /**
   * Problems with source, bibliography and configuration files, each on its file and line: malformed CSL-JSON,
   * BibTeX or front matter, an invalid .onrecord.json, a sources path that leaves the workspace.
   */
  get fileProblems(): FileProblem[] {
    const cfg = this.root ? Project.configProblems(path.join(this.root, '.onrecord.json')) : [];
    return [...cfg, ...this.sourceProblems];
  }
  private sourceProblems: FileProblem[] = [];

  updateSettings(s: Partial<Settings>) {
    this.settings = { ...DEFAULT_SETTINGS, ...s };
    this.open.clear();
  }

  /** the plain folders among the sources (not globs): drafts are never looked for in them */
  sourceDirs(): string[] {
    return this.sourceEntries()
      .filter((e) => !e.match)
      .map((e) => e.dir);
  }

  /** sourcesPath entries: folders, or globs such as "notes/**" + "/*.md", split into their base folder and a matcher */
  sourceEntries(): { dir: string; match: ((rel: string) => boolean) | null }[] {
    const list = Array.isArray(this.settings.sourcesPath) ? this.settings.sourcesPath : [this.settings.sourcesPath];
    const base = this.root ?? process.cwd();
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

  /** every source file to read, in a stable order; refusals are recorded */
  private sourceFileList(): string[] {
    const base = this.root ?? process.cwd();
    const realRoot = realOrSelf(base);
    const visited = new Set<string>();
    const refuse = (p: string, why: string) => this.refuse(p, why);
    const files: string[] = [];
    const seen = new Set<string>();
    for (const { dir, match } of this.sourceEntries()) {
      if (!fs.existsSync(dir)) continue; // a missing sources folder is fine
      const real = realOrSelf(dir);
      // a folder the user named on the command line (--sources) is theirs to choose; workspace settings are not
      const explicit = this.explicitSourceDirs.some((t) => isInside(realOrSelf(t), real));
      if (!isInside(realRoot, real) && !explicit) {
        refuse(dir, `it is outside the workspace folder ${base}`);
        continue;
      }
      for (const file of walk(
        dir,
        match ? (f) => match(path.relative(dir, f)) && !DRAFT_OUTPUTS.test(f) : () => true,
        new Set(),
        { root: explicit && !isInside(realRoot, real) ? real : realRoot, visited, refuse },
      )) {
        if (!seen.has(file)) {
          seen.add(file);
          files.push(file);
        }
      }
    }
    for (const b of this.settings.bibliography ?? []) {
      const p = path.resolve(base, b);
      if (!isInside(realRoot, realOrSelf(p))) {
        refuse(p, `it is outside the workspace folder ${base}`);
        continue;
      }
      if (!seen.has(p)) {
        seen.add(p);
        files.push(p);
      }
    }
    return files;
  }

  private resetSources() {
    this.index = new PassageIndex();
    this.bibliography = new Map();
    this.sourceNameUses = new NameIndex();
    this.sourceCounts = new Map();
    this.nameIndex = null;
    this.sourceFiles = [];
    this.sourceProblems = [];
  }

  /** Read every source and bibliography. Unreadable files are skipped with one log line each. */
  loadSources(): { files: number; passages: number } {
    this.resetSources();
    if (this.settings.trusted === false) {
      this.open.clear();
      return { files: 0, passages: 0 };
    }
    const maxBytes = this.settings.maxFileSizeKB * 1024;
    for (const file of this.sourceFileList()) this.addSourceFile(file, maxBytes);
    this.open.clear();
    return { files: this.sourceFiles.length, passages: this.index.passages.length };
  }

  /** The same, yielding to the event loop every few files so that a server keeps answering; reports progress. */
  async loadSourcesAsync(
    progress?: (done: number, total: number) => void,
  ): Promise<{ files: number; passages: number }> {
    this.resetSources();
    if (this.settings.trusted === false) {
      this.open.clear();
      return { files: 0, passages: 0 };
    }
    const maxBytes = this.settings.maxFileSizeKB * 1024;
    const files = this.sourceFileList();
    for (let i = 0; i < files.length; i++) {
      this.addSourceFile(files[i], maxBytes);
      if (i % 20 === 19) {
        progress?.(i + 1, files.length);
        await new Promise((r) => setImmediate(r));
      }
    }
    progress?.(files.length, files.length);
    this.open.clear();
    return { files: this.sourceFiles.length, passages: this.index.passages.length };
  }

  /** Re-read one source file after it changed on disk (or drop it when deleted). Returns false if it is not a source. */
  reindexSource(file: string): boolean {
    const abs = path.resolve(file);
    const isSource =
      this.sourceEntries().some(
        ({ dir, match }) => abs.startsWith(dir + path.sep) && (!match || match(path.relative(dir, abs))),
      ) || (this.settings.bibliography ?? []).some((b) => path.resolve(this.root ?? process.cwd(), b) === abs);
    if (!isSource || this.settings.trusted === false) return false;
    const uri = fileUri(abs);
    this.index.removeUri(uri);
    for (const [k, e] of this.bibliography) if (e.uri === uri) this.bibliography.delete(k);
    this.sourceFiles = this.sourceFiles.filter((f) => path.resolve(f) !== abs);
    // this source's names out, its new names in (addSourceFile counts them again): no other source is re-read
    const oldCounts = this.sourceCounts.get(abs);
    if (oldCounts) {
      this.sourceNameUses.apply(oldCounts, path.basename(abs), -1);
      this.sourceCounts.delete(abs);
    }
    if (fs.existsSync(abs)) this.addSourceFile(abs, this.settings.maxFileSizeKB * 1024);
    this.nameIndex = null;
    this.open.clear();
    return true;
  }

  private refuse(p: string, why: string) {
    const msg = `refused to read ${p}: ${why}. Sources must be inside the workspace folder.`;
    this.log(msg);
    const cfg = this.root ? path.join(this.root, '.onrecord.json') : null;
    if (cfg && fs.existsSync(cfg)) {
      try {
        const text = fs.readFileSync(cfg, 'utf8');
        const rel = path.relative(this.root!, p);
        const needle = [rel, p, path.basename(p)].find((n) => n && text.includes(JSON.stringify(n).slice(1, -1)));
        if (needle)
          this.sourceProblems.push({
            uri: fileUri(cfg),
            line: lineAt(text, text.indexOf(JSON.stringify(needle).slice(1, -1))),
            message: msg,
            severity: 'warning',
          });
      } catch {
        /* logged above */
      }
    }
  }

  private addSourceFile(file: string, maxBytes: number) {
    const uri = fileUri(file);
    try {
      // one open, one fstat, one read of at most maxBytes: a 50 MB log file is never loaded
      const fd = fs.openSync(file, 'r');
      let buf: Buffer;
      try {
        const st = fs.fstatSync(fd);
        if (!st.isFile()) {
          this.log(`skipped ${file}: not a regular file`);
          return;
        }
        if (st.size > maxBytes) {
          this.log(
            `skipped ${file}: ${Math.round(st.size / 1024)} KB is over onrecord.maxFileSizeKB (${this.settings.maxFileSizeKB})`,
          );
          return;
        }
        buf = Buffer.alloc(st.size);
        let got = 0;
        while (got < st.size) {
          const n = fs.readSync(fd, buf, got, st.size - got, got);
          if (n <= 0) break;
          got += n;
        }
        buf = buf.subarray(0, got);
      } finally {
        fs.closeSync(fd);
      }
      if (buf.includes(0)) {
        this.log(`skipped ${file}: binary file`);
        return;
      }
      const text = buf.toString('utf8').replace(/^\uFEFF/, '');
      if (isBibliography(file)) {
        let entries: ReturnType<typeof readBibliography>;
        try {
          entries = readBibliography(file, text, uri, (line, message) =>
            this.fileProblem(uri, file, line, message, 'warning'),
          );
        } catch (e) {
          this.fileProblem(
            uri,
            file,
            errorLine(text, e as Error),
            `could not read this bibliography: ${(e as Error).message}`,
            'error',
          );
          return;
        }
        for (const e of entries) this.bibliography.set(e.key, e);
        this.sourceFiles.push(file);
        return;
      }
      const src = readSourceFile(file, text);
      if (!src) return;
      if (src.frontMatterError)
        this.fileProblem(
          uri,
          file,
          frontMatterErrorLine(text),
          `the front matter is not valid YAML (${src.frontMatterError}); its title, date and link are ignored`,
          'warning',
        );
      this.index.addSource(
        uri,
        path.relative(this.root ?? process.cwd(), file) || path.basename(file),
        src.text,
        src.passages,
        src.meta,
      );
      this.sourceFiles.push(file);
      if (!this.countSourceNames) return;
      const lang = /\.(md|markdown)$/i.test(file) ? 'markdown' : 'plaintext';
      let a = this.diskCache?.get(lang, src.text) ?? null;
      if (!a) {
        a = analyzeText(src.text, { languageId: lang });
        this.diskCache?.set(lang, src.text, a);
      }
      const counts = new Map<string, NameUse>();
      countNames(counts, a, path.basename(file));
      this.sourceCounts.set(path.resolve(file), counts);
      this.sourceNameUses.apply(counts, path.basename(file), 1);
    } catch (e) {
      this.log(`skipped ${file}: ${(e as Error).message}`);
    }
  }

  private fileProblem(uri: string, file: string, line: number, message: string, severity: FileProblem['severity']) {
    this.sourceProblems.push({ uri, line, message, severity });
    this.log(`${file}:${line + 1}: ${message}`);
  }

  /** Analyse a draft with the workspace's sources. */
  analyze(uri: string, text: string, languageId: string, version: number | null, frontMatterBase?: string): DocResult {
    text = text.replace(/^\uFEFF/, ' ');
    const index = new LineIndex(text);
    if (!this.settings.enable) return { uri, text, analysis: emptyAnalysis(text, languageId), index, version };
    if (text.length > this.settings.maxFileSizeKB * 1024) {
      return {
        uri,
        text,
        analysis: emptyAnalysis(text, languageId),
        index,
        version,
        notice: `OnRecord skipped this file: it is ${Math.round(text.length / 1024)} KB, over onrecord.maxFileSizeKB (${this.settings.maxFileSizeKB}). Raise the setting to check it.`,
      };
    }
    if (this.testThrow === 'analyze') throw new Error('injected failure (ONRECORD_TEST_THROW=analyze)');
    const analysis = this.coreAnalysis(uri, text, languageId);
    // `onrecord: false` in front matter: not a draft (a fact-check sheet, notes); it takes no part in workspace rules
    if (analysis.model.frontMatter?.onrecord === false)
      return {
        uri,
        text,
        analysis: { ...analysis, claims: [], figures: [], entities: [], findings: [] },
        index,
        version,
      };
    // bibliography named in front matter, relative to the draft
    let bib = this.bibliography;
    const fmBib = analysis.model.frontMatter?.bibliography;
    if (fmBib && frontMatterBase && this.settings.trusted !== false) {
      bib = new Map(bib);
      const realRoot = realOrSelf(this.root ?? frontMatterBase);
      for (const b of Array.isArray(fmBib) ? fmBib : [fmBib]) {
        if (typeof b !== 'string') continue;
        const p = path.resolve(frontMatterBase, b);
        // a draft from elsewhere must not make OnRecord read files outside the workspace
        if (!isBibliography(p) || !isInside(realRoot, realOrSelf(p))) continue;
        try {
          if (fs.statSync(p).size > this.settings.maxFileSizeKB * 1024) continue;
          for (const e of readBibliography(p, fs.readFileSync(p, 'utf8'), fileUri(p))) bib.set(e.key, e);
        } catch {
          /* reported below as unresolved */
        }
      }
    }
    for (const c of analysis.claims)
      for (const s of c.sources)
        if (s.kind === 'citation') {
          const e = bib.get(s.label.slice(1));
          if (e) {
            s.title = e.title;
            s.date = e.date;
            s.uri = e.url ?? e.uri;
          }
        }
    const names = this.crossDraftNames ? this.nameUses(uri, analysis) : undefined;
    analysis.findings = checkWithSources(text, analysis, { index: this.index, bibliography: bib, names });
    if (this.testThrow && analysis.findings.some((f) => f.code === this.testThrow))
      throw new Error(`injected failure in rule ${this.testThrow} (ONRECORD_TEST_THROW)`);
    return { uri, text, analysis, index, version };
  }

  /**
   * The per-document analysis (no sources involved), cached by text: re-checking a draft against changed sources or
   * other drafts does not re-analyse it. The caller gets a copy it may add sources and findings to.
   */
  coreAnalysis(uri: string, text: string, languageId: string): FullAnalysis {
    let hit = this.cores.get(uri);
    if (!hit || hit.text !== text || hit.languageId !== languageId) {
      // a document being edited uses its block cache; a document seen for the first time may be on disk already
      let cache = this.parseCaches.get(uri);
      const fromDisk = !cache && this.diskCache ? this.diskCache.get(languageId, text) : null;
      // block caches only pay off for documents being edited (the server), not for a one-shot check
      if (!cache && this.editing) {
        cache = new AnalysisCache();
        this.parseCaches.set(uri, cache);
      }
      const analysis = fromDisk ?? analyzeText(text, { languageId, cache });
      if (!fromDisk && this.diskCache && text.length > 0) this.diskCache.set(languageId, text, analysis);
      hit = { text, languageId, analysis };
      this.cores.set(uri, hit);
    }
    const a = hit.analysis;
    return {
      ...a,
      claims: a.claims.map((c) => ({ ...c, figures: [...c.figures], sources: c.sources.map((x) => ({ ...x })) })),
      findings: [...a.findings],
    };
  }

  /** name spellings used in sources and other drafts (not this one) */
  /**
   * Name spellings across sources and open drafts, this draft's current version included. The index is updated
   * incrementally (this draft's old counts out, new counts in): O(names in the draft), not O(drafts).
   */
  private nameUses(uri: string, own: FullAnalysis): Map<string, NameUse> {
    if (!this.nameIndex) {
      this.nameIndex = new NameIndex();
      this.nameIndex.apply(this.sourceNameUses, '', 1);
      // the sources' own file names
      for (const [k, v] of this.sourceNameUses) {
        const got = this.nameIndex.get(k);
        if (got) {
          got.files.delete('');
          v.files.forEach((f) => got.files.add(f));
          got.sources = new Set(v.files); // the reference spelling: counts never outvote a source
        }
      }
      this.draftCounts.clear();
    }
    const file = path.basename(docKey(uri));
    const old = this.draftCounts.get(docKey(uri));
    const mine = new Map<string, NameUse>();
    countNames(mine, own, file);
    if (old && sameCounts(old, mine)) return this.nameIndex; // unchanged: the index (and its memo) stays as it is
    if (old) this.nameIndex.apply(old, file, -1);
    this.nameIndex.apply(mine, file, 1);
    this.draftCounts.set(docKey(uri), mine);
    return this.nameIndex;
  }
  private nameIndex: NameIndex | null = null;

  /** Name spellings of the sources and of the given drafts (in that order), for a batch check's cross-draft pass. */
  nameIndexWith(drafts: Iterable<{ file: string; counts: Map<string, NameUse> }>): NameIndex {
    const index = new NameIndex();
    for (const [k, v] of this.sourceNameUses)
      index.set(k, { spelling: v.spelling, count: v.count, files: new Set(v.files) });
    for (const d of drafts) index.apply(d.counts, d.file, 1);
    return index;
  }
  private draftCounts = new Map<string, Map<string, NameUse>>();

  /**
   * First pass of a whole-workspace check: analyse a draft (no sources involved) and count its names, so that the
   * second pass (`analyze`) sees every draft's spellings. Cheaper than a full `analyze`.
   */
  preload(uri: string, text: string, languageId: string): void {
    text = text.replace(/^\uFEFF/, ' ');
    if (!this.settings.enable || text.length > this.settings.maxFileSizeKB * 1024) return;
    const a = this.coreAnalysis(uri, text, languageId);
    if (!this.editing) this.cores.delete(uri); // a one-shot check keeps memory flat: re-analysed (or read from the disk cache) later
    if (a.model.frontMatter?.onrecord === false) return;
    this.nameUses(uri, a);
  }

  /** A draft's name spellings, counted as `preload` counts them (for a batch check's drafts that are not reported). */
  draftNameCounts(uri: string, text: string, languageId: string): Map<string, NameUse> {
    const counts = new Map<string, NameUse>();
    text = text.replace(/^\uFEFF/, ' ');
    if (!this.settings.enable || text.length > this.settings.maxFileSizeKB * 1024) return counts;
    const a = this.coreAnalysis(uri, text, languageId);
    if (!this.editing) this.cores.delete(uri);
    if (a.model.frontMatter?.onrecord !== false) countNames(counts, a, '');
    return counts;
  }

  /** drop what is kept for one document (a one-shot check calls this after reporting it) */
  forget(uri: string): void {
    this.cores.delete(uri);
    this.parseCaches.delete(uri);
    this.open.delete(uri);
  }

  analyzeOpen(uri: string, text: string, languageId: string, version: number): DocResult {
    const got = this.open.get(uri);
    if (got && got.version === version && got.text === text) return got;
    const file = uriToPath(uri);
    const base = file !== null ? path.dirname(file) : (this.root ?? undefined);
    const r = this.analyze(uri, text, languageId, version, base);
    this.open.set(uri, r);
    return r;
  }
  closeOpen(uri: string) {
    this.open.delete(uri);
    this.parseCaches.delete(uri);
    this.cores.delete(uri);
    // a draft on disk keeps counting for name consistency after its editor closes
    const bg = this.background.get(docKey(uri));
    if (bg) {
      this.preload(uri, bg.text, bg.languageId);
      return;
    }
    const old = this.draftCounts.get(docKey(uri));
    if (old && this.nameIndex) this.nameIndex.apply(old, path.basename(docKey(uri)), -1);
    this.draftCounts.delete(docKey(uri));
  }
  allAnalyses(): DocResult[] {
    return [...this.open.values()];
  }

  /** drafts on disk that are not open in an editor, indexed in the background: key → text */
  private background = new Map<string, { uri: string; text: string; languageId: string }>();

  /** Index every draft of the workspace (not the open ones: the editor owns those), yielding as it goes. */
  async indexWorkspaceAsync(progress?: (done: number, total: number) => void): Promise<number> {
    if (!this.root || this.settings.trusted === false || !this.settings.enable) return 0;
    const files = this.collectDrafts([this.root]);
    for (let i = 0; i < files.length; i++) {
      this.indexDraftFile(files[i]);
      if (i % 10 === 9) {
        progress?.(i + 1, files.length);
        await new Promise((r) => setImmediate(r));
      }
    }
    progress?.(files.length, files.length);
    this.open.clear(); // open drafts are re-checked against every draft's names
    return this.background.size;
  }

  /** (Re-)index one draft file on disk; a deleted or unreadable file is dropped. */
  indexDraftFile(file: string): void {
    const uri = fileUri(file);
    const key = docKey(uri);
    try {
      const st = fs.statSync(file);
      if (!st.isFile() || st.size > this.settings.maxFileSizeKB * 1024) throw new Error('skipped');
      const buf = fs.readFileSync(file);
      if (buf.includes(0)) throw new Error('binary');
      const text = buf.toString('utf8');
      const languageId = /\.(md|markdown)$/i.test(file) ? 'markdown' : 'plaintext';
      this.background.set(key, { uri, text, languageId });
      if (![...this.open.keys()].some((u) => docKey(u) === key)) this.preload(uri, text, languageId);
    } catch {
      this.background.delete(key);
      const old = this.draftCounts.get(key);
      if (old && this.nameIndex) this.nameIndex.apply(old, path.basename(file), -1);
      this.draftCounts.delete(key);
    }
  }

  /** open drafts (checked against sources) and background drafts (analysed, not re-verified) */
  workspaceAnalyses(): DocResult[] {
    const out = [...this.open.values()];
    const openKeys = new Set(out.map((r) => docKey(r.uri)));
    for (const [key, d] of this.background) {
      if (openKeys.has(key)) continue;
      const a = this.coreAnalysis(d.uri, d.text, d.languageId);
      if (a.model.frontMatter?.onrecord === false) continue;
      out.push({ uri: d.uri, text: d.text, analysis: a, index: new LineIndex(d.text), version: null });
    }
    return out;
  }

  fixesFor(r: DocResult, f: Finding): Fix[] {
    const fixes: Fix[] = [];
    const style = this.settings.attributionStyle;
    if (f.code === 'unattributed-quote' || f.code === 'unattributed-figure') {
      // propose the speaker of a matching passage
      const claim = r.analysis.claims.find((c) => c.start <= f.start && c.end >= f.end);
      const passage = claim?.sources.find((s) => s.kind === 'passage');
      const p = passage
        ? this.index.passages.find(
            (x) => x.uri === passage.uri && x.range.start.line === passage.sourceRange?.start.line,
          )
        : undefined;
      if (p?.speaker) {
        const fx = attributionFix(r.text, r.analysis, f, style, { speaker: titleCase(p.speaker) });
        if (fx) {
          fx.preferred = true;
          fixes.push(fx);
        }
      } else if (p?.meta.title && f.code === 'unattributed-figure') {
        const fx = attributionFix(r.text, r.analysis, f, 'according-to', { speaker: `the ${p.meta.title}` });
        if (fx) fixes.push(fx);
      }
      const ph = attributionFix(r.text, r.analysis, f, style);
      if (ph) fixes.push(ph);
    } else if (f.code === 'quote-mismatch') {
      const c = f.data?.corrected as { start: number; end: number; text: string } | undefined;
      if (c)
        fixes.push({
          title: `Correct the quote from its source: “${c.text.length > 60 ? c.text.slice(0, 59) + '…' : c.text}”`,
          code: f.code,
          edits: [{ start: c.start, end: c.end, newText: c.text }],
          preferred: true,
        });
    } else if (f.code === 'figure-mismatch') {
      const rep = f.data?.replacement as string | undefined;
      if (rep)
        fixes.push({
          title: `Correct the figure from its source: ${rep}`,
          code: f.code,
          edits: [{ start: f.start, end: f.end, newText: rep }],
          preferred: true,
        });
    } else if (f.code === 'name-inconsistent') {
      const sp = f.data?.spelling as string | undefined;
      if (sp)
        fixes.push({
          title: `Use the spelling “${sp}”`,
          code: f.code,
          edits: [{ start: f.start, end: f.end, newText: sp }],
          preferred: true,
        });
    } else if (f.code === 'unresolved-citation') {
      const near = f.data?.nearest as string | undefined;
      if (near)
        fixes.push({
          title: `Replace with @${near}`,
          code: f.code,
          edits: [{ start: f.start, end: f.end, newText: '@' + near }],
          preferred: true,
        });
    }
    return fixes;
  }

  /** Drafts under the given paths (files or folders), skipping node_modules, .git and the sources folders. */
  collectDrafts(paths: string[]): string[] {
    const skip = new Set(this.sourceDirs().map((d) => path.resolve(d)));
    const globs = this.sourceEntries().filter((e) => e.match);
    const isSource = (f: string) =>
      globs.some(
        ({ dir, match }) => path.resolve(f).startsWith(dir + path.sep) && match!(path.relative(dir, path.resolve(f))),
      );
    const out: string[] = [];
    for (const p of paths) {
      const st = fs.statSync(p);
      if (st.isDirectory())
        out.push(...walk(p, (f) => DRAFT_EXT.test(f) && !DRAFT_OUTPUTS.test(f) && !isSource(f), skip));
      else out.push(p);
    }
    return out;
  }
}

function lineAt(text: string, offset: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
/** the line of a top-level key in a JSON text (0 when not found) */
function keyLine(text: string, key: string | undefined): number {
  if (!key) return 0;
  const at = text.indexOf(JSON.stringify(key));
  return at < 0 ? 0 : lineAt(text, at);
}

function titleCase(s: string) {
  return s.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}

export function countNames(m: Map<string, NameUse>, a: FullAnalysis, file: string) {
  const add = (t: string) => {
    const got = m.get(t);
    if (got) {
      got.count++;
      got.files.add(file);
    } else m.set(t, { spelling: t, count: 1, files: new Set([file]) });
  };
  for (const e of a.entities) {
    if (e.type === 'other') continue;
    for (const mention of e.mentions) {
      const full = normName(mention.text.replace(/[’']s$/, ''));
      if (/[\s-]/.test(full)) add(full);
      for (const tok of mention.text.split(/\s+/)) {
        const t = normName(tok.replace(/[’']s$/, ''));
        if (t.length < 4 || !/^\p{Lu}/u.test(t)) continue;
        add(t);
      }
    }
  }
}

function sameCounts(a: Map<string, NameUse>, b: Map<string, NameUse>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k)?.count !== v.count) return false;
  return true;
}

function emptyAnalysis(text: string, languageId: string): FullAnalysis {
  const a = analyzeText('', { languageId });
  a.model.text = text;
  return a;
}

/**
 * Files under `dir`. Without `links`, symbolic links are skipped. With it (sources), a link is followed only when
 * its target is inside `links.root`; a link out of the workspace, or back to a folder already walked (a loop),
 * is refused through `links.refuse`.
 */
export interface WalkLinks {
  root: string;
  visited: Set<string>;
  refuse: (p: string, why: string) => void;
}
export function* walk(
  dir: string,
  accept: (f: string) => boolean,
  skip: Set<string> = new Set(),
  links?: WalkLinks,
  depth = 0,
): Generator<string> {
  if (depth > 64) {
    links?.refuse(dir, 'folders are nested more than 64 deep');
    return;
  }
  if (links) {
    const real = realOrSelf(dir);
    if (links.visited.has(real)) {
      links.refuse(dir, 'it leads back to a folder already read (a symbolic-link loop)');
      return;
    }
    links.visited.add(real);
  }
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    let isDir = e.isDirectory(),
      isFile = e.isFile();
    if (e.isSymbolicLink()) {
      if (!links) continue;
      let real: string, st: fs.Stats;
      try {
        real = fs.realpathSync(full);
        st = fs.statSync(real);
      } catch (err) {
        links.refuse(
          full,
          (err as { code?: string }).code === 'ELOOP' ? 'it is a symbolic-link loop' : 'it is a broken symbolic link',
        );
        continue;
      }
      if (!isInside(links.root, real)) {
        links.refuse(full, `it links to ${real}, outside the workspace folder`);
        continue;
      }
      isDir = st.isDirectory();
      isFile = st.isFile();
    }
    if (isDir) {
      if (SKIP_DIRS.has(e.name) || skip.has(path.resolve(full))) continue;
      yield* walk(full, accept, skip, links, depth + 1);
    } else if (isFile && accept(full)) yield full;
  }
}
