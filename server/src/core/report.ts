/** Builds the JSON report (its shape is the shared contract in protocol/report.ts) from an analysis. */
import type { DocumentAnalysis, Finding } from './types';
import { LineIndex } from './text';
import type { ClaimStatus, JsonClaim, JsonDiagnostic, JsonDocument } from '../../../protocol/report';
import { fromJsonClaim, sourcingProfile } from './profile';

export type {
  ClaimStatus,
  JsonClaim,
  JsonDiagnostic,
  JsonDocument,
  JsonEntity,
  JsonFigure,
  JsonSource,
} from '../../../protocol/report';

/** where users report an internal error (a draft OnRecord could not analyse) */
export const ISSUES_URL = 'https://example.invalid/onrecord/issues';

export function claimStatus(a: DocumentAnalysis, i: number, findings: Finding[]): ClaimStatus {
  const c = a.claims[i];
  const inClaim = findings.filter((f) => f.start < c.end && f.end > c.start);
  if (inClaim.some((f) => f.code === 'quote-mismatch' || f.code === 'figure-mismatch')) return 'mismatched';
  if (c.vague) return 'vague';
  if (!c.speaker && !c.sources.some((s) => s.kind !== 'attribution')) return 'unattributed';
  if (
    c.sources.some((s) => s.kind === 'passage' || s.kind === 'citation' || s.kind === 'link' || s.kind === 'footnote')
  )
    return 'linked';
  return 'attributed';
}

/** a finding as the report writes it, its offsets turned into a line/character range */
export function toJsonDiagnostic(f: Finding, index: LineIndex): JsonDiagnostic {
  return {
    code: f.code,
    severity: f.severity,
    message: f.message,
    range: index.range(f.start, f.end),
    ...(f.data ? { data: f.data } : {}),
  };
}

export function toJsonDocument(
  path: string,
  text: string,
  a: DocumentAnalysis,
  index = new LineIndex(text),
): JsonDocument {
  const r = (s: { start: number; end: number }) => index.range(s.start, s.end);
  const claims: JsonClaim[] = a.claims.map((c, i) => ({
    kind: c.kind,
    range: r(c),
    text: c.text,
    cue: c.cue,
    speaker: c.speaker ? { name: c.speaker.name, text: c.speaker.text, range: r(c.speaker) } : null,
    ...(c.innerSpeaker
      ? { innerSpeaker: { name: c.innerSpeaker.name, text: c.innerSpeaker.text, range: r(c.innerSpeaker) } }
      : {}),
    figures: c.figures,
    sources: c.sources.map((s) => ({
      kind: s.kind === 'footnote' ? 'citation' : s.kind,
      label: s.label,
      ...(s.uri ? { uri: s.uri } : {}),
      ...(s.sourceRange ? { range: s.sourceRange } : s.span ? { range: r(s.span) } : {}),
      ...(s.score !== undefined ? { score: Math.round(s.score * 100) / 100 } : {}),
      ...(s.title ? { title: s.title } : {}),
      ...(s.date ? { date: s.date } : {}),
      ...(s.excerpt ? { excerpt: s.excerpt } : {}),
    })),
    status: claimStatus(a, i, a.findings),
    content: { text: text.slice(c.content.start, c.content.end), range: r(c.content) },
    ...(c.cueSpan ? { cueRange: r(c.cueSpan) } : {}),
    sourceType: c.speaker ? (c.sourceType ?? null) : null,
  }));
  return {
    path,
    claims,
    figures: a.figures.map((f) => ({
      text: f.text,
      value: f.value,
      ...(f.valueTo != null ? { valueTo: f.valueTo } : {}),
      unit: f.unit,
      hedge: f.hedge,
      kind: f.kind,
      measure: f.measure,
      noun: f.noun,
      range: r(f),
    })),
    entities: a.entities.map((e) => ({
      name: e.name,
      type: e.type,
      aliases: e.aliases,
      mentions: e.mentions.map((m) => ({ text: m.text, range: r(m) })),
    })),
    diagnostics: a.findings.map((f) => toJsonDiagnostic(f, index)),
    profile: sourcingProfile(claims.map(fromJsonClaim)),
  };
}

const SEV_RANK: Record<string, number> = { error: 3, warning: 2, information: 1, hint: 0 };
export function severityRank(s: string): number {
  return SEV_RANK[s] ?? 0;
}
