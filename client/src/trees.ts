/**
 * The Claims and Entities trees in the "OnRecord" view container, over every draft of the workspace. Both ask the
 * server for one level at a time (`onrecord/claimTree`, `onrecord/entities`): the top level is a summary with counts,
 * and a node's children are asked for when it is expanded, so a workspace of thousands of drafts opens at once. They
 * ask again when the ClaimsModel says the workspace changed. A click reveals the claim or mention in its draft.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { type ClaimStatus, type ClaimsModel, type JsonClaim, shorten, toRange } from './model';
import { CLAIM_STATUSES, type Range, type SourcingProfile } from '../../protocol/report';
import { PROFILE_TYPES, percent, profileLine } from '../../protocol/profile';
import {
  CLAIM_TREE_REQUEST,
  ENTITIES_REQUEST,
  type ClaimGrouping,
  type ClaimRef,
  type ClaimTreeParams,
  type ClaimTreeResult,
  type EntitiesParams,
  type EntitiesResult,
} from '../../protocol/requests';

export const REVEAL_COMMAND = 'onrecord.revealRange';
export const STATUSES: ClaimStatus[] = [...CLAIM_STATUSES];
const STATUS_TEXT: Record<ClaimStatus, string> = {
  linked: 'linked to a source',
  mismatched: 'differs from its source',
  unattributed: 'unattributed',
  vague: 'vague attribution',
  attributed: 'attributed, no source linked',
};
const STATUS_ICON: Record<ClaimStatus, [string, string | undefined]> = {
  linked: ['pass', 'testing.iconPassed'],
  mismatched: ['error', 'list.errorForeground'],
  unattributed: ['warning', 'list.warningForeground'],
  vague: ['question', 'editorWarning.foreground'],
  attributed: ['person', undefined],
};
export function statusIcon(s: ClaimStatus): vscode.ThemeIcon {
  const [id, color] = STATUS_ICON[s] ?? ['circle-outline', undefined];
  return new vscode.ThemeIcon(id, color ? new vscode.ThemeColor(color) : undefined);
}

function docLabel(p: string): { label: string; uri: vscode.Uri } {
  const uri = vscode.Uri.parse(p);
  return { label: uri.scheme === 'untitled' ? uri.path : path.basename(uri.fsPath), uri };
}
const count = (n: number, one: string, many = one + 's') => `${n} ${n === 1 ? one : many}`;

/**
 * Answers cached until the next refresh: VS Code asks for the same level more than once (expanding, revealing,
 * re-rendering), and each distinct level is asked of the server once per refresh.
 */
class LevelCache<T> {
  private map = new Map<string, Promise<T>>();
  constructor(private readonly fetch: (key: string) => Promise<T>) {}
  get(key: string): Promise<T> {
    let p = this.map.get(key);
    if (!p) {
      p = this.fetch(key);
      this.map.set(key, p);
      // a failed answer (server restarting) is asked again next time
      p.catch(() => this.map.delete(key));
    }
    return p;
  }
  clear(): void {
    this.map.clear();
  }
}

// ------------------------------------------------------------------ Claims

/** how the Claims view groups: draft → paragraph → claim, or speaker, source or status → claims across drafts */
export type GroupBy = ClaimGrouping;
export const GROUPINGS: { id: GroupBy; label: string; icon: string }[] = [
  { id: 'paragraph', label: 'Draft → paragraph', icon: 'list-tree' },
  { id: 'speaker', label: 'Speaker', icon: 'person' },
  { id: 'source', label: 'Source (file or bibliography key)', icon: 'references' },
  { id: 'status', label: 'Status', icon: 'pass' },
];
/** the source types a claim can have, with the filter's own value for "no speaker" */
export const SOURCE_TYPES: { id: string; label: string }[] = [
  { id: 'named-person', label: 'named person' },
  { id: 'named-organization', label: 'named organisation' },
  { id: 'document', label: 'document' },
  { id: 'unnamed-person', label: 'unnamed person' },
  { id: 'unnamed-group', label: 'unnamed group' },
  { id: 'anonymous', label: 'anonymous' },
  { id: 'none', label: 'no speaker' },
];

