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

/** state abbreviations that are also titles: "Wilmington, Del." ends a sentence, "said Del. Stacey Plaskett" does not */
const STATE_TITLES = new Set(WORDS.STATE_TITLES);
const SENTENCE_OPENERS = /^(?:The|A|An|He|She|It|They|We|I|But|And|In|On|At|This|That)\b/;

/**
 * the period of initials or a title-like state abbreviation that sits inside a name: "said Rep. G.K. Butterfield",
 * "said Del. Stacey Plaskett". Written after a capitalised word (a title, a first name) with no comma, a capital
 * after it starts the rest of the name; after a comma ("Charlotte, N.C. The …") or a lower-case word ("in N.C.") the
 * period ends the sentence as usual.
 */
function nameContinues(prose: string, start: number, w: number, word: string, at: number): boolean {
  const next = prose[at];
  const initials = /^(?:[a-z]\.)+[a-z]$/.test(word) && !ABBREV.has(word);
  if ((!initials && !STATE_TITLES.has(word)) || !/[A-Z]/.test(next)) return false;
  // "in Washington D.C. The mayor …": a word that opens sentences starts one here
  if (SENTENCE_OPENERS.test(prose.slice(at, at + 6))) return false;
  // the word before: from the last space before w
  let b = w - 1;
  while (b > start && isSpace(prose[b])) b--;
  if (b < start || prose[b] === ',' || !/[\p{L}.]/u.test(prose[b])) return false;
  let a = b;
  while (a > start && !isSpace(prose[a - 1])) a--;
  const before = prose.slice(a, b + 1);
  // a state after "said"/"says" ("said Del. …") or initials after a capitalised word ("Rep. G.K.", "Sen. A.J.")
  return initials ? /^\p{Lu}/u.test(before) : /^(?:said|says|\p{Lu}\p{L}*\.?)$/u.test(before);
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
      if (NEVER_END.has(word) || nameContinues(prose, start, w, word, firstLetter)) {
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
