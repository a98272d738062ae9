/**
 * An answer that stands for a whole clause after a cue of speech: "Everyone but Hewlett said yes.", "Last month, 26
 * percent said the same.", "He said no to the Iraq war.", "Jeff Flake said he would." What the speaker said is the
 * clause the answer stands for; the answer is the reported words.
 */
import words from '../data/attribution-words.json';
import type { TaggedTok } from '../tagger';
import type { Cue } from './cues';

const CUES = new Set(words.ellipticalAnswers.cues);
const ANSWERS = words.ellipticalAnswers.words.map((w) => w.split(' '));

/** toks[from..to] is an answer for the clause a cue of speech reports */
export function ellipticalAnswer(toks: TaggedTok[], c: Cue, from: number, to: number): boolean {
  if (!CUES.has(c.lemma) || from > to) return false;
  const answer = ANSWERS.find((a) => a.every((w, j) => toks[from + j]?.l === w));
  if (answer) {
    const end = from + answer.length - 1;
    // "said no to the Iraq war", "said yes to the merger"; "said the same of Clinton"
    const what = toks[end + 1]?.l === 'to' || toks[end + 1]?.l === 'of' || toks[end + 1]?.l === 'about';
    return end === to || (what && to > end + 1);
  }
  // "Jeff Flake said he would.", "They said she could.": a subject and its bare auxiliary
  const subject = toks[from].pos === 'PRON' || toks[from].pos === 'PROPN' || toks[from].pos === 'NOUN';
  return to === from + 1 && subject && toks[to].pos === 'AUX' && /^\p{Ll}/u.test(toks[to].t);
}
