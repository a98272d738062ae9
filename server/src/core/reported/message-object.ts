/**
 * Verbs that report only through what their object names: "He offered no proof that …", "Clinton unveiled a
 * proposal to create …", "The agency issued a warning about …". The verb is a cue when the head of its object is a
 * word for something said, proposed or judged (messageObjectCues.nouns); "crews offered water to residents" and "the
 * mayor unveiled a statue" report nothing.
 */
import { isPossessiveMark } from '../phrases';
import type { TaggedTok } from '../tagger';
import words from '../data/attribution-words.json';
import type { Cue } from './cues';

/** word form → lemma of the verbs that report through their object */
export const MESSAGE_VERBS = new Map<string, string>();
for (const [lemma, forms] of Object.entries(words.messageObjectCues.verbs as Record<string, string[]>))
  for (const f of forms) MESSAGE_VERBS.set(f, lemma);
export const MESSAGE_NOUNS = new Set(words.messageObjectCues.nouns);
/** "offered to cover the cost of schooling": an offer reports an infinitive too */
export const MESSAGE_INFINITIVES = new Set(words.messageObjectCues.infinitive);

/** the words of an object before its head: "no", "some pointed", "his early", "the crowd an emotional" */
const OBJECT_RUN = new Set(['DET', 'ADJ', 'ADV', 'NUM', 'NOUN', 'PROPN']);
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
/** how far an object's head may be from its verb */
const MAX_RUN = 7;

/** the message cue at toks[i]: a verb of the list whose object's head names something said, or null */
export function messageCueAt(toks: TaggedTok[], i: number): Cue | null {
  const t = toks[i];
  const lemma = MESSAGE_VERBS.get(t.l);
  if (!lemma || !verbHere(toks, i)) return null;
  const next = toks[i + 1];
  if (next?.l === 'to' && MESSAGE_INFINITIVES.has(lemma) && toks[i + 2]?.pos === 'VERB')
    return { lemma, first: i, last: i };
  return MESSAGE_NOUNS.has(objectHead(toks, i + 1)) ? { lemma, first: i, last: i } : null;
}

/**
 * toks[i] is the verb: tagged so, or a form in -s or -ed the tagger read as a noun or an adjective right after a
 * name or a pronoun ("DNC issues apology", "Trump offered …"); not a noun after a determiner ("the issues", "an offer")
 */
function verbHere(toks: TaggedTok[], i: number): boolean {
  const t = toks[i];
  if (t.pos === 'VERB') return true;
  const prev = toks[i - 1];
  return (t.pos === 'NOUN' || t.pos === 'ADJ') && /(?:[^s]s|ed)$/.test(t.l) && !!prev && prev.pos === 'PROPN';
}

/** the lower-case head of the noun phrase from toks[k]: its last noun before a word that is not of the phrase */
function objectHead(toks: TaggedTok[], k: number): string {
  let head = '';
  for (let j = k; j < Math.min(toks.length, k + MAX_RUN); j++) {
    const t = toks[j];
    if (t.pos === 'NOUN') head = t.l;
    else if (!(OBJECT_RUN.has(t.pos) || isPossessiveMark(t) || (t.pos === 'PRON' && POSSESSIVES.has(t.l)))) break;
  }
  return head;
}
