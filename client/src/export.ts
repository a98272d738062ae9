/** "OnRecord: Export Fact-Check Sheet": the claims of the open drafts as CSV, Markdown or JSON. */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { toSheet } from '../../protocol/sheet';
import { requestClaims, type JsonDocument } from './model';

export type SheetFormat = 'csv' | 'md' | 'json';
/** Command arguments, for tests and keybindings: with `uri` (the file to write) no dialog is shown. */
export interface ExportArgs {
  format?: SheetFormat;
  uri?: vscode.Uri | string;
  document?: vscode.Uri | string;
  preview?: boolean;
}

const FORMATS: { format: SheetFormat; label: string; ext: string; detail: string }[] = [
  { format: 'csv', label: 'CSV', ext: 'csv', detail: 'for a spreadsheet: one row per claim' },
  { format: 'md', label: 'Markdown', ext: 'md', detail: 'a table, opened in the Markdown preview' },
  { format: 'json', label: 'JSON', ext: 'json', detail: 'one object per claim, keyed by column' },
];

/** The drafts' paths as the writer knows them: relative to the workspace folder where possible. */
export function relativeDocs(docs: JsonDocument[]): JsonDocument[] {
  return docs.map((d) => {
    const uri = vscode.Uri.parse(d.path);
    return { ...d, path: uri.scheme === 'file' ? vscode.workspace.asRelativePath(uri, false) : uri.path };
  });
}

export async function exportSheet(client: BaseLanguageClient, args: ExportArgs = {}): Promise<vscode.Uri | undefined> {
  const asUri = (u: vscode.Uri | string) =>
    typeof u === 'string' ? (/^[a-z][\w+.-]+:/i.test(u) ? vscode.Uri.parse(u) : vscode.Uri.file(u)) : u;
  let format = args.format;
  if (!format) {
    const pick = await vscode.window.showQuickPick(
      FORMATS.map((f) => ({ label: f.label, detail: f.detail, format: f.format })),
      { title: 'Export Fact-Check Sheet', placeHolder: 'Format of the sheet' },
    );
    if (!pick) return undefined;
    format = pick.format;
  }
  const ext = FORMATS.find((f) => f.format === format)?.ext ?? 'csv';
  let target = args.uri ? asUri(args.uri) : undefined;
  if (!target) {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const defaultUri = folder ? vscode.Uri.joinPath(folder, `fact-check-sheet.${ext}`) : undefined;
    target = await vscode.window.showSaveDialog({
      defaultUri,
      title: 'Save the fact-check sheet',
      saveLabel: 'Export',
      filters: { [FORMATS.find((f) => f.format === format)!.label]: [ext] },
    });
    if (!target) return undefined;
  }
  const res = await requestClaims(client, args.document ? asUri(args.document) : undefined);
  if (!res.documents.length) {
    void vscode.window.showWarningMessage(
      'OnRecord: no draft is open. Open a Markdown or plain-text draft to export its claims.',
    );
    return undefined;
  }
  const docs = relativeDocs([...res.documents].sort((a, b) => a.path.localeCompare(b.path)));
  // The Markdown sheet is itself a .md file in the workspace: toSheet starts it with the front matter
  // `onrecord: false`, which keeps OnRecord from checking it as a draft when it is opened.
  const body = toSheet(docs, format);
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(body));
  const rows = docs.reduce((n, d) => n + d.claims.length, 0);
  if (format === 'md' && args.preview !== false) {
    await vscode.commands.executeCommand('markdown.showPreview', target);
  } else if (!args.uri) {
    void vscode.window
      .showInformationMessage(
        `OnRecord: wrote ${rows} claim${rows === 1 ? '' : 's'} to ${vscode.workspace.asRelativePath(target)}.`,
        'Open',
      )
      .then((c) => {
        if (c) void vscode.window.showTextDocument(target!);
      });
  }
  return target;
}