export type ClaimsNode = DocNode | ProfileNode | InfoNode | GroupNode | ClaimNode;
export interface DocNode {
  type: 'doc';
  id: string;
  path: string;
  uri: vscode.Uri;
  label: string;
  /** the draft's claims that pass the filters, and how many of them are unattributed or mismatched */
  claims: number;
  toCheck: number;
}
export interface ProfileNode {
  type: 'profile';
  id: string;
  parent: DocNode;
  profile: SourcingProfile;
}
export interface InfoNode {
  type: 'info';
  id: string;
  parent: ProfileNode;
  label: string;
  description: string;
}
/** a paragraph of a draft (its claims come with it) or a group across drafts (its claims are asked for on expand) */
export interface GroupNode {
  type: 'group';
  id: string;
  /** the server's key for the group (across drafts) */
  key: string;
  parent: DocNode | undefined;
  label: string;
  description: string;
  /** a paragraph's first line (0-based) */
  line: number;
  count: number;
  /** a paragraph's claims */
  claims?: ClaimNode[];
}
export interface ClaimNode {
  type: 'claim';
  id: string;
  parent: ClaimsNode;
  /** the draft's path in the report (its uri) */
  path: string;
  uri: vscode.Uri;
  claim: JsonClaim;
  /** its index among the draft's claims */
  index: number;
}

