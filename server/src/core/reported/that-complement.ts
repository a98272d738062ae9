/**
 * A subject, then its cue, then what it reports: "The agency on Monday said (that) …", "Residents who say …", "As Dan
 * Ortiz noted, …", "Critics pointed to …"; a passive cue goes to the passive rule.
 */
import { frontedAsBounds } from './as-noted';
import { cueAt } from './cues';
import { passive } from './passive';
import { beforeNextClaim } from './next-claim';
import { gappedRelative, objectRelativeCue, relativeEnd } from './relative-clause';
import {
  claim,
  contentStart,
  lastWord,
  type ReportedClaim,
  type Sentence,
  tailClauseAt,
  validContent,
} from './sentence';
import { pastAttribution, splitsSubject } from './split-subject';
import { prefixSubject, shortSubject, subjectOf } from './subject';
import { beforeTrailingAttribution, invertedWithRelative, trailing } from './trailing';
import { BE, NOUN_PHRASE_WORDS } from './words';

/** "The agency on Monday said (that) …", "Residents who say …", "As Dan Ortiz noted, …", passives with "by" */
export function subjectThenCue(st: Sentence, start = 1, minSubject = 0): ReportedClaim | null {
  const { toks } = st;
  for (let i = Math.max(start, 1); i < Math.min(toks.length - 1, start + 45); i++) {
    const c = cueAt(toks, i);
    if (!c || c.lemma === 'according to') continue;
    const progressive = toks[i].l.endsWith('ing');
    // a bare participle ("…, adding that …") is the participle rule's, not a finite cue with a subject
    if (progressive && !afterAuxiliary(st, i)) continue;
    if (
      !progressive &&
      !c.attitude &&
      (BE.has(toks[i - 1].l) || (toks[i - 1].pos === 'ADV' && BE.has(toks[i - 2]?.l ?? '')))
    ) {
      const passiveClaim = passive(st, c);
      if (passiveClaim) return passiveClaim;
      continue;
    }
    const subj = subjectOf(st, i) ?? (minSubject === 0 ? prefixSubject(st, i) : shortSubject(st, minSubject, i));
    if (!subj || subj.np.first < minSubject) continue;
    // "As Dan Ortiz noted, the bridge is safe." / "While Ana Ruiz warns that …, the council …"
    const [from, frontedTo] = frontedAsBounds(st, subj.np.first, c, contentStart(st, c), lastWord(st));
    let to = frontedTo;
    if ('afterComma' in subj) to = relativeEnd(st, from, !!subj.afterComma);
    else if (subj.relative) to = relativeEnd(st, from, toks[subj.np.last - 1]?.t === ',');
    // "…, top lawmakers said Friday, as they …": a subject after a comma whose cue is followed by a comma closes
    // the words before it; what follows the comma is no "that" clause of its own
    // (so are "…, the engineer said when asked about …" and "…, she said as she left")
    // (and "The difference now, he told me on Friday, is that …": the attribution splits a subject from its verb)
    const tail =
      toks[from - 1]?.t === ',' ||
      tailClauseAt(st, from) ||
      splitsSubject(st, subj.np.first - 1, pastAttribution(st, c, c.last + 1));
    if (minSubject === 0 && !subj.relative && toks[subj.np.first - 1]?.t === ',' && tail) {
      const outer = trailing(st);
      if (outer) return outer;
    }
    if (from < 0 || !validContent(st, c, from, to)) continue;
    if (cueInsideSubject(st, subj.np.first, from)) continue;
    if (invertedWithRelative(st, i, from)) {
      const outer = trailing(st);
      if (outer) return outer;
      continue;
    }
    const cut = beforeTrailingAttribution(st, from, to);
    // "The company plans to sell its trucking arm, these people said.": the trailing attribution is the outer one,
    // unless another clause comes between ("…, and when pressed on why, the mother replied")
    if (cut < to && !subj.relative && minSubject === 0 && cut <= beforeNextClaim(st, from, to)) {
      const outer = trailing(st);
      if (outer) return outer;
    }
    const end = beforeNextClaim(st, from, cut);
    // "Critics pointed to a report that showed …": the report's own claim follows the critics'
    const relative = objectRelativeCue(st, c, from, end);
    // "refused to release records that officials said would compromise the inquiry": the officials' claim follows
    const gapped = relative > 0 ? -1 : gappedRelative(st, from, end);
    const inner = gapped > from + 1 && validContent(st, c, from, gapped - 1) ? gapped : relative;
    const r = claim(st, subj.np, c, from, inner > 0 ? inner - 1 : end);
    if (r && inner > 0) r.resume = inner === relative ? from : inner;
    return r;
  }
  return null;
}

/**
 * an auxiliary stands before toks[i], perhaps with adverbs or a negation between: "is saying", "isn’t saying", "is
 * once again questioning"
 */
function afterAuxiliary(st: Sentence, i: number): boolean {
  const { toks } = st;
  let j = i - 1;
  while (j >= i - 3 && (toks[j]?.pos === 'ADV' || toks[j]?.pos === 'PART')) j--;
  return toks[j]?.pos === 'AUX';
}

/**
 * The cue is inside the sentence's subject, and what follows it is the sentence's own verb: "What he said was not
 * recorded", "The plan that the mayor announced would cost $4 million". The words before the cue's subject are only
 * "What", or a noun phrase and "that"/"which" opening the sentence (not "refused to release records that officials
 * said would compromise the inquiry", where the relative clause sits in an object and its gap is the claim's subject).
 * "What she said is that …" (a cleft) still reports.
 */
function cueInsideSubject(st: Sentence, subjectFirst: number, from: number): boolean {
  const { toks } = st;
  const rel = toks[subjectFirst - 1];
  if (!rel || !['what', 'that', 'which'].includes(rel.l)) return false;
  const head = toks.slice(0, subjectFirst - 1);
  if (rel.l === 'what' ? head.length > 0 : !head.length || !head.every((t) => NOUN_PHRASE_WORDS.has(t.pos)))
    return false;
  const verb = toks[from];
  if (verb?.pos !== 'AUX' && verb?.pos !== 'VERB') return false;
  // a cleft: "What she said is that the city had no choice"
  if (BE.has(verb.l) && (toks[from + 1]?.l === 'that' || /^["“]/.test(toks[from + 1]?.t ?? ''))) return false;
  // "The emails that investigators believe were deleted in March have been recovered": a verb of the sentence's own
  // comes later, so the relative clause ends first and its cue reports (a participle after a comma is no such verb)
  let k = from;
  while (k < toks.length && ['AUX', 'VERB', 'ADV', 'PART'].includes(toks[k].pos)) k++;
  for (; k < toks.length; k++)
    if ((toks[k].pos === 'AUX' || toks[k].pos === 'VERB') && toks[k - 1].t !== ',') return false;
  return true;
}
