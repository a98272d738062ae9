/** A direct quote with no speaker, cue, citation or link. */
import { attributionFixes } from '../fixes';
import { finding, type DocumentRule } from './types';
import { quoteInScope } from '../scope';

const OPENING_MARK = /["“«„]/;

export const rule: DocumentRule = {
  id: 'unattributed-quote',
  severity: 'warning',
  summary: 'A quote has no speaker.',
  help: 'A direct quote with no speaker, cue, citation or link (quoted titles and one- or two-word scare quotes are not quotes). A cue before or after it in its sentence, an earlier attributed quote or an attributed sentence right before it in its paragraph, a lead-in ending with a colon (also over a quote that runs on across paragraphs) or a heading that names a source attribute it. Add "Name said" (or "according to Name") next to it; when a source passage matches the quote, the quick fix proposes its speaker.',
  phase: 'document',
  fixes: attributionFixes,
  check(ctx) {
    const { text, claims } = ctx;
    const out = [];
    for (const c of claims) {
      if (c.kind !== 'unattributed' || c.speaker || c.sources.length) continue;
      if (!OPENING_MARK.test(text.slice(c.start, c.start + 1))) continue;
      // a cue after the quote, a lead-in, a quote run or a heading attributes it
      if (quoteInScope(c, ctx)) continue;
      out.push(
        finding(
          rule,
          { start: c.start, end: Math.min(c.end, c.content.end + 1) },
          'This quote has no speaker: say who said it.',
          { claimStart: c.start },
        ),
      );
    }
    return out;
  },
};
