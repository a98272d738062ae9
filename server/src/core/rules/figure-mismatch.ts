/** A figure that differs from the source figure stated around the same words. */
import { replaceFinding } from '../fixes';
import { splitSentences } from '../sentences';
import { misquotes, type SourceLinks } from '../verify';
import { finding, type SourcesRule } from './types';

export const rule: SourcesRule = {
  id: 'figure-mismatch',
  severity: 'error',
  summary: 'A figure differs from its source.',
  help: 'The figure differs from the source passage that states it (inside a quote that differs from its source, quote-mismatch reports it with the other words). Equivalent forms stay silent: number words and digits, % and "percent", "$61.0 million" and "$61 million", "forty-five miles an hour" and "45 mph", a hedge that holds ("nearly 3,000" against 2,950). Correct the figure from the source, or cite the source that supports it.',
  phase: 'sources',
  fixAllSafe: true,
  fixes(f) {
    const rep = f.data?.replacement as string | undefined;
    return rep ? [replaceFinding(f, `Correct the figure from its source: ${rep}`, rep)] : [];
  },
  check({ text, analysis, links }) {
    const misquoted = misquotedRanges(links);
    const matched = matchedElsewhere(text, analysis.figures, links);
    return links.figures
      .filter((l) => !l.agrees && !matched(l))
      .filter(
        (l) =>
          !misquoted.some(
            (q) => q.start <= analysis.figures[l.figure].start && analysis.figures[l.figure].end <= q.end,
          ),
      )
      .map(({ figure, passage: p, sourceFigure }) => {
        const f = analysis.figures[figure];
        const said = sentenceAround(p.text, sourceFigure.start - p.start);
        return finding(
          rule,
          f,
          `"${f.text}" differs from ${p.meta.title ?? p.file}, which says "${sourceFigure.text}": “${said}”`,
          {
            uri: p.uri,
            replacement: sourceFigure.text,
            sourceRange: p.range,
            related: [{ uri: p.uri, range: p.range, message: `The source says “${sourceFigure.text}”: “${said}”` }],
          },
        );
      });
  },
};

/**
 * "Revenue rose 4 percent to $1.92 billion, the company said, short of the $2.05 billion analysts had expected": the
 * source's $1.92 billion already has its figure in the sentence, so the sentence's other amount is another quantity
 * (the analysts' estimate), not a wrong copy of it
 */
function matchedElsewhere(
  text: string,
  figures: { start: number; end: number }[],
  links: SourceLinks,
): (l: SourceLinks['figures'][number]) => boolean {
  const agreeing = links.figures.filter((l) => l.agrees);
  return (l) =>
    agreeing.some((a) => {
      if (a.figure === l.figure || a.passage.uri !== l.passage.uri || a.sourceFigure.start !== l.sourceFigure.start)
        return false;
      const [x, y] = [figures[a.figure], figures[l.figure]].sort((p, q) => p.start - q.start);
      return !/[.!?]\s/.test(text.slice(x.end, y.start));
    });
}

/** the quotes that differ from their source: a figure inside one is a word of that quote-mismatch, not a second finding */
function misquotedRanges(links: SourceLinks): { start: number; end: number }[] {
  return [...links.quotes].filter(([, m]) => misquotes(m)).map(([c]) => c.content);
}

/** the sentence of a passage around an offset (split like the draft's: "$1.29" and "Dr." end nothing), about 200 characters at most */
function sentenceAround(text: string, at: number): string {
  const sentence = splitSentences(text, 0, text.length).find((x) => x.start <= at && at < x.end) ?? {
    start: Math.max(0, at - 100),
    end: Math.min(text.length, at + 100),
  };
  const out = text.slice(sentence.start, sentence.end).replace(/\s+/g, ' ').trim();
  return out.length > 200 ? out.slice(0, 199) + '…' : out;
}
