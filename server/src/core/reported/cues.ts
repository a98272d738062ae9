/**
 * Where a cue stands: a reporting verb ("said", "warned"), a verb with its particle ("pointed to"), a stance after
 * "is" ("are afraid that"), "according to", "as X put it", a participle ("…, saying"), and the cue forms the tagger
 * read as nouns but that stand where a verb goes ("Polls show …", "…, the county estimates.").
 */
import { isPossessiveMark } from '../phrases';
import { messageCueAt } from './message-object';
import { OBJECT_WORDS, REGARD_AS, regardsAs } from '../regard-as';
import words from '../data/attribution-words.json';
import corrections from '../data/tag-corrections.json';
import type { TaggedTok } from '../tagger';
import {
  ATTITUDE_INFINITIVES,
  ATTITUDE_PREPS,
  ATTITUDES,
  BE,
  CLAUSE_OPENERS,
  CUES,
  DOCUMENT_SUBJECTS,
  NOUN_LIKE,
  NOUN_OPENERS,
  OBJECT_CUES,
  PARTICIPLES,
  PHRASAL,
  POSSESSIVE_PRONOUNS,
  SHARE_NOUNS,
  STANCE_PARTICIPLES,
  SUBJECT_PRONOUN_FORMS,
  SUBJECT_WORDS,
  TAIL_WORDS,
  TIME_WORDS,
} from './words';

export interface Cue {
  lemma: string;
  /** token index of the cue's first and last token */
  first: number;
  last: number;
  /** a verb with its particle ("pointed to"): what follows is the reported words, never an inverted speaker */
  phrasal?: boolean;
  /** an adjective after "is" or "are" ("are afraid that"): not a passive */
  attitude?: boolean;
}

/** a cue that may come before its speaker: "…, said Dan Ortiz" (not "according to", not "…, pointing to the cost") */
export function invertible(c: Cue): boolean {
  // "…, told his advisers to …" names whom he told: no cue of a speaker after it
  return c.lemma !== 'according to' && c.lemma !== 'tell' && !c.phrasal;
}

const SUBJECT_END = new Set(['PROPN', 'NUM', 'PRON']);

/**
 * A cue form the tagger read as a noun stands where a verb goes: after a subject ("Polls show a close race", "Six in
 * 10 say they …", "Hillary Clinton plans to …") and before the start of a clause or an infinitive. Not after a
 * possessive or a determiner ("the mayor's plans to …", "the plans to …"), and not a singular noun after a noun.
 */
function verbSlot(toks: TaggedTok[], i: number): boolean {
  const prev = toks[i - 1];
  const next = toks[i + 1];
  if (NOUN_LIKE.has(toks[i].l) || !next) return false;
  // "Most Republicans support deportation", "Two-thirds of voters support temporarily banning …"
  if (objectAfterSingular(toks, i)) return true;
  if (!(CLAUSE_OPENERS.has(next.pos) || next.l === 'to')) return objectAfterPlural(toks, i);
  if (next.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(next.l)) return false;
  // "Polls show …"; "The company plans to …" (a singular noun only before an infinitive)
  const plural = (/s$/.test(prev.l) && !/ss$/.test(prev.l)) || SHARE_NOUNS.has(prev.l);
  const present = /[^s]s$/.test(toks[i].l);
  // "The report notes these expenses …": a document as the subject of a present-tense cue
  const document = DOCUMENT_SUBJECTS.has(prev.l) && present;
  const subjectEnd =
    SUBJECT_END.has(prev.pos) ||
    (prev.pos === 'NOUN' && (plural || document || (next.l === 'to' && /s$/.test(toks[i].l))));
  if (!subjectEnd || prev.t === "'s" || prev.t === '’s') return false;
  return prev.pos !== 'PRON' || SUBJECT_PRONOUN_FORMS.has(prev.l);
}

