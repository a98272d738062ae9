/**
 * What every clause rule shares: the sentence being read, the claims it yields, and where reported words start after
 * a cue, what they may be, and where they end.
 */
import { isPossessiveMark, phrase, type Phrase, phraseStartingAt } from '../phrases';
import type { TaggedTok } from '../tagger';
import type { Span } from '../types';
import { type Cue, participleCue } from './cues';
import { ellipticalAnswer } from './elliptical';
import { objectEnd } from './object-setting';
import { clauseAfterSetting } from './setting-clause';
import {
  ADDRESSEE_CUES,
  APPROXIMATION_LINKS,
  ATTITUDE_INFINITIVES,
  CLAUSE_NOUNS,
  CLAUSE_WORDS,
  CUES,
  INFINITIVE_CUES,
  NOUN_PHRASE_WORDS,
  OBJECT_CUES,
  OBTAINING_BEFORE,
  OBTAINING_CUES,
  OBJECT_STARTS,
  OBJECT_PRONOUNS,
  OWNED_NOUNS,
  PERSONAL_SUBJECTS,
  SHARES,
  TAIL_NOUNS,
  TAIL_CLAUSE_OPENERS,
  TAIL_PREPS,
  TAIL_WORDS,
  THING_ASKED,
  TOPIC_AFTER_ADDRESSEE,
  TIME_WORDS,
} from './words';

/** one sentence (or the words beside a quote) as the clause rules read it */
export interface Sentence {
  readonly prose: string;
  readonly s: Span;
  readonly toks: TaggedTok[];
  /** toks[0] opens a sentence (not so in the words after a closing quote) */
  readonly sentenceStart: boolean;
}

export interface ReportedClaim {
  start: number;
  end: number;
  content: Span;
  cue: string;
  cueSpan: Span;
  np: { start: number; end: number; text: string; common?: boolean };
  /** token index where the next claim of the sentence may start (after this one's reported words or attribution) */
  resume?: number;
  /** the claim is a subject an attribution splits from its verb: "The plan, the senator said, would …" */
  splitSubject?: boolean;
  /** no one is named: "was accused of …", "It was reported that …" (np is then empty, at the claim's start) */
  agentless?: boolean;
}

export interface QuoteAttribution {
  speaker: { start: number; end: number; text: string; common?: boolean };
  cue: string;
  cueSpan: Span;
}

/** a common-noun head; a capitalised plural opening the sentence ("Investigators found") counts as one */
export function isCommon(toks: TaggedTok[], np: Phrase & { head?: number }, sentenceStart: boolean): boolean {
  const head = toks[np.head ?? np.last];
  return head.pos === 'NOUN' || (sentenceStart && np.first === 0 && np.last === 0 && /\p{Ll}s$/u.test(head.t));
}

/** the words of a setting after a cue: "at the time", "in a statement on Monday", "during the debate" */
const SETTING_WORDS = new Set(['DET', 'NOUN', 'PROPN', 'NUM', 'ADJ', 'ADP', 'PRON']);

/** past where or when an attribution was made, up to its comma: "said [at the time], adding that …" */
export function pastSetting(st: Sentence, k: number): number {
  const { toks } = st;
  if (!TAIL_PREPS.has(toks[k]?.l ?? '')) return k;
  for (let e = k + 1; e < Math.min(toks.length, k + 8); e++) {
    if (toks[e].t === ',') return e;
    if (!SETTING_WORDS.has(toks[e].pos)) return k;
  }
  return k;
}

/**
 * Past a longer setting to the comma before a participle that reports more: "said at a town hall event in Buffalo,
 * New York, on Thursday, hinting at …", "said Thursday night, suggesting …"; else as pastSetting
 */
export function pastSettingToParticiple(st: Sentence, k: number): number {
  const { toks } = st;
  for (let e = k; e < Math.min(toks.length - 1, k + 16); e++) {
    if (toks[e].t === ',' && participleCue(toks, e + 1)) return e;
    if (toks[e].t !== ',' && toks[e].pos !== 'ADV' && !SETTING_WORDS.has(toks[e].pos)) break;
  }
  return pastSetting(st, k);
}