export class ClaimsTreeProvider implements vscode.TreeDataProvider<ClaimsNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<ClaimsNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly loadedEmitter = new vscode.EventEmitter<void>();
  /** Fires when the top level came back from the server (for the view's message and description). */
  readonly onDidLoad = this.loadedEmitter.event;
  private groupByValue: GroupBy = 'paragraph';
  private filterValue = new Set<ClaimStatus>(STATUSES);
  private typeFilterValue = new Set<string>(SOURCE_TYPES.map((t) => t.id));
  private readonly levels = new LevelCache<ClaimTreeResult>((parent) => this.ask(parent || undefined));
  /** the last top level: how many drafts the workspace has and how many claims pass the filters */
  summary: { drafts: number; claims: number } | undefined;
  private readonly sub: vscode.Disposable;

  constructor(
    private readonly client: BaseLanguageClient,
    model: ClaimsModel,
  ) {
    this.sub = model.onDidChange(() => this.rebuild());
  }

  get groupBy(): GroupBy {
    return this.groupByValue;
  }
  setGroupBy(g: GroupBy): void {
    this.groupByValue = g;
    void vscode.commands.executeCommand('setContext', 'onrecord.claims.groupBy', g);
    this.rebuild();
  }
  get statusFilter(): ReadonlySet<ClaimStatus> {
    return this.filterValue;
  }
  setStatusFilter(statuses: Iterable<ClaimStatus>): void {
    this.filterValue = new Set(statuses);
    this.filtersChanged();
  }
  get sourceTypeFilter(): ReadonlySet<string> {
    return this.typeFilterValue;
  }
  setSourceTypeFilter(types: Iterable<string>): void {
    this.typeFilterValue = new Set(types);
    this.filtersChanged();
  }
  /** true when a filter hides some claims */
  get filtered(): boolean {
    return this.filterValue.size < STATUSES.length || this.typeFilterValue.size < SOURCE_TYPES.length;
  }
  private filtersChanged(): void {
    void vscode.commands.executeCommand('setContext', 'onrecord.claims.filtered', this.filtered);
    this.rebuild();
  }

  /** Forget every answer and ask the server again, from the top level down to what is expanded. */
  rebuild(): void {
    this.levels.clear();
    this.emitter.fire(undefined);
  }

  /** one level of the tree from the server, with the grouping and the filters of now */
  private ask(parent: string | undefined): Promise<ClaimTreeResult> {
    const params: ClaimTreeParams = { groupBy: this.groupByValue };
    if (this.filterValue.size < STATUSES.length) params.statuses = [...this.filterValue];
    if (this.typeFilterValue.size < SOURCE_TYPES.length) params.sourceTypes = [...this.typeFilterValue];
    if (parent !== undefined) params.parent = parent;
    return Promise.resolve(this.client.sendRequest<ClaimTreeResult>(CLAIM_TREE_REQUEST, params));
  }

  /**
   * Every claim node shown now (after the filters), in tree order, asking the server for every level: for tests and
   * for revealing a claim, never for drawing the tree.
   */
  async claimNodes(): Promise<ClaimNode[]> {
    const walk = async (nodes: ClaimsNode[]): Promise<ClaimNode[]> => {
      const out: ClaimNode[] = [];
      for (const n of nodes)
        if (n.type === 'claim') out.push(n);
        else if (n.type !== 'profile' && n.type !== 'info') out.push(...(await walk(await this.getChildren(n))));
      return out;
    };
    return walk(await this.getChildren());
  }

  async getChildren(node?: ClaimsNode): Promise<ClaimsNode[]> {
    if (!node) return this.roots();
    if (node.type === 'claim' || node.type === 'info') return [];
    if (node.type === 'profile') return this.profileRows(node);
    if (node.type === 'group' && node.claims) return node.claims;
    const res = await this.levels.get(node.type === 'doc' ? node.path : node.key);
    if (node.type === 'doc') return this.draftChildren(node, res);
    return (res.claims ?? []).map((r) => this.claimNode(r, node, `claim:${node.id}|${r.path}#${r.index}`));
  }

  private async roots(): Promise<ClaimsNode[]> {
    const groupBy = this.groupByValue;
    const res = await this.levels.get('');
    this.summary = { drafts: res.drafts ?? 0, claims: res.total ?? 0 };
    this.loadedEmitter.fire();
    return (res.groups ?? []).map((g): ClaimsNode => {
      if (groupBy === 'paragraph') {
        const { label, uri } = docLabel(g.key);
        return { type: 'doc', id: `doc:${g.key}`, path: g.key, uri, label, claims: g.claims, toCheck: g.toCheck };
      }
      return {
        type: 'group',
        id: `${groupBy}:${g.key}`,
        key: g.key,
        parent: undefined,
        label: g.label,
        description: `${count(g.claims, 'claim')} · ${count(g.drafts, 'draft')}`,
        line: 0,
        count: g.claims,
      };
    });
  }

  private claimNode(r: ClaimRef, parent: ClaimsNode, id: string): ClaimNode {
    return { type: 'claim', id, parent, path: r.path, uri: vscode.Uri.parse(r.path), claim: r.claim, index: r.index };
  }

  /** the profile node, then the draft's paragraphs with their claims */
  private draftChildren(doc: DocNode, res: ClaimTreeResult): ClaimsNode[] {
    const out: ClaimsNode[] = [];
    if (res.profile) out.push({ type: 'profile', id: `profile:${doc.path}`, parent: doc, profile: res.profile });
    for (const p of res.paragraphs ?? []) {
      const g: GroupNode = {
        type: 'group',
        id: `paragraph:${doc.path}#${p.line}`,
        key: '',
        parent: doc,
        label: p.text ? shorten(p.text.replace(/^\s*(?:[-*>]|\d+\.)\s+/, ''), 48) : `Line ${p.line + 1}`,
        description: `${count(p.claims.length, 'claim')} · line ${p.line + 1}${p.heading ? ' · § ' + shorten(p.heading, 32) : ''}`,
        line: p.line,
        count: p.claims.length,
      };
      g.claims = p.claims.map((r) =>
        this.claimNode(r, g, `claim:${r.path}#${r.index}@${r.claim.range.start.line}:${r.claim.range.start.character}`),
      );
      out.push(g);
    }
    return out;
  }

  private profileRows(node: ProfileNode): InfoNode[] {
    const p = node.profile;
    const row = (key: string, label: string, description: string): InfoNode => ({
      type: 'info',
      id: `${node.id}:${key}`,
      parent: node,
      label,
      description,
    });
    return [
      ...PROFILE_TYPES.map((t) =>
        row(t.key, t.label, `${count(p.sourcesByType[t.key], 'source')} · ${count(p.claimsByType[t.key], 'claim')}`),
      ),
      row('unattributed', 'unattributed', `${count(p.unattributed, 'claim')} · ${percent(p.unattributedShare)}`),
      row('single', 'single-source', count(p.singleSource, 'claim')),
    ];
  }

  getParent(node: ClaimsNode): ClaimsNode | undefined {
    return node.type === 'doc' ? undefined : node.parent;
  }

  getTreeItem(node: ClaimsNode): vscode.TreeItem {
    if (node.type === 'doc') return this.docItem(node);
    if (node.type === 'profile') {
      const item = new vscode.TreeItem('Sourcing profile', vscode.TreeItemCollapsibleState.Collapsed);
      item.id = node.id;
      item.description = profileLine(node.profile);
      item.iconPath = new vscode.ThemeIcon('graph');
      item.tooltip = profileTooltip(node.profile);
      item.contextValue = 'onrecord.profile';
      return item;
    }
    if (node.type === 'info') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
      item.id = node.id;
      item.description = node.description;
      return item;
    }
    if (node.type === 'group') {
      // a paragraph is open with its draft; a group across drafts waits for a click (its claims are asked for then)
      const item = new vscode.TreeItem(
        node.label,
        node.parent ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed,
      );
      item.id = node.id;
      item.description = node.description;
      item.iconPath =
        this.groupByValue === 'status'
          ? statusIcon(node.label as ClaimStatus)
          : new vscode.ThemeIcon(GROUPINGS.find((g) => g.id === this.groupByValue)?.icon ?? 'symbol-text');
      if (node.parent) item.iconPath = new vscode.ThemeIcon('symbol-text');
      item.contextValue = 'onrecord.group';
      return item;
    }
    return this.claimItem(node);
  }

  /** the draft's hover: its sourcing profile as a table, asked for when the hover opens */
  async resolveTreeItem(item: vscode.TreeItem, node: ClaimsNode): Promise<vscode.TreeItem> {
    if (node.type !== 'doc' || item.tooltip) return item;
    const res = await this.levels.get(node.path);
    if (res.profile) item.tooltip = profileTooltip(res.profile, vscode.workspace.asRelativePath(node.uri));
    return item;
  }

  private docItem(node: DocNode): vscode.TreeItem {
    const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Collapsed);
    if (vscode.window.activeTextEditor?.document.uri.toString() === node.uri.toString())
      item.collapsibleState = vscode.TreeItemCollapsibleState.Expanded;
    item.id = node.id;
    item.resourceUri = node.uri;
    item.iconPath = vscode.ThemeIcon.File;
    item.description = `${count(node.claims, 'claim')}${node.toCheck ? ` · ${node.toCheck} to check` : ''}`;
    item.contextValue = 'onrecord.document';
    return item;
  }

  private claimItem(node: ClaimNode): vscode.TreeItem {
    const c = node.claim;
    const item = new vscode.TreeItem(shorten(c.text, 60), vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    const where = this.groupByValue === 'paragraph' ? [] : [path.basename(node.uri.fsPath)];
    item.description = [c.kind, c.speaker?.name, ...where].filter(Boolean).join(' · ');
    item.iconPath = statusIcon(c.status);
    const tip = new vscode.MarkdownString();
    tip.appendText(c.text.replace(/\s+/g, ' ').trim());
    tip.appendMarkdown(`\n\n**${c.kind}** · ${STATUS_TEXT[c.status] ?? c.status}`);
    if (c.speaker) tip.appendMarkdown(' · speaker: ').appendText(c.speaker.name);
    if (c.sourceType) tip.appendMarkdown(' · ').appendText(c.sourceType);
    const srcs = c.sources.filter((s) => s.kind !== 'attribution').map((s) => s.title ?? s.label);
    if (srcs.length) tip.appendMarkdown('\n\nsources: ').appendText(srcs.join('; '));
    item.tooltip = tip;
    item.accessibilityInformation = { label: `${c.status} ${c.kind} claim: ${shorten(c.text, 120)}` };
    item.contextValue = `onrecord.claim.${c.status}`;
    item.command = { command: REVEAL_COMMAND, title: 'Reveal claim', arguments: [node.uri.toString(), c.range] };
    return item;
  }

  /** The node of the claim at or around a position, for revealing the cursor's claim in the tree. */
  async nodeAt(uri: vscode.Uri, pos: vscode.Position): Promise<ClaimNode | undefined> {
    const inDoc = (await this.claimNodes()).filter(
      (n) => n.uri.toString() === uri.toString() && toRange(n.claim.range).contains(pos),
    );
    return inDoc.sort((a, b) => a.claim.text.length - b.claim.text.length)[0];
  }

  dispose(): void {
    this.sub.dispose();
    this.emitter.dispose();
    this.loadedEmitter.dispose();
  }
}

