/** Document symbols (the draft's claims) and workspace symbols (claims and names across every draft). */
import * as path from 'path';
import { URI } from 'vscode-uri';
import type { Range } from '../../../protocol/report';
import { rangeOf, type AnalyzedDocument, type Location, type Workspace } from './workspace';

/** what a symbol stands for; the LSP layer picks an icon for each */
export type SymbolCategory = 'claim' | 'unattributed-claim' | 'person' | 'place' | 'organisation';

export interface DocumentSymbolRecord {
  name: string;
  detail: string;
  category: SymbolCategory;
  range: Range;
}
export interface WorkspaceSymbolRecord {
  name: string;
  category: SymbolCategory;
  location: Location;
  containerName: string;
}

/** at most this many workspace symbols per query */
export const MAX_WORKSPACE_SYMBOLS = 500;
const MAX_NAME = 80;

export function documentSymbols(doc: AnalyzedDocument): DocumentSymbolRecord[] {
  return doc.analysis.claims.map((c) => ({
    name: symbolName(c.text),
    detail: `${c.kind}${c.speaker ? ' · ' + c.speaker.name : ''}`,
    category: c.kind === 'unattributed' ? 'unattributed-claim' : 'claim',
    range: rangeOf(doc, c),
  }));
}

/** claims whose speaker or text contains the query, and names (or aliases) that contain it; all when it is empty */
export function workspaceSymbols(
  ws: Workspace,
  query: string,
  cancelled: () => boolean = () => false,
): WorkspaceSymbolRecord[] {
  const q = query.toLowerCase();
  const out: WorkspaceSymbolRecord[] = [];
  for (const d of ws.workspaceDocuments()) {
    if (cancelled()) break;
    for (const c of d.analysis.claims) {
      const hay = `${c.speaker?.name ?? ''} ${c.text}`.toLowerCase();
      if (q && !hay.includes(q)) continue;
      out.push({
        name: `${c.speaker?.name ?? 'Unattributed'}: ${symbolName(c.text)}`,
        category: 'claim',
        location: { uri: d.uri, range: rangeOf(d, c) },
        containerName: path.basename(URI.parse(d.uri).fsPath),
      });
      if (out.length >= MAX_WORKSPACE_SYMBOLS) return out;
    }
    for (const e of d.analysis.entities) {
      if (q && !e.name.toLowerCase().includes(q) && !e.aliases.some((x) => x.toLowerCase().includes(q))) continue;
      out.push({
        name: e.name,
        category: e.type === 'person' ? 'person' : e.type === 'place' ? 'place' : 'organisation',
        location: { uri: d.uri, range: rangeOf(d, e.mentions[0]) },
        containerName: e.type,
      });
      if (out.length >= MAX_WORKSPACE_SYMBOLS) return out;
    }
  }
  return out;
}

/** one line, at most 80 characters */
function symbolName(text: string): string {
  const s = text.replace(/\s+/g, ' ').trim();
  return s.length > MAX_NAME ? s.slice(0, MAX_NAME - 1) + '…' : s;
}
