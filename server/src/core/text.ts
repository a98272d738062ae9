/** Offsets <-> LSP positions (UTF-16 code units). The only place where that conversion happens. */
export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}

export class LineIndex {
  /** offsets at which each line starts */
  readonly lineStarts: number[];
  constructor(readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10) {
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }
  positionAt(offset: number): Position {
    offset = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0,
      hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.lineStarts[lo] };
  }
  offsetAt(pos: Position): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[pos.line];
    const next = pos.line + 1 < this.lineStarts.length ? this.lineStarts[pos.line + 1] : this.text.length;
    // do not run past the line's own end-of-line characters
    let end = next;
    while (
      end > start &&
      (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13) &&
      end === next
    ) {
      end--;
      if (end > start && this.text.charCodeAt(end - 1) === 13 && this.text.charCodeAt(end) === 10) end--;
      break;
    }
    return Math.min(start + Math.max(0, pos.character), Math.max(start, end));
  }
  range(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }
}

/** FNV-1a 32-bit hash, for content-keyed caches. */
export function hashString(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16) + ':' + s.length.toString(36);
}

/** index of the last item whose start is at or before pos (items sorted by start), or -1 */
export function lastAtOrBefore(items: { start: number }[], pos: number): number {
  let lo = 0,
    hi = items.length - 1,
    ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start <= pos) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

/**
 * `s` in storage of its own. A slice of a string (and so a regex match, a `split` part) may share the storage of the
 * whole string it came from: a cache entry holding one word of a draft would keep that version of the whole draft
 * alive. Each keystroke stores a few entries, so the caches held a copy of the draft per keystroke, and the heap grew
 * with every edit. Short strings are copied by the engine anyway.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
