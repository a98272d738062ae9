/**
 * TextModel: the draft as prose. Markdown is parsed with micromark/mdast (mdast-util-from-markdown),
 * which gives exact offsets for every node. Everything that is not prose (front matter, code, HTML,
 * link destinations, URLs, headings) is blanked out in `prose`, which has the same length as the
 * original text, so every offset found in prose is an offset into the original.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatter } from 'micromark-extension-frontmatter';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { parse as parseYaml } from 'yaml';
import { detach } from './text';
import { commonEnds } from './pieces';

export type BlockKind = 'paragraph' | 'listItem' | 'blockquote' | 'footnoteDefinition' | 'tableCell';

export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
  /** nesting: 'blockquote', 'listItem', 'list', 'footnoteDefinition' */
  containers: string[];
  /** id of the list this block belongs to (for lead-in scope) */
  listId?: number;
  /** id of the block quote this block belongs to */
  quoteId?: number;
}

export interface LinkInfo {
  start: number;
  end: number;
  textStart: number;
  textEnd: number;
  url: string;
  title: string | null;
}
export interface FootnoteRef {
  start: number;
  end: number;
  label: string;
}
export interface FootnoteDef {
  start: number;
  end: number;
  label: string;
  text: string;
}
export interface Heading {
  start: number;
  end: number;
  depth: number;
  text: string;
  /**
   * the heading's words as prose (links' destinations, code and images blanked, as in a paragraph) from offset `start`:
   * a headline states figures of its own ("Measles outbreak reaches 41 cases")
   */
  words?: { start: number; prose: string };
}
/** a table's row: the line, and each cell's words without the pipes and padding around them */
export interface TableRowSpans {
  start: number;
  end: number;
  cells: { start: number; end: number }[];
}
/** a pipe table as the GFM parser reads it: the header row first, then the body rows */
export interface TableSpans {
  start: number;
  end: number;
  rows: TableRowSpans[];
}
export interface HtmlComment {
  start: number;
  end: number;
  text: string;
}

export interface TextModel {
  text: string;
  prose: string;
  blocks: Block[];
  links: LinkInfo[];
  footnoteRefs: FootnoteRef[];
  footnoteDefs: FootnoteDef[];
  comments: HtmlComment[];
  frontMatter: Record<string, unknown> | null;
  frontMatterError?: string;
  headings: Heading[];
  tables: TableSpans[];
  parseNotice?: string;
}

// Linear-time: a scheme, then a run of non-space characters.
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>()"“”]+/g;

function maskRange(buf: string[], text: string, start: number, end: number) {
  for (let i = start; i < end; i++) {
    const c = text[i];
    buf[i] = c === '\n' || c === '\r' ? c : ' ';
  }
}

function maskUrls(buf: string[], text: string) {
  URL_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = URL_RE.exec(text))) maskRange(buf, text, m.index, m.index + m[0].length);
}

/** Parsed chunks keyed by their text, reused across edits of one document. */
export class ParseCache {
  private map = new Map<string, TextModel>();
  /** the last text's chunks and their models, for the next edit's (see splitChunksAfterEdit) */
  last: { text: string; chunks: Chunk[]; models: TextModel[] } | null = null;
  constructor(private readonly limit = 4000) {}
  get(key: string): TextModel | undefined {
    const v = this.map.get(key);
    if (v) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }
  set(key: string, v: TextModel) {
    this.map.set(detach(key), v);
    if (this.map.size > this.limit) this.map.delete(this.map.keys().next().value as string);
  }
  get size() {
    return this.map.size;
  }
}

export function buildTextModel(text: string, languageId: string = 'markdown', cache?: ParseCache): TextModel {
  if (languageId !== 'markdown') return buildPlainModel(text);
  if (pathologicalMarkup(text))
    return {
      ...buildPlainModel(text),
      parseNotice: 'This file has too much Markdown markup to parse quickly; it was read as plain text.',
    };
  if (nestingTooDeep(text))
    return {
      ...buildPlainModel(text),
      parseNotice: `This file nests lists or block quotes more than ${MAX_NESTING} levels deep; it was read as plain text.`,
    };
  if (cache) return modelOfChunks(text, cache);
  const chunks = groupChunks(splitChunks(text));
  if (chunks.length <= 1) return buildMarkdownModel(text);
  return mergeChunks(
    text,
    chunks.map((c, i) => ({ start: c.start, model: buildMarkdownModel(text.slice(c.start, c.end), i === 0) })),
  );
}