/**
 * The words before a trailing attribution, toks[0..b], are what it reports: a clause, not a fronted phrase
 * ("Speaking to students this week, Biden responded to …"), nor a bare phrase ("Two weeks later, Ana Ruiz wrote …",
 * "Ivanka Trump, his daughter, noted the rule"). The tagger reads some verbs as adjectives ("The river crested").
 */
export function closesClause(st: Sentence, b: number): boolean {
  const { toks } = st;
  const first = toks[0];
  const fronted = first.pos === 'ADP' || first.pos === 'SCONJ' || (first.pos === 'VERB' && first.l.endsWith('ing'));
  if (hasFiniteVerb(st, 0, b)) return true;
  for (let k = 1; k <= b; k++) if (toks[k].pos === 'ADJ' && toks[k].l.endsWith('ed') && !fronted) return true;
  return false;
}

/** toks[a..b] hold a finite verb: not a participle opening them, after a preposition or used as an adjective */
export function hasFiniteVerb(st: Sentence, a: number, b: number): boolean {
  const { toks } = st;
  for (let k = a; k <= b; k++) {
    const t = toks[k];
    if (t.pos === 'AUX') return true;
    if (t.pos !== 'VERB' || t.l.endsWith('ing') || k === a) continue;
    const prev = toks[k - 1];
    if (prev.pos !== 'ADP' && prev.pos !== 'DET' && prev.pos !== 'ADJ') return true;
    // "The middle fifth paid 8.9 percent": after an adjective, a verb with a number or determiner after it
    if (prev.pos === 'ADJ' && OBJECT_STARTS.has(toks[k + 1]?.pos ?? '')) return true;
  }
  return false;
}

/** what follows a trailing cue is only where or when it was said, an appositive, or a new clause after a comma */
export function onlyTailAfter(st: Sentence, k: number): boolean {
  const { toks } = st;
  const end = lastWord(st);
  if (k > end) return true;
  const t = toks[k];
  // after a comma anything may follow: an appositive, or the rest of the reported words ("…, she said, and …")
  if (t.t === ',' || t.t === '—' || t.t === ';' || t.t === '(') return true;
  return isTailStart(st, k);
}

export function isTailStart(st: Sentence, k: number): boolean {
  const t = st.toks[k];
  if (!t) return true;
  return (
    TAIL_WORDS.has(t.l) ||
    TAIL_PREPS.has(t.l) ||
    TIME_WORDS.has(t.l) ||
    tailClauseAt(st, k) ||
    t.pos === 'ADV' ||
    t.l === 'told' ||
    t.l === 'who' ||
    t.l === 'adding' ||
    t.l === 'citing' ||
    t.l === 'referring'
  );
}

/** the words CLAUSE_STARTS may open a clause with: "as he labored", "when asked", not "as much" */
const CLAUSE_STARTS = new Set(['PRON', 'DET', 'PROPN', 'NOUN', 'VERB', 'AUX']);

/** toks[k] opens a clause that says when or why something was said: "…, she said as she left", "when asked" */
export function tailClauseAt(st: Sentence, k: number): boolean {
  const next = st.toks[k + 1];
  return TAIL_CLAUSE_OPENERS.has(st.toks[k]?.l ?? '') && !!next && CLAUSE_STARTS.has(next.pos);
}

/** toks[k] opens an approximate number or share: "nearly 40", "about half", "at least half", "more than a third" */
export function approximationAt(st: Sentence, k: number): boolean {
  const { toks } = st;
  const t = toks[k];
  if (!t || !(t.pos === 'ADV' || t.pos === 'ADP' || t.pos === 'ADJ')) return false;
  if (APPROXIMATION_LINKS.has(toks[k + 1]?.l ?? '')) return quantityAt(st, k + 2);
  return t.pos !== 'ADJ' && quantityAt(st, k + 1);
}

