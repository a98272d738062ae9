/** The attribution beside a quote: `She said: "` before it, `," said Dan Ortiz, a senior engineer` after it. */
import { type Phrase, phraseEndingAt, phraseStartingAt } from '../phrases';
import { type Cue, cueAt, invertible } from './cues';
import { isCommon, isTailStart, type QuoteAttribution, type Sentence } from './sentence';
import { mainSubject, subjectOf } from './subject';
import { speakerThenCue, withAppositive } from './trailing';
import { ADDRESSEE_CUES, PARTICIPLES } from './words';

/** before a quote: the last cue, followed only by its addressee or where it was said; or a name and a colon */
export function leadIn(st: Sentence): QuoteAttribution | null {
  const { toks, prose } = st;
  let j = toks.length - 1;
  const colon = toks[j].t === ':';
  while (j >= 0 && (toks[j].t === ',' || toks[j].t === ':' || toks[j].t === '—')) j--;
  if (j < 0) return null;
  for (let i = j; i >= Math.max(0, j - 8); i--) {
    const c = cueAt(toks, i);
    if (!c || c.lemma === 'according to') continue;
    if (c.last < j && !isTailStart(st, c.last + 1) && !ADDRESSEE_CUES.has(c.lemma)) return null;
    let np: Phrase | null = null;
    if (toks[i - 1]?.t === ',' && PARTICIPLES.has(toks[i].l)) np = mainSubject(st, i);
    else np = subjectOf(st, i)?.np ?? null;
    if (!np) return null;
    // "The company said it believed": the pronoun is the company
    if (toks[np.first].pos === 'PRON' && np.first >= 2) {
      const outer = cueAt(toks, np.first - 1);
      const outerSubject = outer ? subjectOf(st, np.first - 1)?.np : null;
      if (outerSubject && toks[outerSubject.first].pos !== 'PRON') np = outerSubject;
    }
    return attribution(st, np, c);
  }
  if (colon) {
    // "Dan Ortiz, engineer:" — a name (and its role) standing for the cue
    const np = phraseEndingAt(toks, toks[j + 1]?.t === ':' ? j : j, prose);
    const named = np && toks[np.first].pos === 'PROPN' && np.first <= 1;
    if (named)
      return {
        speaker: { start: np.start, end: np.end, text: np.text },
        cue: ':',
        cueSpan: { start: toks[toks.length - 1].start, end: toks[toks.length - 1].end },
      };
    const withRole = toks.findIndex((t) => t.t === ',');
    if (withRole > 0 && withRole < j && j - withRole <= 4) {
      const name = phraseEndingAt(toks, withRole - 1, prose, false);
      if (name && name.first === 0 && toks[name.last].pos === 'PROPN')
        return {
          speaker: { start: name.start, end: name.end, text: name.text },
          cue: ':',
          cueSpan: { start: toks[toks.length - 1].start, end: toks[toks.length - 1].end },
        };
    }
  }
  return null;
}

/** after a quote: a cue and its speaker, in either order, at toks[i] */
export function trailer(st: Sentence, i: number): QuoteAttribution | null {
  const { toks, prose } = st;
  const inverted = cueAt(toks, i);
  if (inverted && invertible(inverted)) {
    const np = phraseStartingAt(toks, inverted.last + 1, prose);
    return np ? attribution(st, withAppositive(st, np), inverted) : null;
  }
  const found = speakerThenCue(st, i);
  return found ? attribution(st, found.np, found.cue) : null;
}

function attribution(st: Sentence, np: Phrase, c: Cue): QuoteAttribution {
  const { toks, prose } = st;
  const cueSpan = { start: toks[c.first].start, end: toks[c.last].end };
  const common = isCommon(toks, np, st.sentenceStart);
  return {
    speaker: { start: np.start, end: np.end, text: np.text, common },
    cue: prose.slice(cueSpan.start, cueSpan.end),
    cueSpan,
  };
}
