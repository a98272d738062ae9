/**
 * Project: the workspace as the server and the CLI see it. Reads sources and bibliographies from disk
 * (this folder is the only place that touches the file system), keeps analyses of drafts, and runs the
 * workspace-wide rules.
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyzeText, type FullAnalysis } from '../core/analyze';
import { LineIndex } from '../core/text';
import { PassageIndex } from '../core/passages';
import { verifyDocument, normName, type BibEntry, type NameUse } from '../core/verify';
import { attributionFix, type AttributionStyle, type Fix } from '../core/fixes';
import type { Finding } from '../core/types';
import { readSourceFile, readBibliography, isBibliography } from './readers';

export interface Settings {
  enable: boolean;
  sourcesPath: string | string[];
  attributionStyle: AttributionStyle;
  maxFileSizeKB: number;
  debounceMs: number;
  bibliography: string[];
  /** false in an untrusted (Restricted Mode) workspace: sources, bibliographies and .onrecord.json are not read */
  trusted: boolean;
}
export const DEFAULT_SETTINGS: Settings = { enable: true, sourcesPath: 'sources', attributionStyle: 'said', maxFileSizeKB: 2048, debounceMs: 150, bibliography: [], trusted: true };

export interface DocResult { uri: string; text: string; analysis: FullAnalysis; index: LineIndex; version: number | null; notice?: string }

const DRAFT_EXT = /\.(md|markdown|txt)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', '.vscode', 'dist', 'out']);

export function fileUri(p: string): string {
  const abs = path.resolve(p).split(path.sep).map(encodeURIComponent).join('/');
  return 'file://' + (abs.startsWith('/') ? abs : '/' + abs);
}

export class Project {
  settings: Settings;
  index = new PassageIndex();
  bibliography = new Map<string, BibEntry>();
  private open = new Map<string, DocResult>();
  private names = new Map<string, NameUse>();
  private sourceNameUses = new Map<string, NameUse>();
  sourceFiles: string[] = [];

  constructor(readonly root: string | null, settings: Settings, private log: (m: string) => void = () => {}) {
    this.settings = { ...DEFAULT_SETTINGS, ...settings };
  }

