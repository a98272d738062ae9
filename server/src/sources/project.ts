/**
 * Project: the workspace as the server and the CLI see it, made of
 * - configuration (config.ts: .onrecord.json and the sources folders it names),
 * - the source index (source-index.ts: passages, bibliography, the sources' names),
 * - the name index (names.ts: spellings across sources and drafts),
 * - the drafts (drafts.ts: open and on disk, their analyses and checks),
 * all reading files through one FileSystem (fs.ts): the disk, or memory in tests.
 * This folder is the only place that touches the file system.
 */
import * as path from 'path';
import type { Fix } from '../core/fixes';
import { fixesFor } from '../core/check';
import type { FullAnalysis } from '../core/analyze';
import type { Finding } from '../core/types';
import type { NameIndex, NameUse } from '../core/names';
import { DEFAULT_SETTINGS, type Settings } from '../../../protocol/settings';
import { configProblems, readConfigFile, sourceEntries, type FileProblem, type SourceEntry } from './config';
import type { DiskCache } from './diskcache';
import { Drafts, type DocResult } from './drafts';
import { nodeFileSystem, type FileSystem } from './fs';
import { WorkspaceNames } from './names';
import { WorkspaceFigures } from './figures';
import { SourceIndex } from './source-index';

export { DEFAULT_SETTINGS, type Settings }; // what a Project is made from
export type { DocResult, FileProblem };
export { countNames } from './names';
export { docKey, fileUri, uriToPath } from './uris';
export { isInside, walk, type WalkLinks } from './walk';

export class Project {
  settings: Settings;
  /** optional on-disk cache of analyses (extension storage, or `onrecord check --cache DIR`) */
  diskCache: DiskCache | null = null;
  /** source folders given explicitly on a command line: allowed even outside the workspace folder */
  explicitSourceDirs: string[] = [];
  /** keep per-document block caches for fast re-analysis while typing (false for the CLI) */
  editing = true;
  /**
   * the worker thread script that lets the background indexer analyse drafts off this thread (the server sets it, see
   * Drafts.indexWorkspaceAsync); null: everything runs here
   */
  workerFile: string | null = null;
  /**
   * false for a batch check's per-draft pass (see batch.ts): `analyze` leaves out the cross-draft rule (name
   * consistency), which the batch runs once every draft has been counted
   */
  crossDraftNames = true;
  /** false where nobody asks for the sources' name spellings (a batch check's worker threads) */
  countSourceNames = true;
  /**
   * TEST ONLY: fault injection, set by the CLI and the server from the ONRECORD_TEST_THROW environment variable
   * (never from settings). 'analyze' makes every draft's analysis throw; a diagnostic code makes that rule throw
   * whenever it would report, so drafts without such a finding are still checked.
   */
  testThrow?: string;

  readonly sources: SourceIndex;
  readonly names: WorkspaceNames;
  readonly figures = new WorkspaceFigures();
  readonly drafts: Drafts;

  constructor(
    readonly root: string | null,
    settings: Settings,
    readonly log: (m: string) => void = () => {},
    readonly fs: FileSystem = nodeFileSystem,
  ) {
    this.settings = { ...DEFAULT_SETTINGS, ...settings };
    // the parts read the settings (and the other fields above) through the project, so they see every change
    this.sources = new SourceIndex(this);
    this.names = new WorkspaceNames(() => this.sources.names);
    this.drafts = new Drafts(this);
  }

  /** See config.ts `readConfigFile`. */
  static readConfigFile(
    root: string | null,
    log: (m: string) => void = () => {},
    file?: string,
    fs: FileSystem = nodeFileSystem,
  ): Partial<Settings> {
    return readConfigFile(root, log, file, fs);
  }

  /** problems found in configuration files read by readConfigFile (the file at `file`, or all of them) */
  static configProblems(file?: string): FileProblem[] {
    return configProblems(file);
  }

  get index() {
    return this.sources.passages;
  }
  get bibliography() {
    return this.sources.bibliography;
  }
  get sourceFiles(): string[] {
    return this.sources.files;
  }

  /**
   * Problems with source, bibliography and configuration files, each on its file and line: malformed CSL-JSON,
   * BibTeX or front matter, an invalid .onrecord.json, a sources path that leaves the workspace.
   */
  get fileProblems(): FileProblem[] {
    const cfg = this.root ? configProblems(path.join(this.root, '.onrecord.json')) : [];
    return [...cfg, ...this.sources.problems];
  }