/**
 * A cue form the tagger read as a noun that closes the sentence after a comma and a bare subject: the trailing
 * attribution "…, the county estimates." or "…, engineers estimate." Not after a possessive ("…, the county's
 * estimates.") or a preposition ("…, according to county estimates.").
 */
function closingSlot(toks: TaggedTok[], i: number): boolean {
  const next = toks[i + 1];
  if (next && !/^[.!?]$/.test(next.t)) return false;
  let end = i - 1;
  // "…, records compiled by the Center for Responsive Politics show.": the subject goes on past its agent
  for (let k = i - 2; k >= Math.max(1, i - 10); k--) {
    const t = toks[k];
    if (t.l === 'by' && toks[k - 1].pos === 'VERB' && /(?:ed|en|wn)$/.test(toks[k - 1].l)) {
      end = k - 2;
      break;
    }
    if (!(SUBJECT_WORDS.has(t.pos) || t.pos === 'ADP') || isPossessiveMark(t)) break;
  }
  for (let k = end; k >= Math.max(0, end - 5); k--) {
    if (toks[k].t === ',') return k < end;
    if (!SUBJECT_WORDS.has(toks[k].pos) || isPossessiveMark(toks[k])) return false;
  }
  return false;
}

/**
 * "cities that support the regulations": a bare cue form read as a noun after "that" and a plural noun is the verb of
 * the relative clause, when an object follows (not "the plans that support groups drew up")
 */
function relativeThat(toks: TaggedTok[], i: number): boolean {
  const noun = toks[i - 2];
  const next = toks[i + 1];
  return (
    toks[i - 1].l === 'that' &&
    !!noun &&
    (noun.pos === 'NOUN' || noun.pos === 'PROPN') &&
    /[^s]s$/.test(noun.l) &&
    !/s$/.test(toks[i].l) &&
    !!next &&
    (next.pos === 'DET' || next.pos === 'PROPN')
  );
}

/** the words of a speaker named after an inverted cue: "…, reports the Valley Courier." */
const INVERTED_SPEAKER = new Set(['DET', 'PROPN', 'NOUN', 'ADJ', 'NUM']);

/**
 * A present-tense cue form the tagger read as a noun right after a comma, with only its speaker after it to the
 * sentence end or the next comma: the inverted attribution "…, reports the Valley Courier." (not "…, reports of
 * looting spread", which has a verb of its own)
 */
function invertedSlot(toks: TaggedTok[], i: number): boolean {
  if (toks[i - 1]?.t !== ',' || !/[^s]s$/.test(toks[i].l)) return false;
  const next = toks[i + 1];
  if (!next || !(next.pos === 'DET' || next.pos === 'PROPN' || POSSESSIVE_PRONOUNS.has(next.l))) return false;
  let k = i + 1;
  while (k < toks.length && (INVERTED_SPEAKER.has(toks[k].pos) || isPossessiveMark(toks[k]) || toks[k].l === 'of')) k++;
  return k === toks.length || toks[k].t === ',' || /^[.!?]$/.test(toks[k].t);
}

const OBJECT_OPENERS = new Set(['NOUN', 'ADJ', 'ADV']);

/** an object cue read as a noun between a plural subject and its object: "Republicans support deportation" */
function objectAfterPlural(toks: TaggedTok[], i: number): boolean {
  const prev = toks[i - 1];
  const next = toks[i + 1];
  const plural = (prev.pos === 'NOUN' || prev.pos === 'PROPN') && (/[^s]s$/.test(prev.l) || SHARE_NOUNS.has(prev.l));
  const opensObject = OBJECT_OPENERS.has(next.pos) || (next.pos === 'VERB' && next.l.endsWith('ing'));
  return plural && OBJECT_CUES.has(CUES.get(toks[i].l) ?? '') && !/s$/.test(toks[i].l) && opensObject;
}

