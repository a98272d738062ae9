/** Text normalisation for matching drafts against sources. */
import { diffArrays } from 'diff';
import WORDS from './data/figure-words.json';

export interface NormTok {
  w: string;
  start: number;
  end: number;
  /** spelled out in the text ("twenty") though w has its digits */
  numberWords?: boolean;
}

const WORD_RE = /[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*/gu;

export function normWord(w: string): string {
  return w
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/,(?=\d)/g, '');
}

/**
 * Words with offsets. Quote marks, apostrophe styles and punctuation do not matter. With `spokenNumbers` (the words
 * of quotes and of the passages they are aligned with), nor does a number from ten to ninety-nine written in words
 * or in digits: a speaker's "twenty-six" is the draft's "26" by the style books.
 */
export function wordsOf(text: string, base = 0, spokenNumbers = false): NormTok[] {
  const out: NormTok[] = [];
  WORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_RE.exec(text))) {
    const tok = { w: normWord(m[0]), start: base + m.index, end: base + m.index + m[0].length };
    if (!spokenNumbers || !joinNumberWord(out, tok, text, base)) out.push(tok);
  }
  return out;
}

const NUMBER_WORDS: Record<string, number> = WORDS.numberWords;

/**
 * "ten" … "nineteen" and "twenty" … "ninety" become digits, and "six" after "twenty" (joined by a hyphen or a space)
 * adds to it; the words for one to nine stay words, as the style books write them. True when tok joined the last token.
 */
function joinNumberWord(out: NormTok[], tok: NormTok, text: string, base: number): boolean {
  const n = NUMBER_WORDS[tok.w];
  if (n === undefined) return false;
  const prev = out[out.length - 1];
  const gap = prev ? text.slice(prev.end - base, tok.start - base) : '';
  if (n < 10 && prev && (gap === '-' || gap === ' ') && /^[2-9]0$/.test(prev.w) && prev.numberWords) {
    prev.w = String(Number(prev.w) + n);
    prev.end = tok.end;
    return true;
  }
  if (n >= 10) {
    tok.w = String(n);
    tok.numberWords = true;
  }
  return false;
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

/**
 * Word-by-word difference, with one shared word of context on each side: “held longer” → “held much longer”. The
 * words are compared as normalised; shown as written, when the writing is given ("twenty years", not "20 years").
 */
export function wordDiff(
  draft: string[],
  source: string[],
  shown: { draft: string[]; source: string[] } = { draft, source },
): string {
  const parts: string[] = [];
  const changes = diffArrays(draft, source);
  let i = 0, // words of the draft consumed so far
    j = 0; // and of the source
  for (let k = 0; k < changes.length; k++) {
    if (!changes[k].added && !changes[k].removed) {
      i += changes[k].value.length;
      j += changes[k].value.length;
      continue;
    }
    // one run of removed and added words between two shared ones
    const i0 = i,
      j0 = j;
    for (; k < changes.length && (changes[k].added || changes[k].removed); k++)
      if (changes[k].added) j += changes[k].value.length;
      else i += changes[k].value.length;
    k--;
    const pre = i0 > 0 ? [shown.draft[i0 - 1]] : [];
    const post = i < draft.length ? [shown.draft[i]] : [];
    const removed = shown.draft.slice(i0, i),
      added = shown.source.slice(j0, j);
    parts.push(`draft “${[...pre, ...removed, ...post].join(' ')}”, source “${[...pre, ...added, ...post].join(' ')}”`);
  }
  return parts.join('; ');
}

/** two neighbouring letters swapped, the rest the same ("Lindhal" for "Lindahl"): one slip of the fingers, not two */
export function swapsNeighbours(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
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
