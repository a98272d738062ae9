/** Spellings of names across the workspace (sources and drafts), for the name-inconsistent rule. */
import { levenshtein, swapsNeighbours } from './normalize';
import { commonWordSet, demonyms, givenNameSet, isPlaceName, namePartSet } from './gazetteer';

export interface NameUse {
  spelling: string;
  count: number;
  files: Set<string>;
  /** the sources that use this spelling: it is then the reference, whatever the drafts' counts */
  sources?: Set<string>;
}

/**
 * Name spellings with their uses, bucketed by initial and length so that variant look-ups do not scan every name. Answers that
 * depend on the whole index (a spelling's preferred variant) are memoised until the index next changes: a whole-archive
 * check asks the same question for every draft that uses a name.
 */
export class NameIndex extends Map<string, NameUse> {
  /** one-word spellings by initial and length, each with its lower case and the rank of its insertion */
  private byLength = new Map<string, Map<string, LengthEntry>>();
  /** the same entries by initial, length and each pair of letters after the initial (see forNearLength) */
  private byPair = new Map<string, Set<LengthEntry>>();
  private inserted = 0;
  /** multi-word spellings by initial + letters without spaces and hyphens ("Okonkwo Reyes", "Okonkwo-Reyes") */
  private joined = new Map<string, Set<string>>();
  private memo = new Map<string, NameUse | null | boolean>();
  /** an index of these spellings, added in this order (an index rebuilt from its entries on another thread) */
  static of(entries: Iterable<[string, NameUse]>): NameIndex {
    const index = new NameIndex();
    for (const [k, v] of entries) index.set(k, v);
    return index;
  }
  override set(k: string, v: NameUse): this {
    const isNew = !this.has(k);
    super.set(k, v);
    if (isNew) {
      if (/[\s-]/.test(k)) addTo(this.joined, joinedKey(k), k);
      if (!/\s/.test(k)) {
        const lk = lengthKey(k, k.length);
        if (!this.byLength.has(lk)) this.byLength.set(lk, new Map());
        const entry = { spelling: k, lower: k.toLowerCase(), use: v, rank: this.inserted++ };
        this.byLength.get(lk)!.set(k, entry);
        for (const pair of pairsAfterInitial(entry.lower)) addTo(this.byPair, lk + '\u0000' + pair, entry);
      }
    } else {
      const e = this.byLength.get(lengthKey(k, k.length))?.get(k);
      if (e) e.use = v;
    }
    this.memo.clear();
    return this;
  }
  override delete(k: string): boolean {
    this.joined.get(joinedKey(k))?.delete(k);
    const lk = lengthKey(k, k.length);
    const entry = this.byLength.get(lk)?.get(k);
    if (entry) for (const pair of pairsAfterInitial(entry.lower)) this.byPair.get(lk + '\u0000' + pair)?.delete(entry);
    this.byLength.get(lk)?.delete(k);
    this.memo.clear();
    return super.delete(k);
  }
  /**
   * One-word spellings with the initial of `word` and a length within `d` of its own, with their insertion rank, in
   * the order they were added (length by length). With `pieces` (see tailPieces), only those that hold the first two
   * letters of a piece after their initial: a spelling without any of the pieces is never a near spelling, and
   * scanning every name of the same initial and length was most of a whole-archive check's cross-draft pass.
   */
  forNearLength(word: string, d: number, visit: (e: LengthEntry) => void, pieces?: string[]) {
    const byPairs = !!pieces && pieces.every((p) => p.length >= 2);
    for (let len = word.length - d; len <= word.length + d; len++) {
      const lk = lengthKey(word, len);
      if (!byPairs) {
        const bucket = this.byLength.get(lk);
        if (bucket) for (const e of bucket.values()) visit(e);
        continue;
      }
      const found = new Set<LengthEntry>();
      for (const p of pieces) for (const e of this.byPair.get(lk + '\u0000' + p.slice(0, 2)) ?? []) found.add(e);
      [...found].sort((a, b) => a.rank - b.rank).forEach(visit);
    }
  }
  /** multi-word spellings with the same initial and letters as `full`, in the order they were added */
  *sameLetters(full: string): IterableIterator<[string, NameUse]> {
    for (const k of this.joined.get(joinedKey(full)) ?? []) {
      const v = this.get(k);
      if (v) yield [k, v];
    }
  }
  /** `compute()` once per key while the index stays unchanged */
  memoized(key: string, compute: () => NameUse | null): NameUse | null {
    let got = this.memo.get(key);
    if (got === undefined) this.memo.set(key, (got = compute()));
    return got as NameUse | null;
  }
  /** the same for a yes or no (keys of their own: see name-inconsistent) */
  memoizedFlag(key: string, compute: () => boolean): boolean {
    let got = this.memo.get(key);
    if (got === undefined) this.memo.set(key, (got = compute()));
    return got as boolean;
  }
  /** add (sign 1) or remove (sign -1) one file's counts */
  apply(counts: Map<string, NameUse>, file: string, sign: 1 | -1) {
    if (counts.size) this.memo.clear();
    for (const [k, v] of counts) {
      const got = this.get(k);
      if (sign > 0) {
        if (got) {
          got.count += v.count;
          got.files.add(file);
        } else this.set(k, { spelling: v.spelling, count: v.count, files: new Set([file]) });
      } else if (got) {
        got.count -= v.count;
        got.files.delete(file);
        if (got.count <= 0) this.delete(k);
      }
    }
  }
}
interface LengthEntry {
  spelling: string;
  lower: string;
  use: NameUse;
  rank: number;
}
const initialOf = (k: string) => k[0]?.toLowerCase() ?? '';
const lengthKey = (k: string, len: number) => initialOf(k) + '\u0000' + len;
const joinedKey = (k: string) => initialOf(k) + '\u0000' + k.replace(/[\s-]+/g, '').toLowerCase();
function addTo<T>(m: Map<string, Set<T>>, key: string, k: T) {
  let set = m.get(key);
  if (!set) m.set(key, (set = new Set()));
  set.add(k);
}