/** toks[k] opens a number or a share: "10", "half", "a third" */
export function quantityAt(st: Sentence, k: number): boolean {
  const { toks } = st;
  const t = toks[k];
  if (!t) return false;
  if (t.pos === 'NUM' || SHARES.has(t.l)) return true;
  return (t.l === 'a' || t.l === 'one') && SHARES.has(toks[k + 1]?.l ?? '');
}

/** where the reported words start after a cue: past the addressee, "in a statement", "on Monday", a colon */
export function contentStart(st: Sentence, c: Cue): number {
  const { toks, prose } = st;
  let k = c.last + 1;
  // "…, Mr. Manafort said, adding that …": what follows the comma is the next claim, not this cue's words
  if (participleAfterComma(toks, k)) return -1;
  if (ADDRESSEE_CUES.has(c.lemma)) {
    const obj = phraseStartingAt(toks, k, prose, 0);
    if (obj && toks[obj.first].l !== 'that' && !thingAsked(st, c, obj)) k = obj.last + 1;
    else if (addresseePronoun(st, k)) k++;
    // "told the audience at his fundraiser for veterans that …": the addressee runs on to "that"
    const that = thatAfterAddressee(st, k);
    if (that > 0) return that;
    // "urged Republicans to join the ranks of …", "told her husband to come out of the car": whom the speaker urges is
    // part of what is reported, as news annotation reads it (not so the audience of a "that" clause)
    if (k > c.last + 1 && toks[k]?.l === 'to' && toks[k + 1]?.pos === 'VERB') return c.last + 1;
    // "asked Clinton about her email scandal", "asked her about …": the topic of the question is what is reported
    const topic = k === c.last + 1 && OBJECT_PRONOUNS.has(toks[k]?.l ?? '') ? k + 1 : k;
    if (topic > c.last + 1 && TOPIC_AFTER_ADDRESSEE.has(c.lemma) && toks[topic]?.l === 'about') return topic + 1;
  }
  for (let guard = 0; guard < 6 && k < toks.length; guard++) {
    const t = toks[k];
    if (
      (TAIL_WORDS.has(t.l) && !CLAUSE_WORDS.has(t.l)) ||
      (TIME_WORDS.has(t.l) && t.pos === 'NOUN' && k > c.last + 1 && TIME_WORDS.has(toks[k - 1].l))
    ) {
      k++;
      continue;
    }
    if (TAIL_PREPS.has(t.l) && t.l !== 'to') {
      let e = k + 1;
      while (e < toks.length && e - k <= 4 && !TAIL_NOUNS.has(toks[e].l) && /^\p{L}/u.test(toks[e].t)) e++;
      if (TAIL_NOUNS.has(toks[e]?.l ?? '')) {
        k = e + 1;
        continue;
      }
    }
    if (t.l === 'to' && (toks[k + 1]?.l === 'reporters' || toks[k + 1]?.l === 'journalists')) {
      k += 2;
      continue;
    }
    break;
  }
  // "…, Mr. Manafort said Thursday night, suggesting that …": past where or when, the participle is the next claim
  if (k > c.last + 1 && toks[k - 1].t === ',' && participleAfterComma(toks, k - 1)) return -1;
  // "says at a campaign stop in Toledo, Ohio, that …": a longer setting before "that"
  if (toks[k]?.pos === 'ADP' && toks[k].l !== 'that') {
    for (let e = k + 1; e < Math.min(toks.length, k + 12); e++) {
      if (toks[e].pos === 'AUX') break;
      // "says in Ohio that …", "said at a rally in Toledo, Ohio, that …"
      const place = toks[e - 1].pos === 'PROPN' && e - k <= 6;
      // "concluded in that case that …", "disclosed for the first time that …": a "that" the tagger reads as the
      // opener of a clause, after words that only say where or when
      const opener = opensClause(toks, e) && e > k + 1 && settingOnly(st, k + 1, e - 1);
      if (toks[e].l === 'that' && (toks[e - 1].t === ',' || TIME_WORDS.has(toks[e - 1].l) || place || opener)) {
        k = e;
        break;
      }
    }
  }
  // "said after the convention he would …": a setting, then a clause with its own subject and no "that"
  const clause = toks[k]?.l === 'that' ? -1 : clauseAfterSetting(st, k);
  if (clause > 0) return clause;
  while (k < toks.length && (toks[k].t === ',' || toks[k].t === ':')) k++;
  return k < toks.length ? k : -1;
}

