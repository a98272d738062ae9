/** A direct quote with no speaker, cue, citation or link. */
import { attributionFixes } from '../fixes';
import { finding, type DocumentRule } from './types';

const OPENING_MARK = /["“«„]/;

export const rule: DocumentRule = {
  id: 'unattributed-quote',
  severity: 'warning',
  summary: 'A quote has no speaker.',
  help: 'A direct quote with no speaker, cue, citation or link (quoted titles and one- or two-word scare quotes are not quotes). Add "Name said" (or "according to Name") next to it; when a source passage matches the quote, the quick fix proposes its speaker.',
  phase: 'document',
  fixes: attributionFixes,
  check({ text, claims }) {
    const out = [];
    for (const c of claims) {
      if (c.kind !== 'unattributed' || c.speaker || c.sources.length) continue;
      if (!OPENING_MARK.test(text.slice(c.start, c.start + 1))) continue;
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
