/**
 * The client's copy of the server's claim listing: the answer of the custom request `onrecord/claims`
 * for every draft of the workspace (the server indexes the drafts on disk in the background), refreshed (debounced)
 * when OnRecord's diagnostics change, or a draft changes in an editor or on disk.
 * The trees, the language status item and the export read from here; the analysis stays in the server.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { JsonDocument } from '../../protocol/report';
import { CLAIMS_REQUEST, type ClaimsParams, type ClaimsResult } from '../../protocol/requests';

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
  private docs: JsonDocument[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private seq = 0;
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly subs: vscode.Disposable[] = [];
  /** Fires after each refresh that reached the server. */
  readonly onDidChange = this.emitter.event;

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
      vscode.window.onDidChangeActiveTextEditor(() => this.emitter.fire()),
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

  get documents(): readonly JsonDocument[] {
    return this.docs;
  }
  document(uri: vscode.Uri | string): JsonDocument | undefined {
    const key = typeof uri === 'string' ? uri : uri.toString();
    return this.docs.find((d) => d.path === key || vscode.Uri.parse(d.path).toString() === key);
  }

  schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh();
    }, this.delayMs);
  }

  /** Fetches the listing now; the newest answer wins when refreshes overlap. */
  async refresh(): Promise<readonly JsonDocument[]> {
    const mine = ++this.seq;
    try {
      const res = await requestClaims(this.client, undefined, 'workspace');
      if (mine !== this.seq) return this.docs;
      // keep a stable order: the order of the drafts' paths
      this.docs = [...res.documents].sort((a, b) => a.path.localeCompare(b.path));
      this.emitter.fire();
    } catch {
      // the server is restarting or stopped: keep what we have; the next change asks again
    }
    return this.docs;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const s of this.subs) s.dispose();
    this.emitter.dispose();
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
