/**
 * Who speaks: the subject of a cue, read back over adverbs, auxiliaries and time phrases ("Ortiz later said"), long
 * subjects ("People briefed on the talks said"), quantifiers ("Most in the caucus say") and the main subject of a
 * sentence a participle or a second cue goes on from.
 */
import { isPossessiveMark, opensSubject, type Phrase, phraseEndingAt, phraseStartingAt } from '../phrases';
import type { TaggedTok } from '../tagger';
import { contactRelativeAt } from './contact-relative';
import { cueAt } from './cues';
import { approximationAt, type Sentence, span } from './sentence';
import {
  CLAUSE_WORDS,
  FLOATING,
  FLOATING_AFTER,
  GROUP_PRONOUNS,
  NOUN_PHRASE_WORDS,
  OBJECT_RELATIVES,
  PERSONAL_SUBJECTS,
  POSSESSIVE_PRONOUNS,
  QUANTIFIER_LINKS,
  QUANTIFIERS,
  RAISING,
  RELATIVE_WHO,
  SUBJECT_SKIPS,
  TIME_WORDS,
} from './words';

/** the words of a prepositional phrase that opens a sentence, and those that may close it */
const FRONTED_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP']);

const FRONTED_ENDS = new Set(['NOUN', 'PROPN', 'NUM']);

/** words that head a group before "who" with no noun of their own: "Those who spoke", "Most who testified" */
const WHO_HEADS = new Set(['DET', 'ADJ', 'PRON', 'NUM']);

/** a demonstrative standing for people, with a participle after it: "those surveyed said …" */
const DEMONSTRATIVE_HEADS = new Set(['those']);

/** a short determiner phrase from toks[a] up to the cue at toks[i] that the tagger did not head with a noun ("a third") */
export function shortSubject(st: Sentence, a: number, i: number): { np: Phrase; relative: boolean } | null {
  const { toks } = st;
  if (i - a < 2 || i - a > 4 || !['DET', 'NUM'].includes(toks[a].pos)) return null;
  for (let k = a + 1; k < i; k++) if (!['ADJ', 'ADV', 'NUM', 'NOUN'].includes(toks[k].pos)) return null;
  return { np: span(st, a, i - 1), relative: false };
}

/**
 * When toks[j] is the "to" of a raising verb before a cue ("went on to explain", "seemed to suggest"), the index
 * before that verb, where its subject ends; otherwise -2.
 */
function raisingBefore(st: Sentence, j: number): number {
  const { toks } = st;
  if (toks[j]?.l !== 'to') return -2;
  const verb = RAISING.find((words) => words.every((w, k) => toks[j - 1 - k]?.l === w));
  return verb ? j - 1 - verb.length : -2;
}

