/**
 * Quick fixes for the findings in a range: each finding's own fixes (from the Workspace), a spelling made the same
 * in every open draft, a comment that disables the code for the next line, and "fix all" of one code in the file.
 */
import type { Finding } from '../core/types';
import { ruleById } from '../core/rules';
import { disableNextLineComment } from '../core/suppress';
import type { Range } from '../../../protocol/report';
import { rangeOf, type AnalyzedDocument, type Workspace } from './workspace';

/** edits to one version of one document */
export interface DocumentEdit {
  uri: string;
  version: number | null;
  edits: { range: Range; newText: string }[];
}
export interface Action {
  title: string;
  preferred?: boolean;
  /** the finding the action resolves (none for "fix all") */
  finding?: Finding;
  changes: DocumentEdit[];
}

/** codes whose preferred fix is a plain correction from a source, safe to apply everywhere at once (the registry says) */
const safeForFixAll = (code: string) => !!ruleById(code)?.fixAllSafe;

export function codeActions(ws: Workspace, doc: AnalyzedDocument, start: number, end: number): Action[] {
  const actions: Action[] = [];
  for (const f of doc.analysis.findings) {
    if (f.end < start || f.start > end) continue;
    for (const fix of ws.fixesFor(doc, f))
      actions.push({
        title: fix.title,
        preferred: fix.preferred,
        finding: f,
        changes: [editOf(doc, fix.edits)],
      });
    actions.push(...spellingActions(ws, f));
    actions.push(disableNextLine(doc, f));
  }
  actions.push(...fixAll(ws, doc, start, end));
  return actions;
}

function editOf(doc: AnalyzedDocument, edits: { start: number; end: number; newText: string }[]): DocumentEdit {
  return {
    uri: doc.uri,
    version: doc.version,
    edits: edits.map((e) => ({ range: rangeOf(doc, e), newText: e.newText })),
  };
}

/**
 * one spelling everywhere: an edit across the open drafts, offered for each of the two spellings; when the sources
 * spell the name, only theirs, since the other would leave the draft still at odds with the record
 */
function spellingActions(ws: Workspace, f: Finding): Action[] {
  if (f.code !== 'name-inconsistent' || typeof f.data?.spelling !== 'string' || typeof f.data?.from !== 'string')
    return [];
  const out: Action[] = [];
  const choices = [[f.data.spelling, f.data.from]];
  if (!f.data.sourceSpelling) choices.push([f.data.from, f.data.spelling]);
  for (const [keep, drop] of choices) {
    const changes = spellingEdits(ws, keep, drop);
    if (changes.length) out.push({ title: `Use “${keep}” everywhere in the open drafts`, finding: f, changes });
  }
  return out;
}

/** replace every entity-mention word `drop` with `keep` in the open drafts (never in sources) */
function spellingEdits(ws: Workspace, keep: string, drop: string): DocumentEdit[] {
  const out: DocumentEdit[] = [];
  const letter = (c: string | undefined) => !!c && /[\p{L}]/u.test(c);
  for (const d of ws.openDocuments()) {
    if (ws.isSource(d.uri)) continue; // sources are the record
    const edits: DocumentEdit['edits'] = [];
    const seen = new Set<number>();
    for (const e of d.analysis.entities)
      for (const m of e.mentions)
        for (let i = m.text.indexOf(drop); i >= 0; i = m.text.indexOf(drop, i + 1)) {
          const at = m.start + i;
          if (letter(m.text[i - 1]) || letter(m.text[i + drop.length]) || seen.has(at)) continue;
          seen.add(at);
          edits.push({ range: rangeOf(d, { start: at, end: at + drop.length }), newText: keep });
        }
    if (edits.length) out.push({ uri: d.uri, version: d.version, edits });
  }
  return out;
}

/** a suppress comment above the finding's line, at its indentation */
function disableNextLine(doc: AnalyzedDocument, f: Finding): Action {
  const line = doc.index.positionAt(f.start).line;
  const lineStart = doc.index.offsetAt({ line, character: 0 });
  const indent = /^[ \t]*/.exec(doc.text.slice(lineStart, lineStart + 200))?.[0] ?? '';
  return {
    title: `Disable ${f.code} for the next line`,
    finding: f,
    changes: [
      editOf(doc, [{ start: lineStart, end: lineStart, newText: `${indent}${disableNextLineComment(f.code)}\n` }]),
    ],
  };
}

/** "Fix all <code> in this file", for each safe code found in the range, when its fixes do not overlap */
function fixAll(ws: Workspace, doc: AnalyzedDocument, start: number, end: number): Action[] {
  const findings = doc.analysis.findings;
  const codes = new Set(
    findings.filter((f) => f.end >= start && f.start <= end && safeForFixAll(f.code)).map((f) => f.code),
  );
  const out: Action[] = [];
  for (const code of codes) {
    const edits = findings
      .filter((f) => f.code === code)
      .map((f) => ws.fixesFor(doc, f).find((x) => x.preferred))
      .filter((x) => x !== undefined)
      .flatMap((x) => x.edits)
      .sort((a, b) => a.start - b.start);
    // overlapping edits cannot be applied together
    if (edits.length < 2 || edits.some((e, i) => i > 0 && e.start < edits[i - 1].end)) continue;
    out.push({ title: `Fix all ${code} in this file (${edits.length})`, changes: [editOf(doc, edits)] });
  }
  return out;
}
