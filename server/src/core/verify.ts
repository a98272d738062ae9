/**
 * Matching a draft with its sources: quotes against passages (word alignment), figures against the source figures
 * around the same words, citation keys against the bibliography. The rules in rules/ report what differs.
 */
import type { Claim, ClaimSource, DocumentAnalysis, Figure, Span } from './types';
import { alignWords, levenshtein, wordDiff, wordsOf, type NormTok } from './normalize';
import type { Passage, PassageIndex } from './passages';
import { extractFigures, figureAgrees, isComparable, pickSourceFigure, sameQuantity, type FigurePick } from './figures';
import type { NameUse } from './names';
import type { Citation } from './citations';
import type { RuleLevels, SourcingPolicy } from '../../../protocol/settings';
import type { DraftFigure } from './rules/types';

export interface BibEntry {
  key: string;
  title?: string;
  date?: string;
  url?: string;
  author?: string;
  uri: string;
}

export interface VerifyContext {
  index: PassageIndex | null;
  bibliography: Map<string, BibEntry>;
  /** spelling variants of names across the workspace: lowercased word → { spelling → count, where } */
  names?: Map<string, NameUse>;
  /** the desk's sourcing policy (.onrecord.json), for sourcing-policy */
  policy?: SourcingPolicy;
  /** per-code settings: "off" drops a code's findings, a severity replaces its default */
  ruleLevels?: RuleLevels;
  /** other drafts' figures of the same kind, for figure-inconsistent */
  otherFigures?: (f: Figure, minShared?: number) => readonly DraftFigure[];
}
interface QuotePiece {
  words: NormTok[];
}

/** split a quote at ellipses and bracketed alterations: "We […] will" → pieces */
function quotePieces(text: string, content: { start: number; end: number }): QuotePiece[] {
  const seg = text.slice(content.start, content.end);
  const pieces: QuotePiece[] = [];
  const re = /\s*(?:\.\.\.|…|\[[^\]]*\])\s*/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(seg))) {
    const w = wordsOf(seg.slice(last, m.index), content.start + last, true);
    if (w.length) pieces.push({ words: w });
    last = m.index + m[0].length;
  }
  const w = wordsOf(seg.slice(last), content.start + last, true);
  if (w.length) pieces.push({ words: w });
  return pieces;
}

export interface QuoteMatch {
  passage: Passage;
  score: number;
  exact: boolean;
  diff: string;
  corrected?: { start: number; end: number; text: string };
  highlight: Span[];
}

export function matchQuote(text: string, c: Claim, index: PassageIndex): QuoteMatch | null {
  // the match depends only on the quote's own text: memoised per index state, stored relative to the quote
  const key = 'q\u0000' + text.slice(c.content.start, c.content.end);
  const d = c.content.start;
  if (index.memo.has(key)) {
    const m = index.memo.get(key) as QuoteMatch | null;
    return (
      m && {
        ...m,
        corrected: m.corrected && { ...m.corrected, start: m.corrected.start + d, end: m.corrected.end + d },
      }
    );
  }
  const m = matchQuoteUncached(text, c, index);
  index.memo.set(
    key,
    m && { ...m, corrected: m.corrected && { ...m.corrected, start: m.corrected.start - d, end: m.corrected.end - d } },
  );
  return m;
}

