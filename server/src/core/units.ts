/** Units of measure written after a number: "12 km", "3.2 GHz", "273 lb-ft", "85 sq m", "2.8GHz", "a 6.1-inch screen". */
import MEASURES from './data/measure-units.json';

// a written form with a capital matches only as written ("W", "Nm"); an all-lowercase one in any case ("GHz", "KM")
const EXACT = new Map<string, string>();
const ANY_CASE = new Map<string, string>();
for (const [unit, forms] of Object.entries(MEASURES.units as Record<string, string[]>))
  for (const form of forms) (form === form.toLowerCase() ? ANY_CASE : EXACT).set(form, unit);
const GLUED_ONLY: Record<string, string> = MEASURES.gluedOnly;
/** The canonical unit of a written form ("kilometers" → "kilometre", "GHz" → "gigahertz"), or null. */
export function measureUnit(written: string): string | null {
  const w = written.trim().replace(/\s+/g, ' ');
  return EXACT.get(w) ?? ANY_CASE.get(w.toLowerCase()) ?? null;
}

/** A unit glued to the digits ("2.8GHz", "14in", "500mg"), or null. */
export function gluedUnit(letters: string): string | null {
  return measureUnit(letters) ?? GLUED_ONLY[letters] ?? null;
}

// up to four written words of a unit (the longest form, "pounds per square inch", has four): each a letter, then
// letters, digits, "²", "/" or "-" ("km2", "Mb/s", "lb-ft", "μm")
const UNIT_WORDS = /^(?:\s[\p{L}][\p{L}\d²³/-]*(?![\p{L}\d])){1,4}/u;

/**
 * The unit right after a figure, its longest written form first ("85 sq m" is square metres, not "sq"):
 * the canonical unit, the unit as written, and the length it takes in `after`.
 */
export function measureAfter(after: string): { unit: string; written: string; length: number } | null {
  const run = UNIT_WORDS.exec(after)?.[0];
  if (!run) return null;
  const words = run.slice(1).split(' ');
  for (let k = words.length; k >= 1; k--) {
    const written = words.slice(0, k).join(' ');
    const unit = measureUnit(written);
    if (unit) return { unit, written, length: 1 + written.length };
  }
  return null;
}

/** A unit after a hyphen ("-inch", "-square-foot", "-acre-feet"): the canonical unit and the length it takes. */
export function hyphenUnit(after: string): { unit: string; length: number } | null {
  const m = /^-(\p{L}+(?:-\p{L}+){0,2})(?![\p{L}\d])/u.exec(after);
  if (!m) return null;
  const parts = m[1].split('-');
  for (let k = parts.length; k >= 1; k--) {
    const head = parts.slice(0, k);
    const unit = measureUnit(head.join('-')) ?? measureUnit(head.join(' '));
    if (unit) return { unit, length: 1 + head.join('-').length };
  }
  return null;
}
