/**
 * The tagger's misreadings of the words around a cue, mended before the clause rules read them. Each one hid the
 * speaker or the cue of a claim on PolNeAR train and dev: "Fed officials have said …" ("Fed" read as a verb, so the
 * subject broke), "She further announced …", "Critics call it …" and "The candidate claims his …" (the cue read as a
 * noun), "some analyses suggest …" (the plural read as a verb), "each year of education yields a 10 % bump" (the
 * reported clause's verb read as a noun). The word lists are data (core/data/tag-corrections.json).
 */
import LISTS from '../data/tag-corrections.json';
import type { TaggedTok } from '../tagger';
import { ADDRESSEE_CUES, CUES, NOUN_LIKE, PHRASAL, TIME_WORDS } from './words';

const NOUN_MODIFIERS = new Set(LISTS.nounModifiers.words);
const VERB_ADVERBS = new Set(LISTS.verbAdverbs.words);
const PLURAL_SUBJECTS = new Set(LISTS.pluralSubjects.words);
const PLURAL_MODIFIERS = new Set(LISTS.pluralModifiers.words);
const NOUNS_FIRST = new Set(LISTS.nounsFirst.words);
const OPENING_VERBS = new Set(LISTS.openingVerbs.words);

export function mendCueNeighbours(toks: TaggedTok[]): TaggedTok[] {
  nounModifiers(toks);
  openingModifiers(toks);
  adverbsBeforeVerbs(toks);
  pluralsBeforeCues(toks);
  verbsReadAsNouns(toks);
  return toks;
}

/** what may stand before a noun it modifies: nothing, a determiner, a preposition, an adjective, a conjunction … */
const BEFORE_MODIFIER = new Set(['DET', 'ADP', 'ADJ', 'PUNCT', 'CCONJ', 'SCONJ', 'NUM']);

/**
 * "Fed officials have said", "advocates for stem cell research said": a listed word read as a verb before a noun is
 * the noun's modifier, unless a subject or "to" comes before it ("Ranchers fed the cattle", "to stem the losses")
 */
function nounModifiers(toks: TaggedTok[]): void {
  for (let i = 0; i < toks.length - 1; i++) {
    const t = toks[i];
    if (t.pos !== 'VERB' || !NOUN_MODIFIERS.has(t.l)) continue;
    const next = toks[i + 1];
    if (next.pos !== 'NOUN' && next.pos !== 'PROPN') continue;
    if (i > 0 && !BEFORE_MODIFIER.has(toks[i - 1].pos)) continue;
    t.pos = /^\p{Lu}/u.test(t.t) ? 'PROPN' : 'NOUN';
  }
}

/** words a subject's noun phrase may hold between its first word and its verb: "Parenthood's president Cecile Richards" */
const SUBJECT_NOUNS = new Set(['NOUN', 'PROPN', 'PART', 'ADJ']);
const MAX_OPENING = 8;

/**
 * "Leading Democrats say that …", "Planned Parenthood's president noted that …": a capitalised word that opens the
 * sentence, read as a verb before a noun, is the subject's first word when only nouns follow it up to a cue verb
 * that is finite ("said", "notes", "have said", "Democrats say"). An order keeps its verb: "Follow Pam Key on
 * Twitter", "Watch Trump explain …" (a plain form after a singular name is no finite verb).
 */
function openingModifiers(toks: TaggedTok[]): void {
  let i = 0;
  while (i < toks.length && toks[i].pos === 'PUNCT') i++;
  const t = toks[i];
  if (!t || t.pos !== 'VERB' || !/^\p{Lu}\p{Ll}+$/u.test(t.t) || OPENING_VERBS.has(t.l)) return;
  let j = i + 1;
  while (j < toks.length && j - i <= MAX_OPENING && SUBJECT_NOUNS.has(toks[j].pos)) j++;
  if (j === i + 1 || j >= toks.length || !finiteCue(toks, j)) return;
  const next = toks[i + 1];
  t.pos = next.pos !== 'PROPN' && /(?:ing|ed)$/.test(t.l) ? 'ADJ' : 'PROPN';
}

/** toks[j] is a cue verb with a subject before it: after an auxiliary, inflected, or plain after a plural */
function finiteCue(toks: TaggedTok[], j: number): boolean {
  let k = j;
  while (k < toks.length && (toks[k].pos === 'AUX' || toks[k].pos === 'PART')) k++;
  const cue = toks[k];
  if (!cue || cue.pos !== 'VERB' || cue.l.endsWith('ing')) return false;
  const lemma = CUES.get(cue.l);
  if (lemma === undefined) return false;
  return k > j || cue.l !== lemma || pluralSubject(toks[j - 1]);
}

