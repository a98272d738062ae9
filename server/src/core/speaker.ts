/**
 * Who a speaker phrase refers to: names, pronouns (agreeing in gender and number), descriptors ("the agency",
 * "the spokeswoman") resolved to the entity earlier text gave that role, and the kind of source it is.
 */
import type { Entity, SourceType, Span, Speaker } from './types';
import type { EntityResult } from './entities';
import { PRONOUNS, ORG_ROLES, PERSON_ROLES, VAGUE_SOURCES, TITLES } from './lexicon';
import words from './data/attribution-words.json';
import abbreviations from './data/abbreviations.json';
import { entityGender, type Gender } from './gender';
import { AGE } from './phrases';
import { detach, lastAtOrBefore } from './text';
import { givenNameSet, isPlaceName, organizationNames } from './gazetteer';
import { saidInOwner, suitOwner, verbOwner } from './document-owners';
import { documentOwner } from './owned-document';
import { describedAs, earlierRole, genericOrgHead, modifiersFit, namedAs, orgFits } from './descriptor-fits';
import { epithetMarks, epithetReferent } from './epithet';
import { roleGender, topicPerson } from './topic-person';
import { personEpithetGender } from './person-epithet';
import { trimSpeaker } from './speaker-trim';
import { generationOf, personOfGeneration } from './family-names';
import {
  NO_SURROUNDINGS,
  pluralSubject,
  quotedAway,
  spokenGender,
  subjectBefore,
  type Surroundings,
} from './antecedents';

export interface SpeakerPhrase {
  start: number;
  end: number;
  text: string;
  /** the head is a common noun: a one-word phrase is then no name, even capitalised at a sentence start */
  common?: boolean;
}

/** a resolved speaker with the entity type it resolved to, for its source type */
export interface ResolvedSpeaker extends Speaker {
  entityType?: string;
  /** the part of the phrase that names the speaker (the whole phrase unless it has appositives) */
  core?: SpeakerPhrase;
  /** the entity it resolved to */
  entity?: number;
  /** for a pronoun resolved to an earlier speaker: that speaker */
  pronounOf?: ResolvedSpeaker;
  /** the organisation or person an unnamed spokesperson, official or lawyer speaks for ("a spokesperson for Harlow
   * Energy", "lawyers for Dan Ortiz") */
  speaksFor?: number;
  /** what it speaks for is a person */
  speaksForPerson?: boolean;
}

/**
 * The part of a phrase with appositives that names the speaker: the first part ("Dan Ortiz, a senior engineer",
 * "Ban Ki-moon, the secretary general"), unless it is a role and a bare name follows it ("Her lawyer, Jane Doe",
 * "Apple's chief executive, Tim Cook", "The minister of the economy, Mr. Guajardo Villarreal").
 */
export function namePart(whole: SpeakerPhrase): SpeakerPhrase {
  const np = beforeRelativePronoun(whole);
  const parts = topLevelParts(np);
  if (parts.length < 2) return np;
  const [first, second] = parts;
  // the last word before any parenthetical: "Sen. Ana Ruiz (D-Ohio)" ends with a name
  const paren = first.text.indexOf('(');
  const lastWord = (paren > 0 ? first.text.slice(0, paren) : first.text).trim().split(/\s+/).pop() ?? '';
  const firstIsRole = /^\p{Ll}/u.test(lastWord);
  if (firstIsRole && (isBareName(second.text) || isTitledName(second.text) || isArticledName(second.text)))
    return { ...second, common: false };
  return { ...first, common: firstIsRole || (np.common === true && !first.text.includes(' ')) };
}

/**
 * namePart by the phrase's words, with offsets from the phrase's start: a keystroke resolves every claim's speaker.
 * One map per value of `common`, so a look-up hashes the phrase as it is, without building a key.
 */
const NAME_PARTS = [new Map<string, SpeakerPhrase>(), new Map<string, SpeakerPhrase>()];
const NAME_PARTS_LIMIT = 20000;

/** namePart, kept by what it reads (the words and whether the head is a common noun); its start, end, text, common */
function namePartOf(whole: SpeakerPhrase): SpeakerPhrase {
  const parts = NAME_PARTS[whole.common === true ? 1 : 0];
  let rel = parts.get(whole.text);
  if (!rel) {
    const np = namePart({ start: 0, end: whole.end - whole.start, text: whole.text, common: whole.common === true });
    rel = { start: np.start, end: np.end, text: detach(np.text), common: np.common };
    if (parts.size >= NAME_PARTS_LIMIT) parts.clear();
    parts.set(detach(whole.text), rel);
  }
  return { start: whole.start + rel.start, end: whole.start + rel.end, text: rel.text, common: rel.common };
}

const RELATIVE_PRONOUNS = new Set(['who', 'which']);
const SEPARATOR = /[\s,]/u;

/**
 * A speaker who is the subject of a relative clause ("Residents who say …", "the ministry, which said …") spans its
 * antecedent and the pronoun, as the clause's own subject; the name is the antecedent's.
 */
export function beforeRelativePronoun(np: SpeakerPhrase): SpeakerPhrase {
  const text = np.text.trimEnd();
  let word = text.length;
  while (word > 0 && !SEPARATOR.test(text[word - 1])) word--;
  let end = word;
  while (end > 0 && SEPARATOR.test(text[end - 1])) end--;
  if (end === 0 || !RELATIVE_PRONOUNS.has(text.slice(word).toLowerCase())) return np;
  return { ...np, end: np.start + end, text: text.slice(0, end) };
}

/** the comma-separated parts of a phrase, outside parentheses, trimmed, with their offsets */
function topLevelParts(np: SpeakerPhrase): SpeakerPhrase[] {
  const out: SpeakerPhrase[] = [];
  let depth = 0,
    from = 0;
  const push = (to: number) => {
    const raw = np.text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) out.push({ start: np.start + from + lead, end: np.start + from + lead + text.length, text });
  };
  for (let i = 0; i < np.text.length; i++) {
    const c = np.text[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    // a comma inside a number ("its 1,900 members") separates nothing
    else if (c === ',' && depth === 0 && !/\d/.test(np.text[i + 1] ?? '')) {
      push(i);
      from = i + 1;
    }
  }
  push(np.text.length);
  return out;
}

/**
 * "Democratic state Sen. Marcus Ollin", "city housing director Lena Ortiz": role words without an article or a
 * preposition, then a name of two or more capitalised words
 */
function isTitledName(text: string): boolean {
  const ws = text.split(/\s+/);
  let name = ws.length;
  while (name > 0 && /^\p{Lu}/u.test(ws[name - 1])) name--;
  const roles = ws.slice(0, name).map((w) => w.toLowerCase());
  return (
    ws.length - name >= 2 &&
    ws.length <= 8 &&
    !roles.some((w) => DETERMINERS.has(w) || HEAD_ENDERS.has(w) || w === 'and')
  );
}

/** "the Riverside Nurses Association": a body's name after "the" ("The nurses' union, the Riverside …") */
function isArticledName(text: string): boolean {
  const ws = text.split(/\s+/);
  return ws.length >= 3 && /^the$/i.test(ws[0]) && isBareName(ws.slice(1).join(' '));
}

