/** A claim resting on unnamed sources ("officials said", "according to reports"), or "it is understood" / "reportedly". */
import type { Claim, Finding, Span } from '../types';
import type { TextModel } from '../textmodel';
import { inNotice } from '../record';
import { finding, type DocumentRule } from './types';

/** a citation, link or footnote on the claim names its source, however vaguely the prose does */
const NAMING_SOURCES = new Set(['citation', 'link', 'footnote']);
const message = (written: string) => `Vague attribution: "${written}". Name the source, or say why it cannot be named.`;

export const rule: DocumentRule = {
  id: 'vague-attribution',
  severity: 'warning',
  summary: 'A claim is attributed only to unnamed sources.',
  help: 'A claim resting on "sources", "officials", "critics", "local media", "reports", "people familiar with the matter", "some landlords", "studies have shown", or "it is understood" / "reportedly" outside a quote. A named outlet or organisation ("BBC News reported") is not vague, nor is a claim whose citation, link or footnote names its source. A wire lede’s "…, officials said" is not reported when the paragraphs right after it name the officials. Name the source, or say why it cannot be named ("who spoke on condition of anonymity because …").',
  phase: 'document',
  check({ text, prose, model, claims, vague }) {
    const out: Finding[] = [];
    // a named speaker who reports what unnamed ones said answers for them: 'Officials estimated the damage at
    // $40 million, the Halden Port Authority said.'
    const reportedByNamed = covering(claims.filter((d) => d.speaker && !d.vague).map((d) => d.content));
    // "according to a county report released this month [@county2026]": the citation names the report
    const cited = covering(claims.filter((d) => d.sources.some((s) => NAMING_SOURCES.has(s.kind))));
    for (const c of claims) {
      if (!c.vague || !c.speaker || reportedByNamed(c.speaker) || cited(c.speaker)) continue;
      // one finding per vague subject, however many claims it makes ('Officials estimated …, but said …')
      if (out.some((o) => o.start === c.speaker!.start && o.end === c.speaker!.end)) continue;
      out.push(finding(rule, c.speaker, message(c.speaker.text), { claimStart: c.start }));
    }
    // the same cues in the text, whatever the attribution engine made of the sentence; passives outside quotes
    for (const v of vague) {
      if (out.some((o) => o.start < v.end && o.end > v.start) || cited(v)) continue;
      if (!v.passive && reportedByNamed(v)) continue;
      // "the mayor said the levee had reportedly failed": the claim has a named speaker (but in "employers have
      // reportedly told workers" the hedge is on the telling itself: nobody named says they did)
      const attributedBefore = (c: (typeof claims)[number]) =>
        !!c.speaker &&
        !c.vague &&
        c.speaker.end <= v.start &&
        v.start < c.end &&
        !(c.cueSpan && v.end <= c.cueSpan.start);
      if (v.passive && claims.some(attributedBefore)) continue;
      // "About 2,000 people are believed to have eaten there, health officials said.": the speaker of the words the
      // hedge sits in answers for it, named or not (an unnamed one is flagged on its own)
      const inWordsOf = (c: (typeof claims)[number]) =>
        !!c.speaker && c.content.start <= v.start && v.end <= c.content.end;
      if (v.passive && claims.some(inWordsOf)) continue;
      out.push(finding(rule, v, message(text.slice(v.start, v.end))));
    }
    return out.filter((f) => !officialsNamedBelow(text.slice(f.start, f.end), f, { prose, model, claims }));
  },
};

/** "officials", "city officials", "and health officials": officials the lede leaves for the story to name */
const LEDE_OFFICIALS = /^(?:and\s+)?(?:\p{Ll}+\s+)?officials$/u;
/** a lede paragraph has at least this many words (not a headline, byline or dateline line of a plain-text draft) */
const LEDE_WORDS = 15;

/**
 * Wire style: "…, officials said." in the story's first two paragraphs, before any source is named, with the
 * officials named in the paragraphs right after ("Carrow Fire Chief Daniel Okoro said at a news briefing"). The
 * writer has named the source, only not in the lede; a story whose officials stay unnamed keeps the finding.
 */
function officialsNamedBelow(
  written: string,
  at: Span,
  ctx: { prose: string; model: TextModel; claims: Claim[] },
): boolean {
  if (!LEDE_OFFICIALS.test(written.trim())) return false;
  const paragraphs = ctx.model.blocks.filter(
    (b) =>
      b.kind === 'paragraph' &&
      ctx.prose.slice(b.start, b.end).split(/\s+/).filter(Boolean).length >= LEDE_WORDS &&
      !inNotice(ctx.prose, b),
  );
  const k = paragraphs.findIndex((b) => at.start >= b.start && at.start < b.end);
  if (k < 0 || k > 1) return false;
  const named = (c: Claim) => !c.vague && (c.sourceType === 'named-person' || c.sourceType === 'named-organization');
  // "The agency said Monday … About 2,000 people ate there, health officials said": with a source already named,
  // the unnamed officials are a choice, not the lede's shorthand
  if (ctx.claims.some((c) => c.start < at.start && named(c))) return false;
  const until = paragraphs[k + 4]?.end ?? Infinity;
  return ctx.claims.some((c) => c.start >= paragraphs[k].end && c.start < until && named(c));
}

/**
 * A test of whether any of the spans holds a given span (start at or before its start, end at or after its end):
 * the spans by start, with the furthest end reached so far. Each vague cue of a long draft looked through every claim
 * twice, on every keystroke.
 */
export function covering(
  spans: readonly { start: number; end: number }[],
): (v: { start: number; end: number }) => boolean {
  const byStart = [...spans].sort((a, b) => a.start - b.start);
  const furthest: number[] = [];
  for (const s of byStart) furthest.push(Math.max(s.end, furthest[furthest.length - 1] ?? -Infinity));
  return (v) => {
    // the last span that starts at or before v
    let a = 0,
      b = byStart.length;
    while (a < b) {
      const m = (a + b) >> 1;
      if (byStart[m].start <= v.start) a = m + 1;
      else b = m;
    }
    return a > 0 && furthest[a - 1] >= v.end;
  };
}
