/**
 * Where the plain noun phrase an object cue reports ends: "Trump attacked Machado in early-morning tweets", "The union
 * endorsed Clinton on Thursday", "Ortiz praised the crews during the hearing". What follows the phrase says where or
 * when it was said, as after "said" ("said in a statement"), or goes on with a second verb of the speaker's ("praised
 * the crews and thanked the volunteers"), and is not part of what is reported.
 */
import words from '../data/attribution-words.json';
import type { TaggedTok } from '../tagger';
import { TAIL_NOUNS, TIME_WORDS } from './words';

const ALWAYS = new Set(words.objectSettings.always);
const PREPOSITIONS = new Set(words.objectSettings.prepositions);
const HEADS = new Set([...words.objectSettings.heads, ...TAIL_NOUNS, ...TIME_WORDS]);
const DAYS = new Set(words.objectSettings.days);
const TIME_OPENERS = new Set(words.objectSettings.timeOpeners);

/** the words a plain noun phrase is made of, before the setting after it */
const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'CCONJ', 'ADP', 'PRON', 'SYM']);

/** what may close a noun phrase: its head, a name, a pronoun or a number */
const PHRASE_ENDS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);

/**
 * The last token of the reported noun phrase in toks[from..to] when a setting follows it, else to. Words with a verb
 * or a relative clause before the setting are more than a noun phrase, and keep their end.
 */
export function objectEnd(toks: TaggedTok[], from: number, to: number): number {
  // "notes that the Commission on Presidential Debates announced …": a clause, not a noun phrase
  const first = toks[from];
  if (!NOUN_PHRASE.has(first.pos) || first.pos === 'ADP' || (first.l === 'that' && first.pos !== 'DET')) return to;
  for (let k = from + 1; k <= to; k++) {
    const t = toks[k];
    if (PHRASE_ENDS.has(toks[k - 1].pos) && settingAt(toks, k, to)) return k - 1;
    // "disagreed with the ruling and plan to appeal": a second verb of the speaker's ends the object
    if (PHRASE_ENDS.has(toks[k - 1].pos) && secondVerbAt(toks, k, to)) return k - 1;
    if (!NOUN_PHRASE.has(t.pos) && t.pos !== 'PUNCT') return to;
    if (t.pos === 'PUNCT' && !/^[-'’]$/.test(t.t)) return to;
  }
  return to;
}

/** toks[k] opens where or when something was said: "during the debate", "in a statement", "on Thursday" */
function settingAt(toks: TaggedTok[], k: number, to: number): boolean {
  const t = toks[k];
  // "endorsed Ortiz Tuesday", "praised the crews yesterday", "criticized the plan last week", closing the words (in
  // the middle they may split a phrase: "announced plans this week to give …")
  if (DAYS.has(t.l)) return k === to;
  if (TIME_OPENERS.has(t.l) && /^\p{Ll}/u.test(t.t) && TIME_WORDS.has(toks[k + 1]?.l ?? '')) return k + 1 === to;
  // a headline in title case capitalises its small words: "Website Shows Bias When It Comes To …"
  if (!/^\p{Ll}/u.test(t.t)) return false;
  if (ALWAYS.has(t.l)) return k < to;
  if (!PREPOSITIONS.has(t.l)) return false;
  // the head of the phrase after the preposition, past its determiner and modifiers
  for (let h = k + 1; h <= Math.min(to, k + 5); h++) {
    const w = toks[h];
    if (w.pos === 'NOUN' || w.pos === 'PROPN') {
      const next = toks[h + 1];
      // "on Twitter", "in a statement", "on Thursday", "in early-morning tweets" (its last noun heads the phrase)
      if (next && h < to && (next.pos === 'NOUN' || next.pos === 'PROPN')) continue;
      return HEADS.has(w.l) || HEADS.has(w.l.replace(/s$/, ''));
    }
    if (!['DET', 'ADJ', 'NUM', 'PRON', 'PART'].includes(w.pos) && !/-/.test(w.t)) return false;
  }
  return false;
}

/** toks[k] is "and" before a verb of the subject's own: "praised the crews and thanked …", "… and plan to appeal" */
function secondVerbAt(toks: TaggedTok[], k: number, to: number): boolean {
  if (toks[k].l !== 'and' || k + 1 > to) return false;
  let v = k + 1;
  while (v < to && toks[v].pos === 'ADV') v++;
  const verb = toks[v];
  return (verb.pos === 'VERB' || verb.pos === 'AUX') && !verb.l.endsWith('ing');
}
