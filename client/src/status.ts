/** The language status item: unattributed and mismatched claims in the active draft. */
import * as vscode from 'vscode';
import { type ClaimsModel } from './model';

export const DRAFT_SELECTOR: vscode.DocumentSelector = [
  { language: 'markdown', scheme: 'file' },
  { language: 'markdown', scheme: 'untitled' },
  { language: 'plaintext', scheme: 'file' },
  { language: 'plaintext', scheme: 'untitled' },
];

export interface ClaimsStatus extends vscode.Disposable {
  item: vscode.LanguageStatusItem;
  counts(): { unattributed: number; mismatched: number; claims: number } | undefined;
}

export function createClaimsStatus(model: ClaimsModel): ClaimsStatus {
  const item = vscode.languages.createLanguageStatusItem('onrecord.claims', DRAFT_SELECTOR);
  item.name = 'OnRecord claims';
  item.text = '$(loading~spin) OnRecord';
  item.command = { command: 'onrecord.claims.focus', title: 'Show claims' };
  let current: { unattributed: number; mismatched: number; claims: number } | undefined;
  const update = () => {
    const ed = vscode.window.activeTextEditor;
    const doc = ed ? model.document(ed.document.uri) : undefined;
    if (!doc) {
      current = undefined;
      item.text = 'OnRecord';
      item.detail = 'no claims yet';
      item.severity = vscode.LanguageStatusSeverity.Information;
      return;
    }
    const unattributed = doc.claims.filter((c) => c.status === 'unattributed').length;
    const mismatched = doc.claims.filter((c) => c.status === 'mismatched').length;
    current = { unattributed, mismatched, claims: doc.claims.length };
    item.text = `$(warning) ${unattributed} unattributed · $(error) ${mismatched} mismatched`;
    item.detail = `${doc.claims.length} claim${doc.claims.length === 1 ? '' : 's'} in this draft`;
    item.severity = mismatched
      ? vscode.LanguageStatusSeverity.Error
      : unattributed
        ? vscode.LanguageStatusSeverity.Warning
        : vscode.LanguageStatusSeverity.Information;
  };
  const sub = model.onDidChange(update);
  update();
  return {
    item,
    counts: () => current,
    dispose: () => {
      sub.dispose();
      item.dispose();
    },
  };
}
