/**
 * The source index: every passage of the sources folders, every bibliography entry, the names the sources use,
 * and the problems found reading them. Reads stay inside the workspace folder (or a folder named on the command
 * line); one changed source is re-read alone.
 */
import * as path from 'path';
import { createHash } from 'crypto';
import { analyzeText } from '../core/analyze';
import { PassageIndex } from '../core/passages';
import { NameIndex, type NameUse } from '../core/names';
import type { BibEntry } from '../core/verify';
import type { Settings } from '../../../protocol/settings';
import { lineAt, sourceEntries, type FileProblem } from './config';
import type { DiskCache } from './diskcache';
import type { FileSystem } from './fs';
import {
  readSourceFile,
  readBibliography,
  type SourceDoc,
  isBibliography,
  frontMatterErrorLine,
  errorLine,
} from './readers';
import { fileUri } from './uris';
import { isInside, realOrSelf, walk } from './walk';
import { countNames } from './names';

/** files OnRecord itself writes, never sources */
export const DRAFT_OUTPUTS = /fact-check-sheet\.(?:csv|md|json)$/i;
/** files read in a row before yielding to the event loop */
const YIELD_EVERY = 20;

/** what the source index reads its settings from (they change when the writer changes them) */
export interface SourceContext {
  readonly fs: FileSystem;
  readonly root: string | null;
  readonly settings: Settings;
  readonly diskCache: DiskCache | null;
  /** source folders given explicitly on a command line: allowed even outside the workspace folder */
  readonly explicitSourceDirs: string[];
  /** false where nobody asks for the sources' name spellings (a batch check's worker threads) */
  readonly countSourceNames: boolean;
  log(message: string): void;
}

export class SourceIndex {
  private index = new PassageIndex();
  /**
   * the passages of every source read: built on first use, so that a cached `onrecord check` of drafts that all come
   * from the cache reads the sources (for the digest and the problems) without indexing them
   */
  get passages(): PassageIndex {
    this.settle();
    return this.index;
  }
  /** what is left to do for the sources read: indexing their passages, counting their names (in the order read) */
  private pending: (() => void)[] = [];
  bibliography = new Map<string, BibEntry>();
  /** the files read, in order */
  files: string[] = [];
  /** malformed bibliographies and front matter, refused paths: each on its file and line */
  problems: FileProblem[] = [];
  /** the names the sources use, all files together */
  private nameIndex = new NameIndex();
  get names(): NameIndex {
    this.settle();
    return this.nameIndex;
  }
  /** each source file's own name counts, so that one changed source can be taken out and put back */
  private counts = new Map<string, Map<string, NameUse>>();
  /** each file read's content hash, by its absolute path: the index's own hash is made of them (see `digest`) */
  private hashes = new Map<string, string>();
  private digested: string | null = null;

  constructor(private readonly ctx: SourceContext) {}

  private get base(): string {
    return this.ctx.root ?? process.cwd();
  }

  reset(): void {
    this.index = new PassageIndex();
    this.pending = [];
    this.bibliography = new Map();
    this.nameIndex = new NameIndex();
    this.counts = new Map();
    this.files = [];
    this.problems = [];
    this.hashes = new Map();
    this.digested = null;
  }

  /**
   * A hash of everything the index was read from: each file's path and text, in the order read. Two indexes with the
   * same digest answer every draft the same way, so results that depend on the sources are cached under it.
   */
  digest(): string {
    if (this.digested === null) {
      const h = createHash('sha256');
      for (const f of this.files) h.update(`${f}\u0000${this.hashes.get(path.resolve(f)) ?? ''}\u0000`);
      this.digested = h.digest('hex');
    }
    return this.digested;
  }

  private settle() {
    const todo = this.pending;
    this.pending = [];
    for (const step of todo) step();
  }

  /** a file read, by the hash of its text */
  private remember(file: string, hash: string) {
    this.hashes.set(path.resolve(file), hash);
    this.digested = null;
  }

