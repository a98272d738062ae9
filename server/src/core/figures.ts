/** Figures: counts, amounts, percentages, dates and ranges, with their hedges. */
import type { Figure, Span } from './types';
import { HEDGES, MONTHS, NUMBER_WORDS, SCALES } from './lexicon';

// Each alternative is linear: digit groups, an optional decimal, no nested quantifiers over overlapping classes.
const NUM = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const WORDNUM = Object.keys(NUMBER_WORDS).join('|');
const SCALE = String.raw`(?:\s?(?:thousand|million|billion|trillion|bn|mn|tn)\b|(?<=\d)[kmb]\b)`;
const CURRENCY = String.raw`(?:US\$|\$|€|£|¥|₴|₹)`;
const MONTH = String.raw`(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)`;
const UNIT = String.raw`(?:\s?(?:%|percent\b|per cent\b|percentage points?\b)|\s(?:people|persons|residents|households|homes|families|students|children|workers|employees|jobs|troops|soldiers|civilians|deaths|dead|cases|patients|votes|voters|signatures|acres|hectares|miles|kilometers|kilometres|km|meters|metres|feet|tons|tonnes|pounds|kilograms|kg|dollars|euros|pounds sterling|hryvnias|rupees|years|months|weeks|days|hours|minutes|units|apartments|beds|buses|vehicles|flights|passengers|companies|businesses|schools|hospitals|incidents|arrests|complaints|calls|times|points|seats|members|officers|firefighters|gallons|liters|litres|barrels|megawatts|MW)\b)`;
const HEDGE = String.raw`(?:nearly|almost|about|around|roughly|approximately|some|at least|at most|more than|over|upwards of|in excess of|fewer than|less than|up to|as many as|as much as|close to|an estimated|estimated|under)`;

const FIGURE_RE = new RegExp(
  String.raw`(?<hedge>\b${HEDGE}\s)?` +
    '(?:' +
    String.raw`(?<date>\b${MONTH}\s\d{1,2}(?:st|nd|rd|th)?(?:,\s\d{4})?\b|\b\d{1,2}\s${MONTH}(?:\s\d{4})?\b)` +
    '|' +
    String.raw`(?<between>\bbetween\s(?<b1>${CURRENCY}?${NUM})${SCALE}?\sand\s(?<b2>${CURRENCY}?${NUM})${SCALE}?)` +
    '|' +
    String.raw`(?<cur>${CURRENCY})?(?<num>${NUM})(?<scale>${SCALE})?(?:\s?(?:-|–|—|to)\s?(?<cur2>${CURRENCY})?(?<num2>${NUM})(?<scale2>${SCALE})?)?(?<unit>${UNIT})?` +
    '|' +
    String.raw`\b(?<word>${WORDNUM})(?<wscale>\s(?:thousand|million|billion))?\b(?<wunit>${UNIT})?` +
    ')',
  'giu',
);

function parseNum(s: string): number { return parseFloat(s.replace(/[^\d.]/g, '')); }
function scaleOf(s: string | undefined): number {
  if (!s) return 1;
  return SCALES[s.trim().toLowerCase()] ?? 1;
}
function hedgeOf(h: string | undefined): string | null {
  if (!h) return null;
  const t = h.trim().toLowerCase();
  for (const [re, name] of HEDGES) if (re.test(t)) return name;
  return t;
}
function unitOf(u: string | undefined, cur: string | undefined): string | null {
  if (cur) return cur === '$' || cur === 'US$' ? 'USD' : cur === '€' ? 'EUR' : cur === '£' ? 'GBP' : cur === '₴' ? 'UAH' : cur;
  if (!u) return null;
  const t = u.trim().toLowerCase();
  if (t === '%' || t.startsWith('percent') || t.startsWith('per cent')) return '%';
  if (t.startsWith('percentage point')) return 'pp';
  return t;
}

