/**
 * A cue inside a relative clause whose verb follows the cue at once: the noun before the clause is that verb's
 * subject, and the clause's own subject is the speaker. "the state funding system, which advocates say
 * [disadvantages needy schools]", "a move that the kingdom hopes [will shatter U.S. perceptions]", "a probe the agency
 * said [was ongoing]", "what many analysts said [was a sign of thawing relations]". Read only when no other rule
 * found a claim in the sentence, or after the last claim's words; a relative inside reported words is the outer
 * claim's (see gappedRelative).
 */
import { type Phrase, phraseStartingAt } from '../phrases';
import { type Cue, cueAt } from './cues';
import { beforeNextClaim } from './next-claim';
import { claim, lastWord, type ReportedClaim, type Sentence, span } from './sentence';
import { relativeEnd } from './relative-clause';
import { quantifierPhrase } from './subject';
import { BRIDGE_CUES, CUES } from './words';

/** the longest subject a relative clause's speaker may have: "homeland security experts", "the law enforcement agency" */
const MAX_SPEAKER = 5;

/** the words that open a relative clause whose subject is a speaker (not "whose": "whose members say …") */
const RELATIVES = new Set(['that', 'which', 'who', 'whom', 'what']);

/** what opens the object of a verb the tagger read as a noun */
const OBJECT_OPENERS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);

/** determiners and names that open the speaker of a relative without "that": "a probe [the agency] said was …" */
const BARE_OPENERS = new Set(['DET', 'PROPN', 'PRON']);

/** the first relative clause from toks[start] on with a cue and its verb right after: the speaker's claim */
export function embeddedRelative(st: Sentence, start = 1): ReportedClaim | null {
  const { toks } = st;
  const end = lastWord(st);
  for (let k = Math.max(start, 1); k < end - 2; k++) {
    const found = relativeCueAt(st, k);
    if (!found) continue;
    const { np, c } = found;
    const from = c.last + 1;
    // the relative of a sentence's subject ends before the main verb ("The records that officials said would
    // compromise the inquiry were released"); one after the main verb runs on to the next claim or the end
    const subject = subjectRelative(st, k);
    // ("The plan, which officials said was flawed, would …": a relative between commas ends at its comma)
    const to = subject ? relativeEnd(st, from, toks[k - 1]?.t === ',') : beforeNextClaim(st, from, end);
    // with no main verb after it the clause is the main one: "The thing he said was stupid."
    if (to - from < 1 || (subject && to >= end)) continue;
    return claim(st, np, c, from, to);
  }
  return null;
}

/**
 * At toks[k], a relative clause's speaker and cue, with a finite verb right after the cue: "[that] officials said
 * would …", "[which] advocates say …", "[who] U.S. officials say is …", "[what] analysts said was …", or without a
 * relative word after a noun: "a dynamic [Greenberg] said could …".
 */
function relativeCueAt(st: Sentence, k: number): { np: Phrase; c: Cue } | null {
  const { toks, prose } = st;
  const t = toks[k];
  const prev = toks[k - 1];
  let first: number;
  if (RELATIVES.has(t.l)) {
    // "what" stands for its own noun; the others follow one, perhaps after a comma ("policies, which he said …")
    const antecedent = prev.t === ',' ? toks[k - 2] : prev;
    if (t.l !== 'what' && !(antecedent?.pos === 'NOUN' || antecedent?.pos === 'PROPN')) return null;
    first = k + 1;
    // "which even critics say …"
    while (toks[first]?.pos === 'ADV') first++;
  } else if (bareRelativeAt(st, k)) first = k;
  else return null;
  let np = quantifierPhrase(st, first) ?? phraseStartingAt(toks, first, prose, 0);
  // "the kingdom hopes will …": the phrase grammar takes a cue the tagger read as a noun for the subject's head
  if (np && np.last > np.first && nounReadCue(st, np.last) && finiteAt(st, np.last + 1))
    np = span(st, np.first, np.last - 1);
  if (!np || np.last - np.first >= MAX_SPEAKER) return null;
  const c = cueAt(toks, np.last + 1) ?? nounReadCue(st, np.last + 1);
  if (!c || !BRIDGE_CUES.has(c.lemma) || c.attitude || c.phrasal) return null;
  return finiteAt(st, c.last + 1) ? { np, c } : null;
}

/** the relative at toks[k] hangs off the sentence's subject: no verb before it */
function subjectRelative(st: Sentence, k: number): boolean {
  for (let j = 0; j < k; j++) if (st.toks[j].pos === 'VERB' || st.toks[j].pos === 'AUX') return false;
  return true;
}

/**
 * toks[k] opens the speaker of a relative clause without a relative word, right after its noun: "a probe [the
 * agency] said was …"; the tagger reads some nouns before a name as adjectives ("a dynamic [Greenberg] said …")
 */
function bareRelativeAt(st: Sentence, k: number): boolean {
  const { toks } = st;
  const prev = toks[k - 1];
  if (!/^\p{Ll}/u.test(prev.t) || !BARE_OPENERS.has(toks[k].pos)) return false;
  return prev.pos === 'NOUN' || (prev.pos === 'ADJ' && toks[k].pos === 'PROPN' && toks[k - 2]?.pos === 'DET');
}

/** a cue form the tagger read as a noun where the clause's verb goes: "critics [say] was", "the kingdom [hopes] will" */
function nounReadCue(st: Sentence, i: number): Cue | null {
  const t = st.toks[i];
  const lemma = t?.pos === 'NOUN' ? CUES.get(t.l) : undefined;
  return lemma ? { lemma, first: i, last: i } : null;
}

/** toks[v] is a finite verb or auxiliary (with adverbs before it): "would", "was", "disadvantages", "could also" */
function finiteAt(st: Sentence, v: number): boolean {
  const { toks } = st;
  while (toks[v]?.pos === 'ADV' && v < st.toks.length - 1) v++;
  const t = toks[v];
  if (!t) return false;
  if (t.pos === 'AUX') return true;
  // "advocates say [disadvantages] needy schools": a verb in -s the tagger read as a noun, before its object
  if (t.pos === 'NOUN' && /\p{Ll}s$/u.test(t.t) && OBJECT_OPENERS.has(toks[v + 1]?.pos ?? '')) return true;
  return t.pos === 'VERB' && !t.l.endsWith('ing') && !/^\p{Lu}/u.test(t.t);
}
