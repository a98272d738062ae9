/** The sources give the quoted words to someone else. */
import type { Finding } from '../types';
import { QUOTE_LINK_SCORE } from '../verify';
import { finding, type SourcesRule } from './types';

/** titles and function words that say nothing about who the speaker is */
const TITLE_WORDS = new Set([
  'mayor',
  'president',
  'minister',
  'governor',
  'senator',
  'mr',
  'mrs',
  'ms',
  'dr',
  'chief',
  'director',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'the',
  'of',
  'and',
  'prime',
  'secretary',
  'general',
  'sheriff',
  'judge',
  'commissioner',
]);

/** true when the source's speaker label names the draft's speaker (or names nobody in particular) */
export function sameSpeaker(label: string, name: string, written: string): boolean {
  const words = label
    .toLowerCase()
    .replace(/[’']/g, "'")
    .split(/[\s.,-]+/)
    .filter((w) => w.length > 2 && !TITLE_WORDS.has(w));
  if (!words.length || /^(?:reporter|q|a|unknown|speaker)$/i.test(label)) return true;
  const hay = (name + ' ' + written).toLowerCase().replace(/[’']/g, "'");
  return words.some((w) => hay.includes(w));
}

export const rule: SourcesRule = {
  id: 'speaker-mismatch',
  severity: 'warning',
  summary: 'The quote is attributed to someone other than the speaker in the source.',
  help: 'The sources give the quoted words to another speaker. Check who said them and correct the attribution.',
  phase: 'sources',
  check({ links }) {
    const out: Finding[] = [];
    for (const [c, m] of links.quotes) {
      const p = m.passage;
      if (!(m.exact || m.score >= QUOTE_LINK_SCORE) || !p.speaker || !c.speaker) continue;
      if (sameSpeaker(p.speaker, c.speaker.name, c.speaker.text)) continue;
      out.push(
        finding(
          rule,
          c.speaker,
          `${p.meta.title ?? p.file} gives these words to ${p.speaker}, not to ${c.speaker.name}.`,
          {
            uri: p.uri,
            speaker: p.speaker,
            sourceRange: p.range,
          },
        ),
      );
    }
    return out;
  },
};
