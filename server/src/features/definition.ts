/** Go to definition on a claim: the source passage it matches, the bibliography its citation names, its footnote. */
import { claimAt } from './at';
import { rangeOf, type AnalyzedDocument, type Location, type Workspace } from './workspace';

const TOP = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export function definitions(ws: Workspace, doc: AnalyzedDocument, offset: number): Location[] {
  const claim = claimAt(doc.analysis, offset);
  if (!claim) return [];
  const out: Location[] = [];
  for (const s of claim.sources) {
    if (s.kind === 'passage' && s.uri && s.sourceRange) out.push({ uri: s.uri, range: s.sourceRange });
    else if (s.kind === 'citation') {
      const entry = ws.bibliographyEntry(s.label.slice(1)); // "@key"
      if (entry?.uri?.startsWith('file:')) out.push({ uri: entry.uri, range: TOP });
    } else if (s.kind === 'footnote' && s.span) {
      const label = s.label.slice(2, -1).toLowerCase(); // "[^label]"
      const def = doc.analysis.model.footnoteDefs.find((x) => x.label.toLowerCase() === label);
      if (def) out.push({ uri: doc.uri, range: rangeOf(doc, def) });
    }
  }
  return out;
}
