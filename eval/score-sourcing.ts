/**
 * MCAE journalistic-sourcing evaluation (43 articles, all test). The gold has canonical source names only, no speaker
 * spans, so names are compared by case-insensitive token overlap at article level.
 */
import { Analyzer, codePointToUtf16, corpusFile, EvalOptions, PRONOUNS, readJsonl } from './common';
import { CorpusResult, prf2, table, pct, overlap } from './metrics';

interface McaeStatement {
  no: string;
  statement: string;
  start: number | null;
  end: number | null;
  source_type_norm: string | null;
  source_name: string | null;
}
interface McaeArticle {
  id: number;
  article_file: string;
  text: string;
  statements: McaeStatement[];
}

const STOP = new Set([
  'the',
  'of',
  'and',
  'a',
  'an',
  'for',
  'in',
  'on',
  'at',
  'to',
  'by',
  'with',
  'from',
  'mr',
  'mrs',
  'ms',
  'dr',
  'jr',
  'sr',
  'inc',
  'llc',
  'co',
  'corp',
  's',
]);
/** Tokens too generic to make a match on their own ("Department", "County" ...). */
const GENERIC = new Set([
  'department',
  'office',
  'county',
  'city',
  'state',
  'states',
  'university',
  'college',
  'school',
  'district',
  'agency',
  'board',
  'court',
  'association',
  'council',
  'committee',
  'center',
  'national',
  'american',
  'united',
  'news',
  'group',
  'company',
  'house',
  'police',
  'union',
  'public',
  'california',
  'report',
  'data',
  'poll',
  'president',
  'director',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'officials',
  'official',
  'service',
  'services',
]);

