/**
 * Tables in sources: a pipe table's rows, each read with what its cells mean. A report's row "Average daily traffic
 * (2025 count) | 4,800 vehicles" counts the thing its label names, over the period its label or column header gives,
 * under the heading and lead-in above the table; the row's own words say little of it. Pure: the reader hands in the
 * text of a block the Markdown parser delimited.
 */
import type { Figure, Span } from './types';
import { contextWordsOf, extractFigures } from './figures';
import WORDS from './data/figure-words.json';

/** "daily traffic" → "a day": a period word of a row label or header, as a rate's tail */
const PERIODS: Record<string, string> = WORDS.tablePeriods;

/** the other rows' label words a cell's context keeps at most (a long table's labels say little of one cell) */
const OTHER_LABEL_WORDS = 24;

export interface PipeRow extends Span {
  cells: Span[];
}

/** one body row of a table, with what the reader knows of the table around it */
export interface TableRow extends Span {
  /** the row's first cell, which names what the row gives ("Processing tomatoes", "January 1, 2029") */
  label: Span;
  /** the other cells, each with its column header ("Acres", "FY 2027", "Minimum hourly wage") */
  cells: (Span & { header: string })[];
  /** the table's caption: the headings above it and the lead-in sentence that introduces it ("The proposal:") */
  caption: string;
  /**
   * the other rows' labels: a draft sentence that sets two rows side by side ("She received 14,212 votes to Pell's
   * 12,831") names the other row, not its own
   */
  others: string;
}

/** a cell of the delimiter row: "---", ":--:", "--:" */
const DELIMITER_CELL = /^\s*:?-+:?\s*$/;

/** a line's cells between unescaped pipes, trimmed, as offsets (a leading and a trailing pipe open and close the row) */
function cellsOf(text: string, start: number, end: number): Span[] {
  const bounds: number[] = [];
  for (let i = start; i < end; i++) if (text[i] === '|' && text[i - 1] !== '\\') bounds.push(i);
  if (!bounds.length) return [];
  const edges = [start - 1, ...bounds, end];
  const cells: Span[] = [];
  for (let k = 0; k + 1 < edges.length; k++) {
    let s = edges[k] + 1,
      e = edges[k + 1];
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    // the empty space before a leading pipe and after a trailing one is no cell
    if (s === e && (k === 0 || k + 2 === edges.length)) continue;
    cells.push({ start: s, end: e });
  }
  return cells;
}

/** the lines of [start, end) as spans, without their line breaks */
function linesOf(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let s = start;
  while (s < end) {
    const nl = text.indexOf('\n', s);
    const e = nl < 0 || nl > end ? end : nl;
    out.push({ start: s, end: text[e - 1] === '\r' ? e - 1 : e });
    s = e + 1;
  }
  return out;
}

/**
 * A pipe table in [start, end): a header line, a delimiter line ("|---|---|") with as many cells, then body rows.
 * null when the block is not one (a paragraph with a stray pipe).
 */
export function readPipeTable(text: string, start: number, end: number): { header: PipeRow; rows: PipeRow[] } | null {
  const lines = linesOf(text, start, end);
  if (lines.length < 3) return null;
  const row = (l: Span): PipeRow => ({ ...l, cells: cellsOf(text, l.start, l.end) });
  const header = row(lines[0]),
    delimiter = row(lines[1]);
  if (header.cells.length < 2 || delimiter.cells.length !== header.cells.length) return null;
  if (!delimiter.cells.every((c) => DELIMITER_CELL.test(text.slice(c.start, c.end)))) return null;
  const rows = lines
    .slice(2)
    .map(row)
    .filter((r) => r.cells.length >= 2);
  return rows.length ? { header, rows } : null;
}

