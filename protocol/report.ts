/**
 * The JSON report: what `onrecord check --format json` prints, what the `onrecord/claims` request answers and
 * what the fact-check sheet is made from. schema/report.schema.json describes the same shape for other tools.
 * Ranges are LSP-style: zero-based lines, characters in UTF-16 code units.
 */

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}

export interface JsonSource {
  kind: string;
  label: string;
  uri?: string;
  range?: Range;
  score?: number;
  title?: string;
  date?: string;
  excerpt?: string;
}
export interface JsonSpeaker {
  name: string;
  text: string;
  range: Range;
}
export interface JsonClaim {
  kind: string;
  range: Range;
  text: string;
  cue: string | null;
  speaker: JsonSpeaker | null;
  innerSpeaker?: JsonSpeaker | null;
  /** indexes into the document's figures */
  figures: number[];
  sources: JsonSource[];
  status: ClaimStatus;
  /** the reported words alone, without the cue or the speaker (for a direct quote, inside the marks) */
  content: { text: string; range: Range };
  /** where the cue is written; absent when it is inherited (a quote run, a lead-in) */
  cueRange?: Range;
  /** what kind of source the speaker is; null without a speaker */
  sourceType: SourceType | null;
}
export type SourceType =
  'named-person' | 'named-organization' | 'document' | 'unnamed-person' | 'unnamed-group' | 'anonymous';
/** how far a claim is sourced, in the order the Claims view offers them */
export const CLAIM_STATUSES = ['mismatched', 'unattributed', 'vague', 'linked', 'attributed'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
export interface JsonFigure {
  text: string;
  /** for a range, its lower end */
  value: number | null;
  /** a range's upper end; absent otherwise */
  valueTo?: number;
  unit: string | null;
  hedge: string | null;
  kind: string;
  /** what it measures: count, money, percent, ratio ("one in three", valued 1/3), duration, date, time, rate, ordinal */
  measure: string;
  /** what it counts, e.g. "weeks of pay" */
  noun: string | null;
  range: Range;
}
export interface JsonEntity {
  name: string;
  type: string;
  aliases: string[];
  mentions: { text: string; range: Range }[];
}
export interface JsonDiagnostic {
  code: string;
  severity: string;
  message: string;
  range: Range;
  data?: Record<string, unknown>;
}
export interface JsonDocument {
  path: string;
  claims: JsonClaim[];
  figures: JsonFigure[];
  entities: JsonEntity[];
  diagnostics: JsonDiagnostic[];
  /** how the draft is sourced (absent for a draft that could not be analysed) */
  profile?: SourcingProfile;
  /** set when the draft could not be read or analysed; claims, figures, entities and diagnostics are then empty */
  error?: { message: string };
}
/** counts by source type: named people, named organisations, documents, unnamed people or groups, anonymous */
export interface ProfileCounts {
  namedPeople: number;
  namedOrganizations: number;
  documents: number;
  unnamed: number;
  anonymous: number;
}
/** A draft's sourcing profile: how many sources of each kind its claims rest on. */
export interface SourcingProfile {
  /** every claim of the draft */
  claims: number;
  /** attributed claims by the type of their speaker (claims citing only a document count as documents) */
  claimsByType: ProfileCounts;
  /** distinct sources: speakers, bibliography keys and links */
  sources: number;
  /** distinct sources of each type */
  sourcesByType: ProfileCounts;
  /** claims with no speaker and no citation, link or matching source passage */
  unattributed: number;
  /** unattributed / claims, rounded to three decimals; 0 without claims */
  unattributedShare: number;
  /** attributed claims that rest on exactly one source (one speaker, or one document, and nothing else) */
  singleSource: number;
}
/** the whole report: the CLI's JSON output and the `onrecord/claims` answer */
export interface JsonReport {
  version: string;
  documents: JsonDocument[];
}
