/**
 * Who owns a document that a descriptor ("the statement", "the lawsuit") refers back to, when the text did not name
 * the owner beside the document's noun: the speaker who said something "in a statement", the subject that "filed a
 * complaint" or "sued".
 */
import type { EntityResult } from './entities';
import words from './data/attribution-words.json';
import { lastAtOrBefore } from './text';

/** an earlier claim's speaker, as much of it as an owner needs */
export interface SpeakerSpan {
  start: number;
  end: number;
}

const SUIT_VERBS = words.documentOwnerVerbs.suitVerbs;
const SUIT_HEADS = new Set(words.documentOwnerVerbs.suitHeads);
/** "said in a statement", "told reporters in an emailed statement": the noun is how the claim's speaker said it */
const SAID_IN = /\b(?:[Ii]n|via|through)\s+(?:a|an|its|his|her|their)\s+(?:[\p{Ll}\d][\p{L}\d-]*\s+){0,2}$/u;
/** "issued a statement", "filed a formal complaint": the noun is the object of a verb its owner is the subject of */
const OWNER_VERB =
  /\b(?:issued|released|published|filed|sent|posted|submitted|commissioned|conducted|wrote|drafted|circulated|unveiled)\s+(?:a|an|its|their|his|her|the)\s+(?:[\p{Ll}\d][\p{L}\d-]*\s+){0,2}$/u;
/**
 * what may stand between a subject and its verb: "Harlow Energy on Monday issued", "The union also filed", "Acme,
 * which leased the trailer, filed suit"
 */
const SUBJECT_GAP = /^\s+(?:(?:on|last|this|late|early)\s+\p{L}+\s+|\p{Ll}+ly\s+|also\s+)?$/u;
/** a relative clause between the subject and its verb, which names others: "Acme, which leased the trailer to Delmar," */
const RELATIVE_GAP = /,\s+(?:which|who)\s[^,;.]*,(?=\s+\S*$)/u;

/**
 * the earlier claim whose speaker said it in the document at [start, …): "Delta said in a statement that …" or
 * "In a statement, Delta said …"; the claims are given by their speaker and their extent
 */
export function saidInOwner<T extends { speaker: SpeakerSpan; claimStart?: number; claimEnd: number }>(
  start: number,
  earlier: readonly T[],
  prose: string,
): T | undefined {
  if (!SAID_IN.test(prose.slice(Math.max(0, start - 40), start))) return undefined;
  for (let k = earlier.length - 1; k >= 0; k--) {
    const e = earlier[k];
    if ((e.claimStart ?? e.speaker.end) <= start && start < e.claimEnd) return e;
  }
  return undefined;
}

/** "Harlow Energy issued a statement": the person or body named as the subject of the verb before the noun at start */
export function verbOwner(start: number, ents: EntityResult, prose: string): number | undefined {
  const m = OWNER_VERB.exec(prose.slice(Math.max(0, start - 60), start));
  return m ? subjectBefore(start - m[0].length, ents, prose) : undefined;
}

/** "The Sierra Club sued the Interior Department": the latest suer before pos, for "the lawsuit" */
export function suitOwner(head: string, pos: number, lookback: number, ents: EntityResult, prose: string) {
  if (!SUIT_HEADS.has(head)) return undefined;
  const from = Math.max(0, pos - lookback);
  const text = prose.slice(from, pos);
  let best: number | undefined;
  let bestAt = -1;
  for (const verb of SUIT_VERBS) {
    const at = lastWord(text, verb);
    if (at <= bestAt) continue;
    const owner = subjectBefore(from + at, ents, prose);
    if (owner !== undefined) [best, bestAt] = [owner, at];
  }
  return best;
}

/** where word last stands whole in text, or -1 */
function lastWord(text: string, word: string): number {
  for (let at = text.lastIndexOf(word); at >= 0; at = at > 0 ? text.lastIndexOf(word, at - 1) : -1)
    if (!/[\p{L}\d]/u.test(text[at - 1] ?? ' ') && !/[\p{L}\d]/u.test(text[at + word.length] ?? ' ')) return at;
  return -1;
}

/** the person or body named just before pos, with at most a time phrase or an adverb between */
function subjectBefore(pos: number, ents: EntityResult, prose: string): number | undefined {
  const window = prose.slice(Math.max(0, pos - 160), pos);
  const rel = RELATIVE_GAP.exec(window);
  // (the subject ends where the relative clause starts; the words after it still lead up to the verb)
  const end = rel ? pos - window.length + rel.index : pos;
  const gap = (m: { end: number }) =>
    rel
      ? prose.slice(m.end, end) === '' && SUBJECT_GAP.test(' ' + window.slice(rel.index + rel[0].length))
      : SUBJECT_GAP.test(prose.slice(m.end, pos));
  for (let i = lastAtOrBefore(ents.mentions, end); i >= 0; i--) {
    const m = ents.mentions[i];
    if (m.end > end) continue;
    const type = ents.entities[m.entity].type;
    if (type !== 'person' && type !== 'organization') return undefined;
    return gap(m) ? m.entity : undefined;
  }
  return undefined;
}
