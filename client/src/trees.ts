/**
 * The Claims and Entities trees in the "OnRecord" view container. Both read the ClaimsModel
 * (the server's `onrecord/claims` answer); a click reveals the claim or mention in its draft.
 */
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
import { CLAIM_STATUSES } from '../../protocol/report';

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

export type GroupBy = 'paragraph' | 'speaker';
export type ClaimsNode =
  | { type: 'doc'; id: string; doc: JsonDocument; uri: vscode.Uri; label: string; groups: GroupNode[] }
  | GroupNode
  | ClaimNode;
export interface GroupNode {
  type: 'group';
  id: string;
  parent: ClaimsNode;
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

/** Paragraph start line and nearest heading above each claim's start line, from the open document's text. */
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

export class ClaimsTreeProvider implements vscode.TreeDataProvider<ClaimsNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<ClaimsNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private roots: ClaimsNode[] = [];
  private groupByValue: GroupBy = 'paragraph';
  private filterValue = new Set<ClaimStatus>(STATUSES);
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
    void vscode.commands.executeCommand(
      'setContext',
      'onrecord.claims.filtered',
      this.filterValue.size < STATUSES.length,
    );
    this.rebuild();
  }

  /** Every claim node shown now (after the filter), in tree order. */
  claimNodes(): ClaimNode[] {
    return this.roots.flatMap((d) => (d.type === 'doc' ? d.groups.flatMap((g) => g.claims) : []));
  }

  private rebuild(): void {
    const roots: ClaimsNode[] = [];
    for (const doc of this.model.documents) {
      const { label, uri } = docLabel(doc.path);
      const docNode = { type: 'doc' as const, id: `doc:${doc.path}`, doc, uri, label, groups: [] as GroupNode[] };
      const lines = docText(uri);
      const groups = new Map<string, GroupNode>();
      doc.claims.forEach((claim, index) => {
        if (!this.filterValue.has(claim.status)) return;
        let key: string, make: () => Omit<GroupNode, 'claims' | 'id' | 'parent' | 'type'>;
        if (this.groupByValue === 'speaker') {
          const name = claim.speaker?.name ?? '';
          key = name || '\u0000none';
          make = () => ({ label: name || '(no speaker)', description: '', line: claim.range.start.line });
        } else {
          const p = paragraphOf(lines, claim.range.start.line);
          key = String(p.start);
          make = () => ({
            label: p.first ? shorten(p.first.replace(/^\s*(?:[-*>]|\d+\.)\s+/, ''), 48) : `Line ${p.start + 1}`,
            description: `line ${p.start + 1}${p.heading ? ' · § ' + shorten(p.heading, 32) : ''}`,
            line: p.start,
          });
        }
        let g = groups.get(key);
        if (!g) {
          g = { type: 'group', id: `${this.groupByValue}:${doc.path}#${key}`, parent: docNode, claims: [], ...make() };
          groups.set(key, g);
        }
        g.claims.push({
          type: 'claim',
          id: `claim:${doc.path}#${index}@${claim.range.start.line}:${claim.range.start.character}`,
          parent: g,
          doc,
          uri,
          claim,
          index,
        });
      });
      docNode.groups = [...groups.values()];
      if (this.groupByValue === 'speaker')
        docNode.groups.sort(
          (a, b) =>
            (a.label.startsWith('(') ? 1 : 0) - (b.label.startsWith('(') ? 1 : 0) || a.label.localeCompare(b.label),
        );
      roots.push(docNode);
    }
    this.roots = roots;
    this.emitter.fire(undefined);
  }

  getChildren(node?: ClaimsNode): ClaimsNode[] {
    if (!node) return this.roots;
    if (node.type === 'doc') return node.groups;
    if (node.type === 'group') return node.claims;
    return [];
  }

  getParent(node: ClaimsNode): ClaimsNode | undefined {
    return node.type === 'doc' ? undefined : node.parent;
  }

  getTreeItem(node: ClaimsNode): vscode.TreeItem {
    if (node.type === 'doc') {
      const n = node.groups.reduce((s, g) => s + g.claims.length, 0);
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = node.id;
      item.resourceUri = node.uri;
      item.iconPath = vscode.ThemeIcon.File;
      const bad = node.doc.claims.filter((c) => c.status === 'unattributed' || c.status === 'mismatched').length;
      item.description = `${n} claim${n === 1 ? '' : 's'}${bad ? ` · ${bad} to check` : ''}`;
      item.contextValue = 'onrecord.document';
      return item;
    }
    if (node.type === 'group') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = node.id;
      item.description = node.description;
      item.iconPath = new vscode.ThemeIcon(this.groupByValue === 'speaker' ? 'person' : 'symbol-text');
      item.contextValue = 'onrecord.group';
      return item;
    }
    const c = node.claim;
    const item = new vscode.TreeItem(shorten(c.text, 60), vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    item.description = [c.kind, c.speaker?.name].filter(Boolean).join(' · ');
    item.iconPath = statusIcon(c.status);
    const tip = new vscode.MarkdownString();
    tip.appendText(c.text.replace(/\s+/g, ' ').trim());
    tip.appendMarkdown(`\n\n**${c.kind}** · ${STATUS_TEXT[c.status] ?? c.status}`);
    if (c.speaker) tip.appendMarkdown(' · speaker: ').appendText(c.speaker.name);
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
