/**
 * A relative clause without "who" or "that" inside a long subject: "Several people I've spoken with over the last
 * couple of weeks said …", "None of the scholars I interviewed thought …", "The officials we spoke to said …". A
 * personal pronoun right after the head noun, with its own verb after it, opens the clause; the speaker is the head.
 */
import type { Sentence } from './sentence';

/** pronouns that may be the subject of a relative clause without its relative word */
const CLAUSE_SUBJECTS = new Set(['i', 'we', 'he', 'she', 'they', 'you']);

/** toks[k] opens a relative clause without its relative word, inside a subject ending at toks[j] */
export function contactRelativeAt(st: Sentence, k: number, j: number): boolean {
  const { toks } = st;
  const prev = toks[k - 1];
  if (k >= j || !prev || !CLAUSE_SUBJECTS.has(toks[k].l)) return false;
  if (prev.pos !== 'NOUN' && prev.pos !== 'PROPN') return false;
  // the clause runs on to the cue: after a comma the words may be the sentence's own verb ("The editor I was
  // talking to, Tim Grieve, interrupted me to announce …")
  for (let e = k + 1; e <= j; e++) if (st.toks[e].pos === 'PUNCT') return false;
  // its verb, perhaps after an auxiliary: "I interviewed", "I've spoken", "we had talked"
  let v = k + 1;
  while (v < j && toks[v].pos === 'AUX') v++;
  return v <= j && toks[v].pos === 'VERB';
}
