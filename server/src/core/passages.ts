/** Source passages and an inverted index over them. Pure: the files are read elsewhere. */
import { levenshtein, wordsOf, type NormTok } from './normalize';
import { extractFigures, tableKey } from './figures';
import { tableRowFigures, type TableRow } from './tables';
import type { Figure } from './types';
import { LineIndex } from './text';
import WORDS from './data/stopwords.json';

export interface SourceMeta {
  title?: string;
  date?: string;
  url?: string;
  author?: string;
  source?: string;
}
export interface Passage {
  id: number;
  uri: string;
  file: string;
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  meta: SourceMeta;
  words: NormTok[];
  figures: Figure[];
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

const STOP = new Set(WORDS.STOP);
/** what marks a passage as giving someone's words (a transcript's header: "interview with Chief …") */
const SPEECH =
  /["“”]|\b(?:said|says|say|told|tells|stated|states|added|adds|according|wrote|writes|testified|announced|interview|interviewed|transcript)\b/i;

/** look-ups a PassageIndex remembers at most: a draft being typed in asks about a few hundred sentences */
const MEMO_LIMIT = 10_000;

/**
 * Remembered look-ups, the oldest half forgotten when there are too many: a check of an archive asks about every
 * sentence of thousands of drafts, mostly once, and each key (a sentence, which keeps its whole draft's text alive)
 * stayed to the end: a third of what a check of 4,000 drafts held when its first pass ended.
 */
class Memo extends Map<string, unknown> {
  override set(key: string, value: unknown): this {
    if (this.size >= MEMO_LIMIT && !this.has(key)) {
      let drop = this.size >> 1;
      for (const k of this.keys()) {
        if (drop-- <= 0) break;
        this.delete(k);
      }
    }
    return super.set(key, value);
  }
}

export class PassageIndex {
  passages: Passage[] = [];
  private inv = new Map<string, number[]>();
  /** every distinct full text per uri, for name consistency */
  texts = new Map<string, string>();
  /** results of look-ups that depend only on the query text; emptied whenever a source changes */
  memo: Map<string, unknown> = new Memo();
  /** the passages' figures by value, for a draft figure whose words point elsewhere (a slide's bullet, a table) */
  private byValue = new Map<number, { passage: Passage; figure: Figure }[]>();
  /**
   * table cells by what they measure: a row shares few words with a draft's sentence ("Average daily traffic | 4,800
   * vehicles" for "carries about 5,800 vehicles a day, according to the inspection report"), so the words alone do not
   * find it
   */
  private cellsByQuantity = new Map<string, { passage: Passage; figure: Figure }[]>();

  addSource(
    uri: string,
    file: string,
    text: string,
    /** a table row's passage comes with the row as read (its label, column headers and caption) */
    spans: { start: number; end: number; speaker?: string | null; table?: TableRow }[],
    meta: SourceMeta,
  ): number {
    this.memo.clear();
    const index = new LineIndex(text);
    this.texts.set(uri, text);
    let n = 0;
    for (const s of spans) {
      const t = text.slice(s.start, s.end);
      const words = wordsOf(t, s.start, true);
      if (!words.length) continue;
      const p: Passage = {
        id: this.passages.length,
        uri,
        file,
        start: s.start,
        end: s.end,
        text: t,
        speaker: s.speaker ?? null,
        meta,
        words,
        figures: s.table ? tableRowFigures(text, s.table) : extractFigures(text, [s]),
        range: index.range(s.start, s.end),
      };
      this.passages.push(p);
      this.indexPassage(p);
      n++;
    }
    return n;
  }

  removeUri(uri: string) {
    this.memo.clear();
    if (!this.texts.has(uri)) return;
    this.texts.delete(uri);
    const keep = this.passages.filter((p) => p.uri !== uri);
    this.passages = [];
    this.inv.clear();
    this.byValue.clear();
    this.cellsByQuantity.clear();
    const old = keep;
    for (const p of old) {
      p.id = this.passages.length;
      this.passages.push(p);
      this.indexPassage(p);
    }
  }

  /** a passage's distinct words (stop words left out) and its figures by value, in the look-up indexes */
  private indexPassage(p: Passage) {
    const seen = new Set<string>();
    for (const w of p.words) {
      // a number said in words is looked up by its words ("eleven"): it is digits only when aligned with a quote
      const keys = w.numberWords
        ? p.text
            .slice(w.start - p.start, w.end - p.start)
            .toLowerCase()
            .split(/[\s-]+/)
        : [w.w];
      for (const k of keys) {
        if (STOP.has(k) || seen.has(k)) continue;
        seen.add(k);
        let l = this.inv.get(k);
        if (!l) this.inv.set(k, (l = []));
        l.push(p.id);
      }
    }
    for (const figure of p.figures) {
      if (figure.value === null) continue;
      let l = this.byValue.get(figure.value);
      if (!l) this.byValue.set(figure.value, (l = []));
      l.push({ passage: p, figure });
      const key = figure.row ? tableKey(figure) : null;
      if (!key) continue;
      let cells = this.cellsByQuantity.get(key);
      if (!cells) this.cellsByQuantity.set(key, (cells = []));
      cells.push({ passage: p, figure });
    }
  }

  /** every table cell that measures what this figure measures (the same thing, or a rate of it), with its passage */
  tableCellsLike(f: Figure): readonly { passage: Passage; figure: Figure }[] {
    const key = tableKey(f);
    return (key && this.cellsByQuantity.get(key)) || [];
  }

  /** every source figure of this value, with its passage */
  statingValue(value: number): readonly { passage: Passage; figure: Figure }[] {
    return this.byValue.get(value) ?? [];
  }

  /**
   * Whether the sources mention the person at all: their surname is a word of some passage, or a transcript's speaker
   * label. A quote from someone the sources never mention cannot be looked for there (the notes are elsewhere).
   */
  hasOnRecord(name: string): boolean {
    const names = wordsOf(name);
    const surname = names[names.length - 1]?.w;
    if (!surname) return false;
    const key = 'on-record\u0000' + surname;
    let got = this.memo.get(key) as boolean | undefined;
    if (got === undefined) this.memo.set(key, (got = this.mentions(surname)));
    return got;
  }

  /**
   * a speaker label, or a word of a passage that gives someone's words (a quote or a cue: "Calderón said"), spelled the
   * same or, for a long name, one letter apart (drift). A name in a list of those present holds none of their words.
   */
  private mentions(surname: string): boolean {
    const near = (w: string) =>
      w === surname || (surname.length >= 6 && w[0] === surname[0] && levenshtein(w, surname, 1) <= 1);
    if (this.passages.some((p) => p.speaker != null && wordsOf(p.speaker).some((t) => near(t.w)))) return true;
    const givesWords = (w: string) => (this.inv.get(w) ?? []).some((id) => SPEECH.test(this.passages[id].text));
    if (givesWords(surname)) return true;
    if (surname.length < 6) return false;
    for (const w of this.inv.keys()) if (near(w) && givesWords(w)) return true;
    return false;
  }

  /** candidate passages sharing the most distinctive words with the query, best first (on a tie, the first found) */
  candidates(words: string[], limit = 8): { passage: Passage; shared: number }[] {
    // each passage's score in an array and the passages touched in the order first found, rather than a Map of every
    // passage that shares a word and a sort of all of them: every draft sentence asks, and an archive's common words
    // are shared by thousands of passages
    if (this.scores.length < this.passages.length) this.scores = new Float64Array(this.passages.length);
    const scores = this.scores;
    const touched: number[] = [];
    const uniq = [...new Set(words.filter((w) => !STOP.has(w)))];
    for (const w of uniq) {
      const l = this.inv.get(w);
      if (!l || l.length > 2000) continue;
      const weight = 1 / Math.log2(2 + l.length); // > 0, so a score of 0 is a passage not yet touched
      for (const id of l) {
        if (scores[id] === 0) touched.push(id);
        scores[id] += weight;
      }
    }
    const best = topByScore(touched, scores, limit).map((id) => ({ passage: this.passages[id], shared: scores[id] }));
    for (const id of touched) scores[id] = 0;
    return best;
  }
  /** `candidates`' scores by passage, all 0 between calls */
  private scores = new Float64Array(0);
}

/**
 * The `limit` ids of the highest scores, highest first; of equal scores the earlier in `ids` first: what a stable sort
 * of all of them would put first, without sorting them all.
 */
export function topByScore(ids: readonly number[], scores: Float64Array, limit: number): number[] {
  const top: number[] = [];
  for (const id of ids) {
    const s = scores[id];
    if (top.length >= limit && !(s > scores[top[top.length - 1]])) continue;
    let at = top.length;
    while (at > 0 && scores[top[at - 1]] < s) at--;
    top.splice(at, 0, id);
    if (top.length > limit) top.pop();
  }
  return top;
}