/**
 * A draft being edited: its chunks, each parsed once and kept by its text. The chunks the edit left as they were,
 * before it and after it, keep their models by position (no key built and looked up for each on every keystroke).
 */
function modelOfChunks(text: string, cache: ParseCache): TextModel {
  const last = cache.last;
  const ends = last ? commonEnds(last.text, text) : null;
  const chunks = last && ends ? splitChunksAfterEdit(text, last, ends) : splitChunks(text);
  if (chunks.length <= 1) {
    cache.last = null;
    return buildMarkdownModel(text);
  }
  const shift = last ? text.length - last.text.length : 0;
  let k = 0;
  const models = chunks.map((c, i) => {
    // the same words at the same place, or at their place moved by the edit: the same model
    if (last && ends && i > 0 && (c.end <= ends[0] || c.start - 1 >= text.length - ends[1])) {
      const at = c.end <= ends[0] ? c.start : c.start - shift;
      while (k < last.chunks.length && last.chunks[k].start < at) k++;
      const was = last.chunks[k];
      if (was && k > 0 && was.start === at && was.end - was.start === c.end - c.start) return last.models[k];
    }
    const key = (i === 0 ? 'F' : 'C') + text.slice(c.start, c.end);
    let m = cache.get(key);
    if (!m) {
      // a cached model keeps its chunk's text: in storage of its own, not the whole draft's (see detach)
      m = buildMarkdownModel(detach(text.slice(c.start, c.end)), i === 0);
      cache.set(key, m);
    }
    return m;
  });
  cache.last = { text, chunks, models };
  return mergeChunks(
    text,
    chunks.map((c, i) => ({ start: c.start, model: models[i] })),
  );
}

/**
 * Top-level chunks that CommonMark parses independently: split at a blank line followed by a line at column 0
 * that starts a plain paragraph or a heading. Never inside fenced code, an HTML comment or a raw HTML block that
 * runs to its closing tag ("<pre>"), and not at all in the drafts `parsedWhole` names.
 * The result of parsing the chunks equals parsing the whole text (checked by a property test).
 */
/**
 * Must the text be parsed whole? When it could hold a link reference or footnote definition ("[label]:", also inside
 * a block quote or list item, or after a label over several lines), whose scope is the whole document; or when it has
 * both a raw HTML block line ("<div>", "</pre>", an embedded "<tweet …>") and a line that may open something running
 * over several lines (a code fence, an unclosed comment, "<pre>"): an HTML block runs to the next blank line, and what
 * opens inside it opens nothing ("<div>" then "~~~" is no code block), which the chunking's line-by-line reading does
 * not follow. HTML blocks alone end at blank lines, where the chunks are cut, so a draft with embeds is still cut.
 * A false alarm only costs the chunking.
 */
function parsedWhole(text: string): boolean {
  return text.includes(']:') || (HTML_BLOCK_LINE.test(text) && opensLongBlock(text));
}
/**
 * a line that opens with an HTML tag, after any block quote and list markers: an HTML block may start there (each
 * character before the tag is a space, a tab, ">" or a list marker before a space: one way to read a line)
 */
const HTML_BLOCK_LINE = /^(?:[ \t>]|(?:[-*+]|\d{1,9}[.)])(?=[ \t]))*<\/?[A-Za-z][A-Za-z0-9-]*(?:[\s/>]|$)/m;