/** the table's body rows with their labels and column headers */
export function tableRows(text: string, table: { header: PipeRow; rows: PipeRow[] }, caption: string): TableRow[] {
  const headers = table.header.cells.map((c) => text.slice(c.start, c.end));
  // the label column's header qualifies every row: "Rate (annual, full-time)", "Crop"
  const labelHeader = headers[0] ?? '';
  const labels = table.rows.map((r) => text.slice(r.cells[0].start, r.cells[0].end));
  return table.rows.map((r, i) => ({
    start: r.start,
    end: r.end,
    label: r.cells[0],
    cells: r.cells.slice(1).map((c, k) => ({ ...c, header: headers[k + 1] ?? '' })),
    caption: labelHeader + '. ' + caption,
    others: labels.filter((_, k) => k !== i).join('. '),
  }));
}

/**
 * The figures of a table row. A cell's bare number takes its unit from the column header ("Acres" → "11,000 acres");
 * a count over a period its label or header names is a rate ("Average daily traffic | 4,800 vehicles" → 4,800 vehicles
 * a day). Each figure's context is the row label, then the header, then the caption, and it keeps the row label's
 * words and dates (`row`), which say what and when the cell counts.
 */
export function tableRowFigures(text: string, row: TableRow): Figure[] {
  const labelText = text.slice(row.label.start, row.label.end);
  const labelFigures = extractFigures(text, [row.label]);
  const out: Figure[] = [...labelFigures];
  for (const cell of row.cells) {
    const headerDates = extractFigures(cell.header, [{ start: 0, end: cell.header.length }]);
    const dates = [...labelFigures, ...headerDates]
      .filter((f) => (f.kind === 'date' || f.kind === 'year') && f.value !== null)
      .map((f) => f.value!);
    const context = [
      ...contextWordsOf(labelText),
      ...contextWordsOf(cell.header),
      ...contextWordsOf(row.caption),
      ...contextWordsOf(row.others).slice(0, OTHER_LABEL_WORDS),
    ];
    const period = periodOf(labelText + ' ' + cell.header);
    for (const f of extractFigures(text, [cell])) {
      const read = readInColumn(text.slice(f.start, f.end), cell.header, period, f);
      out.push({
        ...f,
        ...read,
        context: [...new Set([...context, ...f.context])],
        row: { words: contextWordsOf(labelText), header: contextWordsOf(cell.header), dates },
      });
    }
  }
  return out;
}

/** "a day" for a label or header with "daily" in it, or null */
function periodOf(words: string): string | null {
  for (const w of words.toLowerCase().match(/\p{L}+/gu) ?? []) if (PERIODS[w]) return PERIODS[w];
  return null;
}

/**
 * The cell's figure as the column says it: a bare number read with its header after it, a count or an amount read with
 * the period after it ("$13.50" under "Minimum hourly wage" is $13.50 an hour). Only what the reading adds (unit, noun,
 * measure, kind) is taken, and only when it keeps the value.
 */
function readInColumn(
  figureText: string,
  header: string,
  period: string | null,
  f: Figure,
): Partial<Pick<Figure, 'unit' | 'noun' | 'measure' | 'kind'>> {
  let got: Partial<Figure> = {};
  let reading = figureText;
  const reread = (s: string): Figure | undefined => {
    const g = extractFigures(s, [{ start: 0, end: s.length }])[0];
    return g && g.start === 0 && g.value === f.value ? g : undefined;
  };
  if (f.measure === 'count' && !f.unit && header) {
    const g = reread(figureText + ' ' + header.toLowerCase());
    if (g?.unit) {
      got = { unit: g.unit, noun: g.noun, measure: g.measure, kind: g.kind };
      reading = g.text;
    }
  }
  const measure = got.measure ?? f.measure;
  if (period && ((measure === 'count' && (got.unit ?? f.unit)) || measure === 'money')) {
    const g = reread(`${reading} ${period}`);
    if (g?.measure === 'rate') got = { unit: g.unit, noun: g.noun, measure: g.measure, kind: g.kind };
  }
  return got;
}
