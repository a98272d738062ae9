/** The fact-check sheet: one row per claim. Written by `onrecord sheet` and by the VS Code export command. */
import { stringify } from 'csv-stringify/sync';
import type { JsonDocument } from './report';

export const SHEET_COLUMNS = [
  'document',
  'line',
  'kind',
  'claim text',
  'speaker',
  'cue',
  'figures',
  'source',
  'status',
  'note',
];

export function sheetRows(docs: JsonDocument[]): string[][] {
  const rows: string[][] = [];
  for (const d of docs)
    for (const c of d.claims) {
      const notes = d.diagnostics
        .filter((x) => x.range.start.line >= c.range.start.line && x.range.end.line <= c.range.end.line)
        .map((x) => x.message);
      rows.push([
        d.path,
        String(c.range.start.line + 1),
        c.kind,
        c.text.replace(/\s+/g, ' ').trim(),
        c.speaker?.name ?? '',
        c.cue ?? '',
        c.figures
          .map((i) => d.figures[i]?.text ?? '')
          .filter(Boolean)
          .join('; '),
        c.sources
          .filter((s) => s.kind !== 'attribution')
          .map((s) => s.title ?? s.label)
          .join('; '),
        c.status,
        notes.join(' '),
      ]);
    }
  return rows;
}

function mdCell(s: string) {
  return s.replace(/\|/g, '\\|').replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'));
}

export function toSheet(docs: JsonDocument[], format: 'csv' | 'md' | 'json'): string {
  const rows = sheetRows(docs);
  if (format === 'csv') return stringify([SHEET_COLUMNS, ...rows]);
  if (format === 'json')
    return (
      JSON.stringify(
        rows.map((r) => Object.fromEntries(SHEET_COLUMNS.map((c, i) => [c, r[i]]))),
        null,
        2,
      ) + '\n'
    );
  // front matter that keeps OnRecord from checking the sheet itself as a draft
  const lines = [
    '---',
    'onrecord: false',
    '---',
    '',
    '# Fact-check sheet',
    '',
    `| ${SHEET_COLUMNS.join(' | ')} |`,
    `|${SHEET_COLUMNS.map(() => '---').join('|')}|`,
  ];
  for (const r of rows) lines.push(`| ${r.map(mdCell).join(' | ')} |`);
  return lines.join('\n') + '\n';
}
