/** The hover card: the claim, the figure and the entity under the cursor, as Markdown. */
import { claimHover, figureHover, entityHover, findingsHover } from '../core/hover';
import type { Span } from '../core/types';
import type { Range } from '../../../protocol/report';
import { claimAt, entityAt, figureAt, onSpeaker } from './at';
import { rangeOf, type AnalyzedDocument, type Workspace } from './workspace';

export interface HoverCard {
  markdown: string;
  range: Range;
}

const RULE = '\n\n---\n\n';

export function hover(ws: Workspace, doc: AnalyzedDocument, offset: number): HoverCard | null {
  const a = doc.analysis;
  const claim = claimAt(a, offset);
  const fig = figureAt(a, offset);
  let value: string | null = null;
  let span: Span | undefined = claim ?? fig;
  if (claim) value = claimHover(claim, a);
  // a figure in an unattributed statement gets its own card (and its correction from a source)
  if (fig && (!claim || claim.kind === 'unattributed')) {
    const mismatch = a.findings.find((f) => f.code === 'figure-mismatch' && f.start === fig.start);
    value = (value ? value + RULE : '') + figureHover(fig, mismatch?.data?.replacement as string | undefined);
  }
  const ent = entityAt(a, offset);
  if (ent && (!claim || onSpeaker(claim, offset) || !value)) {
    value = entityHover(ent.entity, mentionsInWorkspace(ws, ent.entity.name)) + (value ? RULE + value : '');
    span ??= ent.mention;
  }
  // what the rules reporting here check, and what to do about it (from the rule registry)
  const here = a.findings.filter((f) => offset >= f.start && offset <= f.end);
  const help = findingsHover(here);
  if (help) {
    value = (value ? value + RULE : '') + help;
    span ??= here[0];
  }
  if (!value || !span) return null;
  return { markdown: value, range: rangeOf(doc, span) };
}

/** how often the entity is mentioned across every draft of the workspace */
function mentionsInWorkspace(ws: Workspace, name: string): number {
  let n = 0;
  for (const d of ws.workspaceDocuments())
    for (const e of d.analysis.entities) if (e.name === name) n += e.mentions.length;
  return n;
}
