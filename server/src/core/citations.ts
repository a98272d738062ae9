/** Pandoc-style citations: [@key], [@a; @b], [@a, p. 31], [see @a, pp. 14–15], and in-text @key. */
import type { Span } from './types';

export interface Citation extends Span {
  keys: { key: string; start: number; end: number; locator?: string }[];
  bracketed: boolean;
}

// Linear: a bracket, then non-bracket characters up to the first @ (the classes do not overlap), then a bracket.
const BRACKET_RE = /\[([^[\]\n@]*@[^[\]\n]*)\](?!\()/g;
const KEY_RE = /(^|[^\w.@])-?@([\p{L}\p{N}_][\p{L}\p{N}_:.#$%&+?<>~/-]*)/gu;

function cleanKey(k: string) {
  return k.replace(/[.:,;]+$/, '');
}

export function findCitations(prose: string, spans: Span[]): Citation[] {
  const out: Citation[] = [];
  for (const span of spans) {
    const seg = prose.slice(span.start, span.end);
    const taken: Span[] = [];
    BRACKET_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = BRACKET_RE.exec(seg))) {
      const inner = m[1];
      const keys: Citation['keys'] = [];
      KEY_RE.lastIndex = 0;
      let k: RegExpExecArray | null;
      const base = span.start + m.index + 1;
      while ((k = KEY_RE.exec(inner))) {
        const key = cleanKey(k[2]);
        const ks = base + k.index + k[1].length + (inner[k.index + k[1].length] === '-' ? 2 : 1);
        const rest = inner.slice(k.index + k[0].length).split(/[;]/)[0];
        const loc = /^\s*,\s*(.+)$/.exec(rest);
        keys.push({ key, start: ks, end: ks + key.length, locator: loc ? loc[1].trim() : undefined });
      }
      if (keys.length) {
        out.push({ start: span.start + m.index, end: span.start + m.index + m[0].length, keys, bracketed: true });
        taken.push({ start: m.index, end: m.index + m[0].length });
      }
    }
    // in-text @key (not an e-mail address: the @ must not follow a word character)
    KEY_RE.lastIndex = 0;
    while ((m = KEY_RE.exec(seg))) {
      const at = m.index + m[1].length + (seg[m.index + m[1].length] === '-' ? 1 : 0); // the @ of -@key
      if (taken.some((t) => at >= t.start && at < t.end)) continue;
      const key = cleanKey(m[2]);
      if (!/^[\p{L}_]/u.test(key)) continue;
      const ks = span.start + at + 1;
      out.push({
        start: ks - 1,
        end: ks + key.length,
        keys: [{ key, start: ks, end: ks + key.length }],
        bracketed: false,
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