function matchQuoteUncached(text: string, c: Claim, index: PassageIndex): QuoteMatch | null {
  const pieces = quotePieces(text, c.content);
  const all = pieces.flatMap((p) => p.words);
  if (all.length < 3) return null;
  const cands = index.candidates(
    all.map((w) => w.w),
    6,
  );
  let best: QuoteMatch | null = null;
  for (const { passage } of cands) {
    const pw = passage.words.map((w) => w.w);
    let matched = 0,
      total = 0;
    const diffs: string[] = [];
    let firstJ = -1,
      lastJ = -1;
    let corrected: QuoteMatch['corrected'];
    const highlight: Span[] = [];
    const mark = (j0: number, j1: number) => {
      const ws = passage.words[j0],
        we = passage.words[j1];
      if (ws && we) highlight.push({ start: ws.start - passage.start, end: we.end - passage.start });
    };
    for (const piece of pieces) {
      const qw = piece.words.map((w) => w.w);
      total += qw.length;
      // exact contiguous match first
      const at = findSeq(pw, qw);
      if (at >= 0) {
        matched += qw.length;
        if (firstJ < 0) firstJ = at;
        lastJ = at + qw.length - 1;
        mark(at, at + qw.length - 1);
        continue;
      }
      const found = quoteWindow(qw, pw);
      if (!found) continue;
      // the window in the passage spanned by the alignment, and the source words in place of unmatched ends
      const [j0, j1] = widenToQuoteEnds(found.window, found.aligned, qw.length, passage);
      const win = pw.slice(j0, j1 + 1);
      const sub = alignWords(qw, win);
      matched += sub.length;
      if (firstJ < 0) firstJ = j0;
      lastJ = j1;
      mark(j0, j1);
      diffs.push(
        wordDiff(qw, win, {
          draft: piece.words.map((w) => text.slice(w.start, w.end)),
          source: passage.words
            .slice(j0, j1 + 1)
            .map((w) => passage.text.slice(w.start - passage.start, w.end - passage.start)),
        }),
      );
      if (pieces.length === 1) {
        const ws = passage.words[j0],
          we = passage.words[j1];
        corrected = {
          start: piece.words[0].start,
          end: piece.words[piece.words.length - 1].end,
          text: passage.text.slice(ws.start - passage.start, we.end - passage.start),
        };
      }
    }
    const windowLen = lastJ >= firstJ && firstJ >= 0 ? lastJ - firstJ + 1 : 0;
    const score = total ? (2 * matched) / (total + Math.max(total, Math.min(windowLen, total * 2))) : 0;
    const exact = matched === total && diffs.length === 0;
    if (!best || score > best.score)
      best = { passage, score: exact ? 1 : score, exact, diff: diffs.join(' … '), corrected, highlight };
  }
  return best;
}

/** more source words skipped between two aligned words than quote words, beyond this, split off a straggler */
const STRAGGLER_GAP = 3;

/**
 * A quote's words aligned with a whole passage may take a common word ("we", "a") from sentences before or after the
 * quoted one; the window then spans them and the quote scores as far from its source. Drop aligned words at either
 * end that are separated from the rest by a run of source words the quote does not have.
 */
function withoutStragglers(align: [number, number][]): [number, number][] {
  const gap = (x: [number, number], y: [number, number]) => y[1] - x[1] - (y[0] - x[0]);
  let first = 0,
    last = align.length - 1;
  while (first < last && gap(align[first], align[first + 1]) > STRAGGLER_GAP) first++;
  while (last > first && gap(align[last - 1], align[last]) > STRAGGLER_GAP) last--;
  return align.slice(first, last + 1);
}

/**
 * The passage words [j0, j1] that the quote's words align with. Stragglers are dropped, then the quote is aligned
 * again with the words around what is left, so that its first and last words can find their neighbours there.
 */
function quoteWindow(qw: string[], pw: string[]): { window: [number, number]; aligned: [number, number] } | null {
  const core = withoutStragglers(alignWords(qw, pw));
  if (!core.length) return null;
  const [i0, a] = core[0],
    [i1, b] = core[core.length - 1];
  const from = Math.max(0, a - i0 - STRAGGLER_GAP);
  const near = withoutStragglers(alignWords(qw, pw.slice(from, b + (qw.length - 1 - i1) + STRAGGLER_GAP + 1)));
  if (near.length < core.length) return { window: [a, b], aligned: [i0, i1] };
  const [first, last] = [near[0], near[near.length - 1]];
  return { window: [from + first[1], from + last[1]], aligned: [first[0], last[0]] };
}

