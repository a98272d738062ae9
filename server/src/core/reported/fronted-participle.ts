/**
 * A participle phrase that opens the sentence and reports what the speaker of the main clause did: "Noting that only
 * one senator crossed party lines, Ortiz added: …", "Recalling that night, the pastor said …". What the participle
 * reports is a claim of the main clause's speaker, who is named after the comma with a cue of its own.
 */
import { participleCue } from './cues';
import { claim, contentStart, type ReportedClaim, type Sentence, validContent } from './sentence';
import { speakerThenCue } from './trailing';
import { PARTICIPLE_PREPS } from './words';

/** commas looked at for the end of the phrase: its own words may hold a few ("Noting that Ortiz, a Democrat, …") */
const MAX_COMMAS = 4;

/** "Noting that …, Ortiz added" / "While recalling the flood, the mayor said …": the participle's claim, or null */
export function frontedParticiple(st: Sentence): ReportedClaim | null {
  const { toks } = st;
  // "After reciting the passage, Beck said …": a preposition before the participle
  const p = PARTICIPLE_PREPS.has(toks[0]?.l ?? '') ? 1 : 0;
  const c = toks[p] ? participleCue(toks, p) : null;
  if (!c) return null;
  const from = contentStart(st, c);
  if (from < 0) return null;
  let commas = 0;
  for (let k = from + 1; k < toks.length - 2 && commas < MAX_COMMAS; k++) {
    if (toks[k].t !== ',') continue;
    commas++;
    // the speaker right after the comma, with a cue of its own: not "Citing the report, the council cut jobs"
    const main = speakerThenCue(st, k + 1);
    if (!main || main.np.first !== k + 1) continue;
    if (!validContent(st, c, from, k - 1)) return null;
    return claim(st, main.np, c, from, k - 1);
  }
  return null;
}
