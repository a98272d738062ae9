/**
 * Speaker noun phrases over part-of-speech tags: determiner or possessive, modifiers, a head noun or name,
 * prepositional tails ("a person familiar with the matter"), parentheticals ("(D-Ohio)") and appositives
 * ("Her lawyer, Jane Doe,"), kept in the span as news annotation does; speaker.ts picks the name inside.
 */
import type { TaggedTok } from './tagger';
import words from './data/attribution-words.json';
import { PERSON_ROLES, TITLES } from './lexicon';

export interface Phrase {
  start: number;
  end: number;
  text: string;
  /** token index of the phrase's first and last token */
  first: number;
  last: number;
}

const INNER_PREPS = new Set(words.npInnerPrepositions.words);
const TIME_WORDS = new Set(words.timeWords.words);
const SUBJECT_PRONOUNS = new Set(words.personPronouns.words);
const SUBORDINATORS = new Set(words.subjectOpeners.words);
const NOT_SPEAKERS = new Set(words.notSpeakers.words);
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your', 'whose']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me']);
/** an age standing for the person: "the 54-year-old" */
export const AGE = /^\d{1,3}-year-old$/;
const MODIFIER = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
const HEAD = new Set(['NOUN', 'PROPN', 'NUM']);
/** what may stand right before a subject: the start, punctuation, a conjunction, "that", "as", "while" */
const SUBJECT_OPENERS = new Set(['PUNCT', 'CCONJ', 'SCONJ']);

export const isPossessiveMark = (t: TaggedTok) => t.t === "'s" || t.t === '’s' || t.t === "'" || t.t === '’';

/** a past participle and "by" after a document's noun: "records compiled by", "a survey released by" */
const compiledBy = (toks: TaggedTok[], k: number) =>
  toks[k]?.pos === 'VERB' && /^\p{Ll}+(?:ed|en|wn)$/u.test(toks[k].t) && toks[k + 1]?.l === 'by';

/** a slash between two names, as in joint polls: "a new CNN/ORC poll" */
const joinsNames = (toks: TaggedTok[], k: number) =>
  toks[k].t === '/' && toks[k - 1]?.pos === 'PROPN' && toks[k + 1]?.pos === 'PROPN';

/**
 * "and" between capitalised words, read forward from a trailing cue's speaker: a body's name ("the Securities and
 * Exchange Commission", "Health and Human Services") or two names together ("said Ruiz and Ortiz")
 */
const joinsCapitalised = (toks: TaggedTok[], k: number) =>
  toks[k].l === 'and' &&
  toks[k - 1]?.pos === 'PROPN' &&
  /^\p{Lu}/u.test(toks[k - 1].t) &&
  /^\p{Lu}/u.test(toks[k + 1]?.t ?? '') &&
  HEAD.has(toks[k + 1].pos);

/** the phrase of tokens first to last, with its text and offsets */
export function phrase(toks: TaggedTok[], prose: string, first: number, last: number): Phrase {
  return {
    start: toks[first].start,
    end: toks[last].end,
    text: prose.slice(toks[first].start, toks[last].end),
    first,
    last,
  };
}

/** the start of the noun phrase whose head is toks[j], reading backwards over modifiers to a determiner */
function coreStart(toks: TaggedTok[], j: number): number {
  let i = j;
  while (i - 1 >= 0) {
    const p = toks[i - 1];
    if (MODIFIER.has(p.pos) || isPossessiveMark(p) || p.t === '&' || joinsNames(toks, i - 1)) {
      i--;
      continue;
    }
    if (participleModifier(toks, i - 1) || misreadName(toks, i - 1)) {
      i--;
      continue;
    }
    if (p.pos === 'DET' || POSSESSIVES.has(p.l)) i--;
    break;
  }
  return i;
}

/**
 * toks[k], read as a noun after a plural noun, is that plural subject's verb: "Supporters point to a review",
 * "Critics look to the audit" (a compound's first noun is singular: "bank clerk", "truck driver")
 */
