/** In-document suppressions: onrecord-disable-next-line, onrecord-disable … onrecord-enable, and `onrecord: false` in front matter. */
import type { Finding } from './types';
import type { TextModel } from './textmodel';
import { LineIndex } from './text';

/** The comment that silences `code` on the line below it (what the "Disable … for the next line" fix inserts). */
export function disableNextLineComment(code: string): string {
  return `<!-- onrecord-disable-next-line ${code} -->`;
}

const DIRECTIVE_RE = /<!--\s*onrecord-(disable-next-line|disable|enable)\b([^>]*?)-->/;

export function applySuppressions(model: TextModel, findings: Finding[]): Finding[] {
  if (model.frontMatter && model.frontMatter.onrecord === false) return [];
  if (!model.comments.length) return findings;
  const text = model.text;
  const index = new LineIndex(text);
  const lineOf = (off: number) => index.positionAt(off).line;
  const nextLine: { line: number; codes: string[] | null }[] = [];
  const regions: { start: number; end: number; codes: string[] | null }[] = [];
  let open: { start: number; codes: string[] | null } | null = null;
  for (const c of model.comments) {
    const m = DIRECTIVE_RE.exec(c.text);
    if (!m) continue;
    const codes = m[2].trim()
      ? m[2]
          .trim()
          .split(/[\s,]+/)
          .filter(Boolean)
      : null;
    if (m[1] === 'disable-next-line') nextLine.push({ line: lineOf(c.end) + 1, codes });
    else if (m[1] === 'disable') open = { start: c.end, codes };
    else if (open) {
      regions.push({ start: open.start, end: c.start, codes: open.codes });
      open = null;
    }
  }
  if (open) regions.push({ start: open.start, end: text.length, codes: open.codes });
  const hits = (codes: string[] | null, code: string) => !codes || codes.includes(code);
  return findings.filter((f) => {
    if (regions.some((r) => f.start >= r.start && f.start < r.end && hits(r.codes, f.code))) return false;
    if (nextLine.length) {
      const l = lineOf(f.start);
      if (nextLine.some((n) => n.line === l && hits(n.codes, f.code))) return false;
    }
    return true;
  });
}
