/** A draft that breaks the desk's sourcing policy (.onrecord.json "policy"): one finding at its title, with the numbers. */
import type { Finding, Severity, Span } from '../types';
import { fromClaim, sourcingProfile, type SourcingProfile } from '../profile';
import type { SourcingPolicy } from '../../../../protocol/settings';
import { finding, type SourcesRule } from './types';

const RANK: Record<Severity, number> = { hint: 0, information: 1, warning: 2, error: 3 };
const plural = (n: number, one: string, many = one + 's') => `${n} ${n === 1 ? one : many}`;
const pct = (x: number) => `${Math.round(x * 100)}%`;

export const rule: SourcesRule = {
  id: 'sourcing-policy',
  severity: 'warning',
  summary: "The draft breaks the desk's sourcing policy.",
  help: 'The desk\'s .onrecord.json sets a sourcing policy ("policy": {"anonymousSources": "warning", "minNamedSources": 2, "maxUnattributedShare": 0.2}) and this draft breaks it: it uses anonymous sources, names too few people or organisations, or leaves too many claims unattributed. The finding sits on the title and gives the numbers: name more sources, attribute the claims, or justify the anonymity to the desk.',
  phase: 'sources',
  check({ text, analysis, policy }) {
    if (!policy || !analysis.claims.length) return [];
    const profile = sourcingProfile(analysis.claims.map(fromClaim));
    const breaches = breachesOf(profile, policy);
    if (!breaches.length) return [];
    const severity = breaches.reduce<Severity>((s, b) => (RANK[b.severity] > RANK[s] ? b.severity : s), 'hint');
    const f: Finding = finding(rule, titleSpan(text), `Sourcing policy: ${breaches.map((b) => b.text).join('; ')}.`, {
      anonymous: profile.sourcesByType.anonymous,
      namedSources: named(profile),
      unattributed: profile.unattributed,
      claims: profile.claims,
      unattributedShare: profile.unattributedShare,
    });
    return [{ ...f, severity }];
  },
};

const named = (p: SourcingProfile) => p.sourcesByType.namedPeople + p.sourcesByType.namedOrganizations;

function breachesOf(p: SourcingProfile, policy: SourcingPolicy): { text: string; severity: Severity }[] {
  const out: { text: string; severity: Severity }[] = [];
  const anon = p.sourcesByType.anonymous;
  if (policy.anonymousSources && policy.anonymousSources !== 'allow' && anon > 0)
    out.push({
      text: `${plural(anon, 'anonymous source')} (the desk allows none)`,
      severity: policy.anonymousSources,
    });
  if (policy.minNamedSources !== undefined && named(p) < policy.minNamedSources)
    out.push({
      text: `${plural(named(p), 'named source')} (the desk asks for at least ${policy.minNamedSources})`,
      severity: rule.severity,
    });
  if (policy.maxUnattributedShare !== undefined && p.unattributedShare > policy.maxUnattributedShare)
    out.push({
      text: `${p.unattributed} of ${plural(p.claims, 'claim')} unattributed, ${pct(p.unattributedShare)} (the desk allows at most ${pct(policy.maxUnattributedShare)})`,
      severity: rule.severity,
    });
  return out;
}

/** the draft's title: the text of its first heading, or else its first line of text (after any front matter) */
export function titleSpan(text: string): Span {
  const fm = /^---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  const lines: Span[] = [];
  for (let at = fm ? fm[0].length : 0; at <= text.length;) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    lines.push(trimmed(text, at, end));
    at = end + 1;
  }
  for (const l of lines) {
    const hashes = /^#{1,6}[ \t]/.exec(text.slice(l.start, l.start + 7));
    if (hashes) return trimmed(text, l.start + hashes[0].length, headingEnd(text, l));
  }
  return lines.find((l) => l.end > l.start) ?? { start: 0, end: 0 };
}

/** the span without the blanks around it */
function trimmed(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
/** where a heading's text ends: before a closing run of # ("## Title ##") */
function headingEnd(text: string, l: Span): number {
  let end = l.end;
  while (end > l.start && text[end - 1] === '#') end--;
  return end > l.start && /\s/.test(text[end - 1]) ? end : l.end;
}