/** toks[k] is a comma and a participle follows it: "…, adding that …" */
function participleAfterComma(toks: TaggedTok[], k: number): boolean {
  return toks[k]?.t === ',' && toks[k + 1]?.pos === 'VERB' && toks[k + 1].l.endsWith('ing');
}

/**
 * the "that" at toks[e] opens a clause: as the tagger reads it, or before a personal pronoun and its verb, which the
 * tagger may read as a pronoun ("suggested on social media that he'd look for …")
 */
function opensClause(toks: TaggedTok[], e: number): boolean {
  if (toks[e].pos === 'SCONJ') return true;
  // a verb with more after it: not the relative clause closing "testified at the hearing that she requested."
  const verb = toks[e + 2];
  const more = toks[e + 3] && toks[e + 3].pos !== 'PUNCT';
  const finite = verb?.pos === 'AUX' || (verb?.pos === 'VERB' && !verb.l.endsWith('ing') && more);
  return toks[e].l === 'that' && PERSONAL_SUBJECTS.has(toks[e + 1]?.l ?? '') && finite;
}

/**
 * toks[a..b] are the words of a setting before a "that" at b + 1: a noun phrase and its prepositions ("that case",
 * "the first time"), not one with "to" ("responded to that tweet by …"), nor a noun with a clause of its own
 * ("accusations that …"), and what follows "that" opens a clause, not the rest of a noun phrase ("that tweet")
 */
function settingOnly(st: Sentence, a: number, b: number): boolean {
  const { toks } = st;
  for (let k = a; k <= b; k++) if (!SETTING_WORDS.has(toks[k].pos) || toks[k].l === 'to') return false;
  const next = toks[b + 2];
  if (!next || next.pos === 'NOUN' || next.pos === 'ADJ') return false;
  return !CLAUSE_NOUNS.has(toks[b].l) && !OWNED_NOUNS.has(toks[b].l);
}

/**
 * The object of "urged", "ordered", "requested" or "promised" is what was asked for or promised, not whom, when
 * nothing said to it follows: "Lawmaker urges retaliation on Russia", "The judge ordered an investigation into the
 * jail", "has promised a veto" (not "urged the council to delay the vote", "urged voters that …", nor a person:
 * "urged Ortiz")
 */
function thingAsked(st: Sentence, c: Cue, obj: { first: number; last: number }): boolean {
  const { toks } = st;
  if (!THING_ASKED.has(c.lemma) || toks[obj.last].pos !== 'NOUN' || OBJECT_PRONOUNS.has(toks[obj.first].l))
    return false;
  const after = toks[obj.last + 1];
  if (!after || /^[.!?;]$/.test(after.t)) return true;
  // "has promised a veto and attempted to …": a second verb of the subject's
  const secondVerb = after.l === 'and' && ['VERB', 'AUX'].includes(toks[obj.last + 2]?.pos ?? '');
  return (after.pos === 'ADP' && after.l !== 'to') || after.t === ',' || secondVerb;
}

/** what follows a pronoun that makes it the person addressed, not a possessive: "urged her to …", "told her the …" */
const AFTER_ADDRESSEE = new Set(['DET', 'PRON', 'NUM', 'PART', 'SCONJ']);

