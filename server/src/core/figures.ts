/** Figures: counts, amounts, percentages, dates, times, tallies and ranges, with their hedges. */
import type { Figure, Measure, Span } from './types';
import { HEDGES, MONTHS, SCALES } from './lexicon';
import WORDS from './data/figure-words.json';
import currenciesText from 'gazetteer:currencies';
import { gluedUnit, hyphenUnit, measureAfter, measureUnit } from './units';

const NOUN_STOP = new Set(WORDS.nounStop);
const LABEL_PREPOSITIONS = new Set(WORDS.labelPrepositions);
const LABEL_TALLIES = new Set(WORDS.labelTallies);
const INVARIANT = new Set(WORDS.invariantNouns);
const GLUED: Record<string, string> = WORDS.gluedUnits;
const DURATION: Record<string, string> = WORDS.durationUnits;
const RATE_UNITS = new Set(WORDS.rateUnits);
const CONTEXT_STOP = new Set(WORDS.contextStop);
const BARE_CURRENCY: Record<string, string> = WORDS.currencyNames;
const CURRENCY_WORDS = new Set(WORDS.currencyWords);
/** gold, silver, platinum, palladium: CLDR's currencies that news copy only ever counts things with ("three gold records") */
const METALS = new Set(WORDS.metalCodes.codes);
const STREET_TYPES = new Set(WORDS.streetTypes);
const NOT_NAME_WORDS = new Set(WORDS.notNameWords);
const SINGULAR_MEN = new Set(WORDS.singularMen);
const ROUTE_WORDS = new Set(WORDS.routeWords);
const ROUTE_VERBS = new Set(WORDS.routeVerbs);
const RIDE_VERBS = new Set(WORDS.rideVerbs);
const RATIO_DENOMINATOR_STOP = new Set(WORDS.ratioDenominatorStop);
const CHANGE_BEFORE = new Set(WORDS.percentChangeBefore);
const CHANGE_AFTER = new Set(WORDS.percentChangeAfter);
const LEVEL_BEFORE = new Set(WORDS.percentLevelBefore);

/** ISO 4217 codes in use, currency names ("swiss francs") and signs ("₦") from CLDR, via the gazetteer plugin */
const CURRENCIES = (() => {
  const codes = new Set<string>(),
    names = new Map<string, string>(),
    signs = new Map<string, string>();
  for (const line of currenciesText.split('\n')) {
    const [kind, form, code] = line.split('\t');
    const c = code.toUpperCase();
    if (kind === 'code') codes.add(c);
    else if (kind === 'name') names.set(form, c);
    else signs.set(form, c);
  }
  return { codes, names, signs };
})();
// the signs news writes before an amount, over CLDR's where they differ: "C$" is Canada's in English copy, "$" the US dollar
const PREFERRED_SIGNS: Record<string, string> = {
  US$: 'USD',
  AU$: 'AUD',
  A$: 'AUD',
  CA$: 'CAD',
  C$: 'CAD',
  HK$: 'HKD',
  NZ$: 'NZD',
  S$: 'SGD',
  R$: 'BRL',
  NT$: 'TWD',
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₴': 'UAH',
  '₹': 'INR',
  Rs: 'INR',
  'Rs.': 'INR',
  $A: 'AUD',
  $C: 'CAD',
  $US: 'USD',
  $NZ: 'NZD',
  $HK: 'HKD',
  RM: 'MYR',
  Rp: 'IDR',
  Y: 'JPY',
};
const SIGNS = new Map<string, string>([
  ...[...CURRENCIES.signs].map(([k, v]) => [k.toUpperCase(), v] as [string, string]),
  ...Object.entries(PREFERRED_SIGNS).map(([k, v]) => [k.toUpperCase(), v] as [string, string]),
]);

// Each alternative is linear: digit groups, an optional decimal, no nested quantifiers over overlapping classes.
const NUM = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const UNITS_UNDER =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
// "forty-five", "twenty one", "one hundred", "two thirds", "a dozen", "dozens", "half"
// "tens of thousands", "hundreds of millions": one vague figure, not two
const BASIC_WORDNUM = String.raw`(?:${TENS})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|${UNITS_UNDER}`;
// "six hundred and fifty", "twenty-eight thousand five hundred": after a scale word, up to two more parts
const WORDNUM_TAIL = String.raw`(?:\s(?:and\s)?(?:${BASIC_WORDNUM})(?:\s(?:hundred|thousand))?){0,2}`;
const WORDNUM = String.raw`(?:(?:tens|hundreds) of (?:thousands|millions)|${BASIC_WORDNUM}|a dozen|dozens|hundreds|thousands|millions|a hundred|a thousand)(?:\s(?:dozen|hundred|thousand|million|billion)${WORDNUM_TAIL})?(?:[\s-](?:thirds|quarters|fifths|halves|third|quarter|half))?`;
// "a third of", "half the", "one-quarter of": a fraction is a figure only before what it divides
const FRACTION = String.raw`(?:(?:a|one)[\s-](?:third|quarter|fifth|tenth)|half)(?=\s(?:of|the|their|its|his|her|our|all)\b)`;
// "$1.2-billion write-down": a scale word may follow a hyphen when the amount is an adjective
const SCALE = String.raw`(?:[\s-]?(?:thousand|million|billion|trillion|bn|mn|tn|crores?|lakhs?)\b|(?<=\d)[kmb]\b)`;
// "$", "US$", "A$", "HK$", "R$", "Rs 500", "USD 5 million": a sign or code before the number
// "$", "US$", "₦", "Rs 500", "USD 5 million": a sign (CLDR's and the usual ones) or an ISO code before the number
// a currency symbol, with up to three letters before it ("NZ$", "CN¥", "GH₵"); checked against SIGNS after the match
// wire copy's letter signs: "RM4.70" (ringgit), "Rp 2.5 trillion" (rupiah), "Y120 billion" or "Y108.50" (yen, only
// before two digits or more, so that "Y2K" stays a name) and a dollar sign with its country after it ("$A5 million")
const LETTER_SIGN = String.raw`(?:\b(?:R[Mp]\s?(?=\d)|Y(?=\d(?:\d|[.,]\d)+(?![\p{L}\d])|\d+(?:\.\d+)?\s?(?:m|mn|million|bn|billion|trillion|tn)\b))|\$(?:A|C|US|NZ|HK)(?=\s?\d))`;
const CURRENCY_SIGN = String.raw`(?:\b\p{L}{1,3}\p{Sc}|\p{Sc}|\bRs\.?\s?|${LETTER_SIGN})`;
const CURRENCY = String.raw`(?:${CURRENCY_SIGN}|\b[A-Z]{3}\s?(?=\d))`;
const MONTH = String.raw`(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)`;
const UNIT = String.raw`(?:\s?(?:%|percent\b|per cent\b|percentage points?\b)|\s(?:miles[- ](?:an|per)[- ]hour|mph|km\/hr?|kmh|kph|kilometres an hour|kilometers per hour)\b|\s?°\s?[CF]\b|\s?°|\sdegrees?(?:\s(?:Celsius|Fahrenheit|centigrade|[CF]\b))?\b|\s(?:people|persons|residents|households|homes|houses|families|students|children|workers|employees|jobs|troops|soldiers|civilians|deaths|dead|cases|patients|votes|voters|signatures|acres|hectares|miles|kilometers|kilometres|km|meters|metres|feet|tons|tonnes|kilograms|kg|years|months|weeks|days|hours|minutes|units|apartments|beds|buses|vehicles|flights|passengers|companies|businesses|schools|hospitals|incidents|arrests|complaints|calls|times|points|seats|members|officers|firefighters|gallons|liters|litres|barrels|megawatts|MW|shelters|visitors|customers|users|tickets|cars|trucks|animals|trees|buildings|structures|properties|parcels|loans|claims|lawsuits|charges|counts|shots|doses|tests|beds|nurses|doctors|teachers|refugees|migrants|evacuees|inmates|prisoners|victims|injuries|injured|fatalities|casualties)\b)`;
// "1.99 × 10^30", "6.02x10²³", "2.998×10−8", "3.2e-5": a power of ten written after the number
const SCI = String.raw`(?:\s?[×x]\s?10(?:\^[-−]?\d{1,3}|[-−]\d{1,3}|⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})(?![\d⁰¹²³⁴⁵⁶⁷⁸⁹])|(?<=\.\d{1,6})e[-+]?\d{1,3}(?![\p{L}\d]))`;
// "2% to 3%": a percent sign on both halves of a range
const PCT = String.raw`\s?(?:%|percent\b|per cent\b)`;
const HEDGE = String.raw`(?:nearly|almost|about|around|roughly|approximately|some|at least|at most|more than|over|upwards of|in excess of|fewer than|less than|up to|as many as|as much as|close to|an estimated|estimated|under)`;

const FIGURE_RE = new RegExp(
  String.raw`(?<hedge>\b${HEDGE}\s)?` +
    '(?:' +
    String.raw`(?<date>\b${MONTH}\s\d{1,2}(?:st|nd|rd|th)?(?:,?\s\d{4})?\b|\b\d{1,2}\s${MONTH}(?:\s\d{4})?\b|\b${MONTH}\s\d{4}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b)` +
    '|' +
    String.raw`(?<time>\b\d{1,2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)|\b\d{1,2}:\d{2}\b)` +
    '|' +
    String.raw`(?<between>\bbetween\s(?<b1>${CURRENCY_SIGN}?${NUM})(?<bs1>${SCALE})?(?<bu1>${PCT})?\sand\s(?<b2>${CURRENCY_SIGN}?${NUM})(?<bs2>${SCALE})?(?<bunit>${UNIT})?)` +
    '|' +
    String.raw`\b(?<fnum>\d{1,2})[/⁄](?<fden>\d{1,3})\b(?=\s(?:of\b|\p{L}))` +
    '|' +
    String.raw`(?<cur>${CURRENCY})?(?<num>${NUM})(?<sci>${SCI})?(?<scale>${SCALE})?(?:(?<unit1>${PCT}(?=\s?(?:-|–|—|to)\s?${NUM}${PCT}))?(?<join>\s?(?:-|–|—|to)\s?)(?<cur2>${CURRENCY_SIGN})?(?<num2>${NUM})(?<scale2>${SCALE})?)?(?<unit>${UNIT})?` +
    '|' +
    String.raw`\b(?<frac>${FRACTION})` +
    '|' +
    String.raw`\b(?<word>${WORDNUM})\b(?<paren>\s\(\d[\d,.]*\))?(?<wunit>${UNIT})?` +
    '|' +
    String.raw`\bthe\s(?<ordw>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b` +
    ')',
  'iuy',
);

