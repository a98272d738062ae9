/**
 * Relative clauses: "Residents who say [the bridge is unsafe] have sued", "The ministry, which denied any role, said
 * …", and the relative clause after an object that reports on its own ("pointed to a report that showed …", "records
 * that officials said would compromise the inquiry").
 */
import { phraseStartingAt } from '../phrases';
import { beforeRelativePronoun } from '../speaker';
import { type Cue, cueAt, invertible } from './cues';
import { beforeNextClaim } from './next-claim';
import { claim, clauseEnd, contentStart, lastWord, type ReportedClaim, type Sentence, validContent } from './sentence';
import { CLAUSE_WORDS, OBJECT_CUES, SUBJECT_SKIPS } from './words';

/**
 * The main clause's cue at toks[k] after a relative clause set off by commas, whose antecedent is its speaker:
 * "The ministry, which denied any role, said it would pay for the cleanup."
 */
export function afterRelative(st: Sentence, prev: ReportedClaim, k: number): ReportedClaim | null {
  const { toks } = st;
  const antecedent = beforeRelativePronoun(prev.np);
  if (antecedent === prev.np || !prev.np.text.slice(antecedent.text.length).includes(',')) return null;
  while (k < toks.length && (toks[k].pos === 'ADV' || toks[k].pos === 'AUX' || SUBJECT_SKIPS.has(toks[k].l))) k++;
  const c = cueAt(toks, k);
  if (!c || !invertible(c)) return null;
  const from = contentStart(st, c);
  if (from < 0 || !validContent(st, c, from, lastWord(st))) return null;
  const speaker = { ...antecedent, first: -1, last: -1 };
  return claim(st, speaker, c, from, beforeNextClaim(st, from, lastWord(st)), prev.np.common);
}

/**
 * The "that", "which" or "who" opening a relative clause with a cue of its own right after the object a cue reports
 * ("pointed to a report that showed …", "cited a study which found …", "asked about voters who said …"), or -1.
 */
export function objectRelativeCue(st: Sentence, c: Cue, from: number, to: number): number {
  const { toks } = st;
  if (!(c.phrasal || OBJECT_CUES.has(c.lemma)) || CLAUSE_WORDS.has(toks[from].l)) return -1;
  for (let k = from + 1; k < Math.min(to, from + 8); k++) {
    const t = toks[k];
    // "asked her about several women who said they were harassed": people who say something of their own
    if (t.l !== 'that' && t.l !== 'which' && t.l !== 'who') continue;
    const prev = toks[k - 1];
    let v = k + 1;
    while (v < to && toks[v].pos === 'ADV') v++;
    const cue = cueAt(toks, v);
    return (prev.pos === 'NOUN' || prev.pos === 'PROPN') && cue && invertible(cue) ? k : -1;
  }
  return -1;
}

/**
 * The "that" or "which" of a relative clause inside the reported words toks[from..to] whose own speaker says what the
 * noun before it does or is: "refused to release records that county officials said would compromise the inquiry",
 * "a move that the ministry hopes will calm the markets"; -1 when none. The verb follows the cue at once: the noun is
 * its subject.
 */
export function gappedRelative(st: Sentence, from: number, to: number): number {
  const { toks, prose } = st;
  for (let k = from + 1; k < to - 2; k++) {
    if ((toks[k].l !== 'that' && toks[k].l !== 'which') || toks[k - 1].pos !== 'NOUN') continue;
    const np = phraseStartingAt(toks, k + 1, prose, 0);
    if (!np || np.last - np.first > 4) continue;
    const c = cueAt(toks, np.last + 1);
    if (!c || !invertible(c) || c.attitude || c.lemma === 'tell') continue;
    const v = toks[c.last + 1];
    if (v && c.last + 1 <= to && (v.pos === 'AUX' || (v.pos === 'VERB' && !v.l.endsWith('ing')))) return k;
  }
  return -1;
}

/**
 * A relative clause's reported words end before the main clause's verb: "Residents who say [the bridge is unsafe]
 * have sued"; one set off by commas ends at the comma before it: "The ministry, which denied [any role], said …"
 */
export function relativeEnd(st: Sentence, from: number, betweenCommas: boolean): number {
  const { toks } = st;
  // no reported words (the cue's own words are the next claim): nothing to end; claim() refuses a negative start
  if (from < 0) return lastWord(st);
  if (betweenCommas) {
    const comma = clauseEnd(st, from, ',') + 1;
    let v = comma + 1;
    while (toks[v]?.pos === 'ADV') v++;
    if (toks[comma]?.t === ',' && (toks[v]?.pos === 'VERB' || toks[v]?.pos === 'AUX')) return comma - 1;
  }
  let verbs = 0;
  for (let k = from; k <= lastWord(st); k++) {
    const t = toks[k];
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    const prev = toks[k - 1];
    // "should also pay": an adverb inside the verb group does not end it
    const inGroup = prev?.pos === 'ADV' && toks[k - 2]?.pos === 'AUX';
    if (
      verbs > 0 &&
      prev &&
      !['CCONJ', 'PART', 'SCONJ', 'AUX', 'PRON', 'PUNCT'].includes(prev.pos) &&
      prev.l !== 'to' &&
      !inGroup
    )
      return k - 1;
    verbs++;
  }
  return lastWord(st);
}
