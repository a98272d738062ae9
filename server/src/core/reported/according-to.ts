/** "According to the report, …" / "…, according to the report." */
import { phraseStartingAt } from '../phrases';
import { claim, hasFiniteVerb, lastWord, type ReportedClaim, type Sentence, span } from './sentence';

/** the most words "According to" may name before its comma: "According to early results of the exit poll …," */
const LONG_SOURCE = 32;

/**
 * "According to the report, …" (also after an opening mark or a colon: "(According to …, …)", "…: According to
 * …, …") / "…, according to the report." / "… — according to the most recent data from the FBI." / "… by 271
 * delegates according to a count by The Associated Press, but …"
 */
export function accordingTo(st: Sentence): ReportedClaim | null {
  const { toks } = st;
  const a = openingAccording(st);
  if (a >= 0) {
    // the source is everything up to the comma ("According to sources," tags "sources" as a verb), without a verb
    // of its own ("According to officials the bridge is safe, …" has no comma after its source)
    let comma = a + 2;
    while (comma < toks.length && toks[comma].t !== ',' && comma - a < LONG_SOURCE && toks[comma].pos !== 'AUX')
      comma++;
    const np = toks[comma]?.t === ',' && comma > a + 2 ? span(st, a + 2, comma - 1) : null;
    let end = lastWord(st);
    // "(According to the police, it keeps no such figures.)"
    if (toks[a - 1]?.t === '(') while (end > a && (toks[end].t === ')' || toks[end].pos === 'PUNCT')) end--;
    if (np && np.last + 2 < end)
      return claim(st, np, { lemma: 'according to', first: a, last: a + 1 }, np.last + 2, end);
  }
  for (let i = toks.length - 3; i >= 2; i--) {
    if (toks[i].l !== 'according' || toks[i + 1].l !== 'to') continue;
    const before = toks[i - 1];
    const mark = before.t === ',' || before.t === '—' || before.t === '–' || before.t === '(';
    // with no mark before it, a verb makes it a manner ("went according to plan", "sorted according to size")
    if (!mark && (before.pos === 'PUNCT' || before.pos === 'VERB' || before.pos === 'AUX')) continue;
    // the source runs to the sentence end ("people" after "to" is sometimes tagged a verb)
    const end = lastWord(st);
    const np = phraseStartingAt(toks, i + 2, st.prose) ?? (end - i <= 14 && end >= i + 2 ? span(st, i + 2, end) : null);
    if (!np) continue;
    const cue = { lemma: 'according to', first: i, last: i + 1 };
    // "Now, according to the poll, some are swinging.": the clause is after the source, not the word before it
    const rest = np.last + 2;
    const clauseAfter = rest <= end && hasFiniteVerb(st, rest, end) && !hasFiniteVerb(st, 0, i - 2);
    if (mark && toks[rest - 1]?.t === ',' && clauseAfter) return claim(st, np, cue, rest, end);
    const r = claim(st, np, cue, 0, mark ? i - 2 : i - 1);
    // what follows the source is a clause of its own: "…, but Sanders has vowed to soldier on"
    if (r && !mark) r.resume = np.last + 1;
    return r;
  }
  return null;
}

/** the "according" of "According to" opening the sentence, or a clause after a colon or semicolon; else -1 */
function openingAccording(st: Sentence): number {
  const { toks } = st;
  let a = 0;
  while (a < toks.length && toks[a].pos === 'PUNCT') a++; // opening marks: "(", quotes
  if (toks[a]?.l === 'according' && toks[a + 1]?.l === 'to') return a;
  // after a conjunction or an adverb: "But according to …", "Now, according to …"
  let b = a;
  while (b < a + 3 && toks[b] && (toks[b].pos === 'CCONJ' || toks[b].pos === 'ADV' || toks[b].t === ',')) b++;
  if (b > a && toks[b]?.l === 'according' && toks[b + 1]?.l === 'to') return b;
  // "And it hasn't gone unnoticed: According to recent polls, …"
  for (let k = a; k < Math.min(toks.length - 2, a + 30); k++)
    if ((toks[k].t === ':' || toks[k].t === ';') && toks[k + 1].l === 'according' && toks[k + 2].l === 'to')
      return k + 1;
  return -1;
}
