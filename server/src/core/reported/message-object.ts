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
/** verbs whose own objects make them report, instead of the shared list: "made the case", "made no mention of" */
const OWN_NOUNS = new Map<string, Set<string>>();
for (const [lemma, nouns] of Object.entries(words.messageObjectCues.ownNouns))
  if (Array.isArray(nouns)) {
    OWN_NOUNS.set(lemma, new Set(nouns));
    for (const f of (words.messageObjectCues.ownForms as Record<string, string[]>)[lemma]) MESSAGE_VERBS.set(f, lemma);
  }
/** every object noun that may make a verb report: the cheap test before tagging reads it */
export const ANY_MESSAGE_NOUN = new Set([...MESSAGE_NOUNS, ...[...OWN_NOUNS.values()].flatMap((n) => [...n])]);
/** "offered to cover the cost of schooling": an offer reports an infinitive too */
export const MESSAGE_INFINITIVES = new Set(words.messageObjectCues.infinitive);

/** the words of an object before its head: "no", "some pointed", "his early", "the crowd an emotional" */
const OBJECT_RUN = new Set(['DET', 'ADJ', 'ADV', 'NUM', 'NOUN', 'PROPN']);
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
/** determiners of an object that points back to what was reported before: "the comments", "this statement" */
const POINTING_BACK = new Set(['the', 'this', 'these', 'those', 'that']);
/** words after an object's head that give it words of its own: "the case that …", "the pledge to …" */
const OWN_WORDS_AFTER = new Set(['that', 'to', 'of', 'about', 'on', 'for', 'against']);
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
  const nouns = OWN_NOUNS.get(lemma) ?? MESSAGE_NOUNS;
  const head = objectHead(toks, i + 1);
  if (head < 0 || !nouns.has(toks[head].l) || referredBack(toks, i + 1, head, OWN_NOUNS.has(lemma))) return null;
  return { lemma, first: i, last: i };
}

/**
 * "made the comments Friday during …", "made this statement during the debate": an object that points back to words
 * reported before it, with nothing of its own after it (not "made the case that …", "the pledge to …"). After
 * "made" a possessive points back too ("made his remarks during the breakfast"), though not after "offered" ("gave
 * his assessment of the race")
 */
function referredBack(toks: TaggedTok[], k: number, head: number, owned: boolean): boolean {
  const back = POINTING_BACK.has(toks[k].l) || (owned && POSSESSIVES.has(toks[k].l));
  return back && !OWN_WORDS_AFTER.has(toks[head + 1]?.l ?? '');
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

/** the index of the head of the noun phrase from toks[k], its last noun before a word not of the phrase, or -1 */
function objectHead(toks: TaggedTok[], k: number): number {
  let head = -1;
  for (let j = k; j < Math.min(toks.length, k + MAX_RUN); j++) {
    const t = toks[j];
    if (t.pos === 'NOUN') head = j;
    else if (!(OBJECT_RUN.has(t.pos) || isPossessiveMark(t) || (t.pos === 'PRON' && POSSESSIVES.has(t.l)))) break;
  }
  return head;
}
