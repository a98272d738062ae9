/** A long attributed quote that no source contains. */
import type { Finding } from '../types';
import { wordsOf } from '../normalize';
import { quotedPartsOf } from '../verify';
import { finding, type SourcesRule } from './types';

/** shorter quotes are too common to look for */
const MIN_WORDS = 6;
/** a passage this close is the quote's source, even if it differs (quote-mismatch says how) */
const FOUND_SCORE = 0.5;

export const rule: SourcesRule = {
  id: 'quote-not-found',
  severity: 'warning',
  summary: 'No source passage contains the quote.',
  help: 'An attributed quote of six words or more (a whole quote, one of a run, or words quoted inside reported speech) that no source contains, from a speaker whose words the sources hold (a transcript of theirs, or their name beside a quote or a "said" in a release, report or minutes; a list of those present is not enough); the message lists the sources searched. Check the quote against what they said there, or add the notes it comes from to sources/. Quotes from people the sources never mention are not reported: there is nothing to check them against.',
  phase: 'sources',
  check({ text, analysis, index, links }) {
    const out: Finding[] = [];
    if (!index || !index.passages.length) return out;
    let searched: string[] | null = null;
    // every quote of a named speaker: a quote's own claim, the quotes of its run, and one woven into reported speech
    const byStart = new Map([...links.quotes].map(([q, m]) => [q.content.start, m]));
    const quotes = analysis.claims.filter((c) => c.speaker && (c.kind === 'direct' || c.kind === 'mixed'));
    for (const c of quotes.flatMap((x) => quotedPartsOf(text, x))) {
      if (!c.speaker || wordsOf(text.slice(c.content.start, c.content.end)).length < MIN_WORDS) continue;
      const m = byStart.get(c.content.start);
      if (m && m.score >= FOUND_SCORE) continue;
      if (!index.hasOnRecord(c.speaker.name)) continue;
      searched ??= [...new Set(index.passages.map((p) => p.file))];
      const list = `${searched.slice(0, 4).join(', ')}${searched.length > 4 ? ', …' : ''}`;
      out.push(
        finding(
          rule,
          c.content,
          `No source contains these words (searched ${searched.length} source${searched.length === 1 ? '' : 's'}: ${list}).`,
          {
            searched,
            // the closest passage, for the writer to judge (it shares too few words to count as the source)
            ...(m
              ? {
                  related: [
                    {
                      uri: m.passage.uri,
                      range: m.passage.range,
                      message: `Closest passage searched (${m.passage.meta.title ?? m.passage.file})`,
                    },
                  ],
                }
              : {}),
          },
        ),
      );
    }
    return out;
  },
};