// Where a figure can start: a digit, a number word, a month, "between", an ordinal word, a currency sign.
// The full pattern only runs at these anchors (sticky), never at every character.
const ANCHOR_RE = new RegExp(
  String.raw`\d|\p{Sc}|\b\p{L}{1,3}\p{Sc}|\bRs\.?\s?(?=\d)|${LETTER_SIGN}|\b[A-Z]{3}\s?(?=\d)|\b(?:${TENS}|${UNITS_UNDER}|tens of|a dozen|dozens|hundreds|thousands|millions|a hundred|a thousand|a\s(?:third|quarter|fifth|tenth)|half|between|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)`,
  'giu',
);
const HEDGE_BACK_RE = new RegExp(String.raw`\b${HEDGE}\s$`, 'iu');

const SMALL: Record<string, number> = WORDS.numberWords;
const VAGUE_NUMBERS: Record<string, number> = WORDS.vagueNumbers;
const FRACTIONS: Record<string, number> = WORDS.fractions;

/** Value of a spelled-out number: "forty-five" → 45, "two thirds" → 0.667, "one hundred" → 100 */
export function wordValue(s: string): number | null {
  const t = s.toLowerCase().replace(/-/g, ' ').split(/\s+/);
  if (t[0] === 'a') t[0] = 'one';
  let v = 0,
    cur = 0,
    of = false;
  for (const w of t) {
    // "hundreds of thousands": the plural after "of" is a scale (200 × 1,000), not another vague count
    if (of && w.endsWith('s') && w.slice(0, -1) in SCALES) cur = (cur || 1) * SCALES[w.slice(0, -1)];
    else if (w === 'of' && cur) of = true;
    else if (w === 'and' && (v || cur))
      continue; // "six hundred and fifty"
    else if (w in SMALL) cur += SMALL[w];
    else if (w in VAGUE_NUMBERS) cur = (cur || 1) * VAGUE_NUMBERS[w];
    else if (w === 'hundred') cur = (cur || 1) * 100;
    else if (w in SCALES) {
      v += (cur || 1) * SCALES[w];
      cur = 0;
    } else if (w in FRACTIONS) {
      cur = (cur || 1) / FRACTIONS[w];
    } else return null;
  }
  return v + cur;
}

function parseNum(s: string): number {
  return parseFloat(s.replace(/[^\d.]/g, ''));
}
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** a number times the power of ten written after it: "× 10^8" → e8, "×10−30" → e-30, "x10²³" → e23, "e-5" → e-5 */
function timesPowerOfTen(n: number, sci: string | undefined): number {
  if (!sci) return n;
  const exp = sci
    .replace(/^[^^\d⁰-⁹⁻]*10\^?|^e/i, '')
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, (d) => String(SUPERSCRIPT_DIGITS.indexOf(d)))
    .replace(/[−⁻]/, '-');
  // written out rather than multiplied, so that 6.02 × 10²³ is 6.02e23 and not 6.019999999999999e23
  return Number(`${n}e${exp}`);
}
function scaleOf(s: string | undefined): number {
  if (!s) return 1;
  return SCALES[s.replace(/^[\s-]+/, '').toLowerCase()] ?? 1;
}
function hedgeOf(h: string | undefined): string | null {
  if (!h) return null;
  const t = h.trim().toLowerCase();
  for (const [re, name] of HEDGES) if (re.test(t)) return name;
  return t;
}
export function unitOf(u: string | undefined, cur: string | undefined): string | null {
  if (cur) {
    const c = cur.replace(/\s/g, '');
    return SIGNS.get(c.toUpperCase()) ?? SIGNS.get(c.replace(/\.$/, '').toUpperCase()) ?? c;
  }
  if (!u) return null;
  const t = u.trim().toLowerCase();
  if (t.startsWith('percentage point')) return 'percentage points';
  if (t === '%' || t.startsWith('percent') || t.startsWith('per cent')) return '%';
  if (/^(?:miles[- ](?:an|per)[- ]hour|mph)$/.test(t)) return 'mph';
  if (/^(?:km\/hr?|kmh|kph|kilometres an hour|kilometers per hour)$/.test(t)) return 'km/h';
  const bare = t.replace(/\s+/g, '');
  if (bare === '°c' || /^degrees? (?:celsius|centigrade|c)$/.test(t)) return 'celsius';
  if (bare === '°f' || /^degrees? (?:fahrenheit|f)$/.test(t)) return 'fahrenheit';
  if (bare === '°' || t === 'degree') return 'degrees';
  return measureUnit(u) ?? t;
}

/**
 * identifiers and locators are not figures: Route 12, Highway 9, zone W-4, case No. 12, p. 31, art. 10.2, and the
 * people a charging document numbers instead of naming (Witness 1, Victim 2, Count 3), and a union local (Local 88)
 */
