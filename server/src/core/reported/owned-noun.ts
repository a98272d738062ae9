/** Beliefs, decisions and claims owned by a speaker: "the mayor's decision to close the depot", "her belief that …" */
import { isPossessiveMark, phraseEndingAt } from '../phrases';
import type { Span } from '../types';
import { relativeEnd } from './relative-clause';
import { claim, type ReportedClaim, type Sentence, span, validContent } from './sentence';
import { OWNED_NOUNS, POSSESSIVE_PRONOUNS } from './words';

/** a noun owned by a speaker opens reported words in prose[s]: "the mayor's decision to …", "her belief that …" */
export function hasOwnedNoun(prose: string, s: Span): boolean {
  const ws =
    prose
      .slice(s.start, s.end)
      .toLowerCase()
      .match(/[a-z’'-]+/g) ?? [];
  for (let k = 1; k < ws.length - 1; k++) {
    if (!OWNED_NOUNS.has(ws[k]) || (ws[k + 1] !== 'to' && ws[k + 1] !== 'that')) continue;
    const owned = (w: string | undefined) => !!w && (POSSESSIVE_PRONOUNS.has(w) || /['’]s$/.test(w));
    if (owned(ws[k - 1]) || owned(ws[k - 2])) return true;
  }
  return false;
}

/**
 * A noun for what its owner decided, holds or said, with its owner before it and "to" or "that" after: "the
 * mayor's decision to close the depot", "her belief that the levy will pass". The owner is the speaker; the words
 * run to the end of the clause, before the main verb ("Ortiz's claim that the pier was safe [proved wrong]").
 */
export function ownedNoun(st: Sentence): ReportedClaim | null {
  const { toks, prose } = st;
  for (let i = 1; i < toks.length - 2; i++) {
    const opener = toks[i + 1].l;
    if (!OWNED_NOUNS.has(toks[i].l) || (opener !== 'to' && opener !== 'that')) continue;
    let k = i - 1;
    if (toks[k].pos === 'ADJ' && k > 0) k--;
    const pronoun = POSSESSIVE_PRONOUNS.has(toks[k].l);
    const owner = pronoun ? span(st, k, k) : isPossessiveMark(toks[k]) ? phraseEndingAt(toks, k - 1, prose) : null;
    if (!owner) continue;
    const c = { lemma: toks[i].l, first: i, last: i };
    const to = relativeEnd(st, i + 1, false);
    if (validContent(st, c, i + 1, to)) return claim(st, owner, c, i + 1, to);
  }
  return null;
}
