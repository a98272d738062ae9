/** A participle that reports the main clause's subject: "The mayor toured the site, saying the bridge is safe." */
import { type Phrase, phraseEndingAt } from '../phrases';
import { participleCue } from './cues';
import { beforeNextClaim } from './next-claim';
import {
  claim,
  clauseEnd,
  contentStart,
  lastWord,
  quantityAt,
  type ReportedClaim,
  type Sentence,
  span,
  validContent,
} from './sentence';
import { mainSubject } from './subject';
import { BRIDGE_CUES, NOUN_PHRASE_WORDS, PARTICIPLE_PREPS } from './words';

/** "The mayor toured the site, saying the bridge is safe." / "… landed in trouble by saying that …" */
export function participle(st: Sentence): ReportedClaim | null {
  const { toks } = st;
  for (let p = 2; p < toks.length - 2; p++) {
    // "…, eventually saying he would …": an adverb between the comma and the participle
    const adverb = toks[p - 1].pos === 'ADV' && toks[p - 2].t === ',' && toks[p].pos === 'VERB';
    const before = adverb ? toks[p - 2] : toks[p - 1];
    const opens = before.t === ',' || before.t === '—' || before.t === '–' || PARTICIPLE_PREPS.has(before.l);
    // "…, with 30 percent of voters saying they …": the people after "with" say it
    const withGroup = opens ? null : withSubject(st, p);
    const c = opens || withGroup ? participleCue(toks, p) : null;
    // after an adverb only a participle that reports a clause: not "…, then calling Yahoo News to ask …"
    if (!c || (adverb && !BRIDGE_CUES.has(c.lemma))) continue;
    const np = withGroup ?? mainSubject(st, p);
    if (!np) return null;
    const from = contentStart(st, c);
    // "With 30 percent of voters saying they would stay home, the race tightened": the words end at the comma
    const fronted = withGroup && st.toks.findIndex((t) => t.pos !== 'PUNCT') === withGroup.first - 1;
    const to = fronted ? clauseEnd(st, from, ',') : lastWord(st);
    if (from < 0 || !validContent(st, c, from, to)) return null;
    return claim(st, np, c, from, beforeNextClaim(st, from, to));
  }
  return null;
}

/** the group between "with" and a participle at toks[p]: "…, with three in 10 saying …" */
function withSubject(st: Sentence, p: number): Phrase | null {
  const { toks, prose } = st;
  const np = phraseEndingAt(toks, p - 1, prose, false);
  return np && np.first >= 1 && toks[np.first - 1].l === 'with' ? np : quantityBefore(st, p);
}

/** a count or share of a group ending before toks[p], as "three in 10" or "30 percent of voters" */
function quantityBefore(st: Sentence, p: number): Phrase | null {
  const { toks } = st;
  for (let a = p - 1; a >= Math.max(1, p - 6); a--) {
    if (toks[a - 1].l !== 'with') continue;
    if (!quantityAt(st, a)) return null;
    for (let k = a + 1; k < p; k++) if (!NOUN_PHRASE_WORDS.has(toks[k].pos) && toks[k].pos !== 'ADP') return null;
    return span(st, a, p - 1);
  }
  return null;
}
