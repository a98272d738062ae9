/**
 * PolNeAR attribution evaluation. Gold = the article's primary_annotator. Units are attributions:
 * content span (the reported material), cue, source.
 */
import { Analyzer, codePointToUtf16, corpusFile, EvalOptions, readJsonl } from './common';
import {
  Counter,
  CorpusResult,
  exactMatch,
  greedyMatch,
  hull,
  overlap,
  PRF_HEADER,
  prfRow,
  Span,
  spanKey,
  table,
  trimSpan,
  trimSpanLenient,
  validSpan,
  pct,
} from './metrics';

interface Frag {
  start: number;
  end: number;
  text?: string;
}
interface PolAttr {
  id: string;
  type: string;
  source: Frag[];
  cue: Frag[];
  content: Frag[];
  content_has_quote_marks: boolean;
}
interface PolArticle {
  filename: string;
  split: string;
  text: string;
  primary_annotator: string;
  annotations: Record<string, PolAttr[]>;
}

interface Gold {
  frags: Span[];
  content: Span;
  source: Span | null;
  cue: Span | null;
  quoted: boolean;
}
interface Pred {
  content: Span;
  speaker: Span | null;
  cue: Span | null;
  quoted: boolean;
  kind: string;
}

const QUOTE_RE = /["“”]/;

export function runPolnear(opts: EvalOptions): CorpusResult {
  const t0 = Date.now();
  const file = corpusFile('polnear', 'jsonl', `${opts.split}.jsonl`);
  let articles = readJsonl<PolArticle>(file);
  if (opts.limit !== null) articles = articles.slice(0, opts.limit);
  const an = new Analyzer();
  const notes: string[] = [];

  const exact = new Counter(),
    exactLenient = new Counter(),
    ovl = new Counter(),
    cue = new Counter();
  const srcOvl = { tp: 0, pred: 0, gold: 0 },
    srcExact = { tp: 0, pred: 0, gold: 0 };
  const full = new Counter();
  // subset breakdown: matched counts, by gold subset (recall) and predicted subset (precision)
  const sub = {
    quoted: { exact: new Counter(), ovl: new Counter() },
    unquoted: { exact: new Counter(), ovl: new Counter() },
  };
  // matched counts per subset: p = matched predictions in the predicted subset, g = matched gold in the gold subset
  const subTp = {
    exact: { quoted: { p: 0, g: 0 }, unquoted: { p: 0, g: 0 } },
    ovl: { quoted: { p: 0, g: 0 }, unquoted: { p: 0, g: 0 } },
  };
  const byKind = new Map<string, { pred: number; ovl: number; exact: number }>();
  const examples: { boundary: string[]; missed: string[]; spurious: string[] } = {
    boundary: [],
    missed: [],
    spurious: [],
  };
  const MAX_EX = 8;
  let skippedGold = 0,
    invalidPred = 0,
    unattributedDropped = 0;

  for (const art of articles) {
    const text = art.text;
    const gAttrs = art.annotations?.[art.primary_annotator] ?? [];
    const golds: Gold[] = [];
    const u = codePointToUtf16(text);
    const conv = (fs: Frag[] | undefined) => (fs ?? []).map((f) => ({ start: u(f.start), end: u(f.end) }));
    for (const a of gAttrs) {
      const frags = conv(a.content);
      const c = hull(frags);
      if (!c) {
        skippedGold++;
        continue;
      }
      golds.push({
        frags,
        content: c,
        source: hull(conv(a.source)),
        cue: hull(conv(a.cue)),
        quoted: !!a.content_has_quote_marks,
      });
    }
    const analysis = an.run(text, 'plaintext', art.filename);
    const preds: Pred[] = [];
    for (const c of analysis.claims) {
      if (c.kind === 'unattributed' && !opts.includeUnattributed) {
        unattributedDropped++;
        continue;
      }
      if (!validSpan(c.content, text.length)) {
        invalidPred++;
        continue;
      }
      const ctx = text.slice(Math.max(0, c.content.start - 1), Math.min(text.length, c.content.end + 1));
      preds.push({
        content: { start: c.content.start, end: c.content.end },
        speaker: c.speaker && validSpan(c.speaker, text.length) ? { start: c.speaker.start, end: c.speaker.end } : null,
        cue: validSpan(c.cueSpan, text.length) ? { start: c.cueSpan!.start, end: c.cueSpan!.end } : null,
        quoted: QUOTE_RE.test(ctx),
        kind: c.kind,
      });
    }

    // (a) exact content match after trimming whitespace/quotes/punctuation
    const key = (s: Span, lenient = false): string | null => {
      const t = lenient ? trimSpanLenient(text, s) : trimSpan(text, s);
      if (t.start < t.end) return spanKey(t);
      // all punctuation (e.g. a ":" cue): fall back to the whitespace-trimmed span
      let a = s.start,
        b = s.end;
      while (a < b && /\s/.test(text[a])) a++;
      while (b > a && /\s/.test(text[b - 1])) b--;
      return a < b ? spanKey({ start: a, end: b }) : null;
    };
    const exPairs = exactMatch(
      preds.map((p) => key(p.content)),
      golds.map((g) => key(g.content)),
    );
    exact.add(exPairs.length, preds.length, golds.length);
    const exLPairs = exactMatch(
      preds.map((p) => key(p.content, true)),
      golds.map((g) => key(g.content, true)),
    );
    exactLenient.add(exLPairs.length, preds.length, golds.length);

    // (b) overlap match: any overlap with a gold fragment qualifies; greedy one-to-one, best overlap-over-union first
    const ovPairs = greedyMatch(preds.length, golds.length, (p, g) => {
      const pc = preds[p].content,
        gf = golds[g].frags;
      const inter = gf.reduce((s, f) => s + overlap(pc, f), 0);
      if (inter <= 0) return 0;
      const glen = gf.reduce((s, f) => s + (f.end - f.start), 0);
      return inter / (pc.end - pc.start + glen - inter);
    });
    ovl.add(ovPairs.length, preds.length, golds.length);

    // subsets: recall over gold subset, precision over predicted subset (same global matching)
    for (const [name, flag] of [
      ['quoted', true],
      ['unquoted', false],
    ] as const) {
      const gN = golds.filter((g) => g.quoted === flag).length;
      const pN = preds.filter((p) => p.quoted === flag).length;
      sub[name].exact.add(0, pN, gN);
      sub[name].ovl.add(0, pN, gN);
    }
    const addSub = (pairs: Array<[number, number]>, which: 'exact' | 'ovl') => {
      for (const [p, g] of pairs) {
        const gs = golds[g].quoted ? 'quoted' : 'unquoted';
        const ps = preds[p].quoted ? 'quoted' : 'unquoted';
        subTp[which][gs].g++;
        subTp[which][ps].p++;
      }
    };
    addSub(exPairs, 'exact');
    addSub(ovPairs, 'ovl');

    for (const p of preds) {
      const k = byKind.get(p.kind) ?? { pred: 0, ovl: 0, exact: 0 };
      k.pred++;
      byKind.set(p.kind, k);
    }
    for (const [p] of ovPairs) byKind.get(preds[p].kind)!.ovl++;
    for (const [p] of exPairs) byKind.get(preds[p].kind)!.exact++;

    // cue: global exact match (trimmed), one-to-one
    const pc = preds.filter((p) => p.cue).map((p) => key(p.cue!));
    const gc = golds.filter((g) => g.cue).map((g) => key(g.cue!));
    cue.add(exactMatch(pc, gc).length, pc.length, gc.length);

    // source/speaker: over overlap-matched attributions
    let fullTp = 0;
    for (const [p, g] of ovPairs) {
      const ps = preds[p].speaker,
        gs = golds[g].source;
      if (ps) {
        srcOvl.pred++;
        srcExact.pred++;
      }
      if (gs) {
        srcOvl.gold++;
        srcExact.gold++;
      }
      if (ps && gs) {
        if (overlap(ps, gs) > 0) srcOvl.tp++;
        if (key(ps) !== null && key(ps) === key(gs)) srcExact.tp++;
      }
      if ((ps && gs && overlap(ps, gs) > 0) || (!ps && !gs)) fullTp++;
    }
    full.add(fullTp, preds.length, golds.length);

    if (opts.verbose) {
      const snip = (sp: Span) => {
        const t = text.slice(sp.start, sp.end).replace(/\s+/g, ' ');
        return JSON.stringify(t.length > 110 ? t.slice(0, 50) + ' … ' + t.slice(-50) : t);
      };
      const exP = new Set(exPairs.map(([p]) => p));
      const ovP = new Set(ovPairs.map(([p]) => p)),
        ovG = new Set(ovPairs.map(([, g]) => g));
      for (const [p, g] of ovPairs) {
        if (!exP.has(p) && examples.boundary.length < MAX_EX) {
          examples.boundary.push(
            `${art.filename}\n      pred ${snip(preds[p].content)}\n      gold ${snip(golds[g].content)}`,
          );
        }
      }
      golds.forEach((g, i) => {
        if (!ovG.has(i) && examples.missed.length < MAX_EX)
          examples.missed.push(`${art.filename} ${snip(g.content)}${g.source ? ' — source ' + snip(g.source) : ''}`);
      });
      preds.forEach((p, i) => {
        if (!ovP.has(i) && examples.spurious.length < MAX_EX)
          examples.spurious.push(`${art.filename} [${p.kind}] ${snip(p.content)}`);
      });
    }
  }

  const subPrf = (name: 'quoted' | 'unquoted', which: 'exact' | 'ovl') => {
    const c = sub[name][which];
    const t = subTp[which][name];
    const p = c.pred ? t.p / c.pred : 0,
      r = c.gold ? t.g / c.gold : 0;
    return { tp: t.g, tpPred: t.p, pred: c.pred, gold: c.gold, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
  };
  const pr = (x: { tp: number; pred: number; gold: number }) => {
    const p = x.pred ? x.tp / x.pred : 0,
      r = x.gold ? x.tp / x.gold : 0;
    return { ...x, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
  };

  const metrics = {
    content_exact: exact.prf,
    content_exact_ignoring_leading_that: exactLenient.prf,
    content_overlap: ovl.prf,
    quoted_exact: subPrf('quoted', 'exact'),
    quoted_overlap: subPrf('quoted', 'ovl'),
    unquoted_exact: subPrf('unquoted', 'exact'),
    unquoted_overlap: subPrf('unquoted', 'ovl'),
    cue_exact: cue.prf,
    source_overlap_on_matched: pr(srcOvl),
    source_exact_on_matched: pr(srcExact),
    attribution_content_overlap_and_source_overlap: full.prf,
    predictions_by_kind: Object.fromEntries([...byKind].map(([k, v]) => [k, v])),
    skipped_gold_without_content: skippedGold,
    invalid_predicted_spans: invalidPred,
    unattributed_claims_dropped: unattributedDropped,
  };

  const rows: string[][] = [PRF_HEADER];
  rows.push(prfRow('content exact (trimmed)', metrics.content_exact));
  rows.push(prfRow('content exact, ignoring leading "that"', metrics.content_exact_ignoring_leading_that));
  rows.push(prfRow('content overlap (1:1 greedy)', metrics.content_overlap));
  rows.push(prfRow('  quote-like gold/pred, exact', metrics.quoted_exact));
  rows.push(prfRow('  quote-like gold/pred, overlap', metrics.quoted_overlap));
  rows.push(prfRow('  no-quote gold/pred, exact', metrics.unquoted_exact));
  rows.push(prfRow('  no-quote gold/pred, overlap', metrics.unquoted_overlap));
  rows.push(prfRow('cue exact (trimmed, 1:1)', metrics.cue_exact));
  rows.push(prfRow('source overlap, on overlap-matched', metrics.source_overlap_on_matched));
  rows.push(prfRow('source exact, on overlap-matched', metrics.source_exact_on_matched));
  rows.push(prfRow('content overlap + source overlap', metrics.attribution_content_overlap_and_source_overlap));
  const kindRows: string[][] = [['pred kind', 'count', 'overlap-P', 'exact-P']];
  for (const [k, v] of [...byKind].sort())
    kindRows.push([k, String(v.pred), pct(v.pred ? v.ovl / v.pred : 0), pct(v.pred ? v.exact / v.pred : 0)]);

  if (skippedGold) notes.push(`${skippedGold} gold attribution(s) without a content span were skipped`);
  if (invalidPred) notes.push(`${invalidPred} predicted claim(s) had invalid content spans and were ignored`);
  if (unattributedDropped)
    notes.push(`${unattributedDropped} claim(s) of kind 'unattributed' not scored (use --include-unattributed)`);
  notes.push(
    'quote-like = content (±1 char for predictions) contains " “ ” — a heuristic, not a gold label; P over predicted subset, R over gold subset',
  );
  notes.push('PolNeAR also annotates beliefs/intentions ("X thinks/wants ..."); scored as-is');
  if (an.errors) notes.push(`core threw on ${an.errors}/${an.calls} article(s): ${an.firstErrors.join(' || ')}`);

  return {
    corpus: 'polnear',
    split: opts.split,
    docs: articles.length,
    errors: an.errors,
    seconds: (Date.now() - t0) / 1000,
    notes,
    metrics,
    text:
      table(rows) +
      '\n\n' +
      table(kindRows) +
      (opts.verbose
        ? '\n\n' +
          [
            'overlap-matched but not exact (boundary errors):',
            ...examples.boundary.map((x) => '  - ' + x),
            'missed gold attributions:',
            ...examples.missed.map((x) => '  - ' + x),
            'predictions matching no gold:',
            ...examples.spurious.map((x) => '  - ' + x),
          ].join('\n')
        : ''),
  };
}