/** every pair of neighbouring letters after the initial, once each */
function pairsAfterInitial(lower: string): Set<string> {
  const pairs = new Set<string>();
  for (let i = 1; i + 2 <= lower.length; i++) pairs.add(lower.slice(i, i + 2));
  return pairs;
}

/** straight and curly apostrophes are the same letter in a name */
export function normName(s: string): string {
  return s.replace(/’/g, "'");
}

/** a word looked up among the workspace's spellings: its lower case, and the pieces of `tailPieces` */
interface NearWord {
  lw: string;
  pieces: string[];
}

/**
 * Pieces of a word after its initial of which every spelling within `edits` edits that has the same initial keeps
 * one whole (each edit breaks at most one piece): a spelling that contains none is ruled out without computing its
 * distance, which a whole-archive check would otherwise compute for every name of the same initial and length.
 */
function tailPieces(lw: string, edits: number): string[] {
  const tail = lw.length - 1,
    n = edits + 1;
  if (tail < n) return [''];
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(lw.slice(1 + Math.floor((i * tail) / n), 1 + Math.floor(((i + 1) * tail) / n)));
  return out;
}

/** whether `e` could be another spelling of `word` (one or two letters apart, not a plural, demonym or nickname) */
function isNearSpelling(word: string, near: NearWord, e: LengthEntry, givenName: boolean): boolean {
  const { lw, pieces } = near,
    ls = e.lower;
  if (e.spelling === word || ls === lw || ls[0] !== lw[0]) return false;
  if (Math.abs(e.spelling.length - word.length) > 2) return false;
  if (!pieces.some((p) => ls.indexOf(p, 1) >= 0) || /[\s]/.test(e.spelling)) return false;
  // plural/possessive forms are not variants
  if (ls === lw + 's' || lw === ls + 's') return false;
  // two swapped letters are one slip ("Lindhal"), however short the name
  const d = swapsNeighbours(ls, lw) ? 1 : levenshtein(ls, lw, 2);
  if (d > 2 || (d === 2 && word.length < 7)) return false;
  // nor a place and its demonym, nor a nickname (checked after the distance, which rules out most candidates
  // more cheaply)
  if (demonymPair(ls, lw) || nickname(ls, lw)) return false;
  // given names differ by one letter between different people (Maria, Mario): only long ones count, or a lost accent
  return !(givenName && (d > 1 || word.length < 6)) || sameLetters(ls, lw);
}

function nearWord(word: string, givenName: boolean): NearWord {
  const lw = word.toLowerCase();
  // given names and words under seven letters take one edit, other words two (see isNearSpelling)
  return { lw, pieces: tailPieces(lw, givenName || word.length < 7 ? 1 : 2) };
}

/** the same letters once accents are dropped: "Tomás" and "Tomas" are one name typed two ways */
const sameLetters = (a: string, b: string) => stripAccents(a) === stripAccents(b);
const stripAccents = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '');

/** every near spelling of `word` in `names`, with its insertion rank */
function forNearSpellings(
  word: string,
  names: Map<string, NameUse>,
  givenName: boolean,
  visit: (e: LengthEntry) => void,
) {
  const near = nearWord(word, givenName);
  const consider = (e: LengthEntry) => {
    if (isNearSpelling(word, near, e, givenName)) visit(e);
  };
  if (names instanceof NameIndex) names.forNearLength(word, 2, consider, near.pieces);
  else {
    let rank = 0;
    for (const [spelling, use] of names) consider({ spelling, use, rank: rank++, lower: spelling.toLowerCase() });
  }
}

/** a different spelling of the same name that the workspace uses more ("Zelensky" → "Zelenskyy") */
export function preferredVariant(word: string, names: Map<string, NameUse>, givenName = false): NameUse | null {
  const mine = names.get(word);
  let best: NameUse | null = null,
    bestRank = Infinity;
  forNearSpellings(word, names, givenName, ({ spelling, use, rank }) => {
    if (!prefers(use, mine, spelling, word)) return;
    // a source's spelling first, then the most used; on a tie, the one that came first
    const src = !!use.sources?.size,
      bestSrc = !!best?.sources?.size;
    const better = !best || (src && !bestSrc) || (src === bestSrc && use.count > best.count);
    if (better || (src === bestSrc && use.count === best!.count && rank < bestRank)) {
      best = use;
      bestRank = rank;
    }
  });
  return best;
}