/** does a line open a fence, a comment or raw HTML that may run past a blank line (markers before it aside)? */
function opensLongBlock(text: string): boolean {
  for (const line of text.split(/\r\n|\r|\n/)) {
    const inner = line.replace(CONTAINER_MARKERS, '').trimStart();
    if (!inner.startsWith('<') && !inner.startsWith('`') && !inner.startsWith('~')) continue;
    if (/^(?:```|~~~|<\?|<!\[CDATA\[|<![A-Za-z])/.test(inner)) return true;
    if (inner.startsWith('<!--') && !inner.includes('-->', 4)) return true;
    if (RAW_HTML_OPEN.test(inner) && !RAW_HTML_CLOSE.test(inner)) return true;
  }
  return false;
}
const RAW_HTML_OPEN = /^<(?:pre|script|style|textarea)(?:\s|>|$)/i;
const RAW_HTML_CLOSE = /<\/(?:pre|script|style|textarea)>/i;

/** where the line at i ends: CommonMark ends lines at "\n", "\r\n" and a lone "\r" alike */
function lineEnd(text: string, i: number): number {
  for (let k = i; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return k;
  }
  return text.length;
}
/** the start of the line after the one at i */
function nextLine(text: string, i: number): number {
  const e = lineEnd(text, i);
  return e + (text.charCodeAt(e) === 13 && text.charCodeAt(e + 1) === 10 ? 2 : 1);
}

/** block quote and list markers that open a line */
const CONTAINER_MARKERS = /^(?:[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)))+/;

interface Chunk {
  start: number;
  end: number;
}

export function splitChunks(text: string): Chunk[] {
  if (parsedWhole(text)) return [{ start: 0, end: text.length }];
  return scanChunks(text, [], 0, 0, null);
}

/**
 * splitChunks after an edit, from the chunks of the text before it: the chunks before the edited one stay as they
 * were, the text is read again from the start of the chunk before it (where the reading is in its plain state, as at
 * every chunk start but the first), and once a chunk opens after the edit where one opened before it, the rest are
 * the old ones moved by the edit (from there on the text and the reading are the same). The same chunks as
 * splitChunks (a property test checks it).
 */
function splitChunksAfterEdit(
  text: string,
  last: { text: string; chunks: Chunk[] },
  [before, after]: [number, number],
): Chunk[] {
  // (the last text was not parsed whole: modelOfChunks keeps no `last` for a text read as one chunk, and a text
  // parsed whole is one chunk, so it is not read again for its HTML lines on every keystroke)
  if (parsedWhole(text)) return splitChunks(text);
  const old = last.chunks;
  // the chunk the edit starts in, and the one before it: its first line lies wholly before the edit
  let k = 0;
  while (k + 1 < old.length && old[k + 1].start <= before) k++;
  if (k < 2) return splitChunks(text);
  const out = old.slice(0, k - 1).map((c) => ({ ...c }));
  const shift = text.length - last.text.length;
  const oldStarts = new Map<number, number>();
  for (let j = k; j < old.length; j++) if (old[j].start - 1 >= last.text.length - after) oldStarts.set(old[j].start, j);
  return scanChunks(text, out, old[k - 1].start, 1, { shift, oldStarts, old, from: text.length - after });
}

/**
 * The chunking's reading of the text from the line at i, with the chunks before it in out (the last of them still
 * open at chunkStart = i when i > 0: i is a chunk's first line). With `resync`, a chunk opening after the edit where
 * one opened before it ends the reading: the old chunks from there on follow, moved by the edit.
 */
function scanChunks(
  text: string,
  out: Chunk[],
  i: number,
  lineNo: number,
  resync: { shift: number; oldStarts: Map<number, number>; old: Chunk[]; from: number } | null,
): Chunk[] {
  let chunkStart = i;
  let fence: string | null = null;
  let inComment = false,
    inRawHtml = false,
    frontMatter = false;
  let prevBlank = false;
  while (i < text.length) {
    const end = lineEnd(text, i);
    // the parser reads a leading BOM as a space (see buildMarkdownModel)
    const line = i === 0 && text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1, end) : text.slice(i, end);
    if (lineNo === 0 && line === '---') frontMatter = true;
    else if (frontMatter) {
      if (line === '---' || line === '...') frontMatter = false;
    } else if (fence) {
      const m = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length) fence = null;
    } else if (inComment) {
      if (line.includes('-->')) inComment = false;
    } else if (inRawHtml) {
      if (/<\/(?:pre|script|style|textarea)>/i.test(line)) inRawHtml = false;
    } else {
      const blank = /^[ \t]*$/.test(line);
      if (
        !blank &&
        prevBlank &&
        i > 0 &&
        /^(?:#{1,6}(?:[ \t]|$)|[\p{L}\p{N}"“'‘([*_])/u.test(line) &&
        !/^\d{1,9}[.)](?:[ \t]|$)/.test(line) &&
        !/^[*_](?:[ \t]|$)|^(?:\*[ \t]*){3,}$|^(?:_[ \t]*){3,}$/.test(line)
      ) {
        out.push({ start: chunkStart, end: i });
        chunkStart = i;
        const j = resync && i - 1 >= resync.from ? resync.oldStarts.get(i - resync.shift) : undefined;
        if (j !== undefined) {
          const d = resync!.shift;
          for (let n = j; n < resync!.old.length; n++)
            out.push({ start: resync!.old[n].start + d, end: resync!.old[n].end + d });
          return out;
        }
      }
      // inside a block quote or list item too: the markers before them are left out
      const inner = line.replace(CONTAINER_MARKERS, '');
      const f = /^ {0,3}(`{3,}|~{3,})/.exec(inner);
      if (f) fence = f[1];
      else if (/^ {0,3}<!--/.test(inner) && !line.includes('-->')) inComment = true;
      else if (
        /^ {0,3}<(?:pre|script|style|textarea)(?:\s|>|$)/i.test(inner) &&
        !/<\/(?:pre|script|style|textarea)>/i.test(line)
      )
        inRawHtml = true;
      prevBlank = blank;
    }
    i = nextLine(text, i);
    lineNo++;
  }
  out.push({ start: chunkStart, end: text.length });
  return out;
}

