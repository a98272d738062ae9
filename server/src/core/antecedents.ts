/**
 * What a pronoun speaker reads around itself besides the names before it: the quotations the names stand in (a name
 * inside someone's quoted words is not who "he said" them), the subject of the sentence before ("Ana Ruiz and Dan
 * Ortiz toured the plant. They said …"), and the he's and she's already read as a person.
 */
import type { EntityResult } from './entities';
import { genderOfPronouns, type Gender } from './gender';
import { lastAtOrBefore } from './text';
import type { Span } from './types';
import words from './data/attribution-words.json';

const MEMBER_BODIES = new Set(words.memberBodies.words);
const NOT_SUBJECT_LEADS = new Set(words.notSubjectLeads.words);

/** the draft around the speakers: its quotations (their inner spans) and its sentences, each in document order */
export interface Surroundings {
  quotes: readonly Span[];
  sentences: readonly Span[];
}

export const NO_SURROUNDINGS: Surroundings = { quotes: [], sentences: [] };

/**
 * the name at [start, end) stands inside quoted words and the pronoun at pos outside any: '"You know, I love Larry,"
 * he said' (he is not Larry); a pronoun inside quoted words (a story quoted at length) reads the names as they come
 */
export function quotedAway(quotes: readonly Span[], start: number, end: number, pos: number): boolean {
  return inside(quotes, start, end) && !inside(quotes, pos, pos + 1);
}

function inside(quotes: readonly Span[], start: number, end: number): boolean {
  const i = lastAtOrBefore(quotes as Span[], start);
  return i >= 0 && end <= quotes[i].end;
}

/** the pronoun speakers already resolved: their text and the entity they stand for */
interface ReadPronoun {
  speaker: { text: string; entity?: number };
}

/**
 * the gender the he's and she's already read as the person give them ("Robin Vale … She said …" makes Robin a she for
 * the next "she"), by the same count as the pronouns after their name
 */
export function spokenGender(earlier: readonly ReadPronoun[], entity: number): Gender {
  let he = 0,
    she = 0;
  for (const e of earlier) {
    if (e.speaker.entity !== entity) continue;
    const t = e.speaker.text.trim().toLowerCase();
    if (t === 'he') he++;
    else if (t === 'she') she++;
  }
  return genderOfPronouns(he, she);
}

/** what "they" stands for: a body of members, or two or more people named together */
export interface PluralAntecedent {
  name: string;
  entity?: number;
  entityType?: string;
}

/** how the subject of a sentence may open before its name: "The Teamsters union", "Both Ana Ruiz and …" */
const SUBJECT_LEAD = /^[\s"“‘'(]*(?:(?:the|both)\s+)?$/iu;
/** what joins two names into one subject: "Ana Ruiz and Dan Ortiz", "Ana Ruiz, Dan Ortiz and Lena Park" */
const JOIN = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/u;

/**
 * "Ana Ruiz and Dan Ortiz toured the plant on Monday. They said …", "The Riverside Nurses Association met the board.
 * They said …": the subject of the sentence before the pronoun's, in its paragraph or the one before, when it is a
 * body of members or two or more people joined by "and"; a single person is no "they".
 */
export function pluralSubject(
  pos: number,
  ents: EntityResult,
  prose: string,
  sentences: readonly Span[],
): PluralAntecedent | undefined {
  const here = lastAtOrBefore(sentences as Span[], pos);
  if (here < 1) return undefined;
  const prev = sentences[here - 1];
  if (/\n\s*\n[\s\S]*\n\s*\n/.test(prose.slice(prev.end, pos))) return undefined;
  const first = firstMentionAt(ents, prose, prev);
  if (first < 0) return undefined;
  const m = ents.mentions[first];
  const e = ents.entities[m.entity];
  if (e.type === 'organization')
    return memberBody(e.name) ? { name: e.name, entity: m.entity, entityType: e.type } : undefined;
  if (e.type !== 'person') return undefined;
  // people joined into one subject: every one of them a person, "and" before the last
  const names = [e.name];
  let end = m.end;
  for (let i = first + 1; i < ents.mentions.length; i++) {
    const n = ents.mentions[i];
    const gap = prose.slice(end, n.start);
    if (n.start >= prev.end || !JOIN.test(gap) || ents.entities[n.entity].type !== 'person') break;
    names.push(ents.entities[n.entity].name);
    end = n.end;
    if (/and\s+$/.test(gap)) return { name: joinNames(names) };
  }
  return undefined;
}

/** a body of members by its name: "the Riverside Nurses Association", "the Teamsters" */
function memberBody(name: string): boolean {
  return name
    .toLowerCase()
    .split(/\s+/)
    .some((w) => MEMBER_BODIES.has(w));
}

/** "Ana Ruiz and Dan Ortiz", "Ana Ruiz, Dan Ortiz and Lena Park" */
function joinNames(names: string[]): string {
  return names.length === 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** the mention that opens the sentence (after "The" or "Both" at most), or -1 */
function firstMentionAt(ents: EntityResult, prose: string, s: Span): number {
  const i = lastAtOrBefore(ents.mentions, s.start - 1) + 1;
  const m = ents.mentions[i];
  if (!m || m.start >= s.end) return -1;
  return SUBJECT_LEAD.test(prose.slice(s.start, m.start)) ? i : -1;
}

/** how many words may run before the subject's name: "Former Pennsylvania Gov.", "White House spokesman" */
const SUBJECT_WORDS = 5;
const WORD = /^[\p{L}.’'-]+$/u;

/** the words before a sentence's first name are a few words that can go with a name, after any opening quote */
function subjectWords(lead: string): boolean {
  const rest = lead.replace(/^[\s"“‘'(]+/u, '');
  if (rest && !/\s$/.test(rest)) return false;
  const ws = rest.split(/\s+/).filter(Boolean);
  return ws.length <= SUBJECT_WORDS && ws.every((w) => WORD.test(w) && !NOT_SUBJECT_LEADS.has(w.toLowerCase()));
}

/**
 * The subject of the sentence before the pronoun's, when the nearest name that agrees with the pronoun stands later
 * in that sentence: "Mr. Obama spoke of his flights past the figure of Abraham Lincoln. He said …" → Obama, as a
 * reader carries the subject on (a name in the pronoun's own sentence stays the nearest: "Trump said he …"). The
 * subject is the sentence's first name, with no more than a few words and no comma before it (no subordinator or
 * preposition either: "While Obama …"), and must agree too.
 * Returns the mention index to read, `nearest` itself when no subject takes its place.
 */
export function subjectBefore(
  nearest: number,
  pos: number,
  ents: EntityResult,
  prose: string,
  sentences: readonly Span[],
  agrees: (i: number) => boolean,
): number {
  const m = ents.mentions[nearest];
  const s = lastAtOrBefore(sentences as Span[], m.start);
  if (s < 0 || sentences[s].end > pos || m.start >= sentences[s].end) return nearest;
  const sentence = sentences[s];
  const first = lastAtOrBefore(ents.mentions, sentence.start - 1) + 1;
  if (first >= nearest) return nearest;
  const subject = ents.mentions[first];
  if (!subjectWords(prose.slice(sentence.start, subject.start))) return nearest;
  // a possessor is not the subject: "Adeyemi's father, Samuel Adeyemi, travelled …" is about the father
  if (/^['’]s?\s/u.test(prose.slice(subject.end, subject.end + 3))) return nearest;
  return subject.entity !== m.entity && agrees(first) ? first : nearest;
}
