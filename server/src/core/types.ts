/** Core records. All offsets are UTF-16 code unit offsets into the original document text. */

export interface Span {
  start: number;
  end: number;
}

export type ClaimKind = 'direct' | 'indirect' | 'mixed' | 'unattributed';
/** who the speaker is, as a fact-checker sorts sources */
export type SourceType =
  'named-person' | 'named-organization' | 'document' | 'unnamed-person' | 'unnamed-group' | 'anonymous';
export type EntityType = 'person' | 'organization' | 'place' | 'other';
export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface Speaker extends Span {
  /** canonical entity name */
  name: string;
  /** as written, e.g. "he" */
  text: string;
}

export interface ClaimSource {
  kind: 'attribution' | 'citation' | 'link' | 'footnote' | 'passage';
  label: string;
  uri?: string;
  span?: Span;
  /** for passages: the source's file-local range */
  sourceRange?: { start: { line: number; character: number }; end: { line: number; character: number } };
  score?: number;
  title?: string;
  date?: string;
  excerpt?: string;
  /** the matched words inside the excerpt (offsets into excerpt) */
  highlight?: Span[];
  author?: string;
  url?: string;
  /** what differs, for a mismatched quote or figure */
  difference?: string;
}

export interface Claim extends Span {
  kind: ClaimKind;
  text: string;
  /** the quoted/reported content span (for direct quotes, the inside of the marks) */
  content: Span;
  cue: string | null;
  cueSpan?: Span;
  speaker: Speaker | null;
  /** the inner speaker of a nested attribution ("the ministry said the contractor had admitted") */
  innerSpeaker?: Speaker | null;
  figures: number[];
  sources: ClaimSource[];
  /** true when the attribution is vague ("sources say") */
  vague?: boolean;
  /** the kind of source the speaker is; null without a speaker */
  sourceType?: SourceType | null;
}

/** What a figure measures. A year is a date; identifiers (Route 9, case No. 12) are recognised and never reported. */
export type Measure =
  | 'count'
  | 'money'
  | 'percent'
  /** a share written as "one in three", "2 out of 5": the value is the fraction */
  | 'ratio'
  | 'duration'
  | 'date'
  | 'time'
  | 'rate'
  | 'ordinal'
  | 'identifier';

export interface Figure extends Span {
  text: string;
  value: number | null;
  /** the unit or counted noun: "USD", "%", "mph", "weeks", "firefighters" */
  unit: string | null;
  hedge: string | null;
  /** the written shape (kept for the JSON report); `measure` says what it measures */
  kind: 'count' | 'amount' | 'percent' | 'ratio' | 'date' | 'range' | 'ordinal' | 'year' | 'time' | 'tally';
  /** upper value of a range */
  valueTo?: number | null;
  measure: Measure;
  /** what it counts: the unit or noun with its complement, lowercased ("weeks of pay", "litres of bottled water") */
  noun: string | null;
  /** content words of its clause (the entities and events around it), lowercased, numbers left out */
  context: string[];
  /** a bare count's label, lowercased: "Classroom teaching positions: 41" → "positions" */
  label?: string;
  /** a list item's figure: the content words of the sentence that introduces the list ("… breaks down as:") */
  leadIn?: string[];
  /**
   * a table cell's row: its label's words, its column header's words, and the dates of its label and header
   * ("January 1, 2029", "FY 2027")
   */
  row?: { words: string[]; header: string[]; dates: number[] };
  /** a percentage's sense when its words say it: a change ("up 39 percent") or a level ("at 12 percent") */
  sense?: 'change' | 'level';
  /** what a percentage is of, its first words lowercased: "62 percent of flights after midnight" → flights, after, midnight */
  of?: string[];
}

export interface Mention extends Span {
  text: string;
}

export interface Entity {
  name: string;
  type: EntityType;
  mentions: Mention[];
  aliases: string[];
}

export interface Finding extends Span {
  code: string;
  severity: Severity;
  message: string;
  /** data for quick fixes */
  data?: Record<string, unknown>;
}

export interface DocumentAnalysis {
  claims: Claim[];
  figures: Figure[];
  entities: Entity[];
  findings: Finding[];
  /**
   * indices of the figures linked to a source passage that states the same quantity (agreeing or not), set when the
   * draft is checked against its sources; figure-inconsistent leaves them to the sources
   */
  sourcedFigures?: number[];
}
