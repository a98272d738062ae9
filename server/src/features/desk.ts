/**
 * The desk views one level at a time (`onrecord/claimTree`, `onrecord/entities`): the top level is a summary with
 * counts, and a node's children are answered when it is expanded, so that a workspace of thousands of drafts opens at
 * once and only the claims and mentions the editor looks at cross the wire.
 */
import * as path from 'path';
import { URI } from 'vscode-uri';
import { toJsonDocument } from '../core/report';
import { CLAIM_STATUSES, type JsonClaim, type JsonDocument } from '../../../protocol/report';
import type {
  ClaimParagraph,
  ClaimRef,
  ClaimTreeGroup,
  ClaimTreeParams,
  ClaimTreeResult,
  EntitiesParams,
  EntitiesResult,
  EntityDraft,
  EntityMention,
  EntitySummary,
} from '../../../protocol/requests';
import type { AnalyzedDocument, Workspace } from './workspace';

/**
 * The JSON report of a draft, made once per analysis: the workspace keeps an analysis object until the draft's text or
 * the workspace changes, so a cache keyed by it is never stale and goes with it.
 */
const reports = new WeakMap<AnalyzedDocument, JsonDocument>();
export function reportOf(d: AnalyzedDocument): JsonDocument {
  let r = reports.get(d);
  if (!r) {
    r = toJsonDocument(d.uri, d.text, d.analysis, d.index);
    reports.set(d, r);
  }
  return r;
}

const baseName = (uri: string) => {
  const u = URI.parse(uri);
  return u.scheme === 'file' ? path.basename(u.fsPath) : u.path;
};
const byPath = (a: AnalyzedDocument, b: AnalyzedDocument) => a.uri.localeCompare(b.uri);

// ------------------------------------------------------------------ claims

const NO_SPEAKER = 'speaker:';
const NO_SOURCE = 'source:';

/** the groups a claim belongs to: one speaker or status, or every source it rests on */
function groupsOf(c: JsonClaim, groupBy: ClaimTreeParams['groupBy']): { key: string; label: string }[] {
  if (groupBy === 'speaker')
    return [
      c.speaker
        ? { key: NO_SPEAKER + c.speaker.name, label: c.speaker.name }
        : { key: NO_SPEAKER, label: '(no speaker)' },
    ];
  if (groupBy === 'status') return [{ key: `status:${c.status}`, label: c.status }];
  const out = new Map<string, string>();
  for (const s of c.sources) {
    if (s.kind === 'passage' && s.uri) out.set(`${NO_SOURCE}file:${s.uri}`, baseName(s.uri));
    else if (s.kind === 'citation') out.set(`${NO_SOURCE}key:${s.label}`, s.label);
    else if (s.kind === 'link') out.set(`${NO_SOURCE}link:${s.uri ?? s.label}`, s.uri ?? s.label);
  }
  return out.size ? [...out].map(([key, label]) => ({ key, label })) : [{ key: NO_SOURCE, label: '(no source)' }];
}

const toCheck = (c: JsonClaim) => c.status === 'unattributed' || c.status === 'mismatched';

export function claimTree(ws: Workspace, p: ClaimTreeParams, version: string): ClaimTreeResult {
  const statuses = p.statuses ? new Set(p.statuses) : null;
  const types = p.sourceTypes ? new Set(p.sourceTypes) : null;
  const shown = (c: JsonClaim) =>
    (!statuses || statuses.has(c.status)) && (!types || types.has(c.sourceType ?? 'none'));
  const docs = ws.workspaceDocuments().sort(byPath);
  if (p.groupBy === 'paragraph') {
    if (p.parent !== undefined) {
      const doc = docs.find((d) => d.uri === p.parent);
      if (!doc) return { version, paragraphs: [] };
      const report = reportOf(doc);
      return { version, profile: report.profile, paragraphs: paragraphs(doc, report, shown) };
    }
    let total = 0;
    const groups = docs.map((d): ClaimTreeGroup => {
      const claims = reportOf(d).claims.filter(shown);
      total += claims.length;
      return {
        key: d.uri,
        label: baseName(d.uri),
        claims: claims.length,
        drafts: 1,
        toCheck: claims.filter(toCheck).length,
      };
    });
    return { version, groups, drafts: docs.length, total };
  }
  if (p.parent !== undefined) {
    const claims: ClaimRef[] = [];
    for (const d of docs)
      reportOf(d).claims.forEach((claim, index) => {
        if (shown(claim) && groupsOf(claim, p.groupBy).some((g) => g.key === p.parent))
          claims.push({ path: d.uri, index, claim });
      });
    return { version, claims };
  }
  const groups = new Map<string, ClaimTreeGroup & { paths: Set<string> }>();
  let total = 0;
  for (const d of docs)
    for (const claim of reportOf(d).claims) {
      if (!shown(claim)) continue;
      total++;
      for (const { key, label } of groupsOf(claim, p.groupBy)) {
        let g = groups.get(key);
        if (!g) groups.set(key, (g = { key, label, claims: 0, drafts: 0, toCheck: 0, paths: new Set() }));
        g.claims++;
        if (toCheck(claim)) g.toCheck++;
        g.paths.add(d.uri);
      }
    }
  // statuses in the order the filters offer them; otherwise by name, "(no speaker)" and "(no source)" last
  const rank = (g: ClaimTreeGroup) =>
    p.groupBy === 'status' ? CLAIM_STATUSES.indexOf(g.label as JsonClaim['status']) : g.label.startsWith('(') ? 1 : 0;
  const out = [...groups.values()]
    .map(({ paths, ...g }) => ({ ...g, drafts: paths.size }))
    .sort((a, b) => rank(a) - rank(b) || (p.groupBy === 'status' ? 0 : a.label.localeCompare(b.label)));
  return { version, groups: out, drafts: docs.length, total };
}