export function nameTokens(name: string): string[] {
  return (name.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((t) => !STOP.has(t));
}

export function namesMatch(a: string[], b: string[]): boolean {
  const bs = new Set(b);
  if (a.some((t) => bs.has(t) && !GENERIC.has(t))) return true;
  // names made only of generic words ("State Department") match only when they are the same name
  return a.length > 0 && a.length === bs.size && a.every((t) => bs.has(t));
}

export function runMcae(opts: EvalOptions): CorpusResult {
  const t0 = Date.now();
  const file = corpusFile('mcae-journ-sourcing', 'mcae_sourcing_43.jsonl');
  let arts = readJsonl<McaeArticle>(file);
  if (opts.limit !== null) arts = arts.slice(0, opts.limit);
  const an = new Analyzer();

  let goldNames = 0,
    goldNamesHit = 0,
    predNames = 0,
    predNamesHit = 0,
    pronounNames = 0;
  let namedPred = 0,
    namedPredHit = 0,
    namedGoldHit = 0;
  let stmts = 0,
    stmtsHit = 0,
    located = 0,
    locatedHit = 0,
    locatedAnyClaim = 0,
    locatedTotal = 0;
  const byType = new Map<string, { n: number; hit: number }>();

  for (const art of arts) {
    const text = art.text;
    const a = an.run(text, 'plaintext', art.article_file);
    const claims = a.claims.filter((c) => c.kind !== 'unattributed' || opts.includeUnattributed);
    // predicted speaker names (distinct per article), skipping bare pronouns
    const claimToks = claims.map((c) => {
      const n = c.speaker ? c.speaker.name || c.speaker.text || '' : '';
      return nameTokens(n);
    });
    // every speaker counts as a predicted name, as in the shared scorer (which takes any speaker, name or not); the
    // second set leaves out what OnRecord itself types as unnamed individuals or anonymous sources. That filter rests on
    // our own source types, so it is friendlier: it is reported apart, labelled, and never instead of the first.
    const predSet = new Map<string, string[]>();
    const namedSet = new Map<string, string[]>();
    claims.forEach((c, i) => {
      if (!c.speaker) return;
      const toks = claimToks[i];
      if (!toks.length) return;
      if (toks.every((t) => PRONOUNS.has(t))) {
        pronounNames++;
        return;
      }
      predSet.set(toks.join(' '), toks);
      if (c.sourceType !== 'unnamed-person' && c.sourceType !== 'anonymous') namedSet.set(toks.join(' '), toks);
    });
    const goldSet = new Map<string, string[]>();
    for (const s of art.statements) {
      if (!s.source_name) continue;
      const toks = nameTokens(s.source_name);
      if (toks.length) goldSet.set(toks.join(' '), toks);
    }
    const preds = [...predSet.values()],
      golds = [...goldSet.values()];
    goldNames += golds.length;
    predNames += preds.length;
    goldNamesHit += golds.filter((g) => preds.some((p) => namesMatch(g, p))).length;
    predNamesHit += preds.filter((p) => golds.some((g) => namesMatch(g, p))).length;
    const named = [...namedSet.values()];
    namedPred += named.length;
    namedGoldHit += golds.filter((g) => named.some((p) => namesMatch(g, p))).length;
    namedPredHit += named.filter((p) => golds.some((g) => namesMatch(g, p))).length;

    const u = codePointToUtf16(text);
    for (const s of art.statements) {
      const hasSpan = typeof s.start === 'number' && typeof s.end === 'number' && s.end > s.start;
      const overlapping = hasSpan
        ? claims.map((c, i) => [c, i] as const).filter(([c]) => overlap(c, { start: u(s.start!), end: u(s.end!) }) > 0)
        : [];
      if (hasSpan) {
        locatedTotal++;
        if (overlapping.length) locatedAnyClaim++;
      }
      if (!s.source_name) continue;
      const g = nameTokens(s.source_name);
      if (!g.length) continue;
      stmts++;
      const hit = preds.some((p) => namesMatch(g, p));
      if (hit) stmtsHit++;
      const t = byType.get(s.source_type_norm ?? '(blank)') ?? { n: 0, hit: 0 };
      t.n++;
      if (hit) t.hit++;
      byType.set(s.source_type_norm ?? '(blank)', t);
      if (hasSpan) {
        located++;
        if (overlapping.some(([, i]) => namesMatch(g, claimToks[i]))) locatedHit++;
      }
    }
  }

  const names = {
    ...prf2(predNamesHit, predNames, goldNamesHit, goldNames),
    pred_hit: predNamesHit,
    gold_hit: goldNamesHit,
  };
  const metrics = {
    source_names_article_level: names,
    /** labelled apart: predicted names filtered by OnRecord's own source types (unnamed individuals, anonymous out) */
    named_speakers_only_source_names_article_level: {
      ...prf2(namedPredHit, namedPred, namedGoldHit, goldNames),
      pred_hit: namedPredHit,
      gold_hit: namedGoldHit,
    },
    statements_recall_article_level: { hit: stmtsHit, total: stmts, recall: stmts ? stmtsHit / stmts : 0 },
    statements_recall_span_aware: { hit: locatedHit, total: located, recall: located ? locatedHit / located : 0 },
    statements_covered_by_any_claim: {
      hit: locatedAnyClaim,
      total: locatedTotal,
      recall: locatedTotal ? locatedAnyClaim / locatedTotal : 0,
    },
    recall_by_source_type: Object.fromEntries(
      [...byType].map(([k, v]) => [k, { ...v, recall: v.n ? v.hit / v.n : 0 }]),
    ),
    pronoun_only_speaker_names_skipped: pronounNames,
  };
  const rows: string[][] = [
    ['', 'P', 'R', 'F1', 'pred hit', 'pred', 'gold hit', 'gold'],
    [
      'source names (distinct per article)',
      pct(names.p),
      pct(names.r),
      pct(names.f1),
      String(predNamesHit),
      String(predNames),
      String(goldNamesHit),
      String(goldNames),
    ],
    [
      'named speakers only (our types; friendlier)',
      pct(metrics.named_speakers_only_source_names_article_level.p),
      pct(metrics.named_speakers_only_source_names_article_level.r),
      pct(metrics.named_speakers_only_source_names_article_level.f1),
      String(namedPredHit),
      String(namedPred),
      String(namedGoldHit),
      String(goldNames),
    ],
  ];
  const r2: string[][] = [
    ['statement recall', 'hit', 'total', 'R'],
    [
      'name found anywhere in article',
      String(stmtsHit),
      String(stmts),
      pct(metrics.statements_recall_article_level.recall),
    ],
    [
      'claim overlapping statement, same name',
      String(locatedHit),
      String(located),
      pct(metrics.statements_recall_span_aware.recall),
    ],
    [
      'statement overlapped by any claim',
      String(locatedAnyClaim),
      String(locatedTotal),
      pct(metrics.statements_covered_by_any_claim.recall),
    ],
  ];
  for (const [k, v] of [...byType].sort((x, y) => y[1].n - x[1].n))
    r2.push([`  by type: ${k}`, String(v.hit), String(v.n), pct(v.n ? v.hit / v.n : 0)]);
  const notes = [
    'TEST-ONLY corpus (43 articles): report, do not tune against it',
    'names match if they share a non-stopword, non-generic token (case-insensitive); many-to-one, so lenient',
    'source-name P = distinct predicted speaker names matching any gold name; R = distinct gold names matched',
    'named speakers only: the same, leaving out speakers OnRecord types as unnamed individuals or anonymous (a filter on our own output, so friendlier; not the shared scorer)',
    'the shared yardstick is node ../shared/scorers/mcae.mjs (found with the right source name, per statement); quote it beside these',
  ];
  if (pronounNames)
    notes.push(`${pronounNames} claim(s) whose speaker name is only a pronoun were left out of the name precision`);
  if (an.errors) notes.push(`core threw on ${an.errors}/${an.calls} article(s): ${an.firstErrors.join(' || ')}`);
  return {
    corpus: 'mcae',
    split: 'test (whole corpus)',
    docs: arts.length,
    errors: an.errors,
    seconds: (Date.now() - t0) / 1000,
    notes,
    metrics,
    text: table(rows) + '\n\n' + table(r2),
  };
}