  updateSettings(s: Partial<Settings>) {
    this.settings = { ...DEFAULT_SETTINGS, ...s };
    this.drafts.clearOpen();
  }

  /** the plain folders among the sources (not globs): drafts are never looked for in them */
  sourceDirs(): string[] {
    return this.sourceEntries()
      .filter((e) => !e.match)
      .map((e) => e.dir);
  }

  /** sourcesPath entries: folders, or globs split into their base folder and a matcher */
  sourceEntries(): SourceEntry[] {
    return sourceEntries(this.settings, this.root);
  }

  /** Read every source and bibliography. Unreadable files are skipped with one log line each. */
  loadSources(): { files: number; passages: number } {
    this.names.invalidate();
    this.sources.load();
    this.drafts.clearOpen();
    return { files: this.sources.files.length, passages: this.sources.passages.passages.length };
  }

  /**
   * Read every source and bibliography for a one-shot check: the digest and the problems now, the passages and names
   * when a draft first needs them (a check whose drafts all come from the cache never indexes the sources).
   */
  readSources(): void {
    this.names.invalidate();
    this.sources.load();
    this.drafts.clearOpen();
  }

  /** The same, yielding to the event loop every few files so that a server keeps answering; reports progress. */
  async loadSourcesAsync(
    progress?: (done: number, total: number) => void,
  ): Promise<{ files: number; passages: number }> {
    this.names.invalidate();
    await this.sources.loadAsync(progress);
    this.drafts.clearOpen();
    return { files: this.sources.files.length, passages: this.sources.passages.passages.length };
  }

  /** Re-read one source file after it changed on disk (or drop it when deleted). Returns false if it is not a source. */
  reindexSource(file: string): boolean {
    if (!this.sources.reindex(file)) return false;
    this.names.invalidate();
    this.drafts.clearOpen();
    return true;
  }

  /** Analyse a draft with the workspace's sources. */
  analyze(uri: string, text: string, languageId: string, version: number | null, frontMatterBase?: string): DocResult {
    return this.drafts.analyze(uri, text, languageId, version, frontMatterBase);
  }
  coreAnalysis(uri: string, text: string, languageId: string): FullAnalysis {
    return this.drafts.coreAnalysis(uri, text, languageId);
  }
  preload(uri: string, text: string, languageId: string): void {
    this.drafts.preload(uri, text, languageId);
  }
  /** A draft's name spellings, counted as `preload` counts them (for a batch check's drafts that are not reported). */
  draftNameCounts(uri: string, text: string, languageId: string): Map<string, NameUse> {
    return this.drafts.nameCounts(uri, text, languageId);
  }
  /** Name spellings of the sources and of the given drafts (in that order), for a batch check's cross-draft pass. */
  nameIndexWith(drafts: Iterable<{ file: string; counts: Map<string, NameUse> }>): NameIndex {
    return this.names.withDrafts(drafts);
  }
  forget(uri: string): void {
    this.drafts.forget(uri);
  }
  analyzeOpen(uri: string, text: string, languageId: string, version: number): DocResult {
    return this.drafts.analyzeOpen(uri, text, languageId, version);
  }
  closeOpen(uri: string): void {
    this.drafts.closeOpen(uri);
  }
  allAnalyses(): DocResult[] {
    return this.drafts.allAnalyses();
  }
  indexWorkspaceAsync(progress?: (done: number, total: number) => void): Promise<number> {
    return this.drafts.indexWorkspaceAsync(progress);
  }
  indexDraftFile(file: string): void {
    this.drafts.indexFile(file);
  }
  workspaceAnalyses(): DocResult[] {
    return this.drafts.workspaceAnalyses();
  }
  /** Drafts under the given paths (files or folders), skipping node_modules, .git and the sources folders. */
  collectDrafts(paths: string[]): string[] {
    return this.drafts.collect(paths);
  }

  /** the quick fixes for a finding, from the rule that reported it; attributions propose the source's speaker */
  fixesFor(r: DocResult, f: Finding): Fix[] {
    return fixesFor(f, {
      text: r.text,
      analysis: r.analysis,
      style: this.settings.attributionStyle,
      passageOf: (claim) => {
        const s = claim.sources.find((x) => x.kind === 'passage');
        return s
          ? this.index.passages.find((x) => x.uri === s.uri && x.range.start.line === s.sourceRange?.start.line)
          : undefined;
      },
    });
  }
}
