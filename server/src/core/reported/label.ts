/** Speaker labels before a colon, as in transcripts and headlines: "PENCE: Gennifer Flowers will not be attending." */
import type { Span } from '../types';
import { claim, lastWord, type QuoteAttribution, type ReportedClaim, type Sentence, span } from './sentence';
import { NOT_LABELS } from './words';

/** "PENCE: …", "Pat Caddell: …": a short capitalised label and a colon open the sentence */
export function hasLabel(prose: string, s: Span): boolean {
  const colon = prose.indexOf(':', s.start);
  return (
    colon > s.start &&
    colon - s.start <= 40 &&
    colon < s.end &&
    /^["“'‘]?\p{Lu}/u.test(prose.slice(s.start, s.start + 2))
  );
}

/** a speaker label, as in transcripts and headlines: "PENCE: Gennifer Flowers will not be attending." */
export function label(st: Sentence): ReportedClaim | null {
  const { toks } = st;
  let k = 0;
  while (k < toks.length && /^["“‘']$/.test(toks[k].t)) k++;
  const first = k;
  while (k < toks.length && k - first < 4 && toks[k].pos === 'PROPN') k++;
  // a transcript's label in capitals may open a short answer ("ADEYEMI: A lot."); a headline's needs a few words
  const caps = toks.slice(first, k).every((t) => /^\p{Lu}{2,}$/u.test(t.t));
  if (k === first || toks[k]?.t !== ':' || lastWord(st) - k < (caps ? 1 : 3)) return null;
  // a metadata line ("Date: 2024-09-02", "Publisher: Valley Ledger") names no speaker
  if (k - first === 1 && NOT_LABELS.has(toks[first].t.toLowerCase())) return null;
  const np = span(st, first, k - 1);
  return claim(st, np, { lemma: ':', first: k, last: k }, k + 1, lastWord(st));
}

/** at most this many characters in a transcript's speaker label */
const MAX_LABEL = 30;

/**
 * a transcript's speaker label that opens a quoted paragraph: `"WALLACE: Let's start with …` (a name set in capitals
 * and a colon); the quote's words start after it
 */
export function labelInQuote(prose: string, start: number, end: number): QuoteAttribution | null {
  const colon = prose.indexOf(':', start);
  if (colon < 0 || colon >= end || colon - start > MAX_LABEL || !/^\s/.test(prose.slice(colon + 1, colon + 2)))
    return null;
  // the label must open something said: `"MAYOR VENN:` and nothing after it in the quote is no quote of his
  if (!/\S/.test(prose.slice(colon + 2, end))) return null;
  const text = prose.slice(start, colon);
  const words = text.split(' ');
  if (words.length > 3 || !words.every((w) => /^\p{Lu}[\p{Lu}.'’-]+$/u.test(w))) return null;
  if (words.length === 1 && NOT_LABELS.has(text.toLowerCase())) return null;
  return { speaker: { start, end: colon, text }, cue: ':', cueSpan: { start: colon, end: colon + 1 } };
}
