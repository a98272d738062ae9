/**
 * The headline states a figure the story does not: "Measles outbreak reaches 41 cases" over a story that says the
 * county has confirmed 14. Precision first: the story must count the same thing, give no figure that the headline's
 * could round or add up to, and differ by a slip of the digits ("41" for "14") or be the story's only figure for it.
 */
import type { Figure, Finding } from '../types';
import { LineIndex } from '../text';
import { figureAgrees, isCheckable, looksLikeSlip, sameQuantity } from '../figures';
import { finding, type DocumentRule } from './types';

/** a headline's round figure covers the story's within this share of it ("300 homes" for 284) */
const ROUNDING = 0.1;

export const rule: DocumentRule = {
  id: 'headline-figure',
  severity: 'warning',
  summary: 'The headline gives a figure the story does not.',
  help: 'A figure in the headline (the draft\'s first heading) counts the same thing as a figure in the story, but no figure of the story matches it: not the same value, not a rounding of it ("300 homes" for 284), not a hedge that covers it ("nearly 40" for 38), not a total of the story\'s figures. It fires when the two differ by a slip of the digits ("41 cases" over "14 cases") or the story gives that quantity only once. Make the headline and the story agree.',
  phase: 'document',
  check({ figures, model, text }) {
    const headline = model.headings[0];
    // a draft without a title whose first heading is a subhead halfway down: no headline to check
    if (!headline || figures.some((f) => f.start < headline.start)) return [];
    const inHeadline = (f: Figure) => f.start >= headline.start && f.end <= headline.end;
    const body = figures.filter((f) => !inHeadline(f) && f.start >= headline.end && isCheckable(f));
    const out: Finding[] = [];
    let lines: LineIndex | undefined;
    for (const h of figures.filter(inHeadline)) {
      const differing = storyFigureDiffering(h, body);
      if (!differing) continue;
      const line = (lines ??= new LineIndex(text)).positionAt(differing.start).line + 1;
      out.push(
        finding(
          rule,
          h,
          `The headline says "${h.text}"; the story says "${differing.text}" (line ${line}). Make them agree.`,
        ),
      );
    }
    return out;
  },
};

/** the story's figure for the headline figure's quantity that it contradicts, or null when the story agrees or is silent */
function storyFigureDiffering(h: Figure, body: readonly Figure[]): Figure | null {
  if (h.value === null || !isCheckable(h)) return null;
  // the same value anywhere in the story, whatever it counts: the headline says it in its own words
  if (body.some((b) => b.value === h.value)) return null;
  const same = body.filter((b) => sameQuantity(h, b));
  if (!same.length || same.some((b) => covers(h, b))) return null;
  // "Schools cut 200 jobs" over "120 teaching jobs and 80 support jobs"
  if (same.length > 1 && Math.abs(same.reduce((n, b) => n + (b.value ?? 0), 0) - h.value) < 1e-9) return null;
  const slip = same.find((b) => b.value !== null && looksLikeSlip(h.value!, b.value));
  return slip ?? (same.length === 1 ? same[0] : null);
}

/** the headline figure says the story's: its hedge covers it, or it is the story's figure rounded */
function covers(h: Figure, b: Figure): boolean {
  if (figureAgrees(h, b)) return true;
  return b.value !== null && isRound(h.value!) && Math.abs(h.value! - b.value) <= Math.abs(b.value) * ROUNDING;
}

/** 300, 2.5 million, 40: at most two significant digits */
function isRound(v: number): boolean {
  return v !== 0 && Number(v.toPrecision(2)) === v;
}