/** "She further announced that …": a listed adverb read as a verb between its subject and a verb is an adverb */
function adverbsBeforeVerbs(toks: TaggedTok[]): void {
  for (let i = 1; i < toks.length - 1; i++) {
    const t = toks[i];
    if ((t.pos !== 'VERB' && t.pos !== 'ADJ') || !VERB_ADVERBS.has(t.l)) continue;
    const prev = toks[i - 1].pos;
    const subject = prev === 'PRON' || prev === 'PROPN' || prev === 'NOUN';
    if (subject && toks[i + 1].pos === 'VERB' && !toks[i + 1].l.endsWith('ing')) t.pos = 'ADV';
  }
}

/** determiners that open a noun phrase; "that", "this" … may also stand alone ("that seems designed to …") */
const STANDALONE = new Set(['that', 'this', 'which', 'what', 'these', 'those']);

/**
 * "some analyses suggest that …", "when the emails revealed …": a plural read as a verb after a determiner or an
 * adjective and right before a cue verb is the subject's noun
 */
function pluralsBeforeCues(toks: TaggedTok[]): void {
  for (let i = 1; i < toks.length - 1; i++) {
    const t = toks[i];
    const prev = toks[i - 1];
    const next = toks[i + 1];
    if (t.pos !== 'VERB' || !/^\p{Ll}+[^s']s$/u.test(t.t) || next.pos !== 'VERB' || !CUES.has(next.l)) continue;
    if (prev.pos === 'ADJ' || (prev.pos === 'DET' && !STANDALONE.has(prev.l))) t.pos = 'NOUN';
  }
}

type Form = 'bare' | 'third' | 'past';

/** how a cue form is inflected: "call", "calls", "called" ("calling" is left alone) */
function formOf(word: string, lemma: string): Form | null {
  if (word === lemma) return 'bare';
  if (word.endsWith('ing')) return null;
  return word.endsWith('s') ? 'third' : 'past';
}

const PLURAL = /^[\p{L}.-]*\p{Ll}[^s'’]s$/u;

/** a plural noun or a word that stands for a group: "Critics", "Republicans", "some", "those who" */
function pluralSubject(t: TaggedTok): boolean {
  if (PLURAL_SUBJECTS.has(t.l)) return true;
  return (t.pos === 'NOUN' || t.pos === 'PROPN') && PLURAL.test(t.t) && !PLURAL_MODIFIERS.has(t.l);
}

/** a singular subject's last word: a name, a singular noun, "he", "she", "it" */
function singularSubject(t: TaggedTok): boolean {
  if (t.pos === 'PROPN') return true;
  if (t.pos === 'PRON') return t.l === 'he' || t.l === 'she' || t.l === 'it' || t.l === 'who';
  return t.pos === 'NOUN' && !/[^s]s$/.test(t.l);
}

/** tags a subject's words may have: "the State Department", "three-fourths of them", "Trump's lawyer" */
const SUBJECT_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PART', 'PRON', 'ADP']);
/** how far back a subject may reach for its clause's start */
const MAX_SUBJECT = 12;

/**
 * true when the words before toks[i] are a subject that opens a clause: back to the sentence's start, a punctuation
 * mark, a conjunction, or a cue whose reported words start there ("Doyle said each year of education yields …"); a
 * verb that takes an addressee is no such start ("told party leaders the plan")
 */
function subjectOpensClause(toks: TaggedTok[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= MAX_SUBJECT; k--) {
    const t = toks[k];
    if (t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.pos === 'SCONJ') return true;
    if (t.pos === 'VERB' || t.pos === 'AUX') {
      const lemma = CUES.get(t.l);
      return lemma !== undefined && !ADDRESSEE_CUES.has(lemma);
    }
    if (!SUBJECT_TAGS.has(t.pos)) return false;
  }
  return i <= MAX_SUBJECT;
}

const AMOUNT_OR_DET = new Set(['DET', 'NUM', 'SYM']);

/** tags that open a plain object or a reported clause: "calls it", "claims his", "demands the", "questions Trump" */
const OBJECT_OPENERS = new Set(['DET', 'PRON', 'PROPN', 'NUM', 'SYM']);
/** words after a plural noun that float or open a relative: "parties all over Europe", "officials whose laws …" */
const NOT_OBJECTS = new Set(['all', 'both', 'each', 'whose', 'which', 'who', 'whom']);
const TIME_DETERMINERS = new Set(['this', 'last', 'next']);
/** words that open a reported question: "Others wonder how …", "Some question whether …" */
const QUESTION_WORDS = new Set(['how', 'whether', 'why', 'if', 'what', 'when']);

/** toks[i + 1] can open what toks[i] reports, not a time ("voters polled Tuesday", "officials this week") */
function objectAfter(toks: TaggedTok[], i: number): boolean {
  const next = toks[i + 1];
  if (NOT_OBJECTS.has(next.l) || TIME_WORDS.has(next.l)) return false;
  return !(TIME_DETERMINERS.has(next.l) && TIME_WORDS.has(toks[i + 2]?.l ?? ''));
}

/** how much the word after a cue read as a noun must show it to be a verb */
type Strictness = 'object' | 'clause' | 'any';

/**
 * the word after a cue read as a noun opens what it reports: a name, a pronoun, a determiner or a number ("object");
 * also "that", "to" or a question word ("clause"); also a noun or an adjective ("any")
 */
function opensObject(toks: TaggedTok[], i: number, form: Form, strictness: Strictness): boolean {
  const next = toks[i + 1];
  if (!objectAfter(toks, i)) return false;
  if (PHRASAL.get(toks[i].l)?.particles.some((p) => p[0] === next.l)) return true;
  // "that" may open a relative on the noun ("Southern states that hold …"): a clause, not a plain object
  if (next.l === 'that') return strictness !== 'object';
  if (OBJECT_OPENERS.has(next.pos)) return form !== 'past' || next.pos !== 'DET'; // "voters surveyed the …"
  if (strictness === 'object') return false;
  if ((next.l === 'to' && next.pos === 'PART') || QUESTION_WORDS.has(next.l)) return true;
  // "fundraising reports show …": a noun that is itself a cue form is the verb
  return strictness === 'any' && (next.pos === 'ADJ' || (next.pos === 'NOUN' && !CUES.has(next.l)));
}

/**
 * "object" for a cue read as an adverb or an adjective, one that news mostly writes as a plural noun ("states",
 * "remarks": "Southern states that …", "her opening remarks that …"), or a plain form after "the" and a name in "-s"
 * ("the Sanders plan to …"); "clause" for a cue often written as a noun ("reports", "estimates"), a plain form after
 * a name in "-s" ("Polls show that …", "Critics charge that …"), or one in "-s" after a common noun ("the campaign
 * plans to …" but "the campaign plans tax cuts")
 */
function strictnessOf(toks: TaggedTok[], i: number, form: Form): Strictness {
  const t = toks[i];
  const prev = toks[i - 1];
  const afterName = form === 'bare' && prev.pos === 'PROPN';
  // "Judge rejects New York Times request to unseal …"
  const nounAfterName = afterName && (toks[i - 2]?.pos === 'DET' || NOUN_LIKE.has(t.l));
  if (t.pos !== 'NOUN' || NOUNS_FIRST.has(t.l) || nounAfterName) return 'object';
  return NOUN_LIKE.has(t.l) || afterName || (form === 'third' && prev.pos === 'NOUN') ? 'clause' : 'any';
}

/**
 * "The candidate claims his net worth …", "Critics call it …", "Some say they …", "Women back him": a cue read as a
 * noun (or "back" as an adverb, "mock" as an adjective) right after a subject that agrees with it, before what it
 * reports, is the clause's verb. A possessive or a determiner right before it keeps it a noun ("Trump's attacks on
 * …", "his support for …", "the DOJ demand that …").
 */
function verbsReadAsNouns(toks: TaggedTok[]): void {
  for (let i = 1; i < toks.length - 1; i++) {
    const t = toks[i];
    if (t.pos === 'VERB' || !/^\p{Ll}+$/u.test(t.t)) continue;
    const lemma = CUES.get(t.l);
    if (!lemma) {
      if (verbInS(toks, i)) t.pos = 'VERB';
      continue;
    }
    const form = formOf(t.l, lemma);
    if (!form || (t.pos !== 'NOUN' && (form === 'third' || (t.pos !== 'ADV' && t.pos !== 'ADJ')))) continue;
    const prev = toks[i - 1];
    const agrees = form === 'third' ? singularSubject(prev) : pluralSubject(prev);
    if (!agrees || !opensObject(toks, i, form, strictnessOf(toks, i, form))) continue;
    // "voters who favor its use": a relative pronoun is the subject of its own clause
    if (prev.l === 'who' || subjectOpensClause(toks, i - 1)) t.pos = 'VERB';
  }
}

/**
 * "The plan yields a 10 % bump", "that same membership costs $25,000": any word in "-s" read as a noun after a
 * singular noun that opens the clause, and before a determiner or an amount, is the verb
 */
function verbInS(toks: TaggedTok[], i: number): boolean {
  const t = toks[i];
  const prev = toks[i - 1];
  if (t.pos !== 'NOUN' || !/[^s]s$/.test(t.l) || prev.pos !== 'NOUN' || /[^s]s$/.test(prev.l)) return false;
  const next = toks[i + 1];
  if (!AMOUNT_OR_DET.has(next.pos) || next.l === 'that') return false; // "interest groups that support …"
  return objectAfter(toks, i) && subjectOpensClause(toks, i - 1);
}
