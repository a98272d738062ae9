/**
 * Drafts wrapped at a fixed width, as Vim, Emacs and many Markdown writers leave them, break sentences across lines.
 * To CommonMark such a line break is a space, and the analysis must read it as one: "the Kessler Bay Ferry⏎Authority"
 * is one name, "board Chair Delia Ferrante⏎said" one attribution. Kept as breaks: a break after a short line (lines
 * set out one by one: a byline, then the outlet; an address), after a line in capitals (a headline above its
 * dateline), before a line indented under the paragraph's first (rows of figures in a plain-text draft), and a hard
 * break (two spaces or a backslash at the end of the line).
 */
import type { Block } from './textmodel';

/** a line at least this long that breaks inside a paragraph was wrapped, not set out on its own */
export const WRAPPED_LINE_LENGTH = 40;

/** blocks whose line breaks may be wrapping; a table cell is one line anyway */
const WRAPPING_BLOCKS = new Set<Block['kind']>(['paragraph', 'listItem', 'blockquote', 'footnoteDefinition']);

/** the offsets in prose[b.start, b.end) of line breaks that only wrap a line ("\r\n" gives both characters) */
export function wrappingBreaks(prose: string, b: Block): number[] {
  const out: number[] = [];
  if (!WRAPPING_BLOCKS.has(b.kind)) return out;
  let lineStart = b.start;
  for (let nl = prose.indexOf('\n', b.start); nl >= 0 && nl < b.end; nl = prose.indexOf('\n', nl + 1)) {
    const cr = prose[nl - 1] === '\r' ? nl - 1 : -1;
    const lineEnd = cr >= 0 ? cr : nl;
    const wrapped =
      lineEnd - lineStart >= WRAPPED_LINE_LENGTH &&
      !hardBreak(prose, lineEnd) &&
      !capitalsOnly(prose, lineStart, lineEnd);
    if (wrapped && !(b.kind === 'paragraph' && indented(prose, nl + 1))) {
      if (cr >= 0) out.push(cr);
      out.push(nl);
    }
    lineStart = nl + 1;
  }
  return out;
}

/** a line without a lower-case letter is a headline or a label set in capitals, not wrapped prose */
function capitalsOnly(prose: string, start: number, end: number): boolean {
  return !LOWER_CASE.test(prose.slice(start, end));
}
const LOWER_CASE = /\p{Ll}/u;

/** the line from `start` opens with a space or tab: set out under the line before, not wrapped from it */
function indented(prose: string, start: number): boolean {
  return prose[start] === ' ' || prose[start] === '\t';
}

/** the line ending at `end` asks for a hard break: two spaces or a backslash before its end */
function hardBreak(prose: string, end: number): boolean {
  return prose[end - 1] === '\\' || (prose[end - 1] === ' ' && prose[end - 2] === ' ');
}