/** the profile as a small table, for the hover on a draft and on its profile node */
export function profileTooltip(p: SourcingProfile, title?: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  if (title) md.appendMarkdown('**').appendText(title).appendMarkdown('**\n\n');
  md.appendMarkdown(profileLine(p)).appendMarkdown('\n\n| source type | sources | claims |\n|---|---:|---:|\n');
  for (const t of PROFILE_TYPES)
    md.appendMarkdown(`| ${t.label} | ${p.sourcesByType[t.key]} | ${p.claimsByType[t.key]} |\n`);
  md.appendMarkdown(
    `\n${count(p.claims, 'claim')}; ${p.unattributed} unattributed (${percent(p.unattributedShare)}); ${p.singleSource} resting on a single source`,
  );
  return md;
}

// ------------------------------------------------------------------ Entities

const ENTITY_KINDS: Record<string, { label: string; one: string; icon: string }> = {
  person: { label: 'People', one: 'person', icon: 'person' },
  organization: { label: 'Organisations', one: 'organisation', icon: 'organization' },
  place: { label: 'Places', one: 'place', icon: 'location' },
  other: { label: 'Other', one: 'other', icon: 'symbol-misc' },
};
const kindInfo = (t: string) => ENTITY_KINDS[t] ?? ENTITY_KINDS.other;