  /** Read every source and bibliography. Unreadable files are skipped with one log line each. */
  load(): void {
    this.reset();
    if (this.ctx.settings.trusted === false) return;
    for (const file of this.fileList()) this.addFile(file);
  }

  /** The same, yielding to the event loop every few files so that a server keeps answering; reports progress. */
  async loadAsync(progress?: (done: number, total: number) => void): Promise<void> {
    this.reset();
    if (this.ctx.settings.trusted === false) return;
    const files = this.fileList();
    for (let i = 0; i < files.length; i++) {
      this.addFile(files[i]);
      this.settle(); // the server indexes as it reads, yielding as it goes
      if (i % YIELD_EVERY === YIELD_EVERY - 1) {
        progress?.(i + 1, files.length);
        await new Promise((r) => setImmediate(r));
      }
    }
    progress?.(files.length, files.length);
  }

  /** true when the file is in a sources folder (or matches a sources glob) or is a configured bibliography */
  isSourceFile(file: string): boolean {
    const abs = path.resolve(file);
    return (
      sourceEntries(this.ctx.settings, this.ctx.root).some(
        ({ dir, match }) => abs.startsWith(dir + path.sep) && (!match || match(path.relative(dir, abs))),
      ) || (this.ctx.settings.bibliography ?? []).some((b) => path.resolve(this.base, b) === abs)
    );
  }

  /** Re-read one source file after it changed on disk (or drop it when deleted). Returns false if it is not a source. */
  reindex(file: string): boolean {
    const abs = path.resolve(file);
    if (!this.isSourceFile(abs) || this.ctx.settings.trusted === false) return false;
    const uri = fileUri(abs);
    this.settle();
    this.index.removeUri(uri);
    for (const [k, e] of this.bibliography) if (e.uri === uri) this.bibliography.delete(k);
    this.files = this.files.filter((f) => path.resolve(f) !== abs);
    this.hashes.delete(abs);
    this.digested = null;
    // this source's names out, its new names in (addFile counts them again): no other source is re-read
    const oldCounts = this.counts.get(abs);
    if (oldCounts) {
      this.nameIndex.apply(oldCounts, path.basename(abs), -1);
      this.counts.delete(abs);
    }
    if (this.ctx.fs.exists(abs)) this.addFile(abs);
    return true;
  }

