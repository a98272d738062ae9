/**
 * Stances reported as "X as Y": "Developers see golf courses as wasted space", "The ad portrays the mayor as out of
 * touch". These verbs report only with an object and "as" after it; "saw the fire" or "cast a vote" reports nothing.
 */
import type { TaggedTok } from './tagger';
import { isPossessiveMark } from './phrases';
import words from './data/attribution-words.json';

/** word form → lemma of the verbs that report only as "X as Y" */
export const REGARD_AS = new Map<string, string>();
for (const [lemma, forms] of Object.entries(words.regardAsCues.verbs as Record<string, string[]>))
  for (const f of forms) REGARD_AS.set(f, lemma);

/** the words of an object: "golf courses", "the new ferry terminal", "Mr. Netanyahu", "the mayor's plan" */
export const OBJECT_WORDS = new Set(words.objectPhrase.tags);
/** prepositions inside an object: "the price of steel", "the vote in Ohio", and "the grants from the state as a lifeline" */
const OBJECT_INNER = new Set([...words.objectPhrase.prepositions, 'from']);
/** "as" that opens no predicate: "as well", "as soon as", "as long as" */
const NOT_PREDICATE = new Set(['well', 'soon', 'long', 'much', 'many', 'far', 'if', 'though', 'of', 'to', 'for']);
/** what a predicate after "as" opens with: "as a test", "as wasted space", "as most likely", "as out of touch" */
const PREDICATE_OPENERS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADV', 'VERB', 'ADP']);

/** the object at toks[k] is followed by "as" and a predicate: "golf courses as wasted space" */
export function regardsAs(toks: TaggedTok[], k: number): boolean {
  const first = toks[k];
  if (!first || !OBJECT_WORDS.has(first.pos) || first.l === 'as') return false;
  for (let j = k + 1; j < Math.min(toks.length - 1, k + 12); j++) {
    const t = toks[j];
    if (t.l === 'as') return predicateAt(toks, j + 1);
    const prev = toks[j - 1];
    const objectEnd = prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'PRON';
    const afterParticiple = prev.pos === 'VERB' && j - 1 > k;
    if (OBJECT_WORDS.has(t.pos) || isPossessiveMark(t)) continue;
    // "the price of steel", "the terminal approved in March"
    if (OBJECT_INNER.has(t.l) && (objectEnd || afterParticiple)) continue;
    // "the elections held Sunday as a test": a participle right after the object's noun
    if (t.pos === 'VERB' && objectEnd && !t.l.endsWith('ing')) continue;
    return false;
  }
  return false;
}

/** a predicate opens at toks[k], not a clause ("as the police arrived") or a fixed phrase ("as well") */
function predicateAt(toks: TaggedTok[], k: number): boolean {
  const t = toks[k];
  if (!t || NOT_PREDICATE.has(t.l) || !PREDICATE_OPENERS.has(t.pos)) return false;
  // "saw the suspect as the police arrived": a subject and its verb make "as" a conjunction
  let j = k;
  while (toks[j] && (toks[j].pos === 'DET' || toks[j].pos === 'ADJ' || toks[j].pos === 'NUM')) j++;
  while (toks[j] && (toks[j].pos === 'NOUN' || toks[j].pos === 'PROPN')) j++;
  const subject = j > k && (toks[j - 1].pos === 'NOUN' || toks[j - 1].pos === 'PROPN');
  return !(subject && (toks[j]?.pos === 'VERB' || toks[j]?.pos === 'AUX'));
}
