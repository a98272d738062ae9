/**
 * Where or when a statement was made, between its cue and the clause it reports, with no "that" to mark the clause:
 * "Trump said after the convention he would not …", "The mayor said in an interview Tuesday the plan would …".
 * The reported clause opens at its own subject, found as a subject and a finite verb right after a setting phrase.
 */
import type { TaggedTok } from '../tagger';
import type { Sentence } from './sentence';
import { PERSONAL_SUBJECTS, POSSESSIVE_PRONOUNS, SETTING_PREPS, TIME_WORDS } from './words';

/** the words a setting phrase is made of: "at a recent news conference", "after the convention", "in Ohio on Monday" */
const SETTING_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP']);

/** what may stand in a subject between its first word and its verb: "the plan", "his campaign manager" */
const SUBJECT_TAGS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

/** a setting ends in a noun, a name, a number or a time word: "the convention", "Tuesday", "2015" */
const SETTING_ENDS = new Set(['NOUN', 'PROPN', 'NUM']);

/** the longest setting phrase read over, in words */
const MAX_SETTING = 8;

/**
 * When toks[k] opens a setting phrase ("after the convention") that a clause with its own subject and finite verb
 * follows ("he would not accept …"), the index of that subject; otherwise -1.
 */
export function clauseAfterSetting(st: Sentence, k: number): number {
  const { toks } = st;
  const span = forAWhile(toks, k);
  if (!(SETTING_PREPS.has(toks[k]?.l ?? '') || span > 0) || toks[k].pos !== 'ADP') return -1;
  // "for weeks" is all the setting there is: not "argued for years of back pay the city owes"
  const last = span > 0 ? k + span : k + MAX_SETTING;
  for (let s = span > 0 ? last : k + 2; s <= Math.min(toks.length - 2, last); s++) {
    if (!SETTING_TAGS.has(toks[s - 1].pos) && !TIME_WORDS.has(toks[s - 1].l)) return -1;
    if (!settingEndsBefore(toks, s)) continue;
    const verb = subjectEnd(toks, s);
    if (verb > 0 && finiteAt(toks, verb)) return s;
  }
  return -1;
}

/**
 * "has said for weeks he is the only one …": "for" and a span of time, and its length in words; not "for" before
 * anything else, which may be what the cue asks or argues for; -1 when not so
 */
function forAWhile(toks: TaggedTok[], k: number): number {
  if (toks[k]?.l !== 'for') return -1;
  const n = toks[k + 1]?.pos === 'NUM' || toks[k + 1]?.pos === 'ADJ' ? 2 : 1;
  const time = toks[k + n];
  return time && /s$/.test(time.l) && TIME_WORDS.has(time.l) ? n + 1 : -1;
}

/** toks[s - 1] closes a setting phrase and toks[s] may open a subject: "the convention | he", "Tuesday | the plan" */
function settingEndsBefore(toks: TaggedTok[], s: number): boolean {
  const last = toks[s - 1];
  if (!SETTING_ENDS.has(last.pos) && !TIME_WORDS.has(last.l)) return false;
  const t = toks[s];
  if (PERSONAL_SUBJECTS.has(t.l) || t.l === 'it') return true;
  if (t.pos === 'DET' || POSSESSIVE_PRONOUNS.has(t.l)) return t.l !== 'that' && t.l !== 'this';
  // "said at the rally Trump would …": a name after a common noun; two names side by side cannot be told apart
  return t.pos === 'PROPN' && (last.pos === 'NOUN' || TIME_WORDS.has(last.l)) && /^\p{Ll}/u.test(last.t);
}

/** the index after a short subject opening at toks[s] ("he", "the plan", "Ted Cruz's campaign"), or -1 */
function subjectEnd(toks: TaggedTok[], s: number): number {
  if (PERSONAL_SUBJECTS.has(toks[s].l) || toks[s].l === 'it') return s + 1;
  let e = s + 1;
  while (e < toks.length && e - s <= 5 && (SUBJECT_TAGS.has(toks[e].pos) || toks[e].pos === 'PART')) e++;
  return e - 1 > s || toks[s].pos === 'PROPN' ? e : -1;
}

/** toks[v] is a finite verb or an auxiliary, perhaps after an adverb: "would", "will not", "never accepted" */
function finiteAt(toks: TaggedTok[], v: number): boolean {
  const t = toks[v]?.pos === 'ADV' ? toks[v + 1] : toks[v];
  if (!t) return false;
  return t.pos === 'AUX' || (t.pos === 'VERB' && !t.l.endsWith('ing'));
}
