/**
 * The words that open a sentence without being part of what a trailing attribution reports: a conjunction tying it to
 * the sentence before ("And …", "But …"), a linking adverb or phrase before its comma ("However, …", "In addition,
 * …") and a dateline ("WASHINGTON ― …"). "However, the levy will fail, the treasurer said." reports that the levy
 * will fail; the "However" is the writer's.
 */
import words from '../data/attribution-words.json';
import type { Sentence } from './sentence';

const LINKING_PHRASES = words.linkingPhrases.words.map((p) => p.split(' '));

/** the first token of what is reported when it runs from toks[from] to toks[to]: past the openers, or from itself */
export function pastOpeners(st: Sentence, from: number, to: number): number {
  const { toks } = st;
  let k = from;
  // "WASHINGTON ― …", "CHICAGO — …": a dateline in capitals, then a dash
  let d = k;
  while (d < to && /^\p{Lu}[\p{Lu}.'-]*$/u.test(toks[d].t) && toks[d].t.length > 1) d++;
  if (d > k && /^[―—–]$/.test(toks[d]?.t ?? '')) k = d + 1;
  if (toks[k]?.pos === 'CCONJ' && /^\p{Lu}/u.test(toks[k].t)) k++;
  // "However, …": a linking adverb and its comma
  if (toks[k]?.pos === 'ADV' && /^\p{Lu}/u.test(toks[k].t) && toks[k + 1]?.t === ',') k += 2;
  // "In addition, …"
  else {
    const phrase = LINKING_PHRASES.find(
      (p) => p.every((w, j) => toks[k + j]?.l === w) && toks[k + p.length]?.t === ',',
    );
    if (phrase) k += phrase.length + 1;
  }
  return k < to ? k : from;
}
