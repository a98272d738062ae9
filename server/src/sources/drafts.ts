/**
 * Drafts: the open ones (as the editor has them), the others on disk (indexed in the background), their analyses
 * cached by text, and the check of a draft against the sources and the workspace's names.
 */
import * as nodeFs from 'fs';
import * as path from 'path';
import { analyzeText, AnalysisCache, type FullAnalysis } from '../core/analyze';
import { checkWithSources } from '../core/check';
import { LineIndex } from '../core/text';
import type { BibEntry } from '../core/verify';
import type { Settings } from '../../../protocol/settings';
import { sourceEntries } from './config';
import type { DiskCache } from './diskcache';
import type { FileSystem } from './fs';
import { countNames, type WorkspaceNames } from './names';
import type { WorkspaceFigures } from './figures';
import type { NameUse } from '../core/names';
import { readBibliography, isBibliography } from './readers';
import { DRAFT_OUTPUTS, type SourceIndex } from './source-index';
import { docKey, fileUri, uriToPath } from './uris';
import { isInside, realOrSelf, walk } from './walk';
import { defaultThreads, runJobs } from './pool';

/** a draft and its analysis */
export interface DocResult {
  uri: string;
  text: string;
  analysis: FullAnalysis;
  index: LineIndex;
  /** the editor's version of an open draft; null for a draft read from disk */
  version: number | null;
  /** why the draft was not checked (e.g. too large) */
  notice?: string;
}

/**
 * a leading byte order mark read as a space (offsets stay those of the file); the text itself when it has none, where
 * a replace by pattern copied the whole draft on every keystroke
 */
function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
}

const DRAFT_EXT = /\.(md|markdown|txt)$/i;
/** drafts indexed in a row before yielding to the event loop */
const YIELD_EVERY = 10;

/** what the drafts read their settings and the other parts of the workspace from */
export interface DraftContext {
  readonly fs: FileSystem;
  readonly root: string | null;
  readonly settings: Settings;
  readonly diskCache: DiskCache | null;
  /** keep per-document block caches for fast re-analysis while typing (false for the CLI) */
  readonly editing: boolean;
  /** false for a batch check's per-draft pass: name consistency runs once every draft is counted */
  readonly crossDraftNames: boolean;
  /** see Project.workerFile */
  readonly workerFile: string | null;
  /** TEST ONLY: fault injection, see Project.testThrow */
  readonly testThrow?: string;
  readonly sources: SourceIndex;
  readonly names: WorkspaceNames;
  readonly figures: WorkspaceFigures;
}

export class Drafts {
  /** open drafts' latest results, by URI */
  private open = new Map<string, DocResult>();
  private parseCaches = new Map<string, AnalysisCache>();
  private cores = new Map<string, { text: string; languageId: string; analysis: FullAnalysis }>();
  /** drafts on disk that are not open in an editor, indexed in the background: key → text */
  private background = new Map<string, { uri: string; text: string; languageId: string }>();

  constructor(private readonly ctx: DraftContext) {}

  /** drafts the last workspace indexing had analysed on worker threads */
  offThread = 0;

  /** background drafts checked against the sources, by key, while their text and the workspace stay the same */
  private checked = new Map<string, DocResult>();

  /** open drafts are checked again on next use (settings, sources or names changed) */
  clearOpen(): void {
    this.open.clear();
    this.checked.clear();
  }

