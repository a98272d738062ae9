/** Readers for each source format, each through a maintained parser. */
import * as path from 'path';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Parser as HtmlParser } from 'htmlparser2';
import { buildTextModel, frontMatterErrorLine, type TableSpans, type TextModel } from '../core/textmodel';
import { tableRowsOf, type TableRow } from '../core/tables';
import { LineIndex } from '../core/text';
import type { SourceMeta } from '../core/passages';
import type { BibEntry } from '../core/verify';
import {
  isBenchLabel,
  minutesLabelsWithin,
  presidingJudge,
  speakerLabelAt,
  usesOrdinaryCaseLabels,
} from './transcript-labels';
import { isCaptionFile, readCaptions } from './captions';

export interface SourceDoc {
  text: string;
  passages: { start: number; end: number; speaker?: string | null; table?: TableRow }[];
  meta: SourceMeta;
  /** the YAML parser's message when the front matter is malformed */ frontMatterError?: string;
  /** what went wrong reading the file, when it was read another way (a caption file the parser rejects) */
  readWarning?: string;
}

export { frontMatterErrorLine };

/** 0-based line of a parser error: from "line N" (1-based) or "position N" in its message, else 0. */
export function errorLine(text: string, e: Error): number {
  const msg = String(e?.message ?? '');
  const ln = /\bline (\d{1,9})/.exec(msg);
  if (ln) return Math.max(0, Number(ln[1]) - 1);
  const pos = /\bposition (\d{1,12})/.exec(msg);
  if (pos) return lineOf(text, Number(pos[1]));
  return 0;
}
function lineOf(text: string, offset: number): number {
  return new LineIndex(text).positionAt(offset).line;
}

export function isBibliography(file: string) {
  return /\.(bib|bibtex)$/i.test(file) || /\.(json|csl\.json)$/i.test(file);
}

export function readSourceFile(file: string, text: string): SourceDoc | null {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.md' || ext === '.markdown') {
    const model = buildTextModel(text, 'markdown');
    const ordinaryCase = usesOrdinaryCaseLabels(text);
    const fm = (model.frontMatter ?? {}) as Record<string, unknown>;
    const meta: SourceMeta = {
      title: str(fm.title),
      date: str(fm.date),
      url: str(fm.url),
      author: str(fm.author),
      source: str(fm.source),
    };
    return {
      text,
      passages: markdownPassages(text, model, ordinaryCase),
      meta,
      ...(model.frontMatterError ? { frontMatterError: model.frontMatterError } : {}),
    };
  }
  if (ext === '.txt' || ext === '') {
    return { text, passages: splitAtMinutesLabels(text, transcriptTurns(text)), meta: { title: path.basename(file) } };
  }
  if (ext === '.html' || ext === '.htm') return readHtml(file, text);
  if (isCaptionFile(ext)) return readCaptionFile(file, text);
  return null;
}

/** a caption file's turns; when its timings cannot be parsed, its lines as plain text, with a warning on the file */
function readCaptionFile(file: string, text: string): SourceDoc {
  const meta = { title: path.basename(file) };
  try {
    return { ...readCaptions(text), meta };
  } catch (e) {
    const why = String((e as Error)?.message ?? e).slice(0, 200);
    return {
      text,
      passages: transcriptTurns(text),
      meta,
      readWarning: `the captions could not be parsed (${why}); the file is read as plain text, timings included`,
    };
  }
}

/**
 * A plain-text source's passages: one per speaker turn, a line or a paragraph each. Words after a turn, up to the next
 * label, are that speaker's: turns run over several paragraphs, and services put the label on a line of its own.
 */