const ID_BEFORE =
  /(?:\b(?:route|highway|hwy|interstate|i|us|sr|zone|case|cases|no|nos|number|p|pp|page|pages|art|article|articles|section|sections|sec|§|chapter|ch|rule|bill|hb|sb|ab|room|suite|apt|apartment|flight|gate|platform|line|bus|district|ward|precinct|unit|lot|exhibit|docket|file|record|item|vol|volume|para|paragraph|clause|version|v|model|channel|proposition|prop|measure|amendment|title|ordinance|resolution|form|level|grade|phase|stage|class|team|pier|terminal|block|box|witness|victim|count|defendant|juror|plaintiff|respondent|patient|informant|local)\.?\s?#?|#|№)$/i;

/**
 * capitalised, these name a numbered site ("Plant 2", "Well 8", "Building 4"); lower-case they are verbs or counted
 * nouns ("plant 300 trees", "well 8 percent"), so the case is kept
 */
const NAMED_ID_BEFORE =
  /\b(?:Plant|Well|Building|Tower|Hangar|Station|Substation|Mill|Mine|Shaft|Reactor|Dock|Berth|Wing|Warehouse|Camp|Lab|Courtroom|Pod|Tier|Cellblock|Pump|Pumphouse|Studio|Hall)\s$/;

const SCALE_OPENS = /\bscale\s(?:of|from)\s$/i;
const SCALE_CLOSES = /\bscale\s(?:of|from)\s\d+\s?(?:to|-|–)\s?$/i;

/** the number at seg[at..end) is an end of a rating scale: "a scale of 0 to 9", "a scale from 1 to 10" */
function isScaleEnd(seg: string, at: number, end: number, range: boolean): boolean {
  if (SCALE_CLOSES.test(seg.slice(Math.max(0, at - 24), at))) return true;
  if (!SCALE_OPENS.test(seg.slice(Math.max(0, at - 12), at))) return false;
  return range || /^\s?(?:to|-|–)\s?\d/.test(seg.slice(end, end + 5));
}

function dateValue(s: string): number | null {
  let m = /^(\d{1,2})\/(\d{1,2})\/(\d{2,4})$/.exec(s);
  if (m) {
    const y = +m[3] < 100 ? 2000 + +m[3] : +m[3];
    return y * 10000 + +m[1] * 100 + +m[2];
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) return +m[1] * 10000 + +m[2] * 100 + +m[3];
  const y = /\b(\d{4})\b/.exec(s);
  const lower = s.toLowerCase();
  const mo = MONTHS.findIndex((x) => lower.includes(x.slice(0, 3)));
  const d = /\b(\d{1,2})(?:st|nd|rd|th)?\b/.exec(s.replace(/\b\d{4}\b/, ''));
  if (mo < 0) return null;
  return (y ? parseInt(y[1]) * 10000 : 0) + (mo + 1) * 100 + (d ? parseInt(d[1]) : 0);
}

export function extractFigures(prose: string, spans: Span[]): Figure[] {
  const out: Figure[] = [];
  for (const span of spans) {
    const seg = prose.slice(span.start, span.end);
    ANCHOR_RE.lastIndex = 0;
    let a: RegExpExecArray | null;
    let m: RegExpExecArray | null = null;
    let consumed = 0;
    while ((a = ANCHOR_RE.exec(seg))) {
      const p = a.index;
      if (p < consumed) continue;
      // digits inside a number ("3,000") are not new anchors
      if (/\d/.test(a[0]) && p > 0 && /[\d.,]/.test(seg[p - 1]) && p - 1 >= consumed) continue;
      // a hedge or "the" just before the anchor belongs to the figure
      const back = seg.slice(Math.max(consumed, p - 24), p);
      const hb = HEDGE_BACK_RE.exec(back);
      const tries = hb ? [p - hb[0].length, p] : [p];
      if (/^the\s$/i.test(seg.slice(Math.max(consumed, p - 4), p))) tries.unshift(p - 4);
      m = null;
      for (const t of tries) {
        const r = execFigure(seg, t);
        if (r && r[0].length) {
          m = r;
          break;
        }
      }
      if (!m) continue;
      const g = m.groups ?? {};
      const numAt = m.index + (g.hedge?.length ?? 0);
      const before = seg.slice(Math.max(0, numAt - 14), numAt);
      // "rose from 5 to 7 percent": two figures, the first sharing the unit; the second is read on its own
      // "rose 60% in 2018 to 3.9 million": a year, then where the figure went; not a range
      const yearFirst = !!g.num2 && isYearThenFigure(g);
      const split =
        g.num2 && (yearFirst || isChange(seg.slice(Math.max(0, numAt - 30), numAt), g.join)) ? splitAt(m, g) : 0;
      consumed = m.index + (split || m[0].length);
      ANCHOR_RE.lastIndex = consumed;
      const start = span.start + m.index;
      let end = start + (split || m[0].length);
      const hedge = hedgeOf(g.hedge);
      const prev = seg[m.index - 1];
      if (isIdentifier(seg, m, g) || isNameNumber(seg, m.index, g) || isRouteNumber(seg, m, g)) continue;
      if (isProductNumber(seg, m.index, g)) continue;
      if (g.word && isPronounOne(g.word, before, seg.slice(m.index + m[0].length))) continue;
      const minus = g.num && !g.hedge && !g.cur && !g.num2 ? minusBefore(seg.slice(0, m.index)) : 0;
      // words glued to letters ("COVID19", "A1", "W-4") are not figures
      if (!g.hedge && !minus && prev && /[\p{L}_\-/#:]/u.test(prev) && !g.date && !g.between && !g.word && !g.ordw)
        continue;
      if (!g.hedge && prev && /[\p{L}\p{N}]/u.test(prev) && (g.word || g.ordw)) continue;
      let glued: string | null = null;
      if (g.num && /[\p{L}]/u.test(seg[m.index + m[0].length] ?? '') && !g.unit && !g.scale) {
        const gm = /^\p{L}+/u.exec(seg.slice(m.index + m[0].length))![0];
        glued = gluedUnit(gm) ?? GLUED[gm.toLowerCase()] ?? null;
        if (!glued || /[\p{L}\d]/u.test(prev ?? '')) continue;
        end += gm.length;
      }
      // "District 4" is a locator; "the district $4.2 million" is money
      if ((g.num || g.time) && !g.cur && (ID_BEFORE.test(before) || NAMED_ID_BEFORE.test(before))) continue;
      // "rated a 4 on a scale of 0 to 9": the scale's ends are how the rating is read, not a figure to source
      if ((g.num || g.between) && !g.cur && isScaleEnd(seg, numAt, m.index + m[0].length, !!(g.num2 || g.between)))
        continue;
      let fig: Figure;
      if (g.date) {
        fig = { ...blank(start, end, hedge, 'date'), value: dateValue(g.date), unit: 'date' };
      } else if (g.time) {
        const t = /(\d{1,2})(?::(\d{2}))?\s?([ap])?/i.exec(g.time)!;
        let h = +t[1];
        if (t[3]?.toLowerCase() === 'p' && h < 12) h += 12;
        if (t[3]?.toLowerCase() === 'a' && h === 12) h = 0;
        fig = { ...blank(start, end, hedge, 'time'), value: h * 100 + (t[2] ? +t[2] : 0), unit: 'time' };
      } else if (g.between) {
        // "between 2 and 3 million": a scale on the second half only is the first's too
        const v1 = parseNum(g.b1) * scaleOf(g.bs1 ?? (sharesScale(g.b1, g.b2) ? g.bs2 : undefined)),
          v2 = parseNum(g.b2) * scaleOf(g.bs2);
        const sign = g.b1.slice(0, g.b1.search(/\d/));
        const unit = unitOf(g.bunit ?? g.bu1, sign || undefined);
        fig = { ...blank(start, end, hedge, 'range'), value: v1, valueTo: v2, unit };
      } else if (g.num) {
        const raw = g.num;
        const num2 = split ? undefined : g.num2;
        const v =
          timesPowerOfTen(parseNum(raw), g.sci) *
          scaleOf(split && sharesScale(raw, g.num2) ? (g.scale ?? g.scale2) : g.scale);
        // "2% to 3%": the first half may carry the unit too
        const unit =
          glued ??
          (yearFirst
            ? null
            : unitOf(split ? (g.unit1 ?? g.unit) : (g.unit ?? g.unit1), split ? (g.cur ?? g.cur2) : g.cur));
        let kind: Figure['kind'] =
          unit === '%' || unit === 'percentage points'
            ? 'percent'
            : g.cur || unit === 'USD' || unit === 'EUR'
              ? 'amount'
              : 'count';
        // a year: four digits, 1800-2100, no comma, no unit/currency/scale
        if (
          !g.cur &&
          !g.scale &&
          !g.sci &&
          !(g.unit && !split) &&
          !glued &&
          !num2 &&
          /^\d{4}$/.test(raw) &&
          +raw >= 1800 &&
          +raw <= 2100
        ) {
          kind = 'year';
          // years inside names: "Vision 2030", "Class of 2019" are part of a name
          if (
            /\b\p{Lu}[\p{L}]+\s$/u.test(before) &&
            !/\b(?:In|Since|By|Until|Before|After|From|During|Of)\s$/.test(before) &&
            !new RegExp(MONTH + String.raw`\s$`).test(before)
          )
            continue;
        }
        if (/^(?:st|nd|rd|th)\b/.test(seg.slice(m.index + m[0].length))) {
          kind = 'ordinal';
          end += 2;
        }
        fig = { start, end, text: '', value: v, unit, hedge, kind, measure: 'count', noun: null, context: [] };
        if (num2) {
          fig.kind = kind === 'year' ? 'year' : 'range';
          fig.valueTo = parseNum(num2) * scaleOf(g.scale2 ?? g.scale);
          if (!g.scale && g.scale2 && sharesScale(raw, num2)) fig.value = parseNum(raw) * scaleOf(g.scale2);
          if (/^\d{4}$/.test(raw) && /^\d{2,4}$/.test(num2) && +raw >= 1800 && +raw <= 2100) fig.kind = 'year';
          // vote tallies: "voted 6-3", "a 5-4 decision"
          if (
            /^\d{1,3}$/.test(raw) &&
            /^\d{1,3}$/.test(num2) &&
            /[-–]/.test(m[0]) &&
            (/\b(?:vote[ds]?|voting|decision|ruling|margin|tally|split|score[ds]?|won|lost|beat|a|an)\s?$/i.test(
              before,
            ) ||
              +raw >= +num2)
          )
            fig.kind = 'tally';
        }
      } else if (g.fnum) {
        if (!isDigitFraction(g.fnum, g.fden, seg.slice(m.index + m[0].length))) continue;
        fig = { ...blank(start, end, hedge, 'count'), value: +g.fnum / +g.fden };
      } else if (g.frac) {
        fig = { ...blank(start, end, hedge, 'count'), value: wordValue(g.frac) };
      } else if (g.word) {
        const v = wordValue(g.word);
        if (v === null) continue;
        const unit = unitOf(g.wunit, undefined);
        fig = {
          ...blank(start, end, hedge, unit === '%' ? 'percent' : unit === 'USD' || unit === 'EUR' ? 'amount' : 'count'),
          value: v,
          unit,
        };
        // small word numbers without a unit are rarely checkable figures
        if (!/\s/.test(g.word) && v < 100 && !unit && !hedge && !g.paren)
          (fig as Figure & { minor?: boolean }).minor = true;
      } else if (g.ordw) {
        const ord =
          ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'].indexOf(
            g.ordw.toLowerCase(),
          ) + 1;
        const s = start + m[0].indexOf(g.ordw);
        fig = { ...blank(s, end, null, 'ordinal'), value: ord };
      } else continue;
      // "one in three homes", "2 out of 5 voters": a share of what follows, not a count of it
      const ratio = fig.kind === 'count' && !fig.unit ? ratioAfter(seg.slice(consumed), fig.value) : null;
      if (ratio) {
        fig = { ...blank(start, end + ratio.length, hedge, 'ratio'), value: fig.value! / ratio.of };
        end += ratio.length;
        consumed += ratio.length;
        ANCHOR_RE.lastIndex = consumed;
      }
      // an ordinal ranks ("the third time", "3rd"), it does not count: recognised so that it is not read as a count
      if (fig.kind === 'ordinal') continue;
      if (minus && fig.value !== null && fig.kind !== 'year') {
        fig.value = -fig.value;
        fig.start -= minus;
      }
      while (end > fig.start && /\s/.test(prose[end - 1])) end--;
      fig.end = end;
      describe(fig, prose, span);
      fig.text = prose.slice(fig.start, fig.end);
      out.push(fig);
    }
  }
  shareUnits(out, prose);
  return out;
}

/** what joins the figures of a list: "3 and 5 percent", "20, 24 or 31 points", "by 2 or by 3 points" */
const LIST_JOIN = /^,?\s(?:and|or)\s(?:by\s)?$/;
const LIST_COMMA = /^,\s$/;

/**
 * "rose 3 and 5 percent", "scored 20, 24 and 31 points": a bare number in a list takes the unit written once, after
 * the last figure of the list. A comma joins only inside a list that ends with "and" or "or".
 */
function shareUnits(figs: Figure[], prose: string) {
  let inList = false;
  for (let i = figs.length - 2; i >= 0; i--) {
    const [f, next] = [figs[i], figs[i + 1]];
    const gap = prose.slice(f.end, next.start);
    inList = LIST_JOIN.test(gap) || (inList && LIST_COMMA.test(gap));
    if (!inList || f.unit || f.kind !== 'count' || !next.unit || next.measure === 'date' || next.noun === AGE_NOUN)
      continue;
    f.unit = next.unit;
    f.measure = next.measure;
    f.noun = next.noun;
    f.kind = next.measure === 'percent' ? 'percent' : next.measure === 'money' ? 'amount' : 'count';
  }
}

/**
 * The figure pattern at `at`. What stands before the number is a currency only as a known sign ("NZ$", "₦") or an
 * ISO 4217 code in capitals ("CHF"); otherwise the number is read without it ("the 5", "ABC$5").
 */
function execFigure(seg: string, at: number): RegExpExecArray | null {
  FIGURE_RE.lastIndex = at;
  const r = FIGURE_RE.exec(seg);
  const cur = r?.groups?.cur?.replace(/\s/g, '');
  if (!r || !cur || CURRENCIES.codes.has(cur) || SIGNS.has(cur.toUpperCase()) || /^Rs\.?$/.test(cur)) return r;
  FIGURE_RE.lastIndex = r.index + (r.groups!.hedge?.length ?? 0) + r.groups!.cur.length;
  return FIGURE_RE.exec(seg);
}

/**
 * "1/2 pound", "3/4 of the vote", "1⁄16 of a pint": a fraction in digits before a unit of measure or "of" (not "9/11
 * attacks" or "24/7 service", which name)
 */
function isDigitFraction(numerator: string, denominator: string, after: string): boolean {
  return +numerator < +denominator && (/^\s+of\b/.test(after) || !!measureAfter(after));
}

/** "from 5 to 7 percent" after a verb of change is a change between two figures; "ranging from 5 to 7" is a range */
function isChange(before: string, join: string | undefined): boolean {
  return (
    !!join &&
    /to/i.test(join) &&
    /\bfrom\s$/i.test(before) &&
    !/\b(?:rang(?:e|es|ed|ing)|anywhere|var(?:y|ies|ied|ying))\s+from\s$/i.test(before)
  );
}
/**
 * "between 2 and 3 million", "$5 to $7 billion": a scale written once, after the second number, is the first's too, but
 * only when the bare first number is the smaller one ("$800,000 to $1.3 million", "$200 to $4 million" are whole)
 */
function sharesScale(first: string, second: string): boolean {
  return !first.includes(',') && parseNum(first) <= parseNum(second);
}
/** a bare year joined by "to" to an amount, a scaled number or a decimal: "in 2018 to 3.9 million", "2019 to $40" */
function isYearThenFigure(g: Record<string, string>): boolean {
  if (g.cur || g.scale || !/^\d{4}$/.test(g.num) || +g.num < 1800 || +g.num > 2100 || !/to/i.test(g.join)) return false;
  return !!(g.cur2 || g.scale2) || !/^\d{2,4}$/.test(g.num2);
}
/** the length of a range's first half: up to the joining "to" */
function splitAt(m: RegExpExecArray, g: Record<string, string>): number {
  const numEnd =
    (g.hedge?.length ?? 0) + (g.cur?.length ?? 0) + g.num.length + (g.scale?.length ?? 0) + (g.unit1?.length ?? 0);
  return m[0].indexOf(g.join, numEnd);
}

const RATIO_TAIL = new RegExp(
  String.raw`^\s(?:in|out\sof)\s(?:every\s)?(${NUM}|${BASIC_WORDNUM}|a hundred|a thousand)(?![\p{L}\d,.-]|[.,]\d)`,
  'iu',
);
/**
 * The denominator of a ratio after its numerator ("… in three", "… out of 10", "… in every 1,000") and the length it
 * takes, or null: a whole numerator no larger than it, and not a year ("5 in 2019") or a span ("two in three years").
 */
function ratioAfter(after: string, numerator: number | null): { of: number; length: number } | null {
  const m = RATIO_TAIL.exec(after);
  if (!m || numerator === null || !Number.isInteger(numerator) || numerator < 1) return null;
  const of = /\d/.test(m[1]) ? parseNum(m[1]) : wordValue(m[1]);
  if (of === null || of < numerator || of < 2 || (/^\d{4}$/.test(m[1]) && of >= 1800 && of <= 2100)) return null;
  const next = /^\s+(\p{L}+)/u.exec(after.slice(m[0].length))?.[1].toLowerCase();
  return next && RATIO_DENOMINATOR_STOP.has(next) ? null : { of, length: m[0].length };
}

/**
 * "the 14 bus", "The 14, which runs from Eastgate", "rode the 38 home": a route, line or flight called by its number.
 * A counted noun after the number keeps it a count ("took the 14 hostages").
 */
function isRouteNumber(seg: string, m: RegExpExecArray, g: Record<string, string>): boolean {
  if (!g.num || g.hedge || g.cur || g.scale || g.unit || g.num2 || !/^\d{1,4}$/.test(g.num)) return false;
  const before = seg.slice(Math.max(0, m.index - 24), m.index);
  if (!/\bthe\s$/i.test(before)) return false;
  const verb = before.slice(0, -4).trimEnd().split(/\s/).pop()!.toLowerCase();
  const after = seg.slice(m.index + m[0].length, m.index + m[0].length + 60);
  const next = /^\s(\p{Ll}+)\b/u.exec(after)?.[1];
  if (next && ROUTE_WORDS.has(next)) return true;
  const routeVerb = /^,?\s(?:which|that)\s(\p{Ll}+)/u.exec(after)?.[1];
  if (routeVerb && ROUTE_VERBS.has(routeVerb)) return true;
  return RIDE_VERBS.has(verb) && !nounAfter(after);
}

/**
 * Numbers that name rather than count: phone numbers ("555-0143", "(202) 555-0143"), "9/11" and "24/7", and long runs
 * of digits with no thousands separator (account, tweet and case numbers; news writes large counts with commas).
 */
function isIdentifier(seg: string, m: RegExpExecArray, g: Record<string, string>): boolean {
  if (!g.num) return false;
  const after = seg.slice(m.index + m[0].length, m.index + m[0].length + 12);
  if (/^\/\d/.test(after) || (g.num2 && /^-\d/.test(after))) return true;
  // an area code: "(202) 555-0143"
  if (/^\)\s?\d{3}[-.\s]\d{4}\b/.test(after)) return true;
  if (/^\d{8,}$/.test(g.num)) return true;
  if (isStreetNumber(seg.slice(m.index + m[0].length), g)) return true;
  // a police address: "the 2400 block of Harlan Avenue" is a place, not 2,400 of anything
  if (/^\d*00$/.test(g.num) && !g.unit && !g.scale && /^\s?block of\b/i.test(after)) return true;
  const phone = /^\d{3}$/.test(g.num) && /^\d{4}$/.test(g.num2 ?? '') && /^[-–]$/.test(g.join ?? '');
  return phone && (/^0/.test(g.num2) || /(?:\)\s?|\d[-.\s])$/.test(seg.slice(0, m.index)));
}