/**
 * Without a cache (a one-shot check) chunks only pay the parser's set-up again and again: neighbouring chunks are
 * parsed together, up to a size past which micromark's cost grows faster than the text.
 */
const GROUP_CHARS = 16000;
function groupChunks(chunks: { start: number; end: number }[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const c of chunks) {
    const last = out[out.length - 1];
    if (last && c.end - last.start <= GROUP_CHARS) last.end = c.end;
    else out.push({ ...c });
  }
  return out;
}

/** A model with no prose yet, filled in by the builders below. */
function emptyModel(text: string): TextModel {
  return {
    text,
    prose: '',
    blocks: [],
    links: [],
    footnoteRefs: [],
    footnoteDefs: [],
    comments: [],
    frontMatter: null,
    headings: [],
    tables: [],
  };
}

function mergeChunks(text: string, parts: { start: number; model: TextModel }[]): TextModel {
  const buf: string[] = [];
  const model = emptyModel(text);
  let listBase = 0,
    quoteBase = 0;
  for (const { start, model: m } of parts) {
    buf.push(m.prose);
    let maxList = 0,
      maxQuote = 0;
    for (const b of m.blocks) {
      model.blocks.push({
        ...b,
        start: b.start + start,
        end: b.end + start,
        listId: b.listId === undefined ? undefined : b.listId + listBase,
        quoteId: b.quoteId === undefined ? undefined : b.quoteId + quoteBase,
      });
      maxList = Math.max(maxList, b.listId ?? 0);
      maxQuote = Math.max(maxQuote, b.quoteId ?? 0);
    }
    listBase += maxList;
    quoteBase += maxQuote;
    for (const l of m.links)
      model.links.push({
        ...l,
        start: l.start + start,
        end: l.end + start,
        textStart: l.textStart + start,
        textEnd: l.textEnd + start,
      });
    for (const r of m.footnoteRefs) model.footnoteRefs.push({ ...r, start: r.start + start, end: r.end + start });
    for (const d of m.footnoteDefs) model.footnoteDefs.push({ ...d, start: d.start + start, end: d.end + start });
    for (const c of m.comments) model.comments.push({ ...c, start: c.start + start, end: c.end + start });
    for (const h of m.headings)
      model.headings.push({
        ...h,
        start: h.start + start,
        end: h.end + start,
        ...(h.words ? { words: { ...h.words, start: h.words.start + start } } : {}),
      });
    for (const t of m.tables) model.tables.push(shiftTable(t, start));
    if (start === 0) {
      model.frontMatter = m.frontMatter;
      if (m.frontMatterError) model.frontMatterError = m.frontMatterError;
    }
  }
  model.prose = buf.join('');
  return model;
}