export function extractFigures(prose: string, spans: Span[]): Figure[] {
  const out: Figure[] = [];
  for (const span of spans) {
    const seg = prose.slice(span.start, span.end);
    FIGURE_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = FIGURE_RE.exec(seg))) {
      if (m[0].length === 0) { FIGURE_RE.lastIndex++; continue; }
      const g = m.groups ?? {};
      let start = span.start + m.index;
      let end = start + m[0].length;
      const hedge = hedgeOf(g.hedge);
      // words glued to letters ("COVID19", "A1") are not figures
      const prev = seg[m.index - 1];
      if (!g.hedge && prev && /[\p{L}_\-/#:]/u.test(prev) && !g.date && !g.between) continue;
      if (g.num && /[\p{L}]/u.test(seg[m.index + m[0].length] ?? '') && !g.unit && !g.scale) continue;
      let fig: Figure;
      if (g.date) {
        fig = { start, end, text: '', value: null, unit: null, hedge, kind: 'date' };
        const y = /\d{4}/.exec(g.date);
        const mo = MONTHS.findIndex((x) => g.date.toLowerCase().includes(x.slice(0, 3)));
        const d = /\b(\d{1,2})(?:st|nd|rd|th)?\b/.exec(g.date);
        if (d) fig.value = (y ? parseInt(y[0]) * 10000 : 0) + (mo + 1) * 100 + parseInt(d[1]);
      } else if (g.between) {
        const v1 = parseNum(g.b1), v2 = parseNum(g.b2);
        fig = { start, end, text: '', value: v1, valueTo: v2, unit: unitOf(undefined, /^\D/.test(g.b1) ? g.b1[0] : undefined), hedge, kind: 'range' };
      } else if (g.num) {
        const raw = g.num;
        const v = parseNum(raw) * scaleOf(g.scale);
        const unit = unitOf(g.unit, g.cur);
        let kind: Figure['kind'] = unit === '%' || unit === 'pp' ? 'percent' : g.cur ? 'amount' : 'count';
        // a year: four digits, 1800-2100, no comma, no unit/currency/scale
        if (!g.cur && !g.scale && !g.unit && !g.num2 && /^\d{4}$/.test(raw) && +raw >= 1800 && +raw <= 2100) kind = 'year';
        if (/^(?:st|nd|rd|th)\b/.test(seg.slice(m.index + m[0].length))) { kind = 'ordinal'; end += 2; }
        fig = { start, end, text: '', value: v, unit, hedge, kind };
        if (g.num2) {
          fig.kind = kind === 'year' ? 'year' : 'range';
          fig.valueTo = parseNum(g.num2) * scaleOf(g.scale2 ?? g.scale);
          if (!g.scale && g.scale2) fig.value = parseNum(raw) * scaleOf(g.scale2);
          if (/^\d{4}$/.test(raw) && /^\d{2,4}$/.test(g.num2) && +raw >= 1800 && +raw <= 2100) fig.kind = 'year';
        }
        // a time of day "10 a.m." or "3:30"
        if (/^:\d\d/.test(seg.slice(m.index + m[0].length)) || /^\s?(?:a\.m\.|p\.m\.)/i.test(seg.slice(m.index + m[0].length))) continue;
      } else if (g.word) {
        const v = NUMBER_WORDS[g.word.toLowerCase()] * scaleOf(g.wscale);
        // small word numbers without a unit are rarely checkable figures
        fig = { start, end, text: '', value: v, unit: unitOf(g.wunit, undefined), hedge, kind: 'count' };
        if (!g.wscale && !g.wunit && !hedge) (fig as Figure & { minor?: boolean }).minor = true;
      } else continue;
      // trim trailing spaces
      while (end > start && /\s/.test(prose[end - 1])) end--;
      fig.end = end;
      fig.text = prose.slice(start, end);
      out.push(fig);
    }
  }
  return out;
}

/** A figure worth checking against a source: not a date, year or ordinal, not a small word number. */
export function isCheckable(f: Figure): boolean {
  if (f.kind === 'date' || f.kind === 'year' || f.kind === 'ordinal') return false;
  if ((f as Figure & { minor?: boolean }).minor) return false;
  if (f.kind === 'count' && f.value !== null && f.value < 10) return false;
  return true;
}
