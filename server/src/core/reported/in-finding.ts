/** A poll or study named after "in" is the source of the clause beside it: "In the CBS poll, Trump's lead narrowed." */
import { phraseStartingAt } from '../phrases';
import { claim, hasFiniteVerb, lastWord, type ReportedClaim, type Sentence, span } from './sentence';
import { FINDING_SOURCES } from './words';

/**
 * A poll or a study named after "in" is the source of the clause beside it: "In the CBS poll, Trump's lead over Cruz
 * narrowed." / "Clinton led by 6 points, in a Harbor College poll released Sunday."
 */
export function inFinding(st: Sentence): ReportedClaim | null {
  const { toks, prose } = st;
  const end = lastWord(st);
  let a = 0;
  while (a < 2 && toks[a] && (toks[a].pos === 'CCONJ' || toks[a].pos === 'ADV' || toks[a].t === ',')) a++;
  const finding = (k: number) => {
    const np = toks[k]?.l === 'in' ? phraseStartingAt(toks, k + 1, prose, 1) : null;
    if (!np) return null;
    let head = np.last;
    while (head > np.first && !FINDING_SOURCES.has(toks[head].l) && toks[head].pos !== 'NOUN') head--;
    return FINDING_SOURCES.has(toks[head].l) ? np : null;
  };
  const cue = (k: number) => ({ lemma: 'in', first: k, last: k });
  const front = finding(a);
  // what follows is the source's words up to the comma: a participle tail ("released Monday") stays in the source
  if (front) {
    let comma = front.last + 1;
    while (comma < end && comma - front.last <= 4 && toks[comma].t !== ',') comma++;
    if (toks[comma]?.t === ',' && hasFiniteVerb(st, comma + 1, end))
      return claim(st, span(st, front.first, comma - 1), cue(a), comma + 1, end);
  }
  for (let m = end - 2; m >= 2; m--) {
    if (toks[m].t !== ',') continue;
    const back = finding(m + 1);
    if (back && hasFiniteVerb(st, 0, m - 1)) return claim(st, span(st, back.first, end), cue(m + 1), 0, m - 1);
  }
  return null;
}
