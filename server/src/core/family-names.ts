/**
 * "the elder Whitaker", "the younger Adeyemi": a story about a father and a son (or a mother and a daughter) who
 * share a surname tells them apart by generation. Of the people the text named in full with that surname, the elder
 * is the one written as "Sr." or introduced as a parent ("His father, Gordon Whitaker"), the younger the one written
 * as "Jr." or introduced as a child ("her son, Gordon Whitaker Jr."); the surname alone would give the first of them.
 */
import type { EntityResult } from './entities';

export type Generation = 'elder' | 'younger';

/** the generation words of "the elder Whitaker" (words of the speaker phrase), or null */
export function generationOf(ws: string[]): Generation | null {
  if (ws.length < 3 || !/^the$/i.test(ws[0])) return null;
  const w = ws[1].toLowerCase();
  return w === 'elder' || w === 'older' ? 'elder' : w === 'younger' ? 'younger' : null;
}

const SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/i;
const PARENT = new Set(['father', 'mother', 'dad', 'mom', 'mum', 'grandfather', 'grandmother']);
const CHILD = new Set(['son', 'daughter', 'grandson', 'granddaughter']);

/** the last word before a name, past its comma: "His father, " → father */
function wordBefore(before: string): string {
  const t = before.trimEnd();
  return ((t.endsWith(',') ? t.slice(0, -1) : t).split(/\s+/).pop() ?? '').toLowerCase();
}

/** a person's surname: the last word of the name before "Jr." or "III" */
function surnameOf(name: string): string {
  const ws = name.split(/\s+/);
  while (ws.length > 1 && SUFFIX.test(ws[ws.length - 1])) ws.pop();
  return ws.length > 1 ? ws[ws.length - 1].toLowerCase() : '';
}

/** how old the name reads: a parent or "Sr." above, a child or "Jr." below */
function seniority(name: string, mentions: { start: number }[], prose: string): number {
  const last = name.split(/\s+/).pop() ?? '';
  let score = /^sr\.?$/i.test(last) ? 2 : /^jr\.?$/i.test(last) ? -2 : 0;
  for (const m of mentions) {
    const before = wordBefore(prose.slice(Math.max(0, m.start - 24), m.start));
    if (PARENT.has(before)) score += 1;
    else if (CHILD.has(before)) score -= 1;
  }
  return score;
}

/**
 * The person of that generation among those named in full with the surname before pos, or undefined when fewer than
 * two are named or none stands out.
 */
export function personOfGeneration(
  which: Generation,
  surname: string,
  pos: number,
  ents: EntityResult,
  prose: string,
): number | undefined {
  const want = surname.toLowerCase().replace(/[’']s$/, '');
  const kin: { id: number; score: number }[] = [];
  ents.entities.forEach((e, id) => {
    if (e.type !== 'person' || surnameOf(e.name) !== want) return;
    const before = e.mentions.filter((m) => m.end <= pos && prose.slice(m.start, m.end).includes(' '));
    if (before.length) kin.push({ id, score: seniority(e.name, before, prose) });
  });
  if (kin.length < 2) return undefined;
  const sign = which === 'elder' ? 1 : -1;
  kin.sort((a, b) => sign * (b.score - a.score));
  return kin[0].score !== kin[1].score ? kin[0].id : undefined;
}
