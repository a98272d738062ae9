/** Sentence splitting over prose, with the abbreviations a news copy desk uses. */
import type { Span } from './types';
import WORDS from './data/abbreviations.json';

const ABBREV = new Set(WORDS.ABBREV);
/** abbreviations after which a sentence rarely ends even before a capital */
const NEVER_END = new Set(WORDS.NEVER_END);

// Markdown emphasis closes after its sentence's mark too: "**Is it safe?** The district says …"
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»', '*', '_']);

function isSpace(c: string | undefined) {
  return c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\u00a0';
}

/** Split prose[start,end) into sentence spans (trimmed). */
export function splitSentences(prose: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let s = start;
  const push = (a: number, b: number) => {
    while (a < b && isSpace(prose[a])) a++;
    while (b > a && isSpace(prose[b - 1])) b--;
    if (b > a) out.push({ start: a, end: b });
  };
  for (let i = start; i < end; i++) {
    const c = prose[i];
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    // consume repeated terminators and closers
    let j = i + 1;
    while (j < end && (prose[j] === '.' || prose[j] === '!' || prose[j] === '?')) j++;
    while (j < end && CLOSERS.has(prose[j])) j++;
    if (j < end && !isSpace(prose[j])) {
      i = j - 1;
      continue;
    }
    // next non-space
    let k = j;
    while (k < end && isSpace(prose[k])) k++;
    if (k >= end) {
      i = j - 1;
      continue;
    }
    // the next sentence may open with emphasis: "… it is. _Why now?_"
    let firstLetter = k;
    while (firstLetter < end - 1 && (prose[firstLetter] === '*' || prose[firstLetter] === '_')) firstLetter++;
    const next = prose[firstLetter];
    if (c === '.') {
      // the word before the period
      let w = i;
      while (
        w > start &&
        !isSpace(prose[w - 1]) &&
        prose[w - 1] !== '(' &&
        prose[w - 1] !== '"' &&
        prose[w - 1] !== '“'
      )
        w--;
      const word = prose.slice(w, i).toLowerCase();
      // decimals never reach here (no space after the period); initials "J." and abbreviations
      if (/^[a-z]$/i.test(word) && /[A-Z]/.test(next)) {
        i = j - 1;
        continue;
      }
      if (NEVER_END.has(word)) {
        i = j - 1;
        continue;
      }
      if (ABBREV.has(word) || /^([a-z]\.)+[a-z]$/.test(word)) {
        // "U.S. officials" continues; "in the U.S. The next" ends: only end before a capital that starts a typical sentence
        if (
          !/[A-Z“"]/.test(next) ||
          (/^(u\.s|u\.n|u\.k|e\.u)$/.test(word) &&
            /^[A-Z][a-z]+\b/.test(prose.slice(k, k + 20)) &&
            !/^(The|A|An|He|She|It|They|We|I|But|And|In|On|At|This|That)\b/.test(prose.slice(k, k + 6)))
        ) {
          i = j - 1;
          continue;
        }
      }
    }
    if (!/[A-Z0-9“"‘'([—–-]/.test(next) && !/\p{Lu}/u.test(next)) {
      i = j - 1;
      continue;
    }
    push(s, j);
    s = k;
    i = k - 1;
  }
  push(s, end);
  return out;
}
