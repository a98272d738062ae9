/**
 * Attributions opened by "as": a passive with its agent ("As reported by the Valley Courier, …", "…, as first reported
 * by the Valley Courier.") and a fronted "As Dan Ortiz noted, …" (with "while" and "although" alike).
 */
import { type Phrase, phraseStartingAt } from '../phrases';
import { type Cue, cueAt } from './cues';
import {
  claim,
  clauseEnd,
  closesClause,
  hasFiniteVerb,
  lastWord,
  onlyTailAfter,
  pastSetting,
  type ReportedClaim,
  type Sentence,
  span,
} from './sentence';
import { TIME_WORDS } from './words';

/**
 * A passive "as" with its agent, before or after the clause it sources: "As reported by the Valley Courier, the mayor
 * has resigned." / "The mayor has resigned, as first reported by the Valley Courier."
 */
export function asReportedBy(st: Sentence): ReportedClaim | null {
  const { toks } = st;
  const end = lastWord(st);
  let a = 0;
  while (a < toks.length && toks[a].pos === 'PUNCT') a++;
  // "As first reported by The Associated Press on Tuesday, …": when it was reported is no part of the source
  for (const tails of [0, 1]) {
    const front = agentAfterAs(st, a, tails);
    let after = front ? front.np.last + 1 : -1;
    while (front && TIME_WORDS.has(toks[after]?.l ?? '')) after++;
    const comma = front ? pastSetting(st, after) : -1;
    if (front && toks[comma]?.t === ',' && hasFiniteVerb(st, comma + 1, end))
      return claim(st, front.np, front.cue, comma + 1, end);
  }
  for (let m = end - 3; m >= 2; m--) {
    if (toks[m].t !== ',') continue;
    for (const tails of [0, 1]) {
      const back = agentAfterAs(st, m + 1, tails);
      if (back && onlyTailAfter(st, back.np.last + 1) && closesClause(st, m - 1))
        return claim(st, back.np, back.cue, 0, m - 1);
    }
  }
  return null;
}

/** "as (first) reported by X" at toks[a]: the agent X (with up to `tails` prepositional tails) and the cue */
function agentAfterAs(st: Sentence, a: number, tails: number): { np: Phrase; cue: Cue } | null {
  const { toks } = st;
  if (toks[a]?.l !== 'as') return null;
  let v = a + 1;
  while (toks[v]?.pos === 'ADV') v++;
  const cue = cueAt(toks, v);
  if (!cue || cue.lemma === 'according to' || !/ed$/.test(toks[cue.last].l) || toks[cue.last + 1]?.l !== 'by')
    return null;
  const np = phraseStartingAt(toks, cue.last + 2, st.prose, tails);
  if (!np) return null;
  // "by the Valley Courier last week": when is no part of the source
  let last = np.last;
  while (last > np.first && TIME_WORDS.has(toks[last].l)) last--;
  return { np: last < np.last ? span(st, np.first, last) : np, cue };
}

/**
 * The reported words of a cue whose subject follows a fronted "as", "while" or "although", given those from `from` to
 * `to` otherwise: "As Dan Ortiz noted, [the bridge is safe]." reports what follows the comma after the cue; "While Ana
 * Ruiz warns that [the levy will fail], the council …" ends at the comma.
 */
export function frontedAsBounds(
  st: Sentence,
  subjectFirst: number,
  c: Cue,
  from: number,
  to: number,
): [number, number] {
  const { toks } = st;
  const opener = toks[subjectFirst - 1]?.l;
  if ((opener === 'as' || opener === 'while' || opener === 'although') && subjectFirst <= 2) {
    if (opener === 'as' && toks[c.last + 1]?.t === ',') return [c.last + 2, to];
    return [from, clauseEnd(st, from, ',')];
  }
  return [from, to];
}