  /** every source file to read, in a stable order; refusals are recorded */
  private fileList(): string[] {
    const { fs } = this.ctx;
    const base = this.base;
    const realRoot = realOrSelf(fs, base);
    const visited = new Set<string>();
    const refuse = (p: string, why: string) => this.refuse(p, why);
    const files: string[] = [];
    const seen = new Set<string>();
    for (const { dir, match } of sourceEntries(this.ctx.settings, this.ctx.root)) {
      if (!fs.exists(dir)) continue; // a missing sources folder is fine
      const real = realOrSelf(fs, dir);
      // a folder the user named on the command line (--sources) is theirs to choose; workspace settings are not
      const explicit = this.ctx.explicitSourceDirs.some((t) => isInside(realOrSelf(fs, t), real));
      if (!isInside(realRoot, real) && !explicit) {
        refuse(dir, `it is outside the workspace folder ${base}`);
        continue;
      }
      for (const file of walk(
        fs,
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
    for (const b of this.ctx.settings.bibliography ?? []) {
      const p = path.resolve(base, b);
      if (!isInside(realRoot, realOrSelf(fs, p))) {
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

  /** a path the settings name that will not be read: logged, and a problem on the line of .onrecord.json naming it */
  private refuse(p: string, why: string) {
    const { fs, root } = this.ctx;
    const msg = `refused to read ${p}: ${why}. Sources must be inside the workspace folder.`;
    this.ctx.log(msg);
    const cfg = root ? path.join(root, '.onrecord.json') : null;
    if (!cfg || !fs.exists(cfg)) return;
    try {
      const text = fs.readFile(cfg).toString('utf8');
      const rel = path.relative(root!, p);
      const needle = [rel, p, path.basename(p)].find((n) => n && text.includes(JSON.stringify(n).slice(1, -1)));
      if (needle)
        this.problems.push({
          uri: fileUri(cfg),
          line: lineAt(text, text.indexOf(JSON.stringify(needle).slice(1, -1))),
          message: msg,
          severity: 'warning',
        });
    } catch {
      /* logged above */
    }
  }

  private addFile(file: string) {
    const { fs, settings } = this.ctx;
    const uri = fileUri(file);
    try {
      const read = fs.readFileUpTo(file, settings.maxFileSizeKB * 1024);
      if (!read.isFile) return this.ctx.log(`skipped ${file}: not a regular file`);
      if (!read.data)
        return this.ctx.log(
          `skipped ${file}: ${Math.round(read.size / 1024)} KB is over onrecord.maxFileSizeKB (${settings.maxFileSizeKB})`,
        );
      if (read.data.includes(0)) return this.ctx.log(`skipped ${file}: binary file`);
      const text = read.data.toString('utf8').replace(/^\uFEFF/, '');
      if (isBibliography(file)) return this.addBibliography(file, uri, text);
      // hashed once: for the index's digest, and as the key the disk cache keeps its reading under
      const hash = textHash(text);
      const src = this.readSource(file, text, hash);
      if (!src) return;
      if (src.readWarning) this.fileProblem(uri, file, 0, src.readWarning, 'warning');
      if (src.frontMatterError)
        this.fileProblem(
          uri,
          file,
          frontMatterErrorLine(text),
          `the front matter is not valid YAML (${src.frontMatterError}); its title, date and link are ignored`,
          'warning',
        );
      this.files.push(file);
      this.remember(file, hash);
      this.pending.push(() => this.indexSource(file, uri, src));
    } catch (e) {
      this.ctx.log(`skipped ${file}: ${(e as Error).message}`);
    }
  }

  /** a source file's passages and front matter, from the disk cache when its text and kind were read before */
  private readSource(file: string, text: string, hash: string): SourceDoc | null {
    const cache = this.ctx.diskCache;
    if (!cache) return readSourceFile(file, text);
    const key = cache.recordKey('source', [path.extname(file).toLowerCase(), hash]);
    const known = cache.record<{ doc: SourceDoc | null }>(key);
    if (known) return known.doc;
    const doc = readSourceFile(file, text);
    cache.setRecord(key, { doc });
    return doc;
  }

  /** a source read: its passages into the index, its names counted */
  private indexSource(file: string, uri: string, { text, passages, meta }: SourceDoc) {
    try {
      this.index.addSource(uri, path.relative(this.base, file) || path.basename(file), text, passages, meta);
      if (!this.ctx.countSourceNames) return;
      const { diskCache } = this.ctx;
      const lang = /\.(md|markdown)$/i.test(file) ? 'markdown' : 'plaintext';
      let a = diskCache?.get(lang, text) ?? null;
      if (!a) {
        a = analyzeText(text, { languageId: lang });
        diskCache?.set(lang, text, a);
      }
      const counts = new Map<string, NameUse>();
      countNames(counts, a, path.basename(file));
      this.counts.set(path.resolve(file), counts);
      this.nameIndex.apply(counts, path.basename(file), 1);
    } catch (e) {
      this.ctx.log(`skipped ${file}: ${(e as Error).message}`);
    }
  }

  private addBibliography(file: string, uri: string, text: string) {
    let entries: BibEntry[];
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
    this.files.push(file);
    this.remember(file, textHash(text));
  }

  private fileProblem(uri: string, file: string, line: number, message: string, severity: FileProblem['severity']) {
    this.problems.push({ uri, line, message, severity });
    this.ctx.log(`${file}:${line + 1}: ${message}`);
  }
}

/** a file's text as the index keeps it in its digest (and the disk cache its reading) */
const textHash = (text: string) => createHash('sha256').update(text).digest('hex');