const QUOTE_MARKS = /^["“”'‘’]$/;

/** an adverb the writer quotes from the speaker, between subject and cue: 'The company "categorically" denied …' */
function quotedAdverbEndingAt(st: Sentence, j: number): boolean {
  const { toks } = st;
  return j >= 2 && QUOTE_MARKS.test(toks[j].t) && toks[j - 1].pos === 'ADV' && QUOTE_MARKS.test(toks[j - 2].t);
}

/** what a floating "all" or "both" may follow: its subject, an auxiliary, a closing bracket */
function floatsAfter(t: TaggedTok): boolean {
  return FLOATING_AFTER.has(t.pos) || t.pos === 'AUX' || t.t === ')';
}

/** the subject of the cue at toks[i]: reading back over adverbs, auxiliaries, time phrases and raising verbs */
export function subjectOf(st: Sentence, i: number): { np: Phrase; relative: boolean; afterComma?: boolean } | null {
  const { toks, prose } = st;
  let j = i - 1;
  for (let guard = 0; guard < 8 && j >= 0; guard++) {
    const t = toks[j];
    if (SUBJECT_SKIPS.has(t.l) || t.pos === 'AUX' || (t.pos === 'ADV' && t.l !== 'as')) j--;
    else if (raisingBefore(st, j) >= -1) j = raisingBefore(st, j);
    else if (TIME_WORDS.has(t.l) && j >= 1 && (toks[j - 1].pos === 'ADP' || TIME_WORDS.has(toks[j - 1].l))) j -= 2;
    else if (TIME_WORDS.has(t.l) && t.pos !== 'NOUN') j--;
    // "The commissioners all said", "They both said": a quantifier after its plural subject, its auxiliary ("Trump
    // and Sanders have both argued") or a label closing a name ("… and Robert Menendez (D-N.J.) all suggested")
    else if (FLOATING.has(t.l) && j >= 1 && floatsAfter(toks[j - 1])) j--;
    else if (quotedAdverbEndingAt(st, j)) j -= 3;
    else break;
  }
  if (j < 0) return null;
  const t = toks[j];
  if (t.l === 'and' || t.l === 'but') {
    const np = mainSubject(st, j);
    return np ? { np, relative: false } : null;
  }
  if ((t.l === 'who' || t.l === 'which' || t.l === 'that') && j >= 1) {
    const k = toks[j - 1].t === ',' ? j - 2 : j - 1;
    const np = phraseEndingAt(toks, k, prose);
    // the relative may hang off an object too: "Critics pointed to a report that showed …"
    const objectOf = (p: number) => toks[p]?.pos === 'ADP' || toks[p]?.pos === 'VERB';
    if (!np || !(opensSubject(toks, np.first) || objectOf(np.first - 1))) return null;
    // "who" and "which" are the clause's subject: the speaker spans them, and is named by what they stand for
    const subject = t.l === 'that' ? np : { ...span(st, np.first, j), head: np.last };
    return { np: subject, relative: true };
  }
  const quantified = quantifierEndingAt(st, j);
  if (quantified) return { np: quantified, relative: false };
  const whole = phraseEndingAt(toks, j, prose);
  if (!whole) return null;
  // "a walkout that company executives said could …": the tagger reads the relative "that" as a determiner; the
  // noun before it is the subject of the verb right after the cue (not "the themes that marketers hope to …")
  const gap = toks[i + 1]?.pos === 'AUX' || (toks[i + 1]?.pos === 'VERB' && !toks[i + 1].l.endsWith('ing'));
  const thatFirst =
    gap && toks[whole.first].l === 'that' && whole.last > whole.first && toks[whole.first - 1]?.pos === 'NOUN';
  // "The plan, which officials said was flawed, would …": a relative on the sentence's subject that the tagger read
  // as a determiner, whose verb follows the cue, is the embedded-relative rule's
  if (gap && toks[whole.first].l === 'which' && toks[whole.first - 1]?.t === ',' && !verbBefore(st, whole.first))
    return null;
  const np = thatFirst ? span(st, whole.first + 1, whole.last) : whole;
  // "the wall, which he said the county should pay for": the relative is the object, the speaker its subject
  if (objectRelative(st, np.first - 1, i)) return { np, relative: true, afterComma: toks[np.first - 2].t === ',' };
  // a subject opens a sentence or clause, or follows another cue ("The company said it believed")
  // a personal pronoun right before its verb is its subject, even after a fronted phrase without its comma
  const personal = np.first === np.last && PERSONAL_SUBJECTS.has(toks[np.first].l);
  // (a participle is no such cue: "Residents opposing the plan said" is said by the residents)
  const afterCue = !!cueAt(toks, np.first - 1) && !toks[np.first - 1].l.endsWith('ing');
  if (!(opensSubject(toks, np.first) || afterCue || personal)) {
    const subject = afterFrontedPhrase(st, np);
    return subject ? { np: subject, relative: false } : null;
  }
  return { np, relative: false };
}

/**
 * The subject after a prepositional phrase that opens the sentence without its comma: "After the vote the mayor
 * said", "During the hearing Ortiz said" (the phrase grammar reads "the hearing Ortiz" as one). The subject starts
 * after a noun that closes the phrase, or at a name after a common noun; two names side by side cannot be told apart
 * ("In Ohio Trump said"), and nothing is found.
 */
function afterFrontedPhrase(st: Sentence, np: Phrase): Phrase | null {
  const { toks } = st;
  let a = 0;
  while (a < np.first && (toks[a].pos === 'PUNCT' || toks[a].pos === 'CCONJ')) a++;
  if (a >= np.first || toks[a].pos !== 'ADP' || toks[a].l === 'of' || !/^\p{Lu}/u.test(toks[a].t)) return null;
  let start = -1;
  if (np.first - a >= 2 && FRONTED_ENDS.has(toks[np.first - 1].pos)) start = np.first;
  else
    for (let k = np.first + 1; k <= np.last && start < 0; k++)
      if (toks[k].pos === 'PROPN' && toks[k - 1].pos === 'NOUN' && /^\p{Ll}/u.test(toks[k - 1].t)) start = k;
  if (start < 0 || start - a > 10) return null;
  for (let k = a + 1; k < start; k++) if (!FRONTED_WORDS.has(toks[k].pos) && !isPossessiveMark(toks[k])) return null;
  return span(st, start, np.last);
}

/** a quantifier standing for a group, alone or with its group: "many", "some of the members", "most in the caucus" */
export function quantifierPhrase(st: Sentence, a: number): Phrase | null {
  const { toks, prose } = st;
  if (!QUANTIFIERS.has(toks[a]?.l ?? '')) return null;
  // "another source", "many voters", "all the experts": a determiner of the phrase, which the grammar reads
  if (NOUN_PHRASE_WORDS.has(toks[a + 1]?.pos ?? '')) return null;
  if (!QUANTIFIER_LINKS.has(toks[a + 1]?.l ?? '')) return span(st, a, a);
  // "most of them", "some of us"
  if (GROUP_PRONOUNS.has(toks[a + 2]?.l ?? '')) return span(st, a, a + 2);
  const group = phraseStartingAt(toks, a + 2, prose, 0);
  return group ? span(st, a, group.last) : null;
}

/** a quantifier subject ending at toks[j] that opens its clause: "…, many believe", "Most in the caucus say …" */
function quantifierEndingAt(st: Sentence, j: number): Phrase | null {
  for (let q = j; q >= Math.max(0, j - 8); q--) {
    const np = QUANTIFIERS.has(st.toks[q].l) ? quantifierPhrase(st, q) : null;
    if (np) return np.last === j && opensSubject(st.toks, q) ? np : null;
  }
  return null;
}

/**
 * toks[r] is a relative pronoun standing for what the cue at toks[i] reports ("which he said", "what she called",
 * "the data that investigators said they found"), and a clause, not "when …" or "because …", follows the cue
 */
function objectRelative(st: Sentence, r: number, i: number): boolean {
  const { toks } = st;
  const t = toks[r];
  // "in which he said …" has a subject of its own, and its clause is what he said
  if (!t || r < 1 || toks[r - 1].pos === 'ADP') return false;
  const relative = OBJECT_RELATIVES.has(t.l) || (t.l === 'that' && toks[r - 1].pos === 'NOUN');
  const next = toks[i + 1];
  return relative && !!next && !CLAUSE_WORDS.has(next.l) && next.pos !== 'SCONJ' && next.pos !== 'ADP';
}

/**
 * The words from the clause start to the cue, when they can only be its subject: a long noun phrase that the
 * phrase grammar does not take in one piece ("Some delegates at the convention in Philadelphia said", "People
 * briefed on the talks said", "About 4 in 10 say"). A fronted adverbial ending in a comma is passed over ("Reached
 * by phone on Tuesday, Joyce told …"); without the comma the subject cannot be told from it, and nothing is found.
 */
export function prefixSubject(st: Sentence, i: number): { np: Phrase & { head: number }; relative: boolean } | null {
  const { toks } = st;
  let j = i - 1;
  for (;;) {
    if (j >= 0 && (SUBJECT_SKIPS.has(toks[j].l) || toks[j].pos === 'AUX' || toks[j].pos === 'ADV')) j--;
    else if (raisingBefore(st, j) >= -1) j = raisingBefore(st, j);
    else break;
  }
  const a = clauseStart(st, j);
  if (a < 0 || j - a < 1 || j - a > 30) return null;
  const first = toks[a];
  const opensNp =
    ['DET', 'NUM', 'PROPN', 'NOUN', 'ADJ'].includes(first.pos) ||
    POSSESSIVE_PRONOUNS.has(first.l) ||
    approximationAt(st, a);
  if (!opensNp) return null;
  const head = subjectHead(st, a, j);
  if (head < 0) return null;
  let last = j;
  while (last > a && (toks[last].t === ',' || toks[last].t === '—' || toks[last].t === '–')) last--;
  // an aside between dashes is not part of the name: "Joyce — who is listed as an attorney — told"
  if (toks[j].t === '—' || toks[j].t === '–') {
    let open = j - 1;
    while (open > a && toks[open].t !== toks[j].t) open--;
    if (open > a) last = open - 1;
  }
  return { np: { ...span(st, a, last), head }, relative: false };
}

/** the first token of the clause whose subject ends at toks[j]: past opening marks, "And", fronted adverbials */
function clauseStart(st: Sentence, j: number): number {
  const { toks } = st;
  let a = 0;
  while (a < j && (toks[a].pos === 'PUNCT' || toks[a].pos === 'CCONJ')) a++;
  for (let hops = 0; hops < 3 && a < j; hops++) {
    const t = toks[a];
    // "Nearly nine out of 10 say", "About half of voters say": the approximation opens the subject
    if (approximationAt(st, a)) return a;
    const adverbial =
      ((t.pos === 'ADP' || t.pos === 'SCONJ') && toks[a + 1]?.pos !== 'NUM') ||
      t.pos === 'ADV' ||
      (TIME_WORDS.has(t.l) && t.pos !== 'NUM') ||
      (t.pos === 'VERB' && /(?:ed|ing|en)$/.test(t.l));
    if (!adverbial) return a;
    let c = a;
    while (c < j && toks[c].t !== ',') c++;
    if (c >= j) return -1;
    a = c + 1;
  }
  return a;
}

/**
 * The head noun of a subject spanning toks[a..j], or -1 when the words hold a verb of their own: only participles
 * with their complement ("briefed on the move", "going to the polls"), relative clauses and appositives between
 * commas or dashes may hold one.
 */
function subjectHead(st: Sentence, a: number, j: number): number {
  const { toks } = st;
  let head = -1;
  let aside = 0; // inside ( … ) or — … —
  let relative = false; // inside "who …", "which …" up to the next comma or dash
  let appositive = false; // after a comma: the subject must close it with another comma before the cue
  let commas = 0;
  for (let k = a; k <= j; k++) {
    const t = toks[k];
    if (t.t === '(') aside++;
    else if (t.t === ')') aside = Math.max(0, aside - 1);
    else if (t.t === '—' || t.t === '–') aside = aside > 0 ? aside - 1 : 1;
    if (t.pos === 'PUNCT') {
      if (t.t === ',' && aside === 0) {
        commas++;
        relative = false;
        appositive = true;
      } else if (t.t === '—' || t.t === '–') relative = false;
      continue;
    }
    if (aside > 0 || relative) continue;
    if ((t.l === 'who' || t.l === 'which' || t.l === 'whose') && t.pos === 'PRON') {
      // "Those who spoke said", "Most who testified said": the word before "who" stands for the group
      if (head < 0 && k > a && WHO_HEADS.has(toks[k - 1].pos)) head = k - 1;
      relative = true;
      continue;
    }
    // "Families that lost everything said": "that" after the head noun opens a relative clause
    const afterNoun = toks[k - 1]?.pos === 'NOUN' || toks[k - 1]?.pos === 'PROPN';
    if (t.l === 'that' && t.pos === 'PRON' && head >= 0 && afterNoun && toks[k + 1]?.pos === 'VERB') {
      relative = true;
      continue;
    }
    if (isPossessiveMark(t) && k === j) return -1; // "Ortiz's claim that …": an owner, not a subject
    if (appositive || isPossessiveMark(t)) continue; // "The deputy head of China's delegation said"
    // "Democrats trying to regain control of the Senate say": a participle's infinitive
    if (participleInfinitive(st, k)) continue;
    // "Several people I've spoken with said": a relative clause without its "who", up to the next comma or the cue
    if (head >= 0 && contactRelativeAt(st, k, j)) {
      relative = true;
      continue;
    }
    if (t.pos === 'AUX' || t.pos === 'SCONJ' || t.pos === 'PART' || t.pos === 'PRON') {
      if (t.pos === 'PRON' && (POSSESSIVE_PRONOUNS.has(t.l) || k > a)) continue;
      return -1;
    }
    if (t.pos === 'VERB' && !participleInSubject(st, k) && !polledGroup(st, k, j)) return -1;
    if ((t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM') && head < 0) head = k;
    // "A 2014 study": the noun after a number heads the phrase
    else if (t.pos === 'NOUN' && head === k - 1 && toks[head].pos === 'NUM') head = k;
    // "those surveyed", "most of those questioned": the demonstrative is the head
    if (head < 0 && DEMONSTRATIVE_HEADS.has(t.l) && polledGroup(st, k + 1, j)) head = k;
  }
  // an appositive must be closed before the cue: "Jane Doe, the union's lawyer, said"
  if (commas % 2 === 1 && toks[j].t !== ',') return -1;
  // "Those close to him say", "those in the room said": the demonstrative stands for the people it describes
  if (head < 0 && DEMONSTRATIVE_HEADS.has(toks[a].l) && j > a) return a;
  return head;
}

/**
 * toks[k] is a passive participle closing the subject that ends at toks[j], after the people it describes: "those
 * surveyed", "voters polled", "Cuban-Americans questioned" (said …)
 */
function polledGroup(st: Sentence, k: number, j: number): boolean {
  const { toks } = st;
  const prev = toks[k - 1];
  return (
    k === j &&
    toks[k]?.pos === 'VERB' &&
    /(?:ed|en)$/.test(toks[k].l) &&
    !!prev &&
    (prev.pos === 'NOUN' || prev.pos === 'PROPN' || DEMONSTRATIVE_HEADS.has(prev.l)) &&
    !!cueAt(toks, k + 1)
  );
}

/** toks[k] is the "to" or the verb of an infinitive after a participle in a subject: "Democrats trying to regain" */
function participleInfinitive(st: Sentence, k: number): boolean {
  const { toks } = st;
  const to = toks[k].l === 'to' ? k : toks[k - 1]?.l === 'to' && toks[k].pos === 'VERB' ? k - 1 : -1;
  const participle = toks[to - 1];
  return to > 0 && participle.pos === 'VERB' && participle.l.endsWith('ing') && participleInSubject(st, to - 1);
}

/** a verb inside a subject: a participle with its complement, or a noun the tagger misread after a determiner */
function participleInSubject(st: Sentence, k: number): boolean {
  const { toks } = st;
  const prev = toks[k - 1];
  const next = toks[k + 1];
  if (prev && (prev.pos === 'DET' || prev.pos === 'ADJ')) return true;
  if (prev?.pos === 'ADV' && toks[k - 2]?.pos === 'DET') return true; // "An earlier report in …
  // "52 percent of registered voters": a participle before its noun after a preposition
  if (prev?.pos === 'ADP' && /(?:ed|ing)$/.test(toks[k].l) && (next?.pos === 'NOUN' || next?.pos === 'ADJ'))
    return true;
  const participle = /(?:ed|ing|en|wn)$/.test(toks[k].l);
  return (
    participle &&
    !!prev &&
    (prev.pos === 'NOUN' || prev.pos === 'PROPN') &&
    !!next &&
    // "A union representing flight attendants": a present participle with its object
    ((toks[k].l.endsWith('ing') && ['NOUN', 'DET', 'ADJ', 'PROPN'].includes(next.pos)) ||
      // "briefed on the move", "published last year", "released Thursday"
      next.pos === 'ADP' ||
      next.pos === 'ADV' ||
      next.l === 'to' ||
      TIME_WORDS.has(next.l))
  );
}

/** the sentence's main subject, before toks[before]: its first noun phrase followed by a verb */
export function mainSubject(st: Sentence, before: number): Phrase | null {
  const { toks, prose } = st;
  const starts = [0];
  for (let k = 1; k < before; k++) if (toks[k - 1].t === ',') starts.push(k);
  for (const k of starts.slice(0, 3)) {
    let i = k;
    while (i < before && (toks[i].pos === 'CCONJ' || toks[i].pos === 'ADV')) i++;
    const np = phraseStartingAt(toks, i, prose, 1);
    if (!np) continue;
    if (verbAfter(st, np.last + 1, before)) return np;
    // "The Times and the Gannett chain filed a motion, arguing …": two subjects joined by "and"
    const other = toks[np.last + 1]?.l === 'and' ? phraseStartingAt(toks, np.last + 2, prose, 1) : null;
    if (other && verbAfter(st, other.last + 1, before)) return span(st, np.first, other.last);
    // "the U.S. Court of Appeals for the 6th Circuit overruled and said …": a second prepositional tail
    const longer = phraseStartingAt(toks, i, prose, 2);
    if (longer && longer.last > np.last && verbAfter(st, longer.last + 1, before)) return longer;
    // "Meridian's chief executive, Karin Søgard, apologised …": the name in the appositive is the subject
    const named = toks[np.last + 1]?.t === ',' ? phraseStartingAt(toks, np.last + 2, prose, 1) : null;
    if (named && toks[named.last + 1]?.t === ',' && verbAfter(st, named.last + 2, before))
      return toks[named.last].pos === 'PROPN' ? named : np;
    // "Republicans, who hold a majority in the Senate, have blocked …": past asides between commas
    const past = pastAsides(st, np.last + 1, before);
    if (past > np.last + 1 && verbAfter(st, past, before)) return np;
  }
  return null;
}

/** the longest prepositional aside between commas read past after a subject, in words and its opening comma */
const MAX_PREP_ASIDE = 10;

/**
 * Past the asides after a subject, each between commas, from toks[k]: a relative clause ("…, who faces a tough race,")
 * or a short label ("…, R-Ill.,", "…, 54,"). Returns the index after the last closing comma, or k.
 */
function pastAsides(st: Sentence, k: number, before: number): number {
  const { toks } = st;
  let at = k; // a comma opening an aside
  for (let asides = 0; asides < 3 && toks[at]?.t === ','; asides++) {
    let e = at + 1;
    while (e < before && toks[e].t !== ',') e++;
    if (e >= before) break;
    const relative = RELATIVE_WHO.has(toks[at + 1].l) || toks[at + 1].l === 'which';
    // "…, in an interview on Friday,", "…, including Carly Fiorina and Ben Carson,": a prepositional aside runs longer
    const prepositional = (toks[at + 1].pos === 'ADP' || toks[at + 1].l === 'including') && e - at <= MAX_PREP_ASIDE;
    if (!relative && !prepositional && e - at > 4) break;
    at = e;
  }
  return at > k ? at + 1 : k;
}

/** toks[v] opens a verb group (past adverbs, auxiliaries and particles) before `before` */
function verbAfter(st: Sentence, v: number, before: number): boolean {
  const { toks } = st;
  while (v < before && (toks[v].pos === 'ADV' || toks[v].pos === 'AUX' || toks[v].pos === 'PART')) v++;
  return !!toks[v] && (toks[v].pos === 'VERB' || toks[v - 1]?.pos === 'AUX');
}

/** a verb or auxiliary stands before toks[k] */
function verbBefore(st: Sentence, k: number): boolean {
  for (let j = 0; j < k; j++) if (st.toks[j].pos === 'VERB' || st.toks[j].pos === 'AUX') return true;
  return false;
}
