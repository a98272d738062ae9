/** A quote close to a source passage, but not the same words. */
import type { Finding } from '../types';
import { misquotes } from '../verify';

import { finding, type SourcesRule } from './types';

export const rule: SourcesRule = {
  id: 'quote-mismatch',
  severity: 'error',
  summary: 'A quote differs from its source passage.',
  help: 'A quote close to a source passage but not the same; the message shows the words that differ. Curly and straight marks, apostrophes, a capital at the start, final punctuation, a dropped comma, an ellipsis and a bracketed alteration do not count. Correct the quote from the source, or paraphrase without quote marks.',
  phase: 'sources',
  fixAllSafe: true,
  fixes(f) {
    const c = f.data?.corrected as { start: number; end: number; text: string } | undefined;
    if (!c) return [];
    const shown = c.text.length > 60 ? c.text.slice(0, 59) + '…' : c.text;
    return [
      {
        title: `Correct the quote from its source: “${shown}”`,
        code: f.code,
        edits: [{ start: c.start, end: c.end, newText: c.text }],
        preferred: true,
      },
    ];
  },
  check({ links }) {
    const out: Finding[] = [];
    for (const [c, m] of links.quotes) {
      if (!misquotes(m)) continue;
      const p = m.passage;
      out.push(
        finding(
          rule,
          c.content,
          `The quote differs from ${p.meta.title ?? p.file}${p.speaker ? ' (' + p.speaker + ')' : ''}: ${m.diff}.`,
          {
            uri: p.uri,
            corrected: m.corrected,
            diff: m.diff,
            sourceRange: p.range,
            related: [
              { uri: p.uri, range: p.range, message: `The source passage${p.speaker ? ' (' + p.speaker + ')' : ''}` },
            ],
          },
        ),
      );
    }
    return out;
  },
};
