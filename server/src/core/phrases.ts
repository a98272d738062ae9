/**
 * Speaker noun phrases over part-of-speech tags: determiner or possessive, modifiers, a head noun or name,
 * prepositional tails ("a person familiar with the matter"), parentheticals ("(D-Ohio)") and appositives
 * ("Her lawyer, Jane Doe,"), where a name in apposition beats a role noun.
 */
import type { TaggedTok } from './tagger';
import words from './data/attribution-words.json';

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
const NOT_SPEAKERS = new Set(words.notSpeakers.words);
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your', 'whose']);
const MODIFIER = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
const HEAD = new Set(['NOUN', 'PROPN', 'NUM']);
/** what may stand right before a subject: the start, punctuation, a conjunction, "that", "as", "while" */
const SUBJECT_OPENERS = new Set(['PUNCT', 'CCONJ', 'SCONJ']);

const isPossessiveMark = (t: TaggedTok) => t.t === "'s" || t.t === '’s' || t.t === "'" || t.t === '’';

function phrase(toks: TaggedTok[], prose: string, first: number, last: number): Phrase {
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
    if (MODIFIER.has(p.pos) || isPossessiveMark(p) || p.t === '&') {
      i--;
      continue;
    }
    if (p.pos === 'DET' || POSSESSIVES.has(p.l)) i--;
    break;
  }
  return i;
}

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
  if (!HEAD.has(head.pos) || NOT_SPEAKERS.has(head.l)) return null;
  let first = coreStart(toks, j);
  // prepositional tails: "the director of the FBI", "a person familiar with the matter"
  for (let hops = 0; hops < 2; hops++) {
    const prep = toks[first - 1];
    const before = toks[first - 2];
    if (!prep || !before || !INNER_PREPS.has(prep.l) || !(HEAD.has(before.pos) || before.pos === 'ADJ')) break;
    const outer = coreStart(toks, first - 2);
    if (!opensSubject(toks, outer)) break;
    first = outer;
  }
  // coordination: "The union and the company"
  if (toks[first - 1]?.l === 'and' && toks[first - 2] && HEAD.has(toks[first - 2].pos)) {
    const other = coreStart(toks, first - 2);
    if (opensSubject(toks, other)) first = other;
  }
  // time words in front are adverbials, not the speaker: "Last week Dan Ortiz"
  while (
    first < j &&
    (TIME_WORDS.has(toks[first].l) || (toks[first].pos === 'NUM' && TIME_WORDS.has(toks[first + 1]?.l)))
  )
    first++;
  if (toks[first].pos === 'ADJ' && first === j) return null;
  return phrase(toks, prose, first, last);
}

/** "Her lawyer, Jane Doe, said" → Jane Doe; "Dan Ortiz, a senior engineer, said" → Dan Ortiz */
function appositiveSubject(toks: TaggedTok[], comma: number, prose: string): Phrase | null {
  let k = comma - 1;
  for (let commas = 0; commas < 3; commas++) {
    while (k >= 0 && toks[k].t !== ',' && comma - k < 30 && !/["“”]/.test(toks[k].t)) k--;
    if (k < 1 || toks[k].t !== ',') return null;
    const head = phraseEndingAt(toks, k - 1, prose, false);
    if (head && opensSubject(toks, head.first)) {
      const name = appositiveName(toks, k + 1, comma - 1, prose);
      return name && !isName(toks, head) ? name : head;
    }
    k--;
  }
  return null;
}

function isName(toks: TaggedTok[], p: Phrase): boolean {
  return toks[p.last].pos === 'PROPN' || (toks[p.last].t === ')' && toks[p.first].pos === 'PROPN');
}

/** the appositive toks[a..b] when it is a bare name: "Jane Doe" */
function appositiveName(toks: TaggedTok[], a: number, b: number, prose: string): Phrase | null {
  if (b < a || b - a > 5) return null;
  for (let i = a; i <= b; i++) if (toks[i].pos !== 'PROPN') return null;
  return phrase(toks, prose, a, b);
}

/** the token before toks[first] lets a subject start there */
export function opensSubject(toks: TaggedTok[], first: number): boolean {
  const p = toks[first - 1];
  if (!p) return true;
  if (SUBJECT_OPENERS.has(p.pos) || p.l === 'that' || p.l === 'as' || p.l === 'while') return p.t !== ')';
  if (TIME_WORDS.has(p.l)) return true;
  if (p.pos === 'ADV' && (first - 1 === 0 || toks[first - 2].pos === 'PUNCT')) return true;
  return false;
}

/** A speaker phrase starting at toks[i]: "Dan Ortiz, a senior engineer …" → Dan Ortiz; "the report by the auditor" */
export function phraseStartingAt(toks: TaggedTok[], i: number, prose: string, preps = 2): Phrase | null {
  const t = toks[i];
  if (!t) return null;
  if (t.pos === 'PRON') return SUBJECT_PRONOUNS.has(t.l) && t.l !== 'who' ? phrase(toks, prose, i, i) : null;
  let k = i;
  if (t.pos === 'DET' || POSSESSIVES.has(t.l)) k++;
  let head = -1;
  while (k < toks.length && (MODIFIER.has(toks[k].pos) || isPossessiveMark(toks[k]) || toks[k].t === '&')) {
    if (HEAD.has(toks[k].pos)) head = k;
    k++;
  }
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
  // "the report by the state auditor", "a person familiar with the matter"
  for (let hops = 0; hops < preps; hops++) {
    const prep = toks[last + 1];
    if (!prep || !(INNER_PREPS.has(prep.l) || prep.l === 'by')) break;
    const inner = phraseStartingAt(toks, last + 2, prose, 0);
    if (!inner || toks[inner.first].pos === 'PRON') break;
    last = inner.last;
  }
  return phrase(toks, prose, i, last);
}
