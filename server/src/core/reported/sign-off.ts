/**
 * A quote signed with its speaker's name after a dash, as collected reader or voter comments run:
 * `"He never answers a question." ― Karen Bobadilla` and `"…" — Dana Ortiz, a nurse in Toledo`.
 */
import type { QuoteAttribution } from './sentence';

const DASHES = '—―–';
/** at most this many words in the signed name, and characters in the name with its appositive */
const MAX_NAME_WORDS = 5;
const MAX_SIGNATURE = 120;

/** the signature in prose[start, end): a dash, then a capitalised name (and its appositive) that ends the sentence */
export function signOff(prose: string, start: number, end: number): QuoteAttribution | null {
  let i = start;
  while (i < end && /\s/.test(prose[i])) i++;
  if (i >= end || !DASHES.includes(prose[i])) return null;
  const dash = i++;
  while (i < end && /\s/.test(prose[i])) i++;
  let stop = end;
  while (stop > i && /[\s.]/.test(prose[stop - 1])) stop--;
  const text = prose.slice(i, stop);
  if (!text || text.length > MAX_SIGNATURE || /["“”:;!?]/.test(text)) return null;
  const name = text.split(',')[0].trim().split(/\s+/);
  if (name.length > MAX_NAME_WORDS || !name.every((w) => /^\p{Lu}/u.test(w))) return null;
  return { speaker: { start: i, end: stop, text }, cue: prose[dash], cueSpan: { start: dash, end: dash + 1 } };
}