/** what opens the object of a present-tense cue after a singular subject: "disputes the idea", "demands accountability" */
const SINGULAR_OBJECT_OPENERS = new Set(['DET', 'NOUN', 'ADJ', 'PROPN', 'NUM']);
/** what a subject may be made of when it opens its clause: "The woman", "Sen. Ana Ruiz", "the county's auditor" */
const SUBJECT_PARTS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * An object cue in -s read as a noun between a singular subject that opens its clause and an object: "Trump demands
 * accountability from the president", "The woman disputes the idea that …". Not inside a noun phrase after a verb
 * ("rejected the union demands the board made"), where the words before the subject are no clause's start.
 */
function objectAfterSingular(toks: TaggedTok[], i: number): boolean {
  const t = toks[i];
  const prev = toks[i - 1];
  const next = toks[i + 1];
  if (!/[^s]s$/.test(t.l) || !OBJECT_CUES.has(CUES.get(t.l) ?? '')) return false;
  if (!(prev.pos === 'PROPN' || (prev.pos === 'NOUN' && !/s$/.test(prev.l)))) return false;
  const opens = SINGULAR_OBJECT_OPENERS.has(next.pos) || (next.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(next.l));
  if (!opens) return false;
  let k = i - 1;
  while (k > 0 && (SUBJECT_PARTS.has(toks[k - 1].pos) || isPossessiveMark(toks[k - 1]))) k--;
  const before = toks[k - 1];
  return !before || before.pos === 'PUNCT' || before.pos === 'CCONJ' || before.pos === 'SCONJ' || before.l === 'that';
}

/**
 * A verb and its particle at toks[i]: "pointed out", "spoke of", "weighed in on". A verb, or a present-tense form the
 * tagger read as a noun right after its subject ("Ortiz points to …"), not a noun after a determiner ("the talks").
 */
function phrasalCueAt(toks: TaggedTok[], i: number): Cue | null {
  const t = toks[i];
  const phrasal = PHRASAL.get(t.l);
  if (!phrasal) return null;
  const prev = toks[i - 1];
  const verb = t.pos === 'VERB' || (t.pos === 'NOUN' && !!prev && (prev.pos === 'PROPN' || prev.pos === 'PRON'));
  if (!verb) return null;
  for (const p of phrasal.particles) {
    const last = particlesEnd(toks, i + 1, p);
    if (last > 0) return { lemma: `${phrasal.lemma} ${p.join(' ')}`, first: i, last, phrasal: true };
  }
  return null;
}

/**
 * the index of the last of a cue's particles from toks[k] on, or -1; up to two words of when between them: "spoke out
 * Tuesday about the death", "called Friday for the release of the videos", "spoke again of the mill"
 */
function particlesEnd(toks: TaggedTok[], k: number, particles: string[]): number {
  let skipped = 0;
  for (const w of particles) {
    while (toks[k] && toks[k].l !== w && skipped < 2 && whenWord(toks[k])) {
      k++;
      skipped++;
    }
    if (toks[k]?.l !== w) return -1;
    k++;
  }
  return k - 1;
}

/**
 * a word saying when or how, between a verb and its particle: "Tuesday", "again", "spoke favorably of" (not a
 * determiner: "makes this clear", and not the month "May", more often the verb)
 */