/**
 * The quote's first or last words matched nothing ("not that anyone is being harmed" against "… being poisoned."):
 * the source words in their place, up to as many and within the source's sentence, belong to the window, so the
 * difference and the correction show them.
 */
function widenToQuoteEnds(
  window: [number, number],
  aligned: [number, number],
  quoteLength: number,
  passage: Passage,
): [number, number] {
  const words = passage.words;
  const gap = (j: number) => passage.text.slice(words[j].end - passage.start, words[j + 1].start - passage.start);
  let [j0, j1] = window;
  for (let k = aligned[0]; k > 0 && j0 > 0 && !/[.!?]/.test(gap(j0 - 1)); k--) j0--;
  for (let k = quoteLength - 1 - aligned[1]; k > 0 && j1 + 1 < words.length && !/[.!?]/.test(gap(j1)); k--) j1++;
  return [j0, j1];
}

function findSeq(hay: string[], needle: string[]): number {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let k = 0; k < needle.length; k++) if (hay[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

function passageSource(p: Passage, score: number): ClaimSource {
  // excerpt is the passage text as is, so highlight offsets stay valid
  return {
    kind: 'passage',
    label: p.meta.title ?? p.file,
    uri: p.uri,
    sourceRange: p.range,
    score,
    title: p.meta.title ?? p.file,
    date: p.meta.date,
    author: p.meta.author,
    url: p.meta.url,
    excerpt: p.text,
  };
}

/** A quote's best source passage, for every quoted claim that has one. */
export type QuoteLinks = Map<Claim, QuoteMatch>;
/** A draft figure and the source figure that the words around it point to. */
export interface FigureLink {
  figure: number;
  passage: Passage;
  sourceFigure: Figure;
  agrees: boolean;
}
export interface SourceLinks {
  quotes: QuoteLinks;
  figures: FigureLink[];
}

/**
 * Link the draft's quotes and figures to source passages: each linked claim gains a `passage` source (with what
 * differs). Returns the matches, which the sources rules read. Claims are changed in place.
 */
export function linkSources(
  text: string,
  a: DocumentAnalysis & { citations?: Citation[] },
  index: PassageIndex | null,
  bibliography: Map<string, BibEntry> = new Map(),
): SourceLinks {
  const links: SourceLinks = { quotes: new Map(), figures: [] };
  if (!index || !index.passages.length) return links;
  linkQuotes(text, a, index, links.quotes);
  // each figure's claim (the first that holds it), looked up once for all the figures
  const claimOf = new Map<number, Claim>();
  for (const c of a.claims) for (const fi of c.figures) if (!claimOf.has(fi)) claimOf.set(fi, c);
  a.figures.forEach((f, fi) => {
    const claim = claimOf.get(fi);
    // read only for a figure that differs from its source: most agree or have none
    const cited = () =>
      citedWorks(claim ? claim.sources.map((c) => c.label) : keysAfter(text, f, a.citations), bibliography);
    const link = linkFigure(text, a, index, f, fi, claim, cited);
    if (link) links.figures.push(link);
  });
  return links;
}

function linkQuotes(text: string, a: DocumentAnalysis, index: PassageIndex, out: QuoteLinks) {
  for (const c of a.claims) {
    for (const quoted of quotedPartsOf(text, c)) linkQuote(text, c, quoted, index, out);
  }
}

/** link one quoted part of claim `c` to the passage it comes from */
function linkQuote(text: string, c: Claim, quoted: Claim, index: PassageIndex, out: QuoteLinks) {
  const m = matchQuote(text, quoted, index);
  if (!m) return;
  out.set(quoted, m);
  if (!m.exact && m.score < QUOTE_LINK_SCORE) return;
  const source = {
    ...passageSource(m.passage, m.score),
    highlight: m.highlight,
    difference: m.exact ? undefined : m.diff || undefined,
  };
  // two quotes of one run from one passage: one source, which differs if either quote does
  const same = c.sources.find((s) => s.kind === 'passage' && s.uri === source.uri && s.excerpt === source.excerpt);
  if (!same) c.sources.push(source);
  else same.difference ??= source.difference;
}

/** a quote inside a claim's text: an opening mark, its words, the closing mark */
const QUOTED_WORDS = /["“«„]([^"“”«»„]+)["”»“]/gu;

/**
 * the claim's quoted words, each as a claim whose content is the inside of its marks: a quote's own claim, the quotes
 * that run on after it in the same claim ('"…," Vance told the Chronicle. "…"'), and a quote woven into a mixed claim
 * ('Okafor said the delay would give staff time to "get the numbers right."'), so that every quote is checked
 */
export function quotedPartsOf(text: string, c: Claim): Claim[] {
  if (c.kind !== 'direct' && c.kind !== 'unattributed' && c.kind !== 'mixed') return [];
  const parts: Claim[] = [];
  // the content is itself quoted when a mark opens it; a mark earlier in the claim belongs to another clause's quote
  // ('He thanked "the volunteers" and said he would keep pressing the city "as a private citizen."')
  const own = /["“«„]\s*$/.test(text.slice(c.start, c.content.start)) || /^["“«„]/.test(text[c.content.start] ?? '');
  if (own) parts.push(c);
  else if (c.kind !== 'mixed') return [];
  const from = own ? c.content.end + 1 : c.content.start;
  const rest = text.slice(from, own ? c.end : c.content.end);
  for (const m of rest.matchAll(QUOTED_WORDS)) {
    const start = from + m.index + 1;
    parts.push({ ...c, content: { start, end: start + m[1].length } });
  }
  return parts;
}

/** a quote this close to a passage is taken from it (and differs where it is not exact) */
export const QUOTE_LINK_SCORE = 0.7;

/** the quote is linked to its source passage and differs from it: quote-mismatch reports it, with the words that differ */
export function misquotes(m: QuoteMatch): boolean {
  return !m.exact && m.score >= QUOTE_LINK_SCORE && !!m.diff;
}

/** link a figure to the source figure that states the same quantity around the same words (see pickSourceFigure) */
function linkFigure(
  text: string,
  a: DocumentAnalysis,
  idx: PassageIndex,
  f: Figure,
  fi: number,
  claim: Claim | undefined,
  cited: () => BibEntry[],
): FigureLink | null {
  // too few words around it to say what it counts (a list's lead-in says it for each item)
  if (!isComparable(f) || f.context.length + (f.leadIn?.length ?? 0) < 2) return null;
  const sentence = claim ? text.slice(claim.start, claim.end) : text.slice(Math.max(0, f.start - 150), f.end + 150);
  const span = claim ?? { start: f.start - 150, end: f.end + 150 };
  const siblings = a.figures.filter((o) => o.start >= span.start && o.end <= span.end);
  const best = sourceFigureFor(idx, sentence, f, siblings, span.start);
  // "Two years ago the board raised tuition 4.5 percent [@ledger2024tuition]", whose entry is titled "… raises tuition
  // 4.5 percent …": the cited work states the figure, so another work's figure does not contradict it
  if (!best || (!best.agrees && cited().some((e) => titleStates(e, f) && !isSourceOf(e, best.passage)))) return null;
  const p = best.passage;
  const agrees = best.agrees;
  if (claim && !claim.sources.some((s) => s.kind === 'passage' && s.uri === p.uri))
    claim.sources.push({
      ...passageSource(p, agrees ? 1 : 0.5),
      highlight: [{ start: best.figure.start - p.start, end: best.figure.end - p.start }],
      ...(agrees ? {} : { difference: `draft “${f.text}”, source “${best.figure.text}”` }),
    });
  return { figure: fi, passage: p, sourceFigure: best.figure, agrees };
}

/**
 * The source figure for a draft figure: it depends only on the sentence's words, the figure and its siblings in the
 * sentence (relative to the sentence), so it is memoised per index state: a keystroke re-links only the figures of the
 * sentence being edited.
 */
function sourceFigureFor(
  idx: PassageIndex,
  sentence: string,
  f: Figure,
  siblings: Figure[],
  from: number,
): FigurePick<Passage> | null {
  const relative = (x: Figure) => ({ ...x, start: x.start - from, end: x.end - from });
  const key = 'f\u0000' + sentence + '\u0000' + JSON.stringify([relative(f), siblings.map(relative)]);
  if (idx.memo.has(key)) return idx.memo.get(key) as FigurePick<Passage> | null;
  const passages = idx.candidates(
    wordsOf(sentence)
      .map((w) => w.w)
      .filter((w) => !/^\d/.test(w)),
    6,
  );
  const near = passages.flatMap(({ passage }) => passage.figures.map((figure) => ({ passage, figure })));
  // and the sources' figures of the same value, wherever their words are, and the table cells of the same measure,
  // whose rows hold few of the sentence's words
  const seen = new Set(near.map((n) => n.figure));
  const elsewhere = [...(f.value === null ? [] : idx.statingValue(f.value)), ...idx.tableCellsLike(f)].filter(
    (c) => !seen.has(c.figure) && seen.add(c.figure),
  );
  const best = pickSourceFigure(f, [...near, ...elsewhere], siblings, besideEachOther);
  idx.memo.set(key, best);
  return best;
}

/** the bibliography's entries for citation labels ("@key"; other labels are ignored) */
function citedWorks(labels: string[], bibliography: Map<string, BibEntry>): BibEntry[] {
  return labels
    .filter((l) => l.startsWith('@'))
    .map((l) => bibliography.get(l.slice(1)))
    .filter((e): e is BibEntry => !!e);
}

/** the citation keys after a figure that no claim holds, up to its sentence's end */
function keysAfter(text: string, f: Figure, citations: Citation[] = []): string[] {
  const stop = text.slice(f.end, f.end + 300).search(/[.!?](?:\s|$)/);
  const end = stop < 0 ? f.end + 300 : f.end + stop;
  return citations.filter((c) => c.start >= f.end && c.end <= end + 1).flatMap((c) => c.keys.map((k) => '@' + k.key));
}

/** the title of a cited work states the draft's figure: "Lakeshore State raises tuition 4.5 percent" */
function titleStates(e: BibEntry, f: Figure): boolean {
  if (!e.title || !/\d/.test(e.title)) return false;
  return extractFigures(e.title, [{ start: 0, end: e.title.length }]).some(
    (t) => sameQuantity(f, t) && figureAgrees(f, t),
  );
}

/** a cited work is a source file when the file is named after its key, or their URLs or titles agree */
function isSourceOf(e: BibEntry, p: Passage): boolean {
  if (p.file.toLowerCase().includes(e.key.toLowerCase())) return true;
  if (e.url && e.url === p.meta.url) return true;
  return !!e.title && !!p.meta.title && e.title.toLowerCase() === p.meta.title.toLowerCase();
}

/** two passages of one source with at most a short line between them: bullets of one list, rows of one table */
function besideEachOther(a: Passage, b: Passage): boolean {
  if (a.uri !== b.uri) return false;
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  return second.start - first.end <= BESIDE;
}
const BESIDE = 120;

export function nearestKey(key: string, keys: string[]): string | null {
  let best: string | null = null,
    bd = 99;
  for (const k of keys) {
    const d = levenshtein(k.toLowerCase(), key.toLowerCase(), 4);
    if (d < bd) {
      bd = d;
      best = k;
    }
  }
  return bd <= Math.max(2, Math.floor(key.length / 3)) ? best : null;
}
