/**
 * The Claims and Entities trees in the "OnRecord" view container. Both read the ClaimsModel
 * (the server's `onrecord/claims` answer); a click reveals the claim or mention in its draft.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import {
  type ClaimStatus,
  type ClaimsModel,
  type JsonClaim,
  type JsonDocument,
  type JsonEntity,
  shorten,
  toRange,
} from './model';
import { CLAIM_STATUSES, type SourcingProfile } from '../../protocol/report';
import { PROFILE_TYPES, percent, profileLine } from '../../protocol/profile';

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
function docText(uri: vscode.Uri): string[] | undefined {
  const d = vscode.workspace.textDocuments.find((t) => t.uri.toString() === uri.toString());
  return d ? d.getText().split(/\r?\n/) : undefined;
}

// ------------------------------------------------------------------ Claims

/** how the Claims view groups: draft → paragraph → claim, or speaker, source or status → claims across drafts */
export type GroupBy = 'paragraph' | 'speaker' | 'source' | 'status';
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
const sourceTypeOf = (c: JsonClaim) => c.sourceType ?? 'none';

export type ClaimsNode = DocNode | ProfileNode | InfoNode | GroupNode | ClaimNode;
export interface DocNode {
  type: 'doc';
  id: string;
  doc: JsonDocument;
  uri: vscode.Uri;
  label: string;
  /** the draft's claims that pass the filters */
  claims: ClaimNode[];
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
export interface GroupNode {
  type: 'group';
  id: string;
  parent: ClaimsNode | undefined;
  label: string;
  description: string;
  line: number;
  claims: ClaimNode[];
}
export interface ClaimNode {
  type: 'claim';
  id: string;
  parent: ClaimsNode;
  doc: JsonDocument;
  uri: vscode.Uri;
  claim: JsonClaim;
  index: number;
}

const count = (n: number, one: string, many = one + 's') => `${n} ${n === 1 ? one : many}`;

/** Paragraph start line and nearest heading above each claim's start line, from the draft's text. */
function paragraphOf(lines: string[] | undefined, line: number): { start: number; heading: string; first: string } {
  if (!lines) return { start: line, heading: '', first: '' };
  let start = line;
  while (start > 0 && lines[start - 1].trim() !== '' && !/^#{1,6}\s/.test(lines[start])) start--;
  let heading = '';
  for (let i = start; i >= 0; i--) {
    const m = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(lines[i] ?? '');
    if (m) {
      heading = m[1];
      break;
    }
  }
  return { start, heading, first: lines[start] ?? '' };
}

/** the text of a draft: the editor's when it is open, else the file on disk (read when its node is expanded) */
function draftLines(uri: vscode.Uri): string[] | undefined {
  const open = docText(uri);
  if (open || uri.scheme !== 'file') return open;
  try {
    return fs.readFileSync(uri.fsPath, 'utf8').split(/\r?\n/);
  } catch {
    return undefined;
  }
}

/** what a claim rests on, for the source grouping: source files (passages) and bibliography keys or links */
function claimSources(c: JsonClaim): { key: string; label: string }[] {
  const out = new Map<string, string>();
  for (const s of c.sources) {
    if (s.kind === 'passage' && s.uri) out.set(`file:${s.uri}`, path.basename(vscode.Uri.parse(s.uri).fsPath));
    else if (s.kind === 'citation') out.set(`key:${s.label}`, s.label);
    else if (s.kind === 'link') out.set(`link:${s.uri ?? s.label}`, s.uri ?? s.label);
  }
  return [...out].map(([key, label]) => ({ key, label }));
}

export class ClaimsTreeProvider implements vscode.TreeDataProvider<ClaimsNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<ClaimsNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private roots: ClaimsNode[] = [];
  /** children built on first expansion (a workspace of many drafts lists its drafts at once, their claims later) */
  private children = new Map<string, ClaimsNode[]>();
  private groupByValue: GroupBy = 'paragraph';
  private filterValue = new Set<ClaimStatus>(STATUSES);
  private typeFilterValue = new Set<string>(SOURCE_TYPES.map((t) => t.id));
  private readonly sub: vscode.Disposable;

  constructor(private readonly model: ClaimsModel) {
    this.sub = model.onDidChange(() => this.rebuild());
    this.rebuild();
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

  /** Every claim node shown now (after the filters), in tree order, building every level. */
  claimNodes(): ClaimNode[] {
    const walk = (nodes: ClaimsNode[]): ClaimNode[] =>
      nodes.flatMap((n) => (n.type === 'claim' ? [n] : n.type === 'profile' ? [] : walk(this.getChildren(n))));
    return walk(this.roots);
  }

  private shown(c: JsonClaim): boolean {
    return this.filterValue.has(c.status) && this.typeFilterValue.has(sourceTypeOf(c));
  }

  private rebuild(): void {
    this.children.clear();
    const docs: DocNode[] = this.model.documents.map((doc) => {
      const { label, uri } = docLabel(doc.path);
      const node: DocNode = { type: 'doc', id: `doc:${doc.path}`, doc, uri, label, claims: [] };
      doc.claims.forEach((claim, index) => {
        if (this.shown(claim)) node.claims.push({ type: 'claim', id: '', parent: node, doc, uri, claim, index: index });
      });
      return node;
    });
    this.roots = this.groupByValue === 'paragraph' ? docs : this.crossDraftGroups(docs);
    this.emitter.fire(undefined);
  }

  /** speaker, source or status → the claims of every draft */
  private crossDraftGroups(docs: DocNode[]): GroupNode[] {
    const groups = new Map<string, GroupNode>();
    const add = (key: string, label: string, c: ClaimNode) => {
      let g = groups.get(key);
      if (!g) {
        g = {
          type: 'group',
          id: `${this.groupByValue}:${key}`,
          parent: undefined,
          label,
          description: '',
          line: 0,
          claims: [],
        };
        groups.set(key, g);
      }
      g.claims.push({ ...c, id: `claim:${g.id}|${c.doc.path}#${c.index}`, parent: g });
    };
    for (const d of docs)
      for (const c of d.claims) {
        const claim = c.claim;
        if (this.groupByValue === 'speaker')
          add(claim.speaker?.name ?? '\u0000', claim.speaker?.name ?? '(no speaker)', c);
        else if (this.groupByValue === 'status') add(claim.status, claim.status, c);
        else {
          const sources = claimSources(claim);
          if (!sources.length) add('\u0000', '(no source)', c);
          for (const s of sources) add(s.key, s.label, c);
        }
      }
    const order = (g: GroupNode) =>
      this.groupByValue === 'status' ? STATUSES.indexOf(g.label as ClaimStatus) : g.label.startsWith('(') ? 1 : 0;
    return [...groups.values()]
      .map((g) => ({ ...g, description: this.groupDescription(g.claims) }))
      .sort((a, b) => order(a) - order(b) || (this.groupByValue === 'status' ? 0 : a.label.localeCompare(b.label)))
      .map((g) => {
        for (const c of g.claims) c.parent = g;
        return g;
      });
  }

  private groupDescription(claims: ClaimNode[]): string {
    const drafts = new Set(claims.map((c) => c.doc.path)).size;
    return `${count(claims.length, 'claim')} · ${count(drafts, 'draft')}`;
  }

  getChildren(node?: ClaimsNode): ClaimsNode[] {
    if (!node) return this.roots;
    if (node.type === 'claim' || node.type === 'info') return [];
    if (node.type === 'group') return node.claims;
    let kids = this.children.get(node.id);
    if (!kids) {
      kids = node.type === 'doc' ? this.draftChildren(node) : this.profileRows(node);
      this.children.set(node.id, kids);
    }
    return kids;
  }

  /** the profile node, then the draft's paragraphs with their claims */
  private draftChildren(doc: DocNode): ClaimsNode[] {
    const out: ClaimsNode[] = [];
    if (doc.doc.profile)
      out.push({ type: 'profile', id: `profile:${doc.doc.path}`, parent: doc, profile: doc.doc.profile });
    const lines = draftLines(doc.uri);
    const groups = new Map<number, GroupNode>();
    for (const c of doc.claims) {
      const p = paragraphOf(lines, c.claim.range.start.line);
      let g = groups.get(p.start);
      if (!g) {
        g = {
          type: 'group',
          id: `paragraph:${doc.doc.path}#${p.start}`,
          parent: doc,
          label: p.first ? shorten(p.first.replace(/^\s*(?:[-*>]|\d+\.)\s+/, ''), 48) : `Line ${p.start + 1}`,
          description: `line ${p.start + 1}${p.heading ? ' · § ' + shorten(p.heading, 32) : ''}`,
          line: p.start,
          claims: [],
        };
        groups.set(p.start, g);
      }
      g.claims.push({
        ...c,
        id: `claim:${doc.doc.path}#${c.index}@${c.claim.range.start.line}:${c.claim.range.start.character}`,
        parent: g,
      });
    }
    for (const g of groups.values()) g.description = `${count(g.claims.length, 'claim')} · ${g.description}`;
    return [...out, ...groups.values()];
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
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = node.id;
      item.description = node.description;
      item.iconPath =
        this.groupByValue === 'status'
          ? statusIcon(node.label as ClaimStatus)
          : new vscode.ThemeIcon(GROUPINGS.find((g) => g.id === this.groupByValue)?.icon ?? 'symbol-text');
      if (this.groupByValue === 'paragraph') item.iconPath = new vscode.ThemeIcon('symbol-text');
      item.contextValue = 'onrecord.group';
      return item;
    }
    return this.claimItem(node);
  }

  private docItem(node: DocNode): vscode.TreeItem {
    const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Collapsed);
    if (vscode.window.activeTextEditor?.document.uri.toString() === node.uri.toString())
      item.collapsibleState = vscode.TreeItemCollapsibleState.Expanded;
    item.id = node.id;
    item.resourceUri = node.uri;
    item.iconPath = vscode.ThemeIcon.File;
    const n = node.claims.length;
    const bad = node.claims.filter((c) => c.claim.status === 'unattributed' || c.claim.status === 'mismatched').length;
    item.description = `${count(n, 'claim')}${bad ? ` · ${bad} to check` : ''}`;
    if (node.doc.profile) item.tooltip = profileTooltip(node.doc.profile, vscode.workspace.asRelativePath(node.uri));
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
  nodeAt(uri: vscode.Uri, pos: vscode.Position): ClaimNode | undefined {
    const inDoc = this.claimNodes().filter(
      (n) => n.uri.toString() === uri.toString() && toRange(n.claim.range).contains(pos),
    );
    return inDoc.sort((a, b) => a.claim.text.length - b.claim.text.length)[0];
  }

  dispose(): void {
    this.sub.dispose();
    this.emitter.dispose();
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

/** an entity's mentions grouped by how they are written, its full name first, then its aliases */
function formsOf(entity: EntityNode): FormNode[] {
  const forms = new Map<string, FormNode>();
  for (const m of entity.mentions) {
    const text = m.text.replace(/[’']s$/u, '');
    let form = forms.get(text);
    if (!form) {
      form = {
        type: 'form',
        id: `${entity.id}#${text}`,
        parent: entity,
        text,
        alias: text !== entity.name,
        mentions: [],
      };
      forms.set(text, form);
    }
    form.mentions.push({ ...m, parent: form });
  }
  return [...forms.values()].sort((a, b) => Number(a.alias) - Number(b.alias));
}

const ENTITY_GROUPS: { type: string; label: string; icon: string }[] = [
  { type: 'person', label: 'People', icon: 'person' },
  { type: 'organization', label: 'Organisations', icon: 'organization' },
  { type: 'place', label: 'Places', icon: 'location' },
];
export type EntitiesNode =
  | { type: 'kind'; id: string; label: string; icon: string; entities: EntityNode[] }
  | EntityNode
  | FormNode
  | MentionNode;
/** one way the entity is written: its name, or an alias (surname, acronym, a variant spelling), with its mentions */
export interface FormNode {
  type: 'form';
  id: string;
  parent: EntitiesNode;
  text: string;
  alias: boolean;
  mentions: MentionNode[];
}
export interface EntityNode {
  type: 'entity';
  id: string;
  parent: EntitiesNode;
  name: string;
  entityType: string;
  aliases: string[];
  mentions: MentionNode[];
  /** the drafts that mention it */
  drafts: Set<string>;
}
export interface MentionNode {
  type: 'mention';
  id: string;
  parent: EntitiesNode;
  uri: vscode.Uri;
  text: string;
  range: JsonEntity['mentions'][number]['range'];
  line: string;
}

export class EntitiesTreeProvider implements vscode.TreeDataProvider<EntitiesNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<EntitiesNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private roots: EntitiesNode[] = [];
  private readonly sub: vscode.Disposable;

  constructor(private readonly model: ClaimsModel) {
    this.sub = model.onDidChange(() => this.rebuild());
    this.rebuild();
  }

  private rebuild(): void {
    const byType = new Map<string, Map<string, EntityNode>>();
    const kindOf = (t: string) => (ENTITY_GROUPS.some((g) => g.type === t) ? t : 'other');
    for (const doc of this.model.documents) {
      const uri = vscode.Uri.parse(doc.path);
      const lines = docText(uri);
      for (const e of doc.entities) {
        const t = kindOf(e.type);
        if (!byType.has(t)) byType.set(t, new Map());
        const m = byType.get(t)!;
        let node = m.get(e.name);
        if (!node) {
          node = {
            type: 'entity',
            id: `entity:${t}:${e.name}`,
            parent: undefined as unknown as EntitiesNode,
            name: e.name,
            entityType: e.type,
            aliases: [],
            mentions: [],
            drafts: new Set(),
          };
          m.set(e.name, node);
        }
        node.drafts.add(doc.path);
        for (const a of e.aliases) if (!node.aliases.includes(a)) node.aliases.push(a);
        for (const mention of e.mentions) {
          node.mentions.push({
            type: 'mention',
            id: `${node.id}@${doc.path}:${mention.range.start.line}:${mention.range.start.character}`,
            parent: node,
            uri,
            text: mention.text,
            range: mention.range,
            line: lines?.[mention.range.start.line] ?? '',
          });
        }
      }
    }
    const groups = [...ENTITY_GROUPS, { type: 'other', label: 'Other', icon: 'symbol-misc' }];
    this.roots = groups
      .filter((g) => byType.get(g.type)?.size)
      .map((g) => {
        const kind = {
          type: 'kind' as const,
          id: `kind:${g.type}`,
          label: g.label,
          icon: g.icon,
          entities: [...byType.get(g.type)!.values()].sort((a, b) => a.name.localeCompare(b.name)),
        };
        for (const e of kind.entities) e.parent = kind;
        return kind;
      });
    this.emitter.fire(undefined);
  }

  getChildren(node?: EntitiesNode): EntitiesNode[] {
    if (!node) return this.roots;
    if (node.type === 'kind') return node.entities;
    if (node.type === 'entity') {
      const forms = formsOf(node);
      return forms.length > 1 ? forms : node.mentions;
    }
    if (node.type === 'form') return node.mentions;
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
      item.description = String(node.entities.length);
      return item;
    }
    if (node.type === 'entity') {
      const item = new vscode.TreeItem(node.name, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = node.id;
      const n = node.mentions.length;
      const drafts = node.drafts.size > 1 ? ` in ${node.drafts.size} drafts` : '';
      item.description = `${n} mention${n === 1 ? '' : 's'}${drafts}${node.aliases.length ? ' · also ' + node.aliases.join(', ') : ''}`;
      item.tooltip = [...node.drafts].map((d) => path.basename(vscode.Uri.parse(d).fsPath)).join(', ');
      item.contextValue = 'onrecord.entity';
      return item;
    }
    if (node.type === 'form') {
      const item = new vscode.TreeItem(node.text, vscode.TreeItemCollapsibleState.Expanded);
      item.id = node.id;
      const n = node.mentions.length;
      item.description = `${node.alias ? 'alias · ' : ''}${n} mention${n === 1 ? '' : 's'}`;
      item.iconPath = new vscode.ThemeIcon(node.alias ? 'link' : 'tag');
      return item;
    }
    const item = new vscode.TreeItem(
      node.line ? shorten(node.line.trim(), 60) : node.text,
      vscode.TreeItemCollapsibleState.None,
    );
    item.id = node.id;
    item.description = `${path.basename(node.uri.fsPath)}:${node.range.start.line + 1}`;
    item.tooltip = node.text;
    item.iconPath = new vscode.ThemeIcon('mention');
    item.command = { command: REVEAL_COMMAND, title: 'Reveal mention', arguments: [node.uri.toString(), node.range] };
    return item;
  }

  dispose(): void {
    this.sub.dispose();
    this.emitter.dispose();
  }
}
