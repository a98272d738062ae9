/** Passives with their agent: "The plan was criticized by engineers" (the engineers criticized the plan). */
import { phraseStartingAt } from '../phrases';
import type { Cue } from './cues';
import { claim, type ReportedClaim, type Sentence } from './sentence';
import { BE, TIME_WORDS } from './words';

/** "was criticized by engineers" → engineers; "It was reported that …" is vague and not a claim here */
export function passive(st: Sentence, c: Cue): ReportedClaim | null {
  const { toks, prose } = st;
  // "was reported earlier by", "was criticized on Monday by": where or when between the cue and its agent
  let by = c.last + 1;
  const when = (k: number) =>
    toks[k].pos === 'ADV' ||
    TIME_WORDS.has(toks[k].l) ||
    ((toks[k].l === 'on' || toks[k].l === 'in') && TIME_WORDS.has(toks[k + 1]?.l ?? ''));
  while (by - c.last <= 3 && toks[by] && when(by)) by++;
  if (toks[by]?.l !== 'by') return null;
  const agent = phraseStartingAt(toks, by + 1, prose, 1);
  if (!agent) return null;
  let b = c.first - 1;
  while (b > 0 && (BE.has(toks[b].l) || toks[b].pos === 'ADV' || toks[b].pos === 'AUX')) b--;
  // what was criticized: the clause's subject, from the sentence start ("The plan to close the bridge")
  if (b < 0 || !['NOUN', 'PROPN', 'PRON'].includes(toks[b].pos) || b > 20) return null;
  // "It was first declared by President Nixon": a lone pronoun says nothing of what was declared
  if (b === 0 && toks[0].pos === 'PRON') return null;
  const r = claim(st, agent, c, 0, b);
  if (r) r.resume = agent.last + 1;
  return r;
}
