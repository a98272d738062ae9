/**
 * Headlines in title case ("Clinton Hid Past Health Problems From Public, Former White House Doctor Says") or in
 * capitals: the tagger reads every capitalised word as a name, and finds no verb. Such a line is tagged in lower
 * case; its tokens keep the words as written.
 */
import { tagSpan, type TaggedTok } from '../tagger';
import type { Span } from '../types';

/** a headline's words of this many letters or more are capitalised in title case ("Past", not "of") */
const LONG_WORD = 4;

/** at least this many long words, nearly all capitalised */
const MIN_LONG_WORDS = 4;
const TITLE_SHARE = 0.8;

/** headlines are short: a longer run of capitalised words is a list of names or a table */
const MAX_WORDS = 30;

/** prose[s] is written in title case or in capitals */
export function isTitleCase(prose: string, s: Span): boolean {
  const words = prose.slice(s.start, s.end).match(/\p{L}[\p{L}’'-]*/gu) ?? [];
  if (words.length > MAX_WORDS) return false;
  const long = words.filter((w) => w.length >= LONG_WORD);
  if (long.length < MIN_LONG_WORDS) return false;
  const capitalised = long.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised >= long.length * TITLE_SHARE;
}

/** the tags of prose[s] read in lower case, on the tokens as written (null when lower case changes its length) */
export function tagTitleCase(prose: string, s: Span): TaggedTok[] | null {
  const seg = prose.slice(s.start, s.end);
  const lower = seg.toLowerCase();
  if (lower.length !== seg.length) return null;
  return tagSpan(lower, 0, lower.length).map((t) => {
    const start = t.start + s.start;
    const end = t.end + s.start;
    return { ...t, t: prose.slice(start, end), start, end };
  });
}