function shiftTable(t: TableSpans, d: number): TableSpans {
  return {
    start: t.start + d,
    end: t.end + d,
    rows: t.rows.map((r) => ({
      start: r.start + d,
      end: r.end + d,
      cells: r.cells.map((c) => ({ start: c.start + d, end: c.end + d })),
    })),
  };
}

/**
 * A plain-text draft's headline: its first line, when it closes no sentence ("Flooding closes 14 roads across Marlow
 * County") and a blank line or a byline ("By Jordan Ames") follows it. It becomes a heading, as "# …" is in Markdown:
 * not a sentence of the story (no unattributed figure, no claim), but a headline whose figures the story must carry.
 * A line wrapped inside a paragraph is followed by more of it, never by a blank line or a byline.
 */
export function withPlainHeadline(model: TextModel): TextModel {
  const { text } = model;
  const first = /^[ \t\r\n]*/.exec(text)![0].length;
  const nl = text.indexOf('\n', first);
  if (nl < 0) return model;
  const end = text[nl - 1] === '\r' ? nl - 1 : nl;
  const line = text.slice(first, end).trimEnd();
  if (line.length < 3 || line.length > 200 || line.split(/\s+/).length > 25) return model;
  if (!/^[\p{Lu}\d"“‘']/u.test(line) || /[.!?:;,"”’'…)]$/.test(line)) return model;
  const next = /^(?:\r?\n)([^\n]*)/.exec(text.slice(end))?.[1] ?? '';
  if (next.trim() !== '' && !/^By\s+\p{Lu}/u.test(next.trim())) return model;
  const hEnd = first + line.length;
  const prose = model.prose.slice(0, first) + ' '.repeat(hEnd - first) + model.prose.slice(hEnd);
  const blocks = model.blocks.flatMap((b) => {
    if (b.end <= first || b.start >= hEnd) return [b];
    // the byline after it, in the same paragraph, stays a paragraph of its own
    const rest = /\S/.exec(text.slice(hEnd, b.end));
    return rest ? [{ ...b, start: hEnd + rest.index }] : [];
  });
  const heading: Heading = {
    start: first,
    end: hEnd,
    depth: 1,
    text: line,
    words: { start: first, prose: model.prose.slice(first, hEnd) },
  };
  return { ...model, prose, blocks, headings: [heading, ...model.headings] };
}

function buildPlainModel(text: string): TextModel {
  const buf = text.split('');
  maskUrls(buf, text);
  const blocks: Block[] = [];
  // paragraphs separated by blank lines
  const re = /(?:\r?\n|\r)[ \t]*(?:\r?\n|\r)+/g;
  let last = 0;
  let m: RegExpExecArray | null;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) blocks.push({ kind: 'paragraph', start: s, end: e, containers: [] });
  };
  while ((m = re.exec(text))) {
    push(last, m.index);
    last = m.index + m[0].length;
  }
  push(last, text.length);
  return {
    text,
    prose: buf.join(''),
    blocks,
    links: [],
    footnoteRefs: [],
    footnoteDefs: [],
    comments: [],
    frontMatter: null,
    headings: [],
    tables: [],
  };
}

interface Node {
  type: string;
  position?: { start: { offset?: number }; end: { offset?: number } };
  children?: Node[];
  value?: string;
  url?: string;
  title?: string | null;
  identifier?: string;
  label?: string;
  depth?: number;
}

function off(n: Node): [number, number] {
  return [n.position?.start.offset ?? 0, n.position?.end.offset ?? 0];
}

/** micromark's emphasis resolution is quadratic on long runs of unmatched markers; such input is not prose */
const MARKS = ['*', '_', '[', ']', '`'];
function pathologicalMarkup(text: string): boolean {
  if (text.length < 20000) return false;
  // each mark found by the engine's own search: a loop over every character cost more, on every keystroke
  let n = 0;
  for (const mark of MARKS) for (let i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) n++;
  return n > 8000 && n / text.length > 0.1;
}

/**
 * micromark's container handling is super-linear in nesting depth (and recursion overflows the stack at a few
 * thousand levels); a draft nested deeper than this is not prose. Estimated line by line in linear time: the
 * block-quote and list markers that open a line, plus half its indentation when it has any marker.
 */
