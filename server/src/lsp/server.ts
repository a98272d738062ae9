/** The language server: a thin mapping from the core's records to LSP. */
import {
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  DiagnosticSeverity,
  CodeActionKind,
  type Diagnostic,
  type InitializeParams,
  type CodeAction,
  type Connection,
  SymbolKind,
  type DocumentSymbol,
  type WorkspaceSymbol,
  MarkupKind,
  type Hover,
  ResponseError,
  ErrorCodes,
  type Location,
  type Range,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import * as path from 'path';
import { claimHover, figureHover, entityHover } from '../core/hover';
import { toJsonDocument } from '../core/report';
import { Project } from '../sources/project';
import { DEFAULT_SETTINGS, type Settings } from '../../../protocol/settings';
import {
  CLAIMS_REQUEST,
  type ClaimsParams,
  type ClaimsResult,
  type InitializationOptions,
} from '../../../protocol/requests';
import { DiskCache } from '../sources/diskcache';
import type { Finding } from '../core/types';
import type { FullAnalysis } from '../core/analyze';
import { LineIndex } from '../core/text';
import { guardHandlers, internalErrorDiagnostic } from './guard';

const SEVERITY: Record<string, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): void {
  const documents = new TextDocuments(TextDocument);
  let project: Project = new Project(null, DEFAULT_SETTINGS);
  let hasConfigurationCapability = false;
  let hasWorkDoneProgress = false;
  let initOptions: Partial<Settings> = {};
  const timers = new Map<string, ReturnType<typeof setTimeout>>();

  const log = (msg: string) => connection.console.log(`[onrecord] ${msg}`);
  // every handler registered below answers an LSP error when it throws, instead of failing silently (guard.ts)
  connection = guardHandlers(connection, log);
  let failures = 0;

  connection.onInitialize((params: InitializeParams) => {
    hasConfigurationCapability = !!params.capabilities.workspace?.configuration;
    hasWorkDoneProgress = !!params.capabilities.window?.workDoneProgress;
    initOptions = (params.initializationOptions ?? {}) as Partial<Settings>;
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? null;
    const root = folder ? URI.parse(folder).fsPath : null;
    const fromFile = initOptions.trusted === false ? {} : Project.readConfigFile(root, log);
    project = new Project(root, { ...DEFAULT_SETTINGS, ...fromFile, ...initOptions }, log);
    project.testThrow = process.env.ONRECORD_TEST_THROW; // test-only fault injection, see Project.testThrow
    // on-disk cache of analyses in the client's storage folder (outside the workspace), when it gives one
    const cacheDir = (params.initializationOptions as InitializationOptions | undefined)?.cacheDir;
    if (typeof cacheDir === 'string' && cacheDir && path.isAbsolute(cacheDir))
      project.diskCache = new DiskCache(cacheDir, log);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix], resolveProvider: false },
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        definitionProvider: true,
        referencesProvider: true,
      },
      serverInfo: { name: 'onrecord', version: VERSION },
    };
  });

  connection.onInitialized(async () => {
    await refreshSettings();
    // indexing reports progress to clients that support window/workDoneProgress
    let progress: Awaited<ReturnType<typeof connection.window.createWorkDoneProgress>> | null = null;
    if (hasWorkDoneProgress) {
      try {
        progress = await connection.window.createWorkDoneProgress();
        progress.begin('OnRecord', 0, 'Indexing sources…', false);
      } catch {
        progress = null;
      }
    }
    try {
      const n = await project.loadSourcesAsync((done, total) =>
        progress?.report(total ? Math.round((100 * done) / total) : 100, `${done} of ${total} source files`),
      );
      log(`indexed ${n.passages} source passages from ${n.files} files`);
      progress?.report(100, `${n.files} source files, ${n.passages} passages`);
    } catch (e) {
      log(`could not read sources: ${(e as Error).message}`);
    }
    // then every draft of the workspace, in the background, for workspace symbols, the claims listing and names
    try {
      const n = await project.indexWorkspaceAsync((done, total) =>
        progress?.report(total ? Math.round((100 * done) / total) : 100, `${done} of ${total} drafts`),
      );
      log(`indexed ${n} drafts of the workspace`);
    } catch (e) {
      log(`could not index the workspace: ${(e as Error).message}`);
    }
    progress?.done();
    publishFileProblems();
    documents.all().forEach((d) => schedule(d, 0));
  });

  async function refreshSettings() {
    if (!hasConfigurationCapability) return;
    try {
      const cfg = await connection.workspace.getConfiguration('onrecord');
      if (cfg && typeof cfg === 'object')
        project.updateSettings({
          ...DEFAULT_SETTINGS,
          ...(initOptions.trusted === false ? {} : Project.readConfigFile(project.root, log)),
          ...initOptions,
          ...flatten(cfg),
          ...(initOptions.trusted === false ? { trusted: false } : {}),
        });
    } catch {
      /* client without configuration support */
    }
  }

  connection.onDidChangeConfiguration(async (p) => {
    if (!hasConfigurationCapability && p.settings?.onrecord)
      project.updateSettings({ ...project.settings, ...flatten(p.settings.onrecord) });
    await refreshSettings();
    try {
      project.loadSources();
    } catch (e) {
      log((e as Error).message);
    }
    publishFileProblems();
    documents.all().forEach((d) => schedule(d, 0));
  });

  connection.onDidChangeWatchedFiles((p) => {
    // re-read only the sources that changed; a changed .onrecord.json or an unknown file reloads everything
    try {
      let full = false;
      for (const ch of p.changes) {
        const file = URI.parse(ch.uri).fsPath;
        if (path.basename(file) === '.onrecord.json') full = true;
        else if (!project.reindexSource(file) && /\.(md|markdown|txt)$/i.test(file)) project.indexDraftFile(file);
      }
      if (full) project.loadSources();
    } catch (e) {
      log((e as Error).message);
    }
    publishFileProblems();
    documents.all().forEach((d) => schedule(d, 0));
  });

  function schedule(doc: TextDocument, delay = project.settings.debounceMs) {
    const t = timers.get(doc.uri);
    if (t) clearTimeout(t);
    timers.set(
      doc.uri,
      setTimeout(() => {
        timers.delete(doc.uri);
        publish(doc.uri);
      }, delay),
    );
  }

  function analysisFor(uri: string) {
    const doc = documents.get(uri);
    if (!doc) return null;
    return project.analyzeOpen(uri, doc.getText(), doc.languageId, doc.version);
  }

  // malformed bibliographies, front matter and .onrecord.json: diagnostics on those files (see Project.fileProblems)
  const canonical = (u: string) => {
    try {
      return URI.file(URI.parse(u).fsPath).toString();
    } catch {
      return u;
    }
  };
  let problemUris = new Set<string>();
  function fileProblemDiagnostics(uri: string): Diagnostic[] {
    const c = canonical(uri);
    return project.fileProblems
      .filter((p) => canonical(p.uri) === c)
      .map((p) => ({
        range: { start: { line: p.line, character: 0 }, end: { line: p.line, character: 1000 } },
        severity: SEVERITY[p.severity],
        code: 'file-problem',
        source: 'onrecord',
        message: p.message,
      }));
  }
  function publishFileProblems() {
    const now = new Set(project.fileProblems.map((p) => canonical(p.uri)));
    const open = new Set(documents.all().map((d) => canonical(d.uri)));
    for (const u of new Set([...problemUris, ...now]))
      if (!open.has(u)) connection.sendDiagnostics({ uri: u, diagnostics: fileProblemDiagnostics(u) });
    problemUris = now;
  }

  function publish(uri: string) {
    const doc = documents.get(uri);
    if (!doc) return;
    try {
      const r = analysisFor(uri);
      if (!r) return;
      const idx = r.index;
      const diagnostics: Diagnostic[] = r.analysis.findings.map((f: Finding) => ({
        range: idx.range(f.start, f.end),
        severity: SEVERITY[f.severity],
        code: f.code,
        source: 'onrecord',
        message: f.message,
        data: { code: f.code, start: f.start, end: f.end, version: doc.version },
      }));
      if (r.notice)
        diagnostics.unshift({
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          severity: DiagnosticSeverity.Information,
          code: 'skipped',
          source: 'onrecord',
          message: r.notice,
        });
      diagnostics.push(...fileProblemDiagnostics(uri));
      connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
    } catch (e) {
      // never silent: the draft says it could not be analysed; the log line it names has the stack
      const ref = `E${++failures}`;
      log(`internal error ${ref}: could not analyse ${uri}: ${(e as Error)?.stack ?? e}`);
      const diagnostics = [internalErrorDiagnostic(ref, e), ...fileProblemDiagnostics(uri)];
      connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
    }
  }

  documents.onDidChangeContent((e) => schedule(e.document));
  documents.onDidOpen((e) => schedule(e.document, 0));
  documents.onDidClose((e) => {
    project.closeOpen(e.document.uri);
    connection.sendDiagnostics({ uri: e.document.uri, diagnostics: fileProblemDiagnostics(e.document.uri) });
  });

  connection.onHover((p, token): Hover | null => {
    if (token.isCancellationRequested) return null;
    const r = analysisFor(p.textDocument.uri);
    if (!r) return null;
    const off = r.index.offsetAt(p.position);
    const a = r.analysis;
    const claim = a.claims
      .filter((c) => off >= c.start && off <= c.end)
      .sort((x, y) => x.end - x.start - (y.end - y.start))[0];
    const fig = a.figures.find((f) => off >= f.start && off <= f.end);
    let value: string | null = null;
    let span: { start: number; end: number } | undefined = claim ?? fig;
    if (claim) value = claimHover(claim, a);
    if (fig && (!claim || claim.kind === 'unattributed')) {
      const mismatch = a.findings.find((f) => f.code === 'figure-mismatch' && f.start === fig.start);
      value =
        (value ? value + '\n\n---\n\n' : '') + figureHover(fig, mismatch?.data?.replacement as string | undefined);
      span = claim ?? fig;
    }
    const ent = entityAt(a, off);
    if (ent && (!claim || (claim.speaker && off >= claim.speaker.start && off <= claim.speaker.end) || !value)) {
      const ws = project
        .workspaceAnalyses()
        .reduce(
          (n, d) =>
            n +
            d.analysis.entities.filter((e) => e.name === ent.entity.name).reduce((k, e) => k + e.mentions.length, 0),
          0,
        );
      value = entityHover(ent.entity, ws) + (value ? '\n\n---\n\n' + value : '');
      if (!span) span = ent.mention;
    }
    if (!value || !span) return null;
    return { contents: { kind: MarkupKind.Markdown, value }, range: r.index.range(span.start, span.end) };
  });

  function entityAt(a: FullAnalysis, off: number) {
    for (const e of a.entities)
      for (const m of e.mentions) if (off >= m.start && off <= m.end) return { entity: e, mention: m };
    return null;
  }

  connection.onDefinition((p, token): Location[] => {
    if (token.isCancellationRequested) return [];
    const r = analysisFor(p.textDocument.uri);
    if (!r) return [];
    const off = r.index.offsetAt(p.position);
    const claim = r.analysis.claims
      .filter((c) => off >= c.start && off <= c.end)
      .sort((x, y) => x.end - x.start - (y.end - y.start))[0];
    if (!claim) return [];
    const out: Location[] = [];
    for (const s of claim.sources) {
      if (s.kind === 'passage' && s.uri && s.sourceRange) out.push({ uri: s.uri, range: s.sourceRange });
      else if (s.kind === 'citation') {
        const e = project.bibliography.get(s.label.slice(1));
        if (e?.uri?.startsWith('file:'))
          out.push({ uri: e.uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } });
      } else if (s.kind === 'footnote' && s.span) {
        const label = s.label.slice(2, -1).toLowerCase();
        const d = r.analysis.model.footnoteDefs.find((x) => x.label.toLowerCase() === label);
        if (d) out.push({ uri: r.uri, range: r.index.range(d.start, d.end) });
      }
    }
    return out;
  });

  connection.onReferences((p, token): Location[] => {
    if (token.isCancellationRequested) return [];
    const r = analysisFor(p.textDocument.uri);
    if (!r) return [];
    const hit = entityAt(r.analysis, r.index.offsetAt(p.position));
    if (!hit) return [];
    const out: Location[] = [];
    for (const d of project.workspaceAnalyses()) {
      for (const e of d.analysis.entities) {
        if (e.name !== hit.entity.name && !e.aliases.includes(hit.entity.name) && !hit.entity.aliases.includes(e.name))
          continue;
        for (const m of e.mentions) out.push({ uri: d.uri, range: d.index.range(m.start, m.end) });
      }
    }
    return out;
  });

  connection.onCodeAction((p, token) => {
    if (token.isCancellationRequested) return [];
    const doc = documents.get(p.textDocument.uri);
    const r = analysisFor(p.textDocument.uri);
    if (!doc || !r) return [];
    const actions: CodeAction[] = [];
    const start = r.index.offsetAt(p.range.start),
      end = r.index.offsetAt(p.range.end);
    for (const f of r.analysis.findings) {
      if (f.end < start || f.start > end) continue;
      const diag = p.context.diagnostics.find((d) => d.code === f.code && r.index.offsetAt(d.range.start) === f.start);
      const fixes = project.fixesFor(r, f);
      for (const fix of fixes) {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          isPreferred: fix.preferred,
          diagnostics: diag ? [diag] : undefined,
          edit: {
            documentChanges: [
              {
                textDocument: { uri: doc.uri, version: doc.version },
                edits: fix.edits.map((e) => ({ range: r.index.range(e.start, e.end), newText: e.newText })),
              },
            ],
          },
        });
      }
      // one spelling everywhere: a workspace edit across the open drafts, offered for each spelling
      if (f.code === 'name-inconsistent' && typeof f.data?.spelling === 'string' && typeof f.data?.from === 'string') {
        for (const [keep, drop] of [
          [f.data.spelling, f.data.from],
          [f.data.from, f.data.spelling],
        ] as [string, string][]) {
          const documentChanges = spellingEdits(keep, drop);
          if (documentChanges.length)
            actions.push({
              title: `Use “${keep}” everywhere in the open drafts`,
              kind: CodeActionKind.QuickFix,
              diagnostics: diag ? [diag] : undefined,
              edit: { documentChanges },
            });
        }
      }
      // suppress on this line
      const line = r.index.positionAt(f.start).line;
      const lineStart = r.index.offsetAt({ line, character: 0 });
      const indent = /^[ \t]*/.exec(doc.getText().slice(lineStart, lineStart + 200))?.[0] ?? '';
      actions.push({
        title: `Disable ${f.code} for the next line`,
        kind: CodeActionKind.QuickFix,
        diagnostics: diag ? [diag] : undefined,
        edit: {
          documentChanges: [
            {
              textDocument: { uri: doc.uri, version: doc.version },
              edits: [
                {
                  range: r.index.range(lineStart, lineStart),
                  newText: `${indent}<!-- onrecord-disable-next-line ${f.code} -->\n`,
                },
              ],
            },
          ],
        },
      });
    }
    // fix all of one kind in this file, where every fix is a plain correction from a source
    const SAFE_ALL = new Set(['quote-mismatch', 'figure-mismatch', 'unresolved-citation', 'name-inconsistent']);
    const kinds = new Set(
      r.analysis.findings.filter((f) => f.end >= start && f.start <= end && SAFE_ALL.has(f.code)).map((f) => f.code),
    );
    for (const code of kinds) {
      const edits = r.analysis.findings
        .filter((f) => f.code === code)
        .map((f) => project.fixesFor(r, f).find((x) => x.preferred))
        .filter(Boolean)
        .flatMap((x) => x!.edits);
      // overlapping edits cannot be applied together
      edits.sort((a, b) => a.start - b.start);
      if (edits.length < 2 || edits.some((e, i) => i > 0 && e.start < edits[i - 1].end)) continue;
      actions.push({
        title: `Fix all ${code} in this file (${edits.length})`,
        kind: CodeActionKind.QuickFix,
        edit: {
          documentChanges: [
            {
              textDocument: { uri: doc.uri, version: doc.version },
              edits: edits.map((e) => ({ range: r.index.range(e.start, e.end), newText: e.newText })),
            },
          ],
        },
      });
    }
    return actions;
  });

  /** replace every entity-mention word `drop` with `keep` in the open drafts */
  function spellingEdits(keep: string, drop: string) {
    const out: { textDocument: { uri: string; version: number | null }; edits: { range: Range; newText: string }[] }[] =
      [];
    const sourceDirs = project.sourceDirs().map((x) => URI.file(x).toString() + '/');
    for (const d of documents.all()) {
      // sources are the record: never rewrite them
      if (sourceDirs.some((dir) => URI.parse(d.uri).toString().startsWith(dir))) continue;
      const res = analysisFor(d.uri);
      if (!res) continue;
      const edits: { range: Range; newText: string }[] = [];
      const seen = new Set<number>();
      for (const e of res.analysis.entities)
        for (const m of e.mentions) {
          let i = m.text.indexOf(drop);
          while (i >= 0) {
            const at = m.start + i;
            const before = m.text[i - 1],
              after = m.text[i + drop.length];
            if ((!before || !/[\p{L}]/u.test(before)) && (!after || !/[\p{L}]/u.test(after)) && !seen.has(at)) {
              seen.add(at);
              edits.push({ range: res.index.range(at, at + drop.length), newText: keep });
            }
            i = m.text.indexOf(drop, i + 1);
          }
        }
      if (edits.length) out.push({ textDocument: { uri: d.uri, version: d.version }, edits });
    }
    return out;
  }

  connection.onDocumentSymbol((p, token): DocumentSymbol[] => {
    if (token.isCancellationRequested) return [];
    const r = analysisFor(p.textDocument.uri);
    if (!r) return [];
    return r.analysis.claims.map((c) => {
      const range = r.index.range(c.start, c.end);
      return {
        name: symbolName(c.text),
        detail: `${c.kind}${c.speaker ? ' · ' + c.speaker.name : ''}`,
        kind: c.kind === 'unattributed' ? SymbolKind.Number : SymbolKind.String,
        range,
        selectionRange: range,
      };
    });
  });

  connection.onWorkspaceSymbol((p, token): WorkspaceSymbol[] => {
    const q = p.query.toLowerCase();
    const out: WorkspaceSymbol[] = [];
    for (const item of project.workspaceAnalyses()) {
      if (token.isCancellationRequested) break;
      const { uri, analysis: a, index } = item;
      for (const c of a.claims) {
        const hay = `${c.speaker?.name ?? ''} ${c.text}`.toLowerCase();
        if (q && !hay.includes(q)) continue;
        out.push({
          name: `${c.speaker?.name ?? 'Unattributed'}: ${symbolName(c.text)}`,
          kind: SymbolKind.String,
          location: { uri, range: index.range(c.start, c.end) },
          containerName: path.basename(URI.parse(uri).fsPath),
        });
        if (out.length >= 500) return out;
      }
      for (const e of a.entities) {
        if (q && !e.name.toLowerCase().includes(q) && !e.aliases.some((x) => x.toLowerCase().includes(q))) continue;
        const m = e.mentions[0];
        out.push({
          name: e.name,
          kind: e.type === 'person' ? SymbolKind.Object : e.type === 'place' ? SymbolKind.Namespace : SymbolKind.Class,
          location: { uri, range: index.range(m.start, m.end) },
          containerName: e.type,
        });
        if (out.length >= 500) return out;
      }
    }
    return out;
  });

  connection.onRequest(CLAIMS_REQUEST, (p: ClaimsParams): ClaimsResult | ResponseError => {
    try {
      const items = p?.uri
        ? ([analysisFor(p.uri)].filter(Boolean) as ReturnType<typeof analysisFor>[])
        : p?.scope === 'workspace'
          ? project.workspaceAnalyses()
          : project.allAnalyses();
      return { version: VERSION, documents: items.map((r) => toJsonDocument(r!.uri, r!.text, r!.analysis, r!.index)) };
    } catch (e) {
      return new ResponseError(ErrorCodes.InternalError, (e as Error).message);
    }
  });

  documents.listen(connection);
  connection.listen();
}

function symbolName(t: string) {
  const s = t.replace(/\s+/g, ' ').trim();
  return s.length > 80 ? s.slice(0, 79) + '…' : s;
}

function flatten(cfg: Record<string, unknown>): Partial<Settings> {
  const out: Record<string, unknown> = {};
  const walk = (o: Record<string, unknown>, prefix: string) => {
    for (const [k, v] of Object.entries(o)) {
      const key = prefix ? prefix + k[0].toUpperCase() + k.slice(1) : k;
      if (v && typeof v === 'object' && !Array.isArray(v)) walk(v as Record<string, unknown>, key);
      else out[key] = v;
    }
  };
  walk(cfg, '');
  return out as Partial<Settings>;
}

declare const VERSION: string;
export { LineIndex };
