/**
 * An attribution set off by commas between a subject and its verb: "The plan, the senator said in an interview, would
 * cut taxes.", "Voters, Clinton suggested, don't have to worry …", "The museum, Mr. Bush said, celebrated several of
 * his heroes.", "Freeing her husband, he promised, was one of his top priorities." The subject and the predicate are
 * both the speaker's words: the trailing rule takes the subject, the parenthetical rule the predicate.
 */
import { phraseStartingAt } from '../phrases';
import type { Cue } from './cues';
import { hasFiniteVerb, pastSetting, type Sentence } from './sentence';
import { ADDRESSEE_CUES, OBJECT_PRONOUNS, RELATIVE_OPENERS, TIME_WORDS } from './words';

/** what a subject split off by an attribution opens with: "This campaign", "The mayor", "Ortiz" */
const SUBJECT_OPENING = new Set(['DET', 'PROPN', 'NOUN', 'ADJ', 'NUM', 'PRON']);

/**
 * toks[after] is the comma that closes the attribution, which opens at the comma toks[m], and the words before that
 * comma are the subject of the verb after the other: one phrase that opens the sentence, perhaps after "But" or "And".
 * A subject may hold a verb in a relative clause ("But the years that followed, he said, brought …"); a clause
 * before the attribution is no subject of a participle after it ("Sales rose 4 percent, the group said, compared
 * with …").
 */
export function splitsSubject(st: Sentence, m: number, after: number): boolean {
  const { toks } = st;
  if (toks[m]?.t !== ',' || toks[after]?.t !== ',') return false;
  const first = subjectStart(st);
  if (first < 0 || first >= m) return false;
  for (let k = first; k < m; k++) if (toks[k].t === ',' || toks[k].t === ';') return false;
  const v = predicateAt(st, after + 1);
  if (v < 0) return false;
  if (toks[v].pos === 'AUX' || !/(?:ed|en)$/.test(toks[v].l) || !hasFiniteVerb(st, first, m - 1)) return true;
  for (let k = first + 1; k < m; k++) if (RELATIVE_OPENERS.has(toks[k].l)) return true;
  return false;
}

/** where the subject starts: past an opening "But" or "And"; -1 when the sentence does not open with a subject */
export function subjectStart(st: Sentence): number {
  const { toks } = st;
  const k = toks[0]?.pos === 'CCONJ' ? 1 : 0;
  const t = toks[k];
  if (!t) return -1;
  if (SUBJECT_OPENING.has(t.pos)) return t.pos === 'PRON' && !POSSESSIVES.has(t.l) ? -1 : k;
  // the tagger reads an opening plural or gerund as a verb: "Acts of protest", "Freeing her husband", "Riding alone"
  return t.pos === 'VERB' && /^\p{Lu}/u.test(t.t) && /(?:ing|s)$/.test(t.l) ? k : -1;
}

/** "His wife, he says, …", "Their plan, …": a possessive opens a subject, "He, she said, …" is no report */
const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

/**
 * the finite verb of the predicate that opens at toks[k], or -1: an auxiliary ("are", "would", "can") or a verb
 * ("plans", "celebrated"), perhaps after adverbs ("never happened"); not a participle ("…, he said, citing …") nor a
 * passive with its agent ("…, the mayor said, followed by …")
 */
function predicateAt(st: Sentence, k: number): number {
  const { toks } = st;
  let v = k;
  while (toks[v]?.pos === 'ADV') v++;
  const t = toks[v];
  if (!t) return -1;
  if (t.pos === 'AUX') return v;
  return t.pos !== 'VERB' || t.l.endsWith('ing') || toks[v + 1]?.l === 'by' ? -1 : v;
}

/**
 * Past the end of an attribution that may split a subject from its verb, to the comma that closes it: the addressee
 * ("he told me"), when ("said then", "told me on Friday") and where ("said in a June report").
 */
export function pastAttribution(st: Sentence, c: Cue, k: number): number {
  const { toks } = st;
  if (ADDRESSEE_CUES.has(c.lemma)) {
    if (toks[k]?.pos === 'PRON' && OBJECT_PRONOUNS.has(toks[k].l)) k++;
    else if (toks[k]?.pos === 'PROPN' || toks[k]?.pos === 'DET') {
      const obj = phraseStartingAt(toks, k, st.prose, 0);
      if (obj && obj.last - k < 6) k = obj.last + 1;
    }
  }
  for (let guard = 0; guard < 3 && toks[k]; guard++) {
    if (toks[k].pos === 'ADV' || TIME_WORDS.has(toks[k].l)) k++;
    else break;
  }
  return pastSetting(st, k);
}
