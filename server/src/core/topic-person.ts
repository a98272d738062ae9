/**
 * A descriptor that gives a person something new: "Council Member Paul Brennan voted no. The two-term councilman said
 * …", "Okonkwo pushed back. The 41-year-old, who was first elected in 2022, said …". Wire copy varies a name this way
 * without ever writing the role or the age beside it, so no earlier role says who it is: the person the story was
 * just about is. That is the subject of the sentence before when it is a person, else the person named last, in the
 * same paragraph or the one before, agreeing with the role's gender ("councilwoman").
 */
import type { EntityResult } from './entities';
import { entityGender, type Gender } from './gender';
import { lastAtOrBefore } from './text';
import type { Span } from './types';

/** how far back (characters) the person the story was just about may be named: about two paragraphs of wire copy */
const TOPIC_LOOKBACK = 600;

/** the gender a role word gives: "councilman", "chairwoman" */
export function roleGender(head: string): Gender {
  if (/(?:wo|fe)man$/.test(head) || head === 'actress' || head === 'mother' || head === 'daughter') return 'f';
  return /man$/.test(head) ? 'm' : null;
}

/**
 * The entity of the person the story was about just before pos, or undefined: no person named in the paragraph or
 * the one before, or the one named last has a gender other than `want`.
 */
export function topicPerson(
  pos: number,
  want: Gender,
  ents: EntityResult,
  prose: string,
  sentences: readonly Span[],
): number | undefined {
  const agrees = (entity: number) => {
    if (ents.entities[entity].type !== 'person') return false;
    const g = want ? entityGender(ents, entity, prose) : null;
    return !want || g === null || g === want;
  };
  const last = lastPersonBefore(pos, ents, prose);
  if (last < 0) return undefined;
  const m = ents.mentions[last];
  // the subject of the sentence that holds the person named last ("Okonkwo pushed back on the idea that the council
  // had caved to Castlerock Partners."), when it is a person too
  const s = lastAtOrBefore(sentences as Span[], m.start);
  if (s >= 0 && sentences[s].end <= pos) {
    const first = lastAtOrBefore(ents.mentions, sentences[s].start - 1) + 1;
    for (let i = first; i < last; i++) {
      const f = ents.mentions[i];
      if (ents.entities[f.entity].type !== 'person') continue;
      if (/^[\s"“]*(?:\p{Lu}[\p{L}.-]*\s+){0,4}$/u.test(prose.slice(sentences[s].start, f.start)) && agrees(f.entity))
        return f.entity;
      break;
    }
  }
  return agrees(m.entity) ? m.entity : undefined;
}

/** the last mention of a person before pos, in its paragraph or the one before and not far back; -1 when none */
function lastPersonBefore(pos: number, ents: EntityResult, prose: string): number {
  for (let i = lastAtOrBefore(ents.mentions, pos); i >= 0; i--) {
    const m = ents.mentions[i];
    if (m.end > pos) continue;
    if (m.end < pos - TOPIC_LOOKBACK || paragraphBreaks(prose, m.end, pos) > 1) return -1;
    if (ents.entities[m.entity].type === 'person') return i;
  }
  return -1;
}

/** how many paragraph breaks (runs of newlines) lie in prose[from, to) */
function paragraphBreaks(prose: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (prose[i] === '\n' && prose[i - 1] !== '\n') n++;
  return n;
}
