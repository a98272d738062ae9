/** A claim resting on unnamed sources ("officials said"), or a passive "it is believed" / "reportedly". */
import type { Finding } from '../types';
import { finding, type DocumentRule } from './types';

const VAGUE_PHRASE =
  /(^|[^\p{L}])(it (?:is|was|has been) (?:believed|understood|thought|said|reported|rumou?red|alleged|claimed)|reportedly|allegedly|is said to|are said to|rumou?r has it)\b/giu;

const message = (written: string) => `Vague attribution: "${written}". Name the source, or say why it cannot be named.`;

export const rule: DocumentRule = {
  id: 'vague-attribution',
  severity: 'warning',
  summary: 'A claim is attributed only to unnamed sources.',
  help: 'A claim resting on "sources", "officials", "critics", "people familiar with the matter", or "it is believed" / "reportedly" outside a quote. Name the source, or say why it cannot be named ("who spoke on condition of anonymity because …").',
  phase: 'document',
  check({ text, prose, claims, quotes }) {
    const out: Finding[] = [];
    for (const c of claims)
      if (c.vague && c.speaker) out.push(finding(rule, c.speaker, message(c.speaker.text), { claimStart: c.start }));
    // "it is believed", "reportedly": vague, unless inside a quote or an attributed claim
    for (const m of prose.matchAll(VAGUE_PHRASE)) {
      const at = m.index + m[1].length,
        end = m.index + m[0].length;
      if (claims.some((c) => at >= c.start && at < c.end && (c.speaker || c.kind !== 'unattributed'))) continue;
      if (quotes.some((q) => at >= q.open && at < q.close)) continue;
      out.push(finding(rule, { start: at, end }, message(text.slice(at, end))));
    }
    return out;
  },
};
