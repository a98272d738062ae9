/**
 * NewsQuant quantity evaluation. Gold has no character offsets, so matching is by value (one-to-one, per sentence).
 * The corpus is test-only: report it, never tune against it.
 */
import * as fs from 'fs';
import { Analyzer, corpusFile, EvalOptions } from './common';
import { Counter, CorpusResult, PRF_HEADER, prfRow, table, pct } from './metrics';
import type { Figure } from '../server/src/core/types';

interface NQQuantity {
  change: string;
  value: string;
  unit: string;
  normalized_unit: string;
  referred_concepts: string;
}
interface NQSentence {
  text: string;
  quantities: NQQuantity[];
}

/** Figure kinds NewsQuant does not annotate (dates/years by design; ordinals like "22nd" are absent too). */
const EXCLUDED_KINDS = new Set(['date', 'year', 'ordinal']);

type GoldValue = { lo: number; hi: number | null } | null;

export function parseGoldValue(v: string): GoldValue {
  const s = String(v).trim();
  const n = Number(s);
  if (s !== '' && Number.isFinite(n)) return { lo: n, hi: null };
  const m = /^(-?\d[\d.]*(?:e[+-]?\d+)?)\s*-\s*(-?\d[\d.]*(?:e[+-]?\d+)?)$/i.exec(s);
  if (m && Number.isFinite(Number(m[1])) && Number.isFinite(Number(m[2])))
    return { lo: Number(m[1]), hi: Number(m[2]) };
  return null;
}

function eq(a: number, b: number): boolean {
  a = Math.abs(a);
  b = Math.abs(b); // sign conventions for decreases differ; compare magnitudes
  return Math.abs(a - b) <= 1e-9 + 1e-6 * Math.max(a, b);
}

function predValues(f: Figure): number[] {
  const out: number[] = [];
  if (typeof f.value === 'number' && Number.isFinite(f.value)) {
    out.push(f.value);
    if (f.kind === 'percent') out.push(f.value * 100, f.value / 100); // fraction vs percent-points
  }
  return out;
}

function valueMatch(f: Figure, g: GoldValue): boolean {
  if (!g) return false;
  if (g.hi === null) return predValues(f).some((v) => eq(v, g.lo));
  const to = typeof f.valueTo === 'number' ? f.valueTo : null;
  if (to === null) return false;
  const scale = f.kind === 'percent' ? [1, 100, 0.01] : [1];
  return scale.some((k) => typeof f.value === 'number' && eq(f.value * k, g.lo) && eq(to * k, g.hi!));
}

/*
 * Units agree as in the shared scorer (../shared/scorers/newsquant.mjs), so that this figure and the yardstick
 * measure the same thing: both sides are reduced to a canonical word (a table of unit spellings, else the singular of
 * the last word: "USD per barrel" -> "barrel", "JPY" -> "yen"), and a gold unit written in the figure's own text
 * ("$", "miles") counts too. A unitless gold wants a unitless figure (or a count).
 */