  static readConfigFile(root: string | null, log: (m: string) => void = () => {}, file?: string): Partial<Settings> {
    const p = file ?? (root ? path.join(root, '.onrecord.json') : null);
    if (!p || !fs.existsSync(p)) return {};
    try {
      const raw = JSON.parse(fs.readFileSync(p, 'utf8'));
      if (!raw || typeof raw !== 'object') throw new Error('expected a JSON object');
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(raw)) {
        if (k === 'attribution' && v && typeof v === 'object') out.attributionStyle = (v as { style?: string }).style;
        else out[k.replace(/^onrecord\./, '').replace(/\.(\w)/g, (_, c: string) => c.toUpperCase())] = v;
      }
      return out as Partial<Settings>;
    } catch (e) {
      log(`${p}: ${(e as Error).message}. Fix the JSON or delete the file; using defaults.`);
      return {};
    }
  }

  updateSettings(s: Partial<Settings>) {
    this.settings = { ...DEFAULT_SETTINGS, ...s };
    this.open.clear();
  }

  sourceDirs(): string[] {
    const list = Array.isArray(this.settings.sourcesPath) ? this.settings.sourcesPath : [this.settings.sourcesPath];
    return list.filter(Boolean).map((p) => path.resolve(this.root ?? process.cwd(), p));
  }

  /** Read every source and bibliography. Unreadable files are skipped with one log line each. */
  loadSources(): { files: number; passages: number } {
    this.index = new PassageIndex();
    this.bibliography = new Map();
    this.sourceNameUses = new Map();
    this.sourceFiles = [];
    if (this.settings.trusted === false) { this.open.clear(); return { files: 0, passages: 0 }; }
    const maxBytes = this.settings.maxFileSizeKB * 1024;
    for (const dir of this.sourceDirs()) {
      if (!fs.existsSync(dir)) continue;
      for (const file of walk(dir, () => true)) this.addSourceFile(file, maxBytes);
    }
    for (const b of this.settings.bibliography ?? []) this.addSourceFile(path.resolve(this.root ?? process.cwd(), b), maxBytes);
    this.open.clear();
    return { files: this.sourceFiles.length, passages: this.index.passages.length };
  }

  private addSourceFile(file: string, maxBytes: number) {
    try {
      const st = fs.statSync(file);
      if (st.size > maxBytes) { this.log(`skipped ${file}: ${Math.round(st.size / 1024)} KB is over onrecord.maxFileSizeKB (${this.settings.maxFileSizeKB})`); return; }
      const buf = fs.readFileSync(file);
      if (buf.includes(0)) { this.log(`skipped ${file}: binary file`); return; }
      const text = buf.toString('utf8').replace(/^\uFEFF/, '');
      const uri = fileUri(file);
      if (isBibliography(file)) {
        for (const e of readBibliography(file, text, uri)) this.bibliography.set(e.key, e);
        this.sourceFiles.push(file);
        return;
      }
      const src = readSourceFile(file, text);
      if (!src) return;
      this.index.addSource(uri, path.relative(this.root ?? process.cwd(), file) || path.basename(file), src.text, src.passages, src.meta);
      this.sourceFiles.push(file);
      const a = analyzeText(src.text, { languageId: /\.(md|markdown)$/i.test(file) ? 'markdown' : 'plaintext' });
      countNames(this.sourceNameUses, a, path.basename(file));
    } catch (e) {
      this.log(`skipped ${file}: ${(e as Error).message}`);
    }
  }

  /** Analyse a draft with the workspace's sources. */
  analyze(uri: string, text: string, languageId: string, version: number | null, frontMatterBase?: string): DocResult {
    text = text.replace(/^\uFEFF/, ' ');
    const index = new LineIndex(text);
    if (!this.settings.enable) return { uri, text, analysis: emptyAnalysis(text, languageId), index, version };
    if (text.length > this.settings.maxFileSizeKB * 1024) {
      return { uri, text, analysis: emptyAnalysis(text, languageId), index, version, notice: `OnRecord skipped this file: it is ${Math.round(text.length / 1024)} KB, over onrecord.maxFileSizeKB (${this.settings.maxFileSizeKB}). Raise the setting to check it.` };
    }
    const analysis = analyzeText(text, { languageId });
    // bibliography named in front matter, relative to the draft
    let bib = this.bibliography;
    const fmBib = analysis.model.frontMatter?.bibliography;
    if (fmBib && frontMatterBase) {
      bib = new Map(bib);
      for (const b of Array.isArray(fmBib) ? fmBib : [fmBib]) {
        if (typeof b !== 'string') continue;
        const p = path.resolve(frontMatterBase, b);
        try { for (const e of readBibliography(p, fs.readFileSync(p, 'utf8'), fileUri(p))) bib.set(e.key, e); } catch { /* reported below as unresolved */ }
      }
    }
    for (const c of analysis.claims) for (const s of c.sources) if (s.kind === 'citation') {
      const e = bib.get(s.label.slice(1));
      if (e) { s.title = e.title; s.date = e.date; s.uri = e.url ?? e.uri; }
    }
    const names = this.nameUses(uri, analysis);
    const extra = verifyDocument(text, analysis, { index: this.index, bibliography: bib, names });
    // a figure whose claim links to a source passage or citation counts as attributed
    const linked = (fi: number) => analysis.claims.some((c) => c.figures.includes(fi) && c.sources.some((x) => x.kind === 'passage' || x.kind === 'citation'));
    const before = analysis.findings.length;
    analysis.findings = analysis.findings.filter((f) => f.code !== 'unattributed-figure' || !linked(f.data?.figure as number));
    if (extra.length || analysis.findings.length !== before) {
      const { applySuppressions } = require('../core/suppress') as typeof import('../core/suppress');
      analysis.findings = applySuppressions(analysis.model, [...analysis.findings, ...extra]).sort((a, b) => a.start - b.start || a.end - b.end);
    }
    return { uri, text, analysis, index, version };
  }

  /** name spellings used in sources and other drafts (not this one) */
  private nameUses(uri: string, _a: FullAnalysis): Map<string, NameUse> {
    const merged = new Map<string, NameUse>();
    const add = (m: Map<string, NameUse>) => { for (const [k, v] of m) { const got = merged.get(k); if (got) { got.count += v.count; v.files.forEach((f) => got.files.add(f)); } else merged.set(k, { spelling: v.spelling, count: v.count, files: new Set(v.files) }); } };
    add(this.sourceNameUses);
    for (const [u, r] of this.open) if (u !== uri) { const m = new Map<string, NameUse>(); countNames(m, r.analysis, path.basename(u)); add(m); }
    const own = new Map<string, NameUse>();
    countNames(own, _a, 'this draft');
    add(own);
    return merged;
  }

  analyzeOpen(uri: string, text: string, languageId: string, version: number): DocResult {
    const got = this.open.get(uri);
    if (got && got.version === version && got.text === text) return got;
    const base = uri.startsWith('file://') ? path.dirname(decodeURIComponent(uri.slice(7))) : this.root ?? undefined;
    const r = this.analyze(uri, text, languageId, version, base);
    this.open.set(uri, r);
    return r;
  }
  closeOpen(uri: string) { this.open.delete(uri); }
  allAnalyses(): DocResult[] { return [...this.open.values()]; }

  fixesFor(r: DocResult, f: Finding): Fix[] {
    const fixes: Fix[] = [];
    const style = this.settings.attributionStyle;
    if (f.code === 'unattributed-quote' || f.code === 'unattributed-figure') {
      // propose the speaker of a matching passage
      const claim = r.analysis.claims.find((c) => c.start <= f.start && c.end >= f.end);
      const passage = claim?.sources.find((s) => s.kind === 'passage');
      const p = passage ? this.index.passages.find((x) => x.uri === passage.uri && x.range.start.line === passage.sourceRange?.start.line) : undefined;
      if (p?.speaker) { const fx = attributionFix(r.text, r.analysis, f, style, { speaker: titleCase(p.speaker) }); if (fx) { fx.preferred = true; fixes.push(fx); } }
      else if (p?.meta.title && f.code === 'unattributed-figure') { const fx = attributionFix(r.text, r.analysis, f, 'according-to', { speaker: `the ${p.meta.title}` }); if (fx) fixes.push(fx); }
      const ph = attributionFix(r.text, r.analysis, f, style);
      if (ph) fixes.push(ph);
    } else if (f.code === 'quote-mismatch') {
      const c = f.data?.corrected as { start: number; end: number; text: string } | undefined;
      if (c) fixes.push({ title: `Correct the quote from its source: “${c.text.length > 60 ? c.text.slice(0, 59) + '…' : c.text}”`, code: f.code, edits: [{ start: c.start, end: c.end, newText: c.text }], preferred: true });
    } else if (f.code === 'figure-mismatch') {
      const rep = f.data?.replacement as string | undefined;
      if (rep) fixes.push({ title: `Correct the figure from its source: ${rep}`, code: f.code, edits: [{ start: f.start, end: f.end, newText: rep }], preferred: true });
    } else if (f.code === 'name-inconsistent') {
      const sp = f.data?.spelling as string | undefined;
      if (sp) fixes.push({ title: `Use the spelling “${sp}”`, code: f.code, edits: [{ start: f.start, end: f.end, newText: sp }], preferred: true });
    } else if (f.code === 'unresolved-citation') {
      const near = f.data?.nearest as string | undefined;
      if (near) fixes.push({ title: `Replace with @${near}`, code: f.code, edits: [{ start: f.start, end: f.end, newText: '@' + near }], preferred: true });
    }
    return fixes;
  }

  /** Drafts under the given paths (files or folders), skipping node_modules, .git and the sources folders. */
  collectDrafts(paths: string[]): string[] {
    const skip = new Set(this.sourceDirs().map((d) => path.resolve(d)));
    const out: string[] = [];
    for (const p of paths) {
      const st = fs.statSync(p);
      if (st.isDirectory()) out.push(...walk(p, (f) => DRAFT_EXT.test(f), skip));
      else out.push(p);
    }
    return out;
  }
}

function titleCase(s: string) { return s.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase()); }

export function countNames(m: Map<string, NameUse>, a: FullAnalysis, file: string) {
  const add = (t: string) => {
    const got = m.get(t);
    if (got) { got.count++; got.files.add(file); } else m.set(t, { spelling: t, count: 1, files: new Set([file]) });
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

function emptyAnalysis(text: string, languageId: string): FullAnalysis {
  const a = analyzeText('', { languageId });
  a.model.text = text;
  return a;
}

export function* walk(dir: string, accept: (f: string) => boolean, skip: Set<string> = new Set()): Generator<string> {
  let entries: fs.Dirent[];
  try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return; }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (SKIP_DIRS.has(e.name) || skip.has(path.resolve(full))) continue;
      yield* walk(full, accept, skip);
    } else if (e.isFile() && accept(full)) yield full;
  }
}
