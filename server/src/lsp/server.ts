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
  type DiagnosticRelatedInformation,
  type Range,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import * as path from 'path';
import { Project } from '../sources/project';
import { DEFAULT_SETTINGS, type Settings } from '../../../protocol/settings';
import {
  CLAIMS_REQUEST,
  CLAIM_TREE_REQUEST,
  ENTITIES_REQUEST,
  WORKSPACE_CHANGED_NOTIFICATION,
  type ClaimsParams,
  type ClaimsResult,
  type ClaimTreeParams,
  type ClaimTreeResult,
  type EntitiesParams,
  type EntitiesResult,
  type InitializationOptions,
} from '../../../protocol/requests';
import { DiskCache } from '../sources/diskcache';
import type { Finding } from '../core/types';
import { LineIndex } from '../core/text';
import { guardHandlers, internalErrorDiagnostic } from './guard';
import type { Workspace } from '../features/workspace';
import { hover } from '../features/hover';
import { definitions } from '../features/definition';
import { references } from '../features/references';
import { codeActions } from '../features/code-actions';
import { documentSymbols, workspaceSymbols, type SymbolCategory } from '../features/symbols';
import { claimsReport } from '../features/claims';
import { claimTree, entities } from '../features/desk';

const SYMBOL_KIND: Record<SymbolCategory, SymbolKind> = {
  claim: SymbolKind.String,
  'unattributed-claim': SymbolKind.Number,
  person: SymbolKind.Object,
  place: SymbolKind.Namespace,
  organisation: SymbolKind.Class,
};

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
    project.workerFile = path.join(__dirname, 'check-worker.js'); // the background indexer's threads (onrecord.jobs)
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
    workspaceChanged();
  });

  /** tell the client that its lists of the workspace's claims and entities are out of date */
  function workspaceChanged() {
    void connection.sendNotification(WORKSPACE_CHANGED_NOTIFICATION);
  }

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
    workspaceChanged();
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
    workspaceChanged();
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
        ...relatedInformation(f),
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

  // the editor features (server/src/features) see the workspace through this
  const workspace: Workspace = {
    document: analysisFor,
    openDocuments: () => documents.all().flatMap((d) => analysisFor(d.uri) ?? []),
    workspaceDocuments: () => project.workspaceAnalyses(),
    bibliographyEntry: (key) => project.bibliography.get(key),
    isSource: (uri) => {
      const u = URI.parse(uri).toString();
      return project.sourceDirs().some((dir) => u.startsWith(URI.file(dir).toString() + '/'));
    },
    fixesFor: (doc, finding) => project.fixesFor(doc, finding),
  };

  connection.onHover((p, token): Hover | null => {
    if (token.isCancellationRequested) return null;
    const doc = analysisFor(p.textDocument.uri);
    const card = doc && hover(workspace, doc, doc.index.offsetAt(p.position));
    return card ? { contents: { kind: MarkupKind.Markdown, value: card.markdown }, range: card.range } : null;
  });

  connection.onDefinition((p, token): Location[] => {
    if (token.isCancellationRequested) return [];
    const doc = analysisFor(p.textDocument.uri);
    return doc ? definitions(workspace, doc, doc.index.offsetAt(p.position)) : [];
  });

  connection.onReferences((p, token): Location[] => {
    if (token.isCancellationRequested) return [];
    const doc = analysisFor(p.textDocument.uri);
    return doc ? references(workspace, doc, doc.index.offsetAt(p.position)) : [];
  });

  connection.onCodeAction((p, token): CodeAction[] => {
    if (token.isCancellationRequested) return [];
    const doc = analysisFor(p.textDocument.uri);
    if (!doc) return [];
    const start = doc.index.offsetAt(p.range.start);
    const end = doc.index.offsetAt(p.range.end);
    // the client's diagnostic for a finding: same code, same start
    const diagnosticOf = (f: Finding) =>
      p.context.diagnostics.find((d) => d.code === f.code && doc.index.offsetAt(d.range.start) === f.start);
    return codeActions(workspace, doc, start, end).map((action) => {
      const diag = action.finding && diagnosticOf(action.finding);
      return {
        title: action.title,
        kind: CodeActionKind.QuickFix,
        isPreferred: action.preferred,
        diagnostics: diag ? [diag] : undefined,
        edit: {
          documentChanges: action.changes.map((c) => ({
            textDocument: { uri: c.uri, version: c.version },
            edits: c.edits,
          })),
        },
      };
    });
  });

  connection.onDocumentSymbol((p, token): DocumentSymbol[] => {
    if (token.isCancellationRequested) return [];
    const doc = analysisFor(p.textDocument.uri);
    if (!doc) return [];
    return documentSymbols(doc).map((s) => ({
      name: s.name,
      detail: s.detail,
      kind: SYMBOL_KIND[s.category],
      range: s.range,
      selectionRange: s.range,
    }));
  });

  connection.onWorkspaceSymbol((p, token): WorkspaceSymbol[] =>
    workspaceSymbols(workspace, p.query, () => token.isCancellationRequested).map((s) => ({
      name: s.name,
      kind: SYMBOL_KIND[s.category],
      location: s.location,
      containerName: s.containerName,
    })),
  );

  connection.onRequest(CLAIMS_REQUEST, (p: ClaimsParams): ClaimsResult | ResponseError => {
    try {
      return claimsReport(workspace, p, VERSION);
    } catch (e) {
      return new ResponseError(ErrorCodes.InternalError, (e as Error).message);
    }
  });

  connection.onRequest(CLAIM_TREE_REQUEST, (p: ClaimTreeParams): ClaimTreeResult | ResponseError => {
    if (!p || !['paragraph', 'speaker', 'source', 'status'].includes(p.groupBy))
      return new ResponseError(ErrorCodes.InvalidParams, 'groupBy must be paragraph, speaker, source or status');
    return claimTree(workspace, p, VERSION);
  });

  connection.onRequest(ENTITIES_REQUEST, (p: EntitiesParams | null): EntitiesResult => entities(workspace, p ?? {}));

  documents.listen(connection);
  connection.listen();
}

/** a finding's links to other places (figure-inconsistent: the other draft's figure), as LSP related information */
function relatedInformation(f: Finding): { relatedInformation?: DiagnosticRelatedInformation[] } {
  const related = f.data?.related as { uri: string; range: Range; message: string }[] | undefined;
  if (!related?.length) return {};
  return { relatedInformation: related.map((r) => ({ location: { uri: r.uri, range: r.range }, message: r.message })) };
}

function flatten(cfg: Record<string, unknown>): Partial<Settings> {
  const out: Record<string, unknown> = {};
  const walk = (o: Record<string, unknown>, prefix: string) => {
    for (const [k, v] of Object.entries(o)) {
      const key = prefix ? prefix + k[0].toUpperCase() + k.slice(1) : k;
      // the policy and the per-code levels are settings whose values are objects
      if (key === 'policy' || key === 'rules') out[key] = v;
      else if (v && typeof v === 'object' && !Array.isArray(v)) walk(v as Record<string, unknown>, key);
      else out[key] = v;
    }
  };
  walk(cfg, '');
  return out as Partial<Settings>;
}

declare const VERSION: string;
export { LineIndex };
