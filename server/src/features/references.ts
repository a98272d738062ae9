/** Find references on a name: every mention of that person, organisation or place in every draft. */
import { entityAt } from './at';
import { rangeOf, type AnalyzedDocument, type Location, type Workspace } from './workspace';

export function references(ws: Workspace, doc: AnalyzedDocument, offset: number): Location[] {
  const hit = entityAt(doc.analysis, offset);
  if (!hit) return [];
  const name = hit.entity.name;
  const out: Location[] = [];
  for (const d of ws.workspaceDocuments())
    for (const e of d.analysis.entities) {
      // the same entity, also where another draft knows it by an alias
      if (e.name !== name && !e.aliases.includes(name) && !hit.entity.aliases.includes(e.name)) continue;
      for (const m of e.mentions) out.push({ uri: d.uri, range: rangeOf(d, m) });
    }
  return out;
}
