/** The language status item: the active draft's sourcing profile in one line. */
import * as vscode from 'vscode';
import { type ClaimsModel } from './model';
import { profileLine } from '../../protocol/profile';

export const DRAFT_SELECTOR: vscode.DocumentSelector = [
  { language: 'markdown', scheme: 'file' },
  { language: 'markdown', scheme: 'untitled' },
  { language: 'plaintext', scheme: 'file' },
  { language: 'plaintext', scheme: 'untitled' },
];

export interface StatusCounts {
  unattributed: number;
  mismatched: number;
  claims: number;
  sources: number;
  anonymous: number;
}
export interface ClaimsStatus extends vscode.Disposable {
  item: vscode.LanguageStatusItem;
  counts(): StatusCounts | undefined;
}

/** The draft's sourcing at a glance: "7 sources · 1 anonymous · 2 unattributed", and its mismatches. */
export function createClaimsStatus(model: ClaimsModel): ClaimsStatus {
  const item = vscode.languages.createLanguageStatusItem('onrecord.claims', DRAFT_SELECTOR);
  item.name = 'OnRecord sourcing';
  item.text = '$(loading~spin) OnRecord';
  item.command = { command: 'onrecord.claims.focus', title: 'Show claims' };
  let current: StatusCounts | undefined;
  const update = () => {
    const ed = vscode.window.activeTextEditor;
    const doc = ed ? model.document(ed.document.uri) : undefined;
    if (!doc?.profile) {
      current = undefined;
      item.text = 'OnRecord';
      item.detail = 'no claims yet';
      item.severity = vscode.LanguageStatusSeverity.Information;
      return;
    }
    const p = doc.profile;
    const mismatched = doc.claims.filter((c) => c.status === 'mismatched').length;
    current = {
      unattributed: p.unattributed,
      mismatched,
      claims: p.claims,
      sources: p.sources,
      anonymous: p.sourcesByType.anonymous,
    };
    item.text = profileLine(p);
    item.detail = `${p.claims} claim${p.claims === 1 ? '' : 's'}${mismatched ? `, ${mismatched} mismatched` : ''}`;
    item.severity = mismatched
      ? vscode.LanguageStatusSeverity.Error
      : p.unattributed || p.sourcesByType.anonymous
        ? vscode.LanguageStatusSeverity.Warning
        : vscode.LanguageStatusSeverity.Information;
  };
  const sub = model.onDidChangeActive(update);
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
