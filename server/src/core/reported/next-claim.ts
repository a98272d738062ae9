/** Where one claim's reported words give way to the next claim of the same sentence. */
import { type Cue, cueAt, participleCue } from './cues';
import { frontedAttribution } from './fronted-clause';
import { contentStart, type Sentence, validContent } from './sentence';
import { shortSubject, subjectOf } from './subject';
import { CONNECTORS, CUES, SECOND_CUE_OPENERS } from './words';

/**
 * Where the reported words starting at toks[from] give way to the next claim: before ", adding …", before
 * ", and urged that …", before ", while nine in 10 said …". Returns the last token of the words (to when none).
 */
export function beforeNextClaim(st: Sentence, from: number, to: number): number {
  const { toks } = st;
  for (let k = from + 2; k <= to; k++) {
    const prev = toks[k - 1];
    const boundary = prev.t === ',' || prev.t === ';';
    // "…, even suggesting he may have been sabotaged": an adverb may stand before the participle
    const p = boundary && toks[k].pos === 'ADV' ? k + 1 : k;
    // 'said: "The spinoff was a success," adding that …': the words end with the quote, closing mark and all
    const closed = !boundary && closesQuoteAfterComma(st, k - 1);
    const participle = (boundary || closed) && toks[p + 1] ? participleCue(toks, p) : null;
    if (participle) {
      const f = contentStart(st, participle);
      if (f > k && validContent(st, participle, f, to)) return closed ? k - 1 : k - 2;
    }
    // ", and when pressed on why …, the mother replied": a clause of another attribution
    if (boundary && frontedAttribution(st, k) > 0) return k - 2;
    if (!(boundary || (CONNECTORS.has(toks[k].l) && toks[k].pos !== 'SCONJ'))) continue;
    let j = k;
    while (j <= to && CONNECTORS.has(toks[j].l)) j++;
    const joined = j > k;
    while (j <= to && toks[j].pos === 'ADV' && !CUES.has(toks[j].l)) j++;
    // ", and urged that …" / "and predicted that …": the same speaker's next cue
    const c = joined ? cueAt(toks, j) : null;
    if (
      c &&
      c.lemma !== 'according to' &&
      !toks[j].l.endsWith('ing') &&
      (boundary || SECOND_CUE_OPENERS.has(toks[c.last + 1]?.l ?? '') || finiteCue(st, c))
    ) {
      const f = contentStart(st, c);
      if (f > c.last && validContent(st, c, f, to)) return boundary ? k - 2 : k - 1;
    }
    // ", while nine in 10 said …", "; 46 percent said …", ", but Trump said …"
    if ((boundary || joined) && clauseWithCue(st, j, to)) return boundary ? k - 2 : k - 1;
  }
  return to;
}

/** toks[m] is the mark closing a quote after its comma: ',"' or ",''" */
function closesQuoteAfterComma(st: Sentence, m: number): boolean {
  const { toks } = st;
  if (/^[”"]$/.test(toks[m].t)) return toks[m - 1]?.t === ',';
  return toks[m].t === "'" && toks[m - 1]?.t === "'" && toks[m - 2]?.t === ',';
}

/** a cue in a past or present-tense form the tagger reads as a verb: "and said …", "and warned against …" */
function finiteCue(st: Sentence, c: Cue): boolean {
  const t = st.toks[c.first];
  return t.pos === 'VERB' && t.l !== c.lemma.split(' ')[0];
}

/** a clause with its own subject and cue opens at toks[a]: "nine in 10 said they …" */
function clauseWithCue(st: Sentence, a: number, to: number): boolean {
  const { toks } = st;
  for (let i = a + 1; i <= Math.min(to, a + 15); i++) {
    const c = cueAt(toks, i);
    if (!c || c.lemma === 'according to' || toks[i].l.endsWith('ing')) continue;
    const subj = subjectOf(st, i) ?? shortSubject(st, a, i);
    if (!subj || subj.relative || subj.np.first !== a) return false;
    const f = contentStart(st, c);
    return f > c.last && validContent(st, c, f, to);
  }
  return false;
}
