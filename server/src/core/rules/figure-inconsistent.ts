/**
 * The same quantity about the same subject given two ways in two drafts of the workspace ("about 2,600 residents"
 * evacuated here, "nearly 3,000 residents" there). Precision first: the same measure, unit or counted noun, the same
 * words around it (entities and events), values that no reading of their hedges reconciles, or no finding.
 */
import type { Figure, Finding } from '../types';
import { affinity, isCheckable, isComparable, sameQuantity } from '../figures';
import { finding, type DraftFigure, type SourcesRule } from './types';

/** words of the clause the two figures must share (the counted noun left out): entities and the event */
const MIN_SHARED = 4;
/** percentages, amounts and durations name no counted noun: their clauses must share more */
const MIN_SHARED_UNCOUNTED = 6;
/** and that share of the shorter clause's words */
const MIN_SHARED_SHARE = 0.6;
/** values further apart than this factor are different quantities, not two reports of one */
const MAX_FACTOR = 1.5;
/** figures of one measure this close together are a list or a comparison ("46 percent to 44 percent") */
const LIST_SPAN = 160;

export const rule: SourcesRule = {
  id: 'figure-inconsistent',
  severity: 'information',
  summary: 'Another draft gives a different value for the same quantity.',
  help: 'Another draft of the workspace gives the same quantity about the same subject a different value ("about 2,600 residents" evacuated here, "nearly 3,000 residents" there). Hedges that overlap ("about 2,950" and "nearly 3,000") are consistent. A figure that a source states is not questioned (figure-mismatch tells the draft that differs from the source). Check which figure is current and use it in both drafts, or say why they differ.',
  phase: 'workspace',
  check({ text, analysis, otherFigures }) {
    const out: Finding[] = [];
    if (!otherFigures) return out;
    // a figure linked to a source passage is settled by it: right when the source agrees, and figure-mismatch's
    // business when it does not; another draft's different figure says nothing more
    const settled = new Set(analysis.sourcedFigures);
    for (const [fi, f] of analysis.figures.entries()) {
      if (settled.has(fi) || !isCheckable(f) || !isComparable(f) || !countsSomething(f)) continue;
      // the other drafts first: a draft alone in its workspace (most often, while typing) skips the list test, which
      // reads every figure of the draft for each of them
      const others = otherFigures(f, minShared(f));
      if (!others.length || analysis.figures.some((g) => g !== f && inList(f, g, text))) continue;
      const other = conflicting(f, others);
      if (!other) continue;
      out.push(
        finding(
          rule,
          f,
          `"${f.text}" here; ${other.path} says "${other.figure.text}" (line ${other.range.start.line + 1}). Check which is right and use one figure.`,
          {
            related: [{ uri: other.uri, range: other.range, message: `"${other.figure.text}" in ${other.path}` }],
          },
        ),
      );
    }
    return out;
  },
};

/** the other draft's figure that states the same quantity about the same subject and disagrees, if that is clear */
function conflicting(f: Figure, candidates: readonly DraftFigure[]): DraftFigure | null {
  let best: { d: DraftFigure; score: number } | null = null;
  let agreeing = -1;
  let byLine: Map<string, Map<number, DraftFigure[]>> | null = null;
  for (const d of candidates) {
    const g = d.figure;
    if (!isCheckable(g) || !countsSomething(g) || !sameQuantity(f, g)) continue;
    const { shared, score, shorter } = affinity(f, g);
    if (!sameSubject(f, shared, shorter)) continue;
    byLine ??= candidatesByLine(candidates);
    if (sameLine(byLine, d).some((e) => e !== d && inList(g, e.figure))) continue;
    if (consistent(f, g)) agreeing = Math.max(agreeing, score);
    else if (!best || score > best.score) best = { d, score };
  }
  // another draft that agrees as closely as the one that differs: the workspace is not clearly inconsistent
  if (!best || agreeing >= best.score) return null;
  const a = f.value!,
    b = best.d.figure.value!;
  if (Math.max(a, b) > MAX_FACTOR * Math.min(a, b)) return null;
  return best.d;
}

/**
 * the candidates by draft and line: a figure in a list of its draft's line is no single report of a quantity. By
 * draft, then by line number, rather than by a key made of both: an archive's figure has hundreds of candidates, most of
 * which pass the test of the same subject, and the keys were most of what the rule allocated.
 */
function candidatesByLine(candidates: readonly DraftFigure[]): Map<string, Map<number, DraftFigure[]>> {
  const out = new Map<string, Map<number, DraftFigure[]>>();
  for (const d of candidates) {
    let lines = out.get(d.uri);
    if (!lines) out.set(d.uri, (lines = new Map()));
    const same = lines.get(d.range.start.line);
    if (same) same.push(d);
    else lines.set(d.range.start.line, [d]);
  }
  return out;
}
const sameLine = (byLine: Map<string, Map<number, DraftFigure[]>>, d: DraftFigure) =>
  byLine.get(d.uri)!.get(d.range.start.line)!;

/** a count says what it counts ("3,000 residents"); a bare number could be anything */
const countsSomething = (f: Figure) => f.measure !== 'count' || !!f.unit;

/** two figures of one measure in one sentence, close together: a list or a comparison, not one quantity */
function inList(f: Figure, g: Figure, text?: string): boolean {
  if (g.measure !== f.measure || Math.abs(g.start - f.start) >= LIST_SPAN) return false;
  // counts of different things are no list: "about 2,300 nurses at the two systems"
  if (f.measure === 'count' && f.unit && g.unit && !sameQuantity(f, g)) return false;
  if (text === undefined) return true;
  const between = text.slice(Math.min(f.end, g.end), Math.max(f.start, g.start));
  return !/[.!?]["”’)]*\s|\n/.test(between);
}

/** the same entity and event words around both figures: `shared` of them, of the `shorter` context (see affinity) */
const sameSubject = (f: Figure, shared: number, shorter: number) =>
  shared >= minShared(f) && shared >= MIN_SHARED_SHARE * shorter;
const minShared = (f: Figure) => (f.measure === 'count' ? MIN_SHARED : MIN_SHARED_UNCOUNTED);

/** the values each figure allows, by its hedge: "nearly 3,000" is 2,850 to 3,000, "about 2,600" 2,470 to 2,730 */
export function interval(f: Figure): [number, number] {
  const v = f.value!;
  if (f.kind === 'range') return [v, f.valueTo ?? v];
  switch (f.hedge) {
    case 'about':
    case 'estimated':
      return [v * 0.95, v * 1.05];
    case 'nearly':
      return [v * 0.95, v];
    case 'more than':
    case 'at least':
      return [v, Infinity];
    case 'less than':
    case 'at most':
    case 'up to':
      return [0, v];
    default:
      return [v, v];
  }
}

/** two figures are consistent when some value satisfies both */
export function consistent(a: Figure, b: Figure): boolean {
  const [a0, a1] = interval(a),
    [b0, b1] = interval(b);
  const eps = 1e-9 * Math.max(Math.abs(a0), Math.abs(b0), 1);
  return a0 <= b1 + eps && b0 <= a1 + eps;
}