  /** Analyse a draft with the workspace's sources. */
  analyze(uri: string, text: string, languageId: string, version: number | null, frontMatterBase?: string): DocResult {
    const { settings } = this.ctx;
    text = withoutBom(text);
    const index = new LineIndex(text);
    if (!settings.enable) return { uri, text, analysis: emptyAnalysis(text, languageId), index, version };
    if (text.length > settings.maxFileSizeKB * 1024) {
      return {
        uri,
        text,
        analysis: emptyAnalysis(text, languageId),
        index,
        version,
        notice: `OnRecord skipped this file: it is ${Math.round(text.length / 1024)} KB, over onrecord.maxFileSizeKB (${settings.maxFileSizeKB}). Raise the setting to check it.`,
      };
    }
    if (this.ctx.testThrow === 'analyze') throw new Error('injected failure (ONRECORD_TEST_THROW=analyze)');
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
    const bib = this.bibliographyFor(analysis, frontMatterBase);
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
    const names = this.ctx.crossDraftNames ? this.ctx.names.update(uri, analysis) : undefined;
    if (this.ctx.crossDraftNames) this.ctx.figures.update(uri, index, analysis.figures);
    analysis.findings = checkWithSources(text, analysis, {
      index: this.ctx.sources.passages,
      bibliography: bib,
      names,
      policy: this.ctx.settings.policy,
      ruleLevels: this.ctx.settings.rules,
      otherFigures: this.ctx.crossDraftNames ? this.ctx.figures.othersThan(uri) : undefined,
    });
    if (this.ctx.testThrow && analysis.findings.some((f) => f.code === this.ctx.testThrow))
      throw new Error(`injected failure in rule ${this.ctx.testThrow} (ONRECORD_TEST_THROW)`);
    return { uri, text, analysis, index, version };
  }

  /** the workspace's bibliography, plus the files the draft's front matter names (relative to the draft) */
  private bibliographyFor(analysis: FullAnalysis, frontMatterBase: string | undefined): Map<string, BibEntry> {
    const { fs, settings } = this.ctx;
    const fmBib = analysis.model.frontMatter?.bibliography;
    if (!fmBib || !frontMatterBase || settings.trusted === false) return this.ctx.sources.bibliography;
    const bib = new Map(this.ctx.sources.bibliography);
    const realRoot = realOrSelf(fs, this.ctx.root ?? frontMatterBase);
    for (const b of Array.isArray(fmBib) ? fmBib : [fmBib]) {
      if (typeof b !== 'string') continue;
      const p = path.resolve(frontMatterBase, b);
      // a draft from elsewhere must not make OnRecord read files outside the workspace
      if (!isBibliography(p) || !isInside(realRoot, realOrSelf(fs, p))) continue;
      try {
        if (fs.stat(p).size > settings.maxFileSizeKB * 1024) continue;
        for (const e of readBibliography(p, fs.readFile(p).toString('utf8'), fileUri(p))) bib.set(e.key, e);
      } catch {
        /* reported as unresolved */
      }
    }
    return bib;
  }