function misreadVerb(toks: TaggedTok[], k: number): boolean {
  const t = toks[k],
    p = toks[k - 1];
  return t.pos === 'NOUN' && !!p && HEAD.has(p.pos) && /^\p{L}+[^s'’]s$/u.test(p.t) && /^\p{Ll}+$/u.test(t.t);
}

/** a given name the tagger read as a verb, inside a sentence: "contenders Ted Cruz and …" */
function misreadName(toks: TaggedTok[], k: number): boolean {
  const t = toks[k];
  return (
    k > 0 &&
    t.pos === 'VERB' &&
    /^\p{Lu}\p{Ll}+$/u.test(t.t) &&
    toks[k + 1]?.pos === 'PROPN' &&
    toks[k - 1].pos !== 'PUNCT'
  );
}

/** the tagger reads a participle before a noun as a verb: "elected officials", "restructuring experts", "the retired judge" */
function participleModifier(toks: TaggedTok[], k: number): boolean {
  const t = toks[k];
  if (t.pos !== 'VERB' || !/^\p{Ll}+(?:ed|ing)$/u.test(t.t)) return false;
  const before = toks[k - 1];
  return !before || PARTICIPLE_OPENERS.has(before.pos) || POSSESSIVES.has(before.l) || before.l === 'where';
}
const PARTICIPLE_OPENERS = new Set(['PUNCT', 'DET', 'CCONJ', 'SCONJ', 'ADJ']);

/** A speaker phrase ending at toks[j] (inclusive), or null. Handles "(D-Ohio)" and one appositive. */
export function phraseEndingAt(toks: TaggedTok[], j: number, prose: string, appositive = true): Phrase | null {
  if (j < 0) return null;
  if (toks[j].t === ',') return appositive ? appositiveSubject(toks, j, prose) : null;
  const last = j;
  if (toks[j].t === ')') {
    let k = j - 1;
    while (k >= 0 && toks[k].t !== '(' && j - k < 10) k--;
    if (k <= 0 || toks[k].t !== '(') return null;
    j = k - 1;
  }
  const head = toks[j];
  if (head.pos === 'PRON') return SUBJECT_PRONOUNS.has(head.l) && head.l !== 'who' ? phrase(toks, prose, j, j) : null;
  // "The chief said", "The 54-year-old said": the tagger reads some role nouns and ages after a determiner as adjectives
  const roleAdj =
    head.pos === 'ADJ' && (PERSON_ROLES.has(head.l) || AGE.test(head.t)) && j > 0 && toks[j - 1].pos === 'DET';
  if (roleAdj) return phrase(toks, prose, j - 1, last);
  if (!HEAD.has(head.pos) || NOT_SPEAKERS.has(head.l)) return null;
  let first = withPrepositionalTails(toks, coreStart(toks, j));
  // coordination with a pronoun: "She and her aides", "he and other challengers"
  const partner = toks[first - 2];
  if (
    COORDINATORS.has(toks[first - 1]?.l ?? '') &&
    partner?.pos === 'PRON' &&
    PAIRED_PRONOUNS.has(partner.l) &&
    opensSubject(toks, first - 2)
  )
    first -= 2;
  // "Neither Cruz nor Christie", "Both the union and the company": the pair's first word goes with it
  else if (toks[first - 1]?.l === 'nor' && toks[first - 2] && HEAD.has(toks[first - 2].pos)) {
    const other = coreStart(toks, first - 2);
    if (opensSubject(toks, other) || pairOpener(toks, other - 1)) first = other;
  }
  // coordination: "The union and the company"
  else if (toks[first - 1]?.l === 'and' && toks[first - 2] && HEAD.has(toks[first - 2].pos)) {
    const other = coreStart(toks, first - 2);
    if (opensSubject(toks, other) || pairOpener(toks, other - 1)) first = other;
    // inside a body's name: "The Department of Housing and Urban Development (HUD)"
    else if (isCapitalised(toks[first]) && isCapitalised(toks[other])) {
      const outer = withPrepositionalTails(toks, other, true);
      if (outer < other && opensSubject(toks, outer)) first = outer;
    }
  }
  if (pairOpener(toks, first - 1) && first < j) first--;
  // time words in front are adverbials, not the speaker: "Last week Dan Ortiz"
  while (
    first < j &&
    (TIME_WORDS.has(toks[first].l) || (toks[first].pos === 'NUM' && TIME_WORDS.has(toks[first + 1]?.l)))
  )
    first++;
  if (toks[first].pos === 'ADJ' && first === j) return null;
  return phrase(toks, prose, first, last);
}

const isCapitalised = (t: TaggedTok) => /^\p{Lu}/u.test(t.t);

/** the start of the phrase with the prepositional tails its core at `first` ends: "the director of the FBI", "a person familiar with the matter" */
function withPrepositionalTails(toks: TaggedTok[], first: number, through = false): number {
  let at = first;
  for (let hops = 0; hops < (through ? 3 : 2); hops++) {
    const prep = toks[at - 1];
    const before = toks[at - 2];
    if (!prep || !before || !INNER_PREPS.has(prep.l) || !(HEAD.has(before.pos) || before.pos === 'ADJ')) break;
    if (misreadVerb(toks, at - 2)) break;
    at = coreStart(toks, at - 2);
    // (through a tail that opens no subject to one that does: "Officials with the Department of Housing and …")
    if (opensSubject(toks, at)) first = at;
    else if (!through) break;
  }
  return first;
}

/**
 * A subject with appositives, read back from the comma before its cue: "Her lawyer, Jane Doe, said",
 * "Dan Ortiz, a senior engineer at the transport department, said", "Donna Rawlings, 59, of Ashton, said". News
 * annotation takes the whole phrase as the source, without a closing aside ("Trump, speaking to veterans, said" →
 * Trump); which part is the name is the resolver's business (speaker.ts).
 */
function appositiveSubject(toks: TaggedTok[], comma: number, prose: string): Phrase | null {
  // the comma-separated segments before the cue, nearest first
  const segs: { start: number; end: number }[] = [];
  let end = comma - 1;
  while (segs.length < 5 && end >= 0) {
    let k = end;
    while (k >= 0 && !SEGMENT_BREAK.test(toks[k].t) && comma - k < 40) k--;
    if (k + 1 > end) break;
    segs.push({ start: k + 1, end });
    if (k < 1 || toks[k].t !== ',') break;
    end = k - 1;
  }
  let best: Phrase | null = null;
  let asides = true;
  let spanEnd = -1;
  for (let n = 1; n < segs.length; n++) {
    const kind = segmentKind(toks, segs[n - 1].start, segs[n - 1].end);
    if (!kind || (kind === 'aside' && !asides)) break;
    if (kind === 'appositive') {
      if (asides) spanEnd = segs[n - 1].end;
      asides = false;
    }
    const { start, end: last } = segs[n];
    const head = phraseEndingAt(toks, last, prose, false);
    // ("Last week Dan Ortiz, the engineer, said": the time words in front are not the speaker)
    const timeLed = head && head.first > start && TIME_WORDS.has(toks[start].l);
    // ("But Akhil Johri, the chief financial officer, noted": a conjunction or an adverb before the name is not it)
    const led = head && head.first > start && leadWords(toks, start, head.first);
    if (led && opensSubject(toks, head.first)) best = phrase(toks, prose, head.first, asides ? last : spanEnd);
    else if (head && (head.first === start || timeLed) && opensSubject(toks, start))
      best = phrase(toks, prose, head.first, asides ? last : spanEnd);
  }
  if (best) return best;
  // otherwise the noun phrase before the nearest appositive, when it can open a subject
  if (segs.length < 2) return null;
  const head = phraseEndingAt(toks, segs[1].end, prose, false);
  return head && opensSubject(toks, head.first) ? head : null;
}

const SEGMENT_BREAK = /^(?:,|;|:|["“”]|—|–)$/;
const COORDINATORS = new Set(['and', 'or']);
/** subject pronouns that pair with a noun phrase as one speaker: "She and her aides" */
const PAIRED_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);
const PAIR_OPENERS = new Set(['neither', 'either', 'both']);

/** toks[k] opens a pair as a subject: "Both the union and the company", "Neither Cruz nor Christie" */
function pairOpener(toks: TaggedTok[], k: number): boolean {
  return k >= 0 && PAIR_OPENERS.has(toks[k].l) && opensSubject(toks, k);
}
const LEAD_POS = new Set(['CCONJ', 'ADV', 'SCONJ']);

/** toks[a..b) are words that open a clause before its subject: "But", "And so", "Still" */
function leadWords(toks: TaggedTok[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!LEAD_POS.has(toks[k].pos) && !SUBORDINATORS.has(toks[k].l)) return false;
  return true;
}
const RELATIVE = new Set(['who', 'which', 'whose', 'whom']);

/**
 * What toks[a..b] is between commas after a name: an appositive ("a senior engineer at …", "Jane Doe", "59",
 * "of Ashton", "who watched the ceremony", "including the AFL-CIO"), an aside that is not part of the source
 * ("speaking to veterans", "in a statement", "in particular"), or neither (a clause with its own verb).
 */
export function segmentKind(toks: TaggedTok[], a: number, b: number): 'appositive' | 'aside' | null {
  if (b < a) return null;
  const first = toks[a];
  if (RELATIVE.has(first.l) || first.l === 'including') return 'appositive';
  // (a participle before a role noun names the role: "managing director", "acting chief")
  const roleParticiple = first.pos === 'VERB' && /^\p{Ll}+ing$/u.test(first.t) && toks[a + 1]?.pos === 'NOUN';
  if ((first.pos === 'VERB' && !roleParticiple) || first.pos === 'ADV' || (first.pos === 'ADP' && first.l !== 'of'))
    return 'aside';
  if (!(MODIFIER.has(first.pos) || first.pos === 'DET' || POSSESSIVES.has(first.l) || first.l === 'of')) return null;
  for (let i = a; i <= b; i++) {
    const t = toks[i];
    if (RELATIVE.has(t.l)) return 'appositive';
    // a clause: "the bridge is safe", "the mayor told them" (a capitalised "verb" is a name the tagger misread, "Tim
    // Cook"; a gerund is a noun, "senior associate for education organizing")
    const verb = t.pos === 'VERB' && /^\p{Ll}/u.test(t.t) && !t.l.endsWith('ing');
    if (t.pos === 'AUX' || (verb && i > a && ['NOUN', 'PROPN', 'PRON'].includes(toks[i - 1].pos))) return null;
  }
  return 'appositive';
}

/**
 * The phrase with the appositives that follow it, each closed by a comma ("Dan Ortiz, a senior engineer," /
 * "the manager, Annika Brandt,"), when `then` accepts the token after the closing comma (a cue): the longest such.
 */
export function withFollowingAppositives(
  toks: TaggedTok[],
  np: Phrase,
  prose: string,
  then: (k: number) => boolean,
): Phrase | null {
  let last = np.last;
  for (let segments = 0; segments < 4; segments++) {
    if (toks[last + 1]?.t !== ',') return null;
    const from = last + 2;
    let k = from;
    while (k < toks.length && !SEGMENT_BREAK.test(toks[k].t) && k - from < 30) k++;
    if (toks[k]?.t !== ',' || segmentKind(toks, from, k - 1) !== 'appositive') return null;
    last = k - 1;
    if (then(k + 1)) return phrase(toks, prose, np.first, last);
  }
  return null;
}

/** the token before toks[first] lets a subject start there */
export function opensSubject(toks: TaggedTok[], first: number): boolean {
  const p = toks[first - 1];
  if (!p) return true;
  if (
    SUBJECT_OPENERS.has(p.pos) ||
    SUBORDINATORS.has(p.l) ||
    p.l === 'that' ||
    p.l === 'as' ||
    p.l === 'while' ||
    p.l === 'where'
  )
    return p.t !== ')';
  if (TIME_WORDS.has(p.l)) return true;
  // a relative clause opened by a preposition has its own subject: "the interview, in which he said …"
  if ((p.l === 'which' || p.l === 'whom') && toks[first - 2]?.pos === 'ADP') return true;
  if (p.pos === 'ADV' && (first - 1 === 0 || toks[first - 2].pos === 'PUNCT')) return true;
  return false;
}

/** the period of a title abbreviation before a name, which the tagger splits off: "the Rev. Ellen Marsh" */
function titlePeriod(toks: TaggedTok[], k: number, first: number): boolean {
  return (
    toks[k].t === '.' &&
    k > first &&
    TITLES.has(toks[k - 1].l) &&
    /^\p{Lu}/u.test(toks[k + 1]?.t ?? '') &&
    toks[k].start === toks[k - 1].end
  );
}

/** A speaker phrase starting at toks[i]: "Dan Ortiz, a senior engineer …" → Dan Ortiz; "the report by the auditor" */
export function phraseStartingAt(toks: TaggedTok[], i: number, prose: string, preps = 2): Phrase | null {
  const t = toks[i];
  if (!t) return null;
  // "her" before a noun is its determiner ("said her hairdresser"), which the tagger may read as a pronoun
  const possessive = POSSESSIVES.has(t.l) && MODIFIER.has(toks[i + 1]?.pos ?? '');
  if (t.pos === 'PRON' && !possessive)
    return SUBJECT_PRONOUNS.has(t.l) && t.l !== 'who' ? phrase(toks, prose, i, i) : null;
  let k = i;
  if (t.pos === 'DET' || POSSESSIVES.has(t.l)) k++;
  let head = -1;
  while (
    k < toks.length &&
    (MODIFIER.has(toks[k].pos) ||
      isPossessiveMark(toks[k]) ||
      toks[k].t === '&' ||
      joinsNames(toks, k) ||
      (k > i && joinsCapitalised(toks, k)) ||
      titlePeriod(toks, k, i))
  ) {
    if (HEAD.has(toks[k].pos)) head = k;
    k++;
  }
  // "said the 54-year-old", '"…," the chief said': the tagger reads an age or a role after "the" as an adjective
  if (head < 0 && k === i + 2 && t.pos === 'DET' && (PERSON_ROLES.has(toks[i + 1].l) || AGE.test(toks[i + 1].t)))
    head = i + 1;
  if (head < 0 || NOT_SPEAKERS.has(toks[head].l)) return null;
  let last = head;
  // a postnominal adjective before its preposition: "a person familiar with the matter", "people close to him"
  if (toks[head + 1]?.pos === 'ADJ' && INNER_PREPS.has(toks[head + 2]?.l ?? '')) last = head + 1;
  // "(D-Ohio)"
  if (toks[last + 1]?.t === '(') {
    let e = last + 2;
    while (e < toks.length && toks[e].t !== ')' && e - last < 10) e++;
    if (toks[e]?.t === ')') last = e;
  }
  // "records compiled by the Center for Responsive Politics", "a poll conducted by the Ledger"
  if (preps > 0 && compiledBy(toks, last + 1)) {
    const agent = phraseStartingAt(toks, last + 3, prose, preps - 1);
    if (agent && toks[agent.first].pos !== 'PRON') return phrase(toks, prose, i, agent.last);
  }
  // "the report by the state auditor", "a person familiar with the matter"
  for (let hops = 0; hops < preps; hops++) {
    const prep = toks[last + 1];
    if (!prep || !(INNER_PREPS.has(prep.l) || prep.l === 'by')) break;
    // "a source close to him", "people familiar with them"
    if (last === head + 1 && OBJECT_PRONOUNS.has(toks[last + 2]?.l ?? '')) {
      last += 2;
      break;
    }
    const inner = phraseStartingAt(toks, last + 2, prose, 0);
    if (!inner || toks[inner.first].pos === 'PRON') break;
    last = inner.last;
  }
  return phrase(toks, prose, i, last);
}
