/**
 * Two speakers joined by "and" in a trailing attribution: "…, she and another reporter said.", "…, teachers and union
 * officials told the paper.", "…, current and former officials said." The phrase grammar takes one noun phrase at a
 * time (and no bare adjective), so the attribution after the reported words went unread.
 */
import { type Phrase, phraseStartingAt } from '../phrases';
import { span, type Sentence } from './sentence';

/**
 * the most words in each speaker: short groups are what a trailing attribution joins; longer ones are as likely the
 * title of a show before its host ("On “The Morning Show,” the former secretary of state and current nominee said")
 */
const MAX_WORDS = 3;

/** "she and another reporter", "current and former officials": the phrase from toks[i] over one "and" */
export function coordinatedSpeaker(st: Sentence, i: number): Phrase | null {
  const { toks, prose } = st;
  const t = toks[i];
  if (!t) return null;
  // "current and former officials": an adjective shares the noun after the second one
  const first = t.pos === 'ADJ' ? { first: i, last: i } : phraseStartingAt(toks, i, prose);
  if (!first || toks[first.last + 1]?.l !== 'and' || first.last - first.first >= MAX_WORDS) return null;
  const second = phraseStartingAt(toks, first.last + 2, prose);
  if (!second || second.last - second.first >= MAX_WORDS) return null;
  // the adjective must go with a noun: "current and former officials", not "angry and the mayor"
  if (t.pos === 'ADJ' && toks[second.first].pos !== 'ADJ') return null;
  return span(st, i, second.last);
}