/** "Jane Doe", "Mr. Guajardo Villarreal", "Vann R. Newkirk II": every word capitalised, at most six */
function isBareName(text: string): boolean {
  const ws = text.split(/\s+/);
  return ws.length <= 6 && ws.every((w) => /^[\p{Lu}(]/u.test(w));
}

const DOCUMENT_NOUNS = new Set(words.documentNouns.words);
const HEAD_ENDERS = new Set([...words.npInnerPrepositions.words, 'who', 'by']);
const GROUP_NOUNS = new Set(words.groupNouns.words);
const DETERMINERS = new Set(words.modifierDeterminers.words);
const ANONYMOUS_HEADS = new Set(words.anonymous.heads);
const ANONYMOUS_PHRASES = words.anonymous.phrases;
const SPOKES_ROLES = new Set(words.spokesRoles.words);
const PERSON_VOICES = new Set(words.personVoices.words);
/** a title's role words: "Sen." → senator, lawmaker */
const TITLE_ROLES = new Map<string, string[]>(
  Object.entries(words.titleRoles.roles as Record<string, string[]>).map(([t, r]) => [t, r]),
);
const TITLE_ROLE_WORDS = new Set([...TITLE_ROLES.values()].flat());

const SPEAKS_FOR_TYPES = new Set(['organization', 'other']);
const PARTIES = new Set(words.epithetParties.words.map((w: string) => w.toLowerCase()));
const DATE_NAMES = new Set(words.namesEndingInDates.words);
/** state abbreviations that are also titles, as written: "del." */
const STATE_TITLES = new Set(abbreviations.STATE_TITLES.map((w: string) => w + '.'));

export function resolveSpeaker(
  written: SpeakerPhrase,
  ents: EntityResult,
  prose = '',
  earlier: readonly EarlierSpeaker[] = [],
  around: Surroundings = NO_SURROUNDINGS,
): ResolvedSpeaker {
  // "Even China, …", "Stumpf in a televised interview": the speaker without the words at its edges
  const whole = trimSpeaker(written);
  const r = resolveTrimmed(whole, ents, prose, earlier, around);
  // "Even China" read as one name by the names step: the name without the focus word the phrase lost
  const focus = prose.slice(written.start, whole.start);
  if (focus && r.name.startsWith(focus) && r.name.length > focus.length) {
    r.name = r.name.slice(focus.length);
    // ("Even Liu" after "Councilwoman Janet Liu": the person named in full)
    const p = /^\p{Lu}\p{Ll}+$/u.test(r.name) ? personBySurname(r.name, whole.start, ents) : undefined;
    // (not the very "Even China" the names step made a person of)
    if (p !== undefined && !ents.entities[p].name.startsWith(focus)) takeEntity(r, p, ents);
  }
  return r;
}

function resolveTrimmed(
  whole: SpeakerPhrase,
  ents: EntityResult,
  prose: string,
  earlier: readonly EarlierSpeaker[],
  around: Surroundings,
): ResolvedSpeaker {
  // "Jane Doe, her lawyer" / "Her lawyer, Jane Doe": the span keeps the appositive, the name comes from one part
  const np = namePartOf(whole);
  const ws = np.text.trim().split(/\s+/);
  const lower = np.text.trim().toLowerCase();
  const base: ResolvedSpeaker = { start: whole.start, end: whole.end, text: whole.text, name: np.text, core: np };
  // "The company's filing with the SEC said": the document speaks for its owner, not for the names in its tail
  const owner = documentOwner(np);
  if (owner) {
    const o = resolveSpeaker(owner, ents, prose, earlier, around);
    // ("her letter" whose "her" found nobody stays the letter)
    if (o.entity !== undefined || !PRONOUNS[owner.text])
      return { ...base, name: o.name, entity: o.entity, entityType: o.entityType };
  }
  const read = mentionInside(np, ents, prose);
  if (read) reachNameEnd(base, whole, np, read, prose);
  // "the Massachusetts Democrat" read as a body's name is an epithet for a person: the descriptor steps below say who
  const mention = read && epithetRead(ws, read, ents) ? undefined : read;
  const entity = mention?.entity;
  const bareWord =
    np.common &&
    ws.length === 1 &&
    entity !== undefined &&
    !ents.entities[entity].name.includes(' ') &&
    !knownName(ents, entity, prose);
  // a name modifying a common noun is not the speaker: "U.S. officials", "Harbor Freight's lawyer"
  // ("the U.N. chief", whose head the phrase grammar may not mark common, is a person's role too)
  // (only the role word right after the name: "the New York state attorney general" is no epithet of anyone before)
  const roleAfter =
    mention !== undefined && /^\s+\p{Ll}+$/u.test(prose.slice(mention.end, np.end)) && personRoleHead(ws);
  const modifier =
    ((np.common || roleAfter) && mention !== undefined && mention.end < np.end - 1) ||
    afterPreposition(np, mention, prose);
  // (a body of unknown type too, "Caltrex officials"; not a country's: "U.S. officials" are a group)
  if (modifier && entity !== undefined && voiceOf(ws, ents.entities[entity].type)) {
    base.speaksFor = entity;
    base.speaksForPerson = ents.entities[entity].type === 'person';
  }
  // "The Democrat" after "Ana Ruiz, a Democrat from Ohio": a capitalised role word the text gave someone
  const role = ws.length === 2 && /^the$/i.test(ws[0]) ? earlierRole(ents, ws[1].toLowerCase(), np.start) : undefined;
  if (role !== undefined && PERSON_ROLES.has(ws[1].toLowerCase()) && ents.entities[role].type === 'person') {
    base.name = ents.entities[role].name;
    base.entityType = 'person';
    base.entity = role;
    return base;
  }
  // "the Center for Media and Public Affairs": a body's name joined by "and" that the names step read only in part
  const joined = mention && !modifier ? joinedBodyName(np, mention, ents, prose) : null;
  if (joined) {
    base.name = joined;
    base.entityType = 'organization';
    return base;
  }
  // "the elder Whitaker": of a father and a son named in full, the one of that generation
  const generation = generationOf(ws);
  const kin = generation ? personOfGeneration(generation, ws[ws.length - 1], np.start, ents, prose) : undefined;
  if (kin !== undefined) {
    takeEntity(base, kin, ents);
    return base;
  }
  // "Serbia's Foreign Ministry": a body the place or organisation owns, named in capitals after the possessive
  const owned = mention && !modifier ? ownedBody(np, mention, prose) : null;
  if (owned) {
    base.name = owned;
    base.entityType = 'organization';
    return base;
  }
  // "Mr. Paulson" after "Paulson Partners, a hedge fund founded by John A. Paulson": a title makes a person
  const titled = entity !== undefined && titledBody(mention!, ents, prose);
  if (titled) {
    const p = personBySurname(prose.slice(mention!.start, mention!.end).split(/\s+/).pop()!, np.start, ents);
    if (p !== undefined) takeEntity(base, p, ents);
    else base.entityType = 'person';
    return base;
  }
  if (entity !== undefined && !bareWord && !modifier) {
    const id = clubInFull(entity, np.start, ents);
    const e = ents.entities[id];
    base.name = e.type === 'organization' ? withOrdinal(e.name, mention!, np, prose) : e.name;
    // (the short name's type when the full one's is unknown: "KRC Genk" read as other, "Genk" as a club)
    base.entityType = e.type === 'other' ? ents.entities[entity].type : e.type;
    base.entity = id;
    return base;
  }
  const pron = PRONOUNS[lower];
  if (pron) return resolvePronoun(base, lower, pron, ents, prose, earlier, around);
  // descriptors: "the spokeswoman", "the Ukrainian leader", "the agency", "the 54-year-old"
  const head = ws[ws.length - 1].toLowerCase().replace(/[’']s$/, '');
  if (AGE.test(head) && /^the$/i.test(ws[0])) return resolveAge(base, parseInt(head, 10), ents, prose, around);
  // "the spokeswoman", and "her daughter" after "her daughter, Lorraine Watts": the role earlier text gave a name
  if (
    /^(the|this|that|his|her|their)$/.test(ws[0].toLowerCase()) &&
    (PERSON_ROLES.has(head) || ORG_ROLES.has(head) || GROUP_NOUNS.has(head) || TITLE_ROLE_WORDS.has(head))
  ) {
    let best: { at: number; entity: number } | null = null;
    // "The Republican nominee": the latest that the text described so, ahead of the latest of any party
    const marks = ws.slice(1, -1).filter((w) => /^\p{Lu}/u.test(w));
    let described = false;
    for (const r of ents.roles) {
      if (r.at >= np.start || !(r.role === head || TITLE_ROLES.get(r.role)?.includes(head))) continue;
      const so = marks.length > 0 && describedAs(prose, r.at, np.start, marks);
      if (!best || (so && !described) || (so === described && r.at > best.at)) [best, described] = [r, so];
    }
    // "the Clinton campaign" names its own organisation: no earlier entity stands for it
    if (!best && ORG_ROLES.has(head) && !modifier) {
      const i = nearestBefore(
        ents,
        np.start,
        (t, e, m) => orgFits(head, ents.entities[e].name, t) && !notTheBody(m, ents.entities[e].name, prose),
      );
      if (i >= 0) best = { at: ents.mentions[i].start, entity: ents.mentions[i].entity };
    }
    // "the panel" after "the Harbor Safety Panel": a body named with the group's word
    if (!best && GROUP_NOUNS.has(head) && !modifier) {
      const i = nearestBefore(ents, np.start, (t, e) => t === 'organization' && namedAs(head, ents.entities[e].name));
      if (i >= 0) best = { at: ents.mentions[i].start, entity: ents.mentions[i].entity };
    }
    // "according to the union's president, Maria Quell.": the name an appositive right after the phrase gives it
    if (!best) best = namedRightAfter(whole.end, head, ents, prose);
    // "the Vermont senator" for a person the text never gave the role: whom the words stood beside, or who spoke last
    const epithet = !best && !ORG_ROLES.has(head) && !GROUP_NOUNS.has(head) ? epithetMarks(ws) : null;
    if (epithet) {
      const e = epithetReferent(ws, epithet, np.start, ents, prose, earlier);
      if (e !== undefined) best = { at: np.start, entity: e };
    }
    const fits = (e: Entity) =>
      !ORG_ROLES.has(head) || e.type !== 'organization' || genericOrgHead(head) || modifiersFit(ws, e.name);
    if (best && (!modifier || !ORG_ROLES.has(head)) && fits(ents.entities[best.entity])) {
      base.name = ents.entities[best.entity].name;
      base.entityType = personByRole(head, ents.entities[best.entity].type);
      base.entity = best.entity;
    } else if (ORG_ROLES.has(head) && !modifier && ws.length === 2)
      resolveOrgBack(base, ws[0], head, ents, prose, earlier, around);
    else if (newDescriptor(ws, head)) {
      // "The two-term councilman" right after "Council Member Paul Brennan voted no": the person just written about
      const e = topicPerson(np.start, roleGender(head), ents, prose, around.sentences);
      if (e !== undefined) takeEntity(base, e, ents);
    } else if (ws.length === 2 && /^the$/i.test(ws[0]) && SPOKES_ROLES.has(head)) {
      // "Budget Director Blake Washington said …. The official added …": the person who has just spoken
      const e = speakerJustBefore(np.start, ents, prose, earlier);
      if (e) takeSpeaker(base, e);
    }
  }
  // "the billionaire", "the mother of three" that no earlier role named: the person the story was just about
  const epithet = base.entity === undefined ? personEpithetGender(ws) : undefined;
  if (epithet !== undefined) {
    const e = topicPerson(np.start, epithet, ents, prose, around.sentences);
    if (e !== undefined) takeEntity(base, e, ents);
  }
  if (/^(the|this|that)$/i.test(ws[0]) && ws.length <= 3 && DOCUMENT_NOUNS.has(head)) {
    resolveDocument(base, head, ents, prose, earlier);
    if (base.name === np.text && ws.length === 2) sameHeadSpeaker(base, head, earlier);
  } else if (base.entity === undefined && base.speaksFor === undefined) resolveOrgVoice(base, ws, ents);
  // "Fine said", "Young said": a surname that is also an everyday word, which the names step drops at a sentence's
  // start, is the person named in full before with that surname
  if (base.entity === undefined && base.speaksFor === undefined && ws.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(ws[0])) {
    const e = personBySurname(ws[0], np.start, ents);
    if (e !== undefined) takeEntity(base, e, ents);
  }
  return base;
}

/**
 * "Genk said" after "Belgian side KRC Genk": a one-word organisation that an earlier one names in full with an
 * acronym before or after it ("KRC Genk", "FC Porto", "Ajax FC"), the one earlier name that does; else itself
 */
function clubInFull(entity: number, pos: number, ents: EntityResult): number {
  const short = ents.entities[entity];
  if (short.type !== 'organization' || /\s/.test(short.name)) return entity;
  let found = -1;
  for (let id = 0; id < ents.entities.length; id++) {
    const e = ents.entities[id];
    if (id === entity || !SPEAKS_FOR_TYPES.has(e.type) || !e.mentions.some((m) => m.start < pos)) continue;
    const parts = e.name.split(/\s+/);
    if (parts.length !== 2 || !parts.includes(short.name)) continue;
    if (!/^\p{Lu}{2,4}$/u.test(parts[0] === short.name ? parts[1] : parts[0])) continue;
    if (found >= 0) return entity;
    found = id;
  }
  return found >= 0 ? found : entity;
}

/** the phrase ends in a lower-case role word a person holds: "the U.N. chief", "the Ukrainian leader" */
function personRoleHead(ws: string[]): boolean {
  const head = ws[ws.length - 1];
  return /^\p{Ll}+$/u.test(head) && (PERSON_ROLES.has(head) || TITLE_ROLE_WORDS.has(head));
}

/** a body's name right after a person's title: "Mr. Paulson" linked to "Paulson Partners" */
function titledBody(m: Mention, ents: EntityResult, prose: string): boolean {
  if (ents.entities[m.entity].type === 'person') return false;
  return /(?:^|\s)(?:Mr|Mrs|Ms|Dr)\.?\s+$/.test(prose.slice(Math.max(0, m.start - 5), m.start));
}

/** the one person named in full before pos whose surname is the word, if exactly one */
function personBySurname(word: string, pos: number, ents: EntityResult): number | undefined {
  let found: number | undefined;
  for (let id = 0; id < ents.entities.length; id++) {
    const e = ents.entities[id];
    const parts = e.name.split(/\s+/);
    if (e.type !== 'person' || parts.length < 2 || parts[parts.length - 1] !== word) continue;
    if (!e.mentions.some((m) => m.end <= pos)) continue;
    if (found !== undefined) return undefined;
    found = id;
  }
  return found;
}

/**
 * the names step read "the Massachusetts Democrat" or "the Ohio senator" as a body's name: "the", then a capitalised
 * place or party word and a person's role, and no more
 */
function epithetRead(ws: string[], m: Mention, ents: EntityResult): boolean {
  const e = ents.entities[m.entity];
  if (ws.length < 2 || ws.length > 3 || !/^the$/i.test(ws[0]) || e.type === 'person') return false;
  const role = ws[ws.length - 1].toLowerCase();
  return (PERSON_ROLES.has(role) || TITLE_ROLE_WORDS.has(role)) && e.name.split(/\s+/).length === ws.length - 1;
}

/**
 * a body's name with the ordinal the phrase writes before it: "the 11th U.S. Circuit Court of Appeals", "the 3rd
 * Infantry Division" (the names step reads only the capitalised words)
 */
function withOrdinal(name: string, m: Mention, np: SpeakerPhrase, prose: string): string {
  const ord = /\b(\d{1,3}(?:st|nd|rd|th))\s+$/.exec(prose.slice(Math.max(np.start, m.start - 8), m.start));
  return ord && prose.slice(m.start, m.end) === name ? `${ord[1]} ${name}` : name;
}

/**
 * "Serbia's Foreign Ministry", "Acme's Legal Department": capitalised words after a name's possessive, to the phrase's
 * end, headed by a body's role word; the phrase from the owner on is the body's name
 */
function ownedBody(np: SpeakerPhrase, mention: Mention, prose: string): string | null {
  if (mention.start < np.start || mention.end >= np.end) return null;
  const rest = prose.slice(mention.end, np.end);
  const m = /^['’]s\s+((?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*)$/u.exec(rest);
  if (!m) return null;
  const head = m[1].split(/\s+/).pop()!.toLowerCase();
  return ORG_ROLES.has(head) ? prose.slice(mention.start, np.end) : null;
}

/**
 * a mention that does not stand for the body "the company" or "the agency" refers back to: a wire's credit after the
 * dateline ("ATLANTA (AP) —"), or part of a body's name read where a place stands ("a restaurant in Lakeside" is not
 * the Lakeside Community Center)
 */
function notTheBody(m: Mention, name: string, prose: string): boolean {
  if (
    /\(\s*$/.test(prose.slice(Math.max(0, m.start - 3), m.start)) &&
    /^\s*\)\s*[—–-]/.test(prose.slice(m.end, m.end + 5))
  )
    return true;
  const text = prose.slice(m.start, m.end);
  return (
    text.length < name.length &&
    /\b(?:in|at|near|from|outside)\s+$/.test(prose.slice(Math.max(0, m.start - 8), m.start))
  );
}

/** the entity given the role by a name right after `end`, past a comma: "the union's president, Maria Quell" */
function namedRightAfter(end: number, head: string, ents: EntityResult, prose: string): RoleRef | null {
  for (const r of ents.roles)
    if (
      r.at > end &&
      r.at <= end + 3 &&
      (r.role === head || TITLE_ROLES.get(r.role)?.includes(head)) &&
      /^,\s+$/.test(prose.slice(end, r.at))
    )
      return r;
  return null;
}
type RoleRef = EntityResult['roles'][number];

/**
 * a person's role word ("the spokeswoman") makes what it refers to a person, though the names step typed the name a
 * place for its last word ("Lena Park") or left it untyped
 */
function personByRole(head: string, type: string): string {
  return (PERSON_ROLES.has(head) || TITLE_ROLE_WORDS.has(head)) && (type === 'place' || type === 'other')
    ? 'person'
    : type;
}

/**
 * "his campaign", "her office": the body of the person the pronoun stands for ("Donald Trump campaign"); "the
 * campaign" after "The Clinton campaign said …": the earlier speaker of that kind
 */
function resolveOrgBack(
  base: ResolvedSpeaker,
  determiner: string,
  head: string,
  ents: EntityResult,
  prose: string,
  earlier: readonly EarlierSpeaker[],
  around: Surroundings,
): void {
  const pron = POSSESSIVES[determiner.toLowerCase()];
  if (!pron) return sameHeadSpeaker(base, head, earlier);
  const owner = resolvePronoun({ ...base }, pron[0], pron[1], ents, prose, earlier, around);
  // only a person known to agree: a campaign given to the wrong candidate is worse than none
  if (
    owner.entityType === 'person' &&
    owner.entity !== undefined &&
    entityGender(ents, owner.entity, prose) === pron[2]
  )
    base.name = `${owner.name} ${head}`;
}

const POSSESSIVES: Record<string, [string, string, Gender]> = {
  his: ['he', 'person-m', 'm'],
  her: ['she', 'person-f', 'f'],
};

/** how far back (characters) "the poll" or "the campaign" looks for an earlier speaker of that kind */
const SAME_HEAD_LOOKBACK = 3000;

/** "The PPIC poll found …" … "The poll found": the latest earlier speaker with that head and a name */
function sameHeadSpeaker(base: ResolvedSpeaker, head: string, earlier: readonly EarlierSpeaker[]): void {
  for (let k = earlier.length - 1; k >= 0; k--) {
    const sp = earlier[k].speaker;
    if (sp.start >= base.start) continue;
    if (sp.start < base.start - SAME_HEAD_LOOKBACK) return;
    if (phraseHead(sp.core?.text ?? sp.text) !== head) continue;
    if (sp.entity !== undefined || namedOwner(sp.name, head)) return takeSpeaker(base, sp);
  }
}

/** the heads of speaker phrases, by their words: each "the campaign" read every speaker of the 3,000 characters before it */
const PHRASE_HEADS = new Map<string, string>();
const PHRASE_HEADS_LIMIT = 20000;
function phraseHead(text: string): string {
  let head = PHRASE_HEADS.get(text);
  if (head === undefined) {
    head = detach(
      headWord(
        text
          .trim()
          .split(/\s+/)
          .map((w) => w.toLowerCase()),
      ),
    );
    if (PHRASE_HEADS.size >= PHRASE_HEADS_LIMIT) PHRASE_HEADS.clear();
    PHRASE_HEADS.set(detach(text), head);
  }
  return head;
}

/**
 * a name before the head in the phrase: "The Clinton campaign", "Donald Trump campaign", "the PPIC poll"; not "the
 * campaign" again, a label "Poll", or "a congressional report on Wednesday"
 */
function namedOwner(name: string, head: string): boolean {
  const ws = name.split(/\s+/);
  const at = ws.findIndex((w) => w.toLowerCase().replace(/[’']s?$/, '') === head);
  return ws.slice(0, Math.max(0, at)).some((w) => /^\p{Lu}/u.test(w) && !DETERMINERS.has(w.toLowerCase()));
}

/**
 * "district leaders", "the company's spokeswoman": someone speaking for the organisation the descriptor before the role
 * refers back to ("the Maple Unified School District"); that organisation is the source and names the speaker
 */
function resolveOrgVoice(base: ResolvedSpeaker, ws: string[], ents: EntityResult): void {
  const lower = ws.map((w) => w.toLowerCase());
  if (DETERMINERS.has(lower[0]) || lower[0] === 'the') lower.shift();
  if (lower.length !== 2 || !SPOKES_ROLES.has(lower[1])) return;
  const descriptor = lower[0].replace(/[’']s$/, '');
  if (!ORG_ROLES.has(descriptor)) return;
  const i = nearestBefore(ents, base.start, (t, e) => orgFits(descriptor, ents.entities[e].name, t));
  if (i < 0) return;
  base.speaksFor = ents.mentions[i].entity;
  base.name = ents.entities[base.speaksFor].name;
}

/** how far back (characters) "the report" looks for the report that earlier text named by its author */
const DOCUMENT_LOOKBACK = 20000;
/**
 * what may stand between a document noun and its author after it: "a report by", "a survey released Tuesday by", and
 * the people who wrote it for their institution: "a study by researchers at Stanford University"
 */
const AUTHOR_AFTER =
  /^(?:,\s*|\s+)(?:(?:released|published|commissioned|issued|conducted|compiled|prepared|produced|written|authored|filed|sent|obtained)\s+(?:[\p{L}\d.,]+\s+){0,3}?)?(?:by|from|of|for)\s+(?:(?:researchers|scientists|economists|analysts|experts|academics|professors|a team|a group)\s+(?:at|from|with|of|in)\s+)?(?:the\s+)?$/u;
/** what may stand between an author and its document noun: "Pew's new report", "the Harbor Institute report" */
const AUTHOR_BEFORE = /^(?:(?:[’']s?)(?:\s+(?!(?:the|a|an|its|their|his|her)\s)[\p{Ll}\d][\p{L}\d-]*){0,3})?\s+$/u;

/**
 * "the report", "the survey": the author of the latest earlier document of that kind whose author the text named
 * ("a report by the Harbor Institute", "Pew's new survey"); the speaker stays a document
 */
function resolveDocument(
  base: ResolvedSpeaker,
  head: string,
  ents: EntityResult,
  prose: string,
  earlier: readonly EarlierSpeaker[],
): void {
  const from = Math.max(0, base.start - DOCUMENT_LOOKBACK);
  // the draft lower-cased once, not the 20,000 characters before each claim of a document noun
  const lower = lowerCased(prose);
  const [text, d] = lower === null ? [prose.slice(from, base.start).toLowerCase(), from] : [lower, 0];
  const places =
    lower === null ? wordsBackwards(text, head, from - d, base.start - d) : wordPlaces(lower, head, from, base.start);
  for (const at of places) {
    const author = documentAuthor(d + at, d + at + head.length, ents, prose);
    if (author !== undefined) return takeEntity(base, author, ents);
    // "Delta said in a statement that …" … "The statement said": the speaker who said it in that document
    const said = saidInOwner(d + at, earlier, prose)?.speaker;
    if (said && said.start < base.start) return takeSpeaker(base, said);
  }
  const suer = suitOwner(head, base.start, base.start - from, ents, prose);
  if (suer !== undefined) takeEntity(base, suer, ents);
}

/** the speaker stands for an entity (keeping the words it was written with) */
function takeEntity(base: ResolvedSpeaker, entity: number, ents: EntityResult): void {
  base.name = ents.entities[entity].name;
  base.entityType = ents.entities[entity].type;
  base.entity = entity;
}

/** the speaker stands for what an earlier speaker stood for */
function takeSpeaker(base: ResolvedSpeaker, earlier: ResolvedSpeaker): void {
  base.name = earlier.name;
  base.entityType = earlier.entityType;
  base.entity = earlier.entity;
}

/** where `word` stands as a whole word in text[lo, hi) (read as if nothing stood around it), last first */
export function* wordsBackwards(text: string, word: string, lo: number, hi: number): Generator<number> {
  if (hi - lo < word.length) return;
  for (let at = text.lastIndexOf(word, hi - word.length); at >= lo; at = at > 0 ? text.lastIndexOf(word, at - 1) : -1)
    if (
      !/[\p{L}\d]/u.test(at > lo ? text[at - 1] : ' ') &&
      !/[\p{L}\d]/u.test(at + word.length < hi ? text[at + word.length] : ' ')
    )
      yield at;
}

/** where a word stands in the lower-cased prose: every place it starts, and whether a letter or digit touches it */
interface WordPlace {
  at: number;
  touchedBefore: boolean;
  touchedAfter: boolean;
}
/** the places of each document noun looked for in the last prose (see wordPlaces) */
let placesIn: { lower: string; byWord: Map<string, WordPlace[]> } | null = null;
const LETTER_OR_DIGIT = /[\p{L}\d]/u;

/**
 * wordsBackwards over the whole lower-cased prose, with the word's places found once per analysis: each "the report"
 * scanned the 20,000 characters before it (DOCUMENT_LOOKBACK) again, for every claim of a document noun, on every
 * keystroke. Same places, same order, same reading of the window's edges.
 */
export function* wordPlaces(lower: string, word: string, lo: number, hi: number): Generator<number> {
  if (placesIn?.lower !== lower) placesIn = { lower, byWord: new Map() };
  let places = placesIn.byWord.get(word);
  if (!places) {
    places = [];
    for (let at = lower.indexOf(word); at >= 0 && word; at = lower.indexOf(word, at + 1))
      places.push({
        at,
        touchedBefore: at > 0 && LETTER_OR_DIGIT.test(lower[at - 1]),
        touchedAfter: at + word.length < lower.length && LETTER_OR_DIGIT.test(lower[at + word.length]),
      });
    placesIn.byWord.set(word, places);
  }
  if (hi - lo < word.length) return;
  // the last place that ends by hi
  let a = 0,
    b = places.length;
  while (a < b) {
    const m = (a + b) >> 1;
    if (places[m].at <= hi - word.length) a = m + 1;
    else b = m;
  }
  for (let k = a - 1; k >= 0 && places[k].at >= lo; k--) {
    const p = places[k];
    if ((p.at > lo && p.touchedBefore) || (p.at + word.length < hi && p.touchedAfter)) continue;
    yield p.at;
  }
}

/** the last prose lower-cased, or null when lower-casing changes its length (offsets would no longer match) */
let lowered: { prose: string; lower: string | null } | null = null;
function lowerCased(prose: string): string | null {
  if (lowered?.prose !== prose) {
    const lower = prose.toLowerCase();
    lowered = { prose, lower: lower.length === prose.length ? lower : null };
  }
  return lowered.lower;
}

/** the person or organisation named as the author of the document noun at [start, end), if any */
function documentAuthor(start: number, end: number, ents: EntityResult, prose: string): number | undefined {
  const at = lastAtOrBefore(ents.mentions, end + 80);
  for (let i = at; i >= 0; i--) {
    const m = ents.mentions[i];
    if (m.end < start - 80) break;
    const type = ents.entities[m.entity].type;
    if (type === 'other') continue;
    if (m.start >= end && AUTHOR_AFTER.test(prose.slice(end, m.start))) return m.entity;
    if (m.end <= start && AUTHOR_BEFORE.test(prose.slice(m.end, start))) return m.entity;
  }
  return ownerOfIts(start, ents, prose) ?? verbOwner(start, ents, prose);
}

/** "The Harbor Institute released its annual report": the organisation named before "its" in the same sentence */
function ownerOfIts(start: number, ents: EntityResult, prose: string): number | undefined {
  const its = /\bits\s+(?:[\p{Ll}\d][\p{L}\d-]*\s+){0,2}$/u.exec(prose.slice(Math.max(0, start - 40), start));
  if (!its) return undefined;
  const at = start - its[0].length;
  const sentence = Math.max(prose.lastIndexOf('. ', at), prose.lastIndexOf('\n', at));
  const i = nearestBefore(ents, at, (t) => t === 'organization');
  return i >= 0 && ents.mentions[i].start > sentence ? ents.mentions[i].entity : undefined;
}

/**
 * a one-word name read as a capitalised plural is a name all the same when a list knows it ("Reuters", not "Democrats") or the draft
 * writes it capitalised inside a sentence ("according to Gridwise"); "Investigators" opening a sentence is no name
 */
function knownName(ents: EntityResult, entity: number, prose: string): boolean {
  const e = ents.entities[entity];
  return (
    (organizationNames().has(e.name.toLowerCase()) && !PERSON_ROLES.has(e.name.toLowerCase().replace(/s$/, ''))) ||
    e.mentions.some((m) => /\p{Ll}[\s,]*$/u.test(prose.slice(Math.max(0, m.start - 4), m.start)))
  );
}

/**
 * the phrase is headed by the role of someone who speaks for the body or person of that type named in it: "a Delmar
 * Airlines spokesperson", "an official at Orbis", "attorneys for Meridian Health", "lawyers for Dan Ortiz"
 */
function voiceOf(ws: string[], type: string): boolean {
  const head = headWord(ws.map((w) => w.toLowerCase()));
  return SPEAKS_FOR_TYPES.has(type) ? SPOKES_ROLES.has(head) : type === 'person' && PERSON_VOICES.has(head);
}

/**
 * the head of a phrase's lowercased words: before any prepositional tail ("a spokeswoman for the company") and before
 * a participle after a noun ("a study published last year", "a report released by the auditor")
 */
function headWord(ws: string[]): string {
  const prep = headEnd(ws);
  return (prep > 0 ? ws[prep - 1] : ws[ws.length - 1]).replace(/[’']s$/, '');
}

/** where the head's tail starts (a preposition or a participle after the head), or -1 */
function headEnd(ws: string[]): number {
  return ws.findIndex((w, i) => i > 0 && (HEAD_ENDERS.has(w) || postModifier(ws, i)));
}

/**
 * "the two-term councilman", "the veteran striker": "the", lower-case words that describe, and a person's role that is
 * not someone speaking for others ("the senior official" is nobody the story named)
 */
function newDescriptor(ws: string[], head: string): boolean {
  const middle = ws.slice(1, -1);
  // "the Democrat" for a person the text never called one
  if (ws.length === 2 && /^the$/i.test(ws[0]) && PARTIES.has(ws[1].toLowerCase())) return true;
  return (
    /^the$/i.test(ws[0]) &&
    middle.length > 0 &&
    middle.length <= 3 &&
    middle.every((w) => /^[\p{Ll}\d][\p{Ll}\d-]*$/u.test(w)) &&
    (PERSON_ROLES.has(head) || TITLE_ROLE_WORDS.has(head)) &&
    !SPOKES_ROLES.has(head) &&
    !ANONYMOUS_HEADS.has(head)
  );
}

/**
 * the named person who spoke in the claim just before pos, in the same paragraph, with nobody else named since:
 * "Blake Washington said …. The official added …"
 */
function speakerJustBefore(
  pos: number,
  ents: EntityResult,
  prose: string,
  earlier: readonly EarlierSpeaker[],
): ResolvedSpeaker | undefined {
  for (let k = earlier.length - 1; k >= 0; k--) {
    const e = earlier[k];
    if (e.speaker.start >= pos) continue;
    const sp = e.speaker;
    const named = sp.entityType === 'person' && sp.entity !== undefined && !PRONOUNS[sp.text.trim().toLowerCase()];
    const near = paragraphBreaks(prose, e.claimEnd, pos) === 0 && peopleBetween(ents, e.claimEnd, pos) === 0;
    return named && near ? sp : undefined;
  }
  return undefined;
}

/** an age in an appositive: "Tomas Vale, 54," */
const AGE_AFTER = /^,\s+(?:an?\s+)?(\d{1,3})\b/;

/**
 * "the 54-year-old": the nearest person named before with that age ("Tomas Vale, 54,", "a 54-year-old nurse, Ana
 * Ruiz"), else the person the story was just about ("Oduya took over in 2021. The 54-year-old said …")
 */
function resolveAge(
  base: ResolvedSpeaker,
  age: number,
  ents: EntityResult,
  prose: string,
  around: Surroundings,
): ResolvedSpeaker {
  /** the person was given another age: "Tomas Vale, 61," is not "the 54-year-old" */
  const agedOther = (m: { start: number; end: number }) => {
    const a = Number(AGE_AFTER.exec(prose.slice(m.end, m.end + 12))?.[1]);
    return !Number.isNaN(a) && a !== age;
  };
  const aged = (m: { start: number; end: number }) =>
    Number(AGE_AFTER.exec(prose.slice(m.end, m.end + 12))?.[1]) === age ||
    prose.slice(Math.max(0, m.start - 60), m.start).includes(`${age}-year-old`) ||
    prose.slice(m.end, m.end + 24).includes(`${age}-year-old`);
  const i = nearestBefore(
    ents,
    base.start,
    (type, entity) => type === 'person' && ents.entities[entity].mentions.some(aged),
  );
  if (i >= 0) {
    base.name = ents.entities[ents.mentions[i].entity].name;
    base.entityType = 'person';
    base.entity = ents.mentions[i].entity;
    return base;
  }
  const topic = topicPerson(base.start, null, ents, prose, around.sentences);
  if (topic !== undefined && !ents.entities[topic].mentions.some(agedOther)) takeEntity(base, topic, ents);
  return base;
}

/** a name after a preposition in the phrase belongs to its tail: "Residents of Elm Street", "a spokeswoman for Acme" */
function afterPreposition(np: SpeakerPhrase, mention: Mention | undefined, prose: string): boolean {
  if (!mention || mention.start <= np.start) return false;
  const before = prose.slice(np.start, mention.start).trim().toLowerCase().split(/\s+/);
  if (before[before.length - 1] === 'the') before.pop();
  // "a spokeswoman for Sen. Ana Ruiz": the title goes with the name
  while (before.length > 2 && TITLES.has(before[before.length - 1].replace(/\.$/, ''))) before.pop();
  return before.length >= 2 && HEAD_ENDERS.has(before[before.length - 1]);
}

type Mention = EntityResult['mentions'][number];

/** the mention naming the phrase: one wholly inside it first, else one that overlaps it */
function mentionInside(np: SpeakerPhrase, ents: EntityResult, prose: string): Mention | undefined {
  let overlap: Mention | undefined;
  const inside: Mention[] = [];
  const aside: Mention[] = [];
  for (let i = Math.max(0, lastAtOrBefore(ents.mentions, np.start) - 2); i < ents.mentions.length; i++) {
    const m = ents.mentions[i];
    if (m.start >= np.end) break;
    // a fragment of an abbreviation ("S." of "U.S.") is not a name
    if (/[\p{L}.]/u.test(prose[m.start - 1] ?? ' ') || m.end - m.start < 2) continue;
    // a title's abbreviation read as a name: "Del." of "said Del. Stacey Plaskett"
    if (STATE_TITLES.has(prose.slice(m.start, m.end + 1).toLowerCase()) && m.end + 2 < np.end) continue;
    // a party and state in parentheses names no speaker: "Oversight Chairman Jason Chaffetz (R-Utah)"
    if (m.start >= np.start && m.end <= np.end) (inParentheses(prose, np.start, m.start) ? aside : inside).push(m);
    else if (overlap === undefined && m.end > np.start) overlap = m;
  }
  if (!inside.length) inside.push(...aside);
  return inside.length ? headName(inside, ents, prose) : overlap;
}

/**
 * "British Prime Minister Theresa May said": a name whose last word the phrase grammar read as a month ends the phrase
 * one word early; the speaker's span takes the rest of the name (not "Lindsey Graham Says" of a title-case headline)
 */
function reachNameEnd(base: ResolvedSpeaker, whole: SpeakerPhrase, np: SpeakerPhrase, m: Mention, prose: string): void {
  if (np.end !== whole.end || m.start < np.start || m.start >= np.end || m.end <= np.end) return;
  if (!/^\s/.test(prose.slice(np.end, m.end)) || !DATE_NAMES.has(prose.slice(np.end, m.end).trim())) return;
  base.end = m.end;
  base.text = prose.slice(base.start, m.end);
}

/** a parenthesis opened in prose[from, to) is still open at `to` */
function inParentheses(prose: string, from: number, to: number): boolean {
  let depth = 0;
  for (let i = from; i < to; i++)
    if (prose[i] === '(') depth++;
    else if (prose[i] === ')' && depth > 0) depth--;
  return depth > 0;
}

/**
 * The whole phrase as a body's name when it is capitalised words joined by "and" or "&" around connector words ("the
 * Center for Media and Public Affairs", "United States Citizenship and Immigration Services") and the names step read
 * only part of it; two people named together ("Ruiz and Ortiz") are not one body.
 */
function joinedBodyName(np: SpeakerPhrase, mention: Mention, ents: EntityResult, prose: string): string | null {
  if (mention.start < np.start || mention.end >= np.end) return null;
  const text = np.text.trim().replace(/^the\s+/i, '');
  const parts = text.split(/\s+/);
  if (!parts.some((w) => w === 'and' || w === '&') || !isConnectedName(parts)) return null;
  const inside: Mention[] = [];
  for (let i = Math.max(0, lastAtOrBefore(ents.mentions, np.start)); i < ents.mentions.length; i++) {
    const m = ents.mentions[i];
    if (m.start >= np.end) break;
    if (m.end > np.start) inside.push(m);
  }
  if (/\p{L}$/u.test(prose[np.end] ?? '') || inside.some((m) => ents.entities[m.entity].type === 'person')) return null;
  if (organizationNames().has(text.toLowerCase())) return text;
  // two names joined are two bodies or places unless a list knows them as one: "Britain and France", "Maumee Valley
  // Health and St. Anselm Health Partners"
  const joins = (a: Mention, b: Mention) => /^\s+(?:and|&)\s+$/.test(prose.slice(a.end, b.start));
  // a name whose first part already has its connector goes on after "and": "Centers for Disease Control and
  // Prevention", "Department of Housing and Urban Development"
  const goesOn = (a: Mention) => / (?:of|for) /.test(prose.slice(a.start, a.end));
  return inside.some((a, k) => inside[k + 1] && joins(a, inside[k + 1]) && !goesOn(a)) ? null : text;
}

/**
 * of several names in a phrase, the person its title words lead up to ("Trump campaign spokesman Jason Miller",
 * "Oversight Chairman Jason Chaffetz") or that follows a place or an organisation, else the first ("Dan Ortiz of the
 * Harbor Authority")
 */
function headName(all: Mention[], ents: EntityResult, prose: string): Mention {
  // "CBC Chairman G.K. Butterfield of North Carolina": a place or body after the person's "of" is not the head
  const inside = [...all];
  while (
    inside.length > 2 &&
    ents.entities[inside[0].entity].type !== 'person' &&
    ents.entities[inside[inside.length - 2].entity].type === 'person' &&
    ents.entities[inside[inside.length - 1].entity].type !== 'person' &&
    wordsBetween(prose, inside[inside.length - 2], inside[inside.length - 1]).some((w) => HEAD_ENDERS.has(w))
  )
    inside.pop();
  const last = inside[inside.length - 1];
  if (inside.length < 2 || ents.entities[last.entity].type !== 'person') return inside[0];
  // a person after a place or an organisation and its office: "U.S. Secretary of Labor Dana Whitcombe"
  // (not a body and a person joined: "The Congressional Black Caucus and Sen. Chuck Schumer")
  if (ents.entities[inside[0].entity].type !== 'person')
    return inside.length < all.length && wordsBetween(prose, inside[0], last).includes('and') ? inside[0] : last;
  const between = wordsBetween(prose, inside[inside.length - 2], last);
  return between.some((w) => HEAD_ENDERS.has(w) || w === 'and') ? inside[0] : last;
}

/** the lower-cased words between two mentions */
function wordsBetween(prose: string, a: Mention, b: Mention): string[] {
  return prose
    .slice(a.end, b.start)
    .toLowerCase()
    .split(/[\s,]+/);
}

/** an earlier claim's resolved speaker and where that claim ends, for the pronouns after it */
export interface EarlierSpeaker {
  speaker: ResolvedSpeaker;
  /** where the claim starts ("In a statement, Delta said …" starts before its speaker) */
  claimStart?: number;
  claimEnd: number;
}

/** how far back (characters) a pronoun looks for the speaker it continues: about two paragraphs of wire copy */
const RECENT_SPEAKER = 600;

/**
 * "he", "she", "it", "they": the most recent earlier speaker that agrees in gender and number, unless a compatible
 * person is named after that speaker's claim ("Ruiz said …. Then Dan Ortiz arrived. He said …" → Ortiz); without
 * such a speaker, the nearest compatible name before it, not one inside quoted words the pronoun is outside of. A
 * person's gender comes from their name, a title or role word, or the he's and she's already read as them. "They"
 * resolves to a group or a body that spoke, or to the body or the people named together as the subject of the
 * sentence before; else it stays "they".
 */
function resolvePronoun(
  base: ResolvedSpeaker,
  lower: string,
  pron: string,
  ents: EntityResult,
  prose: string,
  earlier: readonly EarlierSpeaker[],
  around: Surroundings,
): ResolvedSpeaker {
  if (lower === 'i' || lower === 'we' || lower === 'you') return base;
  const want: Gender = pron === 'person-f' ? 'f' : pron === 'person-m' ? 'm' : null;
  const genderOf = knownGender(ents, prose, earlier);
  const agrees = (sure: boolean) => (type: string, entity: number, m: Mention) => {
    if (quotedAway(around.quotes, m.start, m.end, base.start)) return false;
    if (pron === 'thing') return type === 'organization';
    if (type !== 'person') return false;
    const g = genderOf(entity);
    return g === want || (g === null && (!sure || !want || personLike(ents, entity)));
  };
  // a name that reads as a person's first ("Maria Quell", not "Harbor Freight" read as one), then any
  const nearest =
    pron === 'plural'
      ? -1
      : ((j) => (j >= 0 ? j : nearestBefore(ents, base.start, agrees(false))))(
          nearestBefore(ents, base.start, agrees(true)),
        );
  // the sentence before carries its subject on, ahead of a name later in it
  const i =
    nearest < 0
      ? nearest
      : subjectBefore(nearest, base.start, ents, prose, around.sentences, (k) => {
          const m = ents.mentions[k];
          return agrees(true)(ents.entities[m.entity].type, m.entity, m);
        });
  const mention = i >= 0 ? ents.mentions[i] : undefined;
  const recent = recentSpeaker(base.start, pron, want, ents, prose, earlier, genderOf);
  if (recent && !(mention && namedSince(mention, recent, want, genderOf, prose, around.sentences))) {
    base.name = recent.speaker.name;
    base.entityType = recent.speaker.entityType;
    base.entity = recent.speaker.entity;
    base.pronounOf = recent.speaker;
  } else if (mention) {
    const e = ents.entities[mention.entity];
    base.name = e.name;
    base.entityType = e.type;
    base.entity = mention.entity;
  } else if (pron === 'plural') {
    const group = pluralSubject(base.start, ents, prose, around.sentences);
    if (group) Object.assign(base, group);
  }
  return base;
}

/** a person's gender: from the name and the words around it, else from the he's and she's already read as them */
function knownGender(ents: EntityResult, prose: string, earlier: readonly EarlierSpeaker[]) {
  const memo = new Map<number, Gender>();
  return (entity: number): Gender => {
    let g = memo.get(entity);
    if (g === undefined) memo.set(entity, (g = entityGender(ents, entity, prose) ?? spokenGender(earlier, entity)));
    return g;
  };
}

/**
 * a person's name of no known gender still reads as a person's: it opens with a given name ("Robin Vale") or a title
 * or role word goes with it ("Sen. Osei", "the engineer, Kwabena Osei"); "Harbor Freight" or "Copper Ridge" typed a
 * person for want of other evidence does not
 */
function personLike(ents: EntityResult, entity: number): boolean {
  const first = ents.entities[entity].name.split(/\s+/)[0].toLowerCase();
  return givenNameSet().has(first) || /^\p{L}\.$/u.test(first) || ents.roles.some((r) => r.entity === entity);
}

/**
 * a person named after the recent speaker's claim takes the pronoun from that speaker ("Ruiz said …. Then Dan Ortiz
 * arrived. He said …"), unless the speaker's gender is known to agree and the name's is not: a name of no known
 * gender may be an organisation read as a person ("Ruiz said …. Border Patrol agents came. She said …")
 */
function namedSince(
  mention: Mention,
  recent: EarlierSpeaker,
  want: Gender,
  genderOf: (entity: number) => Gender,
  prose: string,
  sentences: readonly Span[],
): boolean {
  if (mention.entity === recent.speaker.entity || mention.start < recent.claimEnd) return false;
  if (!want || recent.speaker.entity === undefined) return true;
  // a man named since only as an object ("She showed the jury records placing Lee near the bank.") does not take
  // "He" from the man who spoke last and agrees
  if (genderOf(recent.speaker.entity) === want && !opensSentence(mention, prose, sentences)) return false;
  return genderOf(recent.speaker.entity) !== want || genderOf(mention.entity) === want;
}

const SUBJECT_LEADS = new Set(['the', 'then', 'later', 'also', 'but', 'and', 'meanwhile', 'now']);

/** words that open a clause or a phrase before a sentence's subject: "After meeting Ruiz, …" */
const NOT_SUBJECT_OPENERS = new Set([
  'after',
  'before',
  'when',
  'while',
  'if',
  'as',
  'although',
  'because',
  'in',
  'at',
  'on',
  'with',
  'for',
  'by',
  'from',
  'to',
  'since',
  'during',
]);

/**
 * the name stands as its sentence's subject: only capitalised words or a few openers before it ("Then Dan Ortiz
 * arrived"), or it names the subject in an appositive ("Adeyemi's father, Samuel Adeyemi, travelled …", "The third
 * member of the panel, Judge Ellen Tarrant, dissented")
 */
function opensSentence(m: Mention, prose: string, sentences: readonly Span[]): boolean {
  const s = lastAtOrBefore(sentences as Span[], m.start);
  if (s < 0) return true;
  const text = prose.slice(sentences[s].start, m.start).trim();
  const lead = text.split(/\s+/).filter(Boolean);
  if (lead.length <= 4 && lead.every((w) => /^["“]?\p{Lu}/u.test(w) || SUBJECT_LEADS.has(w.toLowerCase()))) return true;
  // an appositive to the subject: one comma, ending the words before the name (a title may stand between)
  const appositive = /^([^,]+),(?:\s+\p{Lu}[\p{L}.-]*)*$/u.exec(text);
  return (
    !!appositive &&
    appositive[1].split(/\s+/).length <= 8 &&
    !NOT_SUBJECT_OPENERS.has(lead[0].replace(/^["“]/, '').toLowerCase())
  );
}

/** the most recent earlier speaker, close enough, that the pronoun can stand for */
function recentSpeaker(
  pos: number,
  pron: string,
  want: Gender,
  ents: EntityResult,
  prose: string,
  earlier: readonly EarlierSpeaker[],
  genderOf: (entity: number) => Gender,
): EarlierSpeaker | undefined {
  let latest = true; // no other speaker since this one
  for (let k = earlier.length - 1; k >= 0; k--) {
    const e = earlier[k];
    if (e.speaker.start >= pos) continue;
    // the same paragraph or the one before it, and not far back
    if (e.claimEnd < pos - RECENT_SPEAKER || paragraphBreaks(prose, e.claimEnd, pos) > 1) return undefined;
    const sp = e.speaker;
    // a pronoun that found nobody is no antecedent
    if (PRONOUNS[sp.name.trim().toLowerCase()]) continue;
    const type = sp.pronounOf ? sourceTypeOf(sp.pronounOf) : sourceTypeOf(sp);
    // "Residents said …. Ana Ruiz met Dan Ortiz. They said …": the two people named since may be "they"
    if (pron === 'plural' && type === 'unnamed-group') return peopleBetween(ents, e.claimEnd, pos) >= 2 ? undefined : e;
    // "The tenants' association said …. They said …": the organisation that spoke last, with nobody named since
    if (pron === 'plural' && type === 'named-organization' && latest)
      return peopleBetween(ents, e.claimEnd, pos) > 0 ? undefined : e;
    if (pron === 'thing' && (type === 'named-organization' || type === 'document')) return e;
    // (a document that speaks for a person is no "he": "Ruiz's letter said …. He added" reads the name)
    if (
      (pron === 'person-f' || pron === 'person-m') &&
      sp.entityType === 'person' &&
      sp.entity !== undefined &&
      type !== 'document'
    ) {
      const g = genderOf(sp.entity);
      if (g === null || g === want) return e;
    }
    // "The bridge is safe, the mayor said. "We checked it twice," she said.": a person described, not named, who
    // spoke last, with nobody named since
    if ((pron === 'person-f' || pron === 'person-m') && type === 'unnamed-person' && latest)
      return peopleBetween(ents, e.claimEnd, pos) > 0 ? undefined : e;
    latest = false;
  }
  return undefined;
}

/** how many distinct people are named in [from, to) */
function peopleBetween(ents: EntityResult, from: number, to: number): number {
  const seen = new Set<number>();
  for (let i = Math.max(0, lastAtOrBefore(ents.mentions, from)); i < ents.mentions.length; i++) {
    const m = ents.mentions[i];
    if (m.start >= to) break;
    if (m.start >= from && ents.entities[m.entity].type === 'person') seen.add(m.entity);
  }
  return seen.size;
}

/** how many paragraph breaks (runs of newlines) lie in prose[from, to) */
function paragraphBreaks(prose: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (prose[i] === '\n' && prose[i - 1] !== '\n') n++;
  return n;
}

/** the nearest mention before pos whose entity passes the test, within the last 40 mentions */
function nearestBefore(
  ents: EntityResult,
  pos: number,
  ok: (type: string, entity: number, m: Mention) => boolean,
): number {
  const from = lastAtOrBefore(ents.mentions, pos);
  for (let i = from; i >= 0 && i > from - 40; i--) {
    const m = ents.mentions[i];
    if (m.end > pos) continue;
    if (ok(ents.entities[m.entity].type, m.entity, m)) return i;
  }
  return -1;
}

/** the speaker record claims carry (without the resolution's working fields) */
export function plainSpeaker(sp: ResolvedSpeaker): Speaker {
  // (core and entityType are working fields); a wrapped line or blanked link markup leaves runs of spaces
  // ("according to a [police news release](…)") that a card or a sheet should not show
  const tidy = (s: string) => (/\s\s|[^\S ]/.test(s) ? s.replace(/\s+/g, ' ') : s);
  return { start: sp.start, end: sp.end, text: tidy(sp.text), name: tidy(sp.name) };
}

/**
 * source types by the fields they are read from, kept across analyses: a keystroke re-reads every claim. Kept by the
 * phrase, then its other fields compared one by one: a key joining them all was built and hashed for every claim.
 */
interface KnownType {
  core: string | undefined;
  name: string;
  entityType: string | undefined;
  speaksFor: string;
  type: SourceType;
}
const SOURCE_TYPES = new Map<string, KnownType[]>();
const SOURCE_TYPES_LIMIT = 20000;
/** typeOfSource reads the speaker's text, core text, name, entity type and whether it speaks for a person or a body */
const speaksForOf = (sp: ResolvedSpeaker) => (sp.speaksFor === undefined ? '' : sp.speaksForPerson ? 'p' : 'o');

/** What kind of source a speaker is, from what it resolved to and the shape of the phrase. */
export function sourceTypeOf(sp: ResolvedSpeaker | null): SourceType | null {
  if (!sp) return null;
  const core = sp.core?.text;
  const speaksFor = speaksForOf(sp);
  let known = SOURCE_TYPES.get(sp.text);
  const got = known?.find(
    (k) => k.core === core && k.name === sp.name && k.entityType === sp.entityType && k.speaksFor === speaksFor,
  );
  if (got) return got.type;
  const type = typeOfSource(sp);
  if (!known) {
    if (SOURCE_TYPES.size >= SOURCE_TYPES_LIMIT) SOURCE_TYPES.clear();
    SOURCE_TYPES.set(detach(sp.text), (known = []));
  }
  const entry = {
    core: core === undefined ? core : detach(core),
    name: detach(sp.name),
    entityType: sp.entityType,
    speaksFor,
  };
  known.push({ ...entry, type });
  return type;
}

function typeOfSource(sp: ResolvedSpeaker): SourceType {
  // withheld identities show anywhere in the phrase: "a senior official, who spoke on condition of anonymity"
  const all = sp.text.toLowerCase();
  if (ANONYMOUS_PHRASES.some((p) => all.includes(p))) return 'anonymous';
  // the rest reads the part that names the speaker, without its appositives
  const text = (sp.core?.text ?? sp.text).trim();
  const lower = text.toLowerCase().replace(/^according to\s+/, '');
  const ws = lower.split(/\s+/);
  const prep = headEnd(ws);
  const head = headWord(ws);
  if (ANONYMOUS_HEADS.has(head) || ANONYMOUS_PHRASES.some((p) => lower.includes(p))) return 'anonymous';
  // an unnamed spokesperson or lawyer gives the organisation's or the person's word: they are the source
  if (sp.speaksFor !== undefined) return sp.speaksForPerson ? 'named-person' : 'named-organization';
  if (DOCUMENT_NOUNS.has(head) && !outletName(text, head)) return 'document';
  const roleHead = prep > 0 && (PERSON_ROLES.has(head) || TITLES.has(head));
  if (sp.entityType === 'person') return articledName(text, sp.name) ? 'named-organization' : 'named-person';
  if (sp.entityType === 'organization' && !roleHead) return 'named-organization';
  // a country or a city that speaks is its government: "China said", "Washington rejected the plan" (a place the
  // gazetteer knows: "Jo Park" is typed a place by its last word only)
  if (sp.entityType === 'place' && isPlaceName(sp.name.toLowerCase()) && !roleHead) return 'named-organization';
  const pron = PRONOUNS[lower];
  if (pron) return pron === 'thing' ? 'named-organization' : pron === 'plural' ? 'unnamed-group' : 'named-person';
  // a transcript's speaker label: "PENCE"
  if (/^\p{Lu}{2,}$/u.test(text)) return 'named-person';
  // an outlet's or a body's name after "the": "the Times", "the Sentencing Project"
  if (articledName(text, text.replace(/^the\s+/i, ''))) return 'named-organization';
  // an unresolved name: every word capitalised ("Pine County Water Authority"), not a capitalised common noun
  const parts = text.split(/\s+/);
  if (parts.length >= 2 && parts.every(capitalised)) return ORG_ROLES.has(head) ? 'named-organization' : 'named-person';
  // people of a place are a group, not a body: "Residents of Elm Street" ("Residents for a Safer Elm" is a body)
  if (prep > 0 && ws[prep] === 'of' && GROUP_NOUNS.has(head)) return 'unnamed-group';
  // a name with a connector inside is a body's: "Customs and Border Protection", "Department of Labor"
  if (isConnectedName(parts)) return 'named-organization';
  if (ws.includes('and') || isPartOfGroup(ws, prep)) return 'unnamed-group';
  if (VAGUE_SOURCES.test(lower.replace(/^the\s+/, ''))) return /s$/.test(head) ? 'unnamed-group' : 'anonymous';
  if (ORG_ROLES.has(head)) return 'named-organization';
  if (GROUP_NOUNS.has(head) || (/s$/.test(head) && !/ss$/.test(head))) return 'unnamed-group';
  return 'unnamed-person';
}

/**
 * "The Washington Post", "the Associated Press", "the Post": a document noun written capitalised after a name's
 * word or "the" is an outlet's or a body's name, not a document
 */
function outletName(text: string, head: string): boolean {
  const parts = text.replace(/^according to\s+/i, '').split(/\s+/);
  let at = parts.length - 1;
  while (at > 0 && parts[at].toLowerCase().replace(/[’']s$/, '') !== head) at--;
  return at > 0 && /^\p{Lu}/u.test(parts[at]) && (capitalised(parts[at - 1]) || parts[at - 1] === 'the');
}

/**
 * "The Guardian", "the Sentinel Project": an article before capitalised words is an organisation's or an outlet's
 * name, as a person's name takes none; not a title before a name ("the Rev. Ellen Marsh")
 */
function articledName(text: string, name: string): boolean {
  const ws = text.split(/\s+/);
  if (ws.length < 2 || !/^the$/i.test(ws[0])) return false;
  const rest = ws.slice(1);
  if (rest.join(' ') !== name) return false;
  return rest.every((w) => /^\p{Lu}/u.test(w) && !isRoleWord(w.replace(/[.’']s?$/u, '').toLowerCase()));
}

const GROUP_PARTS = new Set(words.groupParts.words);

/** a number or share of a plural group: "two of the nurses", "most of the tenants" (not "one of the members") */
function isPartOfGroup(ws: string[], prep: number): boolean {
  const count = ws[prep - 1];
  const plural = ws[ws.length - 1];
  return (
    prep > 0 &&
    ws[prep] === 'of' &&
    (GROUP_PARTS.has(count) || /^\d+$/.test(count)) &&
    count !== '1' &&
    /s$/.test(plural) &&
    !/ss$/.test(plural)
  );
}

const capitalised = (w: string) => /^[\p{Lu}(]/u.test(w);
const NAME_CONNECTORS = new Set(['and', 'of', 'for', 'on', '&']);

/** capitalised words joined by a connector word: "Customs and Border Protection", "Bureau of Land Management" */
function isConnectedName(parts: string[]): boolean {
  return (
    parts.length >= 3 &&
    capitalised(parts[0]) &&
    capitalised(parts[parts.length - 1]) &&
    parts.some((w) => NAME_CONNECTORS.has(w)) &&
    parts.every((w) => capitalised(w) || NAME_CONNECTORS.has(w))
  );
}

function isRoleWord(w: string): boolean {
  return TITLES.has(w) || PERSON_ROLES.has(w) || TITLE_ROLES.has(w) || TITLE_ROLE_WORDS.has(w);
}

/** ws[i] is a participle after the head noun ("study published"), not an adjective after a determiner ("the retired judge") */
function postModifier(ws: string[], i: number): boolean {
  return /^\p{Ll}+(?:ed|en|wn)$/u.test(ws[i]) && !DETERMINERS.has(ws[i - 1]) && !/(?:ed|en|wn)$/.test(ws[i - 1]);
}
