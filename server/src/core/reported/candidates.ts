/** The cheap test before tagging: only a sentence with a cue word in it is worth the grammar. */
import { REGARD_AS } from '../regard-as';
import { ANY_MESSAGE_NOUN, MESSAGE_VERBS } from './message-object';
import type { Span } from '../types';
import { ATTITUDES, BE_BEFORE, CUES, FINDING_SOURCES, NOUN_LIKE, PHRASAL, TAIL_WORDS, TIME_WORDS } from './words';

/** a cue word anywhere in prose[s]: the only sentences worth tagging */
export function hasCueCandidate(prose: string, s: Span): boolean {
  const text = prose.slice(s.start, s.end).toLowerCase();
  const re = /[a-z]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0] === 'according' || (FINDING_SOURCES.has(m[0]) && text.includes('in '))) return true;
    if (ATTITUDES.has(m[0]) && BE_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) return true;
    if (PHRASAL.has(m[0]) && phrasalAhead(m[0], text.slice(m.index + m[0].length, m.index + m[0].length + 30)))
      return true;
    if (REGARD_AS.has(m[0]) && text.includes(' as ', m.index)) return true;
    if (MESSAGE_VERBS.has(m[0]) && messageAhead(text.slice(m.index + m[0].length, m.index + m[0].length + 60)))
      return true;
    if (m[0] === 'put' && text.startsWith(' it', m.index + 3) && /\bas\s/.test(text)) return true;
    if (!CUES.has(m[0])) continue;
    // a noun-like form reports before "that" or as the sentence's last word ("…, the county estimates.")
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 5);
    if (!NOUN_LIKE.has(m[0]) || after.startsWith(' that') || /^[.!?]/.test(after)) return true;
    // or right after a comma, before its speaker: "…, reports the Valley Courier."
    if (text.slice(Math.max(0, m.index - 2), m.index) === ', ') return true;
  }
  return false;
}

/**
 * one of the particles of a phrasal cue opens the words after it, perhaps after up to two words of when or how:
 * "pointed| to the …", "spoke| Tuesday about …", "spoke| favorably of …"
 */
function phrasalAhead(form: string, after: string): boolean {
  const words = after.match(/[a-z]+/g) ?? [];
  let k = 0;
  while (k < 2 && k < words.length && (TIME_WORDS.has(words[k]) || TAIL_WORDS.has(words[k]) || /ly$/.test(words[k])))
    k++;
  const next = words[k];
  return !!next && PHRASAL.get(form)!.particles.some((p) => p[0] === next);
}

/**
 * a word for something said among the next words after a message verb ("offered| no proof"), or "to" (the cue rule
 * decides which verbs report an infinitive: "offered to cover the cost")
 */
function messageAhead(after: string): boolean {
  const words = (after.match(/[a-z]+/g) ?? []).slice(0, 7);
  return words[0] === 'to' || words.some((w) => ANY_MESSAGE_NOUN.has(w));
}
