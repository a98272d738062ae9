/**
 * A subject whose head the tagger read as an adjective: "The self-described democratic socialist said he would win",
 * "Another ranking says he is not a billionaire", "The former argued that …". Right before an inflected cue verb and
 * after a determiner that opens the clause, the last of the adjectives is the noun the phrase names, and the speaker.
 */
import type { TaggedTok } from '../tagger';
import { CUES } from './words';

/** what may come before the determiner: nothing, or a mark or conjunction that opens a clause */
const CLAUSE_BREAKS = new Set(['PUNCT', 'CCONJ', 'SCONJ']);

/** what may open the words an inflected cue reports: "said he …", "says the …", "argued that …" */
const REPORT_OPENERS = new Set(['PRON', 'DET', 'PROPN', 'NOUN', 'SCONJ', 'NUM']);

/** "The self-described democratic socialist said …": the adjective before the cue becomes the subject's noun */
export function repairAdjectiveHeads(toks: TaggedTok[]): TaggedTok[] {
  for (let i = 1; i < toks.length - 2; i++) {
    const t = toks[i];
    if (t.pos !== 'ADJ' || !/^\p{Ll}/u.test(t.t) || !inflectedCue(toks[i + 1])) continue;
    if (!REPORT_OPENERS.has(toks[i + 2].pos)) continue;
    let d = i - 1;
    while (d > 0 && toks[d].pos === 'ADJ') d--;
    const opens = d === 0 || CLAUSE_BREAKS.has(toks[d - 1].pos);
    if (toks[d].pos === 'DET' && opens) t.pos = 'NOUN';
  }
  return toks;
}

/** a cue verb in a form its lemma is not ("said", "says", "argued"): a finite verb after a singular subject */
function inflectedCue(t: TaggedTok): boolean {
  const lemma = CUES.get(t.l);
  return t.pos === 'VERB' && lemma !== undefined && lemma !== t.l && !t.l.endsWith('ing');
}
