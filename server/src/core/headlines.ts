/**
 * A headline's figures. "Measles outbreak reaches 41 cases" states a figure the reader takes as fact, though a heading
 * is no sentence of the story: its figures are checked against the sources like the body's, and never counted as
 * unattributed (the body names the source a headline leaves out).
 */
import type { Figure } from './types';
import type { TextModel } from './textmodel';
import { extractFigures, isAgeFigure } from './figures';

/** the figures of the draft's headings, at their offsets in the draft */
export function headingFigures(model: TextModel): Figure[] {
  const out: Figure[] = [];
  for (const h of model.headings) {
    if (!h.words) continue;
    const { start, prose } = h.words;
    for (const f of extractFigures(prose, [{ start: 0, end: prose.length }]))
      if (saysWhatItCounts(f)) out.push({ ...f, start: f.start + start, end: f.end + start });
  }
  return out;
}

/**
 * A headline's words are few and clipped: a figure is matched with the sources only when it says what it counts ("41
 * cases", "$650 million", "12 percent"). An age ("Man, 27, charged …") belongs to a person the headline leaves unnamed,
 * and a bare number ("Top 10", "Route 9") to nothing the sources could state.
 */
function saysWhatItCounts(f: Figure): boolean {
  if (isAgeFigure(f)) return false;
  return f.measure !== 'count' || !!f.unit;
}

/** figures of two lists, each in document order, as one list in document order */
export function inOrder(a: Figure[], b: Figure[]): Figure[] {
  if (!b.length) return a;
  return [...a, ...b].sort((x, y) => x.start - y.start);
}