function whenWord(t: TaggedTok): boolean {
  const named = (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADV') && TIME_WORDS.has(t.l) && t.l !== 'may';
  return named || (t.pos === 'ADV' && (TAIL_WORDS.has(t.l) || /[a-z]ly$/.test(t.l)));
}

/** words that modify a noun for what was said: "her opening remarks", "his closing argument" */
const SAYING_MODIFIERS = new Set(corrections.sayingModifiers.words);
/** words without a plural "-s" that stand for a group: "police", "people" */
const GROUP_WORDS = new Set(corrections.pluralSubjects.words);

/**
 * A cue form read as a noun after a noun, before "that", that names what was said rather than saying it, inside a
 * subject: "Her opening remarks that the plan was dead drew applause", "The early claim that …", "new emissions
 * rules that promise …". The noun before it is a listed modifier of what was said, or does not agree with it as a
 * subject would with its verb (a plain form after a singular noun, a form in "-s" after a plural). "Tenants report
 * that …", "Police report that …", "A document on the website states that …" stay verbs.
 */
function nounBeforeThat(toks: TaggedTok[], i: number): boolean {
  const prev = toks[i - 1];
  if (prev.pos !== 'NOUN') return false;
  if (SAYING_MODIFIERS.has(prev.l)) return true;
  const lemma = CUES.get(toks[i].l);
  const plural = /[^s]s$/.test(prev.l) || GROUP_WORDS.has(prev.l);
  if (lemma === toks[i].l) return !plural && !/s$/.test(prev.l);
  return /[^s]s$/.test(toks[i].l) && plural;
}

/** what ends a subject right before its verb */
const NAMED_BEFORE = new Set(['NOUN', 'PROPN', 'PRON']);

export function cueAt(toks: TaggedTok[], i: number): Cue | null {
  const t = toks[i];
  if (!t) return null;
  if (t.l === 'according' && toks[i + 1]?.l === 'to') return { lemma: 'according to', first: i, last: i + 1 };
  const phrasal = phrasalCueAt(toks, i) ?? attitudeCueAt(toks, i) ?? asPutItCueAt(toks, i) ?? messageCueAt(toks, i);
  if (phrasal) return phrasal;
  const lemma = CUES.get(t.l) ?? (regardsAs(toks, i + 1) ? REGARD_AS.get(t.l) : undefined);
  // after a name's possessive a cue form is a noun or a modifier: "Trump's claim that …", "Stumpf's repeated …"
  const owner = toks[i - 2];
  if (i > 1 && isPossessiveMark(toks[i - 1]) && (owner.pos === 'NOUN' || owner.pos === 'PROPN')) return null;
  // "Tenants report that …": the tagger reads some cue verbs as nouns; a following "that" settles it, unless a
  // determiner or adjective makes it a noun after all ("pointed to a report that showed …")
  // "Sen. Elizabeth Warren grilled Wells Fargo's chief": a past form read as an adjective between a name and an object
  const pastAdjective =
    t.pos === 'ADJ' &&
    /ed$/.test(t.l) &&
    i > 0 &&
    toks[i - 1].pos === 'PROPN' &&
    ['DET', 'PROPN', 'PRON'].includes(toks[i + 1]?.pos ?? '');
  // "The union branded the offer as an insult": a past form read as an adjective before "X as Y"
  const regardAdjective = t.pos === 'ADJ' && REGARD_AS.has(t.l) && i > 0 && NAMED_BEFORE.has(toks[i - 1].pos);
  const verb =
    t.pos === 'VERB' ||
    t.pos === 'AUX' ||
    pastAdjective ||
    regardAdjective ||
    (t.pos === 'NOUN' && i > 1 && relativeThat(toks, i)) ||
    (t.pos === 'NOUN' &&
      i > 0 &&
      !NOUN_OPENERS.has(toks[i - 1].pos) &&
      ((toks[i + 1]?.l === 'that' && !nounBeforeThat(toks, i)) ||
        verbSlot(toks, i) ||
        closingSlot(toks, i) ||
        invertedSlot(toks, i)));
  if (!lemma || !verb) return null;
  // "called" summons or phones ("called the police", "called a news conference"); it reports only when it names
  // something as something: "Democrats called the citation a political ploy", "called the charges unsubstantiated"
  if (lemma === 'call' && !namesAs(toks, i + 1)) return null;
  return { lemma, first: i, last: i };
}

/**
 * "put it" reports only in "As Tavares put it, …" and "…, as one farmer put it.": an "as" a few words before it
 * opens the clause; "put it on the agenda" elsewhere reports nothing
 */
function asPutItCueAt(toks: TaggedTok[], i: number): Cue | null {
  if (toks[i].l !== 'put' || toks[i + 1]?.l !== 'it') return null;
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    if (toks[k].l === 'as') return { lemma: 'put it', first: i, last: i + 1 };
    if (toks[k].pos === 'PUNCT' || toks[k].pos === 'VERB') return null;
  }
  return null;
}

