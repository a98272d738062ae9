/**
 * Tables: a pipe table's rows, each read with what its cells mean. A report's row "Average daily traffic (2025 count) |
 * 4,800 vehicles" counts the thing its label names, over the period its label or column header gives, under the heading
 * and lead-in above the table; the row's own words say little of it. The GFM parser (see textmodel) finds the tables and
 * their cells; this reads them. Pure.
 */
import type { Figure, Span } from './types';
import type { TableSpans, TextModel } from './textmodel';
import { contextWordsOf, DATED_WITHIN, extractFigures } from './figures';
import { leadInSentence } from './lead-ins';
import WORDS from './data/figure-words.json';

/** "daily traffic" → "a day": a period word of a row label or header, as a rate's tail */
const PERIODS: Record<string, string> = WORDS.tablePeriods;

/** the other rows' label words a cell's context keeps at most (a long table's labels say little of one cell) */
const OTHER_LABEL_WORDS = 24;

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

/**
 * A table's body rows, with their labels and column headers. The caption is the headings above the table, outermost
 * first, and the lead-in sentence just before it when one ends in a colon ("The proposal:"), which say what it gives.
 * A row of one cell (a line the parser runs on into the table) labels nothing and is left out.
 */
export function tableRowsOf(text: string, model: TextModel, table: TableSpans): TableRow[] {
  const [header, ...body] = table.rows;
  const rows = body.filter((r) => r.cells.length >= 2);
  if (!header || !rows.length) return [];
  const caption = captionOf(text, model, table);
  const headers = header.cells.map((c) => text.slice(c.start, c.end));
  // the label column's header qualifies every row: "Rate (annual, full-time)", "Crop"
  const labelHeader = headers[0] ?? '';
  const labels = rows.map((r) => text.slice(r.cells[0].start, r.cells[0].end));
  return rows.map((r, i) => ({
    start: r.start,
    end: r.end,
    label: r.cells[0],
    cells: r.cells.slice(1).map((c, k) => ({ ...c, header: headers[k + 1] ?? '' })),
    caption: labelHeader + '. ' + caption,
    others: labels.filter((_, k) => k !== i).join('. '),
  }));
}

/** the headings above the table, outermost first, and the lead-in sentence of the paragraph right before it */
function captionOf(text: string, model: TextModel, table: Span): string {
  const chain: TextModel['headings'] = [];
  for (const h of model.headings) {
    if (h.start > table.start) break;
    while (chain.length && chain[chain.length - 1].depth >= h.depth) chain.pop();
    chain.push(h);
  }
  let before: TextModel['blocks'][number] | undefined;
  for (const b of model.blocks) {
    if (b.end > table.start) break;
    before = b;
  }
  const underHeading = before && (!chain.length || before.start > chain[chain.length - 1].start);
  const leadIn =
    underHeading && before!.kind === 'paragraph' ? (leadInSentence(text.slice(before!.start, before!.end)) ?? '') : '';
  return [...chain.map((h) => h.text), leadIn].filter(Boolean).join('. ');
}

/**
 * The figures of a table row. A cell's bare number takes its unit from the column header ("Acres" → "11,000 acres");
 * a count over a period its label or header names is a rate ("Average daily traffic | 4,800 vehicles" → 4,800 vehicles
 * a day). Each figure's context is the row label, then the header, then the caption, and it keeps the row label's
 * words and dates (`row`), which say what and when the cell counts.
 */
export function tableRowFigures(text: string, row: TableRow): Figure[] {
  const out: Figure[] = extractFigures(text, [row.label]);
  for (const cell of row.cells) for (const f of extractFigures(text, [cell])) out.push(readInRow(text, row, cell, f));
  return out;
}

/** a figure of one of the row's cells, read with the row's label, the cell's column header and the caption */
export function readInRow(text: string, row: TableRow, cell: TableRow['cells'][number], f: Figure): Figure {
  const labelText = text.slice(row.label.start, row.label.end);
  const headerDates = extractFigures(cell.header, [{ start: 0, end: cell.header.length }]);
  // and the date right after it in its cell, which says when it holds as a label's would ("Population 531 on Aug. 17")
  const ownDate = extractFigures(text, [cell]).filter((g) => g.start >= f.end && g.start - f.end <= DATED_WITHIN);
  const dates = [...extractFigures(text, [row.label]), ...headerDates, ...ownDate.slice(0, 1)]
    .filter((g) => (g.kind === 'date' || g.kind === 'year') && g.value !== null)
    .map((g) => g.value!);
  const context = [
    ...contextWordsOf(labelText),
    ...contextWordsOf(cell.header),
    ...contextWordsOf(row.caption),
    ...contextWordsOf(row.others).slice(0, OTHER_LABEL_WORDS),
  ];
  const period = periodOf(labelText + ' ' + cell.header);
  const read = readInColumn(text.slice(f.start, f.end), cell.header, period, f);
  return {
    ...f,
    ...read,
    context: [...new Set([...context, ...f.context])],
    row: { words: contextWordsOf(labelText), header: contextWordsOf(cell.header), dates },
  };
}

/**
 * A draft's figures with its tables' cells read as a source's are ("561 held on Aug. 17" in the row "Crowding", under
 * "What inspectors found"): the row and column say what a cell counts, which its own words rarely do. Figures outside
 * a table's body cells are returned as they are; the others are copies (the block caches keep the originals).
 */
export function withTableRows(figures: Figure[], model: TextModel, text: string): Figure[] {
  if (!model.tables.length) return figures;
  const cells: { row: TableRow; cell: TableRow['cells'][number] }[] = [];
  for (const t of model.tables)
    for (const row of tableRowsOf(text, model, t)) for (const cell of row.cells) cells.push({ row, cell });
  if (!cells.length) return figures;
  return figures.map((f) => {
    const at = cells.find(({ cell }) => cell.start <= f.start && f.end <= cell.end);
    return at ? readInRow(text, at.row, at.cell, f) : f;
  });
}

/**
 * The header names the unit the figure read on into, at its start or as its last word: "Acres" (acre), "Items checked
 * out", "Public computer sessions". A noun inside a clause names something else: "What inspectors found" is no count
 * of inspectors.
 */
function namesUnit(header: string, unit: string): boolean {
  const words = header.toLowerCase().match(/\p{L}+/gu) ?? [];
  const unitWords = unit.toLowerCase().match(/\p{L}+/gu) ?? [];
  const same = (a = '', b = '') => !!a && !!b && (a.startsWith(b) || b.startsWith(a));
  return same(words[0], unitWords[0]) || same(words.at(-1), unitWords.at(-1));
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
    if (g?.unit && namesUnit(header, g.unit)) {
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