function transcriptTurns(text: string): SourceDoc['passages'] {
  const ordinaryCase = usesOrdinaryCaseLabels(text);
  const judge = presidingJudge(text);
  const passages: SourceDoc['passages'] = [];
  let lastSpeaker: string | null = null;
  // "A:" answers for the last person named in a label, not for the reporter who asked
  let lastNamed: string | null = null;
  for (const b of buildTextModel(text, 'plaintext').blocks) {
    let s = b.start;
    let cur: { start: number; end: number; speaker: string | null } | null = null;
    for (const line of text.slice(b.start, b.end).split(/\n/)) {
      const label = speakerLabelAt(line, ordinaryCase);
      if (label && judge && isBenchLabel(label.name)) label.name = judge;
      if (label) {
        if (cur && cur.end > cur.start) passages.push(cur);
        if (label.name !== 'Q' && label.name !== 'A') lastNamed = label.name;
        lastSpeaker = label.name === 'Q' ? 'Reporter' : label.name === 'A' ? lastNamed : label.name;
        cur = { start: s + label.length, end: s + line.length, speaker: lastSpeaker };
      } else if (cur && cur.end > cur.start) cur.end = s + line.length;
      else cur = { start: s, end: s + line.length, speaker: lastSpeaker };
      s += line.length + 1;
    }
    if (cur && cur.end > cur.start) passages.push(cur);
  }
  return passages;
}

/**
 * A Markdown source's passages in document order: a block's (its speaker turns), and a table's body rows, one passage
 * each, read with their labels, column headers and caption in place of the table's cells.
 */
function markdownPassages(text: string, model: TextModel, ordinaryCase: boolean): SourceDoc['passages'] {
  const out: SourceDoc['passages'] = [];
  const tables = model.tables;
  const judge = presidingJudge(text);
  let t = 0;
  const tableUpTo = (at: number) => {
    for (; t < tables.length && tables[t].start <= at; t++) out.push(...tablePassages(text, model, tables[t]));
  };
  for (const b of model.blocks) {
    tableUpTo(b.start);
    if (b.kind !== 'tableCell') out.push(...splitAtMinutesLabels(text, labelledTurns(text, b, ordinaryCase, judge)));
  }
  tableUpTo(text.length);
  return out;
}

/** a table's body rows, one passage each; a table of a header alone is one plain passage */
function tablePassages(text: string, model: TextModel, table: TableSpans): SourceDoc['passages'] {
  const rows = tableRowsOf(text, model, table);
  if (!rows.length) return [{ start: table.start, end: table.end, speaker: null }];
  return rows.map((r) => ({ start: r.start, end: r.end, speaker: null, table: r }));
}

/**
 * A Markdown block's passages: the block, or one per speaker label when a line within it opens with one, as minutes
 * set a remark and then 'Member Garrity stated: "…"' on the next line of one paragraph.
 */
function labelledTurns(
  text: string,
  b: { start: number; end: number },
  ordinaryCase: boolean,
  judge: string | null,
): SourceDoc['passages'] {
  const turns: SourceDoc['passages'] = [];
  let at = b.start;
  for (const line of text.slice(b.start, b.end).split('\n')) {
    const label = speakerLabelAt(line, ordinaryCase);
    if (label && judge && isBenchLabel(label.name)) label.name = judge;
    const last = turns[turns.length - 1];
    if (!last || label) turns.push({ start: at, end: at + line.length, speaker: label?.name ?? null });
    else last.end = at + line.length;
    at += line.length + 1;
  }
  return turns;
}

/**
 * Each passage split where minutes name the next speaker inside it: 'Trustee Whitcombe said he would vote for the
 * budget with regret. Trustee Whitcombe stated: "We can close two…"' is a turn of Whitcombe's from the label on, and the
 * words before it keep the passage's speaker (none, in minutes' narration).
 */
function splitAtMinutesLabels(text: string, passages: SourceDoc['passages']): SourceDoc['passages'] {
  return passages.flatMap((p) => {
    if (p.table) return [p];
    const out = [p];
    for (const label of minutesLabelsWithin(text.slice(p.start, p.end))) {
      const at = p.start + label.at;
      const cur = out[out.length - 1];
      const before = text.slice(cur.start, at).trimEnd();
      if (!before) cur.speaker = label.name;
      else
        out.splice(
          out.length - 1,
          1,
          { ...cur, end: cur.start + before.length },
          { ...cur, start: at, speaker: label.name },
        );
    }
    return out;
  });
}

function str(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}

