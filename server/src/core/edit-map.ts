/**
 * Where an edit moved what it left alone: the two versions of a text share a start and an end, and everything read
 * wholly from one of them is where it was (in the start) or moved by the edit's length (in the end). A document-level
 * step can then tell that an edit changed nothing it read, and move its last result instead of computing it again.
 */
import { commonEnds } from './pieces';

export class EditMap {
  /** the shared start's length: old and new agree on [0, before) */
  readonly before: number;
  /** where the shared end starts, in the old text and in the new */
  readonly oldAfter: number;
  readonly newAfter: number;
  /** how far the shared end moved */
  readonly delta: number;
  constructor(oldText: string, newText: string) {
    const [before, after] = commonEnds(oldText, newText);
    this.before = before;
    this.oldAfter = oldText.length - after;
    this.newAfter = newText.length - after;
    this.delta = newText.length - oldText.length;
  }
  /**
   * how far the old span [start, end) moved: 0 in the shared start, delta in the shared end, null when it touches the
   * edited text (then it may be read differently now)
   */
  shift(start: number, end: number): number | null {
    if (end <= this.before) return 0;
    if (start >= this.oldAfter) return this.delta;
    return null;
  }
  /**
   * the old window [start, end) holds the same text as the new window it maps to: wholly in the shared start or end.
   * Not clamped to the text: a window cut short by the text's start is untouched only in the shared start (an insertion
   * at the start would show in the new window).
   */
  untouched(start: number, end: number): boolean {
    return this.shift(start, end) !== null;
  }
}