/**
 * the draft's paragraphs that hold shown claims: where each starts, its first words and the heading above it, from
 * the blocks and headings the Markdown parser found (a claim outside every block starts its own paragraph)
 */
function paragraphs(doc: AnalyzedDocument, report: JsonDocument, shown: (c: JsonClaim) => boolean): ClaimParagraph[] {
  const { blocks, headings } = doc.analysis.model;
  const out = new Map<number, ClaimParagraph>();
  report.claims.forEach((claim, index) => {
    if (!shown(claim)) return;
    const at = doc.analysis.claims[index].start;
    const block = blocks.find((b) => b.start <= at && at < b.end);
    const start = block?.start ?? at;
    let p = out.get(start);
    if (!p) {
      const pos = doc.index.positionAt(start);
      const lineStart = doc.index.offsetAt({ line: pos.line, character: 0 });
      const text = doc.text.slice(lineStart, doc.index.offsetAt({ line: pos.line + 1, character: 0 })).trimEnd();
      const heading = headings.filter((h) => h.start <= start).pop();
      out.set(start, (p = { line: pos.line, text, heading: heading?.text.trim() ?? '', claims: [] }));
    }
    p.claims.push({ path: doc.uri, index, claim });
  });
  return [...out.values()];
}

// ------------------------------------------------------------------ entities

const KINDS = ['person', 'organization', 'place'];
const kindOf = (t: string) => (KINDS.includes(t) ? t : 'other');
/** a mention as written, without a possessive: "Venn's" is a spelling of "Venn" */
const formOf = (text: string) => text.replace(/[’']s$/u, '');

export function entities(ws: Workspace, p: EntitiesParams): EntitiesResult {
  const docs = ws.workspaceDocuments().sort(byPath);
  if (!p.type) {
    const names = new Map<string, Set<string>>();
    for (const d of docs)
      for (const e of d.analysis.entities) {
        const k = kindOf(e.type);
        if (!names.has(k)) names.set(k, new Set());
        names.get(k)!.add(e.name);
      }
    return {
      kinds: [...KINDS, 'other'].filter((k) => names.has(k)).map((k) => ({ type: k, entities: names.get(k)!.size })),
    };
  }
  const ofKind = (d: AnalyzedDocument) => d.analysis.entities.filter((e) => kindOf(e.type) === p.type);
  if (p.name === undefined) {
    const byName = new Map<string, EntitySummary & { forms: Set<string> }>();
    for (const d of docs)
      for (const e of ofKind(d)) {
        let s = byName.get(e.name);
        if (!s)
          byName.set(
            e.name,
            (s = { name: e.name, type: e.type, spellings: [], mentions: 0, drafts: 0, forms: new Set() }),
          );
        s.drafts++;
        s.mentions += e.mentions.length;
        for (const m of e.mentions) s.forms.add(formOf(m.text));
      }
    const list = [...byName.values()]
      .map(({ forms, ...s }) => ({ ...s, spellings: spellings(s.name, forms) }))
      .sort((a, b) => a.name.localeCompare(b.name));
    return { entities: list };
  }
  const inDoc = (d: AnalyzedDocument) => ofKind(d).filter((e) => e.name === p.name);
  if (p.uri === undefined) {
    const drafts: EntityDraft[] = [];
    for (const d of docs) {
      const found = inDoc(d);
      if (!found.length) continue;
      const mentions = found.flatMap((e) => e.mentions);
      drafts.push({
        uri: d.uri,
        mentions: mentions.length,
        spellings: spellings(p.name, new Set(mentions.map((m) => formOf(m.text)))),
      });
    }
    return { drafts };
  }
  const doc = docs.find((d) => d.uri === p.uri);
  const mentions: EntityMention[] = [];
  if (doc) {
    const lines = doc.text.split(/\r?\n/);
    for (const e of inDoc(doc))
      for (const m of e.mentions) {
        const range = doc.index.range(m.start, m.end);
        mentions.push({ text: m.text, range, line: lines[range.start.line] ?? '' });
      }
    mentions.sort(
      (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
    );
  }
  return { mentions };
}

/** the entity's name first (when it is written so), then its other forms */
function spellings(name: string, forms: Set<string>): string[] {
  return [...forms].sort(
    (a, b) => Number(b === name) - Number(a === name) || b.length - a.length || a.localeCompare(b),
  );
}
