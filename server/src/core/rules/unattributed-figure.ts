/** A count, amount or percentage with nothing in its sentence or paragraph that says where it comes from. */
import { attributionFixes } from '../fixes';
import { finding, type DocumentRule } from './types';
import { figureInScope } from '../scope';
import type { Claim, Figure } from '../types';
import { figureAgrees, sameQuantity } from '../figures';
import { figureOfRecord, inNotice } from '../record';
import type { SourceLinks } from '../verify';

export const rule: DocumentRule = {
  id: 'unattributed-figure',
  severity: 'warning',
  summary: 'A figure has no attribution or citation in its sentence.',
  help: 'A count, amount or percentage with no attribution, citation, link or footnote in its sentence (a trailing "…, the water authority said in its evening bulletin" counts), an attribution earlier in its paragraph, a lead-in or list lead-in ending with a colon, or a heading that names a source, and no matching source passage; one resting on unnamed sources is reported as vague-attribution instead, and figures of record (a share price move, a jury’s award, a sentence served, a goal tally, what a council voted on) need no source. Add a source in the sentence: an attribution ("according to the harbor authority"), a citation [@key], a link or a footnote.',
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
        // a share price, a jury's award, a sentence served, a goal tally: the record, not a claim wanting a source
        if (c && figureOfRecord(ctx.prose, f, c)) return false;
        // "CORRECTION: … It was about 140, not 410.": the paper's notice of its own error
        const block = ctx.model.blocks.find((b) => f.start >= b.start && f.start < b.end);
        if (block && inNotice(ctx.prose, block)) return false;
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
    const at = figureClaims(ctx);
    if (at.linked.has(fi)) return true;
    if (sumOfSourcedFigures(ctx.analysis.figures[fi], ctx, at)) return true;
    if (shareOfItsSentence(ctx.analysis.figures[fi], ctx.analysis, at.holding.get(fi) ?? [])) return true;
    return (at.holding.get(fi) ?? []).some(
      (c) =>
        c.sources.some((x) => x.kind === 'citation') ||
        (ctx.links.quotes.has(c) && quoteHolds(c, ctx.analysis.figures[fi])),
    );
  },
};

/** the claims each figure is in, and what the sources say of the figures, worked out once per check of a draft */
interface FigureClaims {
  /** figure index → the claims that hold it, in document order */
  holding: Map<number, Claim[]>;
  /**
   * the claims with two or more figures a source states: only those can hold a sum's parts (every part of the same
   * quantity in the claim must be sourced, and there are two or more)
   */
  several: Claim[];
  /** figures a source passage links to */
  linked: Set<number>;
  /** figures a source passage states with the same value */
  sourced: Set<number>;
}
const FIGURE_CLAIMS = new WeakMap<object, FigureClaims>();

/**
 * Each finding looked through every claim for the ones holding its figure: on a long draft with many unsourced
 * figures that was most of the check against the sources, on every keystroke.
 */
function figureClaims(ctx: { analysis: { claims: Claim[] }; links: SourceLinks }): FigureClaims {
  let got = FIGURE_CLAIMS.get(ctx);
  if (got) return got;
  got = {
    holding: new Map(),
    several: [],
    linked: new Set(ctx.links.figures.map((l) => l.figure)),
    sourced: new Set(ctx.links.figures.filter((l) => l.agrees).map((l) => l.figure)),
  };
  for (const c of ctx.analysis.claims) {
    if (c.figures.filter((fi) => got.sourced.has(fi)).length >= 2) got.several.push(c);
    for (const fi of new Set(c.figures)) {
      const list = got.holding.get(fi);
      if (list) list.push(c);
      else got.holding.set(fi, [c]);
    }
  }
  FIGURE_CLAIMS.set(ctx, got);
  return got;
}

/** the figure is among the quoted words the sources matched */
function quoteHolds(c: Claim, f: Figure): boolean {
  return c.content.start <= f.start && f.end <= c.content.end;
}

/**
 * "raises pay by 11 percent over three years" above "raises of 4.5 percent this school year, 3.5 percent in 2027-28
 * and 3.0 percent in 2028-29": the figure is the sum of the figures of one sentence, every one of which a source
 * states, so it is worked out from sourced figures, not unsourced itself.
 */
function sumOfSourcedFigures(f: Figure, ctx: { analysis: { figures: Figure[] } }, at: FigureClaims) {
  if (f.value === null) return false;
  const sourced = at.sourced;
  return at.several.some((c) => {
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
function shareOfItsSentence(f: Figure, a: { figures: Figure[] }, holding: Claim[]): boolean {
  if (f.measure !== 'percent' || f.value === null || f.kind === 'range') return false;
  const v = f.value;
  return holding.some((c) => {
    const counts = c.figures.map((i) => a.figures[i]).filter((x) => x.measure === 'count' && x.value);
    if (!counts.length || !c.figures.some((i) => a.figures[i] === f)) return false;
    return counts.some((part) =>
      counts.some((whole) => whole.value! > part.value! && Math.abs((100 * part.value!) / whole.value! - v) < 1),
    );
  });
}