export const MAX_NESTING = 32;
function nestingTooDeep(text: string): boolean {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let indent = 0,
      markers = 0;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32) {
        indent++;
        i++;
      } else if (c === 9) {
        indent += 4;
        i++;
      } else if (c === 62) {
        markers++;
        i++;
      } // >
      else if (
        (c === 45 || c === 42 || c === 43) &&
        (i + 1 >= n || text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 9)
      ) {
        markers++;
        i++;
      } // - * +
      else if (c >= 48 && c <= 57) {
        // 1. or 1)
        let j = i;
        while (j < n && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
        const d = text.charCodeAt(j);
        if ((d === 46 || d === 41) && (j + 1 >= n || text.charCodeAt(j + 1) === 32 || text.charCodeAt(j + 1) === 9)) {
          markers++;
          i = j + 1;
        } else break;
      } else break;
    }
    if (markers && markers + (indent >> 1) > MAX_NESTING) return true;
    const nl = text.indexOf('\n', i);
    if (nl < 0) break;
    i = nl + 1;
  }
  return false;
}

/** parser options, made once: the extensions are plain data, and making them for every chunk showed in profiles */
const FIRST_CHUNK = {
  extensions: [frontmatter(['yaml']), gfmFootnote(), gfmTable()],
  mdastExtensions: [frontmatterFromMarkdown(['yaml']), gfmFootnoteFromMarkdown(), gfmTableFromMarkdown()],
};
const LATER_CHUNK = {
  extensions: [gfmFootnote(), gfmTable()],
  mdastExtensions: [gfmFootnoteFromMarkdown(), gfmTableFromMarkdown()],
};

function buildMarkdownModel(text: string, first = true): TextModel {
  return plainProseModel(text) ?? parseMarkdownModel(text, first);
}

