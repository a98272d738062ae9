/**
 * A second clause joined to the first by "and" or "but" that opens with an adverbial clause and then names its own
 * speaker and cue: "She said the plan leaves out fathers, and when pressed on why, the mother of three replied …",
 * "…, but asked about the cost, Ortiz said …". The second speaker's attribution is not a trailing attribution of
 * the first clause's words: the first claim ends before the "and".
 */
import words from '../data/attribution-words.json';
import type { Sentence } from './sentence';
import { speakerThenCue } from './trailing';

/** what opens a fronted adverbial clause: "when", "after", "if" … */
const OPENERS = new Set(words.subjectOpeners.words);

/** the joining words: "and when asked …", "but if pressed …" */
const JOINS = new Set(['and', 'but']);

/** the longest adverbial clause read over, in words */
const MAX_FRONTED = 25;

/**
 * toks[k] is "and" or "but" opening a clause whose fronted adverbial ("when pressed on why …,") is followed by a
 * speaker and a cue of its own ("the mother replied"): the index of the comma before that speaker, else -1.
 */
export function frontedAttribution(st: Sentence, k: number): number {
  const { toks } = st;
  if (!JOINS.has(toks[k]?.l ?? '')) return -1;
  const open = toks[k + 1];
  // "when", "if", "after" …, or a participle standing for one: "asked about …", "pressed on …"
  const fronted = !!open && (OPENERS.has(open.l) || (open.pos === 'VERB' && open.l.endsWith('ed')));
  if (!fronted) return -1;
  for (let e = k + 2; e < Math.min(toks.length - 2, k + MAX_FRONTED); e++) {
    if (toks[e].t === ';' || /^["“”]$/.test(toks[e].t)) return -1;
    if (toks[e].t !== ',') continue;
    return speakerThenCue(st, e + 1) ? e : -1;
  }
  return -1;
}
