/**
 * Reading a draft a piece at a time, where each piece is read on its own (a line, a sentence up to its period): an
 * edit changes the pieces it falls in, and the pieces before and after it keep what they were read as last time, by
 * their position. A keystroke then reads the edited piece again and compares the two versions of the draft, instead of
 * cutting and looking up every piece of a 10,000-word draft.
 */

/** how many characters a and b share at their start, and then at their end (not counting those again) */
export function commonEnds(a: string, b: string): [number, number] {
  const n = Math.min(a.length, b.length);
  let before = 0;
  // a chunk at a time while they agree (the engine compares two slices faster than a loop compares characters)
  for (let step = CHUNK; before + step <= n && a.slice(before, before + step) === b.slice(before, before + step);)
    before += step;
  while (before < n && a.charCodeAt(before) === b.charCodeAt(before)) before++;
  const room = n - before;
  let after = 0;
  while (
    after + CHUNK <= room &&
    a.slice(a.length - after - CHUNK, a.length - after) === b.slice(b.length - after - CHUNK, b.length - after)
  )
    after += CHUNK;
  while (after < room && a.charCodeAt(a.length - 1 - after) === b.charCodeAt(b.length - 1 - after)) after++;
  return [before, after];
}
const CHUNK = 1024;

/** one piece: text[from, to), `to` past its delimiter when it has one; `value` what the reader made of it */
export interface Piece<T> {
  from: number;
  to: number;
  value: T;
}

/**
 * The pieces of a text cut after each `delimiter` (the last one runs to the end), each read by `read` (given the
 * piece with its delimiter, or without it when `keepDelimiter` is false). The same pieces and values as cutting and
 * reading the whole text; the last text's pieces before and after the edit are kept.
 */
export class PieceReader<T> {
  private last: { text: string; pieces: Piece<T>[] } | null = null;
  constructor(
    private readonly delimiter: string,
    private readonly keepDelimiter: boolean,
    private readonly read: (piece: string) => T,
  ) {}

  pieces(text: string): Piece<T>[] {
    const last = this.last;
    const out: Piece<T>[] = [];
    let from = 0;
    let tail: Piece<T>[] = [];
    if (last && last.text !== text) {
      const [before, after] = commonEnds(last.text, text);
      const shift = text.length - last.text.length;
      const old = last.pieces;
      let k = 0;
      // before the edit: pieces that end with their delimiter inside the shared start
      for (; k < old.length && old[k].to <= before && last.text[old[k].to - 1] === this.delimiter; k++)
        out.push(old[k]);
      from = k ? old[k - 1].to : 0;
      // after it: pieces whose delimiter before them lies in the shared end (they start and end where they did)
      let j = old.length;
      while (j > k && old[j - 1].from - 1 >= last.text.length - after) j--;
      tail = old.slice(j).map((p) => ({ from: p.from + shift, to: p.to + shift, value: p.value }));
    } else if (last) return last.pieces;
    const end = tail.length ? tail[0].from : text.length;
    while (from < end) {
      const at = text.indexOf(this.delimiter, from);
      const to = at < 0 || at >= end ? end : at + 1;
      const cut = this.keepDelimiter || text[to - 1] !== this.delimiter ? to : to - 1;
      out.push({ from, to, value: this.read(text.slice(from, cut)) });
      from = to;
    }
    for (const p of tail) out.push(p);
    this.last = { text, pieces: out };
    return out;
  }
}
