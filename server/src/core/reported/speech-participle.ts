/**
 * A participle that goes on from an attribution of speech with a plain noun phrase: '"He'd get choked up," Brown
 * said, recalling a visit to his church', '…, Trump told the crowd, reciting the reptile's taunt'. After "said" the
 * participle reports what the speaker recalled or recited; on its own ("The company is recalling 2 million cars") it is
 * an action, so this is read only where a claim of speech comes right before it.
 */
import type { Cue } from './cues';
import type { Sentence } from './sentence';
import { POSSESSIVE_PRONOUNS, SPEECH_OBJECT_PARTICIPLES } from './words';

/** what may open the noun phrase such a participle reports: "a visit", "the taunt", "his remarks", "Scripture" */
const OBJECT_OPENERS = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM']);

/** the participle cue c, after an attribution of speech, reports the noun phrase at toks[from..to] */
export function speechParticipleObject(st: Sentence, c: Cue, from: number, to: number): boolean {
  const { toks } = st;
  if (c.first !== c.last || !SPEECH_OBJECT_PARTICIPLES.has(toks[c.first].l) || from < 0 || to < from) return false;
  const first = toks[from];
  return OBJECT_OPENERS.has(first.pos) || POSSESSIVE_PRONOUNS.has(first.l);
}
