/** Hover card content as Markdown. Every piece of workspace text is escaped; no command links. */
import type { Claim, DocumentAnalysis, Figure, Finding } from './types';
import { ruleById } from './rules';
import { ruleHelpMarkdown } from './rules/catalogue';

const MD_SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~&"'$:@=]/g;
export function escapeMarkdown(s: string): string {
  return s.replace(/\r?\n|\r/g, ' ').replace(MD_SPECIAL, (c) => '\\' + c);
}

const KIND_LABEL: Record<string, string> = {
  direct: 'Direct quote',
  indirect: 'Reported speech',
  mixed: 'Partial quote',
  unattributed: 'Unattributed',
};

/** only http(s) links from source metadata; never command:, javascript:, data: or vscode: links */
function safeUrl(u: string | undefined): string | null {
  if (!u || !/^https?:\/\/[^\s()<>[\]"'`]+$/i.test(u)) return null;
  return u;
}
/** file: links to a source inside the workspace, at its line */
function safeFileLink(u: string | undefined, line?: number): string | null {
  if (!u || !/^file:\/\/\/[^\s()<>[\]"'`]+$/i.test(u)) return null;
  return line !== undefined ? `${u}#L${line + 1}` : u;
}

const MAX_EXCERPT = 500;
/** the excerpt, escaped, with the matched words in bold */
function highlighted(text: string, marks: { start: number; end: number }[] | undefined): string {
  const t = text.trim();
  const lead = text.indexOf(t);
  const hs = (marks ?? [])
    .map((m) => ({ start: m.start - lead, end: m.end - lead }))
    .filter((m) => m.start >= 0 && m.end <= t.length && m.end > m.start)
    .sort((a, b) => a.start - b.start);
  // keep the window around the first mark when the passage is long
  let from = 0;
  if (t.length > MAX_EXCERPT && hs.length) from = Math.max(0, Math.min(hs[0].start - 100, t.length - MAX_EXCERPT));
  const to = Math.min(t.length, from + MAX_EXCERPT);
  let out = from > 0 ? '…' : '';
  let i = from;
  for (const h of hs) {
    if (h.start < i || h.start >= to) continue;
    out += escapeMarkdown(t.slice(i, h.start)) + '**' + escapeMarkdown(t.slice(h.start, Math.min(h.end, to))) + '**';
    i = Math.min(h.end, to);
  }
  out += escapeMarkdown(t.slice(i, to)) + (to < t.length ? '…' : '');
  void t;
  return out;
}

export function claimHover(c: Claim, a: DocumentAnalysis): string {
  const lines: string[] = [];
  lines.push(`**OnRecord · ${KIND_LABEL[c.kind] ?? c.kind}**`);
  lines.push('');
  if (c.speaker) {
    const as = c.speaker.text !== c.speaker.name ? ` (written as “${escapeMarkdown(c.speaker.text)}”)` : '';
    lines.push(`- Speaker: **${escapeMarkdown(c.speaker.name)}**${as}`);
  } else lines.push('- Speaker: *none found*');
  if (c.speaker && c.sourceType) lines.push(`- Source type: ${c.sourceType.replace('-', ' ')}`);
  lines.push(`- Cue: ${c.cue ? '“' + escapeMarkdown(c.cue) + '”' : '*none*'}`);
  if (c.innerSpeaker) lines.push(`- Reported from: ${escapeMarkdown(c.innerSpeaker.name)}`);
  if (c.vague) lines.push('- ⚠ Vague attribution');
  const figs = c.figures.map((i) => a.figures[i]).filter(Boolean) as Figure[];
  if (figs.length) lines.push(`- Figures: ${figs.map((f) => escapeMarkdown(f.text)).join(', ')}`);
  const srcs = c.sources.filter((s) => s.kind !== 'attribution');
  if (srcs.length) {
    lines.push('');
    lines.push('**Sources**');
    for (const s of srcs) {
      const web = safeUrl(s.url ?? (s.kind !== 'passage' ? s.uri : undefined));
      const file = s.kind === 'passage' ? safeFileLink(s.uri, s.sourceRange?.start.line) : null;
      const title = escapeMarkdown(s.title ?? s.label);
      const head = file ? `[${title}](${file})` : web ? `[${title}](${web})` : title;
      const meta = [
        s.kind,
        s.author ? escapeMarkdown(s.author) : '',
        s.date ? escapeMarkdown(s.date) : '',
        s.score !== undefined ? `match ${Math.round(s.score * 100)}%` : '',
      ]
        .filter(Boolean)
        .join(' · ');
      lines.push(`- ${head} — ${meta}${web && file ? ` · [web](${web})` : ''}`);
      if (s.difference) lines.push(`  - ⚠ Differs: ${escapeMarkdown(s.difference)}`);
      if (s.excerpt) lines.push(`  > ${highlighted(s.excerpt, s.highlight)}`);
    }
  } else if (!c.speaker) {
    lines.push('');
    lines.push('*No source found for this claim.*');
  }
  return lines.join('\n');
}

export function figureHover(f: Figure, sourceSays?: string): string {
  const bits = [`**OnRecord · Figure**`, '', `- As written: ${escapeMarkdown(f.text)}`, `- Kind: ${f.kind}`];
  if (f.value !== null)
    bits.push(
      `- Value: ${f.value.toLocaleString('en-US')}${f.valueTo != null ? ' to ' + f.valueTo.toLocaleString('en-US') : ''}${f.unit ? ' ' + escapeMarkdown(f.unit) : ''}`,
    );
  if (f.hedge) bits.push(`- Hedge: ${escapeMarkdown(f.hedge)}`);
  if (sourceSays) bits.push(`- ⚠ The source says: ${escapeMarkdown(sourceSays)}`);
  return bits.join('\n');
}

export function entityHover(
  e: { name: string; type: string; aliases: string[]; mentions: unknown[] },
  inWorkspace: number,
): string {
  const bits = [
    `**OnRecord · ${e.type === 'organization' ? 'Organisation' : e.type === 'person' ? 'Person' : e.type === 'place' ? 'Place' : 'Name'}**`,
    '',
    `- Name: **${escapeMarkdown(e.name)}**`,
  ];
  if (e.aliases.length) bits.push(`- Also written: ${e.aliases.map(escapeMarkdown).join(', ')}`);
  bits.push(`- Mentions: ${e.mentions.length} in this document, ${inWorkspace} in open drafts`);
  return bits.join('\n');
}

/** The help of each rule that reports at the hovered place (once per code), from the rule registry. */
export function findingsHover(findings: Finding[]): string | null {
  const codes = [...new Set(findings.map((f) => f.code))];
  const helps = codes.map((c) => ruleById(c)).flatMap((r) => (r ? [ruleHelpMarkdown(r)] : []));
  return helps.length ? helps.join('\n\n') : null;
}
