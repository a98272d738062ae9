/**
 * A transcript's answer is its label's words to the end of the paragraph:
 *
 *     ADEYEMI: A lot. He played at a time when it was much harder for African players in Europe.
 *
 * The label rule reads one sentence, so the answer's later sentences were nobody's. A claim whose label opens its
 * paragraph runs on over the sentences after it, up to the next claim of that paragraph (words reported inside the
 * answer keep their own speaker) or the paragraph's end.
 */
import type { RawClaim } from './attribution';
import type { Block } from './textmodel';
import type { Span } from './types';
import { lastAtOrBefore } from './text';

/** extend each labelled claim that opens its paragraph over the paragraph's sentences with no claim of their own */
export function runLabelledAnswers(
  raw: RawClaim[],
  blocks: readonly Block[],
  sentences: readonly Span[],
  prose: string,
) {
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i];
    const b = blocks[r.block];
    if (r.cue !== ':' || !r.np || !b || !/^[\s"“'‘]*$/.test(prose.slice(b.start, r.np.start))) continue;
    const next = raw.slice(i + 1).find((x) => x.block === r.block && x.start >= r.end);
    const limit = next ? next.start : b.end;
    // the last sentence of the paragraph that ends by the limit
    const s = lastAtOrBefore(sentences as Span[], limit);
    const end = s >= 0 ? (sentences[s].end <= limit ? sentences[s].end : (sentences[s - 1]?.end ?? r.end)) : r.end;
    if (end <= r.end || end > b.end) continue;
    r.end = end;
    r.content = { start: r.content.start, end };
  }
}