/** a house number: "410 Ridge Avenue", "12 Mill Rd." (one to three capitalised words, then a street type) */
function isStreetNumber(after: string, g: Record<string, string>): boolean {
  if (g.cur || g.scale || g.unit || g.num2 || !/^\d{1,5}$/.test(g.num)) return false;
  const words = /^\s((?:\p{Lu}[\p{L}'’-]*\.?\s?){2,4})/u.exec(after)?.[1].split(/\s+/).filter(Boolean) ?? [];
  return words.slice(1).some((w) => STREET_TYPES.has(w.replace(/\.$/, '').toLowerCase()));
}

/** "minus 20C", "minus-130 degrees", "-5C", "−3.2%": the length of the sign before a number that starts a word, or 0 */
function minusBefore(before: string): number {
  const m = /(?:^|[\s(])(minus[\s-]|[-−])$/i.exec(before);
  return m ? m[1].length : 0;
}

/**
 * "Model 3", "Boeing 737", "Windows 11": a bare number right after a capitalised word inside a sentence is part of
 * a name. Not after a month or a weekday, not before a unit, and not in headline case ("Fire Destroys 40 Homes").
 */
function isNameNumber(seg: string, at: number, g: Record<string, string>): boolean {
  if (!g.num || g.hedge || g.cur || g.scale || g.unit || g.num2 || !/^\d{1,4}$/.test(g.num)) return false;
  const word = /(?:^|[^\s.!?:;"“”])\s+(\p{Lu}\p{Ll}+)\s$/u.exec(seg.slice(Math.max(0, at - 40), at))?.[1];
  const lower = word?.toLowerCase() ?? '';
  if (!word || NOT_NAME_WORDS.has(lower) || MONTHS.some((mo) => mo === lower || mo.slice(0, 3) === lower)) return false;
  // a unit makes it a measurement, whatever stands before it: "Tylenol 500mg", "the Model S 100 kWh battery"
  const after = seg.slice(at + g.num.length);
  return !/^(?:\s+\p{Lu}\p{Ll}|[\p{L}-])/u.test(after) && !measureAfter(after);
}

// a product or index name a number completes: camel case ("iPhone", "eBay") or capitals ("FTSE", "S&P", "ISO")
const PRODUCT_WORD = /^(?:\p{Ll}{1,2}\p{Lu}\p{L}*|\p{Lu}+&\p{Lu}+|\p{Lu}{2,})$/u;

/**
 * "the iPhone 11", "the S&P 500 rose", "the FTSE 100", "ISO 9001": a bare number right after a product or index name
 * in camel case or capitals is part of the name, unless it counts what follows ("the IMF's 190 members", "UK 40
 * people"). Not in a run of capitals ("FIRE KILLS 12"), where every word is written so.
 */
function isProductNumber(seg: string, at: number, g: Record<string, string>): boolean {
  if (!g.num || g.hedge || g.cur || g.scale || g.unit || g.num2 || g.sci || !/^\d{1,4}$/.test(g.num)) return false;
  const before = seg.slice(Math.max(0, at - 30), at);
  if (!/\s$/.test(before)) return false;
  const words = before.trimEnd().split(/[\s(]/);
  const word = words.pop()!,
    previous = words.pop() ?? '';
  if (!PRODUCT_WORD.test(word) || /^\p{Lu}{2,}$/u.test(previous)) return false;
  const after = seg.slice(at + g.num.length, at + g.num.length + 60);
  return !/^[\p{L}\d-]/u.test(after) && !nounAfter(after) && !measureAfter(after);
}

/** "one" as a pronoun: "no one", "one another", "one-on-one", "one of the reasons", "the one who", "one can" */
function isPronounOne(word: string, before: string, after: string): boolean {
  if (word.toLowerCase() !== 'one') return false;
  return (
    /\bno\s$/i.test(before) ||
    /^(?:\s+another\b|-on-|\s+of\b|\s+(?:who|that|can|could|would|should|must|might|may|will)\b)/iu.test(after)
  );
}

function blank(start: number, end: number, hedge: string | null, kind: Figure['kind']): Figure {
  return { start, end, text: '', value: null, unit: null, hedge, kind, measure: 'count', noun: null, context: [] };
}

/** a word that names what is counted: a plural ("residents"), an invariant noun ("people", "yuan") or a unit */
function isCountedNoun(w: string): boolean {
  if (INVARIANT.has(w) || w in DURATION) return true;
  // "fishermen", "aldermen": a plural in -men
  if (w.length > 4 && w.endsWith('men') && !SINGULAR_MEN.has(w)) return true;
  // "grandchildren", "schoolchildren", "salespeople"
  if (/(?:children|people)$/.test(w)) return true;
  // a possessive ("the president's aides") is not the head
  return w.length > 2 && /s$/.test(w) && !/(?:ss|us|is|['’]s)$/.test(w);
}

// a capitalised word, an acronym or a model name ("A321neo") before the head, or a number after one ("Model 3")
const CAP_MODIFIER = /^\s+\p{Lu}[\p{L}\d'’&-]*(?=\s)/u;
const NUMBER_IN_NAME = /^\s+\d+\p{L}*(?=\s)/u;
const LOWER_WORD = /^(\s+)([\p{Ll}][\p{Ll}'’-]*)/u;

/**
 * The length of up to three capitalised modifiers between a number and its lowercase counted noun ("3 Grand Slam
 * titles", "50 Airbus A321neo jets", "466,000 Model 3 sedans"), or 0.
 */
function capModifiers(after: string): number {
  let pos = 0;
  for (let k = 0; k < 3; k++) {
    const m = CAP_MODIFIER.exec(after.slice(pos)) ?? (k > 0 ? NUMBER_IN_NAME.exec(after.slice(pos)) : null);
    if (!m) return 0;
    pos += m[0].length;
    const next = LOWER_WORD.exec(after.slice(pos));
    if (next) return isCountedNoun(next[2].toLowerCase()) ? pos : 0;
  }
  return 0;
}

/**
 * The noun after a figure: up to three words before a closed-class word or punctuation, the first that names what is
 * counted ("3,480 ambulance arrivals" → "arrivals"), with an "of" complement ("12 weeks of pay" → "weeks of pay").
 */
function nounAfter(
  after: string,
  singular = false,
): { head: string; noun: string; length: number; rest: string } | null {
  const re = LOWER_WORD;
  // capitalised modifiers of a lowercase head: "10 Premier League titles"
  let pos = capModifiers(after);
  for (let i = 0; i < 4; i++) {
    const m = re.exec(after.slice(pos));
    if (!m) {
      // "1,200 Americans", "40 Democrats", "80 RBIs": a capitalised plural or an acronym's right after the number
      const cap = i === 0 ? /^\s+(\p{Lu}\p{Ll}+(?:ans|ese|is|ats|ists)|\p{Lu}{2,}s)\b/u.exec(after) : null;
      return cap
        ? { head: cap[1], noun: cap[1].toLowerCase(), length: cap[0].length, rest: after.slice(cap[0].length) }
        : null;
    }
    const word = m[2].toLowerCase();
    // a plural possessive is what is counted: "the two systems' flagship hospitals" counts systems
    const possessive = /s['’]$/.test(word);
    const w = possessive ? word.slice(0, -1) : word;
    // modifiers joined by "and": "2,100 employed and affiliated physicians"
    const joinsModifiers = i > 0 && (w === 'and' || w === 'or') && !possessive;
    if (NOUN_STOP.has(w) && !(w in DURATION) && !joinsModifiers) return null;
    if (/ly$/.test(w) && !INVARIANT.has(w)) return null;
    pos += m[0].length;
    if (joinsModifiers) continue;
    if (isCountedNoun(w) || (singular && i === 0 && !/(?:ed|ing)$/.test(w))) {
      if (possessive) return { head: w, noun: w, length: pos, rest: after.slice(pos) };
      const of = /^\s+of\s+((?:[\p{Ll}][\p{Ll}'’-]*)(?:\s+[\p{Ll}][\p{Ll}'’-]*){0,2})/u.exec(after.slice(pos));
      const comp: string[] = [];
      for (const x of of ? of[1].split(/\s+/) : []) {
        if (NOUN_STOP.has(x)) break;
        comp.push(x);
      }
      return { head: w, noun: comp.length ? `${w} of ${comp.join(' ')}` : w, length: pos, rest: after.slice(pos) };
    }
    if (/[,.;:!?)]/.test(after[pos] ?? '')) return null;
  }
  return null;
}

/** "thousands of shootings", "six of the 10 judges", "one of its plants": a whole count names its noun after "of" */
function partitiveNoun(fig: Figure, after: string): ReturnType<typeof nounAfter> {
  if (fig.kind !== 'count' || fig.value === null || fig.value < 1 || !Number.isInteger(fig.value)) return null;
  const of = /^\s+of(?:\s+(?:the|those|these|its|their|his|her|our|all))?(?:\s+\d[\d,]*)?(?=\s)/i.exec(after);
  if (!of) return null;
  // "two of the three hospital systems": the whole's number in words
  const rest = after.slice(of[0].length);
  const word = /^\s+(\p{Ll}+)(?=\s)/u.exec(rest);
  return nounAfter(word && word[1] in SMALL ? rest.slice(word[0].length) : rest);
}

/** "45 miles an hour", "12 cases per 100,000": what follows a unit or noun when the figure is a rate */
const PER =
  /^\s*(?:per|an?|each|every)\s+(?:hour|day|week|month|year|minute|second|head|capita|person|resident|1,000|100,000)\b/i;
/**
 * what a price or quantity is given per: "$84.50 a barrel", "2 million barrels a day", "25 cents a share", "$300 a
 * week from the strike fund" (not "a week from Tuesday")
 */
const PER_UNIT = new RegExp(
  String.raw`^\s*(?:per|an?|each)\s+(?:(?:${WORDS.perUnitModifiers.join('|')})\s+)?(${WORDS.perUnits.join('|')})\b(?!\s+(?:earlier|ago|later|before|after|on(?!\s+average)|in|from(?!\s+(?:the|its|their|his|her|a|an)\s)|since)\b)`,
  'i',
);

/**
 * A figure given per something is a rate: its unit becomes "barrels per day", "USD per share", and when the rate words
 * follow the figure's text directly, they join it ("$84.50 a barrel").
 */
function rate(fig: Figure, after: string, rest: string) {
  const per = fig.unit ? PER_UNIT.exec(rest) : null;
  if (!per) return;
  const adjacent = rest === after || /^\s+\S+$/.test(after.slice(0, after.length - rest.length));
  fig.unit = `${fig.unit} per ${measureUnit(per[1]) ?? singular(per[1].toLowerCase())}`;
  fig.measure = 'rate';
  if (adjacent) fig.end += after.length - rest.length + per[0].length;
}

const AGE_NOUN = 'years of age';

/** A person's age describes them; news copy never attributes it, though a source may still contradict it. */
export const isAgeFigure = (f: Figure) => f.noun === AGE_NOUN;

/** "Smith, 42, was arrested", "a man aged 19": a bare whole number after a name and a comma, or after "aged", is an age */
function isAge(prose: string, fig: Figure, span: Span): boolean {
  if (fig.kind !== 'count' || fig.hedge || !Number.isInteger(fig.value) || fig.value! < 1 || fig.value! > 115)
    return false;
  const before = prose.slice(Math.max(span.start, fig.start - 40), fig.start);
  if (/\b(?:aged|age|age of)\s$/i.test(before)) return true;
  // an obituary's "dies at 91", "died Tuesday at 91"
  if (/\b(?:dies|died|dead)\s(?:\p{L}+\s){0,3}at\s$/iu.test(before)) return true;
  const after = prose.slice(fig.end, fig.end + 3);
  // "She was 91.", "he was 5 when …", "his son, who was 16 when his brother died": a person's age, the sentence
  // ending or going on with when
  if (
    /\b(?:[Hh]e|[Ss]he|I|who)\s(?:was|is|turned|turns|would have been)\s$/.test(before) &&
    /^(?:[.,;]|\swh)/.test(after)
  )
    return true;
  // "Tom Reilly (34), of Navan": the age in brackets, as British and Irish copy writes it
  if (/\b\p{Lu}[\p{Ll}'’-]+\s\($/u.test(before) && /^\)/.test(after)) return true;
  if (/\b\p{Lu}[\p{Ll}'’-]+,\s$/u.test(before) && /^\s?(?:,|\s?[—–]|\))/.test(after)) return true;
  // "the driver, 42, was taken to hospital", "a man, 35, of Leeds": a person's noun, the age, the sentence going on
  return /\b(?:[Tt]he|[Aa]n?)\s[\p{Ll}-]+,\s$/u.test(before) && /^,\s\p{Ll}/u.test(prose.slice(fig.end, fig.end + 4));
}

/** "50 million yuan", "30,000 Swiss francs", "5bn USD": a currency named after the amount, with the length of its words */
function currencyAfter(after: string, scaled: boolean): { code: string; length: number } | null {
  const words = /^(\s+[\p{L}'’&]+)(\s+[\p{L}'’&]+)?(\s+[\p{L}'’&]+)?(\s+[\p{L}'’&]+)?/u.exec(after);
  if (!words) return null;
  const first = words[1].trim();
  if (/^[A-Z]{3}$/.test(first) && CURRENCIES.codes.has(first)) return { code: first, length: words[1].length };
  for (let k = 4; k >= 1; k--) {
    if (!words[k]) continue;
    const text = words.slice(1, k + 1).join('');
    const name = text.trim().toLowerCase().replace(/\s+/g, ' ').replace('’', "'");
    const named = CURRENCIES.names.get(name);
    const code =
      (named && !METALS.has(named) ? named : undefined) ??
      BARE_CURRENCY[name] ??
      (CURRENCY_WORDS.has(name) ? name : null) ??
      (scaled && /^pounds?$/.test(name) ? 'GBP' : null);
    if (code && !(k === 1 && /^\p{Lu}/u.test(first) && !BARE_CURRENCY[name])) return { code, length: text.length };
  }
  return null;
}
/** words after "N-" that are not its unit: "a 50-odd", "a 30-something", "20-plus", "5-based" */
const HYPHEN_NOT_UNIT = /^(?:odd|something|plus|based|like|style|fold|ish|and|or|to)$/;

/** "24-inch", "five-day", "17-year-old": a unit joined to the number by a hyphen */
const HYPHEN_UNIT = /^-([\p{Ll}]+(?:-old)?)\b/u;

/** The figure's measure, its unit or counted noun and the words around it. May extend fig.end over a hyphenated unit. */
function describe(fig: Figure, prose: string, span: Span) {
  const after = prose.slice(fig.end, Math.min(span.end, fig.end + 80));
  if (fig.kind === 'date' || fig.kind === 'year') fig.measure = 'date';
  else if (fig.kind === 'time') fig.measure = 'time';
  else if (fig.kind === 'ordinal') fig.measure = 'ordinal';
  else {
    const hyMeasure = fig.unit ? null : hyphenUnit(after);
    const hy = fig.unit || hyMeasure ? null : HYPHEN_UNIT.exec(after);
    // the words right after the unit or noun: "per hour", "a year"
    let rest = after;
    if (hyMeasure) {
      fig.unit = fig.noun = hyMeasure.unit;
      fig.end += hyMeasure.length;
      rest = after.slice(hyMeasure.length);
    } else if (hy && !HYPHEN_NOT_UNIT.test(hy[1])) {
      fig.unit = DURATION[hy[1]] ?? hy[1];
      // "the 71-year-old": an age, as in "Halversen, 71,"
      fig.noun = hy[1] === 'year-old' ? AGE_NOUN : fig.unit;
      fig.end += hy[0].length;
      rest = after.slice(hy[0].length);
    } else if (fig.unit && fig.kind !== 'amount' && fig.unit !== '%' && fig.unit !== 'percentage points') {
      // the unit is already part of the text ("3,000 residents", "24,000 litres"): look for its "of" complement
      fig.noun = nounOf(fig.unit, writtenUnit(prose.slice(fig.start, fig.end)), after);
    } else if (!fig.unit) {
      rest = bindUnit(fig, prose, span, after);
    }
    fig.measure = measureOf(fig, rest);
    if (fig.measure !== 'percent' && fig.measure !== 'ratio') rate(fig, after, rest);
    else if (fig.measure === 'percent') {
      const right = prose.slice(fig.end, Math.min(span.end, fig.end + 40));
      const sense = percentSense(prose.slice(Math.max(span.start, fig.start - 40), fig.start), right);
      if (sense) fig.sense = sense;
      const of = percentOf(right);
      if (of.length) fig.of = of;
    }
  }
  fig.context = clauseWords(prose, fig, span);
  if (fig.measure === 'count' && !fig.unit) {
    const label = labelBefore(prose.slice(Math.max(span.start, fig.start - 100), fig.start));
    if (label) fig.label = label;
  }
}

/**
 * A percentage's sense from the words right beside it: a change ("up 39 percent", "by 11 percent", "a 5 percent
 * increase", "11 percent in raises") or a level ("held at 12 percent", "62 percent of flights"); null when they do
 * not say, or say both ("cut 12 percent of its staff").
 */
function percentSense(left: string, right: string): 'change' | 'level' | null {
  const before = left
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  const after = right
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  const prev = before[before.length - 1] ?? '';
  // "a 5 percent increase", "11 percent in raises"
  const next = after[0] === 'in' || after[0] === 'a' ? after[1] : after[0];
  const change = CHANGE_BEFORE.has(prev) || (next !== undefined && CHANGE_AFTER.has(next));
  const level = (LEVEL_BEFORE.has(prev) && !CHANGE_BEFORE.has(before[before.length - 2] ?? '')) || after[0] === 'of';
  if (change === level) return null;
  return change ? 'change' : 'level';
}

/** the content words of a percentage's "of" complement, up to three: " of the federal poverty line" → federal, poverty, line */
function percentOf(right: string): string[] {
  const m = /^\s+of\s+(\p{L}[\p{L}' -]{0,39})/u.exec(right);
  if (!m) return [];
  return m[1]
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w.length > 1 && !CONTEXT_STOP.has(w))
    .slice(0, 3);
}

/**
 * The word a bare number is the value of, when it labels it: "Classroom teaching positions: 41" → "positions",
 * "(enrollment 214;" → "enrollment". Slides, tables and fact boxes count things this way.
 */
function labelBefore(left: string): string | null {
  const colon = left.endsWith(': ');
  const words = left.slice(0, colon ? -2 : left.length).trimEnd();
  const at = Math.max(words.lastIndexOf(' '), words.lastIndexOf('('), words.lastIndexOf('\n')) + 1;
  const word = words.slice(at).toLowerCase();
  // without a colon, only a parenthesis opened just before: "(enrollment 214"
  if (!colon)
    return /^\p{Ll}{3,}$/u.test(word) && words[at - 1] === '(' && words.length === left.length - 1 ? word : null;
  const head = labelHead(
    words.slice(Math.max(words.lastIndexOf('\n'), words.lastIndexOf('('), words.lastIndexOf('. ')) + 1),
  );
  return head.length >= 3 ? head : null;
}

/**
 * The counted noun of a label: its last word ("Classroom teaching positions"), or the word a preposition or participle
 * follows ("Officers earning more than $100,000 in overtime", "Shifts with overtime lacking …", "MMR doses given at
 * free clinics since November 1"), or what "number of" counts ("Number of officers").
 */
function labelHead(label: string): string {
  const w = label.toLowerCase().match(/\p{L}+/gu) ?? [];
  for (let i = 0; i + 1 < w.length; i++) {
    const next = w[i + 1];
    if (LABEL_TALLIES.has(w[i]) && next === 'of' && w[i + 2]) return w[i + 2];
    const postmodified = LABEL_PREPOSITIONS.has(next) || (w[i].endsWith('s') && /(?:ing|ed|en)$/.test(next));
    if (postmodified && w[i].length >= 3) return w[i];
  }
  return w[w.length - 1] ?? '';
}

/**
 * The unit or counted noun after a figure that has none yet: a currency ("50 million yuan"), a unit of measure
 * ("3.2 GHz", "85 sq m"), a counted noun ("1,203 cases", "three of the 10 judges") or an age. Returns the text after it.
 */
function bindUnit(fig: Figure, prose: string, span: Span, after: string): string {
  const cur = currencyAfter(
    after,
    /(?:thousand|million|billion|trillion|bn|mn|m)$/i.test(prose.slice(fig.start, fig.end)),
  );
  if (cur) {
    fig.unit = cur.code;
    if (fig.kind === 'count') fig.kind = 'amount';
    fig.end += cur.length;
    return after.slice(cur.length);
  }
  const measure = measureAfter(after);
  if (measure) {
    fig.unit = measure.unit;
    fig.end += measure.length;
    fig.noun = nounOf(measure.unit, measure.written, after.slice(measure.length));
    return after.slice(measure.length);
  }
  // "one man": a count of one names its noun in the singular
  const n = nounAfter(after, fig.value === 1 && fig.kind === 'count') ?? partitiveNoun(fig, after);
  if (n) {
    fig.unit = n.head;
    fig.noun = n.noun;
    return n.rest;
  }
  if (isAge(prose, fig, span)) {
    fig.unit = 'years';
    fig.noun = AGE_NOUN;
  }
  return after;
}

/** the unit as the figure's text writes it: its last words ("24,000 litres" → "litres"), or null */
function writtenUnit(text: string): string | null {
  const tail = text.replace(/^[\s\S]*[\d)]/, '').trim();
  return /\p{L}/u.test(tail) ? tail.toLowerCase() : null;
}

/** what a figure with this unit counts: the unit, or the unit as written with its "of" complement ("litres of water") */
function nounOf(unit: string, written: string | null, after: string): string {
  const head = written ?? unit;
  const n = nounAfter(' ' + head + after);
  return n && n.head === head && n.noun !== head ? n.noun : (DURATION[unit] ?? unit);
}

function measureOf(fig: Figure, after: string): Measure {
  if (fig.kind === 'ratio') return 'ratio';
  if (fig.kind === 'percent' || fig.unit === '%' || fig.unit === 'percentage points') return 'percent';
  if (fig.kind === 'amount' || CURRENCIES.codes.has(fig.unit ?? '')) return 'money';
  if (fig.unit && RATE_UNITS.has(fig.unit)) return 'rate';
  if (fig.unit && PER.test(after)) return 'rate';
  if (fig.unit && fig.unit in DURATION) return 'duration';
  return 'count';
}

/**
 * Content words of the figure's sentence, up to twelve on each side, lowercased, nearest first (alternating left and
 * right), so that the first few are the words right next to the figure.
 */
function clauseWords(prose: string, fig: Span, span: Span): string[] {
  const left = prose.slice(Math.max(span.start, fig.start - 200), fig.start);
  const right = prose.slice(fig.end, Math.min(span.end, fig.end + 200));
  const l = left.split(/[.!?](?:\s|$)/).pop() ?? '';
  const r = right.split(/[.!?](?:\s|$)/)[0] ?? '';
  const lw = contextWordsOf(l).slice(-12).reverse(),
    rw = contextWordsOf(r).slice(0, 12);
  const out: string[] = [];
  for (let i = 0; i < Math.max(lw.length, rw.length); i++) {
    if (i < lw.length) out.push(lw[i]);
    if (i < rw.length) out.push(rw[i]);
  }
  return [...new Set(out)];
}

/** the content words of a text as a figure's context holds them: lowercased, short and stop words left out */
export function contextWordsOf(t: string): string[] {
  return (t.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? []).filter((w) => w.length > 2 && !CONTEXT_STOP.has(w));
}

/** A figure worth checking against a source: not a date, time, year, ordinal or tally, not a small count. */
export function isCheckable(f: Figure): boolean {
  if (f.kind === 'date' || f.kind === 'year' || f.kind === 'ordinal' || f.kind === 'time' || f.kind === 'tally')
    return false;
  if ((f as Figure & { minor?: boolean }).minor) return false;
  if (f.kind === 'count' && f.value !== null && f.value < 10) return false;
  return true;
}

// ---- comparing a draft figure with source figures

/** A figure that can be compared with a source: a count, amount, percentage, duration or rate, not a bare small number. */
export function isComparable(f: Figure): boolean {
  if (f.value === null || f.kind === 'tally') return false;
  if (
    f.measure !== 'count' &&
    f.measure !== 'money' &&
    f.measure !== 'percent' &&
    f.measure !== 'duration' &&
    f.measure !== 'rate' &&
    f.measure !== 'ratio'
  )
    return false;
  return !(f as Figure & { minor?: boolean }).minor || !!f.unit;
}

// what /(?:es|s)$/ would strip, without a regular expression: cross-draft figure checks call this per word pair
const singular = (w: string) => (w.endsWith('es') ? w.slice(0, -2) : w.endsWith('s') ? w.slice(0, -1) : w);

/** Could the two figures state the same quantity: same measure, same unit or counted noun, same shape? */
export function sameQuantity(a: Figure, b: Figure): boolean {
  if (!isComparable(a) || !isComparable(b)) return false;
  if (a.measure !== b.measure) return (!!a.row || !!b.row) && (isRateOf(a, b) || isRateOf(b, a));
  if ((a.kind === 'range') !== (b.kind === 'range')) return false;
  // a change is never a level: "up 39 percent" is not "62 percent of flights"
  if (a.sense && b.sense && a.sense !== b.sense) return false;
  // a share of one thing is not a share of another: "200 percent of the poverty line", "47 percent of renter households"
  if (a.of && b.of && commonWords(a.of, b.of) === 0) return false;
  if (a.measure !== 'count') return a.unit === b.unit;
  // counts: of the same thing when both say what they count ("weeks of pay" is not "weeks of notice")
  if (a.unit && b.unit && singular(a.unit.toLowerCase()) !== singular(b.unit.toLowerCase())) return false;
  const ca = complement(a.noun),
    cb = complement(b.noun);
  return !ca || !cb || ca.some((w) => cb.includes(w));
}

/**
 * A rate of what the other figure counts or costs: "$13.50 an hour" of "$13.75", "4,800 vehicles a day" of "5,800
 * vehicles". Only a table cell is read so (its period is its column's or row's, which a draft may leave unsaid).
 */
function isRateOf(rate: Figure, amount: Figure): boolean {
  if (rate.measure !== 'rate' || (amount.measure !== 'money' && amount.measure !== 'count') || !amount.unit)
    return false;
  return !!rate.unit?.startsWith(amount.unit + ' per ') && amount.kind !== 'range' && rate.kind !== 'range';
}

/**
 * The key a table cell is looked up by: a rate's thing ("USD per hour" → money in USD, "vehicles per day" → a count
 * of vehicles), so that a cell read as a rate is found for a draft's plain amount and the other way round.
 */
export function tableKey(f: Figure): string | null {
  const per = f.measure === 'rate' && f.unit ? f.unit.indexOf(' per ') : -1;
  if (per < 0) return quantityKey(f);
  const thing = f.unit!.slice(0, per);
  const money = CURRENCIES.codes.has(thing);
  return quantityKey({ ...f, measure: money ? 'money' : 'count', unit: thing });
}

/**
 * What a lookup of figures that could state the same quantity can be keyed by: whenever two figures both have a key
 * and `sameQuantity` holds, their keys are equal (table cells aside: see `tableKey`). null: not comparable, or a count
 * that does not say what it counts (which any count could match).
 */
export function quantityKey(f: Figure): string | null {
  if (!isComparable(f)) return null;
  const shape = f.kind === 'range' ? 'range' : 'single';
  if (f.measure !== 'count') return `${f.measure} ${shape} ${f.unit ?? ''}`;
  return f.unit ? `count ${shape} ${singular(f.unit.toLowerCase())}` : null;
}
function complement(noun: string | null): string[] | null {
  const i = noun?.indexOf(' of ') ?? -1;
  return noun && i >= 0 ? noun.slice(i + 4).split(' ') : null;
}

/** how many percentage points a hedge on a share covers at most */
const PERCENT_POINTS_SLACK = 3;

/** which side a hedge bounds the value from: "up to 35" from above, "more than 60" from below */
const boundOf = (hedge: Figure['hedge']) =>
  hedge === 'up to' || hedge === 'at most' || hedge === 'less than'
    ? 'upper'
    : hedge === 'more than' || hedge === 'at least'
      ? 'lower'
      : null;

/** Does the source figure support the draft's, allowing for the draft's hedge ("nearly 3,000" against 2,950)? */
export function figureAgrees(draft: Figure, src: Figure): boolean {
  if (draft.value === null || src.value === null) return true;
  const v = draft.value,
    s = src.value;
  if (draft.kind === 'range' && src.kind === 'range') return draft.valueTo === src.valueTo && v === s;
  if (Math.abs(v - s) <= Math.abs(v) * 1e-9) return true;
  // a share is read in points: "nearly 66 percent" does not cover 61 percent, though a tenth of 66 would ("more than 60
  // percent" still covers 70: a bound leaves the rest open)
  const slack = (share: number) => (draft.unit === '%' ? Math.min(v * share, PERCENT_POINTS_SLACK) : v * share);
  // both give the same bound: "as much as 45 percent" says the loss reached 45, which the source's "up to 35"
  // denies; a draft may round a bound only outward ("more than 60" for "more than 62")
  const bound = boundOf(draft.hedge);
  if (bound && bound === boundOf(src.hedge))
    return bound === 'upper' ? s <= v && v - s <= slack(0.1) : s >= v && s - v <= slack(0.1);
  switch (draft.hedge) {
    case 'nearly':
      return s <= v && s >= v - slack(0.1);
    case 'about':
    case 'estimated':
      return Math.abs(s - v) <= slack(0.1);
    case 'more than':
      return s > v && s <= v * 1.25;
    case 'less than':
      return s < v && s >= v * 0.75;
    case 'at least':
      return s >= v && s <= v * 1.25;
    case 'at most':
    case 'up to':
      return s <= v && s >= v * 0.75;
    default:
      return roundsTo(draft, src);
  }
}

/**
 * The value of the last digit a figure's numerals write, in the figure's own terms: "$611.8 million" → 100,000,
 * "7 months" → 1. null when it writes no numerals ("seven") or its value is not theirs.
 */
function writtenStep(f: Figure): number | null {
  const m = /(\d[\d,]*)(?:\.(\d+))?/.exec(f.text);
  if (!m || f.value === null) return null;
  const numeral = parseFloat(m[0].replace(/,/g, ''));
  if (!numeral) return null;
  const scale = f.value / numeral;
  return scale * Math.pow(10, -(m[2]?.length ?? 0)) * roundedZeros(m[2] ? '' : m[1]);
}

/**
 * The zeros a whole numeral rounds away: "$421,000" for $421,380 keeps three digits of it, as writers and headline
 * writers round, so its last written digit is the thousands. Two digits or fewer ("1,400", "24,000") may be a
 * different count rather than a rounding: those still need a hedge ("about 1,400" for 1,432).
 */
function roundedZeros(whole: string): number {
  const digits = whole.replace(/,/g, '');
  let zeros = 0;
  while (zeros < digits.length && digits[digits.length - 1 - zeros] === '0') zeros++;
  return digits.length - zeros >= 3 ? Math.pow(10, zeros) : 1;
}

/**
 * A plain figure the source's more precise one rounds to: writers round "$611.8 million" to "$612 million" and "an
 * average of 7.4 months" to "7 months" without a hedge. Only to the draft's last written digit ("1,400" is not
 * 1,432) and only from a source that writes more digits.
 */
function roundsTo(draft: Figure, src: Figure): boolean {
  if (![draft, src].every((f) => f.kind === 'count' || f.kind === 'amount' || f.kind === 'percent')) return false;
  const step = writtenStep(draft),
    srcStep = writtenStep(src);
  if (step === null || srcStep === null || srcStep >= step * (1 - 1e-9)) return false;
  // half up, as writers round: 5.5 percent is "6 percent", never "5 percent"
  const rounded = Math.floor(src.value! / step + 0.5 + 1e-9) * step;
  return Math.abs(rounded - draft.value!) <= step * 1e-6;
}

/** the length of `singular(w)`: "es" or "s" off the end */
function stemLength(w: string): number {
  const l = w.length;
  if (w.charCodeAt(l - 1) !== 115 /* s */) return l;
  return l >= 2 && w.charCodeAt(l - 2) === 101 /* e */ ? l - 2 : l - 1;
}

/**
 * words that are the same for matching contexts: plural (the same `singular`, a's length of which the caller gives) or a
 * shared stem of four letters ("handover", "hand"). Compared letter by letter, without making the singulars:
 * cross-draft figure checks and the linking of figures to sources call this for every pair of context words.
 */
function sameWordOf(a: string, stemA: number, b: string): boolean {
  if (a === b) return true;
  // every way of being the same word starts with the same letter, but two words that are all plural ending ("s", "es")
  if (a.charCodeAt(0) !== b.charCodeAt(0)) return stemA === 0 && stemLength(b) === 0;
  if (stemA === stemLength(b) && samePrefix(a, b, stemA)) return true;
  const short = Math.min(a.length, b.length);
  return short >= 4 && samePrefix(a, b, short);
}
/** the first n letters of a and b are the same (both have n at least) */
function samePrefix(a: string, b: string, n: number): boolean {
  for (let i = 1; i < n; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}
/** how many of xs (the first `xn` of them) have the same word in ys (in its first `yn`) */
export function commonWords(
  xs: readonly string[],
  ys: readonly string[],
  xn: number = xs.length,
  yn: number = ys.length,
): number {
  xn = Math.min(xn, xs.length);
  yn = Math.min(yn, ys.length);
  if (!xn || !yn) return 0;
  let n = 0;
  for (let i = 0; i < xn; i++) {
    const x = xs[i];
    const stem = stemLength(x);
    // the stems of ys worked out when needed rather than kept in an array: most words differ at the first letter, and
    // the arrays were most of what comparing a workspace's figures allocated
    for (let j = 0; j < yn; j++)
      if (sameWordOf(x, stem, ys[j])) {
        n++;
        break;
      }
  }
  return n;
}

/**
 * How strongly the words around two figures say they are the same quantity: `shared` words of the sentence (the
 * counted noun left out); `score` adds the words right next to the figures again, and one for the same counted noun;
 * `shorter`, the fewer context words of the two (the nouns' words left out), of which `shared` is a share.
 * Called for every pair of figures that could state one quantity (a whole archive's, in figure-inconsistent): it
 * copies a word list only when a noun's word has to come out of it.
 */
export function affinity(a: Figure, b: Figure): { shared: number; score: number; shorter: number } {
  const NEAR = 6;
  const aNoun = nounWords(a.noun),
    bNoun = nounWords(b.noun);
  const own = (w: string) => aNoun.includes(w) || bNoun.includes(w);
  const ac = without(a.context, aNoun, bNoun, own),
    bc = without(b.context, aNoun, bNoun, own);
  // a list's lead-in counts as the item's words, though never as words right beside the figure
  const inherited = (f: Figure, c: readonly string[]) => {
    const lead = f.leadIn ? f.leadIn.filter((w) => !own(w) && !c.includes(w)) : NONE;
    return lead.length ? [...c, ...lead] : c;
  };
  const shared = commonWords(inherited(a, ac), inherited(b, bc));
  let score = shared + commonWords(ac, bc, NEAR, NEAR);
  // (a table cell read as a rate, "$13.50 an hour", has the unit of the draft's "$13.75")
  if (a.unit && b.unit && singular(baseUnit(a)) === singular(baseUnit(b))) score += 1;
  // a table row whose label names what the other counts ("Processing tomatoes | 11,000" for "14,000 acres of
  // processing tomatoes"): the noun's words, left out above, say which row it is, as words right beside it would
  const named = rowNames(a, b) || rowNames(b, a);
  // and the sentence's own words that its label has ("At Pine Ridge Elementary, … 76.1 percent" for the row "Pine
  // Ridge Elementary | 74 | 71.6 %"), wherever they stand in the sentence
  const labelled = commonWords(ac, b.row?.words ?? NONE) + commonWords(bc, a.row?.words ?? NONE);
  return { shared: shared + named, score: score + 2 * named + labelled, shorter: Math.min(ac.length, bc.length) };
}
const NONE: readonly string[] = [];

/** the words without the nouns' words (`own`): the list itself when it has none of them */
function without(
  words: readonly string[],
  aNoun: readonly string[],
  bNoun: readonly string[],
  own: (w: string) => boolean,
): readonly string[] {
  // a noun has a word or three, a context a dozen: looked for the other way round, the usual answer (none) is quicker
  if (!aNoun.some((w) => words.includes(w)) && !bNoun.some((w) => words.includes(w))) return words;
  return words.filter((w) => !own(w));
}

/**
 * a counted noun's words, split at its spaces ("weeks of pay": "weeks", "of", "pay"); without a noun, the empty word,
 * as splitting '' gives. Kept by noun: every pair of figures compared asks, and a workspace counts few nouns.
 */
function nounWords(noun: string | null | undefined): readonly string[] {
  const key = noun ?? '';
  let words = nounSplits.get(key);
  if (!words) {
    if (nounSplits.size >= MAX_NOUN_SPLITS) nounSplits.clear();
    nounSplits.set(key, (words = key.split(' ')));
  }
  return words;
}
const nounSplits = new Map<string, string[]>();
const MAX_NOUN_SPLITS = 10_000;

/** a figure's unit, lowercased; a table cell's rate by what it is a rate of ("USD per hour" → "usd") */
function baseUnit(f: Figure): string {
  const u = f.unit!.toLowerCase();
  return f.row && f.measure === 'rate' ? u.split(' per ')[0] : u;
}

/** how many words of a's counted thing (its "of" complement) b's table row label has */
function rowNames(a: Figure, b: Figure): number {
  const thing = complement(a.noun);
  return b.row && thing ? commonWords(thing, b.row.words) : 0;
}

/**
 * A figure's context words as buckets of what `sameWordOf` keeps equal, for ruling pairs out before `affinity` compares
 * them word by word: two words that are the same word have the same stem's first two letters, so they fall in the
 * same bucket (and unrelated words sometimes do too, which only makes the bound looser).
 */
export interface ContextSignature {
  /** the bucket of each context word */
  words: number[];
  /** every bucket the context uses */
  mask: Uint32Array;
}
export const SIGNATURE_BITS = 256;

export function contextSignature(f: Figure): ContextSignature {
  const mask = new Uint32Array(SIGNATURE_BITS / 32);
  const words = [...f.context, ...(f.leadIn ?? [])].map((w) => {
    const stem = singular(w);
    const bucket = ((stem.charCodeAt(0) || 0) * 31 + (stem.charCodeAt(1) || 0)) % SIGNATURE_BITS;
    mask[bucket >>> 5] |= 1 << (bucket & 31);
    return bucket;
  });
  return { words, mask };
}

/** An upper bound of `affinity(a, b).shared`: a's words whose bucket b's context uses. */
export function sharedAtMost(a: ContextSignature, b: ContextSignature): number {
  let n = 0;
  for (const bucket of a.words) if (b.mask[bucket >>> 5] & (1 << (bucket & 31))) n++;
  return n;
}

const sameMagnitude = (a: number, b: number) => a > 0 && b > 0 && Math.max(a, b) / Math.min(a, b) < 10;
/** as many digits before the point: 38 and 48, not 38 and 4.8 */
const sameOrder = (a: number, b: number) =>
  sameMagnitude(a, b) && Math.floor(Math.log10(a)) === Math.floor(Math.log10(b));

/** 24,813 for 24,318, 450 for 540, $2.4 million for $2.1 million, $2.1 billion for $2.1 million: a slip, not a different number */
export function looksLikeSlip(a: number, b: number): boolean {
  const digits = (x: number) => {
    let d = String(x).replace(/\D/g, '');
    while (d.startsWith('0')) d = d.slice(1);
    while (d.endsWith('0')) d = d.slice(0, -1);
    return d;
  };
  const da = digits(a),
    db = digits(b);
  if (da === db) return true; // the same digits at another scale
  // a digit changed or swapped keeps the scale: "$18,000" is no slip of "$15.00", "$38 million" none of "$4.8 million"
  if (da.length !== db.length || da.length < 2 || !sameOrder(a, b)) return false;
  if ([...da].sort().join('') === [...db].sort().join('')) return true; // transposed
  let diff = 0;
  for (let i = 0; i < da.length; i++) if (da[i] !== db[i]) diff++;
  return diff === 1;
}

export interface FigureCandidate<P> {
  passage: P;
  figure: Figure;
}
export interface FigurePick<P> extends FigureCandidate<P> {
  agrees: boolean;
  score: number;
  shared: number;
}

/** two figures written alike, of two words or more: "over six years" and "Over six years", not "37" and "37" */
function sameWording(a: Figure, b: Figure): boolean {
  const words = (f: Figure) => f.text.toLowerCase().replace(/\s+/g, ' ').trim();
  return words(a) === words(b) && words(a).includes(' ');
}

/**
 * A source figure of the draft's exact value, when the value is too particular to recur by chance ("$12.5 million",
 * "87 positions" against "87 full-time equivalents"): the writer took it from there, whatever words the sentence
 * shares with that passage (a slide's bullet shares few).
 */
function sameValueStated<P>(draft: Figure, cands: FigureCandidate<P>[]): FigurePick<P> | null {
  if (draft.kind === 'range' || !isParticular(draft.value!)) return null;
  for (const c of cands) {
    const f = c.figure;
    if (f.value !== draft.value || f.kind === 'range') continue;
    if (f.measure !== draft.measure && !isRateOfAmount(f, draft)) continue;
    const near = affinity(draft, f);
    // a count may name its thing otherwise ("87 positions", "87 full-time equivalents") when a word around it agrees
    if (
      f.unit === draft.unit ||
      isRateOfAmount(f, draft) ||
      (draft.measure === 'count' && (near.shared >= 1 || sameQuantity(draft, f)))
    )
      return { ...c, agrees: true, ...near };
  }
  return null;
}

/** "$5.80 per hour" is the rate a draft's "$5.80 training wage" gives as a plain amount */
function isRateOfAmount(rate: Figure, amount: Figure): boolean {
  return (
    rate.measure === 'rate' &&
    amount.measure === 'money' &&
    !!amount.unit &&
    !!rate.unit?.startsWith(amount.unit + ' per ')
  );
}

/** "thousands", "dozens of", "tens of thousands": an amount written without digits or an exact number word */
function isVagueAmount(f: Figure): boolean {
  return f.text
    .toLowerCase()
    .split(/[\s-]+/)
    .some((w) => w in VAGUE_NUMBERS && VAGUE_NUMBERS[w] !== VAGUE_NUMBERS.dozen);
}

/** a value with two significant digits or more, of ten or more or with a fraction: 87, 12.5 million, 3,192, 2.25 (not 20, 5, 300) */
function isParticular(v: number): boolean {
  if (!(Math.abs(v) >= 10) && Number.isInteger(v)) return false;
  const digits = String(Math.abs(v)).replace('.', '');
  let from = 0,
    to = digits.length;
  while (from < to && digits[from] === '0') from++;
  while (to > from && digits[to - 1] === '0') to--;
  return to - from >= 2;
}

/**
 * A bare number of a source ("enrollment 214", a table cell) can be the draft's count of a thing only when the thing is
 * named around it ("Classroom teaching positions: 41" for "44 classroom teaching positions", not for "150 districts"),
 * or the words around both agree at length ("about 410,000 of them" for "about 140,000 of those members"). A
 * labelled number counts its label.
 */
function countsTheSame(draft: Figure, src: Figure, shared: number): boolean {
  if (draft.measure !== 'count' || !draft.unit || src.unit) return true;
  const thing = singular(draft.unit.toLowerCase());
  // a label says what it counts: "enrollment 214" is no count of positions
  if (src.label) return singular(src.label) === thing;
  return shared >= 3 || src.context.some((w) => singular(w) === thing);
}

/** a date's or year's year: 20290101 (Jan. 1, 2029) → 2029, 2027 → 2027; null for a date without one */
const yearOf = (v: number) => (v >= 10000 ? Math.floor(v / 10000) : v >= 1000 ? v : null);
/** the same day, or the same year when one of them gives only a year */
const sameDate = (a: number, b: number) =>
  a === b || ((a < 10000 || b < 10000) && yearOf(a) !== null && yearOf(a) === yearOf(b));
/** how near after a figure a date dates it: "$13.75 on Jan. 1, 2029", "4,800 vehicles in 2025" */
export const DATED_WITHIN = 24;

/**
 * How a table cell's dates (its row label's and column header's) stand with the date right after the draft figure:
 * 1 when it is one of them ("$13.75 on Jan. 1, 2029" and the row "January 1, 2029"), -1 when it is none of them (the
 * draft's "$7.25 in 2009" is not the table's 2027 rate), 0 when either gives none. A date elsewhere in the sentence
 * dates another figure ("to $15 an hour by 2030, … the federal $7.25").
 */
function datesAgree(draft: Figure, src: Figure, siblings: Figure[]): number {
  const rowDates = src.row?.dates;
  if (!rowDates?.length) return 0;
  const dating = siblings.find(
    (o) =>
      (o.kind === 'date' || o.kind === 'year') &&
      o.value !== null &&
      o.start >= draft.end &&
      o.start - draft.end <= DATED_WITHIN,
  );
  if (!dating) return 0;
  return rowDates.some((d) => sameDate(dating.value!, d)) ? 1 : -1;
}

/**
 * Whether the draft's figure can be read from a table cell: its words name the cell's row or column, its date is the
 * row's, or it counts the thing the cell counts ("5,800 vehicles"); and no date right after it is another. The
 * table's caption, which every cell shares, does not say which cell: "about $31,400 in student loan debt" at
 * Lakeshore State is none of the university's tuition table's cells.
 */
function readsCell(draft: Figure, src: Figure, siblings: Figure[]): boolean {
  if (!src.row) return true;
  const dates = datesAgree(draft, src, siblings);
  if (dates !== 0) return dates > 0;
  const own = [...draft.context, ...(draft.noun ?? '').split(' ')];
  if (commonWords([...src.row.words, ...src.row.header], own) > 0) return true;
  return src.measure !== 'money' && src.measure !== 'percent' && !!src.unit && !!draft.unit && sameQuantity(draft, src);
}

/** affinity, with a table row's date agreeing with the draft's counted as a word beside the figure */
function withDates(draft: Figure, src: Figure, siblings: Figure[]): { shared: number; score: number } {
  const a = affinity(draft, src);
  return datesAgree(draft, src, siblings) > 0 ? { shared: a.shared + 1, score: a.score + 2 } : a;
}

/**
 * How far a differing table cell is from what the draft's words say: each word of its column header they do not have
 * ("Minimum cash wage, tipped employees" is another quantity than a draft's "lift the minimum … $13.75" means, more
 * than "Minimum hourly wage" is), and half as much each word of its row label ("Cotton" for "48,000 acres in the
 * district"). Counted against a differing cell only: a cell that agrees needs no header to say so.
 */
function elsewhereInTable(draft: Figure, src: Figure): number {
  if (!src.row) return 0;
  const { header, words } = src.row;
  const own = [...draft.context, ...(draft.noun ?? '').split(' ')];
  // a row label the draft's words do not name is likelier another row's: half as telling as a header
  // a header of one word names the column's kind ("Change", "Value", "Acres"); a longer one qualifies it
  const headerOff = header.length > 1 ? header.length - commonWords(header, own) : 0;
  return headerOff + (words.length - commonWords(words, own)) / 2;
}

/** two cells of one table row, the first of a value nearer the draft's than the second's */
function nearerInRow<P>(v: number, best: FigureCandidate<P>, second: FigureCandidate<P>): boolean {
  if (!best.figure.row || best.passage !== second.passage) return false;
  const off = (s: number) => Math.abs(Math.log(Math.abs(s / v)));
  return (
    v > 0 && best.figure.value! > 0 && second.figure.value! > 0 && off(best.figure.value!) < off(second.figure.value!)
  );
}

/**
 * The source figure that states the same quantity as the draft figure, or null. A source figure that agrees and shares
 * the words around it answers the draft. Otherwise the best-aligned disagreeing figure of the same quantity is returned
 * only when the words around it clearly point to it (and no other figure nearly as well), and when its value is a
 * plausible misreport of the draft's (within a factor of five, or a slip of digits or scale).
 */
export function pickSourceFigure<P>(
  draft: Figure,
  cands: FigureCandidate<P>[],
  /** the other figures of the draft's sentence: a source figure one of them states is theirs, not this one's */
  siblings: Figure[] = [],
  /** passages side by side in one source (a list's bullets) */
  neighbours: (a: P, b: P) => boolean = (a, b) => a === b,
): FigurePick<P> | null {
  if (!isComparable(draft)) return null;
  const taken = (f: Figure) => siblings.some((o) => o !== draft && sameQuantity(o, f) && o.value === f.value);
  const scored = cands
    .filter((c) => sameQuantity(draft, c.figure) && !taken(c.figure) && readsCell(draft, c.figure, siblings))
    .map((c) => ({ ...c, agrees: figureAgrees(draft, c.figure), ...withDates(draft, c.figure, siblings) }))
    .filter((c) => countsTheSame(draft, c.figure, c.shared));
  const agreeing = scored.filter((c) => c.agrees && c.score >= 2).sort((x, y) => y.score - x.score);
  if (agreeing.length) return agreeing[0];
  // the source writes the figure in the draft's own words, hedge and unit ("over six years"): the writer took it
  // from there, however few words the sentences around it share
  const copied = scored.find((c) => c.agrees && sameWording(draft, c.figure));
  if (copied) return copied;
  // "thousands of families", "dozens of stores": no source figure contradicts a number the writer left vague
  if (isVagueAmount(draft)) return null;
  const same = sameValueStated(draft, cands);
  const v = draft.value!;
  const differing = scored
    .filter((c) => !c.agrees)
    .map((c) => {
      const s = c.figure.value!;
      const slip = looksLikeSlip(v, s);
      const near = v > 0 && s > 0 && Math.max(v, s) / Math.min(v, s) <= 5;
      // two shared words of the sentence, or one and a slip of the digits
      const plausible = (slip && c.shared >= 1) || (near && c.shared >= 2);
      return { ...c, plausible, score: c.score + (slip ? 2 : 0) - elsewhereInTable(draft, c.figure) };
    })
    .sort((x, y) => y.score - x.score);
  const best = differing[0];
  if (!best || !best.plausible || best.score < 3) return same;
  // (a figure of another order of magnitude competes with nothing: "more than 60 … sites" for 16,400 employees)
  const second = differing.slice(1).find((c) => c.plausible);
  // the passage also states the draft's value ("would cost $1.1 billion. … the remaining $650 million"): the draft
  // means that figure, however few words its sentence shares with it
  const inPassage = scored.find((c) => c.agrees && c.passage === best.passage);
  if (inPassage) return inPassage;
  // so does a figure of the draft's value about as well aligned, or beside the differing one with words of its own
  // agreeing (the next bullet: "Paraprofessionals and aides: 22")
  if (same && (same.score >= best.score - 1 || (same.shared >= 1 && neighbours(same.passage, best.passage))))
    return same;
  // another figure of the same quantity nearly as well aligned: the words do not say which one the draft means
  // (unless both are cells of the row its words name, and the best is the nearer value: "76.1 percent" misreads the
  // row's 71.6 % coverage, not its 24.3 % exemptions)
  const close =
    second && second.score >= best.score - 1 && second.score >= 0.75 * best.score && !nearerInRow(v, best, second);
  if (close && second.figure.value !== best.figure.value) return null;
  return best;
}