const IRREGULAR_PLURALS: Record<string, string> = {
  people: 'person',
  feet: 'foot',
  men: 'man',
  women: 'woman',
  children: 'child',
  teeth: 'tooth',
};
function singular(w: string): string {
  if (IRREGULAR_PLURALS[w]) return IRREGULAR_PLURALS[w];
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (/(ch|sh|ss|x|z)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}
const UNIT_SPELLINGS: Record<string, string> = {
  percent: '% percent per cent percentage pct pc',
  dollar: '$ us$ usd dollar dollars us dollar a$ $a aud australian dollar hk$ hkd c$ cad nz$ s$',
  euro: '€ eur euro euros',
  pound: '£ gbp pound pounds pound sterling sterling lb lbs pound-mass',
  yen: '¥ jpy yen japanese yen',
  yuan: 'cny rmb yuan renminbi chinese yuan',
  'mile per hour': 'mph',
  'kilometre per hour': 'kph km/h',
  'mile per gallon': 'mpg',
  kilometre: 'km kilometer kilometers',
  metre: 'meter meters',
  litre: 'liter liters',
  kilogram: 'kg',
  millimetre: 'mm millimeter',
  centimetre: 'cm centimeter',
  year: 'year-old years-old year of age',
  count: 'times fold x',
  foot: 'ft',
  mile: 'mi',
  gigabyte: 'gb',
  horsepower: 'hp',
  kilowatt: 'kw',
  gigawatt: 'gw',
  hertz: 'hz',
  celsius: '°c',
  fahrenheit: '°f',
};
const CANONICAL_UNIT = new Map<string, string>();
for (const [unit, spellings] of Object.entries(UNIT_SPELLINGS))
  for (const sp of spellings.match(
    /(us dollar|australian dollar|pound sterling|japanese yen|chinese yuan|per cent|year of age|\S+)/g,
  ) ?? [])
    CANONICAL_UNIT.set(sp, unit);
const UNITLESS = new Set(['', '-', 'count', 'number', 'none', 'unitless', 'dimensionless']);

function canonicalUnit(u: string): string {
  const s = u.toLowerCase().trim().replace(/\s+/g, ' ');
  const whole = CANONICAL_UNIT.get(s) ?? CANONICAL_UNIT.get(s.split(' ').map(singular).join(' ')) ?? s;
  const last = singular(whole.split(' ').pop() ?? '');
  return CANONICAL_UNIT.get(last) ?? last;
}
/** a unit word (plural allowed) or symbol written in the figure's text */
function writtenIn(word: string, text: string): boolean {
  if (!word || UNITLESS.has(word)) return false;
  if (!/\p{L}/u.test(word)) return text.includes(word);
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}])${escaped}(s|es)?(?![\\p{L}])`, 'iu').test(text);
}
/** value+unit: the figure's unit agrees with the gold unit */
function unitMatch(f: Figure, text: string, gold: NQQuantity): boolean {
  const goldNormalized = (gold.normalized_unit ?? '').toLowerCase().trim();
  const goldWritten = (gold.unit ?? '').toLowerCase().trim();
  const predicted = (f.unit ?? '').toLowerCase().trim();
  if (UNITLESS.has(goldNormalized)) return UNITLESS.has(predicted) || canonicalUnit(predicted) === 'count';
  const figureText = text.slice(f.start, f.end);
  const p = canonicalUnit(predicted);
  if (predicted && !UNITLESS.has(predicted)) {
    if (p === canonicalUnit(goldNormalized)) return true;
    if (!UNITLESS.has(goldWritten) && p === canonicalUnit(goldWritten)) return true;
  }
  return (
    writtenIn(canonicalUnit(goldNormalized), figureText) ||
    (!UNITLESS.has(goldWritten) && writtenIn(goldWritten, figureText))
  );
}

export function runNewsquant(opts: EvalOptions): CorpusResult {
  const t0 = Date.now();
  const file = corpusFile('newsquant', 'NewsQuant.json');
  let data = JSON.parse(fs.readFileSync(file, 'utf8')) as NQSentence[];
  if (!Array.isArray(data)) throw new Error(`${file}: expected a JSON array`);
  if (opts.limit !== null) data = data.slice(0, opts.limit);
  const an = new Analyzer();

  const detect = new Counter(),
    value = new Counter(),
    valueUnit = new Counter();
  const hedge = { tp: 0, fp: 0, fn: 0 };
  let excluded = 0,
    unparsedGold = 0,
    nullValue = 0;
  const byChange = new Map<string, { gold: number; matched: number }>();

  data.forEach((s, i) => {
    const a = an.run(s.text, 'plaintext', `sentence#${i}`);
    const figs = a.figures.filter((f) => {
      if (EXCLUDED_KINDS.has(f.kind)) {
        excluded++;
        return false;
      }
      return true;
    });
    nullValue += figs.filter((f) => typeof f.value !== 'number').length;
    const golds = (s.quantities ?? []).map((q) => ({ q, v: parseGoldValue(q.value) }));
    unparsedGold += golds.filter((g) => !g.v).length;
    detect.add(Math.min(figs.length, golds.length), figs.length, golds.length);

    const used = new Set<number>();
    let tp = 0,
      tpUnit = 0;
    for (const g of golds) {
      const c = byChange.get(g.q.change) ?? { gold: 0, matched: 0 };
      c.gold++;
      byChange.set(g.q.change, c);
      const pi = figs.findIndex((f, j) => !used.has(j) && valueMatch(f, g.v));
      if (pi < 0) continue;
      used.add(pi);
      tp++;
      c.matched++;
      if (unitMatch(figs[pi], s.text, g.q)) tpUnit++;
      const goldApprox = ['~', '>', '<'].includes(g.q.change);
      const predApprox = !!figs[pi].hedge;
      if (goldApprox && predApprox) hedge.tp++;
      else if (predApprox) hedge.fp++;
      else if (goldApprox) hedge.fn++;
    }
    value.add(tp, figs.length, golds.length);
    valueUnit.add(tpUnit, figs.length, golds.length);
  });

  const hp = hedge.tp + hedge.fp ? hedge.tp / (hedge.tp + hedge.fp) : 0;
  const hr = hedge.tp + hedge.fn ? hedge.tp / (hedge.tp + hedge.fn) : 0;
  const hedgePrf = {
    tp: hedge.tp,
    pred: hedge.tp + hedge.fp,
    gold: hedge.tp + hedge.fn,
    p: hp,
    r: hr,
    f1: hp + hr ? (2 * hp * hr) / (hp + hr) : 0,
  };
  const valueAccuracy = detect.tp ? value.tp / detect.tp : 0;
  const metrics = {
    detection_count_based: detect.prf,
    value_f1: value.prf,
    value_unit_f1: valueUnit.prf,
    value_accuracy_of_detected: valueAccuracy,
    hedge_on_value_matched: hedgePrf,
    recall_by_gold_change: Object.fromEntries(
      [...byChange].map(([k, v]) => [k, { ...v, recall: v.gold ? v.matched / v.gold : 0 }]),
    ),
    excluded_date_year_ordinal_figures: excluded,
    predicted_figures_without_value: nullValue,
    unparsed_gold_values: unparsedGold,
  };
  const rows: string[][] = [
    PRF_HEADER,
    prfRow('detection (count-based per sentence)', detect.prf),
    prfRow('value match (1:1, CQE "value F1")', value.prf),
    prfRow('value + unit match (CQE "value+unit F1")', valueUnit.prf),
    prfRow('hedge (gold ~ > <) on value-matched', hedgePrf),
  ];
  const chRows: string[][] = [['gold change', 'gold', 'matched', 'R']];
  for (const [k, v] of [...byChange].sort())
    chRows.push([k, String(v.gold), String(v.matched), pct(v.gold ? v.matched / v.gold : 0)]);
  const notes = [
    'TEST-ONLY corpus (590 sentences): report, do not tune against it',
    `value accuracy (value-matched / detected) = ${pct(valueAccuracy)}%`,
    'no gold offsets: detection TP = min(#pred, #gold) per sentence; value match compares magnitudes (±1e-6 rel), ranges need value & valueTo',
    `${excluded} predicted figure(s) of kind date/year/ordinal excluded (NewsQuant does not annotate them)`,
  ];
  if (nullValue) notes.push(`${nullValue} predicted figure(s) had no numeric value`);
  if (unparsedGold) notes.push(`${unparsedGold} gold value(s) could not be parsed`);
  if (an.errors) notes.push(`core threw on ${an.errors}/${an.calls} sentence(s): ${an.firstErrors.join(' || ')}`);
  return {
    corpus: 'newsquant',
    split: 'test (whole corpus)',
    docs: data.length,
    errors: an.errors,
    seconds: (Date.now() - t0) / 1000,
    notes,
    metrics,
    text: table(rows) + '\n\n' + table(chRows),
  };
}
