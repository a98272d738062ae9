/** A count, amount or percentage with nothing in its sentence or paragraph that says where it comes from. */
import { attributionFixes } from '../fixes';
import { finding, type DocumentRule } from './types';
import { figureInScope } from '../scope';
import type { Claim, Figure } from '../types';
import { figureAgrees, sameQuantity } from '../figures';
import type { SourceLinks } from '../verify';

export const rule: DocumentRule = {
  id: 'unattributed-figure',
  severity: 'warning',
  summary: 'A figure has no attribution or citation in its sentence.',
  help: 'A count, amount or percentage with no attribution, citation, link or footnote in its sentence (a trailing "…, the water authority said in its evening bulletin" counts), an attribution earlier in its paragraph, a lead-in or list lead-in ending with a colon, or a heading that names a source, and no matching source passage; one resting on unnamed sources is reported as vague-attribution instead. Add a source in the sentence: an attribution ("according to the harbor authority"), a citation [@key], a link or a footnote.',
  phase: 'document',
  fixes: attributionFixes,
  check(ctx) {
    const { vague } = ctx;
    // each figure's sentence (the first unattributed claim holding it), looked up once for all the figures
    const sentenceOf = new Map<number, (typeof ctx.claims)[number]>();
    for (const x of ctx.claims)
      if (x.kind === 'unattributed') for (const fi of x.figures) if (!sentenceOf.has(fi)) sentenceOf.set(fi, x);
    return ctx.unsourcedFigures
      .filter(({ figure, claim }) => {
        const f = ctx.figures[figure];
        // the figure's sentence (the claim made for it)
        const c = sentenceOf.get(figure) ?? ctx.claims[claim];
        // a trailing cue, an attributed lead-in, list lead-in or heading carries over the sentence or paragraph
        if (figureInScope(f, ctx, c)) return false;
        // "people familiar with the budget said …": vague-attribution says what is wrong with it
        return !(c && vague.some((v) => v.start >= c.start && v.start < c.end));
      })
      .map(({ figure, claim }) => {
        const f = ctx.figures[figure];
        return finding(rule, f, `The figure "${f.text}" has no attribution or citation in its sentence.`, {
          claim,
          figure,
        });
      });
  },
  // a figure that a source passage states (itself, or in a quote the sources hold), or a citation, is attributed after
  // all; another figure of its sentence found in a source is no source for this one ("deliver about 9,000 babies a
  // year and employ 2,100 physicians")
  answeredBySources(f, ctx) {
    const fi = f.data?.figure as number;
    if (ctx.links.figures.some((l) => l.figure === fi)) return true;
    if (sumOfSourcedFigures(ctx.analysis.figures[fi], ctx)) return true;
    if (shareOfItsSentence(ctx.analysis.figures[fi], ctx.analysis)) return true;
    return ctx.analysis.claims.some(
      (c) =>
        c.figures.includes(fi) &&
        (c.sources.some((x) => x.kind === 'citation') ||
          (ctx.links.quotes.has(c) && quoteHolds(c, ctx.analysis.figures[fi]))),
    );
  },
};

/** the figure is among the quoted words the sources matched */
function quoteHolds(c: Claim, f: Figure): boolean {
  return c.content.start <= f.start && f.end <= c.content.end;
}

/**
 * "raises pay by 11 percent over three years" above "raises of 4.5 percent this school year, 3.5 percent in 2027-28
 * and 3.0 percent in 2028-29": the figure is the sum of the figures of one sentence, every one of which a source
 * states, so it is worked out from sourced figures, not unsourced itself.
 */
function sumOfSourcedFigures(f: Figure, ctx: { analysis: { claims: Claim[]; figures: Figure[] }; links: SourceLinks }) {
  if (f.value === null) return false;
  const sourced = new Set(ctx.links.figures.filter((l) => l.agrees).map((l) => l.figure));
  return ctx.analysis.claims.some((c) => {
    const parts = c.figures.map((i) => ctx.analysis.figures[i]).filter((x) => x !== f && sameQuantity(f, x));
    if (parts.length < 2 || !c.figures.every((i) => !sameQuantity(f, ctx.analysis.figures[i]) || sourced.has(i)))
      return false;
    const sum = parts.reduce((t, x) => t + (x.value ?? NaN), 0);
    return figureAgrees(f, { ...parts[0], value: Math.round(sum * 100) / 100, hedge: null, text: String(sum) });
  });
}

/**
 * "700 of its 741 members cast ballots, a turnout of about 94 percent": a percentage worked out from two counts of its
 * own sentence says nothing the counts do not; they carry the sourcing (or lack it) for both.
 */
function shareOfItsSentence(f: Figure, a: { claims: Claim[]; figures: Figure[] }): boolean {
  if (f.measure !== 'percent' || f.value === null || f.kind === 'range') return false;
  const v = f.value;
  return a.claims.some((c) => {
    const counts = c.figures.map((i) => a.figures[i]).filter((x) => x.measure === 'count' && x.value);
    if (!counts.length || !c.figures.some((i) => a.figures[i] === f)) return false;
    return counts.some((part) =>
      counts.some((whole) => whole.value! > part.value! && Math.abs((100 * part.value!) / whole.value! - v) < 1),
    );
  });
}
