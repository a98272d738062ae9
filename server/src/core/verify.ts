/** Rules that compare a draft with its sources: quote-mismatch, quote-not-found, figure-mismatch, name-inconsistent, unresolved-citation. */
import type { Claim, DocumentAnalysis, Figure, Finding } from './types';
import { lcsAlign, levenshtein, wordsOf, type NormTok } from './normalize';
import type { Passage, PassageIndex } from './passages';
import { isCheckable } from './figures';
import type { Citation } from './citations';

export interface BibEntry { key: string; title?: string; date?: string; url?: string; author?: string; uri: string }

export interface VerifyContext {
  index: PassageIndex | null;
  bibliography: Map<string, BibEntry>;
  /** spelling variants of names across the workspace: lowercased word → { spelling → count, where } */
  names?: Map<string, NameUse>;
}
export interface NameUse { spelling: string; count: number; files: Set<string> }

interface QuotePiece { words: NormTok[]; }

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

export interface QuoteMatch { passage: Passage; score: number; exact: boolean; diff: string; corrected?: { start: number; end: number; text: string } }

export function matchQuote(text: string, c: Claim, index: PassageIndex): QuoteMatch | null {
  const pieces = quotePieces(text, c.content);
  const all = pieces.flatMap((p) => p.words);
  if (all.length < 3) return null;
  const cands = index.candidates(all.map((w) => w.w), 6);
  let best: QuoteMatch | null = null;
  for (const { passage } of cands) {
    const pw = passage.words.map((w) => w.w);
    let matched = 0, total = 0;
    const diffs: string[] = [];
    let firstJ = -1, lastJ = -1;
    let corrected: QuoteMatch['corrected'];
    for (const piece of pieces) {
      const qw = piece.words.map((w) => w.w);
      total += qw.length;
      // exact contiguous match first
      const at = findSeq(pw, qw);
      if (at >= 0) { matched += qw.length; if (firstJ < 0) firstJ = at; lastJ = at + qw.length - 1; continue; }
      const align = lcsAlign(qw, pw);
      if (!align.length) continue;
      // the window in the passage spanned by the alignment
      const j0 = align[0][1], j1 = align[align.length - 1][1];
      const win = pw.slice(j0, j1 + 1);
      const sub = lcsAlign(qw, win);
      matched += sub.length;
      if (firstJ < 0) firstJ = j0; lastJ = j1;
      diffs.push(wordDiff(qw, win, sub));
      if (pieces.length === 1) {
        const ws = passage.words[j0], we = passage.words[j1];
        corrected = { start: piece.words[0].start, end: piece.words[piece.words.length - 1].end, text: passage.text.slice(ws.start - passage.start, we.end - passage.start) };
      }
    }
    const windowLen = lastJ >= firstJ && firstJ >= 0 ? lastJ - firstJ + 1 : 0;
    const score = total ? (2 * matched) / (total + Math.max(total, Math.min(windowLen, total * 2))) : 0;
    const exact = matched === total && diffs.length === 0;
    if (!best || score > best.score) best = { passage, score: exact ? 1 : score, exact, diff: diffs.join(' … '), corrected };
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
  let i = 0, j = 0;
  for (const [ai, bj] of [...align, [q.length, w.length] as [number, number]]) {
    if (ai > i || bj > j) {
      const pre = i > 0 ? [q[i - 1]] : [];
      const post = ai < q.length ? [q[ai]] : [];
      const draft = [...pre, ...q.slice(i, ai), ...post].join(' ');
      const source = [...pre, ...w.slice(j, bj), ...post].join(' ');
      parts.push(`draft “${draft}”, source “${source}”`);
    }
    i = ai + 1; j = bj + 1;
  }
  return parts.join('; ');
}

function figureAgrees(draft: Figure, src: Figure): boolean {
  if (draft.value === null || src.value === null) return true;
  const v = draft.value, s = src.value;
  if (v === s) return true;
  switch (draft.hedge) {
    case 'nearly': return s <= v && s >= v * 0.9;
    case 'about': case 'estimated': return Math.abs(s - v) <= v * 0.1;
    case 'more than': return s > v && s <= v * 1.25;
    case 'less than': return s < v && s >= v * 0.75;
    case 'at least': return s >= v && s <= v * 1.25;
    case 'at most': case 'up to': return s <= v && s >= v * 0.75;
    default: return false;
  }
}

/** the noun the figure counts: "3,000 jobs" → jobs; "40 percent of pipes" → % */
function figureNoun(text: string, f: Figure): string | null {
  if (f.unit && f.unit !== 'USD' && f.unit !== 'EUR' && f.unit !== 'GBP') return f.unit;
  const after = /^\s+(?:(?:more|fewer|new|additional|other|of the|of)\s+)?([a-z]{3,})/i.exec(text.slice(f.end, f.end + 40));
  return f.unit ?? (after ? after[1].toLowerCase().replace(/s$/, '') : null);
}

export function verifyDocument(text: string, a: DocumentAnalysis & { citations?: Citation[] }, ctx: VerifyContext): Finding[] {
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
        c.sources.push({ kind: 'passage', label: p.meta.title ?? p.file, uri: p.uri, sourceRange: p.range, score: m.score, title: p.meta.title ?? p.file, date: p.meta.date, excerpt: p.text.trim() });
      }
      if (!m.exact && m.score >= 0.7 && m.diff) {
        out.push({ code: 'quote-mismatch', severity: 'error', start: c.content.start, end: c.content.end, message: `The quote differs from ${p.meta.title ?? p.file}${p.speaker ? ' (' + p.speaker + ')' : ''}: ${m.diff}.`, data: { uri: p.uri, corrected: m.corrected } });
      } else if (!m.exact && m.score < 0.5 && c.content.end - c.content.start > 40 && c.speaker) {
        out.push({ code: 'quote-not-found', severity: 'information', start: c.content.start, end: c.content.end, message: 'No source passage contains this quote.' });
      }
    }
    // figures
    a.figures.forEach((f, fi) => {
      if (!isCheckable(f)) return;
      const claim = a.claims.find((c) => c.figures.includes(fi));
      const sentence = claim ?? null;
      const ctxText = sentence ? text.slice(sentence.start, sentence.end) : text.slice(Math.max(0, f.start - 120), f.end + 120);
      const noun = figureNoun(text, f);
      if (!noun) return;
      const words = wordsOf(ctxText).map((w) => w.w).filter((w) => !/^\d/.test(w));
      const cands = idx.candidates(words, 5);
      let agree: { p: Passage; sf: Figure } | null = null;
      let disagree: { p: Passage; sf: Figure; shared: number } | null = null;
      for (const { passage: p, shared } of cands) {
        for (const sf of p.figures) {
          if (!isCheckable(sf) || sf.kind !== f.kind) continue;
          const sNoun = figureNoun(p.text, { ...sf, start: sf.start - p.start, end: sf.end - p.start });
          if (sNoun !== noun) continue;
          if (figureAgrees(f, sf)) { agree = agree ?? { p, sf }; }
          else if (!disagree || shared > disagree.shared) disagree = { p, sf, shared };
        }
      }
      if (agree) {
        if (claim && !claim.sources.some((s) => s.kind === 'passage' && s.uri === agree!.p.uri)) claim.sources.push({ kind: 'passage', label: agree.p.meta.title ?? agree.p.file, uri: agree.p.uri, sourceRange: agree.p.range, score: 1, title: agree.p.meta.title ?? agree.p.file, date: agree.p.meta.date, excerpt: agree.p.text.trim() });
      } else if (disagree && disagree.shared >= 1.2) {
        const p = disagree.p;
        out.push({ code: 'figure-mismatch', severity: 'error', start: f.start, end: f.end, message: `"${f.text}" differs from ${p.meta.title ?? p.file}, which says "${disagree.sf.text}".`, data: { uri: p.uri, replacement: disagree.sf.text } });
      }
    });
  }
  // citations
  for (const cit of a.citations ?? []) {
    for (const k of cit.keys) {
      if (ctx.bibliography.has(k.key)) continue;
      if (!cit.bracketed && !ctx.bibliography.size) continue;
      const near = nearestKey(k.key, [...ctx.bibliography.keys()]);
      out.push({ code: 'unresolved-citation', severity: 'error', start: k.start - 1, end: k.end, message: `No bibliography entry for @${k.key}.${near ? ` Did you mean @${near}?` : ctx.bibliography.size ? '' : ' No bibliography was found: add one to sources/ or name it in front matter (bibliography: …).'}`, data: { key: k.key, nearest: near } });
    }
  }
  // name consistency
  if (ctx.names) {
    for (const e of a.entities) {
      if (e.type !== 'person' && e.type !== 'place' && e.type !== 'organization') continue;
      for (const m of e.mentions) {
        for (const tok of m.text.split(/\s+/)) {
          const t = tok.replace(/[’']s$/, '');
          if (t.length < 5) continue;
          const variant = preferredVariant(t, ctx.names);
          if (!variant) continue;
          const start = m.start + m.text.indexOf(tok);
          out.push({ code: 'name-inconsistent', severity: 'warning', start, end: start + t.length, message: `"${t}" is spelled "${variant.spelling}" elsewhere (${variant.count}× in ${[...variant.files].slice(0, 3).join(', ')}). Use one spelling.`, data: { spelling: variant.spelling, from: t } });
        }
      }
    }
  }
  return out;
}

/** a different spelling of the same name that the workspace uses more */
export function preferredVariant(word: string, names: Map<string, NameUse>): NameUse | null {
  const mine = names.get(word);
  let best: NameUse | null = null;
  for (const [spelling, use] of names) {
    if (spelling === word || spelling[0].toLowerCase() !== word[0].toLowerCase()) continue;
    if (Math.abs(spelling.length - word.length) > 2) continue;
    if (spelling.toLowerCase() === word.toLowerCase()) continue;
    const d = levenshtein(spelling.toLowerCase(), word.toLowerCase(), 2);
    if (d > 2 || (d === 2 && word.length < 7)) continue;
    // plural/possessive forms are not variants
    if (spelling.toLowerCase() === word.toLowerCase() + 's' || word.toLowerCase() === spelling.toLowerCase() + 's') continue;
    const weight = use.count + (use.files.size > 1 ? 1 : 0);
    const myWeight = (mine?.count ?? 0) + ((mine?.files.size ?? 0) > 1 ? 1 : 0);
    if (weight > myWeight || (weight === myWeight && spelling > word)) {
      if (!best || use.count > best.count) best = use;
    }
  }
  return best;
}

export function nearestKey(key: string, keys: string[]): string | null {
  let best: string | null = null, bd = 99;
  for (const k of keys) {
    const d = levenshtein(k.toLowerCase(), key.toLowerCase(), 4);
    if (d < bd) { bd = d; best = k; }
  }
  return bd <= Math.max(2, Math.floor(key.length / 3)) ? best : null;
}