/** the kept spelling is questioned only while it is in at most this many drafts … */
const MAX_RIVAL_FILES = 2;
/** … and used at most this many times as often as the other spelling */
const RIVAL_SHARE = 3;

/**
 * A near spelling that only other drafts use, where this draft's spelling is the one kept ("Delores" here, "Dolores"
 * in the follow-up) and no source settles which is right. Drift across drafts is reported in both, or the draft
 * with the kept spelling would never hear of it.
 */
export function rivalSpelling(word: string, names: Map<string, NameUse>, givenName = false): NameUse | null {
  const mine = names.get(word);
  // a spelling the archive has settled on (many drafts, or far more uses) is not in doubt over one stray draft
  if (!mine || mine.sources?.size || mine.files.size > MAX_RIVAL_FILES) return null;
  let best: NameUse | null = null;
  const self: LengthEntry = { spelling: word, lower: word.toLowerCase(), use: mine, rank: 0 };
  forNearSpellings(word, names, givenName, ({ spelling, use }) => {
    if (use.sources?.size || prefers(use, mine, spelling, word)) return;
    if (
      use.count * RIVAL_SHARE < mine.count ||
      !isNearSpelling(spelling, nearWord(spelling, givenName), self, givenName)
    )
      return;
    if ([...use.files].some((f) => mine.files.has(f))) return;
    if (!best || use.count > best.count) best = use;
  });
  return best;
}

/**
 * Whether `other` is the spelling to keep over `mine`: a spelling the sources use is the reference, whatever the drafts'
 * counts; otherwise the more used one (a spelling used in several files weighs one more); on a tie, the one sorting last.
 */
export function prefers(other: NameUse, mine: NameUse | undefined, otherSpelling: string, mySpelling: string): boolean {
  const inSources = (u: NameUse | undefined) => (u?.sources?.size ?? 0) > 0;
  if (inSources(other) !== inSources(mine)) return inSources(other);
  const weight = (u: NameUse | undefined) => (u?.count ?? 0) + ((u?.files.size ?? 0) > 1 ? 1 : 0);
  return weight(other) > weight(mine) || (weight(other) === weight(mine) && otherSpelling > mySpelling);
}

/** suffixes that make a demonym or adjective of a place: Korea/Korean, Ukraine/Ukrainian, Kyiv/Kyivan, Russia/Russians */
const DEMONYM_TAIL = /^(?:n|an|ian|ans|ians|ns|ese|i|is|ish|er|ers|ite|ites)$/;
/** a place and its demonym, or two forms of one demonym, are two words, not two spellings of one name */
export function demonymPair(a: string, b: string): boolean {
  const la = a.toLowerCase(),
    lb = b.toLowerCase();
  if (demonyms().has(la) || demonyms().has(lb)) return true;
  // a demonym is longer than its place: "Marchette" and "Marchetti" are one surname spelled two ways
  if (la.length === lb.length) return false;
  const [short, long] = la.length < lb.length ? [la, lb] : [lb, la];
  const stem = short.replace(/[aeiy]$/, '');
  return long.startsWith(stem) && DEMONYM_TAIL.test(long.slice(stem.length));
}

/** a word the dictionaries know as a name, a place or an everyday word: its look-alikes are likely other words */
function known(w: string): boolean {
  return namePartSet().has(w) || givenNameSet().has(w) || isPlaceName(w) || commonWordSet().has(w);
}

/**
 * Whether two spellings one or two letters apart are drift rather than two names ("Peace"/"Pence", "Osama"/"Obama",
 * "Georgia"/"George"). Everyday words and demonyms never are. Otherwise it takes evidence that both name one entity:
 * the same entity in this draft (`sameEntity`), the same full name with this word swapped (`sameFullName`:
 * "Delores Grant"/"Dolores Grant"), or a source's spelling of a name no dictionary knows (`inSources`).
 */
export function isDrift(
  mine: string,
  other: string,
  evidence: { sameEntity: boolean; sameFullName: boolean; inSources: boolean },
): boolean {
  const a = mine.toLowerCase(),
    b = other.toLowerCase();
  if (commonWordSet().has(a) || commonWordSet().has(b) || demonymPair(a, b)) return false;
  if (evidence.sameEntity || evidence.sameFullName) return true;
  return evidence.inSources && !known(a) && !known(b);
}

/** a name and its pet form: "Boles"/"Bolesy", "Sam"/"Sammie"; not "Zelensky"/"Zelenskyy" */
function nickname(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const tail = long.slice(short.length);
  return long.startsWith(short) && /^(?:y|ie|ey)$/.test(tail) && !/y$/.test(short);
}
