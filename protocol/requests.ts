/** OnRecord's own LSP requests, beside the standard ones: their names and their parameter and result types. */
import type { JsonClaim, JsonReport, Range, SourcingProfile } from './report';

/**
 * `onrecord/claims`: the JSON report of one draft (`uri`), of every open draft (no parameter, or `scope: 'open'`),
 * or of every draft in the workspace (`scope: 'workspace'`). Answered with a {@link JsonReport}.
 */
export const CLAIMS_REQUEST = 'onrecord/claims';
export interface ClaimsParams {
  uri?: string;
  scope?: 'open' | 'workspace';
}
export type ClaimsResult = JsonReport;

/** `initializationOptions` the server understands besides the settings (see settings.ts) */
export interface InitializationOptions {
  /** false in an untrusted (Restricted Mode) workspace: sources, bibliographies and .onrecord.json are not read */
  trusted?: boolean;
  /** an absolute folder for the on-disk cache of analyses (the extension's storage, never the workspace) */
  cacheDir?: string;
}

/**
 * `onrecord/workspaceChanged` (server → client notification): the background index of the workspace's drafts changed
 * (the first indexing finished, a draft changed on disk, settings or sources changed), so lists of the workspace's
 * claims and entities are out of date. No parameters.
 */
export const WORKSPACE_CHANGED_NOTIFICATION = 'onrecord/workspaceChanged';

/** how the Claims view groups: draft → paragraph → claim, or speaker, source or status → claims across drafts */
export type ClaimGrouping = 'paragraph' | 'speaker' | 'source' | 'status';

/**
 * `onrecord/claimTree`: one level of the Claims view, so that a workspace of thousands of drafts opens at once. Without
 * `parent`, the top level: the drafts (paragraph grouping) or the groups, each with its counts and no claims. With
 * `parent` (a draft's uri, or a group's `key`), that node's children: a draft's profile and paragraphs, with their
 * claims, or a group's claims. The filters apply at every level.
 */
export const CLAIM_TREE_REQUEST = 'onrecord/claimTree';
export interface ClaimTreeParams {
  groupBy: ClaimGrouping;
  /** the statuses to show; all when absent */
  statuses?: string[];
  /** the source types to show (`none` for a claim without a speaker); all when absent */
  sourceTypes?: string[];
  /** the node to expand: a draft's uri (paragraph grouping) or a group's key; absent for the top level */
  parent?: string;
}
/** a node of the top level: a draft (its key is its uri) or a group of claims across drafts */
export interface ClaimTreeGroup {
  key: string;
  label: string;
  /** claims that pass the filters */
  claims: number;
  /** drafts those claims are in */
  drafts: number;
  /** of those, unattributed or mismatched: the claims to check first */
  toCheck: number;
}
/** a claim and where it is: its draft and its index among the draft's claims (as in the JSON report) */
export interface ClaimRef {
  path: string;
  index: number;
  claim: JsonClaim;
}
/** a paragraph of a draft that holds claims: its first line (0-based), first words and the heading above it */
export interface ClaimParagraph {
  line: number;
  text: string;
  heading: string;
  claims: ClaimRef[];
}
export interface ClaimTreeResult {
  version: string;
  /** the top level */
  groups?: ClaimTreeGroup[];
  /** the top level: drafts in the workspace, and claims that pass the filters in all of them */
  drafts?: number;
  total?: number;
  /** a draft's children: its sourcing profile and its paragraphs */
  profile?: SourcingProfile;
  paragraphs?: ClaimParagraph[];
  /** a group's children */
  claims?: ClaimRef[];
}

/**
 * `onrecord/entities`: one level of the Entities view, over every draft of the workspace. `{}` answers the kinds of
 * entity with how many of each; `{type}` that kind's entities, each with its spellings and how many drafts mention it;
 * `{type, name}` the drafts that mention it; `{type, name, uri}` its mentions in that draft.
 */
export const ENTITIES_REQUEST = 'onrecord/entities';
export interface EntitiesParams {
  /** `person`, `organization`, `place` or `other` */
  type?: string;
  name?: string;
  uri?: string;
}
export interface EntityKindSummary {
  type: string;
  entities: number;
}
export interface EntitySummary {
  name: string;
  /** the engine's type (person, organization, place …) */
  type: string;
  /** how it is written in the drafts: its name first, then the other forms used (surname, acronym …) */
  spellings: string[];
  mentions: number;
  drafts: number;
}
export interface EntityDraft {
  uri: string;
  mentions: number;
  /** the forms used in this draft */
  spellings: string[];
}
export interface EntityMention {
  text: string;
  range: Range;
  /** the line the mention is on */
  line: string;
}
export interface EntitiesResult {
  kinds?: EntityKindSummary[];
  entities?: EntitySummary[];
  drafts?: EntityDraft[];
  mentions?: EntityMention[];
}