  /**
   * The per-document analysis (no sources involved), cached by text: re-checking a draft against changed sources or
   * other drafts does not re-analyse it. The caller gets a copy it may add sources and findings to.
   */
  coreAnalysis(uri: string, text: string, languageId: string): FullAnalysis {
    const { diskCache } = this.ctx;
    let hit = this.cores.get(uri);
    if (!hit || hit.text !== text || hit.languageId !== languageId) {
      // a document being edited uses its block cache; a document seen for the first time may be on disk already
      let cache = this.parseCaches.get(uri);
      const typed = cache !== undefined; // a later version of a document being edited
      const fromDisk = !typed && diskCache ? diskCache.get(languageId, text) : null;
      // block caches only pay off for documents being edited (the server), not for a one-shot check
      if (!cache && this.ctx.editing) {
        cache = new AnalysisCache();
        this.parseCaches.set(uri, cache);
      }
      const analysis = fromDisk ?? analyzeText(text, { languageId, cache });
      // the versions typed in an editor are not written: one JSON file of the whole analysis per keystroke cost more
      // than the keystroke's analysis, and filled the cache with drafts no one reopens
      if (!fromDisk && !typed && diskCache && text.length > 0) diskCache.set(languageId, text, analysis);
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

  /**
   * First pass of a whole-workspace check: analyse a draft (no sources involved) and count its names, so that the
   * second pass (`analyze`) sees every draft's spellings. Cheaper than a full `analyze`.
   */
  preload(uri: string, text: string, languageId: string): void {
    const { settings } = this.ctx;
    text = withoutBom(text);
    if (!settings.enable || text.length > settings.maxFileSizeKB * 1024) return;
    const a = this.coreAnalysis(uri, text, languageId);
    if (!this.ctx.editing) this.cores.delete(uri); // a one-shot check keeps memory flat: re-analysed (or read from the disk cache) later
    if (a.model.frontMatter?.onrecord === false) return;
    this.ctx.names.update(uri, a);
    this.ctx.figures.update(uri, text, a.figures);
  }

  /** A draft's name spellings, counted as `preload` counts them (for a batch check's drafts that are not reported). */
  nameCounts(uri: string, text: string, languageId: string): Map<string, NameUse> {
    const { settings } = this.ctx;
    const counts = new Map<string, NameUse>();
    text = withoutBom(text);
    if (!settings.enable || text.length > settings.maxFileSizeKB * 1024) return counts;
    const a = this.coreAnalysis(uri, text, languageId);
    if (!this.ctx.editing) this.cores.delete(uri);
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
    const base = file !== null ? path.dirname(file) : (this.ctx.root ?? undefined);
    const r = this.analyze(uri, text, languageId, version, base);
    this.open.set(uri, r);
    return r;
  }

  closeOpen(uri: string): void {
    this.open.delete(uri);
    this.parseCaches.delete(uri);
    this.cores.delete(uri);
    // a draft on disk keeps counting for name consistency after its editor closes
    const bg = this.background.get(docKey(uri));
    if (bg) this.preload(uri, bg.text, bg.languageId);
    else {
      this.ctx.names.remove(uri);
      this.ctx.figures.remove(uri);
    }
  }

  /** the open drafts' latest results */
  allAnalyses(): DocResult[] {
    return [...this.open.values()];
  }

  /** Index every draft of the workspace (not the open ones: the editor owns those), yielding as it goes. */
  async indexWorkspaceAsync(progress?: (done: number, total: number) => void): Promise<number> {
    const { root, settings } = this.ctx;
    if (!root || settings.trusted === false || !settings.enable) return 0;
    const files = this.collect([root]);
    await this.analyzeOffThread(files, progress);
    for (let i = 0; i < files.length; i++) {
      this.indexFile(files[i]);
      if (i % YIELD_EVERY === YIELD_EVERY - 1) {
        progress?.(i + 1, files.length);
        await new Promise((r) => setImmediate(r));
      }
    }
    progress?.(files.length, files.length);
    this.open.clear(); // open drafts are re-checked against every draft's names
    return this.background.size;
  }

  /**
   * The drafts' analyses on `onrecord.jobs` worker threads, kept as if this thread had made them (indexFile then finds
   * them): the server's thread stays free for the draft being edited. The texts are read and checked as indexFile
   * reads them; drafts the disk cache holds, open drafts and unreadable files are left to indexFile.
   */
  private async analyzeOffThread(files: string[], progress?: (done: number, total: number) => void): Promise<void> {
    const { workerFile, settings, diskCache } = this.ctx;
    this.offThread = 0;
    const workers = workerFile ? indexerThreads(settings.jobs) : 0;
    if (!workers || files.length < 2 || !nodeFs.existsSync(workerFile!)) return;
    const openKeys = new Set([...this.open.keys()].map(docKey));
    const jobs: { uri: string; text: string; languageId: string }[] = [];
    for (const file of files) {
      const draft = this.readDraft(file);
      if (!draft || openKeys.has(docKey(draft.uri)) || !settings.enable) continue;
      const text = withoutBom(draft.text); // as preload reads it
      if (this.cores.get(draft.uri)?.text === text) continue;
      const cached = diskCache?.get(draft.languageId, text);
      if (cached) this.cores.set(draft.uri, { text, languageId: draft.languageId, analysis: cached });
      else jobs.push({ uri: draft.uri, text, languageId: draft.languageId });
    }
    if (!jobs.length) return;
    let done = 0;
    await runJobs(jobs, {
      workers: Math.min(workers, jobs.length),
      workerFile: workerFile!,
      workerData: { indexer: true },
      onFailure: () => null as FullAnalysis | null, // analysed on this thread by indexFile
      onResult: (i, analysis) => {
        const { uri, text, languageId } = jobs[i];
        if (analysis) {
          this.offThread++;
          this.cores.set(uri, { text, languageId, analysis });
          if (diskCache && text.length > 0) diskCache.set(languageId, text, analysis);
        }
        if (++done % YIELD_EVERY === 0) progress?.(done, jobs.length);
      },
    });
  }

  /** a draft file's text as indexFile reads it, or null (too large, binary, unreadable) */
  private readDraft(file: string): { uri: string; text: string; languageId: string } | null {
    const { fs, settings } = this.ctx;
    try {
      const st = fs.stat(file);
      if (!st.isFile || st.size > settings.maxFileSizeKB * 1024) return null;
      const buf = fs.readFile(file);
      if (buf.includes(0)) return null;
      const languageId = /\.(md|markdown)$/i.test(file) ? 'markdown' : 'plaintext';
      return { uri: fileUri(file), text: buf.toString('utf8'), languageId };
    } catch {
      return null;
    }
  }

  /** (Re-)index one draft file on disk; a deleted or unreadable file is dropped. */
  indexFile(file: string): void {
    const uri = fileUri(file);
    const key = docKey(uri);
    try {
      const draft = this.readDraft(file);
      if (!draft) throw new Error('skipped');
      const { text, languageId } = draft;
      this.background.set(key, { uri, text, languageId });
      this.checked.clear(); // another draft's names and figures changed: background drafts are checked again
      if (![...this.open.keys()].some((u) => docKey(u) === key)) this.preload(uri, text, languageId);
    } catch {
      this.background.delete(key);
      this.ctx.names.remove(uri);
      this.ctx.figures.remove(uri);
    }
  }

  /**
   * Every draft of the workspace checked against the sources: the open ones as the editor has them, the others as on
   * disk (checked once, then kept until their text or the workspace changes), so their statuses and sources are right.
   */
  workspaceAnalyses(): DocResult[] {
    const out = [...this.open.values()];
    const openKeys = new Set(out.map((r) => docKey(r.uri)));
    for (const [key, d] of this.background) {
      if (openKeys.has(key)) continue;
      let r = this.checked.get(key);
      if (!r || r.text !== d.text) {
        const file = uriToPath(d.uri);
        r = this.analyze(d.uri, d.text, d.languageId, null, file !== null ? path.dirname(file) : undefined);
        if (!this.ctx.editing) this.cores.delete(d.uri);
        this.checked.set(key, r);
      }
      if (!r.analysis.claims.length && r.analysis.model.frontMatter?.onrecord === false) continue;
      out.push(r);
    }
    return out;
  }

  /** Drafts under the given paths (files or folders), skipping node_modules, .git and the sources folders. */
  collect(paths: string[]): string[] {
    const { fs } = this.ctx;
    const entries = sourceEntries(this.ctx.settings, this.ctx.root);
    const skip = new Set(entries.filter((e) => !e.match).map((e) => path.resolve(e.dir)));
    const globs = entries.filter((e) => e.match);
    const isSource = (f: string) =>
      globs.some(
        ({ dir, match }) => path.resolve(f).startsWith(dir + path.sep) && match!(path.relative(dir, path.resolve(f))),
      );
    const out: string[] = [];
    for (const p of paths) {
      if (fs.stat(p).isDirectory)
        out.push(...walk(fs, p, (f) => DRAFT_EXT.test(f) && !DRAFT_OUTPUTS.test(f) && !isSource(f), skip));
      else out.push(p);
    }
    return out;
  }
}

/** `onrecord.jobs`: worker threads for the background indexer; 0 means one fewer than the cores, at least 1 */
export function indexerThreads(jobs: number): number {
  return jobs >= 1 ? Math.floor(jobs) : Math.max(1, defaultThreads() - 1);
}

function emptyAnalysis(text: string, languageId: string): FullAnalysis {
  const a = analyzeText('', { languageId });
  a.model.text = text;
  return a;
}
