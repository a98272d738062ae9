/** Text normalisation for matching drafts against sources. */
export interface NormTok {
  w: string;
  start: number;
  end: number;
}

const WORD_RE = /[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*/gu;

export function normWord(w: string): string {
  return w
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/,(?=\d)/g, '');
}

/** Words with offsets. Quote marks, apostrophe styles and punctuation do not matter. */
export function wordsOf(text: string, base = 0): NormTok[] {
  const out: NormTok[] = [];
  WORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_RE.exec(text)))
    out.push({ w: normWord(m[0]), start: base + m.index, end: base + m.index + m[0].length });
  return out;
}

/** Word-level longest common subsequence alignment: pairs of indexes (a, b). */
export function lcsAlign(a: string[], b: string[]): [number, number][] {
  const n = a.length,
    m = b.length;
  if (n === 0 || m === 0) return [];
  if (n * m > 4_000_000) return [];
  const dp = new Uint16Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) {
      dp[i * (m + 1) + j] =
        a[i] === b[j]
          ? dp[(i + 1) * (m + 1) + j + 1] + 1
          : Math.max(dp[(i + 1) * (m + 1) + j], dp[i * (m + 1) + j + 1]);
    }
  const out: [number, number][] = [];
  let i = 0,
    j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push([i, j]);
      i++;
      j++;
    } else if (dp[(i + 1) * (m + 1) + j] >= dp[i * (m + 1) + j + 1]) i++;
    else j++;
  }
  return out;
}

export function levenshtein(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // two reused rows of the edit-distance table: name look-ups call this thousands of times per draft
  if (rowA.length <= b.length) {
    rowA = new Int32Array(b.length * 2 + 2);
    rowB = new Int32Array(b.length * 2 + 2);
  }
  let prev = rowA,
    cur = rowB;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    cur[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      cur[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[b.length];
}
let rowA = new Int32Array(64),
  rowB = new Int32Array(64);
