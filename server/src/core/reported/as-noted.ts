/**
 * Attributions opened by "as": a passive with its agent ("As reported by the Valley Courier, …", "…, as first reported
 * by the Valley Courier.") and a fronted "As Dan Ortiz noted, …" (with "while" and "although" alike).
 */
import { isPossessiveMark, type Phrase, phraseStartingAt } from '../phrases';
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
  if ((opener === 'as' || opener === 'while' || opener === 'although') && opensSentence(st, subjectFirst - 1)) {
    // "As Ms. Ruiz put it [in a statement in July], …": where or when it was said, up to the comma
    const comma = opener === 'as' ? commaAfterAside(st, c.last + 1) : -1;
    // "…, [in the early days of the term,] the president could act alone": the clause after a fronted setting
    if (comma > 0) return [toks[comma + 1]?.pos === 'ADP' ? pastFrontedSetting(st, comma + 1) : comma + 1, to];
    return [from, clauseEnd(st, from, ',')];
  }
  return [from, to];
}

/** the words of where, when or how something was said: "in a statement to my colleague in July", "with a chart" */
const ASIDE_TAGS = new Set(['ADP', 'DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'ADV', 'PRON']);

/** the longest aside read over between a fronted "as" cue and its comma, in words */
const MAX_ASIDE = 14;

/** the comma at or after toks[k] that closes a fronted "as" attribution's aside, or -1 */
function commaAfterAside(st: Sentence, k: number): number {
  const { toks } = st;
  // an aside opens with its preposition ("in a statement") or an adverb ("recently"); "As Trump attacked Clinton, …"
  // is a time, its object no aside
  if (toks[k]?.t !== ',' && toks[k]?.pos !== 'ADP' && toks[k]?.pos !== 'ADV') return -1;
  for (let e = k; e < Math.min(toks.length, k + MAX_ASIDE); e++) {
    const t = toks[e];
    if (t.t === ',') return e;
    // "with a telling side-by-side": a participle the tagger read as a verb, inside a noun phrase
    const modifier = t.pos === 'VERB' && t.l.endsWith('ing') && toks[e - 1]?.pos === 'DET';
    if (!ASIDE_TAGS.has(t.pos) && !isPossessiveMark(t) && !modifier) return -1;
  }
  return -1;
}

/** past a setting phrase that opens the reported clause at toks[k] to the clause after its comma, or k */
function pastFrontedSetting(st: Sentence, k: number): number {
  const comma = commaAfterAside(st, k);
  return comma > 0 && hasFiniteVerb(st, comma + 1, lastWord(st)) ? comma + 1 : k;
}

/** only punctuation or a connecting word stands before toks[k]: "As …", "Yet, as …", "But as …" */
function opensSentence(st: Sentence, k: number): boolean {
  for (let j = 0; j < k; j++) {
    const t = st.toks[j];
    if (t.pos !== 'PUNCT' && !(j === 0 && (t.pos === 'CCONJ' || t.pos === 'ADV'))) return false;
  }
  return k <= 3;
}