/** HTML: text of block elements; scripts and styles dropped. Offsets are into the extracted text. */
function readHtml(file: string, html: string): SourceDoc {
  let out = '';
  const passages: SourceDoc['passages'] = [];
  let skip = 0,
    title = '',
    inTitle = false,
    blockStart = -1;
  const BLOCK = new Set(['p', 'li', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'td', 'div', 'article', 'section']);
  const meta: SourceMeta = { title: path.basename(file) };
  const p = new HtmlParser(
    {
      onopentag(name, attrs) {
        if (name === 'script' || name === 'style' || name === 'noscript') skip++;
        if (name === 'title') inTitle = true;
        if (name === 'meta' && attrs.property === 'article:published_time') meta.date = attrs.content;
        if (name === 'link' && attrs.rel === 'canonical' && /^https?:/.test(attrs.href ?? '')) meta.url = attrs.href;
        if (BLOCK.has(name)) {
          if (blockStart >= 0 && out.length > blockStart) passages.push({ start: blockStart, end: out.length });
          out += '\n\n';
          blockStart = out.length;
        }
      },
      ontext(t) {
        if (skip) return;
        if (inTitle) {
          title += t;
          return;
        }
        out += t.replace(/\s+/g, ' ');
      },
      onclosetag(name) {
        if (name === 'script' || name === 'style' || name === 'noscript') skip = Math.max(0, skip - 1);
        if (name === 'title') inTitle = false;
        if (BLOCK.has(name)) {
          if (blockStart >= 0 && out.trim().length && out.length > blockStart)
            passages.push({ start: blockStart, end: out.length });
          out += '\n\n';
          blockStart = out.length;
        }
      },
    },
    { decodeEntities: true },
  );
  p.write(html);
  p.end();
  if (title.trim()) meta.title = title.trim();
  const clean = passages.filter((x) => out.slice(x.start, x.end).trim().length > 0);
  return { text: out, passages: clean, meta };
}

/**
 * CSL-JSON or BibTeX entries. Throws on JSON that does not parse or is not CSL-JSON (the message names the
 * position); BibTeX errors the parser recovers from are passed to `problem` with their line, and the good
 * entries are kept.
 */
export function readBibliography(
  file: string,
  text: string,
  uri: string,
  problem: (line: number, message: string) => void = () => {},
): BibEntry[] {
  if (/\.json$/i.test(file)) {
    const data = JSON.parse(text);
    const items = Array.isArray(data) ? data : Array.isArray(data?.items) ? data.items : null;
    if (!items) throw new Error('not a CSL-JSON array');
    return items
      .filter((x: unknown) => x && typeof x === 'object' && typeof (x as { id?: unknown }).id !== 'undefined')
      .map((x: Record<string, unknown>) => ({
        key: String(x.id),
        title: str(x.title),
        url: str(x.URL),
        uri,
        date: cslDate(x.issued),
        author: Array.isArray(x.author)
          ? (x.author as { family?: string; given?: string; literal?: string }[])
              .map((a) => a.literal ?? [a.given, a.family].filter(Boolean).join(' '))
              .join(', ')
          : undefined,
      }));
  }
  const r = parseBibtex(text);
  for (const err of (r.errors ?? []).slice(0, 20)) {
    const msg = String((err as { error?: string }).error ?? err);
    const input = String((err as { input?: string }).input ?? '');
    const at = input ? text.indexOf(input) : -1;
    const line = /\bline \d/.test(msg) ? errorLine(text, new Error(msg)) : at >= 0 ? lineOf(text, at) : 0;
    problem(line, `BibTeX: ${msg}`);
  }
  return r.entries
    .filter((e) => e.key)
    .map((e) => {
      const f = e.fields as Record<string, unknown>;
      const authors = Array.isArray(f.author)
        ? (f.author as { firstName?: string; lastName?: string; name?: string }[])
            .map((a) => a.name ?? [a.firstName, a.lastName].filter(Boolean).join(' '))
            .join(', ')
        : undefined;
      return { key: e.key, title: str(f.title), url: str(f.url), date: str(f.date ?? f.year), author: authors, uri };
    });
}

function cslDate(v: unknown): string | undefined {
  const d = v as { 'date-parts'?: number[][]; raw?: string } | undefined;
  if (!d) return undefined;
  if (d['date-parts']?.[0])
    return d['date-parts'][0].map((n, i) => (i ? String(n).padStart(2, '0') : String(n))).join('-');
  return d.raw;
}
