/**
 * CoNLL-2003 NER evaluation (conlleval-style entity-level exact match).
 * Each document (between -DOCSTART- lines) is rebuilt as text: tokens joined by one space, sentences separated by a blank line,
 * and analyzed once as plaintext so document context is available to the core.
 */
import * as fs from 'fs';
import { Analyzer, corpusFile, EvalOptions, MissingDataError, PRONOUNS } from './common';
import { Counter, CorpusResult, PRF_HEADER, prfRow, table } from './metrics';
import type { EntityType } from '../server/src/core/types';

const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
type Tag = (typeof TYPES)[number];
const MAP: Record<EntityType, Tag> = { person: 'PER', organization: 'ORG', place: 'LOC', other: 'MISC' };
const SENT_SEP = '\n\n';

interface GoldEnt {
  start: number;
  end: number;
  type: string;
}
interface Doc {
  text: string;
  gold: GoldEnt[];
  tokStarts: Set<number>;
  tokEnds: Set<number>;
  sentences: number;
}

export function parseConll(raw: string): Doc[] {
  const docs: Doc[] = [];
  let sents: Array<Array<[string, string]>> = [];
  let cur: Array<[string, string]> = [];
  const flushSent = () => {
    if (cur.length) sents.push(cur);
    cur = [];
  };
  const flushDoc = () => {
    flushSent();
    if (!sents.length) return;
    let text = '';
    const gold: GoldEnt[] = [];
    const tokStarts = new Set<number>(),
      tokEnds = new Set<number>();
    sents.forEach((s, si) => {
      if (si > 0) text += SENT_SEP;
      let open: GoldEnt | null = null;
      const close = () => {
        if (open) gold.push(open);
        open = null;
      };
      s.forEach(([tok, tag], ti) => {
        if (ti > 0) text += ' ';
        const start = text.length;
        text += tok;
        const end = text.length;
        tokStarts.add(start);
        tokEnds.add(end);
        const m = /^([BI])-(.+)$/.exec(tag);
        if (!m) {
          close();
          return;
        }
        if (m[1] === 'I' && open && open.type === m[2]) {
          open.end = end;
          return;
        }
        close(); // B-, or an I- that does not continue (treated as a start, as conlleval does)
        open = { start, end, type: m[2] };
      });
      close();
    });
    docs.push({ text, gold, tokStarts, tokEnds, sentences: sents.length });
    sents = [];
  };
  for (const line0 of raw.split('\n')) {
    const line = line0.replace(/\r$/, '');
    if (line.startsWith('-DOCSTART-')) {
      flushDoc();
      continue;
    }
    if (!line.trim()) {
      flushSent();
      continue;
    }
    const parts = line.split(' ');
    cur.push([parts[0], parts[parts.length - 1]]);
  }
  flushDoc();
  return docs;
}

export function runConll(opts: EvalOptions): CorpusResult {
  const t0 = Date.now();
  if (opts.split === 'train')
    throw new MissingDataError(
      'CoNLL-2003 train split is not part of the shared corpora (only valid.txt = dev, test.txt = test)',
    );
  const fname = opts.split === 'dev' ? 'valid.txt' : 'test.txt';
  const file = corpusFile('conll2003', fname);
  let docs = parseConll(fs.readFileSync(file, 'utf8'));
  if (opts.limit !== null) docs = docs.slice(0, opts.limit);
  const an = new Analyzer();

  const per = new Map<string, Counter>(TYPES.map((t) => [t, new Counter()]));
  const all = new Counter(),
    untyped = new Counter(),
    core3 = new Counter();
  let pronounsDropped = 0,
    invalid = 0,
    predMentions = 0,
    aligned = 0,
    sentences = 0;

  docs.forEach((doc, di) => {
    sentences += doc.sentences;
    const a = an.run(doc.text, 'plaintext', `doc#${di}`);
    const pred = new Set<string>();
    for (const e of a.entities) {
      const t = MAP[e.type] ?? 'MISC';
      for (const m of e.mentions ?? []) {
        if (
          !m ||
          !Number.isInteger(m.start) ||
          !Number.isInteger(m.end) ||
          m.start < 0 ||
          m.end > doc.text.length ||
          m.start >= m.end
        ) {
          invalid++;
          continue;
        }
        const surface = doc.text.slice(m.start, m.end);
        if (PRONOUNS.has(surface.toLowerCase())) {
          pronounsDropped++;
          continue;
        }
        pred.add(`${m.start}:${m.end}:${t}`);
      }
    }
    const gold = new Set(doc.gold.map((g) => `${g.start}:${g.end}:${g.type}`));
    for (const k of pred) {
      predMentions++;
      const [s, e] = k.split(':').map(Number);
      if (doc.tokStarts.has(s) && doc.tokEnds.has(e)) aligned++;
    }
    const count = (p: Set<string>, g: Set<string>, c: Counter) => {
      let tp = 0;
      for (const k of p) if (g.has(k)) tp++;
      c.add(tp, p.size, g.size);
    };
    count(pred, gold, all);
    for (const t of TYPES) {
      const f = (s: Set<string>) => new Set([...s].filter((k) => k.endsWith(':' + t)));
      count(f(pred), f(gold), per.get(t)!);
    }
    const strip = (s: Set<string>) => new Set([...s].map((k) => k.split(':').slice(0, 2).join(':')));
    count(strip(pred), strip(gold), untyped);
    const three = (s: Set<string>) => new Set([...s].filter((k) => !k.endsWith(':MISC')));
    count(three(pred), three(gold), core3);
  });

  const metrics: Record<string, unknown> = {
    overall: all.prf,
    per_type: Object.fromEntries(TYPES.map((t) => [t, per.get(t)!.prf])),
    untyped_span: untyped.prf,
    per_org_loc_only: core3.prf,
    predicted_mentions_token_aligned: predMentions ? aligned / predMentions : 0,
    pronoun_mentions_dropped: pronounsDropped,
    invalid_mentions: invalid,
    sentences,
  };
  const rows: string[][] = [PRF_HEADER, prfRow('overall (typed, exact)', all.prf)];
  for (const t of TYPES) rows.push(prfRow('  ' + t, per.get(t)!.prf));
  rows.push(prfRow('untyped span exact', untyped.prf));
  rows.push(prfRow('PER/ORG/LOC only', core3.prf));
  const notes = [
    `${sentences} sentences; ${(100 * (predMentions ? aligned / predMentions : 0)).toFixed(1)}% of predicted mentions fall on token boundaries`,
    'type map: person→PER, organization→ORG, place→LOC, other→MISC; every mention of every entity is scored',
  ];
  if (pronounsDropped) notes.push(`${pronounsDropped} pronoun mention(s) dropped (CoNLL does not annotate pronouns)`);
  if (invalid) notes.push(`${invalid} mention(s) with invalid offsets ignored`);
  if (an.errors) notes.push(`core threw on ${an.errors}/${an.calls} document(s): ${an.firstErrors.join(' || ')}`);
  return {
    corpus: 'conll',
    split: opts.split,
    docs: docs.length,
    errors: an.errors,
    seconds: (Date.now() - t0) / 1000,
    notes,
    metrics,
    text: table(rows),
  };
}
