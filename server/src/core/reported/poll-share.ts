/**
 * Poll results written with a share of those asked as the subject: "About three-quarters support a temporary ban",
 * "57 percent see Trump negatively", "Fewer than 15 percent of Republicans approve of his job performance". The share
 * is the source and what it holds is the claim, though "approve" or "choose" report nothing elsewhere.
 */
import type { Span } from '../types';
import { claim, lastWord, type ReportedClaim, type Sentence, span } from './sentence';
import words from '../data/attribution-words.json';
import { CONNECTORS } from './words';

const SHARE = words.pollShares;
const APPROXIMATIONS = new Set(SHARE.approximations);
const FRACTIONS = new Set(SHARE.fractions);
const ASKED = new Set(SHARE.asked);
const VERBS = new Set(SHARE.verbs);
const PARTICLES = new Map(Object.entries(SHARE.particles as Record<string, string[]>));
const OPINIONS = new Set(SHARE.opinionNouns);
const PARTICLE_REQUIRED = new Set(SHARE.particleRequired);
/** "have"/"hold" report a share's opinion only: "held a favorable opinion of him", not "had jobs" */
const OPINION_VERBS = new Set(['have', 'had', 'hold', 'held']);
/** words between the share and its verb: "would choose", "still support", "do not trust" */
const VERB_SKIPS = new Set(['AUX', 'ADV', 'PART']);
/** words that open the next share's result with no comma before them */
const CONTRASTS = new Set(['while', 'whereas']);

/** how far into the sentence the share may start: "Among registered voters in the state, 57 percent …" */
const SHARE_REACH = 80;

/** the cheap test before tagging: a share word near the sentence's start or after "while", "and", "but" or ";", and a
 * verb a share may hold a view with */
export function hasPollShare(prose: string, s: Span): boolean {
  const text = prose.slice(s.start, s.end);
  const head = text.slice(0, SHARE_REACH);
  if (!SHARE_WORD.test(head) && !LATER_SHARE.test(text)) return false;
  return (text.toLowerCase().match(/[a-z]+/g) ?? []).some((w) => VERBS.has(w));
}

const SHARE_WORD = /\d\s?%|\b(?:percent|majorit(?:y|ies)|plurality|half|thirds?|quarters?|fifths?)\b/i;
/** a share opening a later clause: "…, while 61 percent say …", "…; about a third said …" */
const LATER_SHARE =
  /(?:\b(?:while|whereas|and|but)|;)\s+(?:[a-z]+\s+){0,3}?(?:\d[\d.]*\s?(?:%|percent)|(?:a|one|two|three)[ -](?:third|quarter|half|fifth)|half|majorit)/i;

/** words after which a clause of its own may open with a share: "…, while 61 percent say the same of her" */
const SHARE_OPENERS = new Set(['while', 'whereas', 'and', 'but', ';']);

/**
 * the share of those asked that opens the sentence (or follows a fronted phrase and a comma), or opens a clause after
 * "while", "and", "but" or a semicolon at or after toks[from], and what it holds
 */
export function pollShare(st: Sentence, from = 0): ReportedClaim | null {
  const { toks } = st;
  const starts: number[] = [];
  if (from === 0) {
    // "And 32 percent said …"
    starts.push(toks[0]?.pos === 'CCONJ' ? 1 : 0);
    // "Among Republicans, 57 percent see …": a fronted phrase and its comma before the share
    const comma = toks[0]?.pos === 'ADP' ? toks.findIndex((t, k) => k < 10 && t.t === ',') : -1;
    if (comma > 0) starts.push(comma + 1);
  }
  for (let k = Math.max(from, 2); k < toks.length - 2; k++) if (SHARE_OPENERS.has(toks[k - 1].l)) starts.push(k);
  for (const a of starts) {
    const subjectEnd = shareEnd(st, a);
    if (subjectEnd < 0) continue;
    const found = heldAfter(st, a, subjectEnd);
    if (found) return found;
  }
  return null;
}

