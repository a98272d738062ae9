/** Text normalisation for matching drafts against sources. */
import { diffArrays } from 'diff';

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

/**
 * Word alignment: the pairs of indexes (a, b) of a longest common subsequence, from the diff package's Myers diff.
 * No size limit: a long passage is aligned like a short one.
 */
export function alignWords(a: string[], b: string[]): [number, number][] {
  const out: [number, number][] = [];
  let i = 0,
    j = 0;
  for (const part of diffArrays(a, b)) {
    const n = part.value.length;
    if (part.added) j += n;
    else if (part.removed) i += n;
    else for (let k = 0; k < n; k++) out.push([i++, j++]);
  }
  return out;
}

/** Word-by-word difference, with one shared word of context on each side: “held longer” → “held much longer” */
export function wordDiff(draft: string[], source: string[]): string {
  const parts: string[] = [];
  const changes = diffArrays(draft, source);
  let i = 0; // words of the draft consumed so far
  for (let k = 0; k < changes.length; k++) {
    if (!changes[k].added && !changes[k].removed) {
      i += changes[k].value.length;
      continue;
    }
    // one run of removed and added words between two shared ones
    const removed: string[] = [],
      added: string[] = [];
    for (; k < changes.length && (changes[k].added || changes[k].removed); k++)
      (changes[k].added ? added : removed).push(...changes[k].value);
    k--;
    const pre = i > 0 ? [draft[i - 1]] : [];
    i += removed.length;
    const post = i < draft.length ? [draft[i]] : [];
    parts.push(`draft “${[...pre, ...removed, ...post].join(' ')}”, source “${[...pre, ...added, ...post].join(' ')}”`);
  }
  return parts.join('; ');
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