export type EntitiesNode = KindNode | EntityNode | EntityDraftNode | MentionNode;
/** People, Organisations, Places, Other */
export interface KindNode {
  type: 'kind';
  id: string;
  kind: string;
  label: string;
  icon: string;
  count: number;
}
export interface EntityNode {
  type: 'entity';
  id: string;
  parent: KindNode;
  name: string;
  /** the engine's type of the entity */
  entityType: string;
  /** how the drafts write it: its name first, then its other forms */
  spellings: string[];
  mentions: number;
  drafts: number;
}
/** a draft that mentions the entity; expanding it lists the mentions in that draft */
export interface EntityDraftNode {
  type: 'draft';
  id: string;
  parent: EntityNode;
  uri: vscode.Uri;
  label: string;
  mentions: number;
  spellings: string[];
}
export interface MentionNode {
  type: 'mention';
  id: string;
  parent: EntityDraftNode;
  uri: vscode.Uri;
  text: string;
  range: Range;
  line: string;
}

export class EntitiesTreeProvider implements vscode.TreeDataProvider<EntitiesNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<EntitiesNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly levels = new LevelCache<EntitiesResult>((key) => this.ask(JSON.parse(key) as EntitiesParams));
  private readonly sub: vscode.Disposable;

  constructor(
    private readonly client: BaseLanguageClient,
    model: ClaimsModel,
  ) {
    this.sub = model.onDidChange(() => this.rebuild());
  }

  rebuild(): void {
    this.levels.clear();
    this.emitter.fire(undefined);
  }

  private ask(params: EntitiesParams): Promise<EntitiesResult> {
    return Promise.resolve(this.client.sendRequest<EntitiesResult>(ENTITIES_REQUEST, params));
  }
  private level(params: EntitiesParams): Promise<EntitiesResult> {
    return this.levels.get(JSON.stringify(params));
  }

  async getChildren(node?: EntitiesNode): Promise<EntitiesNode[]> {
    if (!node) {
      const res = await this.level({});
      return (res.kinds ?? []).map((k) => ({
        type: 'kind',
        id: `kind:${k.type}`,
        kind: k.type,
        label: kindInfo(k.type).label,
        icon: kindInfo(k.type).icon,
        count: k.entities,
      }));
    }
    if (node.type === 'kind') {
      const res = await this.level({ type: node.kind });
      return (res.entities ?? []).map((e) => ({
        type: 'entity',
        id: `entity:${node.kind}:${e.name}`,
        parent: node,
        name: e.name,
        entityType: e.type,
        spellings: e.spellings,
        mentions: e.mentions,
        drafts: e.drafts,
      }));
    }
    if (node.type === 'entity') {
      const res = await this.level({ type: node.parent.kind, name: node.name });
      return (res.drafts ?? []).map((d) => {
        const { label, uri } = docLabel(d.uri);
        return {
          type: 'draft',
          id: `${node.id}@${d.uri}`,
          parent: node,
          uri,
          label,
          mentions: d.mentions,
          spellings: d.spellings,
        };
      });
    }
    if (node.type === 'draft') {
      const entity = node.parent;
      const res = await this.level({ type: entity.parent.kind, name: entity.name, uri: node.uri.toString() });
      return (res.mentions ?? []).map((m) => ({
        type: 'mention',
        id: `${node.id}:${m.range.start.line}:${m.range.start.character}`,
        parent: node,
        uri: node.uri,
        text: m.text,
        range: m.range,
        line: m.line,
      }));
    }
    return [];
  }
  getParent(node: EntitiesNode): EntitiesNode | undefined {
    return node.type === 'kind' ? undefined : node.parent;
  }

  getTreeItem(node: EntitiesNode): vscode.TreeItem {
    if (node.type === 'kind') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = node.id;
      item.iconPath = new vscode.ThemeIcon(node.icon);
      item.description = String(node.count);
      return item;
    }
    if (node.type === 'entity') {
      const item = new vscode.TreeItem(node.name, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = node.id;
      item.iconPath = new vscode.ThemeIcon(kindInfo(node.parent.kind).icon);
      const others = node.spellings.filter((s) => s !== node.name);
      item.description = [
        count(node.mentions, 'mention'),
        count(node.drafts, 'draft'),
        ...(others.length ? [`also ${others.join(', ')}`] : []),
      ].join(' · ');
      const tip = new vscode.MarkdownString();
      tip.appendMarkdown('**').appendText(node.name).appendMarkdown('** · ').appendText(node.entityType);
      tip.appendMarkdown('\n\nwritten ').appendText(node.spellings.map((s) => `“${s}”`).join(', '));
      tip.appendMarkdown(`\n\n${count(node.mentions, 'mention')} in ${count(node.drafts, 'draft')}`);
      item.tooltip = tip;
      item.contextValue = 'onrecord.entity';
      return item;
    }
    if (node.type === 'draft') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = node.id;
      item.resourceUri = node.uri;
      item.iconPath = vscode.ThemeIcon.File;
      item.description = `${count(node.mentions, 'mention')} · ${node.spellings.join(', ')}`;
      item.tooltip = vscode.workspace.asRelativePath(node.uri);
      item.contextValue = 'onrecord.entityDraft';
      return item;
    }
    const item = new vscode.TreeItem(mentionLabel(node), vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    item.description = `line ${node.range.start.line + 1}`;
    item.tooltip = node.line.trim() || node.text;
    item.iconPath = new vscode.ThemeIcon('mention');
    item.command = { command: REVEAL_COMMAND, title: 'Reveal mention', arguments: [node.uri.toString(), node.range] };
    return item;
  }

  dispose(): void {
    this.sub.dispose();
    this.emitter.dispose();
  }
}

/** the mention's line, cut around the mention when it is long, with the mention highlighted */
function mentionLabel(m: MentionNode): vscode.TreeItemLabel {
  const MAX = 64;
  const line = m.line;
  let at = m.range.start.line === m.range.end.line ? m.range.start.character : -1;
  if (at < 0 || line.slice(at, at + m.text.length) !== m.text) return { label: m.text };
  let from = line.length - line.trimStart().length;
  if (line.length - from > MAX && at - from > 20) from = at - 20;
  let text = line.slice(from).trimEnd();
  at -= from;
  if (from > line.length - line.trimStart().length) {
    text = '…' + text;
    at += 1;
  }
  if (text.length > MAX) text = text.slice(0, MAX - 1) + '…';
  const end = Math.min(at + m.text.length, text.length);
  return { label: text, highlights: [[at, end]] };
}
