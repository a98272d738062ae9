/** Rules that compare a draft with its sources: quote-mismatch, quote-not-found, figure-mismatch, name-inconsistent, unresolved-citation. */
import type { Claim, ClaimSource, DocumentAnalysis, Figure, Finding, Span } from './types';
import { lcsAlign, levenshtein, wordsOf, type NormTok } from './normalize';
import type { Passage, PassageIndex } from './passages';
import type { Citation } from './citations';

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
}
export interface NameUse {
  spelling: string;
  count: number;
  files: Set<string>;
}

/**
 * Name spellings with their uses, bucketed by initial and length so that variant look-ups do not scan every name. Answers that
 * depend on the whole index (a spelling's preferred variant) are memoised until the index next changes: a whole-archive
 * check asks the same question for every draft that uses a name.
 */
export class NameIndex extends Map<string, NameUse> {
  /** one-word spellings by initial and length, each with its lower case and the rank of its insertion */
  private byLength = new Map<string, Map<string, LengthEntry>>();
  private inserted = 0;
  /** multi-word spellings by initial + letters without spaces and hyphens ("Okonkwo Reyes", "Okonkwo-Reyes") */
  private joined = new Map<string, Set<string>>();
  private memo = new Map<string, NameUse | null>();
  override set(k: string, v: NameUse): this {
    const isNew = !this.has(k);
    super.set(k, v);
    if (isNew) {
      if (/[\s-]/.test(k)) addTo(this.joined, joinedKey(k), k);
      if (!/\s/.test(k)) {
        const lk = lengthKey(k, k.length);
        if (!this.byLength.has(lk)) this.byLength.set(lk, new Map());
        this.byLength.get(lk)!.set(k, { spelling: k, lower: k.toLowerCase(), use: v, rank: this.inserted++ });
      }
    } else {
      const e = this.byLength.get(lengthKey(k, k.length))?.get(k);
      if (e) e.use = v;
    }
    this.memo.clear();
    return this;
  }
  override delete(k: string): boolean {
    this.joined.get(joinedKey(k))?.delete(k);
    this.byLength.get(lengthKey(k, k.length))?.delete(k);
    this.memo.clear();
    return super.delete(k);
  }
  /** one-word spellings with the initial of `word` and a length within `d` of its own, with their insertion rank */
  forNearLength(word: string, d: number, visit: (e: LengthEntry) => void) {
    for (let len = word.length - d; len <= word.length + d; len++) {
      const bucket = this.byLength.get(lengthKey(word, len));
      if (bucket) for (const e of bucket.values()) visit(e);
    }
  }
  /** multi-word spellings with the same initial and letters as `full`, in the order they were added */
  *sameLetters(full: string): IterableIterator<[string, NameUse]> {
    for (const k of this.joined.get(joinedKey(full)) ?? []) {
      const v = this.get(k);
      if (v) yield [k, v];
    }
  }
  /** `compute()` once per key while the index stays unchanged */
  memoized(key: string, compute: () => NameUse | null): NameUse | null {
    let got = this.memo.get(key);
    if (got === undefined) this.memo.set(key, (got = compute()));
    return got;
  }
  /** add (sign 1) or remove (sign -1) one file's counts */
  apply(counts: Map<string, NameUse>, file: string, sign: 1 | -1) {
    if (counts.size) this.memo.clear();
    for (const [k, v] of counts) {
      const got = this.get(k);
      if (sign > 0) {
        if (got) {
          got.count += v.count;
          got.files.add(file);
        } else this.set(k, { spelling: v.spelling, count: v.count, files: new Set([file]) });
      } else if (got) {
        got.count -= v.count;
        got.files.delete(file);
        if (got.count <= 0) this.delete(k);
      }
    }
  }
}
interface LengthEntry {
  spelling: string;
  lower: string;
  use: NameUse;
  rank: number;
}
const initialOf = (k: string) => k[0]?.toLowerCase() ?? '';
const lengthKey = (k: string, len: number) => initialOf(k) + '\u0000' + len;
const joinedKey = (k: string) => initialOf(k) + '\u0000' + k.replace(/[\s-]+/g, '').toLowerCase();
function addTo(m: Map<string, Set<string>>, key: string, k: string) {
  let set = m.get(key);
  if (!set) m.set(key, (set = new Set()));
  set.add(k);
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
    const w = wordsOf(seg.slice(last, m.index), content.start + last);
    if (w.length) pieces.push({ words: w });
    last = m.index + m[0].length;
  }
  const w = wordsOf(seg.slice(last), content.start + last);
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
      const align = lcsAlign(qw, pw);
      if (!align.length) continue;
      // the window in the passage spanned by the alignment
      const j0 = align[0][1],
        j1 = align[align.length - 1][1];
      const win = pw.slice(j0, j1 + 1);
      const sub = lcsAlign(qw, win);
      matched += sub.length;
      if (firstJ < 0) firstJ = j0;
      lastJ = j1;
      mark(j0, j1);
      diffs.push(wordDiff(qw, win, sub));
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

