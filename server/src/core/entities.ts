/** Named entities: capitalised name runs, typed by titles, suffixes and a small gazetteer, with aliases. */
import type { Entity, EntityType, Span } from './types';
import { placeNames, givenNameSet } from './gazetteer';
import {
  COMMON_CAPS,
  DEMONYMS,
  ORG_PREFIXES,
  ORG_ROLES,
  ORG_SUFFIXES,
  PERSON_ROLES,
  PLACES,
  TITLES,
  CUE_FORMS,
} from './lexicon';

export interface MentionRef extends Span {
  text: string;
  entity: number;
}
export interface RoleRef {
  role: string;
  entity: number;
  at: number;
}
export interface EntityResult {
  entities: Entity[];
  mentions: MentionRef[];
  roles: RoleRef[];
}

// A capitalised word (letters, marks, apostrophes, hyphens, inner periods as in "U.S."), or an initial "J.".
// Linear: one character class per repetition, no nesting.
const WORD_RE = /\p{Lu}[\p{L}\p{M}’'-]*\.?|\p{Lu}\.(?:\p{Lu}\.)+/gu;
const CONNECTORS = new Set([
  'of',
  'for',
  'the',
  'and',
  'de',
  'del',
  'da',
  'van',
  'von',
  'der',
  'al',
  'bin',
  'la',
  'le',
  'du',
  'on',
]);

function stripPossessive(s: string) {
  return s.replace(/[’']s$/u, '').replace(/[’']$/u, '');
}
function norm(s: string) {
  return s.toLowerCase().replace(/[’']/g, "'").replace(/\.$/, '');
}

function isAcronym(w: string) {
  return /^\p{Lu}{2,6}$/u.test(w) || /^(\p{Lu}\.){2,}$/u.test(w);
}

function isPlace(n: string): boolean {
  return PLACES.has(n) || placeNames().has(n);
}

function classify(words: string[], titled: boolean): EntityType {
  const last = norm(words[words.length - 1]);
  const first = norm(words[0]);
  const full = norm(words.join(' '));
  if (titled && !ORG_SUFFIXES.has(last)) return 'person';
  if (ORG_SUFFIXES.has(last) || ORG_PREFIXES.has(first)) return 'organization';
  if (isPlace(full)) return 'place';
  if (titled) return 'person';
  if (words.length >= 2 && words.length <= 4 && givenNameSet().has(first) && !isPlace(last)) return 'person';
  // a place followed by a name that is not a place: "Leeds United", "Chicago Bulls"
  if (words.length >= 2 && isPlace(first) && !isPlace(last) && !givenNameSet().has(last)) return 'organization';
  if (words.length === 1 && isAcronym(words[0])) return 'organization';
  if (words.some((w) => CONNECTORS.has(w.toLowerCase()))) return 'organization';
  if (
    words.length >= 2 &&
    words.length <= 4 &&
    words.every((w) => /^\p{Lu}[\p{L}\p{M}’'-]*\p{Ll}[\p{L}\p{M}’'-]*$|^\p{Lu}\.$/u.test(w))
  )
    return 'person';
  return 'other';
}

/**
 * @param prose masked text
 * @param sentenceStarts offsets at which sentences begin (sentence-initial words are treated with care)
 */
export interface EntityRun {
  start: number;
  end: number;
  words: string[];
  titleWords: string[];
  sentenceInitial: boolean;
}

export function extractEntities(prose: string, spans: Span[], sentenceStarts: Set<number>): EntityResult {
  return resolveEntities(
    prose,
    spans.flatMap((sp) => entityRuns(prose, sp, sentenceStarts)),
  );
}

/** Capitalised name runs in one block: the per-block (cacheable) part of entity extraction. */
export function entityRuns(prose: string, span0: Span, sentenceStarts: Set<number>): EntityRun[] {
  const pending: EntityRun[] = [];
  for (const span of [span0]) {
    const seg = prose.slice(span.start, span.end);
    WORD_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    let run: { start: number; end: number; words: string[] } | null = null;
    const flush = () => {
      if (!run) return;
      // trim trailing connectors
      while (run.words.length && CONNECTORS.has(run.words[run.words.length - 1].toLowerCase())) run.words.pop();
      if (run.words.length) {
        const titleWords: string[] = [];
        let w = run.words;
        // leading titles: "Mayor", "Prime Minister", "Mr."
        while (w.length > 1) {
          const two = w.length > 2 ? norm(w[0] + ' ' + w[1]) : '';
          if (two && TITLES.has(two)) {
            titleWords.push(two);
            w = w.slice(2);
            continue;
          }
          if (TITLES.has(norm(w[0]))) {
            titleWords.push(norm(w[0]));
            w = w.slice(1);
            continue;
          }
          if (DEMONYMS.has(norm(w[0]))) {
            titleWords.push(norm(w[0]));
            w = w.slice(1);
            continue;
          }
          break;
        }
        const start = span.start + run.start;
        pending.push({
          start,
          end: span.start + run.end,
          words: w,
          titleWords,
          sentenceInitial: sentenceStarts.has(start),
        });
      }
      run = null;
    };
    while ((m = WORD_RE.exec(seg))) {
      const wStart = m.index;
      let word = m[0];
      // a trailing period is part of the word only for titles/initials/abbreviations
      let wEnd = wStart + word.length;
      if (
        word.endsWith('.') &&
        !(TITLES.has(norm(word)) || /^\p{Lu}\.$/u.test(word) || /^(\p{Lu}\.){2,}$/u.test(word))
      ) {
        word = word.slice(0, -1);
        wEnd--;
      }
      const possessive = /[’']s?$/u.test(word) && word.length > 2;
      if (run) {
        const gap = seg.slice(run.end, wStart);
        const gapWords = gap.trim().split(/\s+/).filter(Boolean);
        const okGap =
          /^ $/.test(gap) || (/^ [a-z]+ $/.test(gap) && gapWords.length === 1 && CONNECTORS.has(gapWords[0]));
        if (!okGap) flush();
      }
      if (!run) run = { start: wStart, end: wEnd, words: [] };
      else if (run && seg.slice(run.end, wStart).trim()) run.words.push(seg.slice(run.end, wStart).trim());
      run.words.push(possessive ? stripPossessive(word) : word);
      run.end = possessive ? wStart + stripPossessive(word).length : wEnd;
      if (possessive) flush();
    }
    flush();
  }
  return pending;
}

/** Document-level part: entities, aliases, mentions and roles from every block's runs. */
export function resolveEntities(prose: string, pending: EntityRun[]): EntityResult {
  const entities: Entity[] = [];
  const byKey = new Map<string, number>();
  const mentions: MentionRef[] = [];
  const roles: RoleRef[] = [];
  const add = (name: string, type: EntityType): number => {
    const k = name.toLowerCase();
    const got = byKey.get(k);
    if (got !== undefined) return got;
    entities.push({ name, type, mentions: [], aliases: [] });
    byKey.set(k, entities.length - 1);
    return entities.length - 1;
  };

  // pass 1: multi-word and titled names define entities; pass 2 resolves single words as aliases
  const resolved: (number | null)[] = pending.map(() => null);
  pending.forEach((p, i) => {
    let words = p.words;
    if (p.sentenceInitial && words.length && COMMON_CAPS.has(norm(words[0]))) words = words.slice(1);
    if (!words.length) return;
    if (words.length === 1 && !p.titleWords.length) return;
    if (words.length === 1 && DEMONYMS.has(norm(words[0]))) return;
    if (words.every((w) => COMMON_CAPS.has(norm(w)))) return;
    const titled = p.titleWords.some((t) => TITLES.has(t) && !DEMONYMS.has(t));
    const type = classify(words, titled);
    const id = add(words.join(' '), type);
    resolved[i] = id;
    for (const t of p.titleWords)
      if (!DEMONYMS.has(t)) roles.push({ role: t.split(' ').pop()!, entity: id, at: p.start });
  });
  // acronyms in parentheses right after an entity: "National Intelligence Service (NIS)"
  pending.forEach((p, i) => {
    if (resolved[i] !== null || p.words.length !== 1) return;
    const w = p.words[0];
    if (!isAcronym(w)) return;
    const before = prose.slice(Math.max(0, p.start - 3), p.start);
    if (before.endsWith('(') && i > 0 && resolved[i - 1] !== null) {
      const id = resolved[i - 1]!;
      entities[id].aliases.push(w);
      byKey.set(w.toLowerCase(), id);
      if (entities[id].type === 'other') entities[id].type = 'organization';
    }
  });
  // surname → person entity (the first one named), built once after pass 1
  let surnames: Map<string, number> | null = null;
  const surnameIndex = () => {
    if (!surnames) {
      surnames = new Map();
      entities.forEach((e, id) => {
        if (e.type === 'person') {
          const last = norm(e.name.split(' ').pop()!);
          if (!surnames!.has(last)) surnames!.set(last, id);
        }
      });
    }
    return surnames;
  };
  // initials of a multi-word entity
  const initials = new Map<string, number>();
  entities.forEach((e, id) => {
    const ws = e.name.split(/\s+/).filter((w) => !CONNECTORS.has(w.toLowerCase()));
    if (ws.length >= 2 && e.type !== 'person')
      initials.set(
        ws
          .map((w) => w[0])
          .join('')
          .toUpperCase(),
        id,
      );
  });
  pending.forEach((p, i) => {
    if (resolved[i] !== null) return;
    let words = p.words;
    if (p.sentenceInitial && words.length && COMMON_CAPS.has(norm(words[0]))) words = words.slice(1);
    if (words.length !== 1) return;
    const w = words[0];
    const n = norm(w);
    if (DEMONYMS.has(n) || (COMMON_CAPS.has(n) && !isPlace(n))) return;
    if (byKey.has(n)) {
      resolved[i] = byKey.get(n)!;
      return;
    }
    // surname alias of a person
    const person = surnameIndex().get(n) ?? -1;
    if (person >= 0) {
      resolved[i] = person;
      if (!entities[person].aliases.includes(w)) entities[person].aliases.push(w);
      return;
    }
    if (isAcronym(w) && initials.has(w.replace(/\./g, ''))) {
      const id = initials.get(w.replace(/\./g, ''))!;
      resolved[i] = id;
      if (!entities[id].aliases.includes(w)) entities[id].aliases.push(w);
      return;
    }
    if (p.sentenceInitial && !isPlace(n) && !isAcronym(w) && !followsCue(prose, p.end)) return;
    if (CUE_FORMS.has(n)) return;
    const type: EntityType = isPlace(n)
      ? 'place'
      : isAcronym(w)
        ? 'organization'
        : ORG_SUFFIXES.has(n)
          ? 'organization'
          : followsCue(prose, p.end)
            ? 'person'
            : 'other';
    resolved[i] = add(w, type);
  });
  pending.forEach((p, i) => {
    const id = resolved[i];
    if (id === null) return;
    let start = p.start;
    // mention text: from the first name word (after titles), keep titles out of the mention
    const nameStart = prose.indexOf(p.words[0], p.start);
    if (nameStart >= 0 && nameStart < p.end) start = nameStart;
    const text = prose.slice(start, p.end);
    entities[id].mentions.push({ start, end: p.end, text });
    mentions.push({ start, end: p.end, text, entity: id });
  });
  // appositive roles: "Maria Ortiz, a spokeswoman for …" / "Ortiz, the city's spokeswoman,"
  for (const mref of mentions) {
    const after = prose.slice(mref.end, mref.end + 80);
    const ap = /^,\s+(?:an?|the)\s+(?:[\p{L}’'-]+\s+){0,4}?([\p{Ll}]+)\b/u.exec(after);
    if (ap && (PERSON_ROLES.has(ap[1]) || ORG_ROLES.has(ap[1])))
      roles.push({ role: ap[1], entity: mref.entity, at: mref.start });
    // role words before the name: "spokeswoman Maria Ortiz", "the agency's director, X"
    const before = prose.slice(Math.max(0, mref.start - 40), mref.start);
    const pre = /\b([\p{Ll}]+)\s+$/u.exec(before);
    if (pre && PERSON_ROLES.has(pre[1])) roles.push({ role: pre[1], entity: mref.entity, at: mref.start });
  }
  // organisations named with their role word: "the Water Agency" → agency
  entities.forEach((e, id) => {
    if (e.type !== 'organization') return;
    for (const w of e.name.split(/\s+/)) {
      const n = w.toLowerCase();
      if (ORG_ROLES.has(n)) roles.push({ role: n, entity: id, at: e.mentions[0]?.start ?? 0 });
    }
  });
  // leaders: presidents, prime ministers, chancellors and kings are "the leader"
  for (const r of [...roles])
    if (['president', 'minister', 'chancellor', 'king', 'queen', 'premier'].includes(r.role))
      roles.push({ role: 'leader', entity: r.entity, at: r.at });
  mentions.sort((a, b) => a.start - b.start);
  roles.sort((a, b) => a.at - b.at);
  const used = entities.map((e) => e.mentions.length > 0);
  // drop entities without mentions (should not happen) and re-index
  if (used.every(Boolean)) return { entities, mentions, roles };
  const remap = new Map<number, number>();
  const kept: Entity[] = [];
  entities.forEach((e, i) => {
    if (used[i]) {
      remap.set(i, kept.length);
      kept.push(e);
    }
  });
  return {
    entities: kept,
    mentions: mentions.map((m) => ({ ...m, entity: remap.get(m.entity)! })),
    roles: roles.filter((r) => remap.has(r.entity)).map((r) => ({ ...r, entity: remap.get(r.entity)! })),
  };
}

function followsCue(prose: string, end: number): boolean {
  const m = /^\s+([a-z]+)/.exec(prose.slice(end, end + 20));
  return !!m && CUE_FORMS.has(m[1]);
}
