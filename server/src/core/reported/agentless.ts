/**
 * Claims with no one to answer for them: a passive of a reporting or judging verb with no agent ("Mr. Quiros was
 * accused of using $50 million …", "The veto is expected to come before midnight"), "It was reported that …", and a
 * clause hedged by "reportedly" or "allegedly". The claim has no speaker (accused by whom?); the vague-attribution
 * rule says so for the accusing and reporting ones. Tried last: any named speaker in the sentence comes first.
 */
import WORDS from '../data/agentless.json';
import type { Span } from '../types';
import type { ReportedClaim, Sentence } from './sentence';
import { BE } from './words';

const PASSIVES = new Map<string, string[]>(Object.entries(WORDS.passives.words));
const IT_THAT = new Set(WORDS.itThat.words);
const HEDGES = new Set(WORDS.hedges.words);
const SEEMINGS = new Set(WORDS.seemings.words);
const OPENERS = new Set(WORDS.clauseOpeners.words);
const BREAKS = new Set([',', ';', ':', '—', '–', '(', ')', '"', '“', '”']);
const SUBJECT_TAGS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);

/** the cheap test before tagging: one of the words is in the sentence */
export function hasAgentless(prose: string, s: Span): boolean {
  const text = prose.slice(s.start, s.end).toLowerCase();
  for (const m of text.matchAll(/[a-z]+/g))
    if (PASSIVES.has(m[0]) || HEDGES.has(m[0]) || SEEMINGS.has(m[0]) || (IT_THAT.has(m[0]) && text.includes('that')))
      return true;
  return false;
}

export function agentless(st: Sentence): ReportedClaim | null {
  const { toks } = st;
  for (let k = 1; k < toks.length - 1; k++) {
    const r = passiveAt(st, k) ?? itThatAt(st, k) ?? hedgeAt(st, k) ?? seemingAt(st, k);
    if (r) return r;
  }
  return null;
}

/** "<subject> was (harshly) accused of …": the whole clause, subject and all, is the claim */
function passiveAt(st: Sentence, k: number): ReportedClaim | null {
  const { toks } = st;
  const next = PASSIVES.get(toks[k].l);
  if (!next || !next.includes(toks[k + 1]?.l ?? '')) return null;
  let b = k - 1;
  while (b > 0 && (toks[b].pos === 'ADV' || toks[b].l === 'not')) b--;
  if (!BE.has(toks[b].l)) return null;
  // "has been", "could be": the auxiliaries before the passive belong to it, not the subject
  while (b > 0 && (toks[b - 1].pos === 'AUX' || BE.has(toks[b - 1].l) || toks[b - 1].l === 'not')) b--;
  const from = clauseStart(st, b);
  if (from < 0) return null;
  return make(st, k, k + 1, from, clauseStop(st, k + 2));
}

/** "It was reported that the mayor had resigned": the words after "that" */
function itThatAt(st: Sentence, k: number): ReportedClaim | null {
  const { toks } = st;
  if (!IT_THAT.has(toks[k].l) || toks[k + 1]?.l !== 'that') return null;
  let b = k - 1;
  while (b > 0 && (toks[b].pos === 'ADV' || toks[b].l === 'not')) b--;
  if (!BE.has(toks[b].l)) return null;
  while (b > 0 && (toks[b - 1].pos === 'AUX' || BE.has(toks[b - 1].l))) b--;
  if (toks[b - 1]?.l !== 'it') return null;
  const from = k + 2;
  if (from >= toks.length) return null;
  return make(st, k, k, from, clauseStop(st, from, false));
}

/** "He allegedly brandished a pistol": the clause around the hedge */
function hedgeAt(st: Sentence, k: number): ReportedClaim | null {
  const { toks } = st;
  if (!HEDGES.has(toks[k].l)) return null;
  const from = clauseStart(st, k);
  if (from < 0) return null;
  return make(st, k, k, from, clauseStop(st, k + 1));
}

/** "Melania seems to have vanished": the clause, as for a hedge; "it seems to me" names whom it seems to */
function seemingAt(st: Sentence, k: number): ReportedClaim | null {
  const { toks } = st;
  if (
    !SEEMINGS.has(toks[k].l) ||
    toks[k + 1]?.l !== 'to' ||
    (toks[k + 2]?.pos !== 'VERB' && toks[k + 2]?.pos !== 'AUX')
  )
    return null;
  const from = clauseStart(st, k);
  if (from < 0) return null;
  return make(st, k, k + 1, from, clauseStop(st, k + 2));
}

/** where the clause before token b starts: after a comma, a quote mark or an opening word; it must have a subject */
function clauseStart(st: Sentence, b: number): number {
  const { toks } = st;
  let a = b;
  while (a > 0 && !BREAKS.has(toks[a - 1].t) && !OPENERS.has(toks[a - 1].l)) a--;
  // "Now Melania seems to …", "Still, the lack of enthusiasm …": an opening adverb is the writer's, not the claim's
  while (a < b && toks[a].pos === 'ADV') a++;
  if (a >= b) return -1;
  for (let i = a; i < b; i++) if (SUBJECT_TAGS.has(toks[i].pos)) return a;
  return -1;
}

/** the last word of the clause from k: up to a comma (unless told to read on) or the sentence's end */
function clauseStop(st: Sentence, k: number, atComma = true): number {
  const { toks } = st;
  let e = k;
  while (e < toks.length && !(atComma && BREAKS.has(toks[e].t)) && !/^[.!?;]$/.test(toks[e].t)) e++;
  return e - 1;
}

function make(st: Sentence, c0: number, c1: number, from: number, to: number): ReportedClaim | null {
  const { toks, prose, s } = st;
  if (to < from || to <= c1 - 1 || !toks[from] || !toks[to]) return null;
  // "was criticized for the delay by engineers": a named agent after all, which passive.ts reads
  for (let i = c1 + 1; i <= to; i++) if (toks[i].l === 'by' && SUBJECT_TAGS.has(toks[i + 1]?.pos ?? '')) return null;
  const at = toks[from].start;
  return {
    resume: to + 1,
    start: s.start,
    end: s.end,
    content: { start: at, end: toks[to].end },
    cue: prose.slice(toks[c0].start, toks[c1].end),
    cueSpan: { start: toks[c0].start, end: toks[c1].end },
    np: { start: at, end: at, text: '' },
    agentless: true,
  };
}
