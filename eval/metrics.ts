/** Shared scoring helpers for the OnRecord evaluation harness. No corpus text lives here. */

export interface Span {
  start: number;
  end: number;
}

export interface PRF {
  tp: number;
  pred: number;
  gold: number;
  p: number;
  r: number;
  f1: number;
}

/** Precision/recall/F1 from a true-positive count and the predicted and gold totals (one-to-one matching). */
export function prf(tp: number, pred: number, gold: number): PRF {
  const p = pred > 0 ? tp / pred : 0;
  const r = gold > 0 ? tp / gold : 0;
  const f1 = p + r > 0 ? (2 * p * r) / (p + r) : 0;
  return { tp, pred, gold, p, r, f1 };
}

/** Like prf, but when the matched counts on the two sides differ (many-to-one matching). */
export function prf2(tpPred: number, pred: number, tpGold: number, gold: number): PRF {
  const p = pred > 0 ? tpPred / pred : 0;
  const r = gold > 0 ? tpGold / gold : 0;
  const f1 = p + r > 0 ? (2 * p * r) / (p + r) : 0;
  return { tp: tpGold, pred, gold, p, r, f1 };
}

export class Counter {
  tp = 0;
  pred = 0;
  gold = 0;
  add(tp: number, pred: number, gold: number): void {
    this.tp += tp;
    this.pred += pred;
    this.gold += gold;
  }
  get prf(): PRF {
    return prf(this.tp, this.pred, this.gold);
  }
}

export function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

export function validSpan(s: Span | null | undefined, len: number): s is Span {
  return !!s && Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= len && s.start < s.end;
}

export function hull(spans: Span[]): Span | null {
  if (!spans.length) return null;
  let start = Infinity,
    end = -Infinity;
  for (const s of spans) {
    start = Math.min(start, s.start);
    end = Math.max(end, s.end);
  }
  return { start, end };
}

/** Characters stripped from both ends before exact comparison: whitespace, quote marks, punctuation. */
const TRIM_CHARS = /[\s\u00a0\u200b\ufeff"“”„‟'‘’‚‛«»‹›`´.,;:!?…\-‐‑‒–—―()[\]{}*_]/u;

export function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && TRIM_CHARS.test(text[start])) start++;
  while (end > start && TRIM_CHARS.test(text[end - 1])) end--;
  return { start, end };
}

/** trimSpan, then also drop a leading complementizer "that" (diagnostic "lenient exact" only). */
export function trimSpanLenient(text: string, s: Span): Span {
  let t = trimSpan(text, s);
  const m = /^that\s+/i.exec(text.slice(t.start, Math.min(t.end, t.start + 10)));
  if (m) t = trimSpan(text, { start: t.start + m[0].length, end: t.end });
  return t;
}

export const spanKey = (s: Span): string => `${s.start}:${s.end}`;

/** One-to-one exact matching on string keys. Returns pairs [predIndex, goldIndex]. */
export function exactMatch(predKeys: (string | null)[], goldKeys: (string | null)[]): Array<[number, number]> {
  const pool = new Map<string, number[]>();
  goldKeys.forEach((k, i) => {
    if (k !== null) {
      const a = pool.get(k) ?? [];
      a.push(i);
      pool.set(k, a);
    }
  });
  const pairs: Array<[number, number]> = [];
  predKeys.forEach((k, i) => {
    if (k === null) return;
    const a = pool.get(k);
    if (a && a.length) pairs.push([i, a.shift()!]);
  });
  return pairs;
}

/** Greedy one-to-one matching: all pairs with score > 0, highest score first. Returns [predIndex, goldIndex]. */
export function greedyMatch(
  nPred: number,
  nGold: number,
  score: (p: number, g: number) => number,
): Array<[number, number]> {
  const cand: Array<[number, number, number]> = [];
  for (let p = 0; p < nPred; p++)
    for (let g = 0; g < nGold; g++) {
      const s = score(p, g);
      if (s > 0) cand.push([s, p, g]);
    }
  cand.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedP = new Set<number>(),
    usedG = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const [, p, g] of cand) {
    if (usedP.has(p) || usedG.has(g)) continue;
    usedP.add(p);
    usedG.add(g);
    pairs.push([p, g]);
  }
  return pairs;
}

// ---------- output ----------

export const pct = (x: number): string => (100 * x).toFixed(1);

export function prfRow(label: string, m: PRF): string[] {
  return [label, pct(m.p), pct(m.r), pct(m.f1), String(m.tp), String(m.pred), String(m.gold)];
}

export const PRF_HEADER = ['', 'P', 'R', 'F1', 'TP', 'pred', 'gold'];

export function table(rows: string[][]): string {
  const w: number[] = [];
  for (const r of rows)
    r.forEach((c, i) => {
      w[i] = Math.max(w[i] ?? 0, c.length);
    });
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  ')).join('\n');
}

export interface CorpusResult {
  corpus: string;
  split: string;
  docs: number;
  errors: number;
  seconds: number;
  notes: string[];
  metrics: Record<string, unknown>;
  /** human-readable report */
  text: string;
}
