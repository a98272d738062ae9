/** Hover card content as Markdown. Every piece of workspace text is escaped; no command links. */
import type { Claim, DocumentAnalysis, Figure } from './types';

const MD_SPECIAL = /[\\`*_{}\[\]()#+\-.!|<>~&"'$:@=]/g;
export function escapeMarkdown(s: string): string {
  return s.replace(/\r?\n|\r/g, ' ').replace(MD_SPECIAL, (c) => '\\' + c);
}

const KIND_LABEL: Record<string, string> = { direct: 'Direct quote', indirect: 'Reported speech', mixed: 'Partial quote', unattributed: 'Unattributed' };

function safeUrl(u: string | undefined): string | null {
  if (!u) return null;
  // only web and file links; never command:, javascript:, data: or vscode: links
  if (!/^(?:https?:\/\/|file:\/\/\/)[^\s()<>]+$/i.test(u)) return null;
  return u.replace(/[()]/g, encodeURIComponent);
}

export function claimHover(c: Claim, a: DocumentAnalysis): string {
  const lines: string[] = [];
  lines.push(`**OnRecord · ${KIND_LABEL[c.kind] ?? c.kind}**`);
  lines.push('');
  if (c.speaker) {
    const as = c.speaker.text !== c.speaker.name ? ` (written as “${escapeMarkdown(c.speaker.text)}”)` : '';
    lines.push(`- Speaker: **${escapeMarkdown(c.speaker.name)}**${as}`);
  } else lines.push('- Speaker: *none found*');
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
      const url = safeUrl(s.uri);
      const title = escapeMarkdown(s.title ?? s.label);
      const head = url ? `[${title}](${url})` : title;
      const meta = [s.kind, s.date ? escapeMarkdown(s.date) : '', s.score !== undefined ? `match ${Math.round(s.score * 100)}%` : ''].filter(Boolean).join(' · ');
      lines.push(`- ${head} — ${meta}`);
      if (s.excerpt) lines.push(`  > ${escapeMarkdown(s.excerpt.length > 400 ? s.excerpt.slice(0, 400) + '…' : s.excerpt)}`);
    }
  } else if (!c.speaker) {
    lines.push('');
    lines.push('*No source found for this claim.*');
  }
  return lines.join('\n');
}

export function figureHover(f: Figure): string {
  const bits = [`**OnRecord · Figure**`, '', `- As written: ${escapeMarkdown(f.text)}`, `- Kind: ${f.kind}`];
  if (f.value !== null) bits.push(`- Value: ${f.value.toLocaleString('en-US')}${f.valueTo != null ? ' to ' + f.valueTo.toLocaleString('en-US') : ''}${f.unit ? ' ' + escapeMarkdown(f.unit) : ''}`);
  if (f.hedge) bits.push(`- Hedge: ${escapeMarkdown(f.hedge)}`);
  return bits.join('\n');
}
