/**
 * The shape of a rule: one module per diagnostic code (see index.ts for the list). A rule owns its code, its
 * default severity, its documentation and its check; the analysis runs the rules of each phase.
 */
import type { Claim, DocumentAnalysis, Figure, Finding, Severity, Span } from '../types';
import type { TextModel } from '../textmodel';
import type { QuoteSpan } from '../attribution';
import type { VagueSpan } from '../vague';
import type { Citation } from '../citations';
import type { PassageIndex } from '../passages';
import type { BibEntry, SourceLinks } from '../verify';
import type { NameUse } from '../names';
import type { Fix, FixContext } from '../fixes';
import type { SourcingPolicy } from '../../../../protocol/settings';

/**
 * When a rule can run:
 * - `document`: the draft alone (inside analyzeText; cached with the analysis);
 * - `sources`: the draft against the source passages and the bibliography;
 * - `workspace`: the draft against every other draft and source (name spellings).
 */
export type Phase = 'document' | 'sources' | 'workspace';

/** What every rule declares about itself: read by the CLI, SARIF, the JSON schema, the hover and the README. */
export interface RuleInfo {
  /** the diagnostic code, kebab-case */
  id: string;
  severity: Severity;
  /** one line, a sentence */
  summary: string;
  /** what fires it and what to do about it */
  help: string;
  phase: Phase;
  /** true when the rule's preferred fix is a plain correction that "fix all in this file" may apply unread */
  fixAllSafe?: boolean;
  /** quick fixes for one of its findings, as offset edits (the editor turns them into code actions) */
  fixes?(f: Finding, ctx: FixContext): Fix[];
}

/** The draft as the document phase sees it, once claims, figures and quotes are known. */
export interface DocumentContext {
  text: string;
  /** the text with everything that is not prose (and citations) blanked out: same length, same offsets */
  prose: string;
  model: TextModel;
  /** in document order */
  claims: Claim[];
  figures: Figure[];
  quotes: QuoteSpan[];
  /** vague attributions in the text ("officials said", "reportedly"), outside quotes, in document order */
  vague: readonly VagueSpan[];
  /** checkable figures with no attribution in their sentence or paragraph, and the claim made for each */
  unsourcedFigures: { figure: number; claim: number }[];
}

/** A figure of another draft, and where it is. */
export interface DraftFigure {
  uri: string;
  /** the draft's path, as the message shows it */
  path: string;
  /** LSP range in that draft */
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  figure: Figure;
}

/** The draft checked against the workspace (sources and workspace phases). Claims already carry their passages. */
export interface SourcesContext {
  text: string;
  analysis: DocumentAnalysis & { citations?: Citation[] };
  index: PassageIndex | null;
  bibliography: Map<string, BibEntry>;
  /** spellings of names across sources and drafts; absent when the caller has none */
  names?: Map<string, NameUse>;
  /** what linking the claims to source passages found */
  links: SourceLinks;
  /** the desk's sourcing policy; absent or empty: no policy */
  policy?: SourcingPolicy;
  /**
   * figures of the workspace's other drafts that could state the same quantity as `f` (and, given `minShared`, that
   * could share that many context words with it, as `affinity` counts them); absent: not checked
   */
  otherFigures?: (f: Figure, minShared?: number) => readonly DraftFigure[];
}

export interface DocumentRule extends RuleInfo {
  phase: 'document';
  check(ctx: DocumentContext): Finding[];
  /** true when the sources answer the finding after all (a figure that a source passage states) */
  answeredBySources?(f: Finding, ctx: SourcesContext): boolean;
}
export interface SourcesRule extends RuleInfo {
  phase: 'sources' | 'workspace';
  check(ctx: SourcesContext): Finding[];
}
export type Rule = DocumentRule | SourcesRule;

/** A finding of `rule`, at its default severity. */
export function finding(rule: RuleInfo, span: Span, message: string, data?: Record<string, unknown>): Finding {
  return {
    code: rule.id,
    severity: rule.severity,
    start: span.start,
    end: span.end,
    message,
    ...(data ? { data } : {}),
  };
}