/** anywhere in a line, characters that may be markup or that the parser treats specially (tabs, CR, other controls) */
const MARKUP_CHAR = /[`<>[\]\\\uFEFF]|(?!\n)\p{Cc}/u;
/**
 * A "heading" underlined with "-" or "=" whose text runs over several lines is a paragraph followed by a section
 * rule, as drafts pasted from a CMS write them: a heading is one line.
 */
function paragraphOverRule(n: Node, text: string, s: number): boolean {
  const kids = n.children ?? [];
  if (text[s] === '#' || !kids.length) return false;
  const end = kids[kids.length - 1].position?.end.offset ?? s;
  return text.slice(s, end).includes('\n');
}

/** at the start of a line, characters that may open or interrupt a block: heading, quote, list, rule, fence, table */
const BLOCK_START = /^(?:[#>\-+*_=~|:]|\d{1,9}[.)])/;
const SPACE = 32;

/**
 * Text with no Markdown in it, as most news copy is: paragraphs separated by blank lines, at the offsets the parser
 * would give them (a paragraph runs from its first non-space character to the end of its last line). Building them
 * directly saves the syntax tree. Null when any character or line start could be markup: the parser decides then.
 */
function plainProseModel(text: string): TextModel | null {
  if (MARKUP_CHAR.test(text)) return null;
  const model = emptyModel(text);
  let open = -1,
    close = -1;
  for (let i = 0; i <= text.length;) {
    const nl = text.indexOf('\n', i);
    const end = nl < 0 ? text.length : nl;
    let first = i;
    while (first < end && text.charCodeAt(first) === SPACE) first++;
    if (first === end) {
      if (open >= 0) model.blocks.push(plainParagraph(open, close));
      open = -1;
    } else {
      // an indented line is code, or continues a paragraph lazily: the parser's call
      if (first - i > 3 || BLOCK_START.test(text.slice(first, first + 11))) return null;
      if (open < 0) open = first;
      close = end;
    }
    i = end + 1;
  }
  if (open >= 0) model.blocks.push(plainParagraph(open, close));
  model.prose = text.replace(URL_RE, (url) => ' '.repeat(url.length));
  return model;
}

function plainParagraph(start: number, end: number): Block {
  return { kind: 'paragraph', start, end, containers: [], listId: undefined, quoteId: undefined };
}

/** The model from micromark's syntax tree: any Markdown. */
function parseMarkdownModel(text: string, first = true): TextModel {
  let tree: Node;
  try {
    // micromark drops a leading BOM, which would shift every offset by one: parse a same-length text instead
    tree = fromMarkdown(
      text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text,
      first ? FIRST_CHUNK : LATER_CHUNK,
    ) as unknown as Node;
  } catch {
    return buildPlainModel(text);
  }
  // start fully masked; unmask prose
  const buf: string[] = new Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    buf[i] = c === '\n' || c === '\r' ? c : ' ';
  }
  const model = emptyModel(text);
  let listCounter = 0,
    quoteCounter = 0;

  const unmask = (s: number, e: number) => {
    for (let i = s; i < e; i++) buf[i] = text[i];
  };
  const mask = (s: number, e: number) => maskRange(buf, text, s, e);

  const walkInline = (n: Node) => {
    const [s, e] = off(n);
    switch (n.type) {
      case 'inlineCode':
      case 'image':
      case 'imageReference':
        mask(s, e);
        return;
      case 'html': {
        mask(s, e);
        if (n.value?.startsWith('<!--')) model.comments.push({ start: s, end: e, text: n.value });
        return;
      }
      case 'footnoteReference':
        mask(s, e);
        model.footnoteRefs.push({ start: s, end: e, label: n.identifier ?? n.label ?? '' });
        return;
      case 'link':
      case 'linkReference': {
        const kids = n.children ?? [];
        if (kids.length) {
          const ts = off(kids[0])[0],
            te = off(kids[kids.length - 1])[1];
          mask(s, ts);
          mask(te, e); // brackets and destination
          if (n.type === 'link')
            model.links.push({
              start: s,
              end: e,
              textStart: ts,
              textEnd: te,
              url: n.url ?? '',
              title: n.title ?? null,
            });
          kids.forEach(walkInline);
        } else mask(s, e);
        return;
      }
      default:
        if (n.children) n.children.forEach(walkInline);
    }
  };

  const addParagraph = (n: Node, s: number, e: number, containers: string[], listId?: number, quoteId?: number) => {
    unmask(s, e);
    (n.children ?? []).forEach(walkInline);
    const inner = containers[containers.length - 1];
    model.blocks.push({
      kind:
        inner === 'listItem'
          ? 'listItem'
          : inner === 'blockquote'
            ? 'blockquote'
            : inner === 'footnoteDefinition'
              ? 'footnoteDefinition'
              : 'paragraph',
      start: s,
      end: e,
      containers: [...containers],
      listId,
      quoteId,
    });
  };

  /**
   * A pipe table: its rows and cells go to `tables` (a source's rows become passages, a draft's cells read with their
   * row and column). Each body cell is a block of its own; the header row only names the columns ("What inspectors
   * found"), so it stays out of the prose, as a heading does. The pipes are never prose.
   */
  const addTable = (n: Node, s: number, e: number, containers: string[], listId?: number, quoteId?: number) => {
    const rows = (n.children ?? []).map((row, i) => {
      const [rs, re] = off(row);
      const cells = (row.children ?? []).map((cell) => {
        const kids = cell.children ?? [];
        // the cell's words: from its first inline node to its last (an empty cell is an empty span after its pipe)
        const span = kids.length
          ? { start: off(kids[0])[0], end: off(kids[kids.length - 1])[1] }
          : { start: off(cell)[0], end: off(cell)[0] };
        if (i > 0 && kids.length) {
          unmask(span.start, span.end);
          kids.forEach(walkInline);
          model.blocks.push({ kind: 'tableCell', ...span, containers: [...containers], listId, quoteId });
        }
        return span;
      });
      return { start: rs, end: re, cells };
    });
    model.tables.push({ start: s, end: e, rows });
  };

  /** a heading's words read as a paragraph's are, then blanked again: a heading is not prose for the extractors */
  const headingWords = (n: Node): Heading['words'] => {
    const kids = n.children ?? [];
    if (!kids.length) return undefined;
    const s = off(kids[0])[0],
      e = off(kids[kids.length - 1])[1];
    // the links, footnote references and comments the walk finds stay out of the model, as they did before
    const counts = [model.links.length, model.footnoteRefs.length, model.comments.length];
    unmask(s, e);
    kids.forEach(walkInline);
    const prose = buf.slice(s, e).join('');
    mask(s, e);
    model.links.length = counts[0];
    model.footnoteRefs.length = counts[1];
    model.comments.length = counts[2];
    return { start: s, prose };
  };

  const walkBlock = (n: Node, containers: string[], listId?: number, quoteId?: number) => {
    const [s, e] = off(n);
    switch (n.type) {
      case 'yaml': {
        try {
          const v = parseYaml(n.value ?? '');
          if (v && typeof v === 'object' && !Array.isArray(v)) model.frontMatter = v as Record<string, unknown>;
        } catch (err) {
          model.frontMatterError = (err as Error).message.split('\n')[0];
        }
        return;
      }
      case 'heading': {
        if (paragraphOverRule(n, text, s)) {
          addParagraph(n, s, off(n.children![n.children!.length - 1])[1], containers, listId, quoteId);
          return;
        }
        model.headings.push({
          start: s,
          end: e,
          depth: n.depth ?? 1,
          text: text.slice(s, e).replace(/^#+\s*/, ''),
          words: headingWords(n),
        });
        return;
      }
      case 'code':
        return;
      case 'html': {
        if (n.value?.startsWith('<!--')) model.comments.push({ start: s, end: e, text: n.value });
        return;
      }
      case 'paragraph': {
        addParagraph(n, s, e, containers, listId, quoteId);
        return;
      }
      case 'table': {
        addTable(n, s, e, [...containers, 'table'], listId, quoteId);
        return;
      }
      case 'blockquote': {
        const id = ++quoteCounter;
        (n.children ?? []).forEach((c) => walkBlock(c, [...containers, 'blockquote'], listId, id));
        return;
      }
      case 'list': {
        const id = ++listCounter;
        (n.children ?? []).forEach((c) => walkBlock(c, [...containers, 'list'], id, quoteId));
        return;
      }
      case 'listItem': {
        (n.children ?? []).forEach((c) => walkBlock(c, [...containers, 'listItem'], listId, quoteId));
        return;
      }
      case 'footnoteDefinition': {
        model.footnoteDefs.push({
          start: s,
          end: e,
          label: n.identifier ?? n.label ?? '',
          text: text.slice(s, e).replace(/^\[\^[^\]]*\]:\s*/, ''),
        });
        (n.children ?? []).forEach((c) => walkBlock(c, [...containers, 'footnoteDefinition'], listId, quoteId));
        return;
      }
      default:
        if (n.children) n.children.forEach((c) => walkBlock(c, containers, listId, quoteId));
    }
  };
  walkBlock(tree, []);
  // block quote markers and list indentation inside multi-line paragraphs are not prose
  for (const b of model.blocks) {
    if (!b.containers.includes('blockquote')) continue;
    let i = b.start;
    while (i < b.end) {
      const nl = text.indexOf('\n', i);
      const lineEnd = nl < 0 || nl > b.end ? b.end : nl;
      if (i !== b.start) {
        let j = i;
        while (j < lineEnd && (text[j] === ' ' || text[j] === '\t' || text[j] === '>')) {
          buf[j] = ' ';
          j++;
        }
      }
      i = lineEnd + 1;
    }
  }
  maskUrls(buf, text);
  model.prose = buf.join('');
  return model;
}

/** The whole document through one parser run, without chunking (the reference the chunked parse must equal). */
export function buildTextModelWhole(text: string): TextModel {
  if (pathologicalMarkup(text)) return buildTextModel(text, 'markdown');
  return parseMarkdownModel(text);
}

/** 0-based line of the first YAML error in a Markdown file's front matter (the line of the opening --- when unknown) */
export function frontMatterErrorLine(text: string): number {
  const m = /^---[ \t]*\r?\n/.exec(text);
  if (!m) return 0;
  const close = /^(?:---|\.\.\.)[ \t]*$/m;
  close.lastIndex = 0;
  const rest = text.slice(m[0].length);
  const c = close.exec(rest);
  const yaml = c ? rest.slice(0, c.index) : rest;
  try {
    parseYaml(yaml);
  } catch (e) {
    const lp = (e as { linePos?: { line: number }[] }).linePos;
    if (lp?.[0]) return lp[0].line; // 1-based line in the YAML = 0-based line in the file, after the opening ---
  }
  return 0;
}