/** toks[k] is a pronoun for whom a cue addresses: "implored her to bring it back" (not "told her husband") */
function addresseePronoun(st: Sentence, k: number): boolean {
  const { toks } = st;
  const next = toks[k + 1];
  if (!OBJECT_PRONOUNS.has(toks[k]?.l ?? '') || !next) return false;
  return next.l === 'to' || next.l === 'that' || AFTER_ADDRESSEE.has(next.pos);
}

/** the "that" opening the reported words within a few words after an addressee with no verb between, or -1 */
function thatAfterAddressee(st: Sentence, k: number): number {
  const { toks } = st;
  for (let e = k; e < Math.min(toks.length, k + 12); e++) {
    const t = toks[e];
    if (t.l === 'that') return e > k && toks[e - 1].t !== ',' ? e : -1;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT' || t.pos === 'SCONJ') return -1;
  }
  return -1;
}

/** the reported words are a clause, "that …", an infinitive for intentions, or an object for cues that take one */
export function validContent(st: Sentence, c: Cue, from: number, to: number): boolean {
  const { toks } = st;
  if (obtaining(st, c, from)) return false;
  // "Everyone but Hewlett said yes.", "Jeff Flake said he would."
  if (ellipticalAnswer(toks, c, from, to)) return true;
  // "endorsed Clinton", "supported Sanders": a name alone is what an object cue reports
  if (to === from) return OBJECT_CUES.has(c.lemma) && (toks[from].pos === 'PROPN' || toks[from].pos === 'NOUN');
  if (to - from < 1) return false;
  const first = toks[from];
  if (first.l === 'to')
    return (
      (INFINITIVE_CUES.has(c.lemma) || ATTITUDE_INFINITIVES.has(c.lemma) || OWNED_NOUNS.has(c.lemma)) && to - from >= 1
    );
  if (CLAUSE_WORDS.has(first.l) || /^["“‘]/.test(first.t)) return true;
  if (first.l === 'for' && forToClause(st, from, to)) return true;
  // "said about half of the adjustment reflected …": an approximation opens the clause's subject
  const approximates = first.pos === 'ADP' && approximationAt(st, from);
  if ((first.pos === 'ADP' && !approximates) || first.pos === 'PUNCT' || first.pos === 'CCONJ') return false;
  // "Most who testified [said the dam leaked]": words opening with a finite cue are the main clause, not a report
  if (first.pos === 'VERB' && CUES.has(first.l) && !first.l.endsWith('ing') && /^\p{Ll}/u.test(first.t)) return false;
  const hasVerb = toks.slice(from, to + 1).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  if (hasVerb && to - from >= 2 && !verbsOnlyInRelative(toks, from, to)) return true;
  if (to - from === 1 && twoWordClause(toks[from], toks[to])) return true;
  return OBJECT_CUES.has(c.lemma) && to - from >= 1;
}

/** the relative words that open a clause inside a noun phrase: "eight caseworkers who would work at the shelter" */
const RELATIVES = new Set(['who', 'which']);

/**
 * The words' only verb group is a relative clause's, right after its "who" or "which": "The budget adds 22 positions
 * to the department, including eight caseworkers who would work at the shelter" reports no clause, it adds an object
 * ("…, including" after a comma is no verb of a clause). "said officers who were injured are in stable condition" has
 * its own verb after the relative's, and so keeps its claim.
 */
function verbsOnlyInRelative(toks: TaggedTok[], from: number, to: number): boolean {
  const afterComma = (k: number) => toks[k].pos === 'VERB' && /ing$/.test(toks[k].l) && toks[k - 1]?.t === ',';
  const isVerb = (k: number) => (toks[k].pos === 'VERB' || toks[k].pos === 'AUX') && !afterComma(k);
  let k = from;
  while (k <= to && !isVerb(k)) k++;
  if (k > to || !RELATIVES.has(toks[k - 1]?.l ?? '')) return false;
  const group = k;
  for (; k <= to && (isVerb(k) || toks[k].pos === 'ADV' || toks[k].pos === 'PART'); k++)
    // "who were injured are …": an auxiliary after the relative's verb opens the clause's own
    if (k > group && toks[k].pos === 'AUX' && toks[k - 1].pos === 'VERB') return false;
  for (; k <= to; k++) if (isVerb(k)) return false;
  return true;
}

/** "said sales rose", "says prices fell": a subject and its finite verb are a whole clause */
function twoWordClause(subject: TaggedTok, verb: TaggedTok): boolean {
  const names = subject.pos === 'NOUN' || subject.pos === 'PROPN' || subject.pos === 'PRON';
  return names && verb.pos === 'VERB' && /^\p{Ll}+$/u.test(verb.t) && !verb.t.endsWith('ing');
}

/** "the board must find $2 million", "crews are trying to find the leak": getting something, not a finding */
function obtaining(st: Sentence, c: Cue, from: number): boolean {
  const { toks } = st;
  if (!OBTAINING_CUES.has(c.lemma) || CLAUSE_WORDS.has(toks[from]?.l ?? '')) return false;
  let k = c.first - 1;
  while (k > 0 && (toks[k].pos === 'ADV' || toks[k].l === 'not')) k--;
  return k >= 0 && OBTAINING_BEFORE.has(toks[k].l);
}

/** "for the party's nominee to win, …": "for", a noun phrase and an infinitive open a clause */
function forToClause(st: Sentence, from: number, to: number): boolean {
  const { toks } = st;
  for (let k = from + 2; k < Math.min(to, from + 8); k++) {
    if (toks[k].l === 'to') return toks[k + 1]?.pos === 'VERB' || toks[k + 1]?.pos === 'AUX';
    if (!NOUN_PHRASE_WORDS.has(toks[k].pos) && !isPossessiveMark(toks[k])) return false;
  }
  return false;
}

/** the last token before the first `mark` after from (for "While X warns that …, the council …") */
export function clauseEnd(st: Sentence, from: number, mark: string): number {
  for (let k = Math.max(from, 0) + 1; k <= lastWord(st); k++) if (st.toks[k].t === mark) return k - 1;
  return lastWord(st);
}

/** index of the last word token (the sentence's final punctuation and closing marks are not content) */
export function lastWord(st: Sentence): number {
  let k = st.toks.length - 1;
  while (k > 0 && st.toks[k].pos === 'PUNCT' && !/^[”"’)]/.test(st.toks[k].t)) k--;
  return k;
}

export function span(st: Sentence, first: number, last: number): Phrase {
  return phrase(st.toks, st.prose, first, last);
}

export function claim(
  st: Sentence,
  np: Phrase,
  c: Cue,
  from: number,
  to: number,
  common?: boolean,
): ReportedClaim | null {
  const { toks, s } = st;
  if (from < 0 || to < from || !toks[from] || !toks[to]) return null;
  // "attacked Machado in early-morning tweets": a plain object ends before where or when it was said (the next claim
  // still starts after the setting)
  // (not what "called" names, which may come after the setting: "called his remarks on Saturday a wake-up call")
  // (nor after a participle, whose object is more often the event the setting belongs to: "…, referring to the
  // board's vote on Tuesday")
  const participle = toks[c.first].l.endsWith('ing');
  const plainObject = from > c.last && OBJECT_CUES.has(c.lemma) && c.lemma !== 'call' && !participle;
  const last = plainObject ? objectEnd(toks, from, to) : to;
  // "… and seemed to think …": after a second verb of the speaker's, the next claim may start at once
  const second = last < to && toks[last + 1].l === 'and';
  return {
    resume: second ? last + 1 : to + 1,
    start: s.start,
    end: s.end,
    content: { start: toks[from].start, end: toks[last].end },
    cue: st.prose.slice(toks[c.first].start, toks[c.last].end),
    cueSpan: { start: toks[c.first].start, end: toks[c.last].end },
    np: {
      start: np.start,
      end: np.end,
      text: np.text,
      common: np.first < 0 ? common : isCommon(toks, np, st.sentenceStart),
    },
  };
}