function findSeq(hay: string[], needle: string[]): number {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let k = 0; k < needle.length; k++) if (hay[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

/** Word-by-word difference, with one shared word of context on each side: “held longer” → “held much longer” */
function wordDiff(q: string[], w: string[], align: [number, number][]): string {
  const parts: string[] = [];
  let i = 0,
    j = 0;
  for (const [ai, bj] of [...align, [q.length, w.length] as [number, number]]) {
    if (ai > i || bj > j) {
      const pre = i > 0 ? [q[i - 1]] : [];
      const post = ai < q.length ? [q[ai]] : [];
      const draft = [...pre, ...q.slice(i, ai), ...post].join(' ');
      const source = [...pre, ...w.slice(j, bj), ...post].join(' ');
      parts.push(`draft “${draft}”, source “${source}”`);
    }
    i = ai + 1;
    j = bj + 1;
  }
  return parts.join('; ');
}

const CTX_STOP = new Set([
  'the',
  'a',
  'an',
  'of',
  'to',
  'and',
  'in',
  'on',
  'for',
  'is',
  'was',
  'were',
  'are',
  'it',
  'that',
  'this',
  'with',
  'as',
  'at',
  'by',
  'be',
  'has',
  'have',
  'had',
  'will',
  'said',
  'says',
  'than',
  'more',
  'about',
  'nearly',
  'least',
  'some',
  'from',
  'or',
  'its',
  'their',
  'his',
  'her',
  'they',
  'we',
  'he',
  'she',
  'which',
  'who',
  'after',
  'before',
  'up',
  'over',
  'under',
]);
/** content words within six words of a figure (numbers excluded) */
function contextWords(text: string, f: { start: number; end: number }): Set<string> {
  // the figure's own sentence, up to 15 words each side
  const ls = Math.max(0, f.start - 200),
    re = Math.min(text.length, f.end + 200);
  const before = text.slice(ls, f.start),
    after = text.slice(f.end, re);
  const stop = before.search(/[.!?]\s+[^.!?]*$/);
  const leftText = stop >= 0 ? before.slice(stop + 1) : before;
  const endStop = after.search(/[.!?](?:\s|$)/);
  const rightText = endStop >= 0 ? after.slice(0, endStop) : after;
  void ls;
  void re;
  const left = wordsOf(leftText).slice(-15);
  const right = wordsOf(rightText).slice(0, 15);
  const out = new Set<string>();
  for (const w of [...left, ...right]) {
    const t = w.w.replace(/s$/, '');
    if (t.length > 2 && !CTX_STOP.has(w.w) && !/^\d/.test(t)) out.add(t);
  }
  return out;
}
function isVerifiable(f: Figure): boolean {
  if (f.kind === 'date' || f.kind === 'year' || f.kind === 'ordinal' || f.kind === 'time' || f.kind === 'tally')
    return false;
  return !(f as Figure & { minor?: boolean }).minor || !!f.unit;
}
/** same kind of measure: both money in one currency, both percentages, or counts of the same thing */
function sameMeasure(a: Figure, b: Figure): boolean {
  const money = (f: Figure) => f.kind === 'amount' || f.unit === 'USD' || f.unit === 'EUR' || f.unit === 'GBP';
  if (money(a) || money(b)) return money(a) && money(b) && a.unit === b.unit;
  if (a.kind === 'percent' || b.kind === 'percent') return a.kind === b.kind && a.unit === b.unit;
  if (a.kind === 'range' || b.kind === 'range') return a.kind === b.kind;
  return !a.unit || !b.unit || a.unit === b.unit || a.unit.replace(/s$/, '') === b.unit.replace(/s$/, '');
}

function figureAgrees(draft: Figure, src: Figure): boolean {
  if (draft.value === null || src.value === null) return true;
  const v = draft.value,
    s = src.value;
  if (Math.abs(v - s) <= Math.abs(v) * 1e-9) return true;
  if (draft.kind === 'range' && src.kind === 'range') return draft.valueTo === src.valueTo && v === s;
  switch (draft.hedge) {
    case 'nearly':
      return s <= v && s >= v * 0.9;
    case 'about':
    case 'estimated':
      return Math.abs(s - v) <= v * 0.1;
    case 'more than':
      return s > v && s <= v * 1.25;
    case 'less than':
      return s < v && s >= v * 0.75;
    case 'at least':
      return s >= v && s <= v * 1.25;
    case 'at most':
    case 'up to':
      return s <= v && s >= v * 0.75;
    default:
      return false;
  }
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

const TITLE_WORDS = new Set([
  'mayor',
  'president',
  'minister',
  'governor',
  'senator',
  'mr',
  'mrs',
  'ms',
  'dr',
  'chief',
  'director',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'the',
  'of',
  'and',
  'prime',
  'secretary',
  'general',
  'sheriff',
  'judge',
  'commissioner',
]);
function sameSpeaker(label: string, name: string, written: string): boolean {
  const words = label
    .toLowerCase()
    .replace(/[’']/g, "'")
    .split(/[\s.,-]+/)
    .filter((w) => w.length > 2 && !TITLE_WORDS.has(w));
  if (!words.length || /^(?:reporter|q|a|unknown|speaker)$/i.test(label)) return true;
  const hay = (name + ' ' + written).toLowerCase().replace(/[’']/g, "'");
  return words.some((w) => hay.includes(w));
}

export function verifyDocument(
  text: string,
  a: DocumentAnalysis & { citations?: Citation[] },
  ctx: VerifyContext,
): Finding[] {
  const out: Finding[] = [];
  const idx = ctx.index;
  if (idx && idx.passages.length) {
    for (const c of a.claims) {
      if (c.kind !== 'direct' && c.kind !== 'unattributed' && c.kind !== 'mixed') continue;
      if (!/["“«„]/.test(text.slice(c.start, c.content.start + 1))) continue;
      const m = matchQuote(text, c, idx);
      if (!m) continue;
      const p = m.passage;
      if (m.exact || m.score >= 0.7) {
        c.sources.push({
          ...passageSource(p, m.score),
          highlight: m.highlight,
          difference: m.exact ? undefined : m.diff || undefined,
        });
      }
      if (!m.exact && m.score >= 0.7 && m.diff) {
        out.push({
          code: 'quote-mismatch',
          severity: 'error',
          start: c.content.start,
          end: c.content.end,
          message: `The quote differs from ${p.meta.title ?? p.file}${p.speaker ? ' (' + p.speaker + ')' : ''}: ${m.diff}.`,
          data: { uri: p.uri, corrected: m.corrected, diff: m.diff, sourceRange: p.range },
        });
      }
      if (
        (m.exact || m.score >= 0.7) &&
        p.speaker &&
        c.speaker &&
        !sameSpeaker(p.speaker, c.speaker.name, c.speaker.text)
      ) {
        out.push({
          code: 'speaker-mismatch',
          severity: 'warning',
          start: c.speaker.start,
          end: c.speaker.end,
          message: `${p.meta.title ?? p.file} gives these words to ${p.speaker}, not to ${c.speaker.name}.`,
          data: { uri: p.uri, speaker: p.speaker, sourceRange: p.range },
        });
      }
    }
    // quote-not-found: an attributed direct quote whose words are in no source
    for (const c of a.claims) {
      if (c.kind !== 'direct' || !c.speaker || c.sources.some((s) => s.kind === 'passage')) continue;
      if (!/["“«„]/.test(text.slice(c.start, c.content.start + 1))) continue;
      const words = wordsOf(text.slice(c.content.start, c.content.end));
      if (words.length < 6) continue;
      const m = matchQuote(text, c, idx);
      if (m && m.score >= 0.5) continue;
      const searched = [...new Set(idx.passages.map((p) => p.file))];
      out.push({
        code: 'quote-not-found',
        severity: 'warning',
        start: c.content.start,
        end: c.content.end,
        message: `No source contains these words (searched ${searched.length} source${searched.length === 1 ? '' : 's'}: ${searched.slice(0, 4).join(', ')}${searched.length > 4 ? ', …' : ''}).`,
        data: { searched },
      });
    }
    // figures: compare each figure with the source figure of the same kind and unit whose surrounding words match best
    a.figures.forEach((f, fi) => {
      if (!isVerifiable(f)) return;
      const claim = a.claims.find((c) => c.figures.includes(fi));
      const ctx = contextWords(text, f);
      if (ctx.size < 2) return;
      const sentence = claim ? text.slice(claim.start, claim.end) : text.slice(Math.max(0, f.start - 150), f.end + 150);
      const cands = idx.candidates(
        wordsOf(sentence)
          .map((w) => w.w)
          .filter((w) => !/^\d/.test(w)),
        6,
      );
      let best: { p: Passage; sf: Figure; overlap: number } | null = null;
      for (const { passage: p } of cands) {
        for (const sf of p.figures) {
          if (!isVerifiable(sf) || !sameMeasure(f, sf)) continue;
          const sctx = contextWords(p.text, { ...sf, start: sf.start - p.start, end: sf.end - p.start });
          let overlap = 0;
          for (const w of ctx) if (sctx.has(w)) overlap++;
          if (figureAgrees(f, sf)) overlap += 0.5; // prefer the agreeing figure on ties
          if (!best || overlap > best.overlap) best = { p, sf, overlap };
        }
      }
      if (!best || best.overlap < 2) return;
      const p = best.p;
      if (figureAgrees(f, best.sf)) {
        if (claim && !claim.sources.some((s) => s.kind === 'passage' && s.uri === p.uri))
          claim.sources.push({
            ...passageSource(p, 1),
            highlight: [{ start: best.sf.start - p.start, end: best.sf.end - p.start }],
          });
      } else {
        if (claim && !claim.sources.some((s) => s.kind === 'passage' && s.uri === p.uri))
          claim.sources.push({
            ...passageSource(p, 0.5),
            highlight: [{ start: best.sf.start - p.start, end: best.sf.end - p.start }],
            difference: `draft “${f.text}”, source “${best.sf.text}”`,
          });
        out.push({
          code: 'figure-mismatch',
          severity: 'error',
          start: f.start,
          end: f.end,
          message: `"${f.text}" differs from ${p.meta.title ?? p.file}, which says "${best.sf.text}".`,
          data: { uri: p.uri, replacement: best.sf.text, sourceRange: p.range },
        });
      }
    });
  }
  // citations
  for (const cit of a.citations ?? []) {
    for (const k of cit.keys) {
      if (ctx.bibliography.has(k.key)) continue;
      if (!cit.bracketed && !ctx.bibliography.size) continue;
      const near = nearestKey(k.key, [...ctx.bibliography.keys()]);
      out.push({
        code: 'unresolved-citation',
        severity: 'error',
        start: k.start - 1,
        end: k.end,
        message: `No bibliography entry for @${k.key}.${near ? ` Did you mean @${near}?` : ctx.bibliography.size ? '' : ' No bibliography was found: add one to sources/ or name it in front matter (bibliography: …).'}`,
        data: { key: k.key, nearest: near },
      });
    }
  }
  // name consistency: one entity spelled two ways in this draft, across drafts, or against the sources
  if (ctx.names) {
    const names = ctx.names;
    const variantMemo = new Map<string, NameUse | null>();
    const where = (u: NameUse) =>
      `${u.count}× in ${[...u.files].slice(0, 3).join(', ')}${u.files.size > 3 ? ', …' : ''}`;
    const seen = new Set<string>();
    for (const e of a.entities) {
      if (e.type !== 'person' && e.type !== 'place' && e.type !== 'organization') continue;
      for (const m of e.mentions) {
        // whole-name variants: "Okonkwo Reyes" against "Okonkwo-Reyes"
        const full = normName(m.text.replace(/[’']s$/, ''));
        const squash = full.replace(/[\s-]+/g, '').toLowerCase();
        let flagged = false;
        if (/[\s-]/.test(full)) {
          for (const [sp, use] of names instanceof NameIndex ? names.sameLetters(full) : names) {
            if (sp === full || !/[\s-]/.test(sp) || sp.replace(/[\s-]+/g, '').toLowerCase() !== squash) continue;
            const mine = names.get(full);
            if (use.count > (mine?.count ?? 0) || (use.count === (mine?.count ?? 0) && sp > full)) {
              out.push({
                code: 'name-inconsistent',
                severity: 'warning',
                start: m.start,
                end: m.start + full.length,
                message: `"${full}"${mine ? ` (${where(mine)})` : ''} is spelled "${sp}" elsewhere (${where(use)}). Use one spelling.`,
                data: { spelling: sp, from: full },
              });
              flagged = true;
            }
            break;
          }
        }
        if (flagged) continue;
        const toks = m.text.split(/\s+/);
        let offset = 0;
        toks.forEach((tok, ti) => {
          const at = m.text.indexOf(tok, offset);
          offset = at + tok.length;
          const t = normName(tok.replace(/[’']s$/, ''));
          if (t.length < 5 || !/^\p{Lu}/u.test(t)) return;
          const isGiven = e.type === 'person' && toks.length > 1 && ti < toks.length - 1;
          const vkey = (isGiven ? 'g:' : 's:') + t;
          let variant = variantMemo.get(vkey);
          if (variant === undefined) {
            variant =
              names instanceof NameIndex
                ? names.memoized(vkey, () => preferredVariant(t, names, isGiven))
                : preferredVariant(t, names, isGiven);
            variantMemo.set(vkey, variant);
          }
          if (!variant) return;
          const start = m.start + at;
          const key = start + ':' + t;
          if (seen.has(key)) return;
          seen.add(key);
          const mine = names.get(t);
          out.push({
            code: 'name-inconsistent',
            severity: 'warning',
            start,
            end: start + t.length,
            message: `"${t}"${mine ? ` (${where(mine)})` : ''} is spelled "${variant.spelling}" elsewhere (${where(variant)}). Use one spelling.`,
            data: { spelling: variant.spelling, from: t },
          });
        });
      }
    }
  }
  return out;
}

/** straight and curly apostrophes are the same letter in a name */
export function normName(s: string): string {
  return s.replace(/’/g, "'");
}

/** a different spelling of the same name that the workspace uses more ("Zelensky" → "Zelenskyy") */
export function preferredVariant(word: string, names: Map<string, NameUse>, givenName = false): NameUse | null {
  const mine = names.get(word);
  let best: NameUse | null = null,
    bestRank = Infinity;
  const lw = word.toLowerCase();
  const consider = ({ spelling, use, rank, lower: ls }: LengthEntry) => {
    if (spelling === word || /[\s]/.test(spelling)) return;
    if (ls === lw || ls[0] !== lw[0]) return;
    if (Math.abs(spelling.length - word.length) > 2) return;
    // plural/possessive forms are not variants
    if (ls === lw + 's' || lw === ls + 's') return;
    const d = levenshtein(ls, lw, 2);
    if (d > 2 || (d === 2 && word.length < 7)) return;
    // given names differ by one letter between different people (Maria, Mario): only long ones count
    if (givenName && (d > 1 || word.length < 6)) return;
    const weight = use.count + (use.files.size > 1 ? 1 : 0);
    const myWeight = (mine?.count ?? 0) + ((mine?.files.size ?? 0) > 1 ? 1 : 0);
    if (weight > myWeight || (weight === myWeight && spelling > word)) {
      // the most used; on a tie, the one that came first
      if (!best || use.count > best.count || (use.count === best.count && rank < bestRank)) {
        best = use;
        bestRank = rank;
      }
    }
  };
  if (names instanceof NameIndex) names.forNearLength(word, 2, consider);
  else {
    let rank = 0;
    for (const [spelling, use] of names) consider({ spelling, use, rank: rank++, lower: spelling.toLowerCase() });
  }
  return best;
}

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
