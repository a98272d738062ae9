/**
 * What the editor features need from the workspace. The language server implements it over its open documents and
 * the Project; tests can implement it over plain records. Features take a Workspace, a document and an offset, and
 * return plain records (protocol/report.ts ranges, no LSP types): server/src/lsp turns them into LSP answers.
 */
import type { Fix } from '../core/fixes';
import type { Finding } from '../core/types';
import type { Range } from '../../../protocol/report';
import type { DocResult } from '../sources/drafts';

/** a draft and its analysis */
export type AnalyzedDocument = DocResult;

export interface Workspace {
  /** an open draft, analysed as the editor has it now; null when it is not open */
  document(uri: string): AnalyzedDocument | null;
  /** every open draft, analysed as the editor has it now */
  openDocuments(): AnalyzedDocument[];
  /** every draft of the workspace: the open ones as edited, the others as on disk */
  workspaceDocuments(): AnalyzedDocument[];
  /** the file a bibliography key comes from */
  bibliographyEntry(key: string): { uri?: string } | undefined;
  /** true for a file in the sources folders: sources are the record and are never edited */
  isSource(uri: string): boolean;
  /** the quick fixes for one finding */
  fixesFor(doc: AnalyzedDocument, finding: Finding): Fix[];
}

export interface Location {
  uri: string;
  range: Range;
}

/** an offset span as a range of the document */
export function rangeOf(doc: AnalyzedDocument, span: { start: number; end: number }): Range {
  return doc.index.range(span.start, span.end);
}
