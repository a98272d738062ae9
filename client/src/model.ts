/**
 * What the client knows of the server's claims: when to refresh, and the active draft's report. The desk views ask
 * the server for one level at a time (`onrecord/claimTree`, `onrecord/entities`, see trees.ts), so this model only
 * says when they are out of date: a draft changes in an editor or on disk, OnRecord's diagnostics change, or the server
 * says its index of the workspace changed (`onrecord/workspaceChanged`); refreshes are debounced. The language status
 * item reads the active draft's report (its sourcing profile) from here; the analysis stays in the server.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { JsonDocument } from '../../protocol/report';
import {
  CLAIMS_REQUEST,
  WORKSPACE_CHANGED_NOTIFICATION,
  type ClaimsParams,
  type ClaimsResult,
} from '../../protocol/requests';

export type { JsonDocument, JsonClaim, JsonEntity, ClaimStatus } from '../../protocol/report';
export type { ClaimsResult } from '../../protocol/requests';
const DRAFT_LANGUAGES = new Set(['markdown', 'plaintext']);

export function isDraft(doc: vscode.TextDocument): boolean {
  return DRAFT_LANGUAGES.has(doc.languageId) && (doc.uri.scheme === 'file' || doc.uri.scheme === 'untitled');
}

/** Asks the server for the claims of one draft (uri), of every open draft, or of every draft of the workspace. */
export async function requestClaims(
  client: BaseLanguageClient,
  uri?: vscode.Uri,
  scope: ClaimsParams['scope'] = 'open',
): Promise<ClaimsResult> {
  const params: ClaimsParams = uri ? { uri: uri.toString() } : { scope };
  const res = await client.sendRequest<ClaimsResult>(CLAIMS_REQUEST, params);
  return { version: res?.version ?? '', documents: res?.documents ?? [] };
}

export class ClaimsModel implements vscode.Disposable {
  private active: JsonDocument | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private seq = 0;
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly subs: vscode.Disposable[] = [];
  private readonly activeEmitter = new vscode.EventEmitter<void>();
  /** Fires after each refresh: the views ask the server again. */
  readonly onDidChange = this.emitter.event;
  /** Fires when the active draft's report is new (after a refresh, or another editor became active). */
  readonly onDidChangeActive = this.activeEmitter.event;

  constructor(
    private readonly client: BaseLanguageClient,
    private readonly delayMs = 250,
  ) {
    const schedule = () => this.schedule();
    this.subs.push(
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (e.uris.some((u) => this.isDraftUri(u))) schedule();
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (isDraft(e.document) && e.contentChanges.length) schedule();
      }),
      vscode.workspace.onDidOpenTextDocument((d) => {
        if (isDraft(d)) schedule();
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (isDraft(d)) schedule();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => void this.refreshActive()),
      // the server indexed the workspace, or a draft, a source or the settings changed
      client.onNotification(WORKSPACE_CHANGED_NOTIFICATION, schedule),
    );
    // drafts that change on disk: the server re-indexes them from the same file events, then answers
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{md,markdown,txt}');
    this.subs.push(
      watcher,
      watcher.onDidChange(schedule),
      watcher.onDidCreate(schedule),
      watcher.onDidDelete(schedule),
    );
  }

  private isDraftUri(u: vscode.Uri): boolean {
    const d = vscode.workspace.textDocuments.find((t) => t.uri.toString() === u.toString());
    return d ? isDraft(d) : /\.(md|markdown|txt)$/i.test(u.path);
  }

  /** the report of the active editor's draft, when it has one */
  document(uri: vscode.Uri | string): JsonDocument | undefined {
    const key = typeof uri === 'string' ? uri : uri.toString();
    const a = this.active;
    return a && (a.path === key || vscode.Uri.parse(a.path).toString() === key) ? a : undefined;
  }

  schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh();
    }, this.delayMs);
  }

  /** Asks again for the active draft's report, then tells the views to ask the server again. */
  async refresh(): Promise<void> {
    await this.refreshActive();
    this.emitter.fire();
  }

  /** the newest answer wins when refreshes overlap */
  private async refreshActive(): Promise<void> {
    const mine = ++this.seq;
    const ed = vscode.window.activeTextEditor;
    try {
      const doc =
        ed && isDraft(ed.document) ? (await requestClaims(this.client, ed.document.uri)).documents[0] : undefined;
      if (mine !== this.seq) return;
      this.active = doc;
      this.activeEmitter.fire();
    } catch {
      // the server is restarting or stopped: keep what we have; the next change asks again
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const s of this.subs) s.dispose();
    this.emitter.dispose();
    this.activeEmitter.dispose();
  }
}

/** VS Code range of an LSP range in the JSON. */
export function toRange(r: {
  start: { line: number; character: number };
  end: { line: number; character: number };
}): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

/** Opens the document and selects the range (the command behind a click in the trees). */
export async function revealRange(
  uri: vscode.Uri | string,
  range: vscode.Range | { start: { line: number; character: number }; end: { line: number; character: number } },
): Promise<vscode.TextEditor> {
  const u = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri;
  const r = range instanceof vscode.Range ? range : toRange(range);
  const doc = await vscode.workspace.openTextDocument(u);
  const editor = await vscode.window.showTextDocument(doc, { selection: r, preserveFocus: false });
  editor.revealRange(r, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/** One line of text, shortened for a tree label. */
export function shorten(s: string, max = 60): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
}