/**
 * A stance after a form of "be", perhaps with adverbs or a negation between ("are afraid that …", "wasn’t too
 * concerned about …", "is eager to …", "was sure the levy would pass"), with its preposition when one follows.
 */
function attitudeCueAt(toks: TaggedTok[], i: number): Cue | null {
  if (!ATTITUDES.has(toks[i].l)) return null;
  let b = i - 1;
  while (b > 0 && i - b <= 3 && (toks[b].pos === 'ADV' || toks[b].pos === 'PART')) b--;
  if (!toks[b] || !(BE.has(toks[b].l) || /^(?:am|’s|'s|’re|'re|’m|'m)$/.test(toks[b].l))) return null;
  const next = toks[i + 1];
  if (!next) return null;
  if (ATTITUDE_PREPS.has(next.l))
    return { lemma: `${toks[i].l} ${next.l}`, first: i, last: i + 1, phrasal: true, attitude: true };
  if (next.l === 'to' && !ATTITUDE_INFINITIVES.has(toks[i].l)) return null;
  return { lemma: toks[i].l, first: i, last: i, attitude: true };
}

/** a reporting participle at toks[k], with its particle: "…, saying …", "…, pointing to the cost of steel" */
export function participleCue(toks: TaggedTok[], k: number): Cue | null {
  if (!toks[k].l.endsWith('ing')) return null;
  const phrasal = phrasalCueAt(toks, k);
  if (phrasal) return phrasal;
  const cue = { lemma: CUES.get(toks[k].l) ?? toks[k].l, first: k, last: k };
  if (PARTICIPLES.has(toks[k].l)) return cue;
  // "…, refusing to attack his rivals": a stance, only with an infinitive or a clause
  const opener = toks[k + 1]?.l;
  return STANCE_PARTICIPLES.has(toks[k].l) && (opener === 'to' || opener === 'that') ? cue : null;
}

/** prepositions inside what "called" names: "the price of steel", and "the case against him a witch hunt" */
const OBJECT_INNER = new Set([...words.objectPhrase.prepositions, 'against']);

/** people "called" may name: "called her the finest voice" */
const OBJECT_PERSONS = new Set(['him', 'her', 'them', 'it', 'me', 'us']);
/** after "called her the": a time, not what she is called ("called her the next day", "the following morning") */
const NOT_NAMED_AS = new Set(['next', 'following', 'same', 'other', 'day', 'night', 'morning', 'evening', 'afternoon']);

/** an object and then what it is called at toks[k]: "the charges unsubstantiated", "her vote in favor of it a mistake" */
function namesAs(toks: TaggedTok[], k: number): boolean {
  const first = toks[k];
  if (!first || first.l === 'a' || first.l === 'an' || !OBJECT_WORDS.has(first.pos)) return false;
  if (first.pos === 'PRON' && !POSSESSIVE_PRONOUNS.has(first.l) && !CALLED_PRONOUNS.has(first.l)) return false;
  for (let j = k + 1; j < Math.min(toks.length, k + 12); j++) {
    const t = toks[j];
    const prev = toks[j - 1];
    const objectEnd = prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'PRON' || prev.pos === 'NUM';
    if (objectEnd && j > k) {
      if (/^[“"‘']$/.test(t.t) && !isPossessiveMark(t)) return true;
      // "called it ''predatory''": wire copy's two apostrophes for a quote mark
      if (t.t === "'" && toks[j + 1]?.t === "'" && toks[j + 1].start === t.end) return true;
      // "called Mr. Yanukovych, a former coal trucking director …, an outstanding leader": past the appositive
      if (t.t === ',' && namedAfterAppositive(toks, j)) return true;
      const article = t.l === 'a' || t.l === 'an';
      const after = toks[j + 1];
      if (article && after && !TIME_WORDS.has(after.l) && after.l !== 'second' && after.l !== 'few') return true;
      // "Critics called her the finest voice of her generation": a person, then "the" and what they are called (not
      // "called her the next day")
      if (
        j === k + 1 &&
        t.l === 'the' &&
        OBJECT_PERSONS.has(prev.l) &&
        after &&
        !NOT_NAMED_AS.has(after.l) &&
        !TIME_WORDS.has(after.l)
      )
        return true;
      if (definiteOrOwned(toks, k, j)) return true;
      const closes = !after || after.pos === 'PUNCT' || after.pos === 'CCONJ' || after.l === 'and';
      if (t.pos === 'ADJ' && closes) return true;
      if (t.pos === 'VERB' && /ed$/.test(t.l) && closes && j > k + 1) return true;
    }
    if (OBJECT_WORDS.has(t.pos) && t.l !== 'a' && t.l !== 'an') continue;
    if (isPossessiveMark(t) || (OBJECT_INNER.has(t.l) && objectEnd) || secondObject(toks, j, objectEnd)) continue;
    return false;
  }
  return false;
}

/** the most tokens an appositive between an object and what it is called may take */
const MAX_APPOSITIVE = 25;

/**
 * the comma at toks[j] opens an appositive on the object, and "a" or "an" after its closing comma opens what the
 * object is called: "called Mr. Yanukovych, a former coal trucking director, an outstanding leader" (not "called the
 * mayor, a Democrat, and …")
 */
function namedAfterAppositive(toks: TaggedTok[], j: number): boolean {
  const opens = toks[j + 1];
  if (!opens || (opens.l !== 'a' && opens.l !== 'an' && opens.l !== 'the')) return false;
  for (let e = j + 2; e < Math.min(toks.length - 1, j + MAX_APPOSITIVE); e++)
    if (toks[e].t === ',') return toks[e + 1].l === 'a' || toks[e + 1].l === 'an';
  return false;
}

/** pronouns "called" may name: "called it a mistake", "calls himself a democratic socialist" */
const CALLED_PRONOUNS = new Set(['it', 'him', 'her', 'them', 'himself', 'herself', 'themselves', 'itself']);
/** words after "the" that make it a time, not what a person is called: "called him the next day" */
const NOT_NAMES = new Set(['same', 'following', 'other', 'second', 'first']);

/**
 * "the" or a possessive at toks[j] opens what an object of a pronoun or names is called: "Others call it the nerd
 * prom", "Lynch calls North Carolina her home state", "called her fallen son her hero" (not "called him the next
 * day", nor after a common noun: "called the police the same night")
 */
function definiteOrOwned(toks: TaggedTok[], k: number, j: number): boolean {
  const t = toks[j];
  const after = toks[j + 1];
  if (!after || !(after.pos === 'NOUN' || after.pos === 'ADJ' || /^[“"‘']$/.test(after.t))) return false;
  if (TIME_WORDS.has(after.l) || NOT_NAMES.has(after.l)) return false;
  const owned = t.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(t.l);
  if (t.l !== 'the' && !owned) return false;
  // the object so far: a pronoun or a name, or a possessive and its noun ("her fallen son")
  const object = toks.slice(k, j);
  const named = object.every((o) => o.pos === 'PROPN' || o.pos === 'PRON');
  const ownedNoun =
    POSSESSIVE_PRONOUNS.has(object[0].l) && object.slice(1).every((o) => o.pos === 'NOUN' || o.pos === 'ADJ');
  return named || ownedNoun;
}

/**
 * "and" joins a second object to the first in what "called" names: "called the citation and the demand for his
 * testimony a political ploy" (not "and a", which opens what they are called or a second thing summoned: "called
 * the police and an ambulance")
 */
function secondObject(toks: TaggedTok[], j: number, objectEnd: boolean): boolean {
  const next = toks[j + 1];
  if (toks[j].l !== 'and' || !objectEnd || !next || next.l === 'a' || next.l === 'an') return false;
  return next.pos === 'DET' || next.pos === 'PROPN' || (next.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(next.l));
}
