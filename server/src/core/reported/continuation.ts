/** The claims after the first in a sentence: "…, adding that …", "…, and urged that …", "…, while nine in 10 said …" */
import { cueAt, participleCue } from './cues';
import { frontedAttribution } from './fronted-clause';
import { beforeNextClaim } from './next-claim';
import { afterParenthetical } from './parenthetical';
import { afterRelative } from './relative-clause';
import { claim, contentStart, lastWord, type ReportedClaim, type Sentence, validContent } from './sentence';
import { speechParticipleObject } from './speech-participle';
import { subjectThenCue } from './that-complement';
import { CONNECTORS, CUES, PARTICIPLE_PREPS, RAISING } from './words';

/**
 * The claim after prev: a participle ("…, adding that …"), a second cue of the same speaker ("…, and urged that …")
 * a clause with its own speaker ("…, while nine in 10 said …"; "…; 46 percent said …"), or the rest of the words
 * an attribution between commas interrupts ("…, organizers said, the party must …").
 */
export function continuation(st: Sentence, prev: ReportedClaim): ReportedClaim | null {
  const { toks } = st;
  let k = prev.resume ?? toks.length;
  if (k > lastWord(st)) return null;
  // "The truth, the senator said then, was that …": the predicate of a subject the attribution split off comes first
  const predicate = prev.splitSubject ? afterParenthetical(st, prev) : null;
  if (predicate) return predicate;
  let joined = false;
  while (k < toks.length && (toks[k].t === ',' || toks[k].t === ';' || toks[k].t === '—')) k++;
  // "…, and when pressed on why, the mother replied that …": past the fronted clause, to its own speaker
  const fronted = frontedAttribution(st, k);
  if (fronted > 0) return subjectThenCue(st, fronted + 1, fronted + 1);
  // "…," the governor said, before clarifying that …": a preposition, then the participle that reports more
  if (PARTICIPLE_PREPS.has(toks[k]?.l ?? '') && participleCue(toks, k + 1)) k++;
  while (k < toks.length && CONNECTORS.has(toks[k].l)) {
    joined = true;
    k++;
  }
  while (k < toks.length && toks[k].pos === 'ADV' && !CUES.has(toks[k].l)) k++;
  // "…, and seemed to think the outreach was phony": a raising verb and its "to" before the second cue
  if (joined) k = pastRaising(st, k);
  const t = toks[k];
  if (!t) return null;
  const speaker = { ...prev.np, first: -1, last: -1 };
  const main = toks[prev.resume ?? -1]?.t === ',' ? afterRelative(st, prev, k) : null;
  if (main) return main;
  const participle = joined ? null : participleCue(toks, k);
  if (participle) {
    const c = participle;
    const from = contentStart(st, c);
    // '"…," Brown said, recalling a visit to his church': after a claim, a participle of speech reports a plain object
    const ok = validContent(st, c, from, lastWord(st)) || speechParticipleObject(st, c, from, lastWord(st));
    if (from < 0 || !ok) return null;
    return claim(st, speaker, c, from, beforeNextClaim(st, from, lastWord(st)), prev.np.common);
  }
  const c = joined ? cueAt(toks, k) : null;
  if (c && c.lemma !== 'according to' && !t.l.endsWith('ing')) {
    const from = contentStart(st, c);
    if (from < 0 || !validContent(st, c, from, lastWord(st))) return null;
    return claim(st, speaker, c, from, beforeNextClaim(st, from, lastWord(st)), prev.np.common);
  }
  // "To win those votes, organizers said, the party must reach renters.": the words after the aside
  return subjectThenCue(st, k, k) ?? afterParenthetical(st, prev);
}

/** past a raising verb and its "to" at toks[k] ("seemed to", "went on to"), to the cue after them; or k */
function pastRaising(st: Sentence, k: number): number {
  const { toks } = st;
  // RAISING holds each verb's words last first, as the subject rule reads them backwards from "to"
  const verb = RAISING.find((words) => words.every((w, j) => toks[k + words.length - 1 - j]?.l === w));
  if (!verb || toks[k + verb.length]?.l !== 'to') return k;
  return cueAt(toks, k + verb.length + 1) ? k + verb.length + 1 : k;
}