/** the last token of a share subject opening at toks[a] ("About two-thirds of Republican primary voters"), or -1 */
function shareEnd(st: Sentence, a: number): number {
  const { toks } = st;
  let k = a;
  while (k < a + 4 && APPROXIMATIONS.has(toks[k]?.l ?? '')) k++;
  let share = -1;
  if (toks[k]?.pos === 'NUM' && /%$/.test(toks[k].t)) share = k;
  else if (toks[k]?.pos === 'NUM' && FRACTIONS.has(toks[k + 1]?.l ?? '')) share = k + 1;
  // "Six in 10", "three out of four"
  else if (toks[k]?.pos === 'NUM' && toks[k + 1]?.l === 'in' && toks[k + 2]?.pos === 'NUM') share = k + 2;
  else if (FRACTIONS.has(toks[k]?.l ?? '') && toks[k].l !== '%' && toks[k].l !== 'percent') share = k;
  if (share < 0) return -1;
  // the share must be counted, not a word that only looks like one: "half" alone, "a third", "majorities"
  if (share === k && toks[k].pos !== 'NUM' && !['half', 'majorities'].includes(toks[k].l) && !/-/.test(toks[k].l)) {
    const det = toks[k - 1];
    if (!det || (det.l !== 'a' && det.l !== 'one' && det.l !== 'the')) return -1;
  }
  let end = share;
  // "of Republican primary voters in all five states", "of those surveyed"
  // "More than half the senators surveyed": "half" takes its group without "of"
  const link = toks[end].l === 'half' && toks[end + 1]?.l === 'the' ? 0 : 1;
  if (link === 0 || toks[end + 1]?.l === 'of' || toks[end + 1]?.l === 'across') {
    const group = groupEnd(st, end + 1 + link);
    if (group < 0) return -1;
    end = group;
  }
  while (ASKED.has(toks[end + 1]?.l ?? '')) end++;
  return end;
}

/** the words the group may be made of: "Democratic registered voters in all five states", "those surveyed" */
const GROUP_WORDS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'ADP', 'PART', 'CCONJ', 'PRON']);
const MAX_GROUP = 12;
const RELATIVES = new Set(['who', 'whom', 'whose', 'that', 'which']);

/**
 * the last token of the group after "of" ("of Republican primary voters in all five states"): it runs to the word
 * before the share's verb, which the tagger may read as a noun ("the political spectrum favor"), so the group is
 * read up to the first of the share verbs after a noun
 */
function groupEnd(st: Sentence, a: number): number {
  const { toks } = st;
  for (let k = a; k < Math.min(toks.length, a + MAX_GROUP); k++) {
    const t = toks[k];
    const afterNoun = k > a && (['NOUN', 'PROPN', 'NUM', 'PRON'].includes(toks[k - 1].pos) || ASKED.has(toks[k - 1].l));
    if (afterNoun && (VERBS.has(t.l) || VERB_SKIPS.has(t.pos))) return k - 1;
    // "those who picked these options": a relative clause inside the group is more than this rule reads
    if (k > a && RELATIVES.has(t.l)) return -1;
    // "registered voters", "likely voters": a participle before a noun is part of the group
    const modifier = t.pos === 'VERB' && /(?:ed|ing)$/.test(t.l) && toks[k + 1]?.pos === 'NOUN';
    if (!GROUP_WORDS.has(t.pos) && !ASKED.has(t.l) && !modifier) return -1;
  }
  return -1;
}

/** the verb after the share and what it holds, to the end of the clause */
function heldAfter(st: Sentence, a: number, subjectEnd: number): ReportedClaim | null {
  const { toks } = st;
  let v = subjectEnd + 1;
  while (v < subjectEnd + 4 && VERB_SKIPS.has(toks[v]?.pos ?? '') && !VERBS.has(toks[v].l)) v++;
  const verb = toks[v];
  if (!verb || !VERBS.has(verb.l)) return null;
  if (OPINION_VERBS.has(verb.l) && !toks.slice(v + 1, v + 5).some((t) => OPINIONS.has(t.l))) return null;
  let from = v + 1;
  if (PARTICLES.get(verb.l)?.includes(toks[from]?.l ?? '')) from++;
  else if (PARTICLE_REQUIRED.has(verb.l)) return null;
  const to = clauseEnd(st, from);
  if (to < from) return null;
  return claim(st, span(st, a, subjectEnd), { lemma: verb.l, first: v, last: v }, from, to);
}

/** the end of what the share holds: before ", while 61 percent …" or a semicolon */
function clauseEnd(st: Sentence, from: number): number {
  const { toks } = st;
  const end = lastWord(st);
  for (let k = from; k <= end; k++) {
    if (toks[k].t === ';') return k - 1;
    if (toks[k].t === ',' && CONNECTORS.has(toks[k + 1]?.l ?? '')) return k - 1;
    // "48 percent chose Clinton while 45 percent chose Cruz": the next share's result is its own
    if (CONTRASTS.has(toks[k].l) && k > from) return k - 1;
  }
  return end;
}
